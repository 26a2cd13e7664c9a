import { type Rule } from "../src/rule-api.js";
/** §1.3, §5.6: the Kubernetes agent ignores `User`; the pod securityContext sets the uid/gid. */
declare const rule: Rule;
export default rule;
