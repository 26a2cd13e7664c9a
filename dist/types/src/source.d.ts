/**
 * A file's text as the linter sees it: the UTF-8 BOM taken off (offsets and columns count from
 * the first character after it, as editors do), the line-ending style and indentation recorded
 * so that fixes write in the file's own style, and line/column found from an offset on demand.
 */
export interface LineColumn {
    /** 1-based */
    line: number;
    /** 1-based, in UTF-16 code units as editors and ESLint count them (a tab is one column) */
    column: number;
}
export declare class Source {
    readonly filePath: string;
    readonly bom: boolean;
    readonly text: string;
    private starts;
    private eolStyle;
    private indentUnit;
    constructor(filePath: string, raw: string);
    /** The file's bytes as text again (with the BOM when it had one). */
    restore(text: string): string;
    /** Offsets where lines start: after LF, after CRLF, and after a lone CR (as editors count lines). */
    get lineStarts(): number[];
    position(offset: number): LineColumn;
    /** The dominant line ending: CRLF or a lone CR when most line breaks are written that way, else LF. */
    get eol(): string;
    /** One level of indentation as the file writes it (a tab, or N spaces); two spaces when unknown. */
    get indent(): string;
}
export declare function detectEol(text: string): string;
export declare function detectIndent(text: string): string;
