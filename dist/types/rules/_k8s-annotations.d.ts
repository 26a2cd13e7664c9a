/**
 * The Kubernetes agent's `KubeUtils.SanitizeAnnotationKey`, which turns Docker `Labels` keys into
 * pod and Service annotation keys (stated in rules/label-key.md). Ported from
 * `Azure/iotedge edge-agent/src/Microsoft.Azure.Devices.Edge.Agent.Kubernetes/KubeUtils.cs`
 * (`SanitizeAnnotationKey`, `SanitizeDNSDomain`, `SanitizeDNSValue`, `SanitizeNameValue`): where the
 * C# code throws `InvalidKubernetesNameException` (the module is not deployed), this returns an error.
 */
export type Sanitized = {
    ok: true;
    key: string;
} | {
    ok: false;
    reason: string;
};
/** `KubeUtils.SanitizeAnnotationKey(key)`: the annotation key the agent writes, or why it throws. */
export declare function sanitizeAnnotationKey(key: string): Sanitized;
