import * as crypto from "node:crypto";
import { readManifest, type Manifest, type ManifestResult, type Module } from "../model/manifest.js";
import { ModuleFacts } from "../model/facts.js";
import type { JNode } from "../model/node.js";
import { docsUrl } from "../meta.js";
import type { Source } from "../source.js";
import { fileSpan, pointerOf } from "./position.js";
import { applyDirectives } from "./directives.js";
import { fixAsText, type FixText } from "./text-fix.js";
import { DEFAULT_TARGET, type Diagnostic, type Edit, type LegacyRule, type ReportDescriptor, type Rule, type RuleContext, type RuleHandlers, type Severity, type SeveritySetting, type Suppression, type Target, type VmOptions } from "./types.js";

/** Decides whether a finding is suppressed (config `suppressions`). */
export type SuppressionMatcher = (d: { ruleId: string; module?: string; pointer: string; filePath: string }) => Suppression | undefined;

export interface LintSettings {
  rules: readonly Rule[];
  /** the target to check for (default `kubernetes`); only rules that name it run */
  target?: Target;
  /** site settings for the `vm` target */
  vm?: VmOptions;
  /** severity per rule id; `off` disables it */
  severities?: Readonly<Record<string, SeveritySetting>>;
  suppress?: SuppressionMatcher;
  /** the path findings and fingerprints name (relative to the workspace); defaults to the file path */
  displayPath?: string;
  /**
   * give each fix and suggestion as text too: `fixEdits` (text edits over the file) and, when they
   * are close together, `fix` (one replacement, as ESLint does), for outputs that show fixes (JSON,
   * SARIF, review suggestions); default true. Laying a fix out in the file's style costs more than
   * finding the problem, so the CLI asks for it only for those.
   */
  fixText?: boolean;
}

export interface FileResult {
  filePath: string;
  messages: Diagnostic[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
  /** the target the file was checked for (set by lintFiles, which checks a file once per target) */
  target?: Target;
  /** the file is JSON but not an IoT Edge manifest: nothing was checked */
  skipped?: boolean;
  /** the fixed text, when fixing was asked for and changed something */
  output?: string;
}

export interface SyntaxFailure {
  message: string;
  offset: number;
  length: number;
}

/** Rules may also look at a file that could not be parsed (invalid-json). */
export interface SyntaxRule extends Rule {
  checkSyntax?(failure: SyntaxFailure, report: (message: string) => void): void;
}

const MANIFEST_HINT = /"(?:modulesContent|moduleContent|\$edgeAgent|\$edgeHub|properties\.desired[^"]*)"/;

// one-shot crypto.hash (Node >= 20.12) is several times cheaper than a Hash object per finding
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;

function fingerprint(parts: string[]): string {
  const data = parts.join("\u0000");
  const hex = oneShot !== undefined ? oneShot("sha256", data, "hex") : crypto.createHash("sha256").update(data).digest("hex");
  return hex.slice(0, 16);
}

// Rules often attach one fix to several findings (a Binds list converted once for every bind it
// holds): its text is worked out once per edits array, not once per finding, and the findings
// share its list of text edits.
const fixTextCache = new WeakMap<readonly Edit[], FixText | null>();

function fixTextOf(manifest: Manifest, edits: readonly Edit[]): FixText | undefined {
  let t = fixTextCache.get(edits);
  if (t === undefined) fixTextCache.set(edits, (t = fixAsText(manifest, edits) ?? null));
  return t === null ? undefined : t;
}

/** Fill in `fix`/`fixEdits` (and each suggestion's), where the edits can be placed. */
export function describeFixes(manifest: Manifest, messages: readonly Diagnostic[]): void {
  for (const m of messages) {
    if (m.edits !== undefined) {
      const t = fixTextOf(manifest, m.edits);
      if (t !== undefined) {
        if (t.fix !== undefined) m.fix = { ...t.fix };
        m.fixEdits = t.edits;
      }
    }
    for (const sg of m.suggestions ?? []) {
      const t = fixTextOf(manifest, sg.edits);
      if (t !== undefined) {
        if (t.fix !== undefined) sg.fix = { ...t.fix };
        sg.fixEdits = t.edits;
      }
    }
  }
}

