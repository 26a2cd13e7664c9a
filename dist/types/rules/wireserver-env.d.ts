import type { Rule } from "../src/rule-api.js";
/** F10: WIRESERVER_ADDRESS is what FPGA modules use to reach the FPGA service; GPU modules need none. */
declare const rule: Rule;
export default rule;
