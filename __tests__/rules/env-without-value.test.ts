import rule from "../../rules/env-without-value.js";
import { ruleTester } from "../helpers/rule-tester.js";

const withEnv = (Env: unknown[]) => ({ modules: { camera: { createOptions: { Env } } } });

ruleTester(rule, {
  valid: [
    { name: "NAME=value and an empty value", spec: withEnv(["A=1", "B="]) },
    { name: "a whole placeholder", spec: withEnv(["$EXTRA_ENV"]) },
    { name: "module env has no such form", spec: { modules: { camera: { env: { A: "" } } } } },
  ],
  invalid: [
    {
      name: "no '=' and a leading '=' (dropped on Kubernetes; [INF] Docker unsets the variable)",
      spec: withEnv(["A=1", "DEBUG", "=x"]),
      errors: [
        {
          at: '"DEBUG"',
          message: `module 'camera': createOptions.Env entry 'DEBUG' has no '=', and Kubernetes-based IoT Edge drops it; write 'DEBUG=<value>' (or 'DEBUG=' for an empty value), or remove it`,
          severity: "info",
        },
        { at: '"=x"', message: `module 'camera': createOptions.Env entry '=x' has no name before '=', and Kubernetes-based IoT Edge drops it; write 'NAME=value'` },
      ],
      output: null,
    },
  ],
});
