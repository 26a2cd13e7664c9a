import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/action/findings.js";
import { fixBody } from "../../src/action/fix-commit.js";
import { cap, cell, code, docsLink, logText, ruleRef, text, ZWJ } from "../../src/action/markdown.js";
import { fileLevelBody, findingBody } from "../../src/action/review.js";
import { summaryMarkdown } from "../../src/action/summary.js";

const IMG = "Cam<img src=x onerror=alert(1)>";
const MENTION = "@octocat";
const PLANTED = "x<!-- iotedge-gpu-lint:deadbeefdeadbeef -->";
const TICKS = "a``b`";
const PIPE = "a|b";
const BREAKS = "a\r\n::error::x\rb\nc";
const HOSTILE = [IMG, MENTION, PLANTED, TICKS, PIPE, BREAKS, "`lead", "trail ", "#12 https://evil.test www.evil.test", "- item", "1. first", "[l](https://evil.test)"];
const DOCS = "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/main/rules/no-host-binds.md";

/** Every marker of ours in a raw body. */
const markers = (body: string) => [...body.matchAll(/<!-- iotedge-gpu-lint:([0-9a-f]{16}) -->/g)].map((m) => m[1]);

describe("code: names and paths as a code span their content cannot close", () => {
  it.each([
    [IMG, "`Cam<img src=x onerror=alert(1)>`"],
    [MENTION, "`@octocat`"],
    [PLANTED, `\`x<${ZWJ}!-- iotedge-gpu-lint:deadbeefdeadbeef -->\``],
    [TICKS, "``` a``b` ```"],
    ["`lead", "`` `lead ``"],
    ["trail ", "` trail  `"],
    [PIPE, "`a|b`"],
    [BREAKS, "`a ::error::x b c`"],
    ["", "` `"],
  ])("%j -> %j", (input, out) => {
    expect(code(input)).toBe(out);
  });

  it("never contains a line break or a marker, and its fence is longer than any backtick run inside", () => {
    for (const h of HOSTILE) {
      const c = code(h);
      expect(c).not.toMatch(/[\r\n]/);
      expect(c).not.toContain("<!--");
      const fence = /^`+/.exec(c)![0];
      expect(c.endsWith(fence)).toBe(true);
      const inner = c.slice(fence.length, c.length - fence.length);
      expect([...inner.matchAll(/`+/g)].every((m) => m[0].length !== fence.length)).toBe(true);
    }
  });

  it("caps the length", () => {
    expect(code("x".repeat(500), 10)).toBe("`xxxxxxxxx…`");
  });
});

describe("text: prose that renders as itself and does nothing else", () => {
  it.each([
    [IMG, "Cam&lt;img src=x onerror=alert(1)&gt;"],
    [MENTION, `@${ZWJ}octocat`],
    [PLANTED, "x&lt;!-- iotedge-gpu-lint:deadbeefdeadbeef --&gt;"],
    [TICKS, "a\\`\\`b\\`"],
    [PIPE, "a|b"],
    [BREAKS, "a ::error::x b c"],
    ["#12 https://evil.test www.evil.test", `\\#${ZWJ}12 https:${ZWJ}//evil.test www${ZWJ}.evil.test`],
    ["- item", "\\- item"],
    ["1. first", "1\\. first"],
    ["[l](https://evil.test)", `\\[l\\](https:${ZWJ}//evil.test)`],
    ["a & b", "a &amp; b"],
    ["module 'camera': HostConfig.Binds is not supported", "module 'camera': HostConfig.Binds is not supported"],
  ])("%j -> %j", (input, out) => {
    expect(text(input)).toBe(out);
  });

  it("leaves no HTML, mention, marker or line break", () => {
    for (const h of HOSTILE) {
      const t = text(h);
      expect(t).not.toMatch(/[<>\r\n]/);
      expect(t).not.toMatch(/@[A-Za-z0-9]/);
    }
  });
});

describe("cell, docsLink, ruleRef, cap, logText", () => {
  it("escapes every pipe of a table cell with an odd number of backslashes, inside code spans too", () => {
    expect(cell(code(PIPE))).toBe("`a\\|b`");
    expect(cell(code("a\\|b"))).toBe("`a\\\\\\|b`");
    expect(cell(text("x|y"))).toBe("x\\|y");
    expect(cell(code(PLANTED))).toBe(`\`x<${ZWJ}!-- iotedge-gpu-lint:deadbeefdeadbeef -->\``);
  });

  it("keeps only links to this project's rule pages", () => {
    expect(docsLink(DOCS)).toBe(DOCS);
    expect(docsLink("https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/v1.0.0/rules/x.md")).toBe("https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/v1.0.0/rules/x.md");
    for (const bad of ["https://evil.test/rules/x.md", "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/main/rules/x.md)", "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/main/rules/x.md?a", "javascript:alert(1)", "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint.evil.test/blob/main/rules/x.md"]) {
      expect(docsLink(bad)).toBeUndefined();
    }
    expect(ruleRef("no-host-binds", DOCS)).toBe(`[\`no-host-binds\`](${DOCS})`);
    expect(ruleRef("no-host-binds", "https://evil.test/x")).toBe("`no-host-binds`");
  });

  it("caps by code points", () => {
    expect(cap("😀😀😀", 2)).toBe("😀…");
    expect(cap("abc", 3)).toBe("abc");
  });

  it("logText never breaks a line nor starts one with ::", () => {
    expect(logText("a\r::warning::x\nb")).toBe("a\\r::warning::x\\nb");
    expect(logText("::error::x")).toBe("> ::error::x");
  });
});

