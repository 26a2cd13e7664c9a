import { moduleLabel, type Rule } from "../src/rule-api.js";
import { envNamed } from "./_resources.js";
import { checkWireserverVm } from "./_vm-fpga.js";

/** F10: WIRESERVER_ADDRESS is what FPGA modules use to reach the FPGA service; GPU modules need none. */
const rule: Rule = {
  meta: {
    id: "wireserver-env",
    severity: "warning",
    facts: ["F10", "V3"],
    description: "WIRESERVER_ADDRESS in env or createOptions.Env (FPGA only); the fix removes it.",
    repair: "fix",
    targets: ["kubernetes", "vm"],
  },
  check(ctx) {
    if (ctx.target === "vm") return checkWireserverVm(ctx);
    const { manifest, report } = ctx;
    for (const mod of manifest.modules) {
      for (const v of envNamed(mod, "WIRESERVER_ADDRESS")) {
        report({
          node: v.node,
          module: mod,
          message: `${moduleLabel(mod)}: environment variable '${v.name}' points FPGA modules at the FPGA service; a GPU module needs no WIRESERVER_ADDRESS, remove it (request 'nvidia.com/gpu' in k8s-experimental.resources.limits instead)`,
          fix: [{ op: "remove", node: v.node }],
        });
      }
    }
  },
};

export default rule;
