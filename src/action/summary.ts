/**
 * The job summary: a migration-readiness report per manifest and module, counts by rule with
 * docs links, notes (fork, fix pull request), kept under GitHub's 1 MiB per step.
 */
import type { FileReport, Finding } from "./findings.js";

export const SUMMARY_BUDGET = 1_000_000;

export type Readiness = "blocked" | "auto-fixable" | "needs review" | "ready";

export function readiness(findings: Finding[]): Readiness {
  if (findings.length === 0) return "ready";
  if (findings.some((f) => f.severity === "error" && !f.fixable)) return "blocked";
  if (findings.some((f) => f.severity === "warning" && !f.fixable)) return "needs review";
  if (findings.some((f) => f.fixable)) return "auto-fixable";
  return "needs review";
}

const ICON: Record<Readiness, string> = { blocked: "⛔ blocked", "auto-fixable": "🔧 auto-fixable", "needs review": "👀 needs review", ready: "✅ ready" };

export interface SummaryInput {
  findings: Finding[];
  files: FileReport[];
  notes: string[];
  fixPullRequest?: string;
  /** findings that could not be placed on a line of the diff */
  unplaced?: Finding[];
}

function esc(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/\r?\n/g, " ");
}

export function summaryMarkdown(input: SummaryInput, budget = SUMMARY_BUDGET): string {
  const { findings, files } = input;
  const parts: string[] = [];
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const fixable = findings.filter((f) => f.fixable).length;
  parts.push(`## iotedge-gpu-lint: GPU (Kubernetes) migration readiness\n\n`);
  parts.push(`${files.length} manifest(s), ${errors} error(s), ${warnings} warning(s), ${fixable} automatically fixable.\n\n`);
  if (input.fixPullRequest) parts.push(`Fix pull request: ${input.fixPullRequest}\n\n`);
  for (const n of input.notes) parts.push(`> [!NOTE]\n> ${esc(n)}\n\n`);
  const rows: string[] = [];
  for (const file of files) {
    const own = findings.filter((f) => f.path === file.path);
    const names = [...new Set([...file.modules, ...own.map((f) => f.module ?? "")])];
    for (const m of names) {
      const mf = own.filter((f) => (f.module ?? "") === m);
      if (m === "" && mf.length === 0) continue;
      const rules = [...new Set(mf.map((f) => f.ruleId))].map((r) => `\`${r}\``).join(", ");
      rows.push(`| \`${esc(file.path)}\` | ${m === "" ? "(manifest)" : `\`${esc(m)}\``} | ${ICON[readiness(mf)]} | ${mf.length} | ${rules} |\n`);
    }
  }
  const byRule = new Map<string, { n: number; docs: string; sev: string; fixable: number }>();
  for (const f of findings) {
    const r = byRule.get(f.ruleId) ?? { n: 0, docs: f.docs, sev: f.severity, fixable: 0 };
    r.n++;
    if (f.fixable) r.fixable++;
    byRule.set(f.ruleId, r);
  }
  const ruleRows = [...byRule.entries()].sort((a, b) => b[1].n - a[1].n).map(([id, r]) => `| [\`${id}\`](${r.docs}) | ${r.sev} | ${r.n} | ${r.fixable} |\n`);
  const unplaced = (input.unplaced ?? []).map((f) => `- \`${esc(f.path)}\`:${f.line} **${f.ruleId}** (${f.severity}): ${esc(f.message)}\n`);

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
  section("Modules", "| manifest | module | readiness | findings | rules |\n|---|---|---|---|---|\n", rows);
  section("Findings by rule", "| rule | severity | findings | fixable |\n|---|---|---|---|\n", ruleRows);
  section("Findings not shown in the review", "", unplaced);
  return parts.join("") + tail.join("");
}
