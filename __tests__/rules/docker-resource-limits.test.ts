import { describe, expect, it } from "vitest";
import rule, { toMi, toMillicores } from "../../rules/docker-resource-limits.js";
import { fixText, lintText } from "../../src/index.js";
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
  // every value either prints as a valid Kubernetes quantity (digits and a suffix) or gives no fix
  it.each([
    [1, "1000m"],
    [1e-9, "1m"],
    [0.0001, "1m"],
    [0.001, "1m"],
    [0.0015, "2m"],
    [0.1 * 3, "300m"],
    [64, "64000m"],
    [9007199254740, "9007199254740000m"],
    [9007199254741, undefined],
    [1e299, undefined],
    [Number.MAX_VALUE, undefined],
    [Infinity, undefined],
    [NaN, undefined],
    [0, undefined],
    [-1, undefined],
  ])("toMillicores(%s) is %s", (cpus, expected) => {
    expect(toMillicores(cpus)).toBe(expected);
  });
  it.each([
    [1, "1Mi"],
    [1048576, "1Mi"],
    [1048577, "2Mi"],
    [1e15, "953674317Mi"],
    [9007199254740991 * 1048576, "9007199254740991Mi"],
    [1e308, undefined],
    [Infinity, undefined],
    [0, undefined],
    [-5, undefined],
  ])("toMi(%s) is %s", (bytes, expected) => {
    expect(toMi(bytes)).toBe(expected);
  });
});

describe("edge values never give an invalid quantity (issue 13)", () => {
  const QUANTITY = /^[1-9][0-9]*(m|Mi)$/;
  it.each([
    ["NanoCpus", 1, '"cpu": "1m"'],
    ["NanoCpus", 1e308, undefined],
    ["NanoCpus", 1.5, '"cpu": "1m"'],
    ["Memory", 1e308, undefined],
    ["Memory", 1, '"memory": "1Mi"'],
    ["MemoryReservation", 1e300, undefined],
    ["CpuQuota", 1, '"cpu": "1m"'],
  ])("%s: %s", (key, value, written) => {
    const text = manifestText(mod({ HostConfig: { [key]: value } }));
    const { messages } = lintText(text, { ruleSet: [rule] });
    const { output } = fixText(text, { ruleSet: [rule] });
    expect(messages).toHaveLength(1);
    if (written === undefined) {
      expect(output).toBe(text);
      expect(messages[0]!.message).toMatch(/set k8s-experimental\.resources\.limits\.memory \/ \.cpu/);
    } else {
      expect(output).toContain(written);
      const values = [...output.matchAll(/"(?:cpu|memory)": "([^"]*)"/g)].map((x) => x[1]);
      expect(values.length).toBe(1);
      expect(values[0]).toMatch(QUANTITY);
    }
  });
  it("CpuShares 1e308: no suggestion with an invalid quantity", () => {
    const [d] = lintText(manifestText(mod({ HostConfig: { CpuShares: 1e308 } })), { ruleSet: [rule] }).messages;
    expect(d!.suggestions).toBeUndefined();
    expect(d!.message).not.toMatch(/e\+/);
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
