/**
 * Policy as data: custom rules declared in the configuration (or in YAML files it includes)
 * become ordinary `Rule` objects, so they appear in every output format and can be turned off
 * and suppressed like the built-in ones. A declaration names a scope in each module, a path in it,
 * and a JSON Schema the value must (`schema`) or must not (`notSchema`) match. The format is in
 * schemas/custom-rule.schema.json and docs/custom-rules.md.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { yaml } from "../vendor/yaml.js";
import type { CodeOptions, ValidateFunction } from "ajv";
import declarationSchema from "../../schemas/custom-rule.schema.json" with { type: "json" };
import { validate as validateDeclaration } from "../generated/custom-rule.js";
import { ruleRegistry } from "../registry.js";
import { childOf, describeFinding, newAjv, schemaFindings, type SchemaFinding } from "../../rules/_json-schema.js";
import { capped, ConfigError, ECHO_LIMIT } from "../config/errors.js";
import { DOCS_REF, REPOSITORY_URL } from "../meta.js";
import { isPlaceholder, JNode, type Module, type ModuleFacts, type ReportDescriptor, type Rule, type Severity } from "../rule-api.js";

export type CustomRuleScope = "createOptions" | "settings" | "env" | "module";
export type CustomRuleTarget = "modules" | "system" | "all";

/** One declaration, as written in YAML (see schemas/custom-rule.schema.json). */
export interface CustomRuleDeclaration {
  id: string;
  severity: Severity;
  /** `{module}`, `{value}` and `{path}` are replaced */
  message: string;
  docs?: string;
  description?: string;
  scope: CustomRuleScope;
  /** user modules (default), system modules (edgeAgent, edgeHub), or all */
  target?: CustomRuleTarget;
  path?: string | (string | number)[];
  modules?: string | string[];
  exceptModules?: string | string[];
  schema?: object | boolean;
  notSchema?: object | boolean;
  required?: boolean;
}

export const CUSTOM_RULES_DOCS = `${REPOSITORY_URL}/blob/${DOCS_REF}/docs/custom-rules.md`;

// declarations are checked with a validator precompiled from schemas/custom-rule.schema.json by
// scripts/gen-validators.mjs; the declared schemas are compiled (once, when the configuration is
// read) by this ajv, strict so that a misspelt keyword is an error, not a pass. Made on first use:
// a run without custom rules never pays for setting up an ajv.
let policyAjv: ReturnType<typeof newAjv> | undefined;

/** A schema `pattern` that the linear-time engine cannot run (a backreference, a lookaround). */
class UnsupportedPattern extends Error {}

/**
 * The regex engine of custom rules' schemas (`pattern`, `patternProperties`): RE2 semantics, in
 * linear time on any input, so that a policy cannot hang a run (a JavaScript RegExp backtracks:
 * `^([a-z0-9]+[._-]?)+$` takes forever on 40 characters that almost match). ECMAScript syntax is
 * translated (named groups, `\u` escapes); what needs backtracking (backreferences, lookahead,
 * lookbehind) is refused when the configuration is read.
 */
function linearRegExp(): CodeOptions["regExp"] {
  // loaded with the policy ajv, on first use (a run without custom rules never loads it)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { RE2JS } = require("re2js") as typeof import("re2js");
  const engine = (pattern: string): { test: (s: string) => boolean; toString: () => string } => {
    let re: InstanceType<typeof RE2JS>;
    try {
      re = RE2JS.compile(RE2JS.translateRegExp(pattern));
    } catch (e) {
      throw new UnsupportedPattern(`the pattern '${capped(pattern)}' cannot run in linear time (${(e as Error).message}); backreferences and lookaround are not supported`);
    }
    // ajv keys its cache of compiled patterns by toString()
    return { test: (s: string) => re.test(s), toString: () => `re2js:${pattern}` };
  };
  return Object.assign(engine, { code: "re2js" });
}

/** Where a declaration sits: for messages (`customRules[2]`) and, in YAML files, for line numbers. */
interface DeclarationPlace {
  origin: string;
  /** the key of the declaration, e.g. `customRules[2]` or `[0]` */
  key: string;
  /** a line number for a path inside the declaration, when the file is YAML */
  lineOf?: (path: (string | number)[]) => number | undefined;
}

function keyOf(base: string, path: readonly (string | number)[]): string {
  let k = base;
  for (const seg of path) k += typeof seg === "number" || /^[0-9]+$/.test(String(seg)) ? `[${seg}]` : `.${seg}`;
  return k;
}

