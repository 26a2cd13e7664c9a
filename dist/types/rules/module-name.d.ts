import { type ModuleFacts, type Rule } from "../src/rule-api.js";
/** A name module-name does not report (it reports, and renames, every other user module that is not a placeholder). */
export declare function isValidModuleName(facts: ModuleFacts): boolean;
/** F17: module names become Kubernetes object names, which must be RFC 1123 labels. */
declare const rule: Rule;
export default rule;
