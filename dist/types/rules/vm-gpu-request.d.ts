import type { Rule } from "../src/rule-api.js";
/** V2, V3: Docker does not read k8s-experimental; a GPU requested only there is no GPU at all on the VM. */
declare const rule: Rule;
export default rule;
