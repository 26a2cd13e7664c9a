/** A path to a JSON value: object keys and array indexes. */
export type Path = readonly (string | number)[];
/** RFC 6901 JSON pointer for a path. */
export declare function toPointer(path: Path): string;
