import { dnsLabelFromSource, hasPlaceholder, type JNode, type Rule } from "../src/rule-api.js";

interface VolumeSource {
  /** where to point: the bind string or the mount's Source */
  node: JNode;
  kind: "hostPath" | "claim";
  source: string;
  /** a Binds entry whose source is a name, not a path (a Docker named volume) */
  namedBind?: boolean;
}

/**
 * §1.6: the agent names each module volume `SanitizeDNSLabel(source)` and groups volumes by that
 * name, so two different sources with the same name silently share one volume.
 */
const rule: Rule = {
  meta: {
    id: "volume-name-collision",
    severity: "error",
    facts: ["§1.5", "§1.6"],
    description: "Two different Binds/Mounts sources of one module that become the same Kubernetes volume name.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      sameVolumeName:
        "{{source}} and {{other}} both become the Kubernetes volume name '{{name}}', so this mount silently uses the other one's storage; rename one of them so that their lowercase letters, digits and '-' differ",
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      const sources: VolumeSource[] = [];
      for (const b of facts.binds) {
        if (typeof b.value !== "string") continue;
        const parts = b.value.split(":");
        if (parts.length < 2 || hasPlaceholder(parts[0]!)) continue;
        // the agent reads every Binds source as a host path (§1.6), a Docker named volume too: beside a
        // volume mount of that name it makes two pod volumes of one name
        sources.push({ node: b, kind: "hostPath", source: parts[0]!, ...(parts[0]!.startsWith("/") ? {} : { namedBind: true }) });
      }
      for (const m of facts.mounts) {
        const t = m.type?.value;
        const s = m.source?.value;
        if (typeof t !== "string" || typeof s !== "string" || hasPlaceholder(s)) continue;
        const kind = t.toLowerCase() === "bind" ? "hostPath" : t.toLowerCase() === "volume" ? "claim" : undefined;
        if (kind === undefined) continue;
        sources.push({ node: m.source!, kind, source: s });
      }
      // one source has nothing to collide with
      if (sources.length < 2) return;
      const first = new Map<string, VolumeSource>();
      for (const v of sources) {
        const name = dnsLabelFromSource(v.source);
        if (name === "") continue;
        const prev = first.get(name);
        if (prev === undefined) {
          first.set(name, v);
          continue;
        }
        if (prev.kind === v.kind && prev.source === v.source) continue;
        const what = (x: VolumeSource) =>
          x.namedBind ? `Binds source '${x.source}' (a named volume on Docker, a host path for the Kubernetes agent)` : `${x.kind === "hostPath" ? "host path" : "volume"} '${x.source}'`;
        report({
          node: v.node,
          part: "value",
          module: mod,
          messageId: "sameVolumeName",
          data: { source: what(v), other: what(prev), name },
        });
      }
    },
  }),
};

export default rule;
