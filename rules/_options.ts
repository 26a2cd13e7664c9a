/** Shared readers for the createOptions rules of pack I-A (mounts, service options, generic emptiness). */
import { defineFact, type JNode, type ModuleFacts } from "../src/rule-api.js";

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
const mountRefs = defineFact("mountRefs", (facts): readonly MountRef[] => {
  const out: MountRef[] = [];
  for (const b of facts.binds) {
    if (typeof b.value !== "string") continue;
    const parts = b.value.split(":");
    out.push({ node: b, from: "Binds", type: "bind", source: parts[0], sourceNode: undefined, target: parts[1] });
  }
  for (const m of facts.mounts) {
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

/** Every Binds element and Mounts entry of a module, as the agent reads them (shared: read-only). */
export function mountsOf(facts: ModuleFacts): readonly MountRef[] {
  return facts.get(mountRefs);
}

/** `k8s-experimental.serviceOptions` (any case inside the section), when it is present. */
export function serviceOptionsOf(facts: ModuleFacts): JNode | undefined {
  return facts.k8sExperimental?.get("serviceOptions");
}

/** The service type the module's options ask for (lower case), when given as a string. */
export function serviceTypeOf(facts: ModuleFacts): string | undefined {
  const t = serviceOptionsOf(facts)?.get("type")?.value;
  return typeof t === "string" ? t.toLowerCase() : undefined;
}

/** A value that sets nothing: null, false, 0, "", [] or an object of such values (Docker's defaults). */
export function isEmptyValue(v: unknown): boolean {
  if (v === null || v === false || v === 0 || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === "object") return Object.values(v as Record<string, unknown>).every(isEmptyValue);
  return false;
}
