import type { Rule } from "../src/rule-api.js";
/** V12: edgeAgent settings read only by its Kubernetes mode (K8S/Constants.cs, release/1.1-k8s-preview). */
export declare const KUBERNETES_AGENT_SETTINGS: string[];
/** V12: in a VM manifest's edgeAgent env, the Kubernetes-only settings are noise. */
declare const rule: Rule;
export default rule;
