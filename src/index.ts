/**
 * iotedge-gpu-lint: the library API.
 *
 * lintText / fixText work on one file's text; lintFiles finds files, reads configuration and
 * lints (or fixes) them. Rules, results and edits are typed and exported for custom tooling.
 */
import { builtinRules } from "../rules/index.js";
import { fixText as fixWithSettings, type FixOutcome } from "./engine/fix.js";
import { lintText as lintWithSettings, type FileResult, type LintSettings, type SuppressionMatcher } from "./engine/lint.js";
import { fromLegacyRule } from "./engine/lint.js";
export { fromLegacyRule };
import type { LegacyRule, Rule, SeveritySetting, Target, VmOptions } from "./engine/types.js";

export { builtinRules };
export type { FileResult, FixOutcome, LintSettings, SuppressionMatcher };
export type { Diagnostic, Edit, Rule, RuleMeta, RuleContext, RuleHandlers, LegacyRule, ReportDescriptor, Severity, SeveritySetting, Suggestion, Suppression, TextEdit, Repair, Target, VmOptions } from "./engine/types.js";
export { TARGETS, DEFAULT_TARGET } from "./engine/types.js";
export type { Manifest, Module, RouteRef } from "./model/manifest.js";
export { ModuleFacts, defineFact } from "./model/facts.js";
export type { Fact, EnvVar } from "./model/facts.js";
export { readManifest } from "./model/manifest.js";
export { k8sName } from "./model/k8s-names.js";
// What Kubernetes will run: the objects the IoT Edge Kubernetes agent would create (docs/render.md).
export { renderKubernetes, RenderError, SERVICE_TYPES, DEFAULT_NAMESPACE } from "./render/index.js";
export type { RenderOptions, RenderResult, RenderedModule, RenderedObject, FieldSource, TranslationNote, K8sObject, ServiceType } from "./render/index.js";
export { renderYaml } from "./render/yaml.js";
export { VERSION, docsUrl } from "./meta.js";
export { ruleRegistry, RuleRegistry } from "./registry.js";

export interface TextOptions {
  /** decides template (tolerant) reading: `*.template.json` */
  filePath?: string;
  /** the destination to check for: `kubernetes` (default) or `vm` */
  target?: Target;
  /** site settings for the `vm` target (`shareRoot`, `allowedBindSources`) */
  vm?: VmOptions;
  /** severities by rule id (`off` disables) */
  rules?: Record<string, SeveritySetting>;
  /** rules to run instead of the built-in ones (plus `extraRules`); a rule of the 1.0 shape (`check`) is still accepted */
  ruleSet?: readonly (Rule | LegacyRule)[];
  extraRules?: readonly (Rule | LegacyRule)[];
  suppress?: SuppressionMatcher;
  /** give each fix as text: `fixEdits` (text edits) and, when they are close together, `fix` (one replacement, as ESLint does); default true */
  fixText?: boolean;
}

export function settingsFor(options: TextOptions): LintSettings {
  const rules = [...(options.ruleSet ?? builtinRules), ...(options.extraRules ?? [])].map((r) => ("create" in r ? r : fromLegacyRule(r)));
  const s: LintSettings = { rules };
  if (options.target) s.target = options.target;
  if (options.vm) s.vm = options.vm;
  if (options.rules) s.severities = options.rules;
  if (options.suppress) s.suppress = options.suppress;
  if (options.fixText === false) s.fixText = false;
  return s;
}

/** Lint one manifest's text. */
export function lintText(text: string, options: TextOptions = {}): FileResult {
  const filePath = options.filePath ?? "deployment.json";
  return lintWithSettings(filePath, text, settingsFor(options)).result;
}

/** Apply every safe fix to one manifest's text; `output` is the fixed text. */
export function fixText(text: string, options: TextOptions = {}): FixOutcome {
  const filePath = options.filePath ?? "deployment.json";
  return fixWithSettings(filePath, text, settingsFor(options));
}

// Files, configuration and formatters (CLI layer).
export { lintFiles, lintFilesDetailed, FileSearchError, gpuOutPath, type LintFilesOptions, type FileOutcome, type LintRun } from "./files.js";
export { DEFAULT_COPY_PATTERNS, TargetOptionsError, parseTargets } from "./targets.js";
export { ConfigError } from "./config/errors.js";
export { ConfigResolver, type ConfigResolverOptions } from "./config/resolver.js";
export { parseConfigText, loadConfigFile, findConfig, configFileIn, settingsFromConfig, expiredSuppressionDiagnostics, displayPathOf, isIncluded, suppressionMatcher } from "./config/load.js";
export { defaultConfig, CONFIG_FILE_NAMES } from "./config/types.js";
/** A text's line index: line and column of an offset as findings count them (1-based, UTF-16 columns). */
export { Source } from "./source.js";
/** Text made safe for a CI log that a runner reads for workflow commands (no line breaks, no `::` at a line start). */
export { inertLine, inertLineStart } from "./formatters/plain-line.js";
export type { Config, SuppressionEntry } from "./config/types.js";
export { readErrorRule, suppressionExpiredRule, writeErrorRule } from "./config/pseudo-rules.js";
export { formatters, getFormatter, FORMAT_NAMES, type FormatName, type FormatContext, type Formatter } from "./formatters/index.js";
export { sarifLog, type SarifFinding, type SarifFile } from "./formatters/sarif.js";
