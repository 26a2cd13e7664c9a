/**
 * Template placeholders: `$VAR`, `${VAR}`, `${MODULES.X}`, `${MODULEDIR<..>}`, `__X__`, `{{X}}`,
 * `<Angle Placeholder>`, `[$x]`, iotedgedev's `%MODULE%` and pipeline tokens such as
 * `#ACR_ADDRESS#` (replaced by a release pipeline). They are values to keep, never violations by
 * themselves.
 *
 * Detection runs in linear time on any input: the delimited forms whose body may hold their own
 * opener (`${…}`, `{{…}}`, `[$…]`) are found by hand below, because a regex search for them
 * restarts at every opener and rescans to the end (quadratic on `{{{{…` without a close); the
 * other forms stop scanning at the next character that could start them again.
 */
const PLACEHOLDER_PART = /\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|__[A-Za-z0-9_]+(?:__)?|\{\{[^}]*\}\}|<[^<>\n]+>|\[\$[^\]]*\]|%[A-Za-z_][A-Za-z0-9_]*%|#[A-Z][A-Z0-9_]*#/;
/** anchored at both ends: each alternative is tried once, from the start */
const WHOLE = new RegExp(`^(?:${PLACEHOLDER_PART.source})$`);
/** the forms a search finds in linear time (each scan ends where the next start could be) */
const LINEAR_PART = /\$[A-Za-z_][A-Za-z0-9_]*|__[A-Za-z0-9_]+|<[^<>\n]+>|%[A-Za-z_][A-Za-z0-9_]*%|#[A-Z][A-Z0-9_]*#/;

/** The whole string is one placeholder. */
export function isPlaceholder(s: string): boolean {
  return WHOLE.test(s);
}

/** `open` somewhere, then `close` anywhere after it (`${…}`, `[$…]`: the body excludes only `close`). */
function openedAndClosed(s: string, open: string, close: string): boolean {
  const at = s.indexOf(open);
  return at >= 0 && s.indexOf(close, at + open.length) >= 0;
}

/** `{{`, then a body without `}`, then `}}`: the first `}` after an opener must be followed by another. */
function hasDoubleBraces(s: string): boolean {
  let close = -1;
  for (let at = s.indexOf("{{"); at >= 0; at = s.indexOf("{{", at + 1)) {
    // the first `}` after the opener only moves forward as the opener does
    if (close < at + 2) close = s.indexOf("}", at + 2);
    if (close < 0) return false;
    if (s.charCodeAt(close + 1) === 0x7d) return true;
  }
  return false;
}

/** The string contains a placeholder somewhere. */
export function hasPlaceholder(s: string): boolean {
  return openedAndClosed(s, "${", "}") || openedAndClosed(s, "[$", "]") || hasDoubleBraces(s) || LINEAR_PART.test(s);
}
