/**
 * A runner reads plain output line by line, splitting at CR or LF, and runs every line that
 * starts with `::` as a workflow command. Paths and messages come from files: nothing in them may
 * start such a line (issue: a file or module named with `\n::error file=x::pwned` or `\r::warning::`).
 */
import { describe, expect, it } from "vitest";
import { builtinRules, lintText } from "../../src/index.js";
import { inertLine, inertLineStart } from "../../src/formatters/plain-line.js";
import { format as github } from "../../src/formatters/github.js";
import { format as json } from "../../src/formatters/json.js";
import { format as stylish } from "../../src/formatters/stylish.js";
import { format as sarif } from "../../src/formatters/sarif.js";

const EVIL_MODULE = "Cam\n::error file=x::pwned\r::warning::lone-cr\r\n::notice::crlf";
const EVIL_PATH = "/ws/dir\n::error file=x::pwned\r::warning::y.json";

function manifest(): string {
  const modules = {
    [EVIL_MODULE]: {
      type: "docker",
      settings: { image: "contoso.azurecr.io/cam:1.0", createOptions: JSON.stringify({ HostConfig: { Binds: ["/home/hcsshares/share1:/data"], NetworkMode: "host" } }) },
    },
  };
  return JSON.stringify({ modulesContent: { $edgeAgent: { "properties.desired": { schemaVersion: "1.1", modules } }, $edgeHub: { "properties.desired": { schemaVersion: "1.1", routes: {} } } } }, null, 2);
}

/** The lines a runner would treat as workflow commands. */
function commands(out: string): string[] {
  return out.split(/\r\n|\r|\n/).filter((l) => l.trimStart().startsWith("::"));
}

describe("no workflow command can be injected through plain output", () => {
  const result = { ...lintText(manifest(), { filePath: "deployment.json" }), filePath: EVIL_PATH };
  const ctx = { cwd: "/ws", rules: builtinRules };

  it("the hostile module name reaches the messages (the test is not vacuous)", () => {
    expect(result.messages.length).toBeGreaterThanOrEqual(2);
    expect(result.messages.filter((m) => m.message.includes("::error file=x::pwned")).length).toBeGreaterThanOrEqual(1);
  });

  it("stylish: zero command lines; line breaks are shown as \\r and \\n", () => {
    const out = stylish([result], ctx);
    expect(commands(out)).toEqual([]);
    expect(out).not.toMatch(/\r/);
    expect(out).toContain("\ndir\\n::error file=x::pwned\\r::warning::y.json\n");
    expect(out).toContain("Cam\\n::error file=x::pwned\\r::warning::lone-cr\\r\\n::notice::crlf");
    // one header line, one row per message, the summary lines
    expect(out.split("\n").filter((l) => l.startsWith("  ") && /^\s+\d+:\d+/.test(l))).toHaveLength(result.messages.length);
  });

  it("stylish: a path that starts with :: is shown as ./::…", () => {
    const out = stylish([{ ...result, filePath: "/ws/::error::x.json" }], ctx);
    expect(commands(out)).toEqual([]);
    expect(out).toContain("\n./::error::x.json\n");
  });

  it("github: exactly one command per finding, each with the escaped file", () => {
    const out = github([result], ctx);
    const lines = commands(out);
    expect(lines).toHaveLength(result.messages.length);
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=dir%0A%3A%3Aerror file=x%3A%3Apwned%0D%3A%3Awarning%3A%3Ay\.json,line=\d+,/);
    expect(out.split("\n").filter((l) => l !== "")).toHaveLength(result.messages.length);
  });

  it("json and sarif: no raw line break inside a value", () => {
    for (const out of [json([result], ctx), sarif([result], ctx)]) expect(commands(out)).toEqual([]);
  });

  it("inertLine and inertLineStart", () => {
    expect(inertLine("a\r\nb\rc\nd\u2028e")).toBe("a\\r\\nb\\rc\\nd e");
    expect(inertLineStart("::x")).toBe("./::x");
    expect(inertLineStart("  ::x", "> ")).toBe(">   ::x");
    expect(inertLineStart("a::x")).toBe("a::x");
  });
});
