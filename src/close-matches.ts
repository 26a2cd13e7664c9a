/** Levenshtein distance, capped: enough to suggest `no-host-binds` for `no-host-bind`. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n]!;
}

/** Known names close to `name` (edit distance within a third of its length, or containing it), best first. */
export function closeMatches(name: string, known: Iterable<string>, limit = 3): string[] {
  // a name this long is no typo of a rule id or key (and the distance would cost length × length)
  if (name.length > 200) return [];
  const lower = name.toLowerCase();
  const scored: { k: string; d: number }[] = [];
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase());
    const near = d <= Math.max(2, Math.floor(lower.length / 3));
    const contains = lower.length >= 4 && (k.includes(lower) || lower.includes(k));
    if (near || contains) scored.push({ k, d: near ? d : d + 10 });
  }
  scored.sort((x, y) => x.d - y.d || (x.k < y.k ? -1 : 1));
  return scored.slice(0, limit).map((s) => s.k);
}

/** ` (did you mean 'a' or 'b'?)`, or "" when nothing is close. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const m = closeMatches(name, known);
  if (m.length === 0) return "";
  const quoted = m.map((x) => `'${x}'`);
  return ` (did you mean ${quoted.length === 1 ? quoted[0] : quoted.slice(0, -1).join(", ") + " or " + quoted[quoted.length - 1]}?)`;
}
