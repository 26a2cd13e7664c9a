/**
 * Create options the agent never reads (as docs/render.md describes the agent): top-level keys other than
 * Env, ExposedPorts, HostConfig, Labels, Cmd, Entrypoint, WorkingDir and k8s-experimental (Image and
 * NetworkingConfig are read but not used); HostConfig members other than PortBindings, Privileged,
 * Binds, Mounts and the host modes. Options that set nothing (Docker's zero values) are not listed.
 */
import { isEmptyValue } from "../../rules/_options.js";
import type { JNode } from "../model/node.js";
import type { ModuleContext } from "./context.js";

/** Docker's container config and host config members: other keys are ignored by Docker as well, so nothing changes. */
const DOCKER_TOP = new Set(
  "hostname domainname user attachstdin attachstdout attachstderr tty openstdin stdinonce healthcheck argsescaped image volumes networkdisabled macaddress onbuild stopsignal stoptimeout shell networkingconfig".split(" "),
);
const DOCKER_HOST = new Set(
  (
    "containeridfile logconfig restartpolicy autoremove volumedriver volumesfrom consolesize annotations capadd capdrop cgroupnsmode dns dnsoptions dnssearch extrahosts groupadd cgroup links " +
    "oomscoreadj publishallports readonlyrootfs securityopt storageopt tmpfs utsmode usernsmode shmsize sysctls runtime isolation cpushares memory nanocpus cgroupparent blkioweight " +
    "blkioweightdevice blkiodevicereadbps blkiodevicewritebps blkiodevicereadiops blkiodevicewriteiops cpuperiod cpuquota cpurealtimeperiod cpurealtimeruntime cpusetcpus cpusetmems devices " +
    "devicecgrouprules devicerequests kernelmemory kernelmemorytcp memoryreservation memoryswap memoryswappiness oomkilldisable pidslimit ulimits cpucount cpupercent iomaximumiops " +
    "iomaximumbandwidth maskedpaths readonlypaths init"
  ).split(" "),
);
const READ_HOST = new Set(["portbindings", "privileged", "binds", "mounts"]);
const HOST_MODES: Record<string, { field: string; hints: string[] }> = {
  networkmode: { field: "hostNetwork", hints: ["ignored-network-option"] },
  ipcmode: { field: "hostIPC", hints: ["shared-memory"] },
  pidmode: { field: "hostPID", hints: [] },
};

/** Rules that report an ignored option, by lowercase key (the finding at the option decides; these break ties). */
const HINTS: Record<string, string[]> = {
  user: ["user-option"],
  networkingconfig: ["ignored-network-option"],
  memory: ["docker-resource-limits"],
  memoryreservation: ["docker-resource-limits"],
  memoryswap: ["docker-resource-limits"],
  nanocpus: ["docker-resource-limits"],
  cpuquota: ["docker-resource-limits"],
  cpuperiod: ["docker-resource-limits"],
  cpushares: ["docker-resource-limits"],
  shmsize: ["shared-memory"],
  tmpfs: ["shared-memory"],
  devices: ["device-binding"],
  devicerequests: ["device-binding", "nvidia-runtime"],
  devicecgrouprules: ["device-binding"],
  runtime: ["nvidia-runtime"],
};

function hintsFor(key: string): string[] {
  return HINTS[key.toLowerCase()] ?? ["unsupported-create-option"];
}

export function noteIgnoredOptions(ctx: ModuleContext): void {
  const root = ctx.mod.createOptions.root;
  if (root === undefined) return;
  for (const m of root.withCase(false).entries()) {
    const k = m.key!.toLowerCase();
    if (!DOCKER_TOP.has(k) || isEmptyValue(m.value)) continue;
    const why = k === "image" ? "the image comes from settings.image" : "the Kubernetes agent never reads it";
    ctx.note(m, hintsFor(m.key!), `createOptions.${m.key} is ignored: ${why}`);
  }
  const hc = root.get("HostConfig");
  if (hc === undefined || !hc.isObject) return;
  for (const m of hc.withCase(false).entries()) {
    const k = m.key!.toLowerCase();
    if (READ_HOST.has(k) || isEmptyValue(m.value)) continue;
    if (k === "runtime" && !(typeof m.value === "string" && m.value.toLowerCase() === "nvidia")) continue; // runc (the default), or a placeholder
    if (k === "shmsize" && hostMode(ctx, "IpcMode") !== undefined) continue; // the host's /dev/shm is shared
    const mode = HOST_MODES[k];
    if (mode !== undefined) {
      if (typeof m.value === "string" && m.value.toLowerCase() !== "host") ctx.note(m, mode.hints, `HostConfig.${m.key} ${JSON.stringify(m.value)} is ignored: only "host" sets ${mode.field}`);
      continue;
    }
    if (DOCKER_HOST.has(k)) ctx.note(m, hintsFor(m.key!), `HostConfig.${m.key} is ignored: the Kubernetes agent never reads it`);
  }
}

/** `HostConfig.<mode>` is `host` (any case): hostNetwork, hostIPC, hostPID. */
export function hostMode(ctx: ModuleContext, key: "NetworkMode" | "IpcMode" | "PidMode"): JNode | undefined {
  const n = ctx.mod.createOptions.root?.get("HostConfig")?.get(key);
  return n !== undefined && typeof n.value === "string" && n.value.toLowerCase() === "host" ? n : undefined;
}

/** Module fields the Kubernetes agent never uses (startupOrder, restartPolicy, imagePullPolicy). */
export function noteModuleFields(ctx: ModuleContext): void {
  const node = ctx.mod.node;
  const so = node.getExact("startupOrder");
  if (so !== undefined) ctx.note(so, ["ignored-module-field"], "startupOrder is ignored: all modules start together");
  const rp = node.getExact("restartPolicy");
  if (rp !== undefined && rp.value !== "always") ctx.note(rp, ["ignored-module-field"], `restartPolicy ${JSON.stringify(rp.value)} is ignored: a Deployment's pod always restarts`);
  const ip = node.getExact("imagePullPolicy");
  if (ip !== undefined) ctx.note(ip, ["ignored-module-field"], "imagePullPolicy is ignored: Kubernetes uses its default pull policy");
}
