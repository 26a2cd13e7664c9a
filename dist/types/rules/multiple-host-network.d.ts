import { type Rule } from "../src/rule-api.js";
/**
 * The module is on the host network: HostConfig.NetworkMode is `host`. Every such module after the
 * first is this rule's finding (host-network stays silent on them).
 */
export declare const onHostNetwork: import("../src/rule-api.js").Fact<boolean>;
/** §1.6: every module pod has a proxy sidecar on localhost ports, so only one module may use the host network. */
declare const rule: Rule;
export default rule;
