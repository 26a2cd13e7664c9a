/**
 * README's rules table is generated from each rule's meta (id, targets, severity, facts, repair,
 * description): it cannot drift from the rules. `UPDATE_README=1 npx vitest run
 * __tests__/readme-rules.test.ts` rewrites it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { builtinRules } from "../rules/index.js";
import type { Rule } from "../src/engine/types.js";

const README = join(import.meta.dirname, "..", "README.md");
const OPEN = "<!-- rules-table: generated from each rule's meta by __tests__/readme-rules.test.ts (UPDATE_README=1 rewrites it) -->\n";
const CLOSE = "<!-- /rules-table -->";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, " ");

export function rulesTable(rules: readonly Rule[]): string {
  const rows = [...rules]
    .sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))
    .map(({ meta }) =>
      `| [\`${meta.id}\`](rules/${meta.id}.md) | ${meta.targets.join(", ")} | ${meta.severity} | ${meta.facts.join(" ")} | ${meta.repair === "none" ? "–" : meta.repair} | ${cell(meta.description)} |`,
    );
  return ["| rule | targets | severity | sources | repair | what it reports |", "|---|---|---|---|---|---|", ...rows].join("\n") + "\n";
}

it("README's rules table is the one the rules' meta gives", () => {
  const readme = readFileSync(README, "utf8");
  const start = readme.indexOf(OPEN);
  const end = readme.indexOf(CLOSE);
  expect(start, "the rules-table markers in README.md").toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  const table = rulesTable(builtinRules);
  const current = readme.slice(start + OPEN.length, end);
  if (process.env.UPDATE_README === "1" && current !== table) {
    writeFileSync(README, readme.slice(0, start + OPEN.length) + table + readme.slice(end));
    return;
  }
  expect(current).toBe(table);
});
