/**
 * Template placeholders: `$VAR`, `${VAR}`, `${MODULES.X}`, `${MODULEDIR<..>}`, `__X__`, `{{X}}`,
 * `<Angle Placeholder>`, `[$x]`, iotedgedev's `%MODULE%` and pipeline tokens such as
 * `#ACR_ADDRESS#` (replaced by a release pipeline). They are values to keep, never violations by
 * themselves.
 */
const PLACEHOLDER_PART = /\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|__[A-Za-z0-9_]+(?:__)?|\{\{[^}]*\}\}|<[^<>\n]+>|\[\$[^\]]*\]|%[A-Za-z_][A-Za-z0-9_]*%|#[A-Z][A-Z0-9_]*#/;
const WHOLE = new RegExp(`^(?:${PLACEHOLDER_PART.source})$`);

/** The whole string is one placeholder. */
export function isPlaceholder(s: string): boolean {
  return WHOLE.test(s);
}

/** The string contains a placeholder somewhere. */
export function hasPlaceholder(s: string): boolean {
  return PLACEHOLDER_PART.test(s);
}
