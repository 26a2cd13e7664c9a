/** Shared readers for the createOptions rules of pack I-A (mounts, service options, generic emptiness). */
import { type JNode, type ModuleFacts } from "../src/rule-api.js";
export interface MountRef {
    /** the Binds element or the Mounts entry */
    node: JNode;
    from: "Binds" | "Mounts";
    /** lower-case Type of a Mounts entry (`bind` for Binds) */
    type: string | undefined;
    /** host path (Binds) or Source member (Mounts) */
    source: string | undefined;
    sourceNode: JNode | undefined;
    target: string | undefined;
}
/** Every Binds element and Mounts entry of a module, as the agent reads them (shared: read-only). */
export declare function mountsOf(facts: ModuleFacts): readonly MountRef[];
/** `k8s-experimental.serviceOptions` (any case inside the section), when it is present. */
export declare function serviceOptionsOf(facts: ModuleFacts): JNode | undefined;
/** The service type the module's options ask for (lower case), when given as a string. */
export declare function serviceTypeOf(facts: ModuleFacts): string | undefined;
/** A value that sets nothing: null, false, 0, "", [] or an object of such values (Docker's defaults). */
export declare function isEmptyValue(v: unknown): boolean;
