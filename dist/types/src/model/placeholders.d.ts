/** The whole string is one placeholder. */
export declare function isPlaceholder(s: string): boolean;
/** The string contains a placeholder somewhere. */
export declare function hasPlaceholder(s: string): boolean;
