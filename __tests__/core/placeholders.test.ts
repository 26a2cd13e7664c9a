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
