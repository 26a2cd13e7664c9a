/**
 * One module's objects, as the agent's mappers build them (iotedge-k8s-facts §1.3–§1.7): a
 * ServiceAccount, a Service when the module has ports, the Deployment, and a PVC per volume mount
 * when the agent has a StorageClassName. The proxy sidecar, the agent's own env variables, image
 * pull secrets and owner references are left out (see docs/render.md).
 */
import { sanitizeAnnotationKey } from "../../rules/_k8s-annotations.js";
import { isDns1035Label, isDns1123Label, k8sName } from "../model/k8s-names.js";
import { asString } from "../model/node.js";
import { Fields, type ModuleContext } from "./context.js";
import { containerEnv } from "./env.js";
import { nodeSelector, podSecurityContext, readExperimental, resources, serviceOptions, strategy } from "./experimental.js";
import { hostMode, noteIgnoredOptions } from "./ignored.js";
import { formatPath } from "./paths.js";
import { containerPorts, servicePorts } from "./ports.js";
import type { K8sObject, RenderedModule, RenderedObject, ServiceType } from "./types.js";
import { moduleVolumes } from "./volumes.js";

export interface ModuleSettings {
  namespace: string;
  serviceType: ServiceType;
  storageClass: string | undefined;
  pvcSizeMb: number;
  runAsNonRoot: boolean;
  deviceId: string;
  iotHubHostname: string;
}

const MODULE_LABEL = "net.azure-devices.edge.module";
const ORIGINAL_ID = "net.azure-devices.edge.original-moduleid";

/** `KubeUtils.SanitizeLabelValue`: lowercase, trimmed to alphanumeric ends, [a-z0-9._-] kept. */
function labelValue(s: string): string {
  const lower = s.toLowerCase();
  const trimmed = lower.replace(/^[^a-z0-9]+/, "").replace(/[^a-z0-9]+$/, "");
  return trimmed.replace(/[^a-z0-9._-]/g, "").slice(0, 63);
}

