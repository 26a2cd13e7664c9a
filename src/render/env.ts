/**
 * The module container's env (as docs/render.md describes the agent): the module `env` map first, then
 * createOptions.Env (`NAME=value`; an entry without `=` or starting with it is dropped), no
 * de-duplication, so a later entry wins. The agent then appends its own variables (not rendered).
 */
import { isPlainObject, type JNode } from "../model/node.js";
import { isPlaceholder } from "../model/placeholders.js";
import type { ModuleContext } from "./context.js";

export interface EnvItem {
  name: string;
  value: string;
  node: JNode;
}

const K8S_ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

function scalarText(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "True" : "False";
  if (v === null || v === undefined) return "";
  return typeof v === "number" ? String(v) : JSON.stringify(v);
}

export function containerEnv(ctx: ModuleContext): EnvItem[] {
  const { mod } = ctx;
  const out: EnvItem[] = [];
  const map = mod.env;
  if (map !== undefined && map.isObject) {
    for (const e of map.entries()) {
      const v = e.isObject && isPlainObject(e.value) ? e.getExact("value")?.value : undefined;
      out.push({ name: e.key!, value: scalarText(v), node: e });
    }
  }
  const fromMap = out.length;
  const list = mod.createOptions.root?.get("Env");
  for (const item of list?.items() ?? []) {
    if (typeof item.value !== "string") continue;
    const eq = item.value.indexOf("=");
    if (eq <= 0) {
      ctx.note(item, ["env-without-value"], `Env entry ${JSON.stringify(item.value)} has no NAME= part: the agent drops it`);
      continue;
    }
    out.push({ name: item.value.slice(0, eq), value: item.value.slice(eq + 1), node: item });
  }
  // precedence: Docker lets the module env win, Kubernetes the later createOptions.Env entry
  for (let i = fromMap; i < out.length; i++) {
    const later = out[i]!;
    const earlier = out.slice(0, fromMap).find((e) => e.name === later.name);
    if (earlier !== undefined && earlier.value !== later.value) {
      ctx.note(later.node, ["env-precedence"], `${later.name}: Docker used the module env value ${JSON.stringify(earlier.value)}; Kubernetes uses the createOptions.Env value ${JSON.stringify(later.value)}, which comes later`);
    }
  }
  for (const e of out) {
    if (isPlaceholder(e.name) || K8S_ENV_NAME.test(e.name)) continue;
    if (e.name.includes(":")) ctx.note(e.node, ["env-name-colon"], `${e.name}: Kubernetes rejects ':' in an env name (the Deployment is refused); .NET reads '__' as ':'`);
    else ctx.note(e.node, ["env-name-invalid"], `${e.name}: not a name Kubernetes accepts for an env variable (the Deployment is refused)`);
  }
  for (const e of out) {
    if (e.name === "WIRESERVER_ADDRESS") ctx.note(e.node, ["wireserver-env"], "WIRESERVER_ADDRESS is carried over, but there is no FPGA wire server on a GPU device");
  }
  return out;
}
