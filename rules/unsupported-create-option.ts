import { isPlainObject, keyIgnoreCase, type JNode, type Rule } from "../src/rule-api.js";
import { isEmptyValue } from "./_options.js";

/**
 * Docker create options the Kubernetes agent never reads (§1.3 "Everything else"), with what to do
 * instead. Keys the agent reads (Env, ExposedPorts, HostConfig, Labels, Cmd, Entrypoint, WorkingDir,
 * k8s-experimental; Binds, Mounts, PortBindings, Privileged, NetworkMode, IpcMode, PidMode) and keys
 * other rules report (User, Image, NetworkingConfig, Memory*, Cpu*, NanoCpus, ShmSize, Tmpfs, Devices,
 * DeviceRequests, DeviceCgroupRules, Runtime) are not listed.
 */
const TOP: Record<string, string> = {
  Hostname: "the pod's host name is the module's Kubernetes name; remove it",
  Domainname: "remove it",
  Healthcheck: "no liveness probe is created from it; make the module exit on failure (Kubernetes restarts it) and remove it",
  StopSignal: "Kubernetes always sends SIGTERM; handle SIGTERM and remove it",
  StopTimeout: "remove it",
  Tty: "remove it",
  OpenStdin: "remove it",
  StdinOnce: "remove it",
  AttachStdin: "remove it",
  AttachStdout: "remove it",
  AttachStderr: "remove it",
  Volumes: "anonymous volumes are not created; use HostConfig.Mounts",
  MacAddress: "remove it",
  NetworkDisabled: "remove it",
  Shell: "remove it",
  OnBuild: "remove it",
  ArgsEscaped: "remove it",
};

const SECURITY = "only HostConfig.Privileged is carried over; use it, or k8s-experimental.securityContext for the user and groups";
const HOST: Record<string, string> = {
  CapAdd: SECURITY,
  CapDrop: SECURITY,
  SecurityOpt: SECURITY,
  Sysctls: "remove it",
  Ulimits: "remove it",
  ReadonlyRootfs: "remove it",
  ExtraHosts: "no host entries are added; use DNS names (other modules by their Kubernetes names)",
  Dns: "the pod uses the cluster DNS; remove it",
  DnsOptions: "the pod uses the cluster DNS; remove it",
  DnsSearch: "the pod uses the cluster DNS; remove it",
  LogConfig: "the node's kubelet handles container logs; remove it",
  RestartPolicy: "Kubernetes always restarts the module's pod; remove it",
  Init: "remove it",
  Links: "reach other modules by their Kubernetes names; remove it",
  VolumesFrom: "use HostConfig.Mounts",
  PublishAllPorts: "publish each port with PortBindings and a HostPort",
  Isolation: "remove it",
  UsernsMode: "remove it",
  UTSMode: "remove it",
  GroupAdd: "use k8s-experimental.securityContext.supplementalGroups",
  OomKillDisable: "remove it",
  OomScoreAdj: "remove it",
  CgroupParent: "remove it",
  Cgroup: "remove it",
  CgroupnsMode: "remove it",
  KernelMemory: "set limits.memory under k8s-experimental.resources",
  KernelMemoryTCP: "set limits.memory under k8s-experimental.resources",
  PidsLimit: "remove it",
  BlkioWeight: "remove it",
  BlkioWeightDevice: "remove it",
  BlkioDeviceReadBps: "remove it",
  BlkioDeviceWriteBps: "remove it",
  BlkioDeviceReadIOps: "remove it",
  BlkioDeviceWriteIOps: "remove it",
  IOMaximumIOps: "remove it",
  IOMaximumBandwidth: "remove it",
  VolumeDriver: "use HostConfig.Mounts",
  ContainerIDFile: "remove it",
  AutoRemove: "remove it",
  StorageOpt: "remove it",
  MaskedPaths: "remove it",
  ReadonlyPaths: "remove it",
  ConsoleSize: "remove it",
  Annotations: "use Labels (they become annotations)",
};

const TOP_LC = new Map(Object.entries(TOP).map(([k, v]) => [k.toLowerCase(), v]));
const HOST_LC = new Map(Object.entries(HOST).map(([k, v]) => [k.toLowerCase(), v]));

/** Report the members of an object that `table` names, reading keys and values before making any node. */
function scan(
  members: Record<string, unknown>,
  parent: () => JNode,
  table: Map<string, string>,
  prefix: string,
  report: (n: JNode, path: string, advice: string) => void,
): void {
  for (const key of Object.keys(members)) {
    const lower = key.toLowerCase();
    const advice = table.get(lower);
    if (advice === undefined) continue;
    const v = members[key];
    // a Volumes map holds its data in the keys ({"/data": {}}); elsewhere Docker's zero values set nothing
    const empty = lower === "volumes" && isPlainObject(v) ? Object.keys(v).length === 0 : isEmptyValue(v);
    if (empty) continue;
    report(parent().getExact(key)!, `${prefix}${key}`, advice);
  }
}

/** F0, F18: only a subset of the Docker create options reaches Kubernetes; the rest is silently ignored. */
const rule: Rule = {
  meta: {
    id: "unsupported-create-option",
    severity: "warning",
    facts: ["F0", "F18", "§1.3"],
    description: "A Docker create option the Kubernetes runtime ignores (Hostname, Healthcheck, CapAdd, ExtraHosts, LogConfig, RestartPolicy, ...).",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      ignored: "createOptions.{{path}} is ignored by Kubernetes-based IoT Edge; {{advice}}",
    },
  },
  create: ({ report }) => ({
    createOptions(root, mod, facts) {
      const emit = (node: JNode, path: string, advice: string): void =>
        report({ node, module: mod, messageId: "ignored", data: { path, advice } });
      const members = root.value as Record<string, unknown>;
      scan(members, () => root, TOP_LC, "", emit);
      const hc = facts.hostConfigValue;
      if (hc !== undefined) scan(hc, () => facts.hostConfig!, HOST_LC, `${keyIgnoreCase(members, "hostconfig")!}.`, emit);
    },
  }),
};

export default rule;
