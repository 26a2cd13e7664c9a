/**
 * PersistentVolumeClaims (as docs/render.md describes the agent): the agent makes one per Mounts entry of Type
 * volume only when it has a StorageClassName; without one, the pod waits for a claim of that name.
 */
import type { ModuleContext } from "./context.js";
import { metadata, type Identity } from "./identity.js";
import type { K8sObject, ModuleSettings, RenderedObject } from "./types.js";
import type { ModuleVolumes } from "./volumes.js";

export function buildClaims(ctx: ModuleContext, id: Identity, s: ModuleSettings, vols: ModuleVolumes): RenderedObject[] {
  const from = id.from;
  const pvcs: RenderedObject[] = [];
  if (s.storageClass !== undefined) {
    for (const cl of vols.claims) {
      if (pvcs.some((p) => p.name === cl.name)) continue;
      const pvc: K8sObject = {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: metadata(id, cl.name),
        spec: { accessModes: [cl.readOnly ? "ReadOnlyMany" : "ReadWriteMany"], resources: { requests: { storage: `${s.pvcSizeMb}Mi` } }, storageClassName: s.storageClass },
      };
      const fields = [{ field: ["metadata", "name"], from: ctx.path(cl.node) }];
      pvcs.push({ kind: "PersistentVolumeClaim", name: cl.name, object: pvc, from, fields: [...fields, { field: ["spec", "resources"], from: "the agent's PersistentVolumeClaimDefaultSizeInMb" }] });
    }
    if (pvcs.length > 0 && s.pvcSizeMb === 0) {
      ctx.notes.push({ info: true, message: "the claims request 0Mi (the agent's PersistentVolumeClaimDefaultSizeInMb is not set): the API server rejects a claim of size 0", from: "" });
    }
  } else {
    for (const cl of vols.claims) {
      if (vols.claims.find((o) => o.name === cl.name) !== cl) continue;
      ctx.notes.push({ info: true, message: `no PersistentVolumeClaim is created for ${cl.name} (the agent has no StorageClassName): the pod stays Pending until a claim of that name exists (on Azure Stack Edge, a share with Edge compute enabled)`, from: ctx.path(cl.node) });
    }
  }
  return pvcs;
}
