import { type Rule } from "../src/rule-api.js";
/** §1.8 / §5.2: the Kubernetes edgeAgent and edgeHub expect schema 1.1 and reject anything above it. */
declare const rule: Rule;
export default rule;
