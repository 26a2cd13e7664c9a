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

/** Longest echo of a user's value (a configuration value, a key, a parser's excerpt) in an error message. */
export const ECHO_LIMIT = 200;

/** The text cut to `max` characters, saying how much was left out: `abc…(1234 more characters)`. */
export function capped(text: string, max = ECHO_LIMIT): string {
  if (text.length <= max) return text;
  // never cut a surrogate pair in half
  const cut = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, cut)}…(${text.length - cut} more characters)`;
}
