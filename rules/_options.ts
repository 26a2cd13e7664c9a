/** Shared readers for the createOptions rules of pack I-A (mounts, service options, generic emptiness). */
import type { JNode, Module } from "../src/rule-api.js";
import { k8sExperimental, perModule } from "./_facts.js";
import { bindsOf, mountsOf as mountEntriesOf } from "./_mounts.js";

export interface MountRef {
  /** the Binds element or the Mounts entry */
  node: JNode;
  from: "Binds" | "Mounts";
  /** lower-case Type of a Mounts entry (`bind` for Binds) */
  type: string | undefined;
  /** host path (Binds) or Source member (Mounts) */
  source: string | undefined;
  sourceNode: JNode | undefined;
  target: string | undefined;
}

/** Every Binds element and Mounts entry of a module, as the agent reads them (§1.3; shared: read-only). */
export const mountsOf = perModule((mod: Module): readonly MountRef[] => {
  const out: MountRef[] = [];
  for (const b of bindsOf(mod)) {
    if (typeof b.value !== "string") continue;
    const parts = b.value.split(":");
    out.push({ node: b, from: "Binds", type: "bind", source: parts[0], sourceNode: undefined, target: parts[1] });
  }
  for (const m of mountEntriesOf(mod)) {
    if (!m.node.isObject) continue;
    const t = m.type?.value;
    const s = m.source;
    const tg = m.target?.value;
    out.push({
      node: m.node,
      from: "Mounts",
      type: typeof t === "string" ? t.toLowerCase() : undefined,
      source: typeof s?.value === "string" ? s.value : undefined,
      sourceNode: s,
      target: typeof tg === "string" ? tg : undefined,
    });
  }
  return out;
});

/** `k8s-experimental.serviceOptions` (any case inside the section), when it is present. */
export function serviceOptionsOf(mod: Module): JNode | undefined {
  return k8sExperimental(mod)?.get("serviceOptions");
}

/** The service type the module's options ask for (lower case), when given as a string. */
export function serviceTypeOf(mod: Module): string | undefined {
  const t = serviceOptionsOf(mod)?.get("type")?.value;
  return typeof t === "string" ? t.toLowerCase() : undefined;
}

/** A value that sets nothing: null, false, 0, "", [] or an object of such values (Docker's defaults). */
export function isEmptyValue(v: unknown): boolean {
  if (v === null || v === false || v === 0 || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === "object") return Object.values(v as Record<string, unknown>).every(isEmptyValue);
  return false;
}
