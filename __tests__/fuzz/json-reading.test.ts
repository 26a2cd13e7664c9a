/**
 * Properties of reading JSON: the fast route (native JSON.parse, on a template made strict) reads
 * exactly what the validating scanner reads, and the lazy locator finds every value and key where
 * it is in the text. FUZZ_RUNS sets the number of cases (default 300).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonDoc } from "../../src/json/document.js";
import { scan } from "../../src/json/scanner.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

type Built = { text: string; value: unknown };

const trivia = fc.array(fc.constantFrom(" ", "\n", "\r\n", "\t", "// c {[\"\n", "/* ] } \" */", ""), { maxLength: 2 }).map((a) => a.join(""));
const strictTrivia = fc.array(fc.constantFrom(" ", "\n", "\r\n", "\t", ""), { maxLength: 2 }).map((a) => a.join(""));
const stringValue = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('a"b', "c\\d", "{[", "/* x */", "// y", "é\u2028", "$X", "${TTL}"));
const placeholder = fc.constantFrom("${TTL}", "$VAR", "__MODULE__");

function built(tolerant: boolean): fc.Arbitrary<Built> {
  const ws = tolerant ? trivia : strictTrivia;
  const scalar: fc.Arbitrary<Built> = fc.oneof(
    stringValue.map((s) => ({ text: JSON.stringify(s), value: s })),
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })).map((n) => ({ text: JSON.stringify(n), value: JSON.parse(JSON.stringify(n)) as unknown })),
    fc.constantFrom(true, false, null).map((v) => ({ text: JSON.stringify(v), value: v })),
    ...(tolerant ? [placeholder.map((p) => ({ text: p, value: p }))] : []),
  );
  const { tree } = fc.letrec<{ tree: Built }>((tie) => ({
    tree: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("array") as fc.Arbitrary<Built>, tie("object") as fc.Arbitrary<Built>),
    array: fc.tuple(fc.array(fc.tuple(ws, tie("tree") as fc.Arbitrary<Built>, ws), { maxLength: 4 }), tolerant ? fc.boolean() : fc.constant(false), ws).map(([items, trailing, end]) => ({
      text: "[" + items.map(([a, b, c]) => a + b.text + c).join(",") + (trailing && items.length > 0 ? "," : "") + end + "]",
      value: items.map(([, b]) => b.value),
    })),
    object: fc
      .tuple(fc.array(fc.tuple(ws, fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom("__proto__", "a\"b", "k")), ws, ws, tie("tree") as fc.Arbitrary<Built>, ws), { maxLength: 4 }), tolerant ? fc.boolean() : fc.constant(false), ws)
      .map(([members, trailing, end]) => {
        const value: Record<string, unknown> = {};
        for (const [, k, , , v] of members) Object.defineProperty(value, k, { value: v.value, enumerable: true, configurable: true, writable: true });
        return {
          text: "{" + members.map(([a, k, b, c, v, d]) => a + JSON.stringify(k) + b + ":" + c + v.text + d).join(",") + (trailing && members.length > 0 ? "," : "") + end + "}",
          value,
        };
      }),
  }));
  return fc.tuple(ws, tree, ws).map(([a, t, b]) => ({ text: a + t.text + b, value: t.value }));
}

/** every path in a value, with the value there */
function* paths(value: unknown, path: (string | number)[] = []): Generator<[(string | number)[], unknown]> {
  yield [path, value];
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* paths(value[i], [...path, i]);
  else if (typeof value === "object" && value !== null) for (const k of Object.keys(value)) yield* paths((value as Record<string, unknown>)[k], [...path, k]);
}

describe("reading JSON", () => {
  for (const tolerant of [false, true]) {
    it(`${tolerant ? "templates" : "strict JSON"}: the value read is the written one, and every value and key is located exactly`, () => {
      fc.assert(
        fc.property(built(tolerant), ({ text, value }) => {
          const { doc, error } = JsonDoc.parse(text, tolerant);
          expect(error).toBeUndefined();
          expect(doc!.value).toStrictEqual(value);
          for (const [path, v] of paths(value)) {
            const at = doc!.locate(path)!;
            expect(at).toBeDefined();
            // the located text reads back as the value (a bare placeholder is its own text)
            const raw = text.slice(at.valueStart, at.valueEnd);
            expect(scan(raw, { tolerant }).value).toStrictEqual(v);
            if (typeof path[path.length - 1] === "string") expect(JSON.parse(text.slice(at.keyStart, at.keyEnd))).toBe(path[path.length - 1]);
          }
        }),
        params,
      );
    });
  }

  it("random JSON-ish text: the fast route accepts exactly what the scanner accepts, with the same value", () => {
    const alphabet = fc.constantFrom(..."{}[]:,\"\\ \n\t/*-01tfn$_TL{}ae".split(""), "//", "/*", "*/", "${TTL}", "__X__", "{{n}}", "true", "null", '"k"');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join("")), fc.boolean(), (text, tolerant) => {
        const fast = JsonDoc.parse(text, tolerant);
        const slow = scan(text, { tolerant });
        if (slow.error !== undefined) {
          expect(fast.doc).toBeUndefined();
          expect(fast.error).toStrictEqual(slow.error);
        } else {
          expect(fast.error).toBeUndefined();
          expect(fast.doc!.value).toStrictEqual(slow.value);
        }
      }),
      { ...params, numRuns: RUNS * 10 },
    );
  });
});
