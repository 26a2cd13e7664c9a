/**
 * Shared by the manifest-schema rule and the policy-as-data rules (src/policy): runs an ajv
 * validator over a JNode and turns its errors into findings that point at the exact JNode
 * (a missing property: the parent object's key; an unknown property or a bad name: that key;
 * anything else: the offending value). Template placeholders stand for any value: an error about
 * a placeholder string (or a key holding one) is dropped.
 */
import type { Ajv, ErrorObject, Options, ValidateFunction } from "ajv";
import { JNode } from "../src/rule-api.js";
/**
 * An ajv with the options the manifest schema is precompiled with (src/generated/), for the
 * schemas of custom rules: every error (one finding per problem), the failing data and schema kept
 * for messages.
 */
export declare function newAjv(extra?: Options): Ajv;
export type SchemaErrorKind = "missing" | "unknown" | "name" | "value";
export interface SchemaFinding {
    /** the node to report */
    node: JNode;
    /** what of the node to point at */
    part: "key" | "value";
    kind: SchemaErrorKind;
    /** the ajv error the finding comes from */
    error: ErrorObject;
    /** missing / unknown property, or the bad name */
    name?: string;
}
/** RFC 6901 pointer → path segments. */
export declare function decodePointer(pointer: string): string[];
/** The child of a node: an object member (exact key) or an array element. */
export declare function childOf(node: JNode, seg: string): JNode | undefined;
export declare function nodeAtPointer(base: JNode, pointer: string): JNode | undefined;
/**
 * Locate ajv errors as findings. `if`/`propertyNames` wrapper errors and errors about
 * placeholders are dropped; the rest are in ajv's order, one per problem.
 */
export declare function schemaFindings(base: JNode, errors: readonly ErrorObject[] | null | undefined): SchemaFinding[];
/** Validate a node's value; undefined when it passes. */
export declare function validateNode(validate: ValidateFunction, node: JNode): SchemaFinding[];
export declare function typeName(v: unknown): string;
/** A short rendering of a value for messages. */
export declare function showValue(v: unknown, max?: number): string;
/**
 * A message for a finding: what is wrong and what to write instead. `where` names the place
 * ("settings", "restartPolicy", `$edgeHub["properties.desired"].routes.r1`).
 */
export declare function describeFinding(f: SchemaFinding, where: string, resolve?: (ref: string) => unknown): string;
