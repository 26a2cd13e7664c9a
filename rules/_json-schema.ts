/**
 * Shared by the manifest-schema rule and the policy-as-data rules (src/policy): runs an ajv
 * validator over a JNode and turns its errors into findings that point at the exact JNode
 * (a missing property: the parent object's key; an unknown property or a bad name: that key;
 * anything else: the offending value). Template placeholders stand for any value: an error about
 * a placeholder string (or a key holding one) is dropped.
 */
import type { Ajv, ErrorObject, Options, ValidateFunction } from "ajv";
import { hasPlaceholder, JNode } from "../src/rule-api.js";
import { SCHEMA_FINDING_OPTIONS } from "./_ajv-options.js";

/**
 * An ajv with the options the manifest schema is precompiled with (src/generated/), for the
 * schemas of custom rules: every error (one finding per problem), the failing data and schema kept
 * for messages.
 */
export function newAjv(extra: Options = {}): Ajv {
  // ajv itself is loaded here, on first use, not at start-up (a run without custom rules never
  // loads it): esbuild bundles this require() (dist/ stays self-contained) and vitest provides it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Ajv: AjvClass } = require("ajv") as typeof import("ajv");
  // allErrors makes ajv check everything instead of stopping at the first error: the cost is one
  // full pass over the (small) manifest per call, and schemas compiled once, never per file.
  return new AjvClass({ ...SCHEMA_FINDING_OPTIONS, ...extra });
}

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
export function decodePointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The child of a node: an object member (exact key) or an array element. */
export function childOf(node: JNode, seg: string): JNode | undefined {
  if (node.isArray) {
    if (!/^(0|[1-9][0-9]*)$/.test(seg)) return undefined;
    return node.items()[Number(seg)];
  }
  return node.getExact(seg);
}

export function nodeAtPointer(base: JNode, pointer: string): JNode | undefined {
  let n: JNode | undefined = base;
  for (const seg of decodePointer(pointer)) {
    n = n === undefined ? undefined : childOf(n, seg);
  }
  return n;
}

function isPlaceholderish(v: unknown): boolean {
  return typeof v === "string" && hasPlaceholder(v);
}

/**
 * Locate ajv errors as findings. `if`/`propertyNames` wrapper errors and errors about
 * placeholders are dropped; the rest are in ajv's order, one per problem.
 */
export function schemaFindings(base: JNode, errors: readonly ErrorObject[] | null | undefined): SchemaFinding[] {
  const out: SchemaFinding[] = [];
  for (const e of errors ?? []) {
    // wrappers: an `if` error only repeats the errors of its branch; a propertyNames sub-error is
    // reported through the propertyNames error that names the key
    if (e.keyword === "if") continue;
    if (e.schemaPath.includes("/propertyNames/")) continue;
    const at = nodeAtPointer(base, e.instancePath);
    if (at === undefined) continue;
    if (e.keyword === "required") {
      const name = String((e.params as { missingProperty: string }).missingProperty);
      out.push({ node: at, part: at.key !== undefined ? "key" : "value", kind: "missing", error: e, name });
    } else if (e.keyword === "additionalProperties") {
      const name = String((e.params as { additionalProperty: string }).additionalProperty);
      if (hasPlaceholder(name)) continue;
      const member = at.getExact(name);
      if (member !== undefined) out.push({ node: member, part: "key", kind: "unknown", error: e, name });
    } else if (e.keyword === "propertyNames") {
      const name = String((e.params as { propertyName: string }).propertyName);
      if (hasPlaceholder(name)) continue;
      const member = at.getExact(name);
      if (member !== undefined) out.push({ node: member, part: "key", kind: "name", error: e, name });
    } else {
      if (isPlaceholderish(e.data)) continue;
      out.push({ node: at, part: at.key !== undefined && e.keyword === "not" ? "key" : "value", kind: "value", error: e });
    }
  }
  return out;
}

/** Validate a node's value; undefined when it passes. */
export function validateNode(validate: ValidateFunction, node: JNode): SchemaFinding[] {
  if (validate(node.value)) return [];
  return schemaFindings(node, validate.errors);
}

export function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "number") return Number.isInteger(v) ? "an integer" : "a number";
  return `a ${typeof v}`;
}

/** A short rendering of a value for messages. */
export function showValue(v: unknown, max = 60): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function description(schema: unknown): string | undefined {
  if (schema !== null && typeof schema === "object" && "description" in schema) {
    const d = (schema as { description: unknown }).description;
    return typeof d === "string" ? d : undefined;
  }
  return undefined;
}

function allowedProperties(parentSchema: unknown): string[] {
  if (parentSchema === null || typeof parentSchema !== "object") return [];
  const props = (parentSchema as { properties?: Record<string, unknown> }).properties;
  return props === undefined ? [] : Object.keys(props);
}

/**
 * A message for a finding: what is wrong and what to write instead. `where` names the place
 * ("settings", "restartPolicy", `$edgeHub["properties.desired"].routes.r1`).
 */
export function describeFinding(f: SchemaFinding, where: string, resolve?: (ref: string) => unknown): string {
  const e = f.error;
  const here = where === "" ? "the value" : where;
  switch (f.kind) {
    case "missing": {
      let sub = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties?.[f.name!];
      const ref = (sub as { $ref?: unknown } | undefined)?.$ref;
      if (typeof ref === "string" && resolve !== undefined) sub = resolve(ref);
      const what = description(sub);
      return `${here === "the value" ? "the object" : here} has no "${f.name}"; add it${what ? ` (${what})` : ""}`;
    }
    case "unknown": {
      const allowed = allowedProperties(e.parentSchema);
      const close = allowed.find((a) => a.toLowerCase() === f.name!.toLowerCase());
      const inWhere = where === "" ? "" : ` in ${where}`;
      if (close !== undefined) return `unknown property "${f.name}"${inWhere}; the key is "${close}" (keys here are case-sensitive)`;
      return `unknown property "${f.name}"${inWhere}; remove it${allowed.length > 0 ? ` (allowed: ${allowed.join(", ")})` : ""}`;
    }
    case "name": {
      const s = e.schema as { description?: string; pattern?: string } | undefined;
      return `${s?.description ?? "name"} "${f.name}" is not valid; it must match ${s?.pattern ?? "the schema"}`;
    }
    default:
      break;
  }
  const what = description(e.parentSchema);
  const data = e.data;
  switch (e.keyword) {
    case "type":
      return `${here} must be ${what ?? (e.params as { type: string | string[] }).type}, not ${typeName(data)}`;
    case "enum":
      return `${here} is ${showValue(data)}; write one of ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => showValue(v)).join(", ")}`;
    case "const":
      return `${here} is ${showValue(data)}; write ${showValue((e.params as { allowedValue: unknown }).allowedValue)}`;
    case "minLength":
      return `${here} must not be empty${what ? ` (${what})` : ""}`;
    case "pattern":
      return `${here} is ${showValue(data)}; it must match ${(e.params as { pattern: string }).pattern}${what ? ` (${what})` : ""}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `${here} is ${showValue(data)}; it ${e.message}${what ? ` (${what})` : ""}`;
    case "not":
      return `${here} is not allowed here${what ? `: ${what}` : ""}`;
    default:
      return `${here} ${e.message ?? "is not valid"}${what ? ` (${what})` : ""}`;
  }
}
