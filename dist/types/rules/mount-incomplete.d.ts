import { type Rule } from "../src/rule-api.js";
/** §1.3: the Kubernetes agent throws InvalidMountException for a Mounts entry without Type, Source or Target. */
declare const rule: Rule;
export default rule;
