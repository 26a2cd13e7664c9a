import { type PortBinding, type Rule } from "../src/rule-api.js";
/**
 * The module's TCP and UDP bindings, when this rule reports them (both protocols, and a service
 * type that cannot mix them); read with `facts.get(mixedProtocols)` (shared: read-only).
 */
export declare const mixedProtocols: import("../src/rule-api.js").Fact<{
    bindings: PortBinding[];
    other: PortBinding;
} | undefined>;
/** F8: one module's service cannot carry TCP and UDP ports (a LoadBalancer service is single-protocol). */
declare const rule: Rule;
export default rule;
