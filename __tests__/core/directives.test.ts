import { describe, expect, it } from "vitest";
import { builtinRules, fixText, getFormatter, lintText } from "../../src/index.js";
import { lineComments } from "../../src/engine/directives.js";
import { onlyRules } from "../cli/fixtures.js";

const RULES = onlyRules(["no-host-binds", "env-name-colon"], { "env-name-colon": "warning" });

/** A template (comments allowed) with a bind on line 12 and an env name with a colon on line 14. */
function template(before12 = "", before14 = ""): string {
  return `{
  "$schema-template": "4.0.0",
  "modulesContent": {
    "$edgeAgent": {
      "properties.desired": {
        "schemaVersion": "1.1",
        "runtime": { "type": "docker", "settings": {} },
        "systemModules": {},
        "modules": {
          "camera": {
            "type": "docker",
${before12}            "settings": { "image": "camera:1", "createOptions": { "HostConfig": { "Binds": ["/srv/data:/data"] } } },
            "env": {
${before14}              "Logging:Level": { "value": "// not a comment" }
            }
          }
        }
      }
    },
    "$edgeHub": { "properties.desired": { "schemaVersion": "1.1", "routes": {}, "storeAndForwardConfiguration": { "timeToLiveSecs": 7200 } } }
  }
}
`;
}

const lint = (text: string) => lintText(text, { filePath: "deployment.template.json", rules: RULES }).messages.map((m) => [m.ruleId, m.line, m.column, m.suppressed?.reason ?? null, m.message]);

describe("inline directives", () => {
  it("without directives: a bind on line 12, an env name on line 14", () => {
    expect(lint(template()).map((m) => m.slice(0, 4))).toEqual([
      ["no-host-binds", 12, 93, null],
      ["env-name-colon", 14, 15, null],
    ]);
  });

  it("suppresses the named rule's findings on the next line only", () => {
    const d = "            // iotedge-gpu-lint-disable-next-line no-host-binds -- the share is mounted by the VM\n";
    expect(lint(template(d)).map((m) => m.slice(0, 4))).toEqual([
      ["no-host-binds", 13, 93, "the share is mounted by the VM"],
      ["env-name-colon", 15, 15, null],
    ]);
  });

  it("two rules in one directive; the one that suppresses nothing is reported", () => {
    const d = "              // iotedge-gpu-lint-disable-next-line env-name-colon, no-host-binds -- legacy app reads the colon\n";
    expect(lint(template("", d))).toEqual([
      ["no-host-binds", 12, 93, null, expect.any(String)],
      [
        "directive-unused",
        14,
        15,
        null,
        "inline directive for 'no-host-binds' suppresses nothing on line 15; remove the unused rule ids",
      ],
      ["env-name-colon", 15, 15, "legacy app reads the colon", expect.any(String)],
    ]);
  });

  it("a directive that suppresses nothing at all", () => {
    const d = "              // iotedge-gpu-lint-disable-next-line no-host-binds -- wrong line\n";
    expect(lint(template("", d)).filter((m) => m[0] === "directive-unused")).toEqual([
      ["directive-unused", 14, 15, null, "inline directive for 'no-host-binds' suppresses nothing on line 15; remove it"],
    ]);
  });

  it("a directive without a reason or with an unknown rule suppresses nothing and is reported", () => {
    const noReason = "            // iotedge-gpu-lint-disable-next-line no-host-binds\n";
    expect(lint(template(noReason)).slice(0, 2)).toEqual([
      ["directive-invalid", 12, 13, null, "inline directive has no reason; add one after ' -- ' (why the finding is accepted); it suppresses nothing"],
      ["no-host-binds", 13, 93, null, expect.any(String)],
    ]);
    const unknown = "            // iotedge-gpu-lint-disable-next-line no-host-bind -- x\n";
    expect(lint(template(unknown))[0]).toEqual([
      "directive-invalid",
      12,
      13,
      null,
      "inline directive unknown rule 'no-host-bind' (did you mean 'no-host-binds'?); it suppresses nothing",
    ]);
    const none = "            // iotedge-gpu-lint-disable-next-line -- x\n";
    expect(lint(template(none))[0]![4]).toBe("inline directive names no rule; write // iotedge-gpu-lint-disable-next-line <rule>[, <rule>] -- <reason>; it suppresses nothing");
  });

  it("a rule that is off is not reported unused; the pseudo rules can be switched off", () => {
    const d = "            // iotedge-gpu-lint-disable-next-line host-network -- x\n";
    expect(lint(template(d)).map((m) => m[0])).toEqual(["no-host-binds", "env-name-colon"]);
    const r = lintText(template("", "              // iotedge-gpu-lint-disable-next-line no-host-binds -- wrong line\n"), {
      filePath: "deployment.template.json",
      rules: { ...RULES, "directive-unused": "off" },
    });
    expect(r.messages.map((m) => m.ruleId)).toEqual(["no-host-binds", "env-name-colon"]);
  });

  it("SARIF marks a finding suppressed by a directive as suppressed in source, with the reason", () => {
    const d = "            // iotedge-gpu-lint-disable-next-line no-host-binds -- the share is mounted by the VM\n";
    const result = lintText(template(d), { filePath: "deployment.template.json", rules: RULES });
    const sarif = JSON.parse(getFormatter("sarif")!([result], { cwd: process.cwd(), rules: builtinRules })) as { runs: { results: { ruleId: string; suppressions?: unknown }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => [r.ruleId, r.suppressions ?? null])).toEqual([
      ["no-host-binds", [{ kind: "inSource", justification: "the share is mounted by the VM" }]],
      ["env-name-colon", null],
    ]);
  });

  it("a suppressed finding is not fixed; the directive stays", () => {
    const d = "            // iotedge-gpu-lint-disable-next-line no-host-binds -- kept on purpose\n";
    const out = fixText(template(d), { filePath: "deployment.template.json", rules: RULES });
    expect(out.output).toBe(template(d).replace('"Logging:Level"', '"Logging__Level"'));
  });

  it("only templates are read for directives; '//' inside a string is not a comment", () => {
    expect(lineComments('{"a": "http://x", // c\r\n "b": "\\"//" /* // */ }')).toEqual([{ body: " c", start: 18, end: 22 }]);
  });
});
