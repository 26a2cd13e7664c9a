import { hasPlaceholder, moduleLabel, type Edit, type Rule } from "../src/rule-api.js";
import { mountsOf } from "./_mounts.js";
import { SUGGESTED_SHARE_ROOT, CONFIGURE_SHARE_ROOT, hcsSharePath, inShareRoot, shareRootOf } from "./_vm.js";
import { shareNameProblem } from "./volume-mount-share-name.js";

/**
 * V5, the Kubernetes trap: `{"Type": "volume", "Source": "<share>"}` is an Azure Stack Edge share on
 * the Kubernetes target (F3) but a new, empty, local named volume on Docker.
 */
const rule: Rule = {
  meta: {
    id: "vm-share-volume",
    severity: "error",
    facts: ["F2", "F3", "V4", "V5"],
    description: "A Mounts entry of Type volume whose Source names a share (as the Kubernetes target writes it): an empty local Docker volume in the VM; the fix binds <vm.shareRoot>/<share> when shareRoot is configured, else a suggestion.",
    repair: "fix",
    targets: ["vm"],
  },
  check({ manifest, vm, report }) {
    const root = shareRootOf(vm);
    for (const mod of manifest.modules) {
      for (const m of mountsOf(mod)) {
        const type = m.type?.value;
        const source = m.source?.value;
        if (typeof type !== "string" || type.toLowerCase() !== "volume" || typeof source !== "string" || hasPlaceholder(source)) continue;
        const hcs = hcsSharePath(source);
        const share = hcs !== undefined ? hcs.rest : source;
        if (share === "" || (hcs === undefined && shareNameProblem(source) !== undefined)) continue;
        const base = `${moduleLabel(mod)}: a Type volume mount with Source '${source}' is an Azure Stack Edge share on the Kubernetes target, but on IoT Edge in a VM (Docker) it is a new, empty, local Docker volume: the module would silently lose its data`;
        const edits = (r: string): Edit[] => {
          const out: Edit[] = [
            { op: "set", node: m.type!, value: type === type.toUpperCase() ? "BIND" : type[0] === "V" ? "Bind" : "bind" },
            { op: "set", node: m.source!, value: inShareRoot(r, share) },
          ];
          const volumeOptions = m.node.get("VolumeOptions");
          if (volumeOptions !== undefined) out.push({ op: "remove", node: volumeOptions });
          return out;
        };
        // VolumeOptions (a volume driver, labels) say the author meant a Docker volume: a person decides
        const certain = root !== undefined && m.node.get("VolumeOptions") === undefined;
        if (certain) {
          report({ node: m.source!, part: "value", module: mod, message: `${base}; mount the share in the VM and bind it: {Type: bind, Source: '${inShareRoot(root, share)}'} (vm.shareRoot)`, fix: edits(root) });
          continue;
        }
        const r = root ?? SUGGESTED_SHARE_ROOT;
        const how = root === undefined ? `; mount the share in the VM and bind it from there (${CONFIGURE_SHARE_ROOT})` : `; it has VolumeOptions, so check whether it is a share: if so, bind '${inShareRoot(r, share)}'`;
        report({
          node: m.source!,
          part: "value",
          module: mod,
          message: base + how,
          suggestions: [{ message: `Bind the share from '${inShareRoot(r, share)}' (mount it there in the VM)`, edits: edits(r) }],
        });
      }
    }
  },
};

export default rule;
