/**
 * The job summary: a migration-readiness report per manifest, module and target, counts by rule
 * with docs links, notes (fork, fix pull request), kept under GitHub's 1 MiB per step. Every name,
 * path and message is escaped (markdown.ts).
 */
import type { Target } from "../index.js";
import type { FileReport, Finding } from "./findings.js";
import { cell, code, ruleRef, text } from "./markdown.js";

export const SUMMARY_BUDGET = 1_000_000;

/**
 * ready: no finding; findings: every error and warning has a fix or a suggestion;
 * code change: an error or warning has neither (someone has to change the module or its setup).
 */
export type Readiness = "ready" | "findings" | "code change";

export function readiness(findings: Finding[]): Readiness {
  if (findings.length === 0) return "ready";
  if (findings.some((f) => f.severity !== "info" && !f.fixable && !f.hasSuggestion)) return "code change";
  return "findings";
}

export function readinessLabel(findings: Finding[]): string {
  const r = readiness(findings);
  if (r === "ready") return "✅ ready";
  if (r === "code change") return "⛔ needs a code change";
  return `🔧 ${findings.length} finding${findings.length === 1 ? "" : "s"}`;
}

const TARGET_TITLE: Record<Target, string> = { kubernetes: "GPU (Kubernetes)", vm: "IoT Edge 1.6 VM" };

export interface SummaryInput {
  findings: Finding[];
  files: FileReport[];
  notes: string[];
  fixPullRequest?: string;
  /** findings that could not be placed on a line of the diff */
  unplaced?: Finding[];
  /** the targets of the run (default: kubernetes) */
  targets?: readonly Target[];
}

const targetOf = (f: Finding): Target => f.target ?? "kubernetes";

export function summaryMarkdown(input: SummaryInput, budget = SUMMARY_BUDGET): string {
  const { findings, files } = input;
  const targets = input.targets !== undefined && input.targets.length > 0 ? input.targets : (["kubernetes"] as const);
  const parts: string[] = [];
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const fixable = findings.filter((f) => f.fixable).length;
  parts.push(`## iotedge-gpu-lint: ${targets.map((t) => TARGET_TITLE[t]).join(" and ")} migration readiness\n\n`);
  parts.push(`${files.length} manifest(s), ${errors} error(s), ${warnings} warning(s), ${fixable} automatically fixable.\n\n`);
  if (input.fixPullRequest) parts.push(`Fix pull request: ${input.fixPullRequest}\n\n`);
  for (const n of input.notes) parts.push(`> [!NOTE]\n> ${text(n)}\n\n`);
  const rows: string[] = [];
  for (const file of files) {
    const own = findings.filter((f) => f.path === file.path);
    const names = [...new Set([...file.modules, ...own.map((f) => f.module ?? "")])];
    for (const m of names) {
      for (const t of targets) {
        const mf = own.filter((f) => (f.module ?? "") === m && targetOf(f) === t);
        if (m === "" && mf.length === 0) continue;
        const rules = [...new Set(mf.map((f) => f.ruleId))].map((r) => code(r, 100)).join(", ");
        const cells = [code(file.path, 400), m === "" ? "(manifest)" : code(m), `\`${t}\``, readinessLabel(mf), String(mf.length), rules];
        rows.push(`| ${cells.map(cell).join(" | ")} |\n`);
      }
    }
  }
  const byRule = new Map<string, { n: number; docs: string; sev: string; fixable: number }>();
  for (const f of findings) {
    const r = byRule.get(f.ruleId) ?? { n: 0, docs: f.docs, sev: f.severity, fixable: 0 };
    r.n++;
    if (f.fixable) r.fixable++;
    byRule.set(f.ruleId, r);
  }
  const ruleRows = [...byRule.entries()].sort((a, b) => b[1].n - a[1].n).map(([id, r]) => `| ${cell(ruleRef(id, r.docs))} | ${r.sev} | ${r.n} | ${r.fixable} |\n`);
  const showTarget = targets.length > 1 || targets[0] !== "kubernetes";
  const unplaced = (input.unplaced ?? []).map((f) => `- ${code(f.path, 400)}:${f.line} ${ruleRef(f.ruleId, f.docs)} (${f.severity}${showTarget ? `, ${targetOf(f)}` : ""}): ${text(f.message)}\n`);

  let used = Buffer.byteLength(parts.join(""));
  const tail: string[] = [];
  const section = (title: string, header: string, lines: string[]): void => {
    if (lines.length === 0) return;
    const head = `### ${title}\n\n${header}`;
    if (used + Buffer.byteLength(head) + 200 > budget) {
      tail.push(`_${title}: ${lines.length} row(s) omitted to stay under the 1 MiB summary limit._\n`);
      return;
    }
    parts.push(head);
    used += Buffer.byteLength(head);
    let i = 0;
    for (; i < lines.length; i++) {
      const n = Buffer.byteLength(lines[i]!);
      if (used + n + 200 > budget) break;
      parts.push(lines[i]!);
      used += n;
    }
    if (i < lines.length) parts.push(`\n_${lines.length - i} more row(s) omitted to stay under the 1 MiB summary limit._\n`);
    parts.push("\n");
    used += 2;
  };
  section("Modules", "| manifest | module | target | readiness | findings | rules |\n|---|---|---|---|---|---|\n", rows);
  section("Findings by rule", "| rule | severity | findings | fixable |\n|---|---|---|---|\n", ruleRows);
  section("Findings not shown in the review", "", unplaced);
  return parts.join("") + tail.join("");
}
