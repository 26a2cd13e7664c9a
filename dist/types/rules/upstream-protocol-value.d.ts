import { type Rule } from "../src/rule-api.js";
/** §1.8, §5.9: UpstreamProtocol is parsed as an enum (any case); an unknown value is silently dropped. */
declare const rule: Rule;
export default rule;