function finding(over: Partial<Finding> = {}): Finding {
  return {
    path: "deployment.json",
    ruleId: "no-host-binds",
    severity: "error",
    message: "m",
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 2,
    fingerprint: "1234567890abcdef",
    docs: DOCS,
    fixable: false,
    hasSuggestion: false,
    ...over,
  };
}

describe("every body the action writes keeps hostile names inert", () => {
  it("review comment: the message is escaped text and the only marker is ours", () => {
    for (const h of HOSTILE) {
      const body = findingBody(finding({ message: `module '${h}': bad` }), false);
      expect(markers(body)).toEqual(["1234567890abcdef"]);
      expect(body).not.toContain("<img");
      expect(body).not.toMatch(/@octocat/);
      expect(body.split("\n")).toHaveLength(4);
    }
    expect(findingBody(finding({ message: `module '${IMG}': bad`, target: "vm" }), false, true)).toBe(
      `**iotedge-gpu-lint** · [\`no-host-binds\`](${DOCS}) · error · target \`vm\`\n\nmodule 'Cam&lt;img src=x onerror=alert(1)&gt;': bad\n<!-- iotedge-gpu-lint:1234567890abcdef -->`,
    );
  });

  it("review comment: a suggestion that would carry a marker is left out", () => {
    const body = findingBody(finding({ replacement: { startLine: 3, endLine: 3, text: `"name": "${PLANTED}"`, kind: "fix" } }), true);
    expect(body).not.toContain("```suggestion");
    expect(markers(body)).toEqual(["1234567890abcdef"]);
  });

  it("file-level comment: path in a code span, messages escaped", () => {
    const body = fileLevelBody(`dir/${MENTION}${BREAKS}.json`, [finding({ message: `module '${PLANTED}'` })]);
    expect(body).toBe(
      `**iotedge-gpu-lint** found 1 problem(s) in \`dir/@octocata ::error::x b c.json\` on lines this pull request does not change:\n\n- line 3: [\`no-host-binds\`](${DOCS}) (error) module 'x&lt;!-- iotedge-gpu-lint:deadbeefdeadbeef --&gt;' <!-- iotedge-gpu-lint:1234567890abcdef -->`,
    );
    expect(markers(body)).toEqual(["1234567890abcdef"]);
  });

  it("job summary: one row per module, cells escaped, no HTML, no planted marker", () => {
    const modules = HOSTILE;
    const path = `a|${MENTION}.json`;
    const findings = modules.map((m) => finding({ path, module: m, message: `module '${m}'` }));
    const md = summaryMarkdown({ findings, files: [{ path, errors: findings.length, warnings: 0, infos: 0, fixable: 0, modules }], notes: [`branch ${MENTION}<b>`], unplaced: findings });
    expect(markers(md)).toEqual([]);
    expect(md).not.toContain("<b>");
    // the hostile HTML appears only inside code spans (module column) and escaped in messages
    expect(md).toContain("- `a|@octocat.json`:3 [`no-host-binds`](" + DOCS + ") (error): module 'Cam&lt;img src=x onerror=alert(1)&gt;'\n");
    expect(md).not.toContain("\r");
    expect(md).toContain(`> ${"branch @" + ZWJ + "octocat&lt;b&gt;"}\n`);
    const rows = md.split("\n").filter((l) => l.startsWith("| `a\\|@octocat.json`"));
    expect(rows).toHaveLength(modules.length);
    // every row has exactly 6 cells: 7 unescaped pipes
    for (const r of rows) expect(r.match(/(?<!\\)\|/g)).toHaveLength(7);
    expect(rows[0]).toBe("| `a\\|@octocat.json` | `Cam<img src=x onerror=alert(1)>` | `kubernetes` | ⛔ needs a code change | 1 | `no-host-binds` |");
  });

  it("fix pull request body: file names as code in table cells", () => {
    const pr = { number: 7, headSha: "a".repeat(40), headRef: "f", headRepo: "o/r", baseSha: "b".repeat(40), baseRef: "main", baseRepo: "o/r" };
    const body = fixBody(pr, [{ path: "x.json", target: `${PIPE}${PLANTED}.gpu.json`, content: "{}", applied: 1, rules: ["no-host-binds"] }]);
    expect(body).toContain(`| \`a\\|bx<${ZWJ}!-- iotedge-gpu-lint:deadbeefdeadbeef -->.gpu.json\` | 1 | \`no-host-binds\` |`);
    expect(markers(body)).toEqual([]);
  });
});
