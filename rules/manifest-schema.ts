import { type JNode, type Manifest, type Module, type Rule } from "../src/rule-api.js";
import * as manifestValidators from "../src/generated/manifest.js";
import * as templateValidators from "../src/generated/manifest-template.js";
import commonSchema from "../schemas/manifest/common.schema.json" with { type: "json" };
import agent10 from "../schemas/manifest/edgeagent-1.0.schema.json" with { type: "json" };
import agent11 from "../schemas/manifest/edgeagent-1.1.schema.json" with { type: "json" };
import hub10 from "../schemas/manifest/edgehub-1.0.schema.json" with { type: "json" };
import hub11 from "../schemas/manifest/edgehub-1.1.schema.json" with { type: "json" };
import { describeFinding, schemaFindings, type SchemaFinding } from "./_json-schema.js";

/**
 * The validators of schemas/deployment-manifest.schema.json (`root`) and of its modulesContent
 * definition (`content`), precompiled by scripts/gen-validators.mjs: for generated manifests
 * (createOptions is a string) and for templates (an object or a string).
 */
function validatorFor(template: boolean): typeof manifestValidators {
  return template ? templateValidators : manifestValidators;
}

const BY_FILE: Record<string, unknown> = {
  "common.schema.json": commonSchema,
  "edgeagent-1.0.schema.json": agent10,
  "edgeagent-1.1.schema.json": agent11,
  "edgehub-1.0.schema.json": hub10,
  "edgehub-1.1.schema.json": hub11,
};

/** A `$ref` of these schemas, for the description of a missing member (the only local refs are in the edgeAgent files). */
function resolveRef(ref: string): unknown {
  const [file = "", pointer = ""] = ref.split("#");
  let here: unknown = BY_FILE[file.split("/").pop()!] ?? agent10;
  for (const seg of pointer.split("/").filter((s) => s !== "")) {
    here = here !== null && typeof here === "object" ? (here as Record<string, unknown>)[seg] : undefined;
  }
  return here;
}

const LAYERED_KEY = /^properties\.desired\./;

/** Layered deployments (dotted desired-property keys) and twins are not schema-checked, as in the az CLI. */
export function isBaseDeployment(manifest: Manifest): boolean {
  if (manifest.shape === "twin" || manifest.layered || manifest.modulesContent === undefined) return false;
  // a layered deployment that only sets twins still has the (empty) $edgeAgent it must include
  const agent = manifest.modulesContent.getExact("$edgeAgent");
  if (agent?.isObject && agent.entries().length === 0) return false;
  for (const member of manifest.modulesContent.entries()) {
    if (member.entries().some((m) => LAYERED_KEY.test(m.key!))) return false;
  }
  return true;
}

function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** The module that holds a node: one lookup per path length a module sits at (not a scan of all modules). */
function moduleLookup(manifest: Manifest): (node: JNode) => Module | undefined {
  const byPath = new Map<string, Module>();
  const lengths = new Set<number>();
  for (const m of manifest.modules) {
    byPath.set(JSON.stringify(m.node.path), m);
    lengths.add(m.node.path.length);
  }
  // the deepest module wins (a module never sits inside another, but keep the nearest if it did)
  const longestFirst = [...lengths].sort((a, b) => b - a);
  return (node) => {
    for (const n of longestFirst) {
      if (n > node.path.length) continue;
      const m = byPath.get(JSON.stringify(node.path.slice(0, n)));
      if (m !== undefined) return m;
    }
    return undefined;
  };
}

/**
 * What is wrong, said of the place it is at: inside a module (`inModule`: the engine prefixes the
 * module), or by its path from modulesContent (or the file).
 */
function problemOf(manifest: Manifest, f: SchemaFinding, mod: Module | undefined): { problem: string; inModule: boolean } {
  // unknown keys and bad names are described by the object that holds them
  const subject = f.kind === "unknown" || f.kind === "name" ? f.node.path.slice(0, -1) : f.node.path;
  if (mod !== undefined && subject.length >= mod.node.path.length) {
    const rel = subject.slice(mod.node.path.length);
    const where = rel.length === 0 ? "the module" : formatPath(rel);
    return { problem: describeFinding(f, where, resolveRef), inModule: true };
  }
  // outside modules, paths start at modulesContent ($edgeHub["properties.desired"].routes.r1)
  const content = manifest.contentPath;
  const inside = subject.length >= content.length && content.every((seg, i) => subject[i] === seg);
  const rel = inside ? subject.slice(content.length) : subject;
  const where = rel.length === 0 ? (inside ? "modulesContent" : "the file") : formatPath(rel);
  return { problem: describeFinding(f, where, resolveRef), inModule: false };
}

export default {
  meta: {
    id: "manifest-schema",
    severity: "error",
    facts: ["§2.1", "§2.4"],
    description: "a base deployment manifest that does not match the deployment manifest schema (missing image, bad status or restartPolicy, bad route, env or module name, ...)",
    repair: "none",
    targets: ["kubernetes", "vm"],
    messages: {
      // the wording is made by the JSON-schema helper shared with custom rules, from the schema's descriptions
      schema: "{{problem}}",
    },
  },
  create: ({ report }) => ({
    manifest(manifest) {
      if (!isBaseDeployment(manifest)) return;
      const v = validatorFor(manifest.template);
      const whole = manifest.shape === "modulesContent";
      const base = whole ? manifest.root : manifest.modulesContent!;
      const validate = whole ? v.root : v.content;
      if (validate(base.value)) return;
      const owner = moduleLookup(manifest);
      // one error for one value: an object createOptions in a generated manifest is create-options-object's finding
      // (it has the fix), a createOptions that is neither a string nor an object is invalid-create-options'
      const reportedElsewhere = new Set<string>();
      for (const m of manifest.modules) {
        const co = m.createOptions;
        if (!manifest.template && co.form === "object" && co.root !== undefined) reportedElsewhere.add(JSON.stringify(co.root.path));
        if (co.error !== undefined && co.error.space === undefined) reportedElsewhere.add(JSON.stringify(co.error.node.path));
      }
      for (const f of schemaFindings(base, validate.errors)) {
        if (reportedElsewhere.size > 0 && reportedElsewhere.has(JSON.stringify(f.node.path))) continue;
        const mod = owner(f.node);
        const { problem, inModule } = problemOf(manifest, f, mod);
        if (mod === undefined) report({ node: f.node, part: f.part, messageId: "schema", data: { problem } });
        else if (inModule) report({ node: f.node, part: f.part, module: mod, messageId: "schema", data: { problem } });
        // a module's own name (`module name "cam.era" is not valid`) names the module already: no prefix, so a finished
        // message (the engine prefixes every report by messageId that has a module)
        else report({ node: f.node, part: f.part, module: mod, message: problem });
      }
    },
  }),
} satisfies Rule;
