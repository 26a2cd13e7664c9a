import type { Edit, EnvVar, ModuleFacts, Rule } from "../src/rule-api.js";
import { shadowedCopies } from "./_duplicates.js";
import { envNamed } from "./_resources.js";
import { WIRESERVER_VM_MESSAGES, wireserverVm } from "./_vm-fpga.js";

/** Remove the variable; the last element of createOptions.Env takes the Env member with it (no `"Env": []` left behind). */
function removal(facts: ModuleFacts, v: EnvVar): Edit {
  if (v.from === "createOptions") {
    const env = facts.envList;
    if (env !== undefined && Array.isArray(env.value) && env.value.length === 1 && shadowedCopies(env) === 0) return { op: "remove", node: env };
  }
  return { op: "remove", node: v.node };
}

/** F10: WIRESERVER_ADDRESS is what FPGA modules use to reach the FPGA service; GPU modules need none. */
const rule: Rule = {
  meta: {
    id: "wireserver-env",
    severity: "warning",
    facts: ["F10", "V3"],
    description: "WIRESERVER_ADDRESS in env or createOptions.Env (FPGA only); the fix removes it.",
    repair: "fix",
    targets: ["kubernetes", "vm"],
    messages: {
      fpgaService:
        "environment variable '{{name}}' points FPGA modules at the FPGA service; a GPU module needs no WIRESERVER_ADDRESS, remove it (request 'nvidia.com/gpu' in k8s-experimental.resources.limits instead)",
      ...WIRESERVER_VM_MESSAGES,
    },
  },
  create(ctx) {
    if (ctx.target === "vm") return wireserverVm(ctx);
    const { report } = ctx;
    return {
      module(mod, facts) {
        for (const v of envNamed(facts, "WIRESERVER_ADDRESS")) {
          report({
            node: v.node,
            module: mod,
            messageId: "fpgaService",
            data: { name: v.name },
            fix: [removal(facts, v)],
          });
        }
      },
    };
  },
};

export default rule;
