import rule from "../../rules/env-name-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (env: Record<string, unknown>, Env?: string[]) => ({ modules: { camera: { env, ...(Env ? { createOptions: { Env } } : {}) } } });

ruleTester(rule, {
  valid: [
    { name: "valid names, '.', '-' and a leading '_'", spec: mod({ LOG_LEVEL: "info", "app.mode": "x", "a-b": "1", _1: "2" }, ["Logging__LogLevel=Debug"]) },
    { name: "':' alone is env-name-colon's", spec: mod({ "Logging:LogLevel": "info" }, ["Scoring:Threshold=0.7"]) },
    { name: "placeholders in names", spec: mod({ "${PREFIX}_MODE": "a" }, ["$NAME=1"]) },
    { name: "entries without '=' are env-without-value's", spec: mod({}, ["1 bad"]) },
  ],
  invalid: [
    {
      name: "[INF] strict name rule (no relaxed-validation gate on ASE): leading digit and a space, in env and createOptions.Env",
      spec: mod({ "2FA_SECRET": "x" }, ["MY VAR=1"]),
      errors: [
        {
          at: '"2FA_SECRET"',
          message: `module 'camera': environment variable name '2FA_SECRET' starts with a digit, which Kubernetes rejects (the module is not deployed); rename it, e.g. to '_2FA_SECRET', and change the code that reads it`,
        },
        {
          at: '"MY VAR=1"',
          message: `module 'camera': environment variable name 'MY VAR' has characters other than letters, digits, '_', '-' and '.', which Kubernetes rejects (the module is not deployed); rename it, e.g. to 'MY_VAR', and change the code that reads it`,
        },
      ],
      output: null,
    },
    {
      name: "':' together with another problem is still reported",
      spec: mod({ "Section:Key/Sub": "1" }),
      errors: [{ at: '"Section:Key/Sub"', message: /rename it, e.g. to 'Section__Key_Sub'/ }],
      output: null,
    },
  ],
});
