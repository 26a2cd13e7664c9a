import { type Rule } from "../src/rule-api.js";
/** §1.2 [INF]: nodeSelector is read as IDictionary<string,string>; JSON true becomes "True". */
declare const rule: Rule;
export default rule;
