/**
 * The configuration file: `.iotedge-gpu-lint.yml` / `.yaml` / `.json`, found by walking up from
 * the linted file, validated against `schemas/config.schema.json`, and turned into the engine's
 * LintSettings for one file.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { yaml } from "../vendor/yaml.js";
import { ruleRegistry, type RuleRegistry } from "../registry.js";
import { validate as validateConfig } from "../generated/config.js";
import type { LintSettings, SuppressionMatcher } from "../engine/lint.js";
import type { Diagnostic, Rule, SeveritySetting, Target, VmOptions } from "../engine/types.js";
import { didYouMean } from "../close-matches.js";
import { compileCustom } from "./custom-rules-hook.js";
import { capped, ConfigError } from "./errors.js";
import { fileDiagnostic, runRules, suppressionExpiredRule } from "./pseudo-rules.js";
import { CONFIG_FILE_NAMES, DEFAULT_MAX_FILE_SIZE, defaultConfig, type Config, type SuppressionEntry } from "./types.js";

export { ConfigError };
export type { Config, SuppressionEntry };

type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
  parentSchema?: Record<string, unknown>;
  data?: unknown;
}

/** schemas/config.schema.json, precompiled by scripts/gen-validators.mjs. */
const validateConfigData = validateConfig as unknown as Validator;

/** `/suppressions/0/reason` → `suppressions[0].reason` */
function keyOf(instancePath: string): string {
  let out = "";
  for (const raw of instancePath.split("/").slice(1)) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}

/** A value as an error message echoes it: quoted, at most ECHO_LIMIT characters. */
const show = (v: unknown): string => capped(typeof v === "string" ? `'${v}'` : (JSON.stringify(v) ?? String(v)));

function describe(e: AjvError): { key: string; text: string } {
  const key = keyOf(e.instancePath);
  switch (e.keyword) {
    case "additionalProperties": {
      const name = String(e.params.additionalProperty);
      const allowed = Object.keys((e.parentSchema?.properties as Record<string, unknown>) ?? {});
      return {
        key: key === "" ? name : `${key}.${name}`,
        text: `unknown key '${capped(name)}'${didYouMean(name, allowed)}; allowed keys: ${allowed.join(", ")}`,
      };
    }
    case "enum":
      return { key, text: `${show(e.data)} is not allowed; allowed values: ${(e.params.allowedValues as unknown[]).join(", ")}` };
    case "required": {
      const req = (e.parentSchema?.required as string[]) ?? [];
      return { key, text: `'${String(e.params.missingProperty)}' is missing (required: ${req.join(", ")})` };
    }
    case "pattern":
      if (key.endsWith(".expires")) return { key, text: `${show(e.data)} is not a date; write YYYY-MM-DD` };
      if (key.endsWith(".pointer")) return { key, text: `${show(e.data)} is not a JSON pointer; write "" or "/a/b"` };
      if (key.endsWith(".reason")) return { key, text: "a reason is required and cannot be blank" };
      if (key === "vm.shareRoot" && typeof e.data === "string" && e.data.startsWith("/")) return { key, text: `${show(e.data)} has a ':', which separates the parts of a Docker bind; mount the shares under a path without one` };
      if (key.startsWith("vm.")) return { key, text: `${show(e.data)} is not an absolute path inside the VM; write it from the root${key === "vm.shareRoot" ? " (e.g. /mnt/shares)" : " (e.g. /srv/data)"}` };
      return { key, text: `${show(e.data)} must match ${String(e.params.pattern)}` };
    case "minLength":
      return { key, text: key.endsWith(".reason") ? "a reason is required and cannot be blank" : "must not be empty" };
    case "minimum":
      return { key, text: `${show(e.data)} must be at least ${String(e.params.limit)}` };
    case "type":
      return { key, text: `${show(e.data)} must be ${e.keyword === "type" ? `of type ${String(e.params.type)}` : e.message}` };
    case "anyOf": {
      // an anyOf of a value or a list of values from one enum (`target`): name the allowed values
      const values = enumOfAnyOf(e.parentSchema);
      if (values !== undefined) return { key, text: `${show(e.data)} is not allowed; allowed values: ${values.join(", ")}, or a list of them` };
      return { key, text: `${show(e.data)} must be a non-empty string or a non-empty array of strings` };
    }
    case "uniqueItems":
      return { key, text: `lists ${show(e.data instanceof Array ? e.data[Number(e.params.i)] : e.data)} twice` };
    default:
      return { key, text: e.message ?? "is invalid" };
  }
}

