import rule from "../../rules/vm-elevated-permissions.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { scorer: { createOptions: co } } });

ruleTester(rule, {
  valid: [
    { name: "not privileged, no capabilities", target: "vm", spec: mod({ HostConfig: { Privileged: false, CapAdd: [], CapDrop: ["ALL"] } }) },
    { name: "the kubernetes target", target: "kubernetes", spec: mod({ HostConfig: { Privileged: true } }) },
  ],
  invalid: [
    {
      name: "Privileged and CapAdd (any key case): an info each",
      target: "vm",
      spec: mod({ HostConfig: { privileged: true, capAdd: ["NET_ADMIN", "SYS_TIME"] } }),
      errors: [
        {
          at: '"privileged"',
          message:
            "module 'scorer': HostConfig.Privileged is true; when the device administrator sets allow_elevated_docker_permissions = false in the IoT Edge configuration, IoT Edge removes it and the module runs without it; say in the module's documentation that it needs it",
          severity: "info",
        },
        { at: '"capAdd"', message: /HostConfig\.capAdd adds capabilities \(NET_ADMIN, SYS_TIME\); when the device administrator/, severity: "info" },
      ],
      output: null,
    },
  ],
});
