/**
 * What every object of a module shares (as docs/render.md describes the agent): its Kubernetes name, the labels
 * the agent selects on, and the annotations made from createOptions.Labels.
 */
import { sanitizeAnnotationKey } from "../../rules/_k8s-annotations.js";
import { isDns1035Label, isDns1123Label, k8sName } from "../model/k8s-names.js";
import type { JNode } from "../model/node.js";
import type { ModuleContext } from "./context.js";
import { formatPath } from "./paths.js";
import type { K8sObject, ModuleSettings } from "./types.js";

export const ORIGINAL_ID = "net.azure-devices.edge.original-moduleid";

export interface Identity {
  /** `SanitizeK8sValue(module name)`: Deployment, container, Service and ServiceAccount name */
  name: string;
  /** the module's path in the manifest */
  from: string;
  labels: Record<string, string>;
  /** createOptions.Labels as annotation keys (pod template and Service) */
  annotations: Record<string, string>;
  labelsNode: JNode | undefined;
  namespace: string;
}

/** `KubeUtils.SanitizeLabelValue`: lowercase, trimmed to alphanumeric ends, [a-z0-9._-] kept. */
function labelValue(s: string): string {
  const trimmed = s.toLowerCase().replace(/^[^a-z0-9]+/, "").replace(/[^a-z0-9]+$/, "");
  return trimmed.replace(/[^a-z0-9._-]/g, "").slice(0, 63);
}

export function moduleIdentity(ctx: ModuleContext, s: ModuleSettings): Identity {
  const name = k8sName(ctx.mod.name);
  const labels = { "net.azure-devices.edge.module": name, "net.azure-devices.edge.deviceid": labelValue(s.deviceId), "net.azure-devices.edge.hub": labelValue(s.iotHubHostname) };
  const annotations: Record<string, string> = {};
  const labelsNode = ctx.mod.createOptions.root?.get("Labels");
  for (const l of labelsNode?.isObject ? labelsNode.withCase(false).entries() : []) {
    const key = sanitizeAnnotationKey(l.key!);
    if (!key.ok) {
      ctx.note(l, ["label-key"], `Labels ${JSON.stringify(l.key)} cannot be an annotation key (${key.reason}): the agent rejects the module`);
      continue;
    }
    annotations[key.key] = typeof l.value === "string" ? l.value : JSON.stringify(l.value);
  }
  return { name, from: formatPath(ctx.mod.node.path), labels, annotations, labelsNode, namespace: s.namespace };
}

/** Object metadata: name, namespace and the module's labels. */
export function metadata(id: Identity, name: string): K8sObject["metadata"] {
  return { name, namespace: id.namespace, labels: { ...id.labels } };
}

/** What the agent or the API server does with the module's Kubernetes name. */
export function noteNames(ctx: ModuleContext, name: string): void {
  if (!isDns1123Label(name)) ctx.note(undefined, ["module-name"], `the Kubernetes name ${JSON.stringify(name)} is not a DNS-1123 label (at most 63 characters): the API server rejects the container and the label`);
  else if (!isDns1035Label(name)) ctx.noteIfReported(undefined, ["module-name"], `the Kubernetes name ${JSON.stringify(name)} does not start with a letter: the API server rejects the Service`);
  ctx.noteIfReported(undefined, ["reserved-module-name"], `the Kubernetes name ${JSON.stringify(name)} is already used by the IoT Edge runtime`);
  ctx.noteIfReported(undefined, ["module-name-collision"], `another module also becomes ${JSON.stringify(name)}: the agent rejects the whole deployment`);
  if (!ctx.mod.system && !ctx.mod.placeholderName && name !== ctx.mod.name && isDns1123Label(name)) {
    ctx.note(undefined, ["module-name", "inter-module-container-port"], `${JSON.stringify(ctx.mod.name)} becomes ${JSON.stringify(name)}: other modules reach it as ${name}, routes and twins keep ${JSON.stringify(ctx.mod.name)}`);
  }
}