/** Does the rule run for this target? (A rule without `targets`, from older custom code, is a Kubernetes rule.) */
export function appliesTo(rule: Rule, target: Target): boolean {
  return (rule.meta.targets ?? [DEFAULT_TARGET]).includes(target);
}

function severityFor(rule: Rule, settings: LintSettings, requested: Severity | undefined): Severity | undefined {
  if (!appliesTo(rule, settings.target ?? DEFAULT_TARGET)) return undefined;
  const configured = settings.severities?.[rule.meta.id];
  if (configured === "off") return undefined;
  if (configured !== undefined) return configured;
  return requested ?? rule.meta.severity;
}

export function summarize(filePath: string, messages: Diagnostic[], extra: Partial<FileResult> = {}): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableCount = 0;
  for (const m of messages) {
    if (m.suppressed) continue;
    if (m.severity === "error") errorCount++;
    else if (m.severity === "warning") warningCount++;
    else infoCount++;
    if (m.edits) fixableCount++;
  }
  return { filePath, messages, errorCount, warningCount, infoCount, fixableCount, ...extra };
}

/** Lint one file's text. Never throws for bad input: a file that does not parse is a finding. */
export function lintText(filePath: string, raw: string, settings: LintSettings): { result: FileResult; manifest?: Manifest } {
  const read = readManifest(filePath, raw);
  return lintRead(filePath, read, settings);
}

export function lintRead(filePath: string, read: ManifestResult, settings: LintSettings): { result: FileResult; manifest?: Manifest } {
  const display = settings.displayPath ?? filePath;
  if (read.kind === "not-a-manifest") return { result: summarize(filePath, [], { skipped: true }) };
  if (read.kind === "invalid-json") {
    const source = read.source;
    if (!MANIFEST_HINT.test(source.text) && !/(^|[\\/])deployment[^\\/]*\.json$/i.test(filePath)) {
      return { result: summarize(filePath, [], { skipped: true }) };
    }
    const messages: Diagnostic[] = [];
    for (const rule of settings.rules as SyntaxRule[]) {
      if (rule.checkSyntax === undefined) continue;
      const severity = severityFor(rule, settings, undefined);
      if (severity === undefined) continue;
      rule.checkSyntax(read.error, (message) => {
        messages.push(textDiagnostic(source, rule, severity, message, read.error.offset, read.error.offset + Math.max(read.error.length, 0), display, settings.target ?? DEFAULT_TARGET));
      });
    }
    return { result: summarize(filePath, messages) };
  }
  const manifest = read.manifest;
  const messages: Diagnostic[] = [];
  const seen = new Map<string, number>();
  const target = settings.target ?? DEFAULT_TARGET;
  const ran = new Set<string>();
  // the facts of each module, made on first use and dropped with this call
  const facts = new Map<Module, ModuleFacts>();
  const factsOf = (mod: Module): ModuleFacts => {
    let f = facts.get(mod);
    if (f === undefined) facts.set(mod, (f = new ModuleFacts(mod)));
    return f;
  };
  const internalError = (rule: Rule, e: unknown): void => {
    // a rule bug must be visible, never a silent pass and never a crash of the whole run
    messages.push(textDiagnostic(manifest.source, rule, "error", `internal error in rule ${rule.meta.id}: ${(e as Error).message}; please report it`, 0, 0, display, target));
  };
  const running: Running[] = [];
  for (const rule of settings.rules) {
    if (severityFor(rule, settings, undefined) === undefined) continue;
    ran.add(rule.meta.id);
    const ctx: RuleContext = {
      manifest,
      target,
      vm: settings.vm ?? {},
      facts: factsOf,
      report(d: ReportDescriptor) {
        const severity = severityFor(rule, settings, d.severity);
        if (severity === undefined) return;
        if (d.fix !== undefined && d.fix.length > 0 && rule.meta.repair !== "fix") {
          throw new Error(`rule ${rule.meta.id} reported a fix but its meta.repair is '${rule.meta.repair}'`);
        }
        messages.push(toDiagnostic(manifest, rule, severity, d, display, seen, settings.suppress, target));
      },
    };
    try {
      running.push({ rule, handlers: handlersOf(rule, ctx), failed: false });
    } catch (e) {
      internalError(rule, e);
    }
  }
  walk(manifest, running, factsOf, internalError);
  // templates may hold comments, and so `// iotedge-gpu-lint-disable-next-line` directives
  if (manifest.template) messages.push(...applyDirectives(manifest.source, messages, { rules: settings.rules, ran, severities: settings.severities ?? {}, display, target }));
  messages.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  if (settings.fixText !== false) describeFixes(manifest, messages);
  return { result: summarize(filePath, messages), manifest };
}

