/**
 * The module's Service (as docs/render.md describes the agent): made only when the module has ports; type from
 * serviceOptions, else ClusterIP when there are only ExposedPorts, else the agent's
 * PortMappingServiceType (LoadBalancer on Azure Stack Edge).
 */
import { Fields, type ModuleContext } from "./context.js";
import { serviceOptions, type Experimental } from "./experimental.js";
import { metadata, type Identity } from "./identity.js";
import { servicePorts } from "./ports.js";
import type { K8sObject, ModuleSettings, RenderedObject } from "./types.js";

export function buildService(ctx: ModuleContext, id: Identity, s: ModuleSettings, sec: Experimental["sections"]): RenderedObject | undefined {
  const ports = servicePorts(ctx);
  const options = sec.serviceOptions !== undefined ? serviceOptions(ctx, sec.serviceOptions) : {};
  if (ports.length === 0) return undefined;
  const f = new Fields();
  const onlyExposed = !ports.some((p) => p.bound);
  const type = options.type ?? (onlyExposed ? "ClusterIP" : s.serviceType);
  const svc: K8sObject = { apiVersion: "v1", kind: "Service", metadata: metadata(id, id.name) };
  if (Object.keys(id.annotations).length > 0) {
    svc.metadata.annotations = { ...id.annotations };
    f.add(["metadata", "annotations"], ctx.path(id.labelsNode!));
  }
  const spec: Record<string, unknown> = { type };
  f.add(["spec", "type"], options.typeNode !== undefined ? ctx.path(options.typeNode) : onlyExposed ? "ExposedPorts only: ClusterIP" : `the agent's PortMappingServiceType (${s.serviceType})`);
  if (options.loadBalancerIP !== undefined) {
    spec.loadBalancerIP = options.loadBalancerIP;
    f.add(["spec", "loadBalancerIP"], ctx.path(options.ipNode!));
    if (type !== "LoadBalancer") ctx.note(options.ipNode, ["service-options"], `loadBalancerIP on a ${type} Service: the API server rejects it (only a LoadBalancer takes one)`);
  }
  spec.ports = ports.map((p, i) => {
    f.add(["spec", "ports", i], ctx.path(p.node));
    const o: Record<string, unknown> = { name: p.name, port: p.port };
    if (p.targetPort !== undefined) o.targetPort = p.targetPort;
    o.protocol = p.protocol;
    return o;
  });
  spec.selector = { ...id.labels };
  svc.spec = spec;
  const protocols = [...new Set(ports.map((p) => p.protocol))];
  if (type === "LoadBalancer" && protocols.length > 1) {
    ctx.note(ctx.mod.createOptions.root?.get("HostConfig")?.get("PortBindings"), ["mixed-tcp-udp-ports"], `one LoadBalancer Service with ${protocols.join(" and ")} ports: Kubernetes before 1.26 rejects mixed protocols on a load balancer`);
  }
  return { kind: "Service", name: id.name, object: svc, from: id.from, fields: f.list };
}