function fail(place: DeclarationPlace, path: (string | number)[], why: string): never {
  const key = keyOf(place.key, path);
  const line = place.lineOf?.(path);
  const where = line === undefined ? place.origin : `${place.origin}:${line}`;
  // a declaration's values are echoed at most ECHO_LIMIT characters each (the key) or twice that (the reason)
  throw new ConfigError(`${where}: ${capped(key)}: ${capped(why, 2 * ECHO_LIMIT)}`, place.origin, key);
}

/** Parse `HostConfig.Privileged`, `limits["nvidia.com/gpu"]`, `Binds.0`, `*` into segments. */
export function parsePath(path: string): string[] | string {
  const segs: string[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === "[") {
      const q = path[i + 1];
      if (q === '"' || q === "'") {
        const end = path.indexOf(`${q}]`, i + 2);
        if (end < 0) return `unclosed [${q} at character ${i + 1}`;
        segs.push(path.slice(i + 2, end));
        i = end + 2;
      } else {
        const end = path.indexOf("]", i);
        if (end < 0) return `unclosed [ at character ${i + 1}`;
        const inner = path.slice(i + 1, end);
        if (!/^([0-9]+|\*)$/.test(inner)) return `[${inner}] must be an index, '*' or a quoted key`;
        segs.push(inner);
        i = end + 1;
      }
    } else {
      let end = i;
      while (end < path.length && path[end] !== "." && path[end] !== "[") end++;
      const seg = path.slice(i, end);
      if (seg === "") return `empty key at character ${i + 1}`;
      segs.push(seg);
      i = end;
    }
    if (path[i] === ".") {
      i++;
      if (i === path.length) return "the path ends with '.'";
    } else if (i < path.length && path[i] !== "[") return `unexpected '${path[i]}' at character ${i + 1}`;
  }
  return segs;
}

function names(v: string | string[] | undefined): string[] | undefined {
  return v === undefined ? undefined : typeof v === "string" ? [v] : v;
}

/** A value found at a path: the node to report, the value to check, and the path as spelt in the file. */
interface Match {
  node: JNode;
  part?: "key" | "value";
  value: unknown;
  path: string[];
}

interface Resolved {
  matches: Match[];
  /** the deepest node that exists along the path (where an absent path is reported) */
  deepest: JNode;
  /** the path runs into a placeholder (`"k8s-experimental": "$K8S"`): it may well be there */
  unknown?: boolean;
}

function walk(root: JNode, segs: readonly string[]): Resolved {
  let current: { node: JNode; path: string[] }[] = [{ node: root, path: [] }];
  let deepest = root;
  for (const seg of segs) {
    const next: { node: JNode; path: string[] }[] = [];
    for (const { node, path } of current) {
      if (seg === "*") {
        for (const c of node.isArray ? node.items() : node.entries()) next.push({ node: c, path: [...path, c.key ?? String(c.path[c.path.length - 1])] });
      } else {
        const c = node.isArray ? childOf(node, seg) : node.get(seg);
        if (c !== undefined) next.push({ node: c, path: [...path, c.key ?? seg] });
      }
    }
    if (next.length === 0) return { matches: [], deepest, unknown: current.some(({ node }) => typeof node.value === "string" && isPlaceholder(node.value)) };
    current = next;
    deepest = next[0]!.node;
  }
  return { matches: current.map(({ node, path }) => ({ node, value: node.value, path })), deepest };
}

/** The scope's root in a module; `skip` when the scope cannot be read (createOptions that is not JSON). */
function scopeRoot(mod: Module, scope: Exclude<CustomRuleScope, "env">): JNode | "absent" | "skip" {
  if (scope === "module") return mod.node;
  if (scope === "settings") return mod.settings ?? "absent";
  const co = mod.createOptions;
  if (co.root !== undefined) return co.root;
  return co.error !== undefined ? "skip" : "absent";
}

/** The env scope: each variable by name (module env map first, then createOptions.Env), pointing at its value. */
function envMatches(mod: Module, facts: ModuleFacts, segs: readonly string[]): Resolved {
  const vars = facts.env.filter((v) => !v.malformed);
  const deepest = mod.env ?? mod.settings ?? mod.node;
  const pick = (v: (typeof vars)[number]): Match => {
    if (v.from === "env") {
      const valueNode = v.node.getExact("value");
      return valueNode !== undefined ? { node: valueNode, part: "value", value: valueNode.value, path: [v.name] } : { node: v.node, value: undefined, path: [v.name] };
    }
    return { node: v.node, part: "value", value: v.value, path: [v.name] };
  };
  if (segs.length === 0) {
    // the whole environment as one object {NAME: value}
    const value = Object.fromEntries(vars.map((v) => [v.name, pick(v).value]));
    return { matches: [{ node: deepest, value, path: [] }], deepest };
  }
  const [name] = segs;
  return { matches: vars.filter((v) => name === "*" || v.name === name).map(pick), deepest };
}

