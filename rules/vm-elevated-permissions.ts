import { valueIgnoreCase, type Rule } from "../src/rule-api.js";

const WHY =
  "when the device administrator sets allow_elevated_docker_permissions = false in the IoT Edge configuration, IoT Edge removes it and the module runs without it; say in the module's documentation that it needs it";

/** V7: with `allow_elevated_docker_permissions = false` IoT Edge strips Privileged and added capabilities. */
const rule: Rule = {
  meta: {
    id: "vm-elevated-permissions",
    severity: "info",
    facts: ["V7"],
    description: "HostConfig.Privileged or CapAdd: an administrator can turn elevated permissions off on the VM, and then IoT Edge strips them.",
    repair: "none",
    targets: ["vm"],
    messages: {
      privileged: `HostConfig.Privileged is true; ${WHY}`,
      capAdd: `HostConfig.{{key}} adds capabilities ({{capabilities}}); ${WHY}`,
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      const hc = facts.hostConfigValue;
      if (hc === undefined) return;
      const privileged = valueIgnoreCase(hc, "privileged");
      const capAdd = valueIgnoreCase(hc, "capadd");
      if (privileged === true) {
        report({ node: facts.hostConfig!.get("Privileged")!, module: mod, messageId: "privileged" });
      }
      if (Array.isArray(capAdd) && capAdd.length > 0) {
        const node = facts.hostConfig!.get("CapAdd")!;
        report({ node, module: mod, messageId: "capAdd", data: { key: node.key!, capabilities: capAdd.map(String).join(", ") } });
      }
    },
  }),
};

export default rule;
