import { type ModuleContext } from "./context.js";
import { type Experimental } from "./experimental.js";
import { type Identity } from "./identity.js";
import type { ModuleSettings, RenderedObject } from "./types.js";
import type { ModuleVolumes } from "./volumes.js";
/** The Deployment, and the module's volumes (which the claims need). */
export declare function buildDeployment(ctx: ModuleContext, id: Identity, s: ModuleSettings, sec: Experimental["sections"]): {
    deployment: RenderedObject;
    vols: ModuleVolumes;
};
