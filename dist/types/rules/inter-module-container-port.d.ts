import { type Rule } from "../src/rule-api.js";
/** F6: between modules, Kubernetes-based IoT Edge connects through the Service: the module's Kubernetes name and its host port. */
declare const rule: Rule;
export default rule;
