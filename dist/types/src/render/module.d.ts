import type { ModuleContext } from "./context.js";
import type { ModuleSettings, RenderedModule } from "./types.js";
export declare function renderModule(ctx: ModuleContext, s: ModuleSettings): RenderedModule;
