import { type ModuleFacts, type Rule } from "../src/rule-api.js";
/** Why a rolling update of this module would wait for a resource its old pod still holds. */
export declare function exclusiveHoldings(facts: ModuleFacts): string[];
/** F16: Kubernetes rolls updates by default; a module holding exclusive resources must be recreated. */
declare const rule: Rule;
export default rule;
