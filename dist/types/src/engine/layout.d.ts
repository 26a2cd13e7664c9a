import type { ContainerIndex } from "../json/document.js";
/** How a container writes its entries, so that a new entry looks like its neighbours. */
export interface Layout {
    multiline: boolean;
    /** indentation of an entry (multi-line) */
    indent: string;
    /** one indentation level */
    unit: string;
    eol: string;
    /** between a key and its value: ": " or ":" */
    colon: string;
    /** after a comma on one line: " " or "" */
    gap: string;
    /** indentation of the closing bracket's line */
    closeIndent: string;
}
export interface TextStyle {
    eol: string;
    unit: string;
    colon: string;
    gap: string;
    pretty: boolean;
}
export declare function textStyle(text: string): TextStyle;
export declare function lineIndentAt(text: string, offset: number): string;
/** Where the line holding `offset` starts: after LF, CRLF or a lone CR (scanning back to the nearest one only). */
export declare function lineStartAt(text: string, offset: number): number;
export declare function containerLayout(text: string, c: ContainerIndex, style: TextStyle): Layout;
/** Serialize a value to sit at an entry position with this layout. */
export declare function serializeValue(value: unknown, layout: Layout): string;
export declare function serializeMember(key: string, value: unknown, layout: Layout): string;
