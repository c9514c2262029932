// Printing for npm run bench: tables of figures beside their baselines, and targets with PASS/FAIL;
// everything printed is also kept, to be written into docs/performance.md as Markdown.

/** Every target checked in this run, in order, for the summary at the end. */
export const verdicts = [];

/** Everything printed, in order: { text } for a line, { heading, unit, rows } for a table. */
const printed = [];

/** Records a target (`what` names it in the summary); returns the text to print beside the figure. */
export function target(limit, ok, what) {
  verdicts.push({ name: `${what} ${limit}`, ok });
  return `target ${limit}: ${ok ? 'PASS' : 'FAIL'}`;
}

/** Prints a line of its own (kept for the Markdown too). */
export function note(text) {
  console.log(`\n${text}`);
  printed.push({ text });
}

/** Prints a heading line and a table: rows of [figure, value, ratio to baseline, target text]. */
export function table(heading, unit, rows) {
  const cells = rows.map(([name, value, ratio, verdict]) => [
    name,
    typeof value === 'number' ? format(value) : value,
    typeof ratio === 'number' ? ratio.toFixed(1) : (ratio ?? ''),
    verdict ?? '',
  ]);
  printed.push({ heading, unit, rows: cells });
  console.log(`\n${heading}\n`);
  console.log(`${'figure'.padEnd(48)} ${unit.padStart(9)} ${'× baseline'.padStart(11)}`);
  for (const [name, shown, times, verdict] of cells) {
    console.log(`${name.padEnd(48)} ${shown.padStart(9)} ${times.padStart(11)}${verdict ? `   ${verdict}` : ''}`);
  }
}

const format = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const cell = (text) => text.trim().replace(/\|/g, '\\|');

/** Everything printed so far as Markdown: lines as paragraphs, tables as tables, PASS and FAIL in bold. */
export function markdown() {
  const out = [];
  for (const part of printed) {
    if ('text' in part) {
      out.push(cell(part.text).replace(/\b(PASS|FAIL)\b/g, '**$1**'), '');
      continue;
    }
    out.push(cell(part.heading), '', `| figure | ${part.unit} | × baseline | target |`, '| --- | ---: | ---: | --- |');
    for (const [name, shown, times, verdict] of part.rows) {
      const aim = verdict.replace(/^target /, '').replace(/\b(PASS|FAIL)\b/, '**$1**');
      out.push(`| ${cell(name)} | ${cell(shown)} | ${cell(times)} | ${cell(aim)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The value at quantile q (0..1) of a list of numbers. */
export function quantile(values, q) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? sorted[0];
}

/** The median of a list of numbers. */
export const median = (values) => quantile(values, 0.5);

/** Kilobytes with one decimal. */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