interface Running {
  rule: Rule;
  handlers: RuleHandlers;
  /** a handler threw: the rule's finding says so and its other handlers are not called for this file */
  failed: boolean;
}

/**
 * The one walk over a file: every rule's handlers, in rule order at each stop, called with the
 * facts the engine keeps for each module. Rules that listen to nothing of a kind cost nothing there.
 */
function walk(manifest: Manifest, running: readonly Running[], factsOf: (mod: Module) => ModuleFacts, internalError: (rule: Rule, e: unknown) => void): void {
  const listening = (kind: keyof RuleHandlers): Running[] => running.filter((r) => r.handlers[kind] !== undefined);
  const fail = (r: Running, e: unknown): void => {
    r.failed = true;
    internalError(r.rule, e);
  };
  // (try/catch inline, no closure per call: this loop runs rules × modules times per file)
  for (const r of listening("manifest")) {
    try {
      r.handlers.manifest!(manifest);
    } catch (e) {
      fail(r, e);
    }
  }
  const onModule = listening("module");
  const onOptions = listening("createOptions");
  const onEnv = listening("env");
  if (onModule.length + onOptions.length + onEnv.length > 0) {
    for (const mod of manifest.modules) {
      const facts = factsOf(mod);
      for (const r of onModule) {
        if (r.failed) continue;
        try {
          r.handlers.module!(mod, facts);
        } catch (e) {
          fail(r, e);
        }
      }
      const options = mod.createOptions.root;
      if (options !== undefined) {
        for (const r of onOptions) {
          if (r.failed) continue;
          try {
            r.handlers.createOptions!(options, mod, facts);
          } catch (e) {
            fail(r, e);
          }
        }
      }
      if (onEnv.length === 0) continue;
      for (const v of facts.env) {
        for (const r of onEnv) {
          if (r.failed) continue;
          try {
            r.handlers.env!(v, mod, facts);
          } catch (e) {
            fail(r, e);
          }
        }
      }
    }
  }
  const onRoute = listening("route");
  if (onRoute.length > 0) {
    for (const route of manifest.routes) {
      for (const r of onRoute) {
        if (r.failed) continue;
        try {
          r.handlers.route!(route);
        } catch (e) {
          fail(r, e);
        }
      }
    }
  }
  for (const r of listening("manifestExit")) {
    if (r.failed) continue;
    try {
      r.handlers.manifestExit!(manifest);
    } catch (e) {
      fail(r, e);
    }
  }
}

/**
 * A rule of the 1.0 shape (`check` over the whole manifest) as a rule of this one: its check runs
 * when the walk starts.
 */
export function fromLegacyRule(rule: LegacyRule): Rule {
  return { meta: rule.meta, create: (ctx) => ({ manifest: () => rule.check(ctx) }) };
}

