/** A path to a JSON value: object keys and array indexes. */
export type Path = readonly (string | number)[];

/** RFC 6901 JSON pointer for a path. */
export function toPointer(path: Path): string {
  let out = "";
  for (const seg of path) {
    const s = String(seg);
    out += "/" + (s.includes("~") || s.includes("/") ? s.replace(/~/g, "~0").replace(/\//g, "~1") : s);
  }
  return out;
}

export function samePath(a: Path, b: Path): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function isPrefix(prefix: Path, path: Path): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== path[i]) return false;
  return true;
}
