/**
 * Linting one text that is not on disk (an editor's unsaved buffer, `--stdin`): it is linted as the
 * file `filename` would be (template reading by its name, the configuration found from its
 * directory), and fixed in memory only.
 */
import { resolve } from "node:path";
import { displayPathOf, expiredSuppressionDiagnostics, isExcluded, registryOf, settingsFromConfig } from "./config/load.js";
import { ConfigResolver } from "./config/resolver.js";
import type { Config } from "./config/types.js";
import { fixText } from "./engine/fix.js";
import { lintText, summarize } from "./engine/lint.js";
import type { Rule, SeveritySetting, Target } from "./engine/types.js";
import { forTarget, withMessages, type FileOutcome, type LintRun } from "./files.js";
import { parseTargets, TargetOptionsError } from "./targets.js";

export interface LintStdinOptions {
  /** the workspace (default: the process's working directory) */
  cwd?: string;
  /** the file the text stands for (default deployment.json), relative to cwd */
  filename?: string;
  /** a configuration file (default: the nearest one above `filename`) */
  config?: string;
  /** the run's configuration resolver (shared with the rest of a CLI run); made from cwd and config when absent */
  configs?: ConfigResolver;
  /** compute the fixed text (`output`); nothing is written */
  fix?: boolean;
  rules?: Record<string, SeveritySetting>;
  now?: Date;
  /** give each fix as one text replacement (`fix`) (default true) */
  fixText?: boolean;
  /** the target(s), overriding the configuration's; fixing takes exactly one */
  target?: Target | readonly Target[];
}

/** Lint (and fix, in memory) one text as the file `filename`. One result; `skipped` when it is not a manifest or the configuration excludes it. */
export function lintStdinText(text: string, options: LintStdinOptions = {}): LintRun {
  const cwd = resolve(options.cwd ?? process.cwd());
  const file = resolve(cwd, options.filename ?? "deployment.json");
  const now = options.now ?? new Date();
  const configs = options.configs ?? new ConfigResolver({ cwd, ...(options.config !== undefined ? { config: options.config } : {}) });
  const config = configs.forFile(file);
  const rules = new Map<string, Rule>();
  for (const r of registryOf(config).all) rules.set(r.meta.id, r);
  const targets = options.target === undefined ? config.target : parseTargets(typeof options.target === "string" ? [options.target] : options.target, "--target");
  if (options.fix === true && targets.length !== 1) {
    throw new TargetOptionsError(`--stdin with --fix prints one fixed text: give one target (--target ${targets.join(" or --target ")})`);
  }
  const display = displayPathOf(file, cwd);
  if (isExcluded(config, display)) return { results: [summarize(file, [], { skipped: true })], rules: [...rules.values()], unusedSuppressions: [] };
  const results = targets.map((target) => lintAs(text, file, display, config, target, now, options));
  return { results, rules: [...rules.values()], unusedSuppressions: [], targets: [...targets] };
}

function lintAs(text: string, file: string, display: string, config: Config, target: Target, now: Date, options: LintStdinOptions): FileOutcome {
  const severities = { ...config.rules, ...(options.rules ?? {}) };
  const settings = settingsFromConfig(config, file, { cwd: resolve(options.cwd ?? process.cwd()), now, rules: severities, target });
  if (options.fixText === false) settings.fixText = false;
  let result: FileOutcome;
  if (options.fix === true) {
    const outcome = fixText(file, text, settings);
    result = { ...outcome.result, filePath: file, source: text };
    if (outcome.changed) result.output = outcome.output;
  } else {
    result = lintText(file, text, settings).result;
  }
  if (result.skipped) return summarize(file, [], { skipped: true });
  // as for a file on disk: expired suppressions reported, every finding marked with its target
  return forTarget(withMessages(result, expiredSuppressionDiagnostics(config, display, now, severities)), target);
}
