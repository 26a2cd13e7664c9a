/**
 * The action's small adapter over the library. Linting and fixing are the library's own
 * `lintText` / `fixText`; configuration reading and SARIF output use minimal local readers until
 * the shared ones (`src/config/load.ts`, `src/formatters/sarif.ts`) exist: swap them in here.
 */
import picomatch from "picomatch";
import { parse as parseYaml } from "yaml";
import { builtinRules, fixText, lintText, VERSION, type FileResult, type FixOutcome, type SeveritySetting, type TextOptions } from "../index.js";
import type { Finding } from "./findings.js";

export { builtinRules, VERSION };

export interface ActionConfig {
  rules?: Record<string, SeveritySetting>;
  ruleOptions?: Record<string, Record<string, unknown>>;
  suppressions?: { files?: string[]; module?: string; rule?: string; reason: string; expires?: string }[];
}

const SEVERITIES = new Set(["error", "warning", "info", "off"]);

/** Read `.iotedge-gpu-lint.yml` text (YAML or JSON). Unknown keys are ignored; bad values are errors. */
export function parseConfig(text: string, origin: string): ActionConfig {
  const data: unknown = parseYaml(text);
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) throw new Error(`${origin}: the configuration must be a mapping`);
  const d = data as Record<string, unknown>;
  const out: ActionConfig = {};
  if (d.rules !== undefined) {
    if (typeof d.rules !== "object" || d.rules === null) throw new Error(`${origin}: 'rules' must be a mapping`);
    out.rules = {};
    out.ruleOptions = {};
    for (const [id, v] of Object.entries(d.rules as Record<string, unknown>)) {
      const sev = Array.isArray(v) ? v[0] : v;
      if (typeof sev !== "string" || !SEVERITIES.has(sev)) throw new Error(`${origin}: rules.${id} must be error, warning, info or off`);
      out.rules[id] = sev as SeveritySetting;
      if (Array.isArray(v) && typeof v[1] === "object" && v[1] !== null) out.ruleOptions[id] = v[1] as Record<string, unknown>;
    }
  }
  if (Array.isArray(d.suppressions)) {
    out.suppressions = [];
    for (const s of d.suppressions as Record<string, unknown>[]) {
      if (typeof s !== "object" || s === null || typeof s.reason !== "string" || s.reason.trim() === "") {
        throw new Error(`${origin}: every suppression needs a 'reason'`);
      }
      const files = s.files === undefined ? undefined : (Array.isArray(s.files) ? s.files : [s.files]).map(String);
      const entry: NonNullable<ActionConfig["suppressions"]>[number] = { reason: s.reason };
      if (files) entry.files = files;
      if (typeof s.module === "string") entry.module = s.module;
      if (typeof s.rule === "string") entry.rule = s.rule;
      if (typeof s.expires === "string") entry.expires = s.expires;
      out.suppressions.push(entry);
    }
  }
  return out;
}

export function textOptions(config: ActionConfig, filePath: string, now = new Date()): TextOptions {
  const o: TextOptions = { filePath };
  if (config.rules) o.rules = config.rules;
  if (config.ruleOptions) o.ruleOptions = config.ruleOptions;
  const sups = (config.suppressions ?? []).filter((s) => s.expires === undefined || new Date(s.expires) >= now);
  if (sups.length > 0) {
    const matchers = sups.map((s) => ({ s, files: s.files ? picomatch(s.files, { dot: true }) : undefined }));
    o.suppress = (d) => {
      for (const { s, files } of matchers) {
        if (files && !files(d.filePath)) continue;
        if (s.rule !== undefined && s.rule !== d.ruleId) continue;
        if (s.module !== undefined && s.module !== d.module) continue;
        return s.expires === undefined ? { reason: s.reason } : { reason: s.reason, expires: s.expires };
      }
      return undefined;
    };
  }
  return o;
}

export function lint(text: string, options: TextOptions): FileResult {
  return lintText(text, options);
}

export function fix(text: string, options: TextOptions): FixOutcome {
  return fixText(text, options);
}

/** A minimal SARIF 2.1.0 log of the findings (GitHub code scanning reads it). */
export function sarif(findings: Finding[]): string {
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  const rules = ruleIds.map((id) => {
    const r = builtinRules.find((x) => x.meta.id === id);
    return {
      id,
      shortDescription: { text: r?.meta.description ?? id },
      helpUri: findings.find((f) => f.ruleId === id)!.docs,
      defaultConfiguration: { level: level(r?.meta.severity ?? "warning") },
    };
  });
  const log = {
    version: "2.1.0",
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    runs: [
      {
        tool: { driver: { name: "iotedge-gpu-lint", version: VERSION, informationUri: "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint", rules } },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIds.indexOf(f.ruleId),
          level: level(f.severity),
          message: { text: f.message },
          partialFingerprints: { "iotedgeGpuLint/v1": f.fingerprint },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.path, uriBaseId: "%SRCROOT%" },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

function level(s: string): "error" | "warning" | "note" {
  return s === "error" ? "error" : s === "warning" ? "warning" : "note";
}
