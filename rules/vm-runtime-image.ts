import { hasPlaceholder, type Rule } from "../src/rule-api.js";

const RUNTIME_IMAGE = /^(mcr\.microsoft\.com\/azureiotedge-(?:agent|hub)):([^@/]+)$/i;
const VERSION_TAG = /^(\d+)\.(\d+)(?:\.\d+)?(?:[-.].*)?$/;
export const RUNTIME_TAG = "1.6";

/** V9: the IoT Edge runtime images below 1.6 are out of support; 1.6 LTS is the current one. */
const rule: Rule = {
  meta: {
    id: "vm-runtime-image",
    severity: "error",
    facts: ["V0e", "V9"],
    description: "An mcr.microsoft.com/azureiotedge-agent or azureiotedge-hub image below 1.6 (1.0 to 1.5: out of support); the fix sets the same repository at 1.6.",
    repair: "fix",
    targets: ["vm"],
    messages: {
      outOfSupport: "'{{image}}' is IoT Edge {{version}}, which is out of support; IoT Edge in a VM runs 1.6 LTS: use '{{image16}}' (or a 1.6.x patch tag)",
    },
  },
  create: ({ report }) => ({
    module(mod) {
      const node = mod.settings?.getExact("image");
      const image = node?.value;
      if (node === undefined || typeof image !== "string" || hasPlaceholder(image)) return;
      const m = RUNTIME_IMAGE.exec(image.trim());
      if (m === null) return;
      const v = VERSION_TAG.exec(m[2]!);
      if (v === null) return;
      const major = Number(v[1]);
      const minor = Number(v[2]);
      if (major > 1 || (major === 1 && minor >= 6)) return;
      const want = `${m[1]}:${RUNTIME_TAG}`;
      report({
        node,
        part: "value",
        module: mod,
        messageId: "outOfSupport",
        data: { image, version: `${major}.${minor}`, image16: want },
        fix: [{ op: "set", node, value: want }],
      });
    },
  }),
};

export default rule;
