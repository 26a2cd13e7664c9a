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
