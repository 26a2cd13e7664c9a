import type { JNode } from "../model/node.js";
import type { ModuleContext } from "./context.js";
import type { K8sObject, ModuleSettings } from "./types.js";
export declare const ORIGINAL_ID = "net.azure-devices.edge.original-moduleid";
export interface Identity {
    /** `SanitizeK8sValue(module name)`: Deployment, container, Service and ServiceAccount name */
    name: string;
    /** the module's path in the manifest */
    from: string;
    labels: Record<string, string>;
    /** createOptions.Labels as annotation keys (pod template and Service) */
    annotations: Record<string, string>;
    labelsNode: JNode | undefined;
    namespace: string;
}
export declare function moduleIdentity(ctx: ModuleContext, s: ModuleSettings): Identity;
/** Object metadata: name, namespace and the module's labels. */
export declare function metadata(id: Identity, name: string): K8sObject["metadata"];
/** What the agent or the API server does with the module's Kubernetes name. */
export declare function noteNames(ctx: ModuleContext, name: string): void;
