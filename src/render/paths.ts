/** Manifest paths as people write them: `settings.createOptions.HostConfig.PortBindings["5140/udp"]`. */
import type { Path } from "../json/path.js";
import type { Module } from "../model/manifest.js";
import type { JNode } from "../model/node.js";

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatPath(path: Path): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** The path of a node relative to its module (through stringified createOptions, whose chunks are read joined). */
export function modulePath(mod: Module, node: JNode): string {
  const info = node.space.embedded;
  if (info !== undefined) {
    const settings = info.settingsPath.slice(mod.node.path.length);
    return formatPath([...settings, "createOptions", ...node.path]);
  }
  return formatPath(node.path.slice(mod.node.path.length));
}
