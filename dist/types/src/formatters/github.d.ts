import type { FileResult } from "../engine/lint.js";
import { type FormatContext } from "./types.js";
/** Escaping of a workflow command's message (data). */
export declare function escapeData(s: string): string;
/** Escaping of a workflow command's property value. */
export declare function escapeProperty(s: string): string;
/**
 * GitHub Actions workflow commands: one `::error|warning|notice ...::message` line per finding;
 * with several targets the title names the finding's (`no-host-binds [vm]`).
 */
export declare function format(results: FileResult[], ctx: FormatContext): string;
