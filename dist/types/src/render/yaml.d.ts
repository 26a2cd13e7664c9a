import type { RenderResult, RenderedModule } from "./types.js";
/** The comment lines listing what the translation drops or changes for a module. */
export declare function noteLines(m: RenderedModule): string[];
/** One module's YAML documents. */
export declare function moduleYaml(result: RenderResult, m: RenderedModule, first: boolean): string;
/** Every module of a render as one multi-document YAML text. */
export declare function renderYaml(result: RenderResult): string;
