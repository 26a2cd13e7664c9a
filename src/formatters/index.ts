import { format as github } from "./github.js";
import { format as json } from "./json.js";
import { format as sarif } from "./sarif.js";
import { format as stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export type { FormatContext, Formatter } from "./types.js";

export const formatters = { stylish, json, sarif, github } as const satisfies Record<string, Formatter>;
export type FormatName = keyof typeof formatters;
export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];

/** The formatter of that name, or undefined. */
export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name as FormatName] : undefined;
}
