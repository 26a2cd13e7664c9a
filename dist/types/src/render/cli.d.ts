import type { CliIo } from "../cli/run.js";
export declare const RENDER_HELP: string;
/** Runs `render`; returns the exit code. Never throws. */
export declare function runRender(argv: string[], io: CliIo): number;
