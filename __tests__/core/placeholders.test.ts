import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasPlaceholder, isPlaceholder, parseWithBarePlaceholders } from "../../src/model/placeholders.js";

describe("template placeholders", () => {
  it.each(["$VAR", "${TTL}", "${MODULES.filter}", "__MODULE_NAME__", "{{name}}", "<your registry>", "[$x]", "%MODULE%", "#ACR_ADDRESS#"])("%s is a placeholder", (s) => {
    expect(isPlaceholder(s)).toBe(true);
    expect(hasPlaceholder(`prefix-${s}-suffix`)).toBe(true);
  });

  it.each(["camera", "100%", "50% of 10%", "#1", "#issue#", "a#B", "/home/hcsshares/share1", "C#", "%", "%%", "# #"])("%s is not", (s) => {
    expect(isPlaceholder(s)).toBe(false);
    expect(hasPlaceholder(s)).toBe(false);
  });
});

// the single regex the detector replaced (issue 13 item 9): the oracle for the property test
const OLD = /\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|__[A-Za-z0-9_]+(?:__)?|\{\{[^}]*\}\}|<[^<>\n]+>|\[\$[^\]]*\]|%[A-Za-z_][A-Za-z0-9_]*%|#[A-Z][A-Z0-9_]*#/;

describe("placeholder detection is linear", () => {
  it("agrees with the old regex on random short strings of placeholder characters", () => {
    const chars = fc.constantFrom("$", "{", "}", "[", "]", "<", ">", "\n", "_", "%", "#", "A", "z", "9", " ", "-");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 16 }).map((a) => a.join("")), (s) => {
        expect(hasPlaceholder(s)).toBe(OLD.test(s));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
  });

  it.each([
    ["{{", false],
    ["${", false],
    ["[$", false],
    ["<a", false],
    ["%a", true],
    ["#A", true],
    ["a}", false],
  ])("64 KB of %s… without a close: answered (no backtracking blow-up)", (unit, expected) => {
    const s = unit.repeat(32768);
    expect(hasPlaceholder(s)).toBe(expected);
    expect(isPlaceholder(s)).toBe(false);
    expect(isPlaceholder(s + "}x")).toBe(false);
    expect(hasPlaceholder(s + "}}")).toBe(expected || unit === "{{" || unit === "${");
  });
});

describe("bare placeholders inside a template's createOptions text", () => {
  it("reads each one where a value may stand as the string holding it", () => {
    expect(parseWithBarePlaceholders('{"a":<EdgeAgent.storageSizeByte>,"b":[${X},$Y, __Z__],"c":"$W"}')).toEqual({
      value: { a: "<EdgeAgent.storageSizeByte>", b: ["${X}", "$Y", "__Z__"], c: "$W" },
    });
  });

  it("tolerates nothing else: a key, a trailing comma, text without a bare placeholder", () => {
    expect(parseWithBarePlaceholders('{$X:1}')).toBeUndefined();
    expect(parseWithBarePlaceholders('{"a":$X,}')).toBeUndefined();
    expect(parseWithBarePlaceholders('{"a":1,}')).toBeUndefined();
    expect(parseWithBarePlaceholders('{"a":"<b>"}')).toBeUndefined();
    expect(parseWithBarePlaceholders('{"a":<not closed}')).toBeUndefined();
  });
});
