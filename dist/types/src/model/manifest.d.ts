import { JsonDoc } from "../json/document.js";
import type { SyntaxProblem } from "../json/scanner.js";
import type { Path } from "../json/path.js";
import { Source } from "../source.js";
import { JNode, type Space } from "./node.js";
export type ManifestShape = "modulesContent" | "legacy-moduleContent" | "content" | "modulesContent-root" | "twin";
export interface CreateOptions {
    /** "none": no createOptions, or "" */
    form: "none" | "object" | "string";
    /** the parsed createOptions object (keys case-insensitive), when it is a JSON object */
    root: JNode | undefined;
    /** string form: the chunk members (`createOptions`, `createOptions01`, ...) in reading order */
    chunks: JNode[];
    /** string form: the joined text that parsed (or failed to) */
    text?: string;
    /** string form: the space that paths inside the string refer to */
    space?: Space;
    /** why the joined createOptions could not be read as a JSON object */
    error?: {
        message: string;
        offset: number;
        length: number;
        space: Space | undefined;
        node: JNode;
    };
}
export interface Module {
    name: string;
    /** edgeAgent and edgeHub */
    system: boolean;
    /** the module object; its key is the module name (in layered files, the dotted key) */
    node: JNode;
    /** layered deployments: the whole dotted key, e.g. `properties.desired.modules.camera` */
    layeredKey?: string;
    settings: JNode | undefined;
    image: string | undefined;
    createOptions: CreateOptions;
    /** the module `env` map */
    env: JNode | undefined;
    /** the module's twin (`modulesContent[name]`) */
    twin: JNode | undefined;
    /** the name is (or contains) a template placeholder */
    placeholderName: boolean;
}
export interface RouteRef {
    name: string;
    /** the route string's node (the string itself, or the `route` member of a route object) */
    node: JNode;
    text: string;
    /** module names the route mentions, with their offsets in the decoded route text */
    modules: {
        name: string;
        start: number;
        end: number;
    }[];
}
export interface Manifest {
    source: Source;
    doc: JsonDoc;
    root: JNode;
    shape: ManifestShape;
    /** deployment template: createOptions may be objects, placeholders may stand anywhere */
    template: boolean;
    /** the path of modulesContent (or the twin root) */
    contentPath: Path;
    modulesContent: JNode | undefined;
    /** `$edgeAgent["properties.desired"]` (or the twin's `properties.desired`) */
    agentDesired: JNode | undefined;
    /** `$edgeHub["properties.desired"]` */
    hubDesired: JNode | undefined;
    /** true when modules are given as dotted `properties.desired.modules.X` keys */
    layered: boolean;
    modules: Module[];
    routes: RouteRef[];
}
export type ManifestResult = {
    kind: "manifest";
    manifest: Manifest;
} | {
    kind: "not-a-manifest";
} | {
    kind: "invalid-json";
    source: Source;
    error: SyntaxProblem;
    tolerantHint: boolean;
};
export declare function isTemplatePath(filePath: string): boolean;
/** Numeric reading order of chunk keys: `createOptions` first, then by the number of the suffix. */
export declare function chunkOrder(key: string): number;
export declare function isChunkKey(key: string): boolean;
/** Read a file's text as a manifest. Never throws for bad input. */
export declare function readManifest(filePath: string, raw: string): ManifestResult;
