import type { Edit, JNode, Rule } from "../src/rule-api.js";
import { CONFIGURE_SHARE_ROOT, HCS_SHARES, SUGGESTED_SHARE_ROOT, hcsSharePath, inShareRoot, shareRootOf } from "./_vm.js";

interface ShareBind {
  /** the node whose string value holds the path (a Binds element or a Mounts Source) */
  node: JNode;
  /** the value with the share path rewritten to a root */
  rewrite: (root: string) => string;
  source: string;
  rest: string;
}

const NO_SUCH_FOLDER =
  "'{{source}}' is where the FPGA device mounted its shares; that folder does not exist in the IoT Edge VM, where the share is mounted (SMB/NFS) under a path of your choosing";

/** V4: the FPGA device's share folder does not exist in the VM; the shares are mounted elsewhere there. */
const rule: Rule = {
  meta: {
    id: "vm-share-bind",
    severity: "error",
    facts: ["F3", "V4"],
    description: "A bind from /home/hcsshares/<share> (the FPGA device's share folder, absent in the VM); the fix binds <vm.shareRoot>/<share> when shareRoot is configured, else a suggestion.",
    repair: "fix",
    targets: ["vm"],
    messages: {
      bindShareRoot: `${NO_SUCH_FOLDER}: bind '{{path}}' (vm.shareRoot) instead`,
      configureShareRoot: `${NO_SUCH_FOLDER}; ${CONFIGURE_SHARE_ROOT} (for example '{{path}}' instead of '${HCS_SHARES}/{{share}}')`,
    },
  },
  create: ({ vm, report }) => {
    const root = shareRootOf(vm);
    return {
      module(mod, facts) {
        const found: ShareBind[] = [];
        for (const b of facts.binds) {
          if (typeof b.value !== "string") continue;
          const spec = b.value;
          const colon = spec.indexOf(":");
          const source = colon < 0 ? spec : spec.slice(0, colon);
          const share = hcsSharePath(source);
          if (share !== undefined) found.push({ node: b, source, rest: share.rest, rewrite: (r) => inShareRoot(r, share.rest) + (colon < 0 ? "" : spec.slice(colon)) });
        }
        for (const m of facts.mounts) {
          const type = m.type?.value;
          const source = m.source?.value;
          if (typeof type !== "string" || type.toLowerCase() !== "bind" || typeof source !== "string") continue;
          const share = hcsSharePath(source);
          if (share !== undefined) found.push({ node: m.source!, source, rest: share.rest, rewrite: (r) => inShareRoot(r, share.rest) });
        }
        for (const f of found) {
          if (root !== undefined) {
            const edit: Edit = { op: "set", node: f.node, value: f.rewrite(root) };
            report({ node: f.node, part: "value", module: mod, messageId: "bindShareRoot", data: { source: f.source, path: inShareRoot(root, f.rest) }, fix: [edit] });
          } else {
            const guess = f.rewrite(SUGGESTED_SHARE_ROOT);
            report({
              node: f.node,
              part: "value",
              module: mod,
              messageId: "configureShareRoot",
              data: { source: f.source, path: inShareRoot(SUGGESTED_SHARE_ROOT, f.rest), share: f.rest },
              suggestions: [{ message: `Bind '${inShareRoot(SUGGESTED_SHARE_ROOT, f.rest)}' (mount the share there in the VM)`, edits: [{ op: "set", node: f.node, value: guess }] }],
            });
          }
        }
      },
    };
  },
};

export default rule;
