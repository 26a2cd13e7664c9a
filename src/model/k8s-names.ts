/**
 * The names the IoT Edge Kubernetes agent derives, exactly as its source does
 * (stated in rules/module-name.md): one module, so every rule and fix computes them the same way.
 */

/** `KubeUtils.SanitizeK8sValue`: lowercase, drop every character outside [a-z0-9-.]. No trimming. */
export function k8sName(moduleName: string): string {
  return moduleName.toLowerCase().replace(/[^a-z0-9.-]/g, "");
}

/** `KubeUtils.SanitizeDNSLabel` (volume and PVC names): lowercase, keep [a-z0-9-], trim to alphanumeric ends. */
export function dnsLabelFromSource(source: string): string {
  const kept = source.toLowerCase().replace(/[^a-z0-9-]/g, "");
  return kept.replace(/^[^a-z0-9]+/, "").replace(/[^a-z0-9]+$/, "");
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

export function isDns1123Label(s: string): boolean {
  return s.length <= 63 && DNS1123_LABEL.test(s);
}

export function isDns1035Label(s: string): boolean {
  return s.length <= 63 && DNS1035_LABEL.test(s);
}

/** Names the agent or the runtime already uses in the namespace or pod. */
export const RESERVED_K8S_NAMES: ReadonlySet<string> = new Set(["proxy", "iotedged", "edgeagent", "edgehub"]);

/**
 * A valid module name close to `name` (for the `module-name` fix): lowercase, invalid characters
 * become `-`, runs of `-` fold, ends trimmed, at most 63 characters, a leading digit prefixed
 * with `m-` when the module needs a Service name; unique against `taken` (a numeric suffix).
 */
export function proposeModuleName(name: string, taken: ReadonlySet<string>, needsLetterStart = false): string {
  let base = name
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-+/, "")
    .replace(/-+$/, "");
  if (base === "") base = "module";
  if (needsLetterStart && !/^[a-z]/.test(base)) base = `m-${base}`;
  base = base.slice(0, 63).replace(/-+$/, "");
  let candidate = base;
  for (let n = 2; taken.has(candidate) || RESERVED_K8S_NAMES.has(candidate); n++) {
    const suffix = `-${n}`;
    candidate = base.slice(0, 63 - suffix.length).replace(/-+$/, "") + suffix;
  }
  return candidate;
}
