import { type Rule } from "../src/rule-api.js";
/** Why a reserved Kubernetes name cannot be a module's. */
export declare function reservedWhy(name: string): string;
/** §1.5: names the agent or the runtime already uses in the namespace or the pod. */
declare const rule: Rule;
export default rule;