function render(v: unknown): string {
  if (v === undefined) return "";
  if (typeof v === "string") return v;
  return JSON.stringify(v) ?? String(v);
}

function interpolate(message: string, mod: Module, value: unknown, path: string): string {
  return message.replace(/\{(module|value|path)\}/g, (_, k: string) => (k === "module" ? mod.name : k === "value" ? render(value) : path));
}

/** Compile one checked declaration into a Rule. */
function toRule(d: CustomRuleDeclaration, place: DeclarationPlace): Rule {
  let segs: string[] = [];
  if (typeof d.path === "string") {
    const parsed = parsePath(d.path);
    if (typeof parsed === "string") fail(place, ["path"], `cannot read the path '${d.path}': ${parsed}`);
    segs = parsed;
  } else if (Array.isArray(d.path)) segs = d.path.map(String);
  if (d.scope === "env" && segs.length > 1) fail(place, ["path"], "in the env scope the path is one variable name (or '*')");
  const declaredPath = segs.join(".");

  const key = d.schema !== undefined ? "schema" : "notSchema";
  let validate: ValidateFunction;
  policyAjv ??= newAjv({ strictRequired: false, code: { regExp: linearRegExp() } });
  try {
    validate = policyAjv.compile((d.schema ?? d.notSchema) as object);
  } catch (e) {
    if (e instanceof UnsupportedPattern) fail(place, [key], `custom rule '${d.id}': ${e.message}`);
    fail(place, [key], `not a valid JSON Schema: ${(e as Error).message}`);
  }
  const mustMatch = d.schema !== undefined;
  const only = names(d.modules);
  const except = names(d.exceptModules);
  const isOnly = only === undefined ? undefined : picomatch(only);
  const isExcept = except === undefined ? undefined : picomatch(except);
  const target = d.target ?? "modules";

  return {
    meta: {
      id: d.id,
      severity: d.severity,
      facts: [],
      description: d.description ?? d.message,
      repair: "none",
      targets: ["kubernetes", "vm"],
      docs: d.docs ?? CUSTOM_RULES_DOCS,
    },
    create: ({ report }) => ({
      module(mod, facts) {
        if (target === "modules" ? mod.system : target === "system" ? !mod.system : false) return;
        if (isOnly !== undefined && !isOnly(mod.name)) return;
        if (isExcept !== undefined && isExcept(mod.name)) return;
        let resolved: Resolved;
        if (d.scope === "env") resolved = envMatches(mod, facts, segs);
        else {
          const root = scopeRoot(mod, d.scope);
          if (root === "skip") return;
          resolved = root === "absent" ? { matches: [], deepest: d.scope === "createOptions" ? (mod.settings ?? mod.node) : mod.node } : walk(root, segs);
        }
        const emit = (node: JNode, part: "key" | "value" | undefined, value: unknown, path: string): void => {
          const r: ReportDescriptor = { node, message: interpolate(d.message, mod, value, path), module: mod };
          if (part !== undefined) r.part = part;
          report(r);
        };
        if (resolved.matches.length === 0) {
          if (d.required === true && resolved.unknown !== true) emit(resolved.deepest, undefined, undefined, declaredPath);
          return;
        }
        for (const m of resolved.matches) {
          // a placeholder stands for any value: never a violation by itself
          if (typeof m.value === "string" && isPlaceholder(m.value)) continue;
          if (m.value === undefined) continue;
          const ok = validate(m.value);
          const path = m.path.join(".");
          if (mustMatch) {
            if (ok) continue;
            const found: SchemaFinding[] = schemaFindings(m.node, validate.errors);
            // every error was about a placeholder
            if (found.length === 0) continue;
            const first = found[0]!;
            emit(first.node, first.part, m.value, path);
          } else if (ok) emit(m.node, m.part ?? "value", m.value, path);
        }
      },
    }),
  };
}

const DECLARATION_KEYS = Object.keys(declarationSchema.properties);

