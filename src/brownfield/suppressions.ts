/**
 * Adopting the linter on an existing fleet: suppress every current finding in the configuration
 * (`--suppress-all`, `--suppress-rule`), and find the configured suppressions that no longer match
 * anything (`suppression-unused`, `--prune-suppressions`).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { displayPathOf, findConfig, suppressionCovers, suppressionNamesFile } from "../config/load.js";
import { fileDiagnostic, runRules, suppressionUnusedRule } from "../config/pseudo-rules.js";
import type { Config, SuppressionEntry } from "../config/types.js";
import { summarize, type FileResult } from "../engine/lint.js";
import type { SeveritySetting } from "../engine/types.js";
import { Source } from "../source.js";
import { CONFIG_FILE_NAMES } from "../config/types.js";
import { yaml } from "../vendor/yaml.js";
import type { WrittenSuppression } from "./config-edit.js";

const RUN_RULE_IDS = new Set(runRules.map((r) => r.meta.id));
/** files whose rules could not run: a suppression naming only them cannot be judged */
const NOT_CHECKED = new Set(["read-error", "invalid-json"]);

/** A glob that matches exactly this path (picomatch's special characters escaped). */
export function literalGlob(path: string): string {
  return path.replace(/[\\*?[\]{}()!+@|^$]/g, "\\$&");
}

/** YYYY-MM-DD, `days` after `now` (UTC). */
export function daysFrom(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export interface SuppressAllOptions {
  cwd: string;
  /** the --config file, when given: every suppression goes there */
  config?: string;
  /** only these rules' findings (--suppress-rule); all when undefined */
  rules?: ReadonlySet<string>;
  reason: string;
  expires: string;
}

/**
 * The suppressions that cover every unsuppressed finding of these results, by the configuration
 * file they go into: the file's nearest configuration, else `.iotedge-gpu-lint.yml` in the
 * working directory. One per file, rule, module and JSON pointer.
 */
export function suppressionsForFindings(results: readonly FileResult[], o: SuppressAllOptions): Map<string, WrittenSuppression[]> {
  const out = new Map<string, WrittenSuppression[]>();
  const seen = new Set<string>();
  for (const r of results) {
    if (r.skipped) continue;
    const target = o.config ?? findConfig(dirname(r.filePath)) ?? join(o.cwd, CONFIG_FILE_NAMES[0]);
    const files = literalGlob(displayPathOf(r.filePath, o.cwd));
    for (const m of r.messages) {
      if (m.suppressed !== undefined || RUN_RULE_IDS.has(m.ruleId)) continue;
      if (o.rules !== undefined && !o.rules.has(m.ruleId)) continue;
      const key = [target, files, m.ruleId, m.module ?? "", m.pointer].join("\u0000");
      if (seen.has(key)) continue;
      seen.add(key);
      const s: WrittenSuppression = { files, rule: m.ruleId, reason: o.reason, expires: o.expires };
      if (m.module !== undefined) s.module = m.module;
      if (m.pointer !== "") s.pointer = m.pointer;
      let list = out.get(target);
      if (list === undefined) out.set(target, (list = []));
      list.push(s);
    }
  }
  return out;
}

/** The offset of each entry of `suppressions` in a configuration's text (without BOM), for positions. */
export function suppressionOffsets(text: string): number[] {
  const { isSeq, parseDocument } = yaml();
  const seq = parseDocument(text).get("suppressions", true);
  if (!isSeq(seq)) return [];
  return seq.items.map((item) => (item as { range?: [number, number, number] }).range?.[0] ?? 0);
}

export interface UnusedSuppression {
  config: Config;
  /** the configuration file */
  origin: string;
  index: number;
  entry: SuppressionEntry;
  /** how many linted files its `files` name */
  named: number;
}

/**
 * The configured suppressions that cover no finding in the linted files their `files` name. A
 * suppression is judged only when it names at least one linted file and every rule it names ran
 * (a rule switched off or not for the run's target finds nothing, so its suppressions stay).
 */
export function unusedSuppressions(results: readonly FileResult[], configOf: (file: string) => Config, cwd: string, ran: (ruleId: string, config: Config) => boolean): UnusedSuppression[] {
  const byConfig = new Map<Config, { display: string; result: FileResult }[]>();
  for (const r of results) {
    if (r.skipped || r.messages.some((m) => NOT_CHECKED.has(m.ruleId))) continue;
    const c = configOf(r.filePath);
    if (c.origin === "" || c.suppressions.length === 0) continue;
    let list = byConfig.get(c);
    if (list === undefined) byConfig.set(c, (list = []));
    list.push({ display: displayPathOf(r.filePath, cwd), result: r });
  }
  const out: UnusedSuppression[] = [];
  for (const [config, files] of byConfig) {
    config.suppressions.forEach((s, index) => {
      if (!s.rule.every((id) => ran(id, config))) return;
      const named = files.filter((f) => suppressionNamesFile(s, f.display));
      if (named.length === 0) return;
      const used = named.some((f) => f.result.messages.some((m) => suppressionCovers(s, { ruleId: m.ruleId, module: m.module, pointer: m.pointer, filePath: f.display })));
      if (!used) out.push({ config, origin: config.origin, index, entry: s, named: named.length });
    });
  }
  return out;
}

/** One result per configuration file, with a `suppression-unused` warning at each unused entry. */
export function unusedSuppressionResults(unused: readonly UnusedSuppression[], cwd: string, cliSeverities: Readonly<Record<string, SeveritySetting>> = {}): FileResult[] {
  const byOrigin = new Map<string, UnusedSuppression[]>();
  for (const u of unused) {
    let list = byOrigin.get(u.origin);
    if (list === undefined) byOrigin.set(u.origin, (list = []));
    list.push(u);
  }
  const results: FileResult[] = [];
  for (const [origin, list] of byOrigin) {
    const id = suppressionUnusedRule.meta.id;
    const severity = cliSeverities[id] ?? list[0]!.config.rules[id] ?? suppressionUnusedRule.meta.severity;
    if (severity === "off") continue;
    let source: Source | undefined;
    let offsets: number[] = [];
    try {
      source = new Source(origin, readFileSync(origin, "utf8"));
      offsets = suppressionOffsets(source.text);
    } catch {
      source = undefined;
    }
    const display = displayPathOf(origin, cwd);
    const messages = list.map((u) => {
      const s = u.entry;
      const offset = offsets[u.index] ?? 0;
      const at = source === undefined ? undefined : { ...source.position(offset), offset };
      const what = `${s.rule.join(", ")} in ${s.files.join(", ")}${s.module !== undefined ? ` module '${s.module}'` : ""}${s.pointer !== undefined ? ` at ${s.pointer || "/"}` : ""}`;
      const message = `suppression ${u.index + 1} (${what}) matches no finding in the ${u.named === 1 ? "linted file" : `${u.named} linted files`} it names; remove it (--prune-suppressions does)`;
      return fileDiagnostic(suppressionUnusedRule, severity, message, display, [String(u.index), s.rule.join(","), s.files.join(","), s.module ?? "", s.pointer ?? ""].join("\u0001"), at);
    });
    results.push(summarize(origin, messages));
  }
  return results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}

