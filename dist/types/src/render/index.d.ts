import { RenderError, SERVICE_TYPES, type RenderOptions, type RenderResult } from "./types.js";
export { RenderError, SERVICE_TYPES };
export type { FieldSource, K8sObject, RenderOptions, RenderResult, RenderedModule, RenderedObject, ServiceType, TranslationNote } from "./types.js";
export declare const DEFAULT_NAMESPACE = "iotedge";
export declare function renderKubernetes(text: string, options?: RenderOptions): RenderResult;
