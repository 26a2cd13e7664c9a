import { valueIgnoreCase, type Edit, type JNode, type Module, type ModuleFacts, type Rule, type RuleContext } from "../src/rule-api.js";
import { ensureK8s, removeMembers } from "./_resources.js";

const MI = 1024 * 1024;

/** A HostConfig option's plain value as a number, when it is a finite one. */
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** A whole number of units as a Kubernetes quantity; undefined when it would not print as digits (1e+21, beyond 2^53). */
function quantity(units: number, suffix: string): string | undefined {
  return Number.isSafeInteger(units) && units > 0 ? `${units}${suffix}` : undefined;
}

/** bytes → Kubernetes quantity in Mi, rounded up (a limit never shrinks); undefined for a value no quantity can hold. */
export function toMi(bytes: number): string | undefined {
  return quantity(Math.ceil(bytes / MI), "Mi");
}

/**
 * CPUs × 1000 → millicores, rounded up and at least 1m (Kubernetes' smallest CPU unit: a limit
 * of "0m" would mean none); undefined for a value no quantity can hold (NanoCpus 1e308).
 */
export function toMillicores(cpus: number): string | undefined {
  // rounding to 1/1000 millicore first keeps float noise (0.1 × 3) from rounding up a whole millicore
  const milli = Math.max(1, Math.ceil(Math.round(cpus * 1e6) / 1e3));
  return Number.isFinite(cpus) && cpus > 0 ? quantity(milli, "m") : undefined;
}

interface Target {
  map: "limits" | "requests";
  key: "memory" | "cpu";
  value: string;
}

const target = (map: Target["map"], key: Target["key"], value: string | undefined): Target | undefined => (value === undefined ? undefined : { map, key, value });

function report1(
  ctx: RuleContext,
  facts: ModuleFacts,
  mod: Module,
  node: JNode,
  what: string,
  target: Target | undefined,
  removed: JNode[],
): void {
  if (target === undefined) {
    ctx.report({ node, module: mod, messageId: "noLimitValue", data: { what } });
    return;
  }
  const existing = facts.resources[target.map]?.get(target.key);
  const remove = removeMembers(facts.hostConfig!, removed);
  if (existing !== undefined) {
    ctx.report({
      node,
      module: mod,
      messageId: "resourceAlreadySet",
      data: { what, map: target.map, key: target.key, existing: String(JSON.stringify(existing.value)), value: target.value },
      fix: remove,
    });
    return;
  }
  const add = ensureK8s(ctx.manifest, facts, { resources: { [target.map]: { [target.key]: target.value } } });
  const fix: Edit[] | undefined = add === undefined ? undefined : [...remove, ...add];
  ctx.report({
    node,
    module: mod,
    messageId: "writeResource",
    data: { what, map: target.map, key: target.key, value: target.value },
    ...(fix !== undefined ? { fix } : {}),
  });
}

const NOT_READ = "HostConfig.{{what}} is not read by Kubernetes-based IoT Edge";
const SHARES = "HostConfig.{{key}} is not read by Kubernetes-based IoT Edge; Kubernetes derives CPU shares from k8s-experimental.resources.requests.cpu";

