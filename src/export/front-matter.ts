// YAML front matter written with the yaml library, in YAML 1.1 style: Jekyll (Ruby's Psych) and
// Hugo read 1.1, where an unquoted yes/no/on/off is a boolean, so such strings must be quoted.
import { Document, parse } from 'yaml';

/** A front matter value: text, a flag, a number, or a list of words. */
export type FrontMatterValue = string | boolean | number | string[];

/**
 * An extra field's value as the person means it: "false" a flag (Jekyll's `published: false`
 * must be a real false), "3" a number, anything else the text as typed.
 */
export function yamlScalar(value: string): FrontMatterValue {
  const trimmed = value.trim();
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) {
    const number = parse(trimmed) as unknown;
    if (typeof number === 'number' && Number.isFinite(number)) return number;
  }
  return value;
}

/** "---\n<yaml>---\n" for the given fields, in the given order; empty values are left out. */
export function frontMatter(fields: ReadonlyArray<readonly [string, FrontMatterValue]>): string {
  const data: Record<string, FrontMatterValue> = {};
  for (const [key, value] of fields) {
    if (value === '' || (Array.isArray(value) && value.length === 0)) continue;
    data[key] = value;
  }
  const yaml = new Document(data, { version: '1.1' }).toString({ lineWidth: 0 });
  return `---\n${yaml}---\n`;
}
