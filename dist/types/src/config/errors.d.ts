/** A configuration that cannot be used: names the file and the key at fault. The CLI exits 2. */
export declare class ConfigError extends Error {
    readonly file?: string | undefined;
    readonly key?: string | undefined;
    name: string;
    constructor(message: string, file?: string | undefined, key?: string | undefined);
}
/** Longest echo of a user's value (a configuration value, a key, a parser's excerpt) in an error message. */
export declare const ECHO_LIMIT = 200;
/** The text cut to `max` characters, saying how much was left out: `abc…(1234 more characters)`. */
export declare function capped(text: string, max?: number): string;
