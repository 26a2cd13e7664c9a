import rule from "../../rules/multiple-host-network.js";
import { ruleTester } from "../helpers/rule-tester.js";

const net = (mode: string) => ({ createOptions: { HostConfig: { NetworkMode: mode } } });

ruleTester(rule, {
  valid: [
    { name: "one module on the host network", spec: { modules: { a: net("host"), b: net("bridge") } } },
    { name: "placeholder network mode", spec: { modules: { a: net("host"), b: net("$NETWORK") } } },
  ],
  invalid: [
    {
      name: "two modules on the host network (the second one is reported)",
      spec: { modules: { first: net("host"), second: net("Host") } },
      errors: [
        {
          at: '"Host"',
          severity: "error",
          module: "second",
          message:
            "module 'second': NetworkMode 'host' is also set on module 'first'; on Kubernetes every module pod has a proxy sidecar listening on localhost ports, so only one module of a deployment can run on the host network; remove NetworkMode 'host' from all but one module and publish ports with PortBindings instead (on the one that keeps it, hostNetwork comes with dnsPolicy ClusterFirstWithHostNet: other modules are reached by their Kubernetes names)",
        },
      ],
      output: null,
    },
    {
      name: "edgeHub counts too",
      spec: { systemModules: { edgeHub: net("host") }, modules: { a: net("host"), b: net("host") } },
      errors: [
        { at: '"host"', occurrence: 1, module: "a", message: /also set on module 'edgeHub'/ },
        { at: '"host"', occurrence: 2, module: "b", message: /also set on module 'edgeHub'/ },
      ],
      output: null,
    },
  ],
});