function checkDeclaration(def: unknown, place: DeclarationPlace, builtinIds: ReadonlySet<string>): CustomRuleDeclaration {
  if (!validateDeclaration(def)) {
    if (def === null || typeof def !== "object" || Array.isArray(def)) fail(place, [], "a custom rule is an object {id, severity, message, scope, path, schema | notSchema}");
    // located like manifest findings (a detached node: only its value and path are used)
    const root = JNode.root({ id: 0, json: undefined as never }, def);
    const [f] = schemaFindings(root, validateDeclaration.errors);
    if (f === undefined) fail(place, [], validateDeclaration.errors?.[0]?.message ?? "not a valid custom rule");
    const path = [...f.node.path];
    if (f.kind === "missing") {
      const desc = (declarationSchema.properties as Record<string, { description?: string }>)[f.name!]?.description;
      fail(place, [...path, f.name!], `is required${desc ? ` (${desc})` : ""}`);
    }
    if (f.kind === "unknown") {
      const close = DECLARATION_KEYS.find((k) => k.toLowerCase() === f.name!.toLowerCase());
      fail(place, path, close !== undefined ? `is not a known key; did you mean '${close}'?` : `is not a known key (allowed: ${DECLARATION_KEYS.join(", ")})`);
    }
    fail(place, path, describeFinding(f, "the value"));
  }
  const d = def as unknown as CustomRuleDeclaration;
  if (builtinIds.has(d.id)) fail(place, ["id"], `'${d.id}' is the id of a built-in rule; choose another id`);
  if ((d.schema === undefined) === (d.notSchema === undefined)) {
    fail(place, d.schema === undefined ? [] : ["notSchema"], "give exactly one of 'schema' (the value must match) and 'notSchema' (the value must not match)");
  }
  return d;
}

interface Entry {
  def: unknown;
  place: DeclarationPlace;
}

function compileEntries(entries: Entry[]): Rule[] {
  const builtinIds = new Set(ruleRegistry().all.map((r) => r.meta.id));
  const seen = new Map<string, DeclarationPlace>();
  const rules: Rule[] = [];
  for (const { def, place } of entries) {
    const d = checkDeclaration(def, place, builtinIds);
    const before = seen.get(d.id);
    if (before !== undefined) fail(place, ["id"], `the id '${d.id}' is already used by ${before.origin === place.origin ? "" : `${before.origin} `}${before.key}`);
    seen.set(d.id, place);
    rules.push(toRule(d, place));
  }
  return rules;
}

/**
 * Turn the `customRules` list of a configuration into rules. Each entry is a declaration, or
 * names YAML files of declarations: `{include: "policies/*.yml"}` (a glob or a list) or a path
 * string, relative to the configuration file's folder. A broken declaration throws ConfigError
 * naming the file and the key (`customRules[2].schema`).
 */
export function compileCustomRules(defs: unknown[], origin: string): Rule[] {
  const entries: Entry[] = [];
  const baseDir = origin === "" ? process.cwd() : dirname(resolve(origin));
  defs.forEach((def, i) => {
    const place: DeclarationPlace = { origin, key: `customRules[${i}]` };
    if (typeof def === "string") entries.push(...fileEntries(expand([def], baseDir, place, [])));
    else if (def !== null && typeof def === "object" && !Array.isArray(def) && "include" in def && Object.keys(def).length === 1) {
      const inc = (def as { include: unknown }).include;
      const list = typeof inc === "string" ? [inc] : Array.isArray(inc) && inc.every((x) => typeof x === "string") ? (inc as string[]) : undefined;
      if (list === undefined || list.length === 0) fail(place, ["include"], "must be a file path or glob, or a list of them");
      entries.push(...fileEntries(expand(list, baseDir, place, ["include"])));
    } else entries.push({ def, place });
  });
  return compileEntries(entries);
}

/** Read YAML files of custom rules (paths or globs relative to `baseDir`) and compile them. */
export function loadCustomRuleFiles(paths: readonly string[], baseDir: string): Rule[] {
  const place: DeclarationPlace = { origin: baseDir, key: "customRules" };
  return compileEntries(fileEntries(expand(paths, baseDir, place, [])));
}

/**
 * The folder custom rules files must stay in: the repository holding the configuration (the
 * nearest folder at or above `baseDir` with `.git`), else the configuration's own folder.
 */
