// Keeping what a person typed intact through the site generators' own syntax.

const LIQUID = /\{\{|\{%/;

/**
 * Jekyll runs Liquid over posts: `{{ x }}` and `{% x %}` in notes (Helm charts, CloudFormation, Go
 * templates) would be evaluated or break the build. Wraps each line holding such text in
 * {% raw %}…{% endraw %} — line by line, so no raw block spans paragraphs (Jekyll warns when one
 * holds the excerpt separator); an "{% endraw %}" inside the text is split so it cannot end the
 * raw block early. Liquid removes the tags before Markdown runs: fences and indents are untouched.
 */
export function escapeLiquid(text: string): string {
  if (!LIQUID.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      if (!LIQUID.test(line)) return line;
      return `{% raw %}${line.replace(/\{%(?=-?\s*endraw\b)/g, '{%{% endraw %}{% raw %}')}{% endraw %}`;
    })
    .join('\n');
}

// Hugo expands shortcodes, `{{< x >}}` and `{{% x %}}`, in content. The documented escape puts a
// comment inside the delimiters ("{{</" + "* x *" + "/>}}"), which Hugo prints as `{{< x >}}`. An
// opener with no closer cannot be escaped that way; its "<" or "%" becomes an HTML entity, which
// reads the same outside code.
/** Escapes text that Hugo would take for a shortcode, so it is printed as typed. */
export function escapeHugoShortcodes(text: string): string {
  return text
    .replace(/\{\{(<|%)([\s\S]*?)(>|%)\}\}/g, (_m, open: string, inner: string, close: string) => `{{${open}/*${inner}*/${close}}}`)
    .replace(/\{\{(<|%)(?!\/\*)/g, (_m, open: string) => `{{${open === '<' ? '&lt;' : '&#37;'}`);
}

/** Plain text (a title, a name) made safe inside a line of Markdown: no emphasis, links or HTML. */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`)
    .replace(/(\s)(#+)\s*$/, (_m, space: string, hashes: string) => `${space}${hashes.replace(/#/g, '\\#')}`)
    .replace(/\r?\n/g, ' ');
}
