import { type Rule } from "../src/rule-api.js";
/** Is `localhost` one of the comma-separated no_proxy entries? */
export declare function listsLocalhost(value: string): boolean;
/** F14: on Kubernetes the module talks to its proxy sidecar on localhost, which must bypass the web proxy. */
declare const rule: Rule;
export default rule;
