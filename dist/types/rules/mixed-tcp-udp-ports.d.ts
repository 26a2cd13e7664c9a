import type { Module, Rule } from "../src/rule-api.js";
import { type PortBinding } from "./_ports.js";
/** The module's TCP and UDP bindings, when this rule reports them (both protocols, and a service type that cannot mix them). */
export declare function mixedProtocols(mod: Module): {
    bindings: PortBinding[];
    other: PortBinding;
} | undefined;
/** F8: one module's service cannot carry TCP and UDP ports (a LoadBalancer service is single-protocol). */
declare const rule: Rule;
export default rule;
