import { type Rule } from "../src/rule-api.js";
export declare const RUNTIME_TAG = "1.6";
/** V9: the IoT Edge runtime images below 1.6 are out of support; 1.6 LTS is the current one. */
declare const rule: Rule;
export default rule;
