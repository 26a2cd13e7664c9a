/**
 * Lints the manifests of one run and turns library results into the action's findings: the
 * library does all the checking; this file only filters (`report: new`), shapes suggestions
 * into whole-line replacements and collects fixed texts.
 */
import { readManifest, type Diagnostic, type Manifest, type Target, type VmOptions } from "../index.js";
import { Source } from "../index.js";
import type { FileReport, Finding, FixedFile, LineReplacement } from "./findings.js";
import { fix, lint, textOptions, type ActionConfig } from "./library.js";

export interface InputFile {
  /** workspace-relative path with `/` separators */
  path: string;
  /** the path the library sees (relative to the working directory; fingerprints, suppressions); default `path` */
  lintPath?: string;
  text: string;
  /** the text at the pull request's base, when `report: new` needs it (undefined: new file) */
  base?: string;
}

export interface Analysis {
  findings: Finding[];
  files: FileReport[];
  fixes: FixedFile[];
  /** fingerprints of every finding at head, before `report: new` filtering (to tell fixed from old) */
  present: string[];
  /** the reported findings' counts once the fixes are applied (what `fail-on` counts after a fix commit) */
  afterFix: { errors: number; warnings: number; infos: number };
  /** each linted file's findings for the kubernetes target (by path), for the job summary's render */
  kubernetes: Map<string, readonly Diagnostic[]>;
}

export interface AnalyzeOptions {
  reportNew: boolean;
  fix: boolean;
  fixOutput: "in-place" | "gpu-sibling";
  /** the targets to check for, each in its own pass (default: kubernetes) */
  targets?: readonly Target[];
  /** site settings for the vm target */
  vm?: VmOptions;
  now?: Date;
}

/** Longest suggestion we offer inline; longer fixes go to the fix commit only. */
const MAX_SUGGESTION_LINES = 60;

const SIBLING_TAG: Record<Target, string> = { kubernetes: "gpu", vm: "vm" };

/** Where `fix-output: gpu-sibling` writes a target's copy: `<name>.gpu.json` (kubernetes), `<name>.vm.json` (vm); templates keep `.template.json`. */
export function siblingPath(path: string, target: Target = "kubernetes"): string {
  const tag = SIBLING_TAG[target];
  if (/\.template\.json$/i.test(path)) return path.replace(/\.template\.json$/i, `.${tag}.template.json`);
  return path.replace(/\.json$/i, "") + `.${tag}.json`;
}

export function isSibling(path: string): boolean {
  return /\.(gpu|vm)(\.template)?\.json$/i.test(path);
}

