/**
 * `createOptions["k8s-experimental"]` as the agent reads it (as docs/render.md describes the agent): only the exact
 * lowercase key, only an object; its keys and the members of the Kubernetes types under them match
 * ignoring case (Newtonsoft), unknown members are dropped; the result is written with the API's names.
 */
import { isPlainObject, type JNode } from "../model/node.js";
import type { ModuleContext } from "./context.js";

const KNOWN = ["nodeSelector", "resources", "volumes", "securityContext", "serviceOptions", "strategy"] as const;
export type ExperimentalKey = (typeof KNOWN)[number];

/** V1PodSecurityContext members (client of the 1.1 k8s agent). */
const POD_SECURITY_CONTEXT = ["fsGroup", "fsGroupChangePolicy", "runAsGroup", "runAsNonRoot", "runAsUser", "seLinuxOptions", "seccompProfile", "supplementalGroups", "sysctls", "windowsOptions"];
const STRATEGY = ["type", "rollingUpdate"];
const ROLLING_UPDATE = ["maxSurge", "maxUnavailable"];
const RESOURCES = ["limits", "requests"];
const VOLUME_SPEC = ["volume", "volumeMounts"];
const VOLUME_MOUNT = ["mountPath", "mountPropagation", "name", "readOnly", "subPath", "subPathExpr"];
const SERVICE_OPTIONS = ["type", "loadBalancerIP"];

export interface Experimental {
  node: JNode;
  /** each known section present, by its API name */
  sections: Partial<Record<ExperimentalKey, JNode>>;
}

/** The section, when the agent reads one; notes what it ignores. */
export function readExperimental(ctx: ModuleContext): Experimental | undefined {
  const root = ctx.mod.createOptions.root;
  if (root === undefined) return undefined;
  for (const m of root.entries()) {
    if (m.key !== "k8s-experimental" && m.key!.toLowerCase() === "k8s-experimental") {
      ctx.note(m, ["k8s-experimental-shape"], `"${m.key}" is not the exact key "k8s-experimental": the agent ignores this section`);
    }
  }
  const x = root.getExact("k8s-experimental");
  if (x === undefined) return undefined;
  if (!x.isObject) {
    ctx.note(x, ["k8s-experimental-shape"], "k8s-experimental is not an object: the agent ignores it");
    return undefined;
  }
  const sections: Experimental["sections"] = {};
  for (const m of x.withCase(false).entries()) {
    const known = KNOWN.find((k) => k.toLowerCase() === m.key!.toLowerCase());
    if (known === undefined) {
      ctx.note(m, ["service-options", "k8s-experimental-shape"], `k8s-experimental.${m.key} is not a key the agent knows: it is skipped`);
      continue;
    }
    // Newtonsoft: the last spelling wins
    sections[known] = m;
  }
  return { node: x, sections };
}

/** Copy an object keeping only `members` (matched ignoring case, written with their API names); report what is dropped. */
export function canonical(node: JNode, members: readonly string[], dropped: (m: JNode) => void): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of node.withCase(false).entries()) {
    const name = members.find((k) => k.toLowerCase() === m.key!.toLowerCase());
    if (name === undefined) dropped(m);
    else out[name] = m.value;
  }
  return out;
}

export function podSecurityContext(ctx: ModuleContext, node: JNode): Record<string, unknown> | undefined {
  if (!node.isObject) return undefined;
  return canonical(node, POD_SECURITY_CONTEXT, (m) =>
    ctx.note(m, ["security-context-container-keys"], `k8s-experimental.securityContext.${m.key} is not a pod security context field: it is silently lost`),
  );
}

export function strategy(ctx: ModuleContext, node: JNode): Record<string, unknown> | undefined {
  if (!node.isObject) return undefined;
  const lost = (m: JNode) => ctx.note(m, ["k8s-experimental-shape", "recreate-strategy"], `${ctx.path(m)} is not a deployment strategy field: it is dropped`);
  const out = canonical(node, STRATEGY, lost);
  const ru = node.withCase(false).entries().find((m) => m.key!.toLowerCase() === "rollingupdate");
  if (ru !== undefined && ru.isObject) out.rollingUpdate = canonical(ru, ROLLING_UPDATE, lost);
  return out;
}

