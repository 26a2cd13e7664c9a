/**
 * The action's small adapter over the library: linting and fixing are the library's own
 * `lintText` / `fixText`; configuration is the shared loader (`src/config/load.ts`), SARIF the
 * shared formatter. Nothing here checks a manifest.
 */
import { join } from "node:path";
import { builtinRules, defaultConfig, fixText, getFormatter, isIncluded, lintText, parseConfigText, ruleRegistry, suppressionMatcher, type Config, VERSION, type Diagnostic, type FileResult, type FixOutcome, type Target, type TextOptions, type VmOptions } from "../index.js";
import type { Finding } from "./findings.js";

export { builtinRules, VERSION };
export type ActionConfig = Config;

/** Read `.iotedge-gpu-lint.yml` text (validated; unknown rule ids are errors). */
export function parseConfig(text: string, origin: string): ActionConfig {
  return parseConfigText(text, origin);
}

export function emptyConfig(): ActionConfig {
  return defaultConfig();
}

/** The config's include/exclude globs over a workspace-relative path. */
export function included(config: ActionConfig, path: string): boolean {
  return isIncluded(config, path);
}

export function textOptions(config: ActionConfig, filePath: string, now = new Date(), target?: Target, vm?: VmOptions): TextOptions {
  const o: TextOptions = { filePath, rules: config.rules };
  if (target !== undefined) o.target = target;
  if (vm !== undefined) o.vm = vm;
  if (config.extraRules.length > 0) o.extraRules = config.extraRules;
  if (config.suppressions.length > 0) o.suppress = suppressionMatcher(config, now);
  return o;
}

export function lint(text: string, options: TextOptions): FileResult {
  return lintText(text, options);
}

export function fix(text: string, options: TextOptions): FixOutcome {
  return fixText(text, options);
}

/**
 * SARIF 2.1.0 of the findings through the shared formatter (GitHub code scanning reads it): one run
 * per target. With targets other than the default alone, each run's `automationDetails.id` names
 * its target (`iotedge-gpu-lint/<target>/`), so code scanning keeps one category per target; a
 * kubernetes-only run keeps the category it always had.
 */
export function sarif(findings: Finding[], root: string, config: ActionConfig = defaultConfig(), targets: readonly Target[] = ["kubernetes"]): string {
  const categorised = targets.length > 1 || targets[0] !== "kubernetes";
  let log: { runs: Record<string, unknown>[] } | undefined;
  for (const target of targets) {
    const one = JSON.parse(sarifOneTarget(findings.filter((f) => (f.target ?? "kubernetes") === target), root, config)) as { runs: Record<string, unknown>[] };
    if (categorised) for (const run of one.runs) run.automationDetails ??= { id: `iotedge-gpu-lint/${target}/` };
    if (log === undefined) log = one;
    else log.runs.push(...one.runs);
  }
  return JSON.stringify(log, null, 2) + "\n";
}

function sarifOneTarget(findings: Finding[], root: string, config: ActionConfig): string {
  const byPath = new Map<string, Diagnostic[]>();
  for (const f of findings) {
    const d: Diagnostic = {
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      offset: 0,
      endOffset: 0,
      pointer: "",
      fingerprint: f.fingerprint,
      docs: f.docs,
    };
    if (f.module !== undefined) d.module = f.module;
    if (f.target !== undefined) d.target = f.target;
    const list = byPath.get(f.path) ?? [];
    list.push(d);
    byPath.set(f.path, list);
  }
  const results: FileResult[] = [...byPath.entries()].map(([path, messages]) => ({
    filePath: join(root, path),
    messages,
    errorCount: messages.filter((m) => m.severity === "error").length,
    warningCount: messages.filter((m) => m.severity === "warning").length,
    infoCount: messages.filter((m) => m.severity === "info").length,
    fixableCount: 0,
  }));
  return getFormatter("sarif")!(results, { cwd: root, rules: ruleRegistry(config.extraRules).all });
}
