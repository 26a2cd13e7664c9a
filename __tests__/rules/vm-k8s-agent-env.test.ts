import rule from "../../rules/vm-k8s-agent-env.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const AGENT_IMAGE = "mcr.microsoft.com/azureiotedge-agent:1.6";
const agentEnv = (env: Record<string, unknown>, co: Record<string, unknown> = {}) => ({ systemModules: { edgeAgent: { image: AGENT_IMAGE, createOptions: co, env } } });

ruleTester(rule, {
  valid: [
    { name: "Docker agent settings", target: "vm", spec: agentEnv({ Mode: "docker", RuntimeLogLevel: "debug", UpstreamProtocol: "AmqpWs" }) },
    { name: "a user module may use these names for itself", target: "vm", spec: { modules: { app: { env: { K8sNamespace: "prod" } } } } },
    { name: "the kubernetes target needs them", target: "kubernetes", spec: agentEnv({ Mode: "kubernetes", K8sNamespace: "iotedge" }) },
  ],
  invalid: [
    {
      name: "Mode kubernetes and Kubernetes-only settings (env map, createOptions.Env, ':' for '__'): removed",
      target: "vm",
      spec: agentEnv(
        { Mode: "Kubernetes", K8sNamespace: "iotedge", RuntimeLogLevel: "debug", "ExperimentalFeatures:EnableK8SExtensions": "true" },
        { Env: ["PortMappingServiceType=LoadBalancer", "storageclassname=local"] },
      ),
      errors: [
        { at: '"Mode"', message: "module 'edgeAgent': 'Mode' = 'Kubernetes' runs edgeAgent on Kubernetes; IoT Edge in a VM runs it on Docker (its default mode): remove it", severity: "warning", fixable: true },
        { at: '"K8sNamespace"', message: "module 'edgeAgent': 'K8sNamespace' is read only by edgeAgent's Kubernetes mode; IoT Edge in a VM (Docker) ignores it: remove it" },
        { at: '"ExperimentalFeatures:EnableK8SExtensions"', message: /'ExperimentalFeatures:EnableK8SExtensions' is read only/ },
        { at: '"PortMappingServiceType=LoadBalancer"', message: /'PortMappingServiceType' is read only/ },
        { at: '"storageclassname=local"', message: /'storageclassname' is read only/ },
      ],
      output: manifestText(agentEnv({ RuntimeLogLevel: "debug" }, {})),
    },
  ],
});