export function resources(ctx: ModuleContext, node: JNode): Record<string, unknown> | undefined {
  if (!node.isObject) return undefined;
  return canonical(node, RESOURCES, (m) => ctx.note(m, ["k8s-experimental-shape"], `k8s-experimental.resources.${m.key} is not a resources field: it is dropped`));
}

/** nodeSelector values become .NET strings: a JSON true is "True". */
export function nodeSelector(node: JNode): Record<string, string> | undefined {
  if (!isPlainObject(node.value)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(node.value)) {
    if (v === null) continue;
    out[k] = typeof v === "boolean" ? (v ? "True" : "False") : typeof v === "string" ? v : JSON.stringify(v);
  }
  return out;
}

export interface ExtraVolume {
  node: JNode;
  volume: Record<string, unknown> | undefined;
  mounts: { node: JNode; mount: Record<string, unknown> }[];
}

/** `k8s-experimental.volumes`: each `{volume, volumeMounts}`, passed through. */
export function extraVolumes(ctx: ModuleContext, node: JNode): ExtraVolume[] {
  const out: ExtraVolume[] = [];
  for (const item of node.items()) {
    if (!item.isObject) continue;
    const spec = { volume: undefined as JNode | undefined, volumeMounts: undefined as JNode | undefined };
    canonical(item, VOLUME_SPEC, (m) => ctx.note(m, ["k8s-experimental-shape"], `${ctx.path(m)} is not a volume spec field: it is dropped`));
    for (const m of item.withCase(false).entries()) {
      if (m.key!.toLowerCase() === "volume") spec.volume = m;
      if (m.key!.toLowerCase() === "volumemounts") spec.volumeMounts = m;
    }
    const ev: ExtraVolume = { node: item, volume: spec.volume?.isObject ? (spec.volume.value as Record<string, unknown>) : undefined, mounts: [] };
    for (const vm of spec.volumeMounts?.items() ?? []) {
      if (!vm.isObject) continue;
      ev.mounts.push({ node: vm, mount: canonical(vm, VOLUME_MOUNT, (m) => ctx.note(m, ["k8s-experimental-shape"], `${ctx.path(m)} is not a volume mount field: it is dropped`)) });
    }
    out.push(ev);
  }
  return out;
}

export interface ServiceOptions {
  type?: "ClusterIP" | "LoadBalancer" | "NodePort";
  typeNode?: JNode;
  loadBalancerIP?: string;
  ipNode?: JNode;
}

/** `serviceOptions`: the type parsed ignoring case against ClusterIP/LoadBalancer/NodePort; other values are dropped. */
export function serviceOptions(ctx: ModuleContext, node: JNode): ServiceOptions {
  const out: ServiceOptions = {};
  if (!node.isObject) return out;
  canonical(node, SERVICE_OPTIONS, (m) => ctx.note(m, ["k8s-experimental-shape", "service-options"], `${ctx.path(m)} is not a service option: it is dropped`));
  for (const m of node.withCase(false).entries()) {
    const k = m.key!.toLowerCase();
    if (k === "type") {
      const t = typeof m.value === "string" ? (["ClusterIP", "LoadBalancer", "NodePort"] as const).find((x) => x.toLowerCase() === (m.value as string).trim().toLowerCase()) : undefined;
      if (t === undefined) ctx.note(m, ["service-options"], `serviceOptions.type ${JSON.stringify(m.value)} is not ClusterIP, LoadBalancer or NodePort: the agent drops it and uses the default type`);
      else {
        out.type = t;
        out.typeNode = m;
      }
    } else if (k === "loadbalancerip" && typeof m.value === "string") {
      out.loadBalancerIP = m.value;
      out.ipNode = m;
    }
  }
  return out;
}
