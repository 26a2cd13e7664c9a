import { isPlaceholder, type JNode, type Rule } from "../src/rule-api.js";

/** 1.2-only members of `properties.desired`, per system module (edgeHub 1.2 added `mqttBroker`). */
const ONLY_IN_1_2: Record<string, string[]> = { $edgeHub: ["mqttBroker"], $edgeAgent: [] };

function parseVersion(v: unknown): { major: number; minor: number } | undefined {
  const s = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : undefined;
  const m = s === undefined ? null : /^(\d+)\.(\d+)(?:\.\d+)?$/.exec(s);
  return m === null ? undefined : { major: Number(m[1]), minor: Number(m[2]) };
}

const REJECTED = "{{who}}: schemaVersion '{{version}}' is rejected by Kubernetes-based IoT Edge, which accepts at most '1.1'";

/** §1.8 / §5.2: the Kubernetes edgeAgent and edgeHub expect schema 1.1 and reject anything above it. */
const rule: Rule = {
  meta: {
    id: "schema-version",
    severity: "error",
    facts: ["§1.8", "§5.2"],
    description: "schemaVersion above 1.1 on $edgeAgent or $edgeHub (rejected by the Kubernetes runtime); the fix sets 1.1 when no 1.2-only field is used.",
    repair: "fix",
    targets: ["kubernetes"],
    messages: {
      rewrite: `${REJECTED}; rewrite this configuration for schema 1.1`,
      usesOnly12: `${REJECTED}; '{{used}}' needs schema 1.2 and is not available on Kubernetes-based IoT Edge: remove it and set '1.1'`,
      set11: `${REJECTED}; set '1.1' (no 1.2-only setting is used)`,
    },
  },
  create: ({ report }) => ({
    manifest(manifest) {
      const targets: [string, JNode | undefined][] = [
        ["$edgeAgent", manifest.agentDesired],
        ["$edgeHub", manifest.hubDesired],
      ];
      for (const [who, desired] of targets) {
        const node = desired?.getExact("schemaVersion");
        if (node === undefined || (typeof node.value === "string" && isPlaceholder(node.value))) continue;
        const v = parseVersion(node.value);
        if (v === undefined || v.major < 1 || (v.major === 1 && v.minor <= 1)) continue;
        const used = v.major === 1 ? ONLY_IN_1_2[who]!.filter((k) => desired!.getExact(k) !== undefined) : [];
        const data = { who, version: String(node.value) };
        if (v.major > 1) {
          report({ node, part: "value", messageId: "rewrite", data });
        } else if (used.length > 0) {
          report({ node, part: "value", messageId: "usesOnly12", data: { ...data, used: used.join("', '") } });
        } else {
          report({ node, part: "value", messageId: "set11", data, fix: [{ op: "set", node, value: "1.1" }] });
        }
      }
    },
  }),
};

export default rule;
