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

/** A bare placeholder where a JSON value may stand: `$VAR`, `${VAR}`, `__X__`, `<Angle.Placeholder>`. */
const BARE_VALUE = /\$(?:\{[^}\s"]*\}|[A-Za-z_][A-Za-z0-9_]*)|__[A-Za-z0-9_]+__|<[A-Za-z_][^<>\s",:{}[\]/]*>/y;

/**
 * The value of JSON text (a template's createOptions string) in which bare placeholders stand
 * where values may (`{"Memory": <EdgeAgent.storageSizeByte>}`), each read as the string holding
 * it, as the template itself is read; undefined when the text is not JSON even so. Nothing else
 * is tolerated (comments, trailing commas), and a text without such a placeholder gives undefined.
 */
export function parseWithBarePlaceholders(text: string): { value: unknown } | undefined {
  const parts: string[] = [];
  const stack: number[] = [];
  let copied = 0;
  let last = -1;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      i++;
      continue;
    }
    if (c === 0x22) {
      // a string: to its closing quote
      let k = i + 1;
      while (k < text.length && text.charCodeAt(k) !== 0x22) k += text.charCodeAt(k) === 0x5c ? 2 : 1;
      i = k + 1;
      last = c;
      continue;
    }
    const top = stack.length > 0 ? stack[stack.length - 1]! : -1;
    const valueHere = last === -1 || last === 0x3a || (top === 0x5b && (last === 0x5b || last === 0x2c));
    if (valueHere && (c === 0x24 || c === 0x5f || c === 0x3c)) {
      BARE_VALUE.lastIndex = i;
      if (BARE_VALUE.test(text)) {
        const end = BARE_VALUE.lastIndex;
        parts.push(text.slice(copied, i), JSON.stringify(text.slice(i, end)));
        copied = end;
        i = end;
        last = 0x22;
        continue;
      }
    }
    if (c === 0x7b || c === 0x5b) stack.push(c);
    else if (c === 0x7d || c === 0x5d) stack.pop();
    last = c;
    i++;
  }
  if (parts.length === 0) return undefined;
  parts.push(text.slice(copied));
  try {
    return { value: JSON.parse(parts.join("")) };
  } catch {
    return undefined;
  }
}
