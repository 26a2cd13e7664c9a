import { type Rule } from "../src/rule-api.js";
/** bytes → Kubernetes quantity in Mi, rounded up (a limit never shrinks); undefined for a value no quantity can hold. */
export declare function toMi(bytes: number): string | undefined;
/**
 * CPUs × 1000 → millicores, rounded up and at least 1m (Kubernetes' smallest CPU unit: a limit
 * of "0m" would mean none); undefined for a value no quantity can hold (NanoCpus 1e308).
 */
export declare function toMillicores(cpus: number): string | undefined;
/** F11 §1.2: Docker memory/CPU limits are not read on Kubernetes; k8s-experimental.resources is. */
declare const rule: Rule;
export default rule;
