import { format as github } from "./github.js";
import { format as json } from "./json.js";
import { format as sarif } from "./sarif.js";
import { format as stylish } from "./stylish.js";
import type { FormatName } from "./names.js";
import type { Formatter } from "./types.js";

export type { FormatContext, Formatter } from "./types.js";

export { FORMAT_NAMES, type FormatName } from "./names.js";

export const formatters: Readonly<Record<FormatName, Formatter>> = { stylish, json, sarif, github };

/** The formatter of that name, or undefined. */
export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name as FormatName] : undefined;
}