export function renderModule(ctx: ModuleContext, s: ModuleSettings): RenderedModule {
  const { mod } = ctx;
  const name = k8sName(mod.name);
  const from = formatPath(mod.node.path);
  const rendered: RenderedModule = { module: mod.name, name, system: mod.system, from, objects: [], notes: ctx.notes };
  const co = mod.createOptions;
  if (co.error !== undefined) {
    ctx.note(co.error.node, ["invalid-create-options"], `createOptions cannot be read (${co.error.message}): the agent fails the module and creates nothing for it`);
    return rendered;
  }
  noteNames(ctx, name);
  const labels: Record<string, string> = { [MODULE_LABEL]: name, "net.azure-devices.edge.deviceid": labelValue(s.deviceId), "net.azure-devices.edge.hub": labelValue(s.iotHubHostname) };
  const meta = (n: string): K8sObject["metadata"] => ({ name: n, namespace: s.namespace, labels: { ...labels } });

  // Labels -> annotations of the pod template and the Service
  const annotations: Record<string, string> = {};
  const labelsNode = co.root?.get("Labels");
  for (const l of labelsNode?.isObject ? labelsNode.withCase(false).entries() : []) {
    const key = sanitizeAnnotationKey(l.key!);
    if (!key.ok) {
      ctx.note(l, ["label-key"], `Labels ${JSON.stringify(l.key)} cannot be an annotation key (${key.reason}): the agent rejects the module`);
      continue;
    }
    annotations[key.key] = typeof l.value === "string" ? l.value : JSON.stringify(l.value);
  }

  noteIgnoredOptions(ctx);
  noteModuleFields(ctx);
  const x = readExperimental(ctx);
  const sec = x?.sections ?? {};

  // Service
  const ports = servicePorts(ctx);
  const svcOptions = sec.serviceOptions !== undefined ? serviceOptions(ctx, sec.serviceOptions) : {};
  if (ports.length > 0) {
    const f = new Fields();
    const onlyExposed = !ports.some((p) => p.bound);
    const type = svcOptions.type ?? (onlyExposed ? "ClusterIP" : s.serviceType);
    const svc: K8sObject = { apiVersion: "v1", kind: "Service", metadata: meta(name) };
    if (Object.keys(annotations).length > 0) {
      svc.metadata.annotations = { ...annotations };
      f.add(["metadata", "annotations"], ctx.path(labelsNode!));
    }
    const spec: Record<string, unknown> = { type };
    f.add(["spec", "type"], svcOptions.typeNode !== undefined ? ctx.path(svcOptions.typeNode) : onlyExposed ? "ExposedPorts only: ClusterIP" : `the agent's PortMappingServiceType (${s.serviceType})`);
    if (svcOptions.loadBalancerIP !== undefined) {
      spec.loadBalancerIP = svcOptions.loadBalancerIP;
      f.add(["spec", "loadBalancerIP"], ctx.path(svcOptions.ipNode!));
    }
    spec.ports = ports.map((p, i) => {
      f.add(["spec", "ports", i], ctx.path(p.node));
      const o: Record<string, unknown> = { name: p.name, port: p.port };
      if (p.targetPort !== undefined) o.targetPort = p.targetPort;
      o.protocol = p.protocol;
      return o;
    });
    spec.selector = { ...labels };
    svc.spec = spec;
    if (type === "LoadBalancer" && new Set(ports.map((p) => p.protocol)).size > 1) {
      ctx.note(mod.createOptions.root?.get("HostConfig")?.get("PortBindings"), ["mixed-tcp-udp-ports"], `one LoadBalancer Service with ${[...new Set(ports.map((p) => p.protocol))].join(" and ")} ports: Kubernetes before 1.26 rejects mixed protocols on a load balancer`);
    }
    rendered.objects.push({ kind: "Service", name, object: svc, from, fields: f.list });
  }

  // Deployment
  const f = new Fields();
  const container: Record<string, unknown> = { name };
  const image = mod.settings?.getExact("image");
  container.image = asString(image) ?? "";
  if (image !== undefined) f.add(["spec", "template", "spec", "containers", 0, "image"], ctx.path(image));
  const c = (field: string): (string | number)[] => ["spec", "template", "spec", "containers", 0, field];
  const listOption = (key: "Entrypoint" | "Cmd", field: string): void => {
    const n = co.root?.get(key);
    if (n === undefined || n.value === null) return;
    if (!Array.isArray(n.value) || !n.value.every((v) => typeof v === "string")) {
      ctx.note(n, ["cmd-string", "entrypoint"], `${key} is not a list of strings: the agent fails to read the module's createOptions`);
      return;
    }
    container[field] = n.value;
    f.add(c(field), ctx.path(n));
  };
  listOption("Entrypoint", "command");
  listOption("Cmd", "args");
  const wd = co.root?.get("WorkingDir");
  if (typeof wd?.value === "string") {
    container.workingDir = wd.value;
    f.add(c("workingDir"), ctx.path(wd));
  }
  const env = containerEnv(ctx);
  if (env.length > 0) {
    f.add(c("env"), "env, then settings.createOptions.Env", "the agent appends its IOTEDGE_* variables (not shown)");
    container.env = env.map((e, i) => {
      f.add([...c("env"), i], ctx.path(e.node));
      return { name: e.name, value: e.value };
    });
  }
  const cports = containerPorts(ctx);
  if (cports.length > 0) {
    container.ports = cports.map((p, i) => {
      f.add([...c("ports"), i], ctx.path(p.node));
      return { containerPort: p.containerPort, protocol: p.protocol };
    });
  }
  const vols = moduleVolumes(ctx, sec.volumes);
  if (vols.mounts.length > 0) {
    container.volumeMounts = vols.mounts.map((m, i) => {
      f.add([...c("volumeMounts"), i], ctx.path(m.node));
      return m.mount;
    });
  }
  const privileged = co.root?.get("HostConfig")?.get("Privileged");
  if (privileged?.value === true) {
    container.securityContext = { privileged: true };
    f.add(c("securityContext"), ctx.path(privileged));
  }
  const res = sec.resources !== undefined ? resources(ctx, sec.resources) : undefined;
  if (res !== undefined) {
    container.resources = res;
    f.add(c("resources"), ctx.path(sec.resources!));
    ctx.noteIfReported(sec.resources, ["fpga-resource"], "microsoft.com/fpga_catapult is passed through, but a GPU device has no FPGA device plugin: the pod stays Pending");
  }

  const podSpec: Record<string, unknown> = { serviceAccountName: name };
  const pod = (field: string): (string | number)[] => ["spec", "template", "spec", field];
  const ns = sec.nodeSelector !== undefined ? nodeSelector(sec.nodeSelector) : undefined;
  if (ns !== undefined) {
    podSpec.nodeSelector = ns;
    f.add(pod("nodeSelector"), ctx.path(sec.nodeSelector!));
    if (Object.values(sec.nodeSelector!.value as object).some((v) => typeof v !== "string")) {
      ctx.note(sec.nodeSelector, ["node-selector-string"], "nodeSelector values that are not strings become .NET strings (true is \"True\"), which node labels rarely match");
    }
  }
  const psc = sec.securityContext !== undefined ? podSecurityContext(ctx, sec.securityContext) : undefined;
  if (psc !== undefined) {
    podSpec.securityContext = psc;
    f.add(pod("securityContext"), ctx.path(sec.securityContext!));
  } else if (s.runAsNonRoot) {
    podSpec.securityContext = { runAsNonRoot: true, runAsUser: 1000 };
    f.add(pod("securityContext"), "the agent's RunAsNonRoot setting");
  }
  const net = hostMode(ctx, "NetworkMode");
  if (net !== undefined) {
    podSpec.hostNetwork = true;
    podSpec.dnsPolicy = "ClusterFirstWithHostNet";
    f.add(pod("hostNetwork"), ctx.path(net));
  }
  const ipc = hostMode(ctx, "IpcMode");
  if (ipc !== undefined) {
    podSpec.hostIPC = true;
    f.add(pod("hostIPC"), ctx.path(ipc));
  }
  const pid = hostMode(ctx, "PidMode");
  if (pid !== undefined) {
    podSpec.hostPID = true;
    f.add(pod("hostPID"), ctx.path(pid));
  }
  podSpec.containers = [container];
  f.add(pod("containers"), "the module", "the agent adds its \"proxy\" sidecar container and its two config volumes (not shown)");
  if (vols.volumes.length > 0) {
    podSpec.volumes = vols.volumes.map((v, i) => {
      f.add([...pod("volumes"), i], ctx.path(v.node));
      return v.volume;
    });
  }
  const status = mod.node.getExact("status");
  const replicas = status?.value === "stopped" ? 0 : 1;
  const deploymentSpec: Record<string, unknown> = { replicas, selector: { matchLabels: { ...labels } } };
  if (status !== undefined) f.add(["spec", "replicas"], ctx.path(status));
  const strat = sec.strategy !== undefined ? strategy(ctx, sec.strategy) : undefined;
  if (strat !== undefined) {
    deploymentSpec.strategy = strat;
    f.add(["spec", "strategy"], ctx.path(sec.strategy!));
  } else {
    ctx.noteIfReported(undefined, ["recreate-strategy"], "no k8s-experimental.strategy: Kubernetes uses RollingUpdate, and the new pod waits for the GPU, host port or volume the old one holds");
  }
  const templateMeta: Record<string, unknown> = { labels: { ...labels }, annotations: { ...annotations, [ORIGINAL_ID]: mod.name } };
  if (Object.keys(annotations).length > 0) f.add(["spec", "template", "metadata", "annotations"], ctx.path(labelsNode!));
  deploymentSpec.template = { metadata: templateMeta, spec: podSpec };
  const deployment: K8sObject = { apiVersion: "apps/v1", kind: "Deployment", metadata: meta(name), spec: deploymentSpec };
  f.list.unshift({ field: ["metadata", "name"], from: `the module name ${JSON.stringify(mod.name)}` });

  // PersistentVolumeClaims (only with a StorageClassName), ServiceAccount
  const pvcs: RenderedObject[] = [];
  if (s.storageClass !== undefined) {
    for (const cl of vols.claims) {
      if (pvcs.some((p) => p.name === cl.name)) continue;
      const pvc: K8sObject = {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: meta(cl.name),
        spec: { accessModes: [cl.readOnly ? "ReadOnlyMany" : "ReadWriteMany"], resources: { requests: { storage: `${s.pvcSizeMb}Mi` } }, storageClassName: s.storageClass },
      };
      pvcs.push({ kind: "PersistentVolumeClaim", name: cl.name, object: pvc, from, fields: [{ field: ["metadata", "name"], from: ctx.path(cl.node) }] });
    }
  } else {
    for (const cl of vols.claims) {
      if (vols.claims.find((o) => o.name === cl.name) !== cl) continue;
      ctx.notes.push({ info: true, message: `no PersistentVolumeClaim is created for ${cl.name} (the agent has no StorageClassName): the pod stays Pending until a claim of that name exists (on Azure Stack Edge, a share with Edge compute enabled)`, from: ctx.path(cl.node) });
    }
  }
  const sa: K8sObject = { apiVersion: "v1", kind: "ServiceAccount", metadata: { ...meta(name), annotations: { [ORIGINAL_ID]: mod.name } } };
  rendered.objects.unshift(...pvcs, { kind: "ServiceAccount", name, object: sa, from, fields: [] });
  rendered.objects.push({ kind: "Deployment", name, object: deployment, from, fields: f.list });
  return rendered;
}

