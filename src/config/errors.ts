/** A configuration that cannot be used: names the file and the key at fault. The CLI exits 2. */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(
    message: string,
    readonly file?: string,
    readonly key?: string,
  ) {
    super(message);
  }
}
