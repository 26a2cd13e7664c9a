/**
 * findDuplicateKeys(text, value) answers "none" from the parsed value without scanning when it can
 * prove there are none; with or without the value, the answer must be the same. FUZZ_RUNS sets the
 * number of cases (default 300).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDuplicateKeys, provablyNone, scanDuplicateKeys } from "../../src/json/duplicate-keys.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

// few distinct keys, so that duplicates are common; strings that look like keys (`":`, escapes)
const key = fc.constantFrom("a", "b", "__proto__", 'q"', "s\\", ":", "x\\\":", "");
const str = fc.constantFrom("v", ":v", '":', '\\":', "\\", "a\"b:", "");
const ws = fc.constantFrom("", " ", "\n", "\t", "\r\n");

const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    str.map((s) => JSON.stringify(s)),
    fc.constantFrom("1", "true", "null"),
    fc.array(tie("node"), { maxLength: 3 }).map((items) => "[" + items.join(",") + "]"),
    fc
      .array(fc.tuple(ws, key, ws, ws, tie("node")), { maxLength: 4 })
      .map((members) => "{" + members.map(([a, k, b, c, v]) => `${a}${JSON.stringify(k)}${b}:${c}${v}`).join(",") + "}"),
  ),
})).node;

describe("findDuplicateKeys with the parsed value", () => {
  it("proves 'none' only where the full scan finds none, and proves it for most texts without duplicates", () => {
    let proven = 0;
    let clean = 0;
    fc.assert(
      fc.property(tree, (text) => {
        const value: unknown = JSON.parse(text);
        const scanned = scanDuplicateKeys(text);
        if (scanned.length === 0) clean++;
        if (provablyNone(text, value)) {
          proven++;
          expect(scanned).toEqual([]);
        }
      }),
      params,
    );
    // the shortcut is worth having only if it answers for most clean texts
    expect(proven).toBeGreaterThan(clean / 3);
  });

  it("still finds duplicates that differ only in escapes, or sit in a string-valued createOptions text", () => {
    const text = '{"a":1,"\\u0061":2}';
    expect(findDuplicateKeys(text, JSON.parse(text)).map((d) => d.key)).toEqual(["a"]);
    const inner = '{"HostConfig":{"Binds":[],"Binds":["/x:/y"]}}';
    expect(findDuplicateKeys(inner, JSON.parse(inner)).map((d) => d.key)).toEqual(["Binds"]);
    const spaced = '{"a" :1, "a":2}';
    expect(findDuplicateKeys(spaced, JSON.parse(spaced)).map((d) => d.key)).toEqual(["a"]);
    const clean = '{"a":{"b":[{"c":1}]},"d":":x"}';
    expect(findDuplicateKeys(clean, JSON.parse(clean))).toEqual([]);
  });
});
