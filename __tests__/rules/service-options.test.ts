import rule from "../../rules/service-options.js";
import { ruleTester } from "../helpers/rule-tester.js";

const ports = { HostConfig: { PortBindings: { "8080/tcp": [{ HostPort: "8080" }] } } };
const mod = (serviceOptions: unknown, base: Record<string, unknown> = ports) => ({
  modules: { web: { createOptions: { ...base, "k8s-experimental": { serviceOptions } } } },
});

ruleTester(rule, {
  valid: [
    { name: "ClusterIP", spec: mod({ type: "ClusterIP" }) },
    { name: "type in any case", spec: mod({ type: "loadbalancer", loadBalancerIP: "10.10.0.50" }) },
    { name: "NodePort", spec: mod({ type: "NodePort" }) },
    { name: "loadBalancerIP with the ASE default (LoadBalancer for port bindings)", spec: mod({ loadBalancerIP: "10.10.0.50" }) },
    { name: "keys in any case inside the section", spec: mod({ Type: "LoadBalancer", LoadBalancerIP: "10.10.0.50" }) },
    { name: "placeholder type", spec: mod({ type: "$SERVICE_TYPE" }) },
    { name: "exposed ports only, ClusterIP", spec: mod({ type: "ClusterIP" }, { ExposedPorts: { "80/tcp": {} } }) },
  ],
  invalid: [
    {
      name: "unknown type",
      spec: mod({ type: "ExternalName" }),
      errors: [
        {
          at: '"ExternalName"',
          message: "module 'web': serviceOptions.type \"ExternalName\" is silently ignored by Kubernetes-based IoT Edge; use \"ClusterIP\" (inside the cluster only), \"NodePort\" or \"LoadBalancer\"",
          severity: "warning",
          module: "web",
        },
      ],
      output: null,
    },
    {
      name: "loadBalancerIP with ClusterIP",
      spec: mod({ type: "ClusterIP", loadBalancerIP: "10.10.0.50" }),
      errors: [
        {
          at: '"loadBalancerIP"',
          message: "module 'web': serviceOptions.loadBalancerIP is used only by a LoadBalancer service, but this module's service is ClusterIP; set \"type\": \"LoadBalancer\" or remove loadBalancerIP",
        },
      ],
    },
    {
      name: "loadBalancerIP on a module with only ExposedPorts",
      spec: mod({ loadBalancerIP: "10.10.0.50" }, { ExposedPorts: { "80/tcp": {} } }),
      errors: [{ at: '"loadBalancerIP"', message: /but this module's service is ClusterIP \(it has no PortBindings\)/ }],
    },
    {
      name: "serviceOptions on a module without ports",
      spec: mod({ type: "LoadBalancer" }, { HostConfig: { Privileged: true } }),
      errors: [
        {
          at: '"serviceOptions"',
          message: "module 'web': k8s-experimental.serviceOptions has no effect, because the module has no ExposedPorts or PortBindings and so gets no Kubernetes Service; add the ports or remove serviceOptions",
        },
      ],
    },
  ],
});
