/**
 * Inline directives in deployment templates (the only manifests that may hold comments):
 *
 *     // iotedge-gpu-lint-disable-next-line <rule>[, <rule>] -- <reason>
 *
 * suppresses those rules' findings that start on the next line. A directive without a reason or
 * naming an unknown rule is reported (`directive-invalid`) and suppresses nothing; a rule in a
 * directive that suppresses nothing is reported (`directive-unused`), as ESLint reports unused
 * disable directives.
 */
import { createHash } from "node:crypto";
import { closeMatches } from "../close-matches.js";
import { DOCS_REF, REPOSITORY_URL, docsUrl } from "../meta.js";
import type { Source } from "../source.js";
import { DEFAULT_TARGET, type Diagnostic, type Rule, type Severity, type SeveritySetting, type Target } from "./types.js";

export const DIRECTIVE = "iotedge-gpu-lint-disable-next-line";
/** the pseudo rules have no page of their own: the README section of this version explains them */
const DOCS = `${REPOSITORY_URL}/blob/${DOCS_REF}/README.md#inline-directives`;

export const directiveInvalidRule: Rule = {
  meta: {
    id: "directive-invalid",
    severity: "warning",
    facts: [],
    description: `An inline \`// ${DIRECTIVE}\` directive without a reason or naming an unknown rule: it suppresses nothing.`,
    repair: "none",
    targets: ["kubernetes", "vm"],
    docs: DOCS,
  },
  create: () => ({}),
};

export const directiveUnusedRule: Rule = {
  meta: {
    id: "directive-unused",
    severity: "warning",
    facts: [],
    description: `An inline \`// ${DIRECTIVE}\` directive (or one of its rules) that suppresses nothing on the next line: remove it.`,
    repair: "none",
    targets: ["kubernetes", "vm"],
    docs: DOCS,
  },
  create: () => ({}),
};

export const directiveRules: readonly Rule[] = [directiveInvalidRule, directiveUnusedRule];

/** A `//` comment outside strings: its text after `//`, and where it starts and ends. */
export interface LineComment {
  body: string;
  start: number;
  end: number;
}

/** The `//` comments of a text, skipping string contents and block comments. */
export function lineComments(text: string): LineComment[] {
  const out: LineComment[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i += 2;
        else if (d === 0x22 || d === 0x0a) {
          i++;
          break;
        } else i++;
      }
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      let end = text.indexOf("\n", i);
      if (end < 0) end = n;
      if (end > i && text.charCodeAt(end - 1) === 0x0d) end--;
      out.push({ body: text.slice(i + 2, end), start: i, end });
      i = end;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const close = text.indexOf("*/", i + 2);
      i = close < 0 ? n : close + 2;
    } else i++;
  }
  return out;
}

export interface Directive {
  comment: LineComment;
  /** the line the directive is on (1-based) */
  line: number;
  rules: string[];
  reason: string;
  /** why the directive is invalid */
  problem?: string;
}

/** The directives of a text, each checked against the known rule ids. */
export function parseDirectives(source: Source, known: ReadonlySet<string>): Directive[] {
  const out: Directive[] = [];
  for (const comment of lineComments(source.text)) {
    const body = comment.body.trim();
    if (!body.startsWith(DIRECTIVE) || (body.length > DIRECTIVE.length && !/\s/.test(body[DIRECTIVE.length]!))) continue;
    const rest = body.slice(DIRECTIVE.length);
    const sep = /\s--(?:\s|$)/.exec(rest);
    const list = (sep === null ? rest : rest.slice(0, sep.index)).trim();
    const reason = sep === null ? "" : rest.slice(sep.index + sep[0].length).trim();
    const rules = list === "" ? [] : list.split(",").map((r) => r.trim());
    const d: Directive = { comment, line: source.position(comment.start).line, rules, reason };
    const unknown = rules.filter((r) => !known.has(r));
    if (rules.length === 0 || rules.includes("")) d.problem = `names no rule; write // ${DIRECTIVE} <rule>[, <rule>] -- <reason>`;
    else if (unknown.length > 0) {
      d.problem = unknown
        .map((u) => {
          const close = closeMatches(u, known, 1);
          return `unknown rule '${u}'${close.length > 0 ? ` (did you mean '${close[0]}'?)` : ""}`;
        })
        .join(", ");
    } else if (reason === "") d.problem = "has no reason; add one after ' -- ' (why the finding is accepted)";
    out.push(d);
  }
  return out;
}

export interface DirectiveSettings {
  /** every rule of the run (to tell unknown ids) */
  rules: readonly Rule[];
  /** the rules that ran on this file (a directive naming another one is not reported unused) */
  ran: ReadonlySet<string>;
  severities?: Readonly<Record<string, SeveritySetting>>;
  display: string;
  target: Target;
}

function severityOf(rule: Rule, severities: DirectiveSettings["severities"]): Severity | undefined {
  const s = severities?.[rule.meta.id] ?? rule.meta.severity;
  return s === "off" ? undefined : s;
}

/**
 * Marks the findings the directives suppress (`suppressed`, in place) and returns the findings
 * about the directives themselves.
 */
export function applyDirectives(source: Source, messages: Diagnostic[], s: DirectiveSettings): Diagnostic[] {
  if (source.text.indexOf(DIRECTIVE) < 0) return [];
  const known = new Set(s.rules.map((r) => r.meta.id));
  const directives = parseDirectives(source, known);
  const out: Diagnostic[] = [];
  const report = (rule: Rule, d: Directive, message: string): void => {
    const severity = severityOf(rule, s.severities);
    if (severity === undefined) return;
    const a = source.position(d.comment.start);
    const b = source.position(d.comment.end);
    const parts = [rule.meta.id, s.display, d.comment.body.trim(), String(d.line), ...(s.target === DEFAULT_TARGET ? [] : ["target:" + s.target])];
    out.push({
      ruleId: rule.meta.id,
      severity,
      message,
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      offset: d.comment.start,
      endOffset: d.comment.end,
      target: s.target,
      pointer: "",
      fingerprint: createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16),
      docs: rule.meta.docs ?? docsUrl(rule.meta.id),
    });
  };
  for (const d of directives) {
    if (d.problem !== undefined) {
      report(directiveInvalidRule, d, `inline directive ${d.problem}; it suppresses nothing`);
      continue;
    }
    const used = new Set<string>();
    for (const m of messages) {
      if (m.line !== d.line + 1 || !d.rules.includes(m.ruleId)) continue;
      used.add(m.ruleId);
      if (m.suppressed === undefined) m.suppressed = { reason: d.reason, kind: "inSource" };
    }
    const unused = d.rules.filter((r) => !used.has(r) && s.ran.has(r));
    if (unused.length > 0) {
      const names = unused.map((r) => `'${r}'`).join(", ");
      report(directiveUnusedRule, d, `inline directive for ${names} suppresses nothing on line ${d.line + 1}; remove ${unused.length === d.rules.length ? "it" : "the unused rule ids"}`);
    }
  }
  return out;
}
