/** What `renderKubernetes` returns: per module, the Kubernetes objects the IoT Edge agent would create. */
import type { Diagnostic } from "../engine/types.js";
export declare const SERVICE_TYPES: readonly ["LoadBalancer", "ClusterIP", "NodePort"];
export type ServiceType = (typeof SERVICE_TYPES)[number];
export interface RenderOptions {
    /** render only this module (its name in the manifest, or its Kubernetes name) */
    module?: string;
    /** the device namespace (default `iotedge`, as on Azure Stack Edge) */
    namespace?: string;
    /** the agent's PortMappingServiceType (default `LoadBalancer`, as on Azure Stack Edge) */
    serviceType?: ServiceType;
    /** the agent's StorageClassName: when set, a PersistentVolumeClaim is made for each volume mount */
    storageClass?: string;
    /** the agent's PersistentVolumeClaimDefaultSizeInMb (default 0, as when it is unset) */
    pvcSizeMb?: number;
    /** the agent's RunAsNonRoot: pods without a securityContext get runAsNonRoot and runAsUser 1000 */
    runAsNonRoot?: boolean;
    /** decides template (tolerant) reading: `*.template.json` */
    filePath?: string;
    /** value of the `net.azure-devices.edge.deviceid` label (the agent uses the device id) */
    deviceId?: string;
    /** value of the `net.azure-devices.edge.hub` label (the agent uses the IoT hub host name) */
    iotHubHostname?: string;
    /**
     * the text's findings for the kubernetes target, when the caller has linted it already (the
     * notes cite them; the objects do not depend on them): the text is not linted again. Without
     * them the built-in rules are run.
     */
    findings?: readonly Diagnostic[];
}
/** The agent's settings a render assumes (from RenderOptions, defaults filled in). */
export interface ModuleSettings {
    namespace: string;
    serviceType: ServiceType;
    storageClass: string | undefined;
    pvcSizeMb: number;
    runAsNonRoot: boolean;
    deviceId: string;
    iotHubHostname: string;
}
/** A Kubernetes object as plain JSON data. */
export type K8sObject = {
    apiVersion: string;
    kind: string;
    metadata: {
        name: string;
        namespace?: string;
    } & Record<string, unknown>;
} & Record<string, unknown>;
/** Where a part of an object came from. */
export interface FieldSource {
    /** the field inside the object (`["spec", "template", "spec", "containers", 0, "env", 2]`) */
    field: readonly (string | number)[];
    /** the manifest path, relative to the module (`settings.createOptions.HostConfig.PortBindings["5140/udp"]`), or where the agent takes it from */
    from: string;
    /** what the agent adds there that is not rendered */
    note?: string;
}
export interface RenderedObject {
    kind: "Deployment" | "Service" | "PersistentVolumeClaim" | "ServiceAccount";
    name: string;
    object: K8sObject;
    /** the module's path in the manifest */
    from: string;
    fields: FieldSource[];
}
/** One thing the translation drops or changes. */
export interface TranslationNote {
    /** the rule that reports it (undefined when no built-in rule does) */
    ruleId?: string;
    message: string;
    /** manifest path, relative to the module */
    from: string;
    /** how the agent works rather than a problem in the manifest (no rule reports it) */
    info?: true;
}
export interface RenderedModule {
    /** the module name in the manifest */
    module: string;
    /** its Kubernetes name (Deployment, Service, ServiceAccount, container) */
    name: string;
    system: boolean;
    /** the module's path in the manifest */
    from: string;
    /** PersistentVolumeClaims, ServiceAccount, Service, Deployment (empty when the agent cannot read the module) */
    objects: RenderedObject[];
    notes: TranslationNote[];
}
export interface RenderResult {
    filePath: string;
    /** a deployment template: placeholders are kept as they are */
    template: boolean;
    namespace: string;
    serviceType: ServiceType;
    modules: RenderedModule[];
}
/** The input cannot be rendered (not JSON, not a manifest, unknown module): one clear line. */
export declare class RenderError extends Error {
    name: string;
}