/** The values of `anyOf: [{enum}, {type: array, items: {enum}}]`, when that is the schema's shape. */
function enumOfAnyOf(schema: Record<string, unknown> | undefined): unknown[] | undefined {
  const branches = schema?.anyOf;
  if (!Array.isArray(branches)) return undefined;
  for (const b of branches as Record<string, unknown>[]) {
    if (Array.isArray(b.enum)) return b.enum as unknown[];
  }
  return undefined;
}

/** The most useful ajv error: the deepest one, preferring a concrete keyword over anyOf. */
function pickError(errors: AjvError[]): AjvError {
  const depth = (e: AjvError) => e.instancePath.split("/").length + (e.keyword === "additionalProperties" || e.keyword === "required" ? 1 : 0);
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  // errors under an anyOf branch only say why one branch failed: report the anyOf itself (but a
  // list that names a value twice is a list, and says so)
  const candidates = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "uniqueItems" || !anyOfPaths.has(e.instancePath));
  return [...candidates].sort((a, b) => depth(b) - depth(a))[0] ?? errors[0]!;
}

function parseText(text: string, origin: string): unknown {
  const body = text.replace(/^\ufeff/, "");
  if (/\.json$/i.test(origin)) {
    try {
      return JSON.parse(body);
    } catch (e) {
      throw new ConfigError(`${origin}: not valid JSON: ${capped((e as Error).message)}`, origin);
    }
  }
  const doc = yaml().parseDocument(body, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const at = err.linePos?.[0];
    const where = at ? ` at line ${at.line}, column ${at.col}` : "";
    throw new ConfigError(`${origin}: not valid YAML${where}: ${capped(err.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""))}`, origin);
  }
  try {
    // aliases are expanded with a budget: an alias bomb ("billion laughs") stops here
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new ConfigError(`${origin}: not valid YAML: ${capped((e as Error).message)}`, origin);
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** Every rule id a configuration may name: built-in, custom and the run's own (`read-error`...). */
export function knownRuleIds(extra: readonly Rule[] = []): string[] {
  return ruleRegistry(extra).all.map((r) => r.meta.id);
}

/** Parse and validate a configuration's text (YAML, or JSON when `origin` ends in .json). */
export function parseConfigText(text: string, origin: string): Config {
  let data = parseText(text, origin);
  if (data === null || data === undefined) data = {};
  if (!validateConfigData(data)) {
    const { key, text: why } = describe(pickError(validateConfigData.errors ?? []));
    throw new ConfigError(`${origin}: ${key === "" ? "" : `${capped(key)}: `}${why}`, origin, key || undefined);
  }
  const raw = data as {
    rules?: Record<string, SeveritySetting>;
    include?: string[];
    exclude?: string[];
    suppressions?: { files: string | string[]; module?: string; pointer?: string; rule: string | string[]; reason: string; expires?: string }[];
    customRules?: Record<string, unknown>[];
    maxFileSize?: number;
    root?: boolean;
  };
  const config = defaultConfig();
  config.origin = origin;
  if (raw.root === true) config.root = true;
  config.customRules = raw.customRules ?? [];
  config.extraRules = compileCustom(config.customRules, origin);
  const known = knownRuleIds(config.extraRules);
  const knownSet = new Set(known);
  const checkId = (id: string, key: string) => {
    if (!knownSet.has(id)) throw new ConfigError(`${origin}: ${capped(key)}: unknown rule id '${capped(id)}'${didYouMean(id, known)}`, origin, key);
  };
  for (const id of Object.keys(raw.rules ?? {})) checkId(id, `rules.${id}`);
  config.rules = { ...(raw.rules ?? {}) };
  if (raw.include !== undefined) config.include = raw.include;
  config.exclude = raw.exclude ?? [];
  config.maxFileSize = raw.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const where = data as { target?: Target | Target[]; vm?: VmOptions };
  if (where.target !== undefined) config.target = typeof where.target === "string" ? [where.target] : [...where.target];
  if (where.vm !== undefined) config.vm = vmOptionsOf(where.vm, origin);
  config.suppressions = (raw.suppressions ?? []).map((s, i) => {
    const rules = typeof s.rule === "string" ? [s.rule] : s.rule;
    rules.forEach((id, j) => checkId(id, `suppressions[${i}].rule${typeof s.rule === "string" ? "" : `[${j}]`}`));
    if (s.expires !== undefined && !isRealDate(s.expires)) {
      throw new ConfigError(`${origin}: suppressions[${i}].expires: '${s.expires}' is not a real date; write YYYY-MM-DD`, origin, `suppressions[${i}].expires`);
    }
    const entry: SuppressionEntry = { files: typeof s.files === "string" ? [s.files] : s.files, rule: rules, reason: s.reason.trim() };
    if (s.module !== undefined) entry.module = s.module;
    if (s.pointer !== undefined) entry.pointer = s.pointer;
    if (s.expires !== undefined) entry.expires = s.expires;
    return entry;
  });
  return config;
}

/** `vm:` with the share root written without trailing slashes (`/mnt/shares/` is `/mnt/shares`). */
function vmOptionsOf(raw: VmOptions, origin: string): VmOptions {
  const vm: VmOptions = {};
  if (raw.shareRoot !== undefined) {
    const root = raw.shareRoot.replace(/\/+$/, "");
    if (root === "") throw new ConfigError(`${origin}: vm.shareRoot: '/' is the root of the VM's filesystem; name the directory the shares are mounted in (e.g. /mnt/shares)`, origin, "vm.shareRoot");
    vm.shareRoot = root;
  }
  if (raw.allowedBindSources !== undefined) vm.allowedBindSources = [...raw.allowedBindSources];
  return vm;
}

/** Read and validate one configuration file. */
/** Largest configuration file read (a configuration is a few kilobytes). */
const MAX_CONFIG_SIZE = 1024 * 1024;

/** Read and validate one configuration file: a regular file (never a FIFO or a device) of at most 1 MiB. */
export function loadConfigFile(path: string): Config {
  let text: string;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new ConfigError(`${path}: the configuration is not a regular file; not read`, path);
    if (st.size > MAX_CONFIG_SIZE) throw new ConfigError(`${path}: the configuration file is ${st.size} bytes, more than ${MAX_CONFIG_SIZE}; not read`, path);
    text = readFileSync(path, "utf8");
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(`${path}: cannot read the configuration file (${code ?? (e as Error).message})`, path);
  }
  return parseConfigText(text, path);
}

/**
 * The highest folder the configuration search may reach from inside `cwd`: the repository root
 * (the nearest folder at or above `cwd` holding `.git`), else `cwd` itself. Without a `.git`,
 * nothing above the working directory is read (a stray file in /tmp or a home folder never applies).
 */
export function configSearchTop(cwd: string): string {
  const start = resolve(cwd);
  for (let dir = start; ; ) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

/** Whether `p` is `dir` or below it. */
function isAtOrBelow(dir: string, p: string): boolean {
  const rel = relative(dir, p);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * The configuration file of a folder, given which of CONFIG_FILE_NAMES it holds: none, or the one;
 * several are an error (which one wins would be a guess). The CLI and the action (which reads
 * folders through the API) both decide with this.
 */
export function configFileIn(dir: string, present: readonly string[]): string | undefined {
  if (present.length > 1) {
    const where = dir === "" ? "the repository root" : dir.length > 1 ? dir.replace(/[\\/]$/, "") : dir;
    throw new ConfigError(`${where}: several configuration files (${present.join(", ")}); keep one`, join(dir, present[0]!));
  }
  return present[0];
}

/**
 * The configuration file that applies to files in `startDir`: the nearest one walking up. The
 * search stops after a folder holding `.git` (the repository root), after `stopDir`, and never
 * climbs above the search top of the working directory (`configSearchTop(cwd)`, default the
 * process's): a folder outside it is searched alone (and up to its own `.git`, when it has one).
 */
export function findConfig(startDir: string, stopDir?: string, cwd: string = process.cwd()): string | undefined {
  let dir = resolve(startDir);
  const top = configSearchTop(cwd);
  const stop = stopDir !== undefined ? resolve(stopDir) : isAtOrBelow(top, dir) ? top : undefined;
  const outside = stop === undefined;
  for (;;) {
    const here = configFileIn(dir, CONFIG_FILE_NAMES.filter((n) => isFile(join(dir, n))));
    if (here !== undefined) return join(dir, here);
    if (dir === stop || existsSync(join(dir, ".git"))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    // outside the working directory only a repository is searched upward, never a bare folder tree
    if (outside && !insideRepository(parent)) return undefined;
    dir = parent;
  }
}

/** Some folder at or above `dir` holds `.git`. */
function insideRepository(dir: string): boolean {
  for (let d = resolve(dir); ; ) {
    if (existsSync(join(d, ".git"))) return true;
    const parent = dirname(d);
    if (parent === d) return false;
    d = parent;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The workspace-relative, `/`-separated path that findings, globs and fingerprints use. */
export function displayPathOf(filePath: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, filePath));
  return sep === "/" ? rel : rel.split(sep).join("/");
}

const matchers = new Map<string, (p: string) => boolean>();
function globMatch(globs: readonly string[], path: string): boolean {
  return globs.some((g) => {
    let m = matchers.get(g);
    if (m === undefined) {
      m = picomatch(g, { dot: true });
      matchers.set(g, m);
    }
    return m(path);
  });
}

/** Whether a file found by walking a directory or a glob is linted under this configuration. */
export function isIncluded(config: Config, displayPath: string): boolean {
  if (globMatch(config.exclude, displayPath)) return false;
  return config.include === undefined || globMatch(config.include, displayPath);
}

export function isExcluded(config: Config, displayPath: string): boolean {
  return globMatch(config.exclude, displayPath);
}

/** The last day a suppression still applies is its `expires` date (UTC). */
export function isExpired(s: SuppressionEntry, now: Date): boolean {
  return s.expires !== undefined && now.toISOString().slice(0, 10) > s.expires;
}

function pointerCovers(prefix: string, pointer: string): boolean {
  return prefix === "" || pointer === prefix || pointer.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
}

export interface SettingsOptions {
  now?: Date;
  /** the workspace: display paths are relative to it (default: the process's working directory) */
  cwd?: string;
  /** severities given on the command line; they win over the file's */
  rules?: Record<string, SeveritySetting>;
  /** the target to check for (default: the configuration's first) */
  target?: Target;
  /** the targets given on the command line or to lintFiles; they win over the file's (--print-config) */
  targets?: readonly Target[];
  /** vm site settings that win over the file's, key by key */
  vm?: VmOptions;
}

/** Whether a suppression covers a finding (its expiry aside). */
export function suppressionCovers(s: SuppressionEntry, d: { ruleId: string; module?: string | undefined; pointer: string; filePath: string }): boolean {
  if (!s.rule.includes(d.ruleId)) return false;
  if (s.module !== undefined && s.module !== d.module) return false;
  if (s.pointer !== undefined && !pointerCovers(s.pointer, d.pointer)) return false;
  return globMatch(s.files, d.filePath);
}

/** Whether a suppression's `files` globs name this workspace-relative path. */
export function suppressionNamesFile(s: SuppressionEntry, displayPath: string): boolean {
  return globMatch(s.files, displayPath);
}

export function suppressionMatcher(config: Config, now: Date): SuppressionMatcher {
  const active = config.suppressions.filter((s) => !isExpired(s, now));
  return (d) => {
    for (const s of active) {
      if (!suppressionCovers(s, d)) continue;
      return s.expires === undefined ? { reason: s.reason } : { reason: s.reason, expires: s.expires };
    }
    return undefined;
  };
}

/** The vm site settings for a run: the configuration's, with the caller's winning key by key. */
export function vmFor(config: Config, options: { vm?: VmOptions } = {}): VmOptions {
  return { ...config.vm, ...(options.vm ?? {}) };
}

const registries = new WeakMap<Config, RuleRegistry>();

/** The registry of a configuration (built-in, its custom rules, run-level), made once per configuration. */
export function registryOf(config: Config): RuleRegistry {
  let r = registries.get(config);
  if (r === undefined) registries.set(config, (r = ruleRegistry(config.extraRules)));
  return r;
}

/** The engine settings for one file under a configuration. */
export function settingsFromConfig(config: Config, filePath: string, options: SettingsOptions = {}): LintSettings {
  const cwd = options.cwd ?? process.cwd();
  const now = options.now ?? new Date();
  const settings: LintSettings = {
    rules: registryOf(config).lintRules,
    severities: { ...config.rules, ...(options.rules ?? {}) },
    displayPath: displayPathOf(filePath, cwd),
  };
  const target = options.target ?? (options.targets ?? config.target)[0];
  if (target !== undefined) settings.target = target;
  const vm = vmFor(config, options);
  if (Object.keys(vm).length > 0) settings.vm = vm;
  if (config.suppressions.length > 0) settings.suppress = suppressionMatcher(config, now);
  return settings;
}

/** One `suppression-expired` warning per expired suppression whose `files` match this file. */
export function expiredSuppressionDiagnostics(config: Config, displayPath: string, now: Date, severities: Record<string, SeveritySetting> = config.rules): Diagnostic[] {
  const severity = severities[suppressionExpiredRule.meta.id] ?? suppressionExpiredRule.meta.severity;
  if (severity === "off") return [];
  const out: Diagnostic[] = [];
  for (const s of config.suppressions) {
    if (!isExpired(s, now) || !globMatch(s.files, displayPath)) continue;
    const what = `${s.rule.join(", ")}${s.module !== undefined ? ` in module '${s.module}'` : ""}${s.pointer !== undefined ? ` at ${s.pointer || "/"}` : ""}`;
    const where = config.origin ? ` in ${config.origin}` : "";
    out.push(
      fileDiagnostic(
        suppressionExpiredRule,
        severity,
        `suppression of ${what} ("${s.reason}") expired on ${s.expires}: it no longer applies; fix the findings or extend 'expires'${where}`,
        displayPath,
        [s.rule.join(","), s.module ?? "", s.pointer ?? "", s.reason, s.expires ?? ""].join("\u0001"),
      ),
    );
  }
  return out;
}

/** The configuration as --print-config shows it for one file. */
export function resolvedConfigFor(config: Config, filePath: string, options: SettingsOptions = {}): Record<string, unknown> {
  const settings = settingsFromConfig(config, filePath, options);
  const now = options.now ?? new Date();
  const display = settings.displayPath!;
  const rules: Record<string, SeveritySetting> = {};
  for (const r of [...settings.rules, ...runRules]) rules[r.meta.id] = settings.severities?.[r.meta.id] ?? r.meta.severity;
  return {
    filePath: display,
    configFile: config.origin || null,
    target: [...(options.targets ?? config.target)],
    vm: vmFor(config, options),
    rules,
    include: config.include ?? null,
    exclude: config.exclude,
    linted: isIncluded(config, display),
    suppressions: config.suppressions.filter((s) => globMatch(s.files, display)).map((s) => ({ ...s, expired: isExpired(s, now) })),
    customRules: config.extraRules.map((r) => r.meta.id),
    maxFileSize: config.maxFileSize,
  };
}
