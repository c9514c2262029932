// Printing for npm run bench: tables of figures beside their baselines, and targets with PASS/FAIL.

/** Every target checked in this run, in order, for the summary at the end. */
export const verdicts = [];

/** Records a target (`what` names it in the summary); returns the text to print beside the figure. */
export function target(limit, ok, what) {
  verdicts.push({ name: `${what} ${limit}`, ok });
  return `target ${limit}: ${ok ? 'PASS' : 'FAIL'}`;
}

/** Prints a heading line and a table: rows of [figure, value, ratio to baseline, target text]. */
export function table(heading, unit, rows) {
  console.log(`\n${heading}\n`);
  console.log(`${'figure'.padEnd(48)} ${unit.padStart(9)} ${'× baseline'.padStart(11)}`);
  for (const [name, value, ratio, verdict] of rows) {
    const shown = typeof value === 'number' ? format(value) : value;
    const times = typeof ratio === 'number' ? ratio.toFixed(1) : (ratio ?? '');
    console.log(`${name.padEnd(48)} ${shown.padStart(9)} ${times.padStart(11)}${verdict ? `   ${verdict}` : ''}`);
  }
}

const format = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

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
