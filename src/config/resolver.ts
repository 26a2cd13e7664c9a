/**
 * The configuration of one run, found and loaded once: the CLI (files, standard input,
 * --print-config, custom rules named in --rule) and the library's lintFiles ask one resolver, so a
 * configuration file is read and validated once per run, whatever the number of files under it.
 */
import { dirname, resolve } from "node:path";
import { findConfig, loadConfigFile } from "./load.js";
import { defaultConfig, type Config } from "./types.js";

export interface ConfigResolverOptions {
  /** the working directory: the upward search for a configuration stops at it (or at the repository's top) */
  cwd?: string;
  /** a configuration file that applies to every file (`--config`), relative to cwd */
  config?: string;
}

export class ConfigResolver {
  readonly cwd: string;
  /** the `--config` file, when one was given (loaded, and so checked, when the resolver is made) */
  readonly explicit: Config | undefined;
  private readonly byDir = new Map<string, Config>();
  private readonly byPath = new Map<string, Config>();

  constructor(readonly options: ConfigResolverOptions = {}) {
    this.cwd = resolve(options.cwd ?? process.cwd());
    this.explicit = options.config !== undefined ? loadConfigFile(resolve(this.cwd, options.config)) : undefined;
  }

  /** The configuration that applies to a file: `--config`, else the nearest configuration file above it, else the defaults. */
  forFile(file: string): Config {
    return this.forDir(dirname(resolve(this.cwd, file)));
  }

  /** The configuration that applies to the files of a folder. */
  forDir(dir: string): Config {
    if (this.explicit !== undefined) return this.explicit;
    const abs = resolve(this.cwd, dir);
    let c = this.byDir.get(abs);
    if (c === undefined) {
      const path = findConfig(abs, undefined, this.cwd);
      if (path === undefined) c = defaultConfig();
      else {
        c = this.byPath.get(path) ?? loadConfigFile(path);
        this.byPath.set(path, c);
      }
      this.byDir.set(abs, c);
    }
    return c;
  }

  /** The working directory's configuration (where custom rules named on the command line come from). */
  get local(): Config {
    return this.forDir(this.cwd);
  }
}
