import { type Rule } from "../src/rule-api.js";
/** F19: Kubernetes rejects ':' in environment variable names; .NET reads '__' as ':'. */
declare const rule: Rule;
export default rule;
