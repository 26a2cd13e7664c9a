/** `s` on one line: CR and LF shown as `\r` and `\n`, other line separators as spaces. */
export declare function inertLine(s: string): string;
/** Text placed at the start of an output line: also never begins a workflow command. */
export declare function inertLineStart(s: string, prefix?: string): string;
