import { type Rule } from "../src/rule-api.js";
/** A Kubernetes memory quantity (`256Mi`, `1G`, `1073741824`) in bytes; undefined when it is not a plain one. */
export declare function memoryBytes(q: unknown): number | undefined;
/** A Kubernetes CPU quantity (`500m`, `2`, `0.5`) as Docker NanoCpus; undefined when it is not a plain one. */
export declare function nanoCpus(q: unknown): number | undefined;
/** V2: the Docker runtime does not read k8s-experimental: on the VM it is dead configuration. */
declare const rule: Rule;
export default rule;
