/**
 * The action's small adapter over the library: linting and fixing are the library's own
 * `lintText` / `fixText`; configuration is the shared loader (`src/config/load.ts`), SARIF the
 * shared formatter. Nothing here checks a manifest.
 */
import { join } from "node:path";
import { builtinRules, defaultConfig, fixText, isIncluded, lintText, parseConfigText, ruleRegistry, sarifLog, suppressionMatcher, type Config, VERSION, type FileResult, type FixOutcome, type Target, type TextOptions, type VmOptions } from "../index.js";
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
 * SARIF 2.1.0 of the findings through the library's SARIF writer (GitHub code scanning reads it):
 * one run per target. With targets other than the default alone, each run's `automationDetails.id`
 * names its target (`iotedge-gpu-lint/<target>/`), so code scanning keeps one category per target;
 * a kubernetes-only run keeps the category it always had. The findings go in as they are (they may
 * come from a findings file: no offsets or pointers are invented for them).
 */
export function sarif(findings: Finding[], root: string, config: ActionConfig = defaultConfig(), targets: readonly Target[] = ["kubernetes"]): string {
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byPath.get(f.path);
    if (list === undefined) byPath.set(f.path, [f]);
    else list.push(f);
  }
  const files = [...byPath].map(([path, messages]) => ({ filePath: join(root, path), messages }));
  return sarifLog(files, { cwd: root, rules: ruleRegistry(config.extraRules).all, targets });
}
