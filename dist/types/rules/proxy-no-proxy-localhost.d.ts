import { type ModuleFacts, type Rule } from "../src/rule-api.js";
/** Is `localhost` one of the comma-separated no_proxy entries? */
export declare function listsLocalhost(value: string): boolean;
/** Does this rule report the module: https_proxy set and no_proxy not listing localhost (nor a placeholder)? */
export declare function missesNoProxyLocalhost(facts: ModuleFacts): boolean;
/** F14: on Kubernetes the module talks to its proxy sidecar on localhost, which must bypass the web proxy. */
declare const rule: Rule;
export default rule;
