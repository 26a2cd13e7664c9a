import rule from "../../rules/fpga-resource.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const withOptions = (co: Record<string, unknown>) => ({ modules: { inference: { createOptions: co } } });
const resources = (r: Record<string, unknown>) => withOptions({ HostConfig: { Privileged: true }, "k8s-experimental": { resources: r } });

ruleTester(rule, {
  valid: [
    { name: "GPU resources already", spec: resources({ limits: { "nvidia.com/gpu": 2 } }) },
    { name: "no k8s-experimental", spec: withOptions({ HostConfig: { Privileged: true } }) },
    { name: "FPGA key in a miscased section is left to k8s-experimental-shape", spec: withOptions({ "K8s-Experimental": { resources: { limits: { "microsoft.com/fpga_catapult": 1 } } } }) },
  ],
  invalid: [
    {
      name: "the article's FPGA example: limits and requests both renamed, count kept",
      spec: resources({ limits: { "microsoft.com/fpga_catapult": 2 }, requests: { "microsoft.com/fpga_catapult": 2 } }),
      errors: [
        {
          at: '"microsoft.com/fpga_catapult": 2',
          message:
            "module 'inference': 'microsoft.com/fpga_catapult' in k8s-experimental.resources.limits asks for an FPGA, which Azure Stack Edge Pro GPU does not have; request 'nvidia.com/gpu': 2 in k8s-experimental.resources.limits (and requests) instead",
          fixable: true,
          module: "inference",
        },
        { at: '"microsoft.com/fpga_catapult": 2', occurrence: 1, message: /resources\.requests asks for an FPGA/, fixable: true },
      ],
      output: manifestText(resources({ limits: { "nvidia.com/gpu": 2 }, requests: { "nvidia.com/gpu": 2 } })),
    },
    {
      name: "only in requests: renamed there and copied into limits (Kubernetes needs a GPU limit)",
      spec: resources({ requests: { cpu: "500m", "microsoft.com/fpga_catapult": 1 } }),
      errors: [{ at: '"microsoft.com/fpga_catapult": 1', fixable: true }],
      output: manifestText(resources({ requests: { cpu: "500m", "nvidia.com/gpu": 1 }, limits: { "nvidia.com/gpu": 1 } })),
    },
    {
      name: "an nvidia.com/gpu already beside it is kept, the FPGA entry removed",
      spec: resources({ limits: { "nvidia.com/gpu": 1, "microsoft.com/fpga_catapult": 2 } }),
      errors: [{ at: '"microsoft.com/fpga_catapult": 2', fixable: true }],
      output: manifestText(resources({ limits: { "nvidia.com/gpu": 1 } })),
    },
    {
      name: "a placeholder count is kept as it is",
      spec: resources({ limits: { "microsoft.com/fpga_catapult": "$FPGA_COUNT" } }),
      errors: [{ at: '"microsoft.com/fpga_catapult"', message: /'nvidia.com\/gpu': "\$FPGA_COUNT"/ }],
      output: manifestText(resources({ limits: { "nvidia.com/gpu": "$FPGA_COUNT" } })),
    },
  ],
});
