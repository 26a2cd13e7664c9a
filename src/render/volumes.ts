/**
 * Volumes and mounts (as docs/render.md describes the agent): Binds and Mounts of Type bind become
 * hostPath volumes (DirectoryOrCreate), Mounts of Type volume a persistentVolumeClaim volume named
 * after the sanitized Source (and a PVC when the agent has a StorageClassName), then the
 * k8s-experimental volumes as they are. Other mount types are not mounted.
 */
import { dnsLabelFromSource, isDns1123Label } from "../model/k8s-names.js";
import type { JNode } from "../model/node.js";
import type { ModuleContext } from "./context.js";
import { extraVolumes } from "./experimental.js";

export interface Volume {
  volume: Record<string, unknown>;
  node: JNode;
}

export interface VolumeMount {
  mount: Record<string, unknown>;
  node: JNode;
}

export interface Claim {
  name: string;
  readOnly: boolean;
  node: JNode;
  source: string;
}

export interface ModuleVolumes {
  volumes: Volume[];
  mounts: VolumeMount[];
  /** Mounts of Type volume: the claims the pod needs */
  claims: Claim[];
}

function mountEntry(target: string, name: string, readOnly: boolean): Record<string, unknown> {
  const m: Record<string, unknown> = { name, mountPath: target };
  if (readOnly) m.readOnly = true;
  return m;
}

/** `SanitizeDNSLabel`, or undefined (and a note) where the agent throws. */
function volumeName(ctx: ModuleContext, node: JNode, source: string): string | undefined {
  const name = dnsLabelFromSource(source);
  if (name === "" || name.length > 63) {
    ctx.note(node, ["volume-mount-share-name", "no-host-binds"], `${JSON.stringify(source)} makes ${name === "" ? "an empty" : "a too long"} volume name: the agent rejects the module`);
    return undefined;
  }
  return name;
}

/** What a volume stores in (its read-only flag aside). */
function storageOf(v: Record<string, unknown>): string {
  const claim = v.persistentVolumeClaim as { claimName?: unknown } | undefined;
  return JSON.stringify(claim !== undefined ? { claim: claim.claimName } : { ...v, name: undefined });
}

export function moduleVolumes(ctx: ModuleContext, extra: JNode | undefined): ModuleVolumes {
  const out: ModuleVolumes = { volumes: [], mounts: [], claims: [] };
  for (const b of ctx.facts.binds) {
    if (typeof b.value !== "string") continue;
    const parts = b.value.split(":");
    if (parts.length < 2) {
      ctx.note(b, ["no-host-binds"], `Binds ${JSON.stringify(b.value)} has no container path: the agent drops it`);
      continue;
    }
    const name = volumeName(ctx, b, parts[0]!);
    if (name === undefined) continue;
    ctx.note(b, ["no-host-binds"], `Binds ${JSON.stringify(b.value)} becomes a hostPath volume on the node (DirectoryOrCreate): the directory is node-local, not a share`);
    out.volumes.push({ volume: { name, hostPath: { path: parts[0], type: "DirectoryOrCreate" } }, node: b });
    out.mounts.push({ mount: mountEntry(parts[1]!, name, parts.length > 2 && parts[2]!.includes("ro")), node: b });
  }
  const all = ctx.facts.mounts;
  for (const m of all) {
    if (!m.node.isObject) continue;
    const type = typeof m.type?.value === "string" ? m.type.value : undefined;
    const source = typeof m.source?.value === "string" ? m.source.value : undefined;
    const target = typeof m.target?.value === "string" ? m.target.value : undefined;
    if (type === undefined || source === undefined || target === undefined) {
      ctx.note(m.node, ["mount-incomplete"], "a Mounts entry without Type, Source or Target: the agent rejects the whole module (InvalidMountException)");
      continue;
    }
    const readOnly = m.node.get("ReadOnly")?.value === true;
    const lower = type.toLowerCase();
    if (lower === "bind") {
      const name = volumeName(ctx, m.node, source);
      if (name === undefined) continue;
      out.volumes.push({ volume: { name, hostPath: { path: source, type: "DirectoryOrCreate" } }, node: m.node });
      out.mounts.push({ mount: mountEntry(target, name, readOnly), node: m.node });
    } else if (lower === "volume") {
      const name = volumeName(ctx, m.node, source);
      if (name === undefined) continue;
      out.volumes.push({ volume: { name, persistentVolumeClaim: readOnly ? { claimName: name, readOnly: true } : { claimName: name } }, node: m.node });
      out.claims.push({ name, readOnly, node: m.node, source });
      out.mounts.push({ mount: mountEntry(target, name, readOnly), node: m.node });
    } else {
      ctx.note(m.node, ["mount-type-ignored"], `a Mounts entry of Type ${JSON.stringify(type)} is not mounted on Kubernetes`);
    }
  }
  if (extra !== undefined) {
    for (const ev of extraVolumes(ctx, extra)) {
      if (ev.volume !== undefined) {
        const name = ev.volume.name;
        if (typeof name !== "string" || !isDns1123Label(name)) {
          ctx.note(ev.node, ["k8s-experimental-shape"], `k8s-experimental volume name ${JSON.stringify(name)} is not a DNS-1123 label: the API server rejects the pod`);
        }
        out.volumes.push({ volume: ev.volume, node: ev.node });
      }
      for (const m of ev.mounts) out.mounts.push({ mount: m.mount, node: m.node });
    }
  }
  for (const m of out.mounts) {
    if (!out.volumes.some((v) => v.volume.name === m.mount.name)) {
      ctx.note(m.node, ["k8s-experimental-shape"], `volume mount ${JSON.stringify(m.mount.name)} names no volume of the pod: the API server rejects the pod`);
    }
  }
  // the agent groups the pod's volumes by name: the first of each name is kept (§1.6)
  const seen = new Map<unknown, Volume>();
  out.volumes = out.volumes.filter((v) => {
    const first = seen.get(v.volume.name);
    if (first === undefined) {
      seen.set(v.volume.name, v);
      return true;
    }
    if (storageOf(first.volume) !== storageOf(v.volume)) {
      ctx.note(v.node, ["volume-name-collision"], `${ctx.path(v.node)} and ${ctx.path(first.node)} both make the volume ${String(v.volume.name)}: the agent keeps the first, so this mount uses its storage`);
    }
    return false;
  });
  return out;
}
