import { appliesTo, type FileResult } from "../engine/lint.js";
import { DEFAULT_TARGET, type Diagnostic, type RuleMeta, type Severity, type Target, type TextEdit } from "../engine/types.js";
import { docsUrl, REPOSITORY_URL, TOOL_NAME, VERSION } from "../meta.js";
import { ruleRegistry } from "../registry.js";
import { fixEditsOf, fixShape, SharedFixes, type FixShape } from "./fix-shape.js";
import { linted, relativePath, targetOf, targetsOf, type FormatContext } from "./types.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** A relative path as a URI reference: each segment percent-encoded (spaces in real file names). */
function uriOf(path: string): string {
  return path.split("/").map((s) => (s === ".." || s === "." ? s : encodeURIComponent(s))).join("/");
}

function ruleDescriptor(meta: RuleMeta) {
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    helpUri: meta.docs ?? docsUrl(meta.id),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { facts: meta.facts, repair: meta.repair },
  };
}

/**
 * What SARIF needs of a finding. A Diagnostic has it; so has a finding read back from elsewhere
 * (the action's findings file), which carries no offsets or pointer and need not invent them.
 */
export type SarifFinding = Pick<Diagnostic, "ruleId" | "severity" | "message" | "line" | "column" | "endLine" | "endColumn" | "fingerprint" | "docs"> &
  Partial<Pick<Diagnostic, "module" | "pointer" | "target" | "suppressed" | "fix" | "fixEdits" | "fixWithheld" | "suggestions">>;

/** A file's findings for SARIF (a FileResult is one). */
export interface SarifFile {
  /** absolute, or relative to the context's cwd */
  filePath: string;
  target?: Target;
  skipped?: boolean;
  messages: readonly SarifFinding[];
}

/**
 * SARIF 2.1.0: one run, or with any target but the default alone, one run per target whose
 * `automationDetails.id` names it (`iotedge-gpu-lint/vm/`: the trailing slash makes the whole id
 * the category, so that code scanning keeps each target's alerts apart). Regions use 1-based lines
 * and UTF-16 columns (the SARIF default), the end column exclusive; fixes replace character ranges
 * of the text (after a BOM, as editors count).
 * A fix whose edits are far apart is one `fix` with several `replacements`; a fix several findings
 * share is written once, on the first; the others carry `properties.fixSameAs` (its fingerprint).
 */
export function format(results: FileResult[], ctx: FormatContext): string {
  return sarifLog(results, ctx);
}

/** The SARIF log of any findings (see format): the CLI's results, or findings read back by the action. */
export function sarifLog(results: readonly SarifFile[], ctx: FormatContext): string {
  const targets = targetsOf(results, ctx);
  const files = linted(results);
  const runs =
    targets.length === 1 && targets[0] === DEFAULT_TARGET
      ? [sarifRun(files, ctx, undefined)]
      : targets.map((t) => sarifRun(files, ctx, t));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs,
  };
  return JSON.stringify(log, null, 2) + "\n";
}

/** The automationDetails id of a target's run. */
export function automationIdOf(target: Target): string {
  return `${TOOL_NAME}/${target}/`;
}

/** One run: every finding (`target` undefined), or the findings of that target with the rules that apply to it. */
function sarifRun(all: readonly SarifFile[], ctx: FormatContext, target: Target | undefined): Record<string, unknown> {
  const files = target === undefined ? all : all.map((f) => ({ ...f, messages: f.messages.filter((m) => targetOf(m, f) === target) }));
  const rules: RuleMeta[] = [];
  const index = new Map<string, number>();
  const addRule = (meta: RuleMeta) => {
    if (index.has(meta.id)) return;
    index.set(meta.id, rules.length);
    rules.push(meta);
  };
  for (const r of ctx.rules) if (target === undefined || appliesTo(r, target)) addRule(r.meta);
  // a finding of a rule the context does not list is described from the registry; only an id no
  // registry knows (a custom rule of another configuration) gets a descriptor made from the finding
  const registry = ruleRegistry();
  for (const f of files) {
    for (const m of f.messages) {
      if (index.has(m.ruleId)) continue;
      const known = registry.get(m.ruleId);
      if (known !== undefined) addRule(known.meta);
      else addRule({ id: m.ruleId, severity: m.severity, facts: [], description: m.ruleId, repair: m.fix || m.fixEdits ? "fix" : "none", targets: ["kubernetes", "vm"], docs: m.docs });
    }
  }
  const sarifResults = [];
  for (const f of files) {
    const uri = uriOf(relativePath(f.filePath, ctx.cwd));
    const artifactLocation = { uri, uriBaseId: "%SRCROOT%" };
    const shared = new SharedFixes();
    const change = (description: string, shape: FixShape) => ({
      description: { text: description },
      artifactChanges: [
        {
          artifactLocation,
          replacements: fixEditsOf(shape).map((edit: TextEdit) => ({ deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start }, insertedContent: { text: edit.text } })),
        },
      ],
    });
    for (const m of f.messages) {
      const result: Record<string, unknown> = {
        ruleId: m.ruleId,
        ruleIndex: index.get(m.ruleId),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
            },
          },
        ],
        partialFingerprints: { "iotedgeGpuLint/v1": m.fingerprint },
      };
      const properties: Record<string, unknown> = {};
      if (m.module !== undefined) Object.assign(properties, { module: m.module, pointer: m.pointer });
      if (m.suppressed !== undefined) {
        result.suppressions = [{ kind: m.suppressed.kind ?? "external", justification: m.suppressed.reason + (m.suppressed.expires ? ` (until ${m.suppressed.expires})` : "") }];
      }
      const fixes = [];
      const shape = fixShape(m);
      if (shape !== undefined) {
        const first = shared.sameAs(m);
        if (first !== undefined) properties.fixSameAs = first;
        else fixes.push(change(`Fix: ${m.ruleId}`, shape));
      }
      if (m.fixWithheld !== undefined) properties.fixWithheld = m.fixWithheld;
      for (const s of m.suggestions ?? []) {
        const sShape = fixShape(s);
        if (sShape !== undefined) fixes.push(change(s.message, sShape));
      }
      if (fixes.length > 0) result.fixes = fixes;
      if (Object.keys(properties).length > 0) result.properties = properties;
      sarifResults.push(result);
    }
  }
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: TOOL_NAME,
        version: VERSION,
        semanticVersion: VERSION,
        informationUri: REPOSITORY_URL,
        rules: rules.map(ruleDescriptor),
      },
    },
  };
  if (target !== undefined) run.automationDetails = { id: automationIdOf(target), description: { text: `${TOOL_NAME} for the ${target} target` } };
  run.originalUriBaseIds = { "%SRCROOT%": { uri: pathToFileUri(ctx.cwd) } };
  run.columnKind = "utf16CodeUnits";
  run.results = sarifResults;
  return run;
}

function pathToFileUri(dir: string): string {
  const p = dir.replace(/\\/g, "/");
  const withSlash = p.endsWith("/") ? p : p + "/";
  return "file://" + (withSlash.startsWith("/") ? "" : "/") + withSlash.split("/").map((s) => encodeURIComponent(s).replace(/%3A/g, ":")).join("/");
}
