/**
 * One module's objects, as the agent's mappers build them (as docs/render.md describes the agent), in the
 * order to apply them: PersistentVolumeClaims, ServiceAccount, Service, Deployment. See
 * docs/render.md for what is left out (proxy sidecar, IOTEDGE_* env, pull secrets, owners).
 */
import { k8sName } from "../model/k8s-names.js";
import { buildClaims } from "./claims.js";
import type { ModuleContext } from "./context.js";
import { buildDeployment } from "./deployment.js";
import { readExperimental } from "./experimental.js";
import { ORIGINAL_ID, metadata, moduleIdentity, noteNames } from "./identity.js";
import { noteIgnoredOptions, noteModuleFields } from "./ignored.js";
import { formatPath } from "./paths.js";
import { buildService } from "./service.js";
import type { K8sObject, ModuleSettings, RenderedModule, RenderedObject } from "./types.js";

export function renderModule(ctx: ModuleContext, s: ModuleSettings): RenderedModule {
  const { mod } = ctx;
  const co = mod.createOptions;
  if (co.error !== undefined) {
    ctx.note(co.error.node, ["invalid-create-options"], `createOptions cannot be read (${co.error.message}): the agent fails the module and creates nothing for it`);
    return { module: mod.name, name: k8sName(mod.name), system: mod.system, from: formatPath(mod.node.path), objects: [], notes: ctx.notes };
  }
  noteNames(ctx, k8sName(mod.name));
  const id = moduleIdentity(ctx, s);
  noteIgnoredOptions(ctx);
  noteModuleFields(ctx);
  const sec = readExperimental(ctx)?.sections ?? {};
  const service = buildService(ctx, id, s, sec);
  const { deployment, vols } = buildDeployment(ctx, id, s, sec);
  const claims = buildClaims(ctx, id, s, vols);
  const sa: K8sObject = { apiVersion: "v1", kind: "ServiceAccount", metadata: { ...metadata(id, id.name), annotations: { [ORIGINAL_ID]: mod.name } } };
  const account: RenderedObject = { kind: "ServiceAccount", name: id.name, object: sa, from: id.from, fields: [] };
  const objects = [...claims, account, ...(service === undefined ? [] : [service]), deployment];
  return { module: mod.name, name: id.name, system: mod.system, from: id.from, objects, notes: ctx.notes };
}
