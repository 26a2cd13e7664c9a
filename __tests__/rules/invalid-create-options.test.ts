import rule from "../../rules/invalid-create-options.js";
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

ruleTester(rule, {
  valid: [
    { name: "valid options in every form", spec: { modules: { camera: { createOptions: { HostConfig: { Privileged: true }, Env: ["A=1"] } } } } },
    { name: "empty string", text: withSettings({ createOptions: "" }), filePath: "deployment.json" },
    { name: "no createOptions", text: withSettings({}), filePath: "deployment.json" },
  ],
  invalid: [
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
