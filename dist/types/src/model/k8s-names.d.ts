/**
 * The names the IoT Edge Kubernetes agent derives, exactly as its source does
 * (stated in rules/module-name.md): one module, so every rule and fix computes them the same way.
 */
/** `KubeUtils.SanitizeK8sValue`: lowercase, drop every character outside [a-z0-9-.]. No trimming. */
export declare function k8sName(moduleName: string): string;
/** `KubeUtils.SanitizeDNSLabel` (volume and PVC names): lowercase, keep [a-z0-9-], trim to alphanumeric ends. */
export declare function dnsLabelFromSource(source: string): string;
export declare function isDns1123Label(s: string): boolean;
export declare function isDns1035Label(s: string): boolean;
/** Names the agent or the runtime already uses in the namespace or pod. */
export declare const RESERVED_K8S_NAMES: ReadonlySet<string>;
/**
 * A valid module name close to `name` (for the `module-name` fix): lowercase, invalid characters
 * become `-`, runs of `-` fold, ends trimmed, at most 63 characters, a leading digit prefixed
 * with `m-` when the module needs a Service name; unique against `taken` (a numeric suffix).
 */
export declare function proposeModuleName(name: string, taken: ReadonlySet<string>, needsLetterStart?: boolean): string;
