import { type Config } from "./types.js";
export interface ConfigResolverOptions {
    /** the working directory: the upward search for a configuration stops at it (or at the repository's top) */
    cwd?: string;
    /** a configuration file that applies to every file (`--config`), relative to cwd */
    config?: string;
}
export declare class ConfigResolver {
    readonly options: ConfigResolverOptions;
    readonly cwd: string;
    /** the `--config` file, when one was given (loaded, and so checked, when the resolver is made) */
    readonly explicit: Config | undefined;
    private readonly byDir;
    private readonly byPath;
    constructor(options?: ConfigResolverOptions);
    /** The configuration that applies to a file: `--config`, else the nearest configuration file above it, else the defaults. */
    forFile(file: string): Config;
    /** The configuration that applies to the files of a folder. */
    forDir(dir: string): Config;
    /** The working directory's configuration (where custom rules named on the command line come from). */
    get local(): Config;
}
