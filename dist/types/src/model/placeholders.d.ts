/** The whole string is one placeholder. */
export declare function isPlaceholder(s: string): boolean;
/** The string contains a placeholder somewhere. */
export declare function hasPlaceholder(s: string): boolean;
/**
 * The value of JSON text (a template's createOptions string) in which bare placeholders stand
 * where values may (`{"Memory": <EdgeAgent.storageSizeByte>}`), each read as the string holding
 * it, as the template itself is read; undefined when the text is not JSON even so. Nothing else
 * is tolerated (comments, trailing commas), and a text without such a placeholder gives undefined.
 */
export declare function parseWithBarePlaceholders(text: string): {
    value: unknown;
} | undefined;
