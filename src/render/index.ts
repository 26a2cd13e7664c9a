/**
 * renderKubernetes: the Kubernetes objects the IoT Edge Kubernetes agent would create for each
 * module of a manifest, with where each part came from and what the translation drops or changes
 * (each citing the built-in rule that reports it).
 */
import { builtinRules } from "../../rules/index.js";
import { lintRead } from "../engine/lint.js";
import type { Diagnostic } from "../engine/types.js";
import { k8sName } from "../model/k8s-names.js";
import { readManifest } from "../model/manifest.js";
import { ModuleContext } from "./context.js";
import { renderModule } from "./module.js";
import { RenderError, SERVICE_TYPES, type ModuleSettings, type RenderOptions, type RenderResult } from "./types.js";

export { RenderError, SERVICE_TYPES };
export type { FieldSource, K8sObject, RenderOptions, RenderResult, RenderedModule, RenderedObject, ServiceType, TranslationNote } from "./types.js";

export const DEFAULT_NAMESPACE = "iotedge";

export function renderKubernetes(text: string, options: RenderOptions = {}): RenderResult {
  const filePath = options.filePath ?? "deployment.json";
  const read = readManifest(filePath, text);
  if (read.kind === "not-a-manifest") throw new RenderError(`${filePath}: not an IoT Edge deployment manifest (no modulesContent, $edgeAgent or properties.desired.modules)`);
  if (read.kind === "invalid-json") {
    const at = read.source.position(read.error.offset);
    throw new RenderError(`${filePath}:${at.line}:${at.column}: not valid JSON: ${read.error.message}`);
  }
  const { manifest } = read;
  const serviceType = options.serviceType ?? "LoadBalancer";
  if (!SERVICE_TYPES.includes(serviceType)) throw new RenderError(`unknown service type '${String(serviceType)}'; use ${SERVICE_TYPES.join(", ")}`);
  let modules = manifest.modules;
  if (options.module !== undefined) {
    const want = options.module;
    modules = modules.filter((m) => m.name === want);
    if (modules.length === 0) modules = manifest.modules.filter((m) => k8sName(m.name) === k8sName(want));
    if (modules.length === 0) {
      const names = manifest.modules.map((m) => m.name);
      throw new RenderError(`${filePath}: no module '${want}'${names.length > 0 ? `; the modules are ${names.join(", ")}` : "; the manifest defines no modules"}`);
    }
  }
  const findings = options.findings ?? lintRead(filePath, read, { rules: builtinRules, target: "kubernetes", fixText: false }).result.messages;
  const byModule = new Map<string, Diagnostic[]>();
  for (const d of findings) {
    if (d.module === undefined) continue;
    let list = byModule.get(d.module);
    if (list === undefined) byModule.set(d.module, (list = []));
    list.push(d);
  }
  const settings: ModuleSettings = {
    namespace: options.namespace ?? DEFAULT_NAMESPACE,
    serviceType,
    storageClass: options.storageClass,
    pvcSizeMb: options.pvcSizeMb !== undefined && Number.isInteger(options.pvcSizeMb) && options.pvcSizeMb >= 0 ? options.pvcSizeMb : 0,
    runAsNonRoot: options.runAsNonRoot ?? false,
    deviceId: options.deviceId ?? "edge-device",
    iotHubHostname: options.iotHubHostname ?? "iothub.azure-devices.net",
  };
  return {
    filePath,
    template: manifest.template,
    namespace: settings.namespace,
    serviceType,
    modules: modules.map((m) => renderModule(new ModuleContext(m, byModule.get(m.name) ?? []), settings)),
  };
}
