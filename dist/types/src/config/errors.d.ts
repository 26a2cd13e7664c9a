/** A configuration that cannot be used: names the file and the key at fault. The CLI exits 2. */
export declare class ConfigError extends Error {
    readonly file?: string | undefined;
    readonly key?: string | undefined;
    name: string;
    constructor(message: string, file?: string | undefined, key?: string | undefined);
}
