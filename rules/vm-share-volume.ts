import { hasPlaceholder, valueIgnoreCase, type Edit, type Manifest, type Rule, type RuleContext } from "../src/rule-api.js";
import { SUGGESTED_SHARE_ROOT, CONFIGURE_SHARE_ROOT, hcsSharePath, inShareRoot, shareRootOf } from "./_vm.js";
import { shareNameProblem } from "./volume-mount-share-name.js";

/**
 * V5, the Kubernetes trap: `{"Type": "volume", "Source": "<share>"}` is an Azure Stack Edge share on
 * the Kubernetes target (F3) but a new, empty, local named volume on Docker.
 */
/**
 * Does the manifest show that it was written for Azure Stack Edge (the Kubernetes target or the FPGA
 * device), where a volume Source is a share? A `k8s-experimental` section or a `/home/hcsshares`
 * path anywhere. Without that, a volume is more likely a Docker named volume on purpose.
 */
function writtenForAse(manifest: Manifest, factsOf: RuleContext["facts"]): boolean {
  return manifest.modules.some((mod) => {
    const facts = factsOf(mod);
    if (facts.k8sExperimentalSections.length > 0) return true;
    return (
      facts.binds.some((b) => typeof b.value === "string" && hcsSharePath(b.value.split(":")[0]!) !== undefined) ||
      facts.mounts.some((m) => typeof m.source?.value === "string" && hcsSharePath(m.source.value) !== undefined)
    );
  });
}

const SHARE_LOST =
  "a Type volume mount with Source '{{source}}' is an Azure Stack Edge share on the Kubernetes target, but on IoT Edge in a VM (Docker) it is a new, empty, local Docker volume: the module would silently lose its data";
const IF_SHARE =
  "if '{{source}}' is meant as an Azure Stack Edge share (as on the Kubernetes target), note that on IoT Edge in a VM (Docker) a Type volume mount is a new, empty, local Docker volume, so the module would not see the share's data";

const rule: Rule = {
  meta: {
    id: "vm-share-volume",
    severity: "error",
    facts: ["F2", "F3", "V4", "V5"],
    description: "A Mounts entry of Type volume whose Source names a share (as the Kubernetes target writes it): an empty local Docker volume in the VM; the fix binds <vm.shareRoot>/<share> when shareRoot is configured, else a suggestion.",
    repair: "fix",
    targets: ["vm"],
    messages: {
      bindShare: `${SHARE_LOST}; mount the share in the VM and bind it: {Type: bind, Source: '{{path}}'} (vm.shareRoot)`,
      configureShareRoot: `${SHARE_LOST}; mount the share in the VM and bind it from there (${CONFIGURE_SHARE_ROOT})`,
      checkVolumeOptions: `${SHARE_LOST}; it has VolumeOptions, so check whether it is a share: if so, bind '{{path}}'`,
      likelyDockerVolume: `${IF_SHARE}; nothing else in this manifest is written for Azure Stack Edge, so it is likely a Docker volume on purpose; if it is a share, mount it in the VM and bind it from there`,
    },
  },
  create: ({ manifest, vm, report, facts: factsOf }) => {
    const root = shareRootOf(vm);
    let ase: boolean | undefined;
    return {
      module(mod, facts) {
        for (const m of facts.mounts) {
          const type = m.type?.value;
          const source = m.source?.value;
          if (typeof type !== "string" || type.toLowerCase() !== "volume" || typeof source !== "string" || hasPlaceholder(source)) continue;
          const hcs = hcsSharePath(source);
          const share = hcs !== undefined ? hcs.rest : source;
          if (share === "" || (hcs === undefined && shareNameProblem(source) !== undefined)) continue;
          ase ??= writtenForAse(manifest, factsOf);
          // a share path as a volume Source is Azure Stack Edge's own spelling
          const shareMeant = ase || hcs !== undefined;
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
          const certain = shareMeant && root !== undefined && valueIgnoreCase(m.node.value, "volumeoptions") === undefined;
          if (certain) {
            report({ node: m.source!, part: "value", module: mod, messageId: "bindShare", data: { source, path: inShareRoot(root, share) }, fix: edits(root) });
            continue;
          }
          const r = root ?? SUGGESTED_SHARE_ROOT;
          const messageId = !shareMeant ? "likelyDockerVolume" : root === undefined ? "configureShareRoot" : "checkVolumeOptions";
          report({
            node: m.source!,
            part: "value",
            module: mod,
            ...(shareMeant ? {} : { severity: "info" as const }),
            messageId,
            data: { source, path: inShareRoot(r, share) },
            suggestions: [{ message: `Bind the share from '${inShareRoot(r, share)}' (mount it there in the VM)`, edits: edits(r) }],
          });
        }
      },
    };
  },
};

export default rule;
