// TEMPORARY shim while rules move to the facts model (deleted before merge)
import { ModuleFacts, type Module } from "../src/rule-api.js";
export const mountsOf = (mod: Module) => new ModuleFacts(mod).mounts;
export const bindsOf = (mod: Module) => new ModuleFacts(mod).binds;
