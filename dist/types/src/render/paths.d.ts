/** Manifest paths as people write them: `settings.createOptions.HostConfig.PortBindings["5140/udp"]`. */
import type { Path } from "../json/path.js";
import type { Module } from "../model/manifest.js";
import type { JNode } from "../model/node.js";
export declare function formatPath(path: Path): string;
/** The path of a node relative to its module (through stringified createOptions, whose chunks are read joined). */
export declare function modulePath(mod: Module, node: JNode): string;