/** F11 §1.2: Docker memory/CPU limits are not read on Kubernetes; k8s-experimental.resources is. */
const rule: Rule = {
  meta: {
    id: "docker-resource-limits",
    severity: "warning",
    facts: ["F11", "§1.2"],
    description: "HostConfig.Memory, MemoryReservation, NanoCpus, CpuQuota/CpuPeriod, CpuShares (not read on Kubernetes); the fix writes k8s-experimental.resources limits/requests.",
    repair: "fix",
    targets: ["kubernetes"],
    messages: {
      noLimitValue: `${NOT_READ} (no limit is applied); set k8s-experimental.resources.limits.memory / .cpu (e.g. "512Mi", "500m") instead`,
      resourceAlreadySet: `${NOT_READ} (no limit is applied); k8s-experimental.resources.{{map}}.{{key}} is already {{existing}} and is what Kubernetes applies, so remove the Docker option (it would be {{value}})`,
      writeResource: `${NOT_READ} (no limit is applied); write it as "k8s-experimental": {"resources": {"{{map}}": {"{{key}}": "{{value}}"}}}`,
      quotaWithNanoCpus: `${NOT_READ}, and {{nanoCpus}} already gives the CPU limit; remove it`,
      periodWithoutQuota: "HostConfig.{{key}} is not read by Kubernetes-based IoT Edge and sets no limit without CpuQuota; remove it",
      cpuShares: `${SHARES}, which also reserves that much CPU on the node`,
      cpuSharesAsRequest: `${SHARES} ({{shares}} shares is "{{cpu}}"), which also reserves that much CPU on the node`,
    },
  },
  create: (ctx) => ({
    module(mod, facts) {
      if (!facts.hasHostConfigMember("memory", "memoryreservation", "nanocpus", "cpuquota", "cpuperiod", "cpushares")) return;
      // plain values decide; a node is made for an option only when it is reported or edited
      const hcValue = facts.hostConfigValue!;
      const hc = facts.hostConfig!;
      const memoryValue = valueIgnoreCase(hcValue, "memory");
      const m = num(memoryValue);
      if (memoryValue !== undefined && m !== 0) {
        const memory = hc.get("Memory")!;
        report1(ctx, facts, mod, memory, memory.key!, m !== undefined && m > 0 ? target("limits", "memory", toMi(m)) : undefined, [memory]);
      }
      const reservationValue = valueIgnoreCase(hcValue, "memoryreservation");
      const r = num(reservationValue);
      if (reservationValue !== undefined && r !== 0) {
        const reservation = hc.get("MemoryReservation")!;
        report1(ctx, facts, mod, reservation, reservation.key!, r !== undefined && r > 0 ? target("requests", "memory", toMi(r)) : undefined, [reservation]);
      }
      const nanoValue = valueIgnoreCase(hcValue, "nanocpus");
      const n = num(nanoValue);
      const hasNano = nanoValue !== undefined && n !== 0;
      if (hasNano) {
        const nano = hc.get("NanoCpus")!;
        report1(ctx, facts, mod, nano, nano.key!, n !== undefined && n > 0 ? target("limits", "cpu", toMillicores(n / 1e9)) : undefined, [nano]);
      }
      const quotaValue = valueIgnoreCase(hcValue, "cpuquota");
      const periodValue = valueIgnoreCase(hcValue, "cpuperiod");
      const q = num(quotaValue);
      const p = periodValue === undefined ? 100000 : num(periodValue);
      if (quotaValue !== undefined && q !== 0 && q !== -1) {
        const quota = hc.get("CpuQuota")!;
        const period = hc.get("CpuPeriod");
        const cpu = q !== undefined && q > 0 && p !== undefined && p > 0 ? target("limits", "cpu", toMillicores(q / p)) : undefined;
        const what = period !== undefined ? `${quota.key}/${period.key}` : quota.key!;
        const removed = [quota, ...(period ? [period] : [])];
        if (hasNano) {
          // Docker refuses NanoCpus with CpuQuota/CpuPeriod; NanoCpus gives limits.cpu, these only go
          ctx.report({
            node: quota,
            module: mod,
            messageId: "quotaWithNanoCpus",
            data: { what, nanoCpus: hc.get("NanoCpus")!.key! },
            fix: removeMembers(hc, removed),
          });
        } else report1(ctx, facts, mod, quota, what, cpu, removed);
      } else if (periodValue !== undefined && (quotaValue === undefined || q === 0 || q === -1)) {
        const period = hc.get("CpuPeriod")!;
        const quota = quotaValue !== undefined ? hc.get("CpuQuota") : undefined;
        ctx.report({
          node: period,
          module: mod,
          messageId: "periodWithoutQuota",
          data: { key: period.key! },
          fix: removeMembers(hc, quota !== undefined ? [quota, period] : [period]),
        });
      }
      const sharesValue = valueIgnoreCase(hcValue, "cpushares");
      const s = num(sharesValue);
      if (sharesValue !== undefined && s !== 0) {
        const shares = hc.get("CpuShares")!;
        const value = s !== undefined && s > 0 ? toMillicores(s / 1024) : undefined;
        const add = value === undefined ? undefined : ensureK8s(ctx.manifest, facts, { resources: { requests: { cpu: value } } });
        const has = facts.resources.requests?.get("cpu") !== undefined;
        ctx.report({
          node: shares,
          module: mod,
          ...(value === undefined
            ? { messageId: "cpuShares", data: { key: shares.key! } }
            : { messageId: "cpuSharesAsRequest", data: { key: shares.key!, shares: String(shares.value), cpu: value } }),
          ...(add !== undefined && !has
            ? { suggestions: [{ message: `Request "cpu": "${value}" in k8s-experimental.resources.requests instead`, edits: [{ op: "remove", node: shares } as Edit, ...add] }] }
            : {}),
        });
      }
    },
  }),
};

export default rule;