export function analyze(files: InputFile[], config: ActionConfig, opts: AnalyzeOptions): Analysis {
  const out: Analysis = { findings: [], files: [], fixes: [], present: [], afterFix: { errors: 0, warnings: 0, infos: 0 }, kubernetes: new Map() };
  const targets: readonly Target[] = opts.targets !== undefined && opts.targets.length > 0 ? opts.targets : ["kubernetes"];
  // two targets cannot both rewrite one file: in place, fixes need a single target
  const fixing = opts.fix && (opts.fixOutput === "gpu-sibling" || targets.length === 1);
  const count = (sev: Diagnostic["severity"]) => {
    if (sev === "error") out.afterFix.errors++;
    else if (sev === "warning") out.afterFix.warnings++;
    else out.afterFix.infos++;
  };
  for (const f of files) {
    const text = stripBom(f.text);
    const lintPath = f.lintPath ?? f.path;
    let report: FileReport | undefined;
    for (const target of targets) {
      const options = textOptions(config, lintPath, opts.now, target, opts.vm);
      const result = lint(f.text, options);
      if (result.skipped) continue;
      if (target === "kubernetes") out.kubernetes.set(f.path, result.messages);
      let messages = result.messages.filter((m) => m.suppressed === undefined);
      for (const m of messages) out.present.push(m.fingerprint);
      if (opts.reportNew && f.base !== undefined) {
        const before = lint(f.base, textOptions(config, lintPath, opts.now, target, opts.vm));
        if (!before.skipped) {
          const old = new Set(before.messages.map((m) => identity(m, f.base!)));
          messages = messages.filter((m) => !old.has(identity(m, f.text)));
        }
      }
      if (report === undefined) {
        const read = readManifest(lintPath, f.text);
        const modules = read.kind === "manifest" ? read.manifest.modules.filter((m) => !m.system).map((m) => m.name) : [];
        report = { path: f.path, errors: 0, warnings: 0, infos: 0, fixable: 0, modules };
        out.files.push(report);
      }
      for (const m of messages) {
        if (m.severity === "error") report.errors++;
        else if (m.severity === "warning") report.warnings++;
        else report.infos++;
        if (m.edits) report.fixable++;
        out.findings.push(toFinding(f.path, m, text, target));
      }
      let after = messages;
      if (fixing && result.fixableCount > 0) {
        const outcome = fix(f.text, options);
        if (outcome.changed) {
          const remaining = new Set(outcome.result.messages.filter((m) => m.edits).map((m) => m.fingerprint));
          const rules = [...new Set(result.messages.filter((m) => m.edits && !m.suppressed && !remaining.has(m.fingerprint)).map((m) => m.ruleId))].sort();
          out.fixes.push({ path: f.path, target: opts.fixOutput === "gpu-sibling" ? siblingPath(f.path, target) : f.path, content: outcome.output, applied: outcome.applied, rules });
          const left = outcome.result.messages.filter((m) => m.suppressed === undefined);
          // with `report: new`, only the reported findings that survive the fixes count
          const reported = new Set(messages.map((m) => m.fingerprint));
          after = opts.reportNew && f.base !== undefined ? left.filter((m) => reported.has(m.fingerprint)) : left;
        }
      }
      for (const m of after) count(m.severity);
    }
  }
  return out;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A finding is "the same" at base and head when its fingerprint, message and JSON value agree. */
function identity(m: Diagnostic, raw: string): string {
  const read = readManifest("x.json", raw);
  const value = read.kind === "manifest" ? valueAt(read.manifest, m.pointer) : undefined;
  return [m.fingerprint, m.message, value === undefined ? "" : JSON.stringify(value)].join("\u0000");
}

function decodePointer(p: string): string[] {
  if (p === "") return [];
  return p
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The JSON value a finding's pointer names; it continues through a stringified createOptions. */
export function valueAt(manifest: Manifest, pointer: string): unknown {
  const segs = decodePointer(pointer);
  let value: unknown = manifest.root.value;
  let path: string[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (/^createOptions$/i.test(s)) {
      const mod = manifest.modules.find((m) => m.settings !== undefined && m.settings.path.join("/") === path.join("/"));
      if (mod?.createOptions.root !== undefined) {
        value = mod.createOptions.root.value;
        path = [...path, s];
        continue;
      }
    }
    if (Array.isArray(value)) value = value[Number(s)];
    else if (typeof value === "object" && value !== null) {
      const obj = value as Record<string, unknown>;
      const key = Object.prototype.hasOwnProperty.call(obj, s) ? s : Object.keys(obj).find((k) => k.toLowerCase() === s.toLowerCase());
      value = key === undefined ? undefined : obj[key];
    } else return undefined;
    path = [...path, s];
  }
  return value;
}

function toFinding(path: string, m: Diagnostic, text: string, target: Target): Finding {
  const f: Finding = {
    path,
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    fingerprint: m.fingerprint,
    docs: m.docs,
    fixable: m.edits !== undefined,
    hasSuggestion: (m.suggestions?.length ?? 0) > 0,
  };
  if (m.module !== undefined) f.module = m.module;
  f.target = m.target ?? target;
  const hasFix = m.fix !== undefined || m.fixEdits !== undefined;
  const carrier = hasFix ? m : m.suggestions?.find((s) => s.fix !== undefined || s.fixEdits !== undefined);
  const edit = carrier?.fixEdits ?? carrier?.fix;
  if (edit !== undefined) {
    const r = lineReplacement(text, edit, m.line, m.endLine, hasFix ? "fix" : "suggestion");
    if (r !== undefined) f.replacement = r;
  }
  return f;
}

/**
 * The edit (or the sorted edits of one fix) as a replacement of whole lines that also covers the
 * finding's own lines (a review suggestion replaces exactly the commented lines); undefined when
 * the edits do not fit a suggestion's line range.
 */
export function lineReplacement(
  text: string,
  edit: { start: number; end: number; text: string } | readonly { start: number; end: number; text: string }[],
  findingLine: number,
  findingEndLine: number,
  kind: "fix" | "suggestion",
): LineReplacement | undefined {
  const edits = "length" in edit ? edit : [edit];
  if (edits.length === 0) return undefined;
  const source = new Source("", text);
  const starts = source.lineStarts;
  const first = edits[0]!;
  const last = edits.reduce((a, e) => (e.end > a.end ? e : a), first);
  const editStart = source.position(first.start).line;
  const lastChar = last.end > last.start ? last.end - 1 : last.end;
  const editEnd = source.position(lastChar).line;
  const startLine = Math.min(editStart, findingLine);
  const endLine = Math.max(editEnd, findingEndLine);
  if (endLine - startLine + 1 > MAX_SUGGESTION_LINES) return undefined;
  const from = starts[startLine - 1]!;
  const nextLine = starts[endLine];
  let to = nextLine === undefined ? text.length : nextLine - 1;
  if (to > from && text[to - 1] === "\r") to--;
  let replaced = "";
  let pos = from;
  for (const e of edits) {
    replaced += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  replaced += text.slice(pos, to);
  return { startLine, endLine, text: replaced.replace(/\r\n/g, "\n"), kind };
}
