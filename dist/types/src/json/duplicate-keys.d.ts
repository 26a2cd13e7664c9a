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
