import rule from "../../rules/cmd-string.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const withOptions = (co: Record<string, unknown>) => ({ modules: { scorer: { createOptions: co } } });

ruleTester(rule, {
  valid: [
    { name: "arrays", spec: withOptions({ Cmd: ["--port", "5000"], Entrypoint: ["/app/start.sh"] }) },
    { name: "a whole placeholder may stand for an array", spec: withOptions({ Cmd: "${SCORER_CMD}" }) },
    { name: "no Cmd", spec: withOptions({ WorkingDir: "/app" }) },
  ],
  invalid: [
    {
      name: "[INF] string Cmd is wrapped in a one-element array (Docker strslice reading)",
      spec: withOptions({ Cmd: "--port 5000", WorkingDir: "/app" }),
      errors: [
        {
          at: '"--port 5000"',
          message: `module 'scorer': Cmd is a string; Docker reads it as a one-element list, but the Kubernetes agent expects an array of strings; write ["--port 5000"]`,
          fixable: true,
        },
      ],
      output: manifestText(withOptions({ Cmd: ["--port 5000"], WorkingDir: "/app" })),
    },
    {
      name: "[INF] Entrypoint and lowercase cmd both, keeping the key spelling",
      spec: withOptions({ Entrypoint: "/app/start.sh", cmd: "serve" }),
      errors: [
        { at: '"/app/start.sh"', message: /^module 'scorer': Entrypoint is a string;.*write \["\/app\/start.sh"\]$/ },
        { at: '"serve"', message: /^module 'scorer': cmd is a string;/ },
      ],
      output: manifestText(withOptions({ Entrypoint: ["/app/start.sh"], cmd: ["serve"] })),
    },
  ],
});
