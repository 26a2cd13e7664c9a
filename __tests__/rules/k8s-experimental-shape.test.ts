import rule from "../../rules/k8s-experimental-shape.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const co = (o: Record<string, unknown>) => ({ modules: { scorer: { createOptions: o } } });
const x = (section: unknown) => co({ HostConfig: { Privileged: true }, "k8s-experimental": section });

ruleTester(rule, {
  valid: [
    { name: "the article's GPU example", spec: x({ resources: { limits: { "nvidia.com/gpu": 1 } }, strategy: { type: "Recreate" } }) },
    {
      name: "every allowed key (the facts' skeleton)",
      spec: x({
        nodeSelector: { "kubernetes.io/hostname": "node1" },
        resources: { limits: { cpu: "500m", memory: "128Mi", "nvidia.com/gpu": 1 }, requests: { cpu: "250m", memory: "64Mi" } },
        volumes: [{ volume: { name: "module-config", configMap: { name: "scorer-config" } }, volumeMounts: [{ name: "module-config", mountPath: "/etc/scorer", readOnly: true }] }],
        securityContext: { runAsUser: 1000, runAsGroup: 1000, fsGroup: 2000, runAsNonRoot: true },
        serviceOptions: { type: "ClusterIP", loadBalancerIP: "10.0.0.5" },
        strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: "25%" } },
      }),
    },
    {
      name: "keys in any case inside the section (§1.2: OrdinalIgnoreCase)",
      spec: x({ NodeSelector: { gpu: "true" }, Resources: { Limits: { cpu: "1" } }, Strategy: { Type: "Recreate" }, ServiceOptions: { Type: "NodePort" } }),
    },
    { name: "no section", spec: co({ HostConfig: { Privileged: true } }) },
    { name: "placeholders stand for values", spec: x({ strategy: { type: "${STRATEGY}" }, resources: "$RESOURCES", nodeSelector: { zone: "__ZONE__" } }) },
    { name: "a placeholder for the whole section", spec: x("${K8S_EXPERIMENTAL}") },
  ],
  invalid: [
    {
      name: "misspelt case of the section key is renamed [INF: the top-level lookup is case-sensitive]",
      spec: co({ HostConfig: { Privileged: true }, "K8s-Experimental": { strategy: { type: "Recreate" } } }),
      errors: [
        {
          at: '"K8s-Experimental"',
          severity: "error",
          fixable: true,
          message:
            "module 'scorer': 'K8s-Experimental' is probably not read: the Kubernetes agent looks the section up by the exact key 'k8s-experimental' (inferred from its source); rename it to 'k8s-experimental'",
        },
      ],
      output: manifestText(x({ strategy: { type: "Recreate" } })),
    },
    {
      name: "misspelt key next to the exact one: no fix",
      spec: co({ "K8S-EXPERIMENTAL": { nodeSelector: { a: "b" } }, "k8s-experimental": { strategy: { type: "Recreate" } } }),
      errors: [{ at: '"K8S-EXPERIMENTAL"', message: /merge it into 'k8s-experimental' by hand$/, fixable: false }],
      output: null,
    },
    {
      name: "placed under HostConfig: moved to the top level byte for byte",
      spec: co({ HostConfig: { Privileged: true, "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": 1 } } } } }),
      errors: [
        {
          at: '"k8s-experimental"',
          fixable: true,
          message:
            "module 'scorer': 'k8s-experimental' is inside HostConfig, where the Kubernetes agent does not look for it; it belongs at the top level of createOptions, next to HostConfig",
        },
      ],
      output: manifestText(x({ resources: { limits: { "nvidia.com/gpu": 1 } } })),
    },
    {
      name: "under HostConfig while the top level has one: reported without a fix",
      spec: co({ HostConfig: { "k8s-experimental": { nodeSelector: { a: "b" } } }, "k8s-experimental": { strategy: { type: "Recreate" } } }),
      errors: [{ at: '"k8s-experimental"', message: /where 'k8s-experimental' already exists: merge the two by hand$/, fixable: false }],
      output: null,
    },
    {
      name: "service-options (the docs' summary spelling) is renamed to serviceOptions",
      spec: x({ "service-options": { type: "ClusterIP" } }),
      errors: [
        {
          at: '"service-options"',
          fixable: true,
          message:
            "module 'scorer': 'service-options' in k8s-experimental is not a key the Kubernetes agent knows (the docs' summary misspells it); it is ignored with a warning: name it 'serviceOptions'",
        },
      ],
      output: manifestText(x({ serviceOptions: { type: "ClusterIP" } })),
    },
    {
      name: "not an object",
      spec: x("resources"),
      errors: [{ at: '"resources"', message: `module 'scorer': k8s-experimental must be an object; the Kubernetes agent logs "Unable to parse Kubernetes CreateOptions" and ignores it` }],
      output: null,
    },
    {
      name: "unknown keys at the top and inside resources",
      spec: x({ replicas: 2, resources: { limit: { cpu: "1" } } }),
      errors: [
        {
          at: '"replicas"',
          message:
            "module 'scorer': 'replicas' is not a k8s-experimental key; the Kubernetes agent ignores it with the warning \"Unknown Kubernetes CreateOption\"; allowed: nodeSelector, resources, volumes, securityContext, serviceOptions, strategy",
        },
        { at: '"limit"', message: "module 'scorer': 'limit' is not a member of k8s-experimental.resources and is silently lost on Kubernetes; allowed: limits, requests" },
      ],
      output: null,
    },
    {
      name: "strategy type in the wrong case, and wrong value types",
      spec: x({ strategy: { type: "recreate" }, nodeSelector: { gpu: { enabled: true } }, Resources: { limits: "2" } }),
      errors: [
        { at: '"recreate"', message: "module 'scorer': k8s-experimental.strategy.type is \"recreate\"; Kubernetes accepts only 'Recreate' or 'RollingUpdate' (case-sensitive) and rejects the Deployment" },
        { at: '"gpu"', message: "module 'scorer': k8s-experimental.nodeSelector.gpu must be a string or a number or a boolean; the Kubernetes agent cannot read it" },
        { at: '"limits": "2"', message: "module 'scorer': k8s-experimental.Resources.limits must be an object; the Kubernetes agent cannot read it" },
      ],
      output: null,
    },
    {
      name: "rollingUpdate with Recreate",
      spec: x({ strategy: { type: "Recreate", rollingUpdate: { maxSurge: 1 } } }),
      errors: [
        {
          at: '"rollingUpdate"',
          message:
            "module 'scorer': k8s-experimental.strategy.rollingUpdate is set with type 'Recreate', and Kubernetes rejects the Deployment (\"may not be specified when strategy type is 'Recreate'\"); remove rollingUpdate",
        },
      ],
      output: null,
    },
    {
      name: "a volume mount without mountPath",
      spec: x({ volumes: [{ volume: { name: "cfg", emptyDir: {} }, volumeMounts: [{ name: "cfg" }] }] }),
      errors: [{ at: '"name": "cfg"\n', message: "module 'scorer': k8s-experimental.volumes[0].volumeMounts[0] has no 'mountPath', which Kubernetes requires" }],
      output: null,
    },
    {
      name: "the facts' Ex9 pitfalls: a second section in another case, service-options, rollingUpdate with Recreate",
      spec: co({
        "K8s-Experimental": { resources: { limits: { cpu: "1" } } },
        "k8s-experimental": {
          "service-options": { type: "LoadBalancer", loadBalancerIP: "10.10.0.50" },
          nodeSelector: { gpu: true },
          resources: { requests: { "nvidia.com/gpu": 1 } },
          strategy: { type: "Recreate", rollingUpdate: { maxSurge: 1 } },
          volumes: [{ volume: { name: "ModuleCfg", configMap: { name: "scorer-config" } }, volumeMounts: [{ name: "scorer-config", mountPath: "/etc/scorer" }] }],
        },
      }),
      errors: [
        { at: '"K8s-Experimental"', fixable: false },
        { at: '"service-options"', fixable: true },
        { at: '"rollingUpdate"', fixable: false, message: /rollingUpdate is set with type 'Recreate'/ },
      ],
      output: manifestText(
        co({
          "K8s-Experimental": { resources: { limits: { cpu: "1" } } },
          "k8s-experimental": {
            serviceOptions: { type: "LoadBalancer", loadBalancerIP: "10.10.0.50" },
            nodeSelector: { gpu: true },
            resources: { requests: { "nvidia.com/gpu": 1 } },
            strategy: { type: "Recreate", rollingUpdate: { maxSurge: 1 } },
            volumes: [{ volume: { name: "ModuleCfg", configMap: { name: "scorer-config" } }, volumeMounts: [{ name: "scorer-config", mountPath: "/etc/scorer" }] }],
          },
        }),
      ),
    },
  ],
});
