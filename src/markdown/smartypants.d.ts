// Types for the smartypants package (it ships none): the one function used here.
declare module 'smartypants' {
  /** Text with straight quotes, dashes and dots made typographic, as Unicode characters; `attributes` as in SmartyPants ("qDe"). */
  export function smartypantsu(text: string, attributes?: string | number): string;
}
