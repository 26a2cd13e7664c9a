import { format as github } from "./github.js";
import { format as json } from "./json.js";
import { format as sarif } from "./sarif.js";
import { format as stylish } from "./stylish.js";
import type { Formatter } from "./types.js";
export type { FormatContext, Formatter } from "./types.js";
export declare const formatters: {
    readonly stylish: typeof stylish;
    readonly json: typeof json;
    readonly sarif: typeof sarif;
    readonly github: typeof github;
};
export type FormatName = keyof typeof formatters;
export declare const FORMAT_NAMES: FormatName[];
/** The formatter of that name, or undefined. */
export declare function getFormatter(name: string): Formatter | undefined;
