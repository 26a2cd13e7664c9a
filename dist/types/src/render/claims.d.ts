/**
 * PersistentVolumeClaims (as docs/render.md describes the agent): the agent makes one per Mounts entry of Type
 * volume only when it has a StorageClassName; without one, the pod waits for a claim of that name.
 */
import type { ModuleContext } from "./context.js";
import { type Identity } from "./identity.js";
import type { ModuleSettings, RenderedObject } from "./types.js";
import type { ModuleVolumes } from "./volumes.js";
export declare function buildClaims(ctx: ModuleContext, id: Identity, s: ModuleSettings, vols: ModuleVolumes): RenderedObject[];
