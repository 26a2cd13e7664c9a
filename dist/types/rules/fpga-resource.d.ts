import { type Rule } from "../src/rule-api.js";
/** F10: the GPU device has no FPGA; acceleration is requested as `nvidia.com/gpu`. */
declare const rule: Rule;
export default rule;
