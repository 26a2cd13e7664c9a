// TEMPORARY shim while rules move to the facts model (deleted before merge)
import { ModuleFacts, parsePortKey, type Module } from "../src/rule-api.js";
export { parsePortKey };
export type { PortKey, PortBinding, HostPortRef, ExposedPort } from "../src/rule-api.js";
export const portBindingsOf = (mod: Module) => new ModuleFacts(mod).portBindings;
export const exposedPortsOf = (mod: Module) => new ModuleFacts(mod).exposedPorts;
export const hasPorts = (mod: Module) => new ModuleFacts(mod).hasPorts;
