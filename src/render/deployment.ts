/**
 * The module's Deployment (as docs/render.md describes the agent): one replica (0 when stopped), the
 * strategy, and a pod of one module container with the module's env, ports, volumes, privileges,
 * resources, node selector, security context and host modes. The agent's proxy sidecar and its
 * IOTEDGE_* variables are marked, not rendered.
 */
import { buildContainer } from "./container.js";
import { Fields, type ModuleContext } from "./context.js";
import { nodeSelector, podSecurityContext, strategy, type Experimental } from "./experimental.js";
import { ORIGINAL_ID, metadata, type Identity } from "./identity.js";
import { hostMode } from "./ignored.js";
import type { K8sObject, ModuleSettings, RenderedObject } from "./types.js";
import type { ModuleVolumes } from "./volumes.js";

/** The Deployment, and the module's volumes (which the claims need). */
export function buildDeployment(ctx: ModuleContext, id: Identity, s: ModuleSettings, sec: Experimental["sections"]): { deployment: RenderedObject; vols: ModuleVolumes } {
  const { name, annotations, labelsNode, labels } = id;
  const mod = ctx.mod;
  const f = new Fields();
  const { container, vols } = buildContainer(ctx, name, sec, f);

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
  const deployment: K8sObject = { apiVersion: "apps/v1", kind: "Deployment", metadata: metadata(id, name), spec: deploymentSpec };
  f.list.unshift({ field: ["metadata", "name"], from: `the module name ${JSON.stringify(mod.name)}` });
  return { deployment: { kind: "Deployment", name, object: deployment, from: id.from, fields: f.list }, vols };
}
