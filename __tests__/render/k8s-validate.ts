/**
 * Validation of rendered objects for the tests: the OpenAPI schemas of the `kubernetes-models`
 * package (types, required fields, enums; a failure there is a render bug), plus the API server's
 * own checks that a schema cannot express (names, unique port and volume names, env names, mixed
 * protocols on a load balancer), which a manifest can trigger and the linter must report.
 */
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { PersistentVolumeClaim } from "kubernetes-models/v1/PersistentVolumeClaim";
import { Service } from "kubernetes-models/v1/Service";
import { ServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import type { K8sObject } from "../../src/render/index.js";

/** Schema errors (kubernetes-models `validate()`), or undefined. */
export function schemaErrors(o: K8sObject): string | undefined {
  const model =
    o.kind === "Deployment" ? new Deployment(o as never) : o.kind === "Service" ? new Service(o as never) : o.kind === "PersistentVolumeClaim" ? new PersistentVolumeClaim(o as never) : o.kind === "ServiceAccount" ? new ServiceAccount(o as never) : undefined;
  if (model === undefined) return `unknown kind ${o.kind}`;
  try {
    model.validate();
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

export type ApiProblem = "pvc-size" | "lb-ip" | "name" | "label" | "service-name" | "port-names" | "volume-names" | "mount-refs" | "env-name" | "mixed-protocols";

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
/** a template placeholder kept in a value: the real value is not known */
const PLACEHOLDER = /\$\{|\$[A-Za-z_]|__[A-Za-z0-9_]+__|\{\{|<[^<>]+>|#[A-Z][A-Z0-9_]*#|%[A-Za-z_]/;

const label = (s: string) => s.length <= 63 && DNS1123_LABEL.test(s);

/** What the API server would reject in an object (the checks `kubectl apply --dry-run=server` makes that matter here). */
export function apiServerProblems(o: K8sObject): ApiProblem[] {
  const out = new Set<ApiProblem>();
  const name = o.metadata.name;
  if (o.kind === "Service") {
    if (!(name.length <= 63 && DNS1035_LABEL.test(name))) out.add("service-name");
  } else if (!(name.length <= 253 && DNS1123_SUBDOMAIN.test(name))) out.add("name");
  for (const v of Object.values((o.metadata.labels ?? {}) as Record<string, string>)) if (!(v.length <= 63 && LABEL_VALUE.test(v))) out.add("label");
  const spec = (o.spec ?? {}) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (o.kind === "Service") {
    const ports = (spec.ports ?? []) as { name: string; protocol: string }[];
    const names = ports.map((p) => p.name);
    if (new Set(names).size !== names.length || names.some((n) => !label(n))) out.add("port-names");
    if (spec.type === "LoadBalancer" && new Set(ports.map((p) => p.protocol)).size > 1) out.add("mixed-protocols");
    if (spec.loadBalancerIP !== undefined && spec.type !== "LoadBalancer") out.add("lb-ip");
  }
  if (o.kind === "PersistentVolumeClaim" && /^0+(Mi)?$/.test(String(spec.resources?.requests?.storage))) out.add("pvc-size");
  if (o.kind === "Deployment") {
    const pod = spec.template.spec;
    const volumes = ((pod.volumes ?? []) as { name: string }[]).map((v) => v.name);
    if (new Set(volumes).size !== volumes.length || volumes.some((n) => !label(n))) out.add("volume-names");
    for (const c of pod.containers as { name: string; env?: { name: string }[]; volumeMounts?: { name: string }[] }[]) {
      if (!label(c.name)) out.add("name");
      for (const e of c.env ?? []) if (!ENV_NAME.test(e.name) && !PLACEHOLDER.test(e.name)) out.add("env-name");
      for (const m of c.volumeMounts ?? []) if (!volumes.includes(m.name)) out.add("mount-refs");
    }
  }
  return [...out];
}

/** The rules that report a manifest which makes each problem. */
export const RULES_FOR: Record<ApiProblem, string[]> = {
  // the agent's setting, not the manifest: a render with a size has none
  "pvc-size": [],
  "lb-ip": ["service-options"],
  name: ["module-name"],
  label: ["module-name"],
  "service-name": ["module-name"],
  "port-names": ["duplicate-host-port"],
  "volume-names": ["volume-name-collision", "k8s-experimental-shape"],
  "mount-refs": ["k8s-experimental-shape"],
  "env-name": ["env-name-colon", "env-name-invalid"],
  "mixed-protocols": ["mixed-tcp-udp-ports"],
};
