/**
 * The module container's env (as docs/render.md describes the agent): the module `env` map first, then
 * createOptions.Env (`NAME=value`; an entry without `=` or starting with it is dropped), no
 * de-duplication, so a later entry wins. The agent then appends its own variables (not rendered).
 */
import { type JNode } from "../model/node.js";
import type { ModuleContext } from "./context.js";
export interface EnvItem {
    name: string;
    value: string;
    node: JNode;
}
export declare function containerEnv(ctx: ModuleContext): EnvItem[];
