// Types for generate.mjs (the benchmark's manifest generator), for the tests that import it.
export const GENERATOR_VERSION: number;

export interface GeneratedInfo {
  /** the size the generator aimed at, in characters */
  target: number;
  form: "string" | "chunked" | "template";
  template: boolean;
  layered: boolean;
  minified: boolean;
  indent: string;
  eol: "\n" | "\r\n";
  bom: boolean;
  trailingComma: boolean;
  /** one of the few files of several MB with hundreds of modules */
  huge: boolean;
  /** the first user module's createOptions string is invalid JSON on purpose */
  badString: boolean;
  /** user modules */
  modules: number;
  /** comments written (templates only) */
  comments: number;
}

export interface GeneratedFile {
  name: string;
  text: string;
  info: GeneratedInfo;
}

export function mulberry32(seed: number): () => number;
export function generateFile(seed: number, index: number): GeneratedFile;

export interface CorpusListing {
  dir: string;
  version: number;
  seed: number;
  count: number;
  bytes: number;
  stats: Record<string, number>;
  largest: number;
  smallest: number;
  files: { name: string; bytes: number }[];
  reused: boolean;
}

export function ensureCorpus(options: { seed: number; count: number; root: string }): CorpusListing;
