import { hasPlaceholder, moduleLabel, type Rule } from "../src/rule-api.js";
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
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      for (const m of mountsOf(mod)) {
        if (m.from !== "Mounts" || m.type !== "volume" || m.source === undefined || m.sourceNode === undefined) continue;
        if (hasPlaceholder(m.source)) continue;
        const base = `${moduleLabel(mod)}: the volume mount Source '${m.source}'`;
        let message: string;
        const share = SHARE_ROOT.exec(m.source);
        if (share !== null) {
          message = `${base} is the FPGA device's share path; on Kubernetes-based IoT Edge a Type volume Source is the share name: write '${share[1]}'`;
        } else if (m.source.includes("/") || m.source.includes("\\")) {
          message = `${base} is a path; on Kubernetes-based IoT Edge a Type volume Source is the name of an SMB/NFS share on the device (use Type bind for a host directory)`;
        } else {
          const why = shareNameProblem(m.source);
          if (why === undefined) continue;
          message = `${base} is not a valid share name: it ${why}; write the name of an SMB/NFS share on the device`;
        }
        report({ node: m.sourceNode, part: "value", module: mod, message });
      }
    }
  },
};

export default rule;
