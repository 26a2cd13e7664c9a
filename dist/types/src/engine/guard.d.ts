import type { Path } from "../json/path.js";
import { type Manifest } from "../model/manifest.js";
import type { Edit } from "./types.js";
/** Paths (keys and indexes, through a stringified createOptions as `createOptions/...`) a fix may change. */
export declare function declaredPaths(edits: readonly Edit[]): Path[];
export interface GuardBaseline {
    manifest: Manifest;
    duplicates: Map<string, number>;
}
export declare function guardBaseline(manifest: Manifest): GuardBaseline;
/** Why a fixed manifest breaks the guard, or undefined when it holds. */
export declare function guardViolation(before: GuardBaseline, after: Manifest, declared: readonly Path[]): string | undefined;
/** The guard's verdict on a fixed manifest, and that manifest as the baseline of the next pass. */
export declare function guardCheck(before: GuardBaseline, after: Manifest, declared: readonly Path[]): {
    violation?: string;
    baseline: GuardBaseline;
};
