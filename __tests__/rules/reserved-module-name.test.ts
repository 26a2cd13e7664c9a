import rule from "../../rules/reserved-module-name.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "ordinary names and the system modules themselves", spec: { modules: { "proxy-client": {}, edgehubmonitor: {} } } },
  ],
  invalid: [
    {
      name: "[INF] proxy clashes with the sidecar container; [INF] iotedged with the runtime's service",
      spec: { modules: { Proxy: {}, iotedged: {} } },
      errors: [
        {
          at: '"Proxy"',
          message: `module 'Proxy': its Kubernetes name 'proxy' is reserved on Kubernetes-based IoT Edge (every module pod already has a sidecar container named 'proxy'); rename the module (e.g. 'proxy-module')`,
        },
        { at: '"iotedged"', message: /its Kubernetes name 'iotedged' is reserved on Kubernetes-based IoT Edge \(the runtime's own Deployment and Service are named 'iotedged'\)/ },
      ],
      output: null,
    },
    {
      name: "a user module that becomes edgehub or edgeagent",
      spec: { modules: { Edge_Hub: {}, "edge-agent": {}, EdgeAgent: {} } },
      errors: [
        { at: '"Edge_Hub"', message: /its Kubernetes name 'edgehub' is reserved .*the system module edgeHub has that Kubernetes name, and the agent rejects the whole deployment/ },
        { at: '"EdgeAgent"', message: /^module 'EdgeAgent': its Kubernetes name 'edgeagent' is reserved/ },
      ],
      output: null,
    },
  ],
});
