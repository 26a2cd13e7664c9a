import type { Rule } from "../src/rule-api.js";
/** V4: the FPGA device's share folder does not exist in the VM; the shares are mounted elsewhere there. */
declare const rule: Rule;
export default rule;
