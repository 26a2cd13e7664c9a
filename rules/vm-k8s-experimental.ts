import { isPlainObject, valueIgnoreCase, type Edit, type JNode, type Module, type ModuleFacts, type Rule, type RuleContext } from "../src/rule-api.js";
import { FPGA, GPU } from "./_resources.js";
import { hasDockerGpu, resourceEntries } from "./_vm.js";
import { isEmptyValue } from "./_options.js";

const MEMORY_UNITS: Record<string, number> = { "": 1, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4 };

/** A Kubernetes memory quantity (`256Mi`, `1G`, `1073741824`) in bytes; undefined when it is not a plain one. */
export function memoryBytes(q: unknown): number | undefined {
  const m = typeof q === "number" ? [String(q), String(q), ""] : typeof q === "string" ? /^\s*(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|K|M|G|T)?\s*$/.exec(q) : null;
  if (m === null) return undefined;
  const bytes = Math.ceil(Number(m[1]) * MEMORY_UNITS[m[2] ?? ""]!);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

/** A Kubernetes CPU quantity (`500m`, `2`, `0.5`) as Docker NanoCpus; undefined when it is not a plain one. */
export function nanoCpus(q: unknown): number | undefined {
  const s = typeof q === "number" ? String(q) : typeof q === "string" ? q.trim() : undefined;
  const m = s === undefined ? null : /^(\d+(?:\.\d+)?)(m)?$/.exec(s);
  if (m === null) return undefined;
  const n = Math.round(Number(m[1]) * (m[2] === "m" ? 1e6 : 1e9));
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** Docker create options that carry a resource of k8s-experimental over (limits.memory → Memory, ...). */
const DOCKER_FORM: Record<string, { key: string; convert: (q: unknown) => number | undefined }> = {
  "limits.memory": { key: "Memory", convert: memoryBytes },
  "requests.memory": { key: "MemoryReservation", convert: memoryBytes },
  "limits.cpu": { key: "NanoCpus", convert: nanoCpus },
};

interface Reading {
  /** settings a removal would lose, with where Docker takes them */
  lost: string[];
  /** Docker options that carry resources over (only those HostConfig does not set already) */
  carry: Record<string, number>;
  /** the carried resources, for messages */
  carried: string[];
}

/** What a removal of k8s-experimental would lose, and what can be carried over to HostConfig. */
function read(facts: ModuleFacts, value: unknown): Reading {
  const out: Reading = { lost: [], carry: {}, carried: [] };
  if (!isPlainObject(value)) return out;
  const hc = facts.hostConfigValue;
  for (const [key, v] of Object.entries(value)) {
    const k = key.toLowerCase();
    if (k === "resources" && isPlainObject(v)) {
      for (const [mapKey, map] of Object.entries(v)) {
        if (!isPlainObject(map)) continue;
        for (const [res, q] of Object.entries(map)) {
          const r = res.toLowerCase();
          if (isEmptyValue(q) || r === FPGA) continue;
          if (r === GPU) {
            if (!hasDockerGpu(facts)) out.lost.push(`resources.${mapKey}["${GPU}"] (HostConfig.DeviceRequests)`);
            continue;
          }
          // a CPU request only weighs pods for the Kubernetes scheduler: nothing to carry to one Docker host
          if (`${mapKey.toLowerCase()}.${r}` === "requests.cpu") continue;
          const docker = DOCKER_FORM[`${mapKey.toLowerCase()}.${r}`];
          if (docker !== undefined && valueIgnoreCase(hc, docker.key.toLowerCase()) !== undefined) continue; // Docker's own setting is what runs
          const n = docker?.convert(q);
          if (docker !== undefined && n !== undefined) {
            out.carry[docker.key] = n;
            out.carried.push(`resources.${mapKey}.${res} (HostConfig.${docker.key}: ${n})`);
          }
          else out.lost.push(`resources.${mapKey}.${res}${docker !== undefined ? ` (HostConfig.${docker.key})` : ""}`);
        }
      }
    } else if (k === "securitycontext" && !isEmptyValue(v)) out.lost.push(`${key} (HostConfig User, CapAdd, Privileged)`);
    else if (k === "volumes" && !isEmptyValue(v)) out.lost.push(`${key} (HostConfig.Binds or Mounts)`);
  }
  return out;
}

/** Edits that add the carried-over options to HostConfig (created when missing); undefined when HostConfig is not an object. */
function carryEdits(root: JNode, facts: ModuleFacts, carry: Record<string, number>): Edit[] | undefined {
  if (Object.keys(carry).length === 0) return [];
  const hc = facts.hostConfig;
  if (hc === undefined) {
    // a HostConfig that is there but no object is not ours to replace
    if (valueIgnoreCase(root.value, "hostconfig") !== undefined) return undefined;
    return [{ op: "add", parent: root.withCase(false), key: "HostConfig", value: carry }];
  }
  return Object.entries(carry).map(([key, value]) => ({ op: "add", parent: hc, key, value }));
}

/** The more specific rules report it: an FPGA resource (fpga-resource), a GPU only there (vm-gpu-request). */
function leftToOtherRules(facts: ModuleFacts, member: JNode): boolean {
  if (member.key !== "k8s-experimental") return false;
  return resourceEntries(facts, FPGA).length > 0 || (resourceEntries(facts, GPU).length > 0 && !hasDockerGpu(facts));
}

function describeCarry(carry: Record<string, number>): string {
  return Object.entries(carry)
    .map(([k, v]) => `HostConfig.${k}: ${v}`)
    .join(", ");
}

const IGNORED = "'{{key}}' is read only by Kubernetes-based IoT Edge; IoT Edge in a VM (Docker) ignores it";

/** V2: the Docker runtime does not read k8s-experimental: on the VM it is dead configuration. */
const rule: Rule = {
  meta: {
    id: "vm-k8s-experimental",
    severity: "warning",
    facts: ["V1", "V2"],
    description:
      "k8s-experimental in createOptions, which Docker does not read; the fix removes it, carrying memory and cpu limits over to HostConfig.Memory, MemoryReservation and NanoCpus, unless it holds settings with no automatic Docker equivalent (securityContext, volumes, other resources).",
    repair: "fix",
    targets: ["vm"],
    messages: {
      settingsLost: `${IGNORED}, so these settings have no effect there: {{settings}}; write them as Docker create options, then remove '{{key}}'`,
      deadConfiguration: `${IGNORED}: remove this dead configuration`,
      deadConfigurationCarried: `${IGNORED}: remove this dead configuration (its memory and cpu limits become {{carried}})`,
    },
  },
  create: ({ report }) => ({
    createOptions(options, mod, facts) {
      checkModule(options, mod, facts, report);
    },
  }),
};

function checkModule(root: JNode, mod: Module, facts: ModuleFacts, report: RuleContext["report"]): void {
  // every spelling of the section is dead on Docker (V2)
  for (const member of facts.k8sExperimentalSections) {
    if (leftToOtherRules(facts, member)) continue;
    const { lost, carry, carried: carriedLabels } = read(facts, member.value);
    const carried = carryEdits(root, facts, carry);
    if (lost.length > 0 || carried === undefined) {
      const what = [...carriedLabels, ...lost];
      report({ node: member, module: mod, messageId: "settingsLost", data: { key: member.key!, settings: what.join(", ") } });
      continue;
    }
    const fix: Edit[] = [{ op: "remove", node: member }, ...carried];
    if (carried.length > 0) report({ node: member, module: mod, messageId: "deadConfigurationCarried", data: { key: member.key!, carried: describeCarry(carry) }, fix });
    else report({ node: member, module: mod, messageId: "deadConfiguration", data: { key: member.key! }, fix });
  }
}

export default rule;
