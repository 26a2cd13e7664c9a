import type { FormatName } from "./names.js";
import type { Formatter } from "./types.js";
export type { FormatContext, Formatter } from "./types.js";
export { FORMAT_NAMES, type FormatName } from "./names.js";
export declare const formatters: Readonly<Record<FormatName, Formatter>>;
/** The formatter of that name, or undefined. */
export declare function getFormatter(name: string): Formatter | undefined;
