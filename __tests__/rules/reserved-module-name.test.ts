import rule from "../../rules/reserved-module-name.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "ordinary names and the system modules themselves", spec: { modules: { "proxy-client": {}, edgehubmonitor: {} } } },
    { name: "names that are not valid labels (Proxy, Edge_Hub, EdgeAgent) are module-name's findings: it names the reason and renames them", spec: { modules: { Proxy: {}, Edge_Hub: {}, EdgeAgent: {} } } },
  ],
  invalid: [
    {
      name: "[INF] proxy clashes with the sidecar container; [INF] iotedged with the runtime's service",
      spec: { modules: { proxy: {}, iotedged: {} } },
      errors: [
        {
          at: '"proxy"',
          message: `module 'proxy': its Kubernetes name 'proxy' is reserved on Kubernetes-based IoT Edge (every module pod already has a sidecar container named 'proxy'); rename the module (e.g. 'proxy-module')`,
        },
        { at: '"iotedged"', message: /its Kubernetes name 'iotedged' is reserved on Kubernetes-based IoT Edge \(the runtime's own Deployment and Service are named 'iotedged'\)/ },
      ],
      output: null,
    },
    {
      name: "a user module named edgehub or edgeagent",
      spec: { modules: { edgehub: {}, "edge-agent": {}, edgeagent: {} } },
      errors: [
        { at: '"edgehub"', message: /its Kubernetes name 'edgehub' is reserved .*the system module edgeHub has that Kubernetes name, and the agent rejects the whole deployment/ },
        { at: '"edgeagent"', message: /^module 'edgeagent': its Kubernetes name 'edgeagent' is reserved/ },
      ],
      output: null,
    },
  ],
});
