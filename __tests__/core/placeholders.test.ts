import { describe, expect, it } from "vitest";
import { hasPlaceholder, isPlaceholder } from "../../src/model/placeholders.js";

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
