import rule from "../../rules/entrypoint.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { ovms: { createOptions: co } } });

ruleTester(rule, {
  valid: [
    { name: "Cmd only", spec: mod({ Cmd: ["--port", "9000"] }) },
    { name: "null Entrypoint sets nothing", spec: mod({ Entrypoint: null }) },
    { name: "no createOptions", spec: { modules: { ovms: {} } } },
  ],
  invalid: [
    {
      name: "array Entrypoint",
      spec: mod({ Entrypoint: ["/ovms/bin/ovms"], Cmd: ["--port", "9000"] }),
      errors: [
        {
          at: '"Entrypoint"',
          message: "module 'ovms': createOptions.Entrypoint does not work on Kubernetes-based IoT Edge (Azure Stack Edge); set the entry point in the image (Dockerfile ENTRYPOINT) and pass arguments with Cmd",
          severity: "error",
          module: "ovms",
          fixable: false,
        },
      ],
      output: null,
    },
    {
      name: "string Entrypoint in lower case",
      spec: mod({ entrypoint: "/app/start.sh" }),
      errors: [{ at: '"entrypoint"', message: /createOptions\.entrypoint does not work/ }],
    },
  ],
});