function includeTop(baseDir: string): string {
  let top: string;
  for (let dir = resolve(baseDir); ; ) {
    if (existsSync(join(dir, ".git"))) {
      top = dir;
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      top = resolve(baseDir);
      break;
    }
    dir = parent;
  }
  try {
    return realpathSync(top);
  } catch {
    return top;
  }
}

function isAtOrBelow(dir: string, p: string): boolean {
  const rel = relative(dir, p);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** Files named by paths and globs, sorted, each once; a pattern that names nothing, or a file outside the repository, is an error. */
function expand(patterns: readonly string[], baseDir: string, place: DeclarationPlace, key: (string | number)[]): string[] {
  const out = new Set<string>();
  const top = includeTop(baseDir);
  const where = (p: string, via?: string) => `'${p}'${via === undefined ? "" : ` (${via})`} is outside the repository (${top}); custom rules files must be inside it`;
  patterns.forEach((p, i) => {
    const at = patterns.length > 1 || key.length > 0 ? [...key, ...(patterns.length > 1 ? [i] : [])] : key;
    const abs = isAbsolute(p) ? p : join(baseDir, p);
    const scan = picomatch.scan(p);
    if (!scan.isGlob) {
      let ok = false;
      try {
        ok = statSync(abs).isFile();
      } catch {
        ok = false;
      }
      if (!ok) fail(place, at, `custom rules file '${p}' does not exist`);
      // the real path: a symlink inside the repository may not lead out of it
      if (!isAtOrBelow(top, realpathSync(abs))) fail(place, at, where(p));
      out.add(abs);
      return;
    }
    const base = isAbsolute(scan.base) ? scan.base : join(baseDir, scan.base);
    if (!isAtOrBelow(top, resolve(base))) fail(place, at, where(p));
    const isMatch = picomatch(scan.glob);
    let files: string[] = [];
    try {
      files = (readdirSync(base, { recursive: true }) as string[]).filter((f) => isMatch(f.split(sep).join("/")) && statSync(join(base, f)).isFile());
    } catch {
      files = [];
    }
    if (files.length === 0) fail(place, at, `'${p}' matches no file`);
    for (const f of files.sort()) {
      if (!isAtOrBelow(top, realpathSync(join(base, f)))) fail(place, at, where(p, `${f} leads to ${realpathSync(join(base, f))}`));
      out.add(join(base, f));
    }
  });
  return [...out];
}

/** Largest custom rules file read (policies are a few kilobytes). */
const MAX_RULES_FILE_SIZE = 1024 * 1024;

/** The declarations of YAML files, with their places (file, key, line). */
function fileEntries(files: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    let text: string;
    try {
      const size = statSync(file).size;
      if (size > MAX_RULES_FILE_SIZE) throw new ConfigError(`${shown}: a custom rules file of ${size} bytes, more than ${MAX_RULES_FILE_SIZE}; not read`, shown);
      text = readFileSync(file, "utf8");
    } catch (e) {
      if (e instanceof ConfigError) throw e;
      throw new ConfigError(`${shown}: cannot read custom rules: ${(e as Error).message}`, shown);
    }
    const { LineCounter, parseDocument } = yaml();
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false });
    const err = doc.errors[0];
    if (err !== undefined) {
      const line = err.linePos?.[0]?.line ?? lineCounter.linePos(err.pos[0]).line;
      throw new ConfigError(`${shown}:${line}: not valid YAML: ${err.message.split("\n")[0]}`, shown);
    }
    let data: unknown;
    try {
      // aliases are expanded with a budget: an alias bomb stops here
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      throw new ConfigError(`${shown}: not valid YAML: ${capped((e as Error).message)}`, shown);
    }
    let list: unknown[];
    let prefix: (string | number)[];
    if (Array.isArray(data)) {
      list = data;
      prefix = [];
    } else if (data !== null && typeof data === "object" && Array.isArray((data as { customRules?: unknown }).customRules)) {
      list = (data as { customRules: unknown[] }).customRules;
      prefix = ["customRules"];
    } else {
      throw new ConfigError(`${shown}: a custom rules file holds a list of rules, or 'customRules:' with a list`, shown);
    }
    const lineOf = (path: (string | number)[]): number | undefined => {
      // the deepest node of the path that exists
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
        if (node?.range !== undefined) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    };
    list.forEach((def, i) => {
      const base = [...prefix, i];
      entries.push({
        def,
        place: { origin: shown, key: keyOf(prefix.length > 0 ? String(prefix[0]) : "", [i]), lineOf: (p) => lineOf([...base, ...p]) },
      });
    });
  }
  return entries;
}