/** A rule's handlers for one file; a rule of the 1.0 shape (handed in by a caller as plain JavaScript) is still run. */
function handlersOf(rule: Rule, ctx: RuleContext): RuleHandlers {
  if (typeof rule.create === "function") return rule.create(ctx);
  const legacy = rule as unknown as Partial<LegacyRule>;
  if (typeof legacy.check === "function") return fromLegacyRule(legacy as LegacyRule).create(ctx);
  throw new Error("the rule has neither create() nor check()");
}

/**
 * The fingerprint parts that name the target: none for the default target (fingerprints of a
 * Kubernetes run stay what they were before targets existed), the target's name for any other.
 */
function targetPart(target: Target): string[] {
  return target === DEFAULT_TARGET ? [] : ["target:" + target];
}

function textDiagnostic(source: Source, rule: Rule, severity: Severity, message: string, start: number, end: number, display: string, target: Target): Diagnostic {
  const s = source.position(start);
  const e = source.position(end);
  return {
    ruleId: rule.meta.id,
    severity,
    message,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    offset: start,
    endOffset: end,
    target,
    pointer: "",
    fingerprint: fingerprint([rule.meta.id, display, "", "", ...targetPart(target)]),
    docs: rule.meta.docs ?? docsUrl(rule.meta.id),
  };
}

/** `{{name}}` holes of a message template filled from `data`; a hole without data is a rule bug (thrown). */
export function interpolate(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_hole, name: string) => {
    if (data === undefined || !Object.hasOwn(data, name)) throw new Error(`message hole '{{${name}}}' has no data`);
    return String(data[name]);
  });
}

/** The text of a report: its messageId's template filled in and prefixed with the module, or its message. */
function messageOf(rule: Rule, d: ReportDescriptor, module: string | undefined): string {
  if (d.messageId === undefined) {
    if (d.message === undefined) throw new Error(`rule ${rule.meta.id} reported neither a messageId nor a message`);
    return d.message;
  }
  const template = rule.meta.messages?.[d.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message '${d.messageId}' in meta.messages`);
  const text = interpolate(template, d.data);
  return module === undefined ? text : `module '${module}': ${text}`;
}

function moduleName(d: ReportDescriptor): string | undefined {
  if (d.module === undefined) return undefined;
  return typeof d.module === "string" ? d.module : d.module.name;
}

function toDiagnostic(
  manifest: Manifest,
  rule: Rule,
  severity: Severity,
  d: ReportDescriptor,
  display: string,
  seen: Map<string, number>,
  suppress: SuppressionMatcher | undefined,
  target: Target,
): Diagnostic {
  const span = fileSpan(d.node, d.part, d.range, d.span) ?? [0, 0];
  const s = manifest.source.position(span[0]);
  const e = manifest.source.position(span[1]);
  const pointer = pointerOf(d.node);
  const module = moduleName(d);
  const message = messageOf(rule, d, module);
  const baseKey = rule.meta.id + "\u0000" + (module ?? "") + "\u0000" + pointer;
  const n = seen.get(baseKey) ?? 0;
  seen.set(baseKey, n + 1);
  const diag: Diagnostic = {
    ruleId: rule.meta.id,
    severity,
    message,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    offset: span[0],
    endOffset: span[1],
    target,
    pointer,
    fingerprint: fingerprint([rule.meta.id, display, module ?? "", pointer, n === 0 ? "" : String(n), ...targetPart(target)]),
    docs: rule.meta.docs ?? docsUrl(rule.meta.id),
  };
  if (module !== undefined) diag.module = module;
  if (d.fix !== undefined && d.fix.length > 0) diag.edits = d.fix;
  if (d.suggestions !== undefined && d.suggestions.length > 0) diag.suggestions = d.suggestions.map((sg) => ({ ...sg }));
  const sup = suppress?.({ ruleId: rule.meta.id, module, pointer, filePath: display });
  if (sup !== undefined) diag.suppressed = sup;
  return diag;
}

export type { Edit, JNode };
