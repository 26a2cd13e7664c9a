import { type Rule } from "../src/rule-api.js";
/** V7: with `allow_elevated_docker_permissions = false` IoT Edge strips Privileged and added capabilities. */
declare const rule: Rule;
export default rule;
