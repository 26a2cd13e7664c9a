// TEMPORARY shim while rules move to the facts model (deleted before merge)
import { ModuleFacts, keyIgnoreCase, valueIgnoreCase, type Module } from "../src/rule-api.js";
export { keyIgnoreCase, valueIgnoreCase };
const f = (mod: Module): ModuleFacts => new ModuleFacts(mod);
export function perModule<T>(compute: (mod: Module) => T): (mod: Module) => T { return compute; }
export const hostConfigValue = (mod: Module) => f(mod).hostConfigValue;
export const hostConfig = (mod: Module) => f(mod).hostConfig;
export const k8sExperimental = (mod: Module) => f(mod).k8sExperimental;
export const envVars = (mod: Module) => f(mod).env;
export const hasHostConfigMember = (mod: Module, ...lower: string[]) => f(mod).hasHostConfigMember(...lower);
