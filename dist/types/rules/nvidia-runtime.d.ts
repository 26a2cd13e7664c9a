import { type Rule } from "../src/rule-api.js";
/** F10 §5.7: Kubernetes ignores HostConfig.Runtime; a GPU is requested as the nvidia.com/gpu resource. */
declare const rule: Rule;
export default rule;
