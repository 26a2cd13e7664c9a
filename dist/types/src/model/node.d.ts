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
 *
 * A node holds its parent and its own key or index; the full path is built only when asked for
 * (positions, pointers, edits), so navigating costs one small object per visited member.
 */
export declare class JNode {
    readonly space: Space;
    /** the containing node (undefined for a space's root) */
    readonly parent: JNode | undefined;
    /** this node's key or index in `parent` */
    readonly segment: string | number | undefined;
    readonly value: unknown;
    readonly ci: boolean;
    private kids;
    private pathCache;
    private located;
    constructor(space: Space, 
    /** the containing node (undefined for a space's root) */
    parent: JNode | undefined, 
    /** this node's key or index in `parent` */
    segment: string | number | undefined, value: unknown, ci?: boolean);
    /** The root node of a space. */
    static root(space: Space, value: unknown, ci?: boolean): JNode;
    /** The path from the space's root. */
    get path(): Path;
    /** The key as spelt in the file, when this node is an object member. */
    get key(): string | undefined;
    get isObject(): boolean;
    get isArray(): boolean;
    get isString(): boolean;
    /** The member `name`: case-insensitive inside createOptions (last match wins, as in Docker). */
    get(name: string): JNode | undefined;
    getExact(name: string): JNode | undefined;
    getIgnoreCase(name: string): JNode | undefined;
    private child;
    /** Follow several keys with `get`. */
    at(...names: string[]): JNode | undefined;
    /** Object members in file order. */
    entries(): JNode[];
    /** Array elements. */
    items(): JNode[];
    /** A node for the same place whose children match keys exactly or case-insensitively. */
    withCase(ci: boolean): JNode;
    /** Where this value is in its space's text (found once, through the parent's place). */
    locate(): Located | undefined;
    /** The exact text of this value in its space. */
    rawText(): string | undefined;
}
export declare function asString(n: JNode | undefined): string | undefined;
export { isPlainObject };
