// The WHATWG URL class exists wherever this code runs (browsers, workers, Node) but belongs to none
// of ES2022's libraries: declared here as far as publishing uses it, so no DOM types come in.

/** A parsed URL (the members publishing reads). */
declare class URL {
  constructor(url: string, base?: string);
  readonly origin: string;
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
}
