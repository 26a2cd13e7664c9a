/**
 * The module's Service (as docs/render.md describes the agent): made only when the module has ports; type from
 * serviceOptions, else ClusterIP when there are only ExposedPorts, else the agent's
 * PortMappingServiceType (LoadBalancer on Azure Stack Edge).
 */
import { type ModuleContext } from "./context.js";
import { type Experimental } from "./experimental.js";
import { type Identity } from "./identity.js";
import type { ModuleSettings, RenderedObject } from "./types.js";
export declare function buildService(ctx: ModuleContext, id: Identity, s: ModuleSettings, sec: Experimental["sections"]): RenderedObject | undefined;
