import type { JsonDoc, Located } from "../json/document.js";
import type { Path } from "../json/path.js";
/**
 * A space is one JSON text that paths are read in: the file itself, or the text of one module's
 * stringified createOptions (its chunks joined), whose offsets map back into the file.
 */
export interface Space {
    readonly id: number;
    readonly json: JsonDoc;
    /**
     * for an embedded space: map an offset in its text to an offset in the file's text; `end`
     * maps an exclusive end (it stays in the chunk of the character before it)
     */
    toFile?(offset: number, end?: boolean): number;
    /** for an embedded space: the createOptions it was read from */
    readonly embedded?: EmbeddedInfo;
}
export interface EmbeddedInfo {
    /** path (in the file) of the module's settings object */
    settingsPath: Path;
    /** chunk members in reading order: key and decoded text */
    chunks: {
        key: string;
        text: string;
    }[];
    /** module name, for messages */
    module: string;
}
declare function isPlainObject(v: unknown): v is Record<string, unknown>;
/**
 * A value in a manifest that knows where it is. Rules walk JNodes, report them and attach edits
 * to them; the engine turns a JNode into a file position only when it is reported.
 * Inside createOptions (`ci`), keys match case-insensitively, as Docker decodes them.
 */
export declare class JNode {
    readonly space: Space;
    readonly path: Path;
    readonly value: unknown;
    /** the key as spelt in the file, when this node is an object member */
    readonly key: string | undefined;
    readonly ci: boolean;
    private kids;
    /** lower-cased key -> the last key spelt that way (Docker's last-match-wins) */
    private lowerKeys;
    constructor(space: Space, path: Path, value: unknown, 
    /** the key as spelt in the file, when this node is an object member */
    key?: string | undefined, ci?: boolean);
    get isObject(): boolean;
    get isArray(): boolean;
    get isString(): boolean;
    /** The member `name`: case-insensitive inside createOptions (last match wins, as in Docker). */
    get(name: string): JNode | undefined;
    getExact(name: string): JNode | undefined;
    getIgnoreCase(name: string): JNode | undefined;
    private member;
    /** Follow several keys with `get`. */
    at(...names: string[]): JNode | undefined;
    /** Object members in file order. */
    entries(): JNode[];
    /** Array elements. */
    items(): JNode[];
    /** A node for the same place whose children match keys exactly or case-insensitively. */
    withCase(ci: boolean): JNode;
    locate(): Located | undefined;
    /** The exact text of this value in its space. */
    rawText(): string | undefined;
}
export declare function asString(n: JNode | undefined): string | undefined;
export { isPlainObject };
