import { type Rule } from "../src/rule-api.js";
/** F15: the IoT Edge proxy sidecar listens on 35000/35001 in every module pod; ASE reserves 31000/31001. */
declare const rule: Rule;
export default rule;