function noteNames(ctx: ModuleContext, name: string): void {
  if (!isDns1123Label(name)) ctx.note(undefined, ["module-name"], `the Kubernetes name ${JSON.stringify(name)} is not a DNS-1123 label (at most 63 characters): the API server rejects the container and the label`);
  else if (!isDns1035Label(name)) ctx.noteIfReported(undefined, ["module-name"], `the Kubernetes name ${JSON.stringify(name)} does not start with a letter: the API server rejects the Service`);
  ctx.noteIfReported(undefined, ["reserved-module-name"], `the Kubernetes name ${JSON.stringify(name)} is already used by the IoT Edge runtime`);
  ctx.noteIfReported(undefined, ["module-name-collision"], `another module also becomes ${JSON.stringify(name)}: the agent rejects the whole deployment`);
  if (!ctx.mod.system && !ctx.mod.placeholderName && name !== ctx.mod.name && isDns1123Label(name)) {
    ctx.note(undefined, ["module-name", "inter-module-container-port"], `${JSON.stringify(ctx.mod.name)} becomes ${JSON.stringify(name)}: other modules reach it as ${name}, routes and twins keep ${JSON.stringify(ctx.mod.name)}`);
  }
}

function noteModuleFields(ctx: ModuleContext): void {
  const node = ctx.mod.node;
  const so = node.getExact("startupOrder");
  if (so !== undefined) ctx.note(so, ["ignored-module-field"], "startupOrder is ignored: all modules start together");
  const rp = node.getExact("restartPolicy");
  if (rp !== undefined && rp.value !== "always") ctx.note(rp, ["ignored-module-field"], `restartPolicy ${JSON.stringify(rp.value)} is ignored: a Deployment's pod always restarts`);
  const ip = node.getExact("imagePullPolicy");
  if (ip !== undefined) ctx.note(ip, ["ignored-module-field"], "imagePullPolicy is ignored: Kubernetes uses its default pull policy");
}
