import { hasPlaceholder, type Rule } from "../src/rule-api.js";
import { mountsOf } from "./_options.js";

const SHARE_ROOT = /^\/home\/hcsshares\/([^/]+)/;

/** ASE share names: letters, digits and hyphens, 3 to 63 characters, alphanumeric ends, no double hyphen. */
export function shareNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return "has to be 3 to 63 characters long";
  if (/[^A-Za-z0-9-]/.test(name)) return "may only hold letters, digits and '-'";
  if (!/^[A-Za-z0-9]/.test(name) || !/[A-Za-z0-9]$/.test(name) || name.includes("--")) return "has to start and end with a letter or digit, and each '-' must stand between letters or digits";
  return undefined;
}

/** F2: a Type volume mount's Source is the name of an SMB/NFS share on the device, not a path. */
const rule: Rule = {
  meta: {
    id: "volume-mount-share-name",
    severity: "warning",
    facts: ["F2", "§5.4", "§1.6"],
    description: "A Mounts entry of Type volume whose Source is a path or not a valid share name.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      sharePath: "the volume mount Source '{{source}}' is the FPGA device's share path; on Kubernetes-based IoT Edge a Type volume Source is the share name: write '{{share}}'",
      path: "the volume mount Source '{{source}}' is a path; on Kubernetes-based IoT Edge a Type volume Source is the name of an SMB/NFS share on the device (use Type bind for a host directory)",
      invalidShareName: "the volume mount Source '{{source}}' is not a valid share name: it {{problem}}; write the name of an SMB/NFS share on the device",
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      for (const m of mountsOf(facts)) {
        if (m.from !== "Mounts" || m.type !== "volume" || m.source === undefined || m.sourceNode === undefined) continue;
        if (hasPlaceholder(m.source)) continue;
        const source = m.source;
        const where = { node: m.sourceNode, part: "value", module: mod } as const;
        const share = SHARE_ROOT.exec(source);
        if (share !== null) {
          report({ ...where, messageId: "sharePath", data: { source, share: share[1]! } });
        } else if (source.includes("/") || source.includes("\\")) {
          report({ ...where, messageId: "path", data: { source } });
        } else {
          const problem = shareNameProblem(source);
          if (problem !== undefined) report({ ...where, messageId: "invalidShareName", data: { source, problem } });
        }
      }
    },
  }),
};

export default rule;
