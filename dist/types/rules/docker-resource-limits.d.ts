import { type Rule } from "../src/rule-api.js";
/** bytes → Kubernetes quantity in Mi, rounded up (a limit never shrinks). */
export declare function toMi(bytes: number): string;
/** CPUs × 1000 → millicores, rounded up. */
export declare function toMillicores(cpus: number): string;
/** F11 §1.2: Docker memory/CPU limits are not read on Kubernetes; k8s-experimental.resources is. */
declare const rule: Rule;
export default rule;
