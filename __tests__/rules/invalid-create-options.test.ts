import { describe, expect, it } from "vitest";
import rule from "../../rules/invalid-create-options.js";
import { fixText, lintText } from "../../src/index.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

/** A generated manifest whose module 'tf' has these settings members. */
function withSettings(members: Record<string, unknown>): string {
  const doc = JSON.parse(manifestText({ modules: { tf: { createOptions: "{}" } } }, "string"));
  const settings = doc.modulesContent.$edgeAgent["properties.desired"].modules.tf.settings;
  delete settings.createOptions;
  Object.assign(settings, members);
  return JSON.stringify(doc, null, 2) + "\n";
}

const withPlaceholders = '{"HostConfig":{"Memory":536870912,"StorageOpt":{"size":<EdgeAgent.storageSizeByte>},"CpuShares":${CPU_SHARES}},"Env":[$ENV_LINE,"A=1"]}';

ruleTester(rule, {
  valid: [
    {
      name: "bare placeholders inside a template's createOptions string (<EdgeAgent.storageSizeByte>, ${X}, $X) are values, as in the template itself",
      text: withSettings({ createOptions: withPlaceholders }),
      filePath: "deployment.template.json",
    },
    { name: "valid options in every form", spec: { modules: { camera: { createOptions: { HostConfig: { Privileged: true }, Env: ["A=1"] } } } } },
    { name: "empty string", text: withSettings({ createOptions: "" }), filePath: "deployment.json" },
    { name: "no createOptions", text: withSettings({}), filePath: "deployment.json" },
  ],
  invalid: [
    {
      name: "the same bare placeholders in a generated manifest: the agent gets them as they are",
      text: withSettings({ createOptions: withPlaceholders }),
      filePath: "deployment.json",
      errors: [{ at: '<EdgeAgent', module: "tf", message: /^module 'tf': createOptions is not valid JSON: / }],
      output: null,
    },
    {
      name: "a placeholder as a key in a template's string is still not JSON",
      text: withSettings({ createOptions: '{"HostConfig":{$KEY:1}}' }),
      filePath: "deployment.template.json",
      errors: [{ at: '$KEY', module: "tf" }],
      output: null,
    },
    {
      name: "a trailing comma inside the string (iotedge-tf-template-gpu.json), at the comma",
      text: withSettings({ createOptions: '{"HostConfig":{"runtime":"nvidia"},}' }),
      filePath: "deployment.json",
      errors: [
        {
          at: ',}"',
          severity: "error",
          module: "tf",
          message: "module 'tf': createOptions is not valid JSON: Trailing comma is not allowed in a generated manifest; the IoT Edge agent cannot create this module",
        },
      ],
      output: null,
    },
    {
      name: "the error is found in the chunk that holds it",
      text: withSettings({ createOptions: '{"HostConfig":{"Privileged":true},', createOptions01: '"Env":["A=1" "B=2"]}' }),
      filePath: "deployment.json",
      errors: [{ at: '\\"B=2', message: /^module 'tf': createOptions is not valid JSON: / }],
      output: null,
    },
    {
      name: "a JSON array, not an object",
      text: withSettings({ createOptions: "[]" }),
      filePath: "deployment.json",
      errors: [{ at: '"[]"', message: "module 'tf': createOptions must hold a JSON object, not an array; the IoT Edge agent cannot create this module" }],
      output: null,
    },
    {
      name: "a number instead of a string or object",
      text: withSettings({ createOptions: 5 }),
      filePath: "deployment.json",
      errors: [{ at: "5\n", message: "module 'tf': createOptions must be a JSON object or a string holding one, not a number; the IoT Edge agent cannot create this module" }],
      output: null,
    },
  ],
});

describe("a template's createOptions string with bare placeholders, with every rule", () => {
  const text = withSettings({ createOptions: withPlaceholders });
  it("reports the Memory next to the placeholder (not hidden by invalid-create-options) and its fix keeps the placeholders bare", () => {
    const r = lintText(text, { filePath: "deployment.template.json" });
    expect(r.messages.filter((m) => m.ruleId === "invalid-create-options")).toEqual([]);
    const memory = r.messages.find((m) => m.ruleId === "docker-resource-limits" && m.message.includes("HostConfig.Memory"));
    expect(memory && text.slice(memory.offset, memory.endOffset)).toBe('\\"Memory\\"');
    const out = fixText(text, { filePath: "deployment.template.json" }).output;
    const co = JSON.parse(out).modulesContent.$edgeAgent["properties.desired"].modules.tf.settings.createOptions as string;
    expect(co).toContain('"size":<EdgeAgent.storageSizeByte>');
    expect(co).toContain('"CpuShares":${CPU_SHARES}');
    expect(co).toContain('"Env":[$ENV_LINE,"A=1"]');
    expect(co).not.toContain('"Memory"');
  });
});
