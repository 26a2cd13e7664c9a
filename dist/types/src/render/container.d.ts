import type { Fields, ModuleContext } from "./context.js";
import { type Experimental } from "./experimental.js";
import { type ModuleVolumes } from "./volumes.js";
/** The container (its fields' sources go to `f`, under the Deployment's first container), and the pod's volumes. */
export declare function buildContainer(ctx: ModuleContext, name: string, sec: Experimental["sections"], f: Fields): {
    container: Record<string, unknown>;
    vols: ModuleVolumes;
};
