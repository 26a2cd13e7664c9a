/** A path to a JSON value: object keys and array indexes. */
export type Path = readonly (string | number)[];
/** RFC 6901 JSON pointer for a path. */
export declare function toPointer(path: Path): string;
export declare function samePath(a: Path, b: Path): boolean;
export declare function isPrefix(prefix: Path, path: Path): boolean;
