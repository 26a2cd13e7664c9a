import { type Rule } from "../src/rule-api.js";
/** F7: host networking works with dnsPolicy ClusterFirstWithHostNet; edgeHub need not be on the host network. */
declare const rule: Rule;
export default rule;
