import { describe, expect, it } from "vitest";
import rule, { toMi, toMillicores } from "../../rules/docker-resource-limits.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { storage: { createOptions: co } } });
const res = (r: Record<string, unknown>) => ({ "k8s-experimental": { resources: r } });

describe("unit conversion", () => {
  it("bytes to Mi, rounded up", () => {
    expect(toMi(536870912)).toBe("512Mi");
    expect(toMi(536870913)).toBe("513Mi");
    expect(toMi(1000000)).toBe("1Mi");
  });
  it("CPUs to millicores, rounded up", () => {
    expect(toMillicores(1.5)).toBe("1500m");
    expect(toMillicores(0.25)).toBe("250m");
    expect(toMillicores(50000 / 100000)).toBe("500m");
    expect(toMillicores(1 / 3)).toBe("334m");
  });
});

ruleTester(rule, {
  valid: [
    { name: "k8s limits only", spec: mod({ HostConfig: {}, ...res({ limits: { memory: "512Mi", cpu: "500m" } }) }) },
    { name: "zero means no limit in Docker", spec: mod({ HostConfig: { Memory: 0, NanoCpus: 0, CpuQuota: -1 } }) },
  ],
  invalid: [
    {
      name: "Memory becomes limits.memory in Mi (new k8s-experimental)",
      spec: mod({ HostConfig: { Memory: 536870912, Privileged: true } }),
      errors: [
        {
          at: '"Memory"',
          message:
            'module \'storage\': HostConfig.Memory is not read by Kubernetes-based IoT Edge (no limit is applied); write it as "k8s-experimental": {"resources": {"limits": {"memory": "512Mi"}}}',
          fixable: true,
          severity: "warning",
        },
      ],
      output: manifestText(mod({ HostConfig: { Privileged: true }, ...res({ limits: { memory: "512Mi" } }) })),
    },
    {
      name: "Memory, MemoryReservation and NanoCpus: all converted (over several passes)",
      spec: mod({ HostConfig: { Memory: 1073741824, MemoryReservation: 268435456, NanoCpus: 1500000000 } }),
      errors: [
        { at: '"Memory"', fixable: true },
        { at: '"MemoryReservation"', message: /"requests": \{"memory": "256Mi"\}/, fixable: true },
        { at: '"NanoCpus"', message: /"limits": \{"cpu": "1500m"\}/, fixable: true },
      ],
      output: manifestText(mod({ HostConfig: {}, ...res({ limits: { memory: "1024Mi", cpu: "1500m" }, requests: { memory: "256Mi" } }) })),
    },
    {
      name: "CpuQuota/CpuPeriod become millicores; both keys removed",
      spec: mod({ HostConfig: { Privileged: true, CpuPeriod: 100000, CpuQuota: 50000 }, ...res({ limits: { memory: "64Mi" } }) }),
      errors: [{ at: '"CpuQuota"', message: /HostConfig\.CpuQuota\/CpuPeriod is not read.*"cpu": "500m"/ }],
      output: manifestText(mod({ HostConfig: { Privileged: true }, ...res({ limits: { memory: "64Mi", cpu: "500m" } }) })),
    },
    {
      name: "an existing Kubernetes limit is not overwritten: the Docker key is only removed",
      spec: mod({ HostConfig: { Memory: 2147483648 }, ...res({ limits: { memory: "1Gi" } }) }),
      errors: [{ at: '"Memory"', message: /limits\.memory is already "1Gi" and is what Kubernetes applies, so remove the Docker option \(it would be 2048Mi\)/ }],
      output: manifestText(mod({ HostConfig: {}, ...res({ limits: { memory: "1Gi" } }) })),
    },
    {
      name: "a placeholder value is reported without a fix",
      spec: mod({ HostConfig: { Memory: "$MEMORY_LIMIT" } }),
      errors: [{ at: '"Memory"', message: /set k8s-experimental\.resources\.limits\.memory/, fixable: false }],
      output: null,
    },
    {
      name: "CpuShares is a suggestion (requests.cpu also reserves CPU)",
      spec: mod({ HostConfig: { CpuShares: 512 } }),
      errors: [{ at: '"CpuShares"', message: /512 shares is "500m"/, fixable: false, suggestions: 1 }],
      output: null,
    },
    {
      name: "a lowercase key is matched and named as spelt",
      spec: mod({ HostConfig: { memory: 104857600 } }),
      errors: [{ at: '"memory": 104857600', message: /HostConfig\.memory is not read.*"100Mi"/ }],
      output: manifestText(mod({ HostConfig: {}, ...res({ limits: { memory: "100Mi" } }) })),
    },
  ],
});
