import rule from "../../rules/gpu-requests-limits.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const withResources = (resources: Record<string, unknown>) => ({ modules: { scorer: { createOptions: { "k8s-experimental": { resources } } } } });

ruleTester(rule, {
  valid: [
    { name: "limits only", spec: withResources({ limits: { "nvidia.com/gpu": 1 } }) },
    { name: "equal requests and limits (number and string)", spec: withResources({ limits: { "nvidia.com/gpu": "2" }, requests: { "nvidia.com/gpu": 2 } }) },
    { name: "no GPU", spec: withResources({ requests: { cpu: "250m" } }) },
    { name: "placeholder count", spec: withResources({ requests: { "nvidia.com/gpu": "$GPUS" } }) },
    { name: "a misspelt section is not read by the agent", spec: { modules: { scorer: { createOptions: { "K8s-Experimental": { resources: { requests: { "nvidia.com/gpu": 1 } } } } } } } },
  ],
  invalid: [
    {
      name: "requests without limits: limits added",
      spec: withResources({ requests: { "nvidia.com/gpu": 1, cpu: "250m" } }),
      errors: [
        {
          at: '"nvidia.com/gpu"',
          message: `module 'scorer': k8s-experimental.resources requests nvidia.com/gpu: 1 but limits has no nvidia.com/gpu; Kubernetes does not allow GPU requests without limits; set limits "nvidia.com/gpu" to 1 (or give only the limit)`,
          fixable: true,
        },
      ],
      output: manifestText(withResources({ requests: { "nvidia.com/gpu": 1, cpu: "250m" }, limits: { "nvidia.com/gpu": 1 } })),
    },
    {
      name: "limits without a GPU entry: entry added",
      spec: withResources({ limits: { memory: "512Mi" }, requests: { "nvidia.com/gpu": 2 } }),
      errors: [{ at: '"nvidia.com/gpu"', fixable: true }],
      output: manifestText(withResources({ limits: { memory: "512Mi", "nvidia.com/gpu": 2 }, requests: { "nvidia.com/gpu": 2 } })),
    },
    {
      name: "different counts: requests copied into limits, Limits spelling kept",
      spec: withResources({ Limits: { "nvidia.com/gpu": 1 }, Requests: { "nvidia.com/gpu": 2 } }),
      errors: [
        {
          at: '"nvidia.com/gpu": 2',
          message: `module 'scorer': k8s-experimental.resources requests nvidia.com/gpu: 2 but limits nvidia.com/gpu: 1; Kubernetes requires GPU requests to equal the limits; set limits "nvidia.com/gpu" to 2 (or give only the limit)`,
        },
      ],
      output: manifestText(withResources({ Limits: { "nvidia.com/gpu": 2 }, Requests: { "nvidia.com/gpu": 2 } })),
    },
  ],
});
