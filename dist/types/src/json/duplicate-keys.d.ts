export interface KeySpan {
    /** offsets of the key's string literal, quotes included */
    start: number;
    end: number;
}
export interface DuplicateKey {
    /** the key, decoded */
    key: string;
    /** the path of the object holding the key twice (keys and array indexes) */
    path: (string | number)[];
    /** the definition that is shadowed (an earlier one) */
    shadowed: KeySpan;
    /** the definition that wins (the last one) */
    winner: KeySpan;
}
/**
 * Every key defined more than once in the same object, one entry per shadowed definition (a key
 * written three times gives two entries, each naming the last definition as the winner), in
 * text order of the shadowed definitions. The result is shared: do not change it.
 */
export declare function findDuplicateKeys(text: string, value?: unknown): readonly DuplicateKey[];
/**
 * True only when `text`, whose parsed value is `value`, certainly defines no key twice. Every key is
 * a string literal followed by `:`; when none has white space before its colon, counting `":` with
 * an unescaped quote counts every key (plus, now and then, a string value that starts with `:`, or
 * text in a comment: an overcount, which only sends the text to the full scan). Duplicates make the
 * text hold more keys than the value, so as many such `":` as members proves there are none.
 */
export declare function provablyNone(text: string, value: unknown): boolean;
/** The full scan, uncached (findDuplicateKeys caches it). */
export declare function scanDuplicateKeys(text: string): DuplicateKey[];
