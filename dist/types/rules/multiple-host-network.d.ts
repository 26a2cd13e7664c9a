import { type JNode, type Manifest, type Module, type Rule } from "../src/rule-api.js";
/** The modules on the host network, in manifest order, with their NetworkMode member. */
export declare function hostNetworkModules(manifest: Manifest): {
    mod: Module;
    node: JNode;
}[];
/** The modules this rule reports: every module on the host network after the first (host-network stays silent on them). */
export declare function extraHostNetworkModules(manifest: Manifest): Set<Module>;
/** §1.6: every module pod has a proxy sidecar on localhost ports, so only one module may use the host network. */
declare const rule: Rule;
export default rule;
