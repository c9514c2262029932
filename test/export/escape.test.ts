import { describe, expect, it } from 'vitest';
import { escapeHugoShortcodes, escapeLiquid, escapeMarkdownInline } from '../../src/export/escape';

describe('escapeLiquid', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a { b } c', 'a { b } c'],
    ['{{ x }}', '{% raw %}{{ x }}{% endraw %}'],
    ['{% if x %}', '{% raw %}{% if x %}{% endraw %}'],
    ['a {% endraw %} b {{ c }}', '{% raw %}a {%{% endraw %}{% raw %} endraw %} b {{ c }}{% endraw %}'],
    ['{%- endraw -%}', '{% raw %}{%{% endraw %}{% raw %}- endraw -%}{% endraw %}'],
  ])('%j → %j', (text, escaped) => expect(escapeLiquid(text)).toBe(escaped));
});

describe('escapeHugoShortcodes', () => {
  it.each([
    ['{{ .Values.x }}', '{{ .Values.x }}'],
    ['{{< youtube abc >}}', '{{</* youtube abc */>}}'],
    ['{{% note %}}x{{% /note %}}', '{{%/* note */%}}x{{%/* /note */%}}'],
    ['{{</* already */>}}', '{{</*/* already */*/>}}'],
    ['open {{< only', 'open {{&lt; only'],
    ['open {{% only', 'open {{&#37; only'],
  ])('%j → %j', (text, escaped) => expect(escapeHugoShortcodes(text)).toBe(escaped));
});

describe('escapeMarkdownInline', () => {
  it.each([
    ['Plain title', 'Plain title'],
    ['a *b* _c_ `d` [e](f) <g>', 'a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\>'],
    ['C# tips', 'C# tips'],
    ['Tips ##', 'Tips \\#\\#'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two lines'],
  ])('%j → %j', (text, escaped) => expect(escapeMarkdownInline(text)).toBe(escaped));
});
