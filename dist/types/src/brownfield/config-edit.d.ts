/** One suppression as it is written: `files` a glob (the finding's path), `rule` one id. */
export interface WrittenSuppression {
    files: string;
    rule: string;
    module?: string;
    pointer?: string;
    reason: string;
    expires: string;
}
/** Appends suppressions to a configuration file (created when missing). */
export declare function appendSuppressions(path: string, entries: readonly WrittenSuppression[]): void;
/** Removes the suppressions at these indexes of the file's `suppressions` list. */
export declare function removeSuppressions(path: string, indexes: readonly number[]): void;
