/**
 * Table-driven rule tests in the manner of ESLint's RuleTester. A case given as a ManifestSpec is
 * run in all three createOptions forms: the template (object createOptions; positions and fixed
 * output pinned exactly), the stringified form and the chunked form (same findings, each pointing
 * at the same JSON text inside the string; the fix gives the same options once parsed).
 */
import { describe, expect, it } from "vitest";
import { fixText, lintText } from "../../src/index.js";
import type { Diagnostic, Rule, Severity, Target, VmOptions } from "../../src/index.js";
import { fileNameFor, manifestText, positionOf, type Form, type ManifestSpec } from "./manifest.js";

export interface ExpectedError {
  message?: string | RegExp;
  /** the finding starts at the first (or `occurrence`-th) occurrence of this text in the template form */
  at?: string;
  occurrence?: number;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: Severity;
  module?: string;
  /** number of suggestions the finding carries */
  suggestions?: number;
  /** whether the finding has an automatic fix */
  fixable?: boolean;
}

export interface ValidCase {
  name: string;
  spec?: ManifestSpec;
  text?: string;
  filePath?: string;
  forms?: Form[];
  /** the target to lint for (default kubernetes) */
  target?: Target;
  /** site settings for the vm target */
  vm?: VmOptions;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** fixed text of the template form (or of `text`); null: nothing is fixed */
  output?: string | null;
}

const ALL_FORMS: Form[] = ["object", "string", "chunked"];

interface RunSettings {
  target?: Target;
  vm?: VmOptions;
}

function run(rule: Rule, text: string, filePath: string, c: RunSettings) {
  const opts = {
    filePath,
    ruleSet: [rule],
    ...(c.target ? { target: c.target } : {}),
    ...(c.vm ? { vm: c.vm } : {}),
  };
  return { lint: () => lintText(text, opts), fix: () => fixText(text, opts) };
}

function unescapeSpan(s: string): string {
  return s
    .replace(/",\s*"createOptions\d*"\s*:\s*"/g, "")
    .replace(/\\"/g, '"')
    .replace(/\\\\/g, "\\");
}

/** createOptions of every module as parsed objects (chunks joined), for comparing forms. */
export function normalizeCreateOptions(text: string): unknown {
  const doc = JSON.parse(text.replace(/^\ufeff/, ""));
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o).filter((k) => /^createoptions\d*$/i.test(k));
      if (keys.length > 0 && keys.every((k) => typeof o[k] === "string")) {
        keys.sort((a, b) => Number(a.slice(13) || -1) - Number(b.slice(13) || -1));
        const joined = keys.map((k) => o[k]).join("");
        for (const k of keys) delete o[k];
        o.createOptions = joined === "" ? "" : JSON.parse(joined);
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(doc);
  return doc;
}

function checkError(d: Diagnostic, e: ExpectedError, text: string): void {
  if (e.message instanceof RegExp) expect(d.message).toMatch(e.message);
  else if (e.message !== undefined) expect(d.message).toBe(e.message);
  if (e.at !== undefined) {
    expect({ line: d.line, column: d.column }, `position of '${e.at}'`).toEqual(positionOf(text, e.at, e.occurrence ?? 0));
  }
  if (e.line !== undefined) expect(d.line).toBe(e.line);
  if (e.column !== undefined) expect(d.column).toBe(e.column);
  if (e.endLine !== undefined) expect(d.endLine).toBe(e.endLine);
  if (e.endColumn !== undefined) expect(d.endColumn).toBe(e.endColumn);
  if (e.severity !== undefined) expect(d.severity).toBe(e.severity);
  if (e.module !== undefined) expect(d.module).toBe(e.module);
  if (e.suggestions !== undefined) expect(d.suggestions?.length ?? 0).toBe(e.suggestions);
  if (e.fixable !== undefined) expect(d.edits !== undefined).toBe(e.fixable);
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      const forms = c.text !== undefined ? [undefined] : (c.forms ?? ALL_FORMS);
      for (const form of forms) {
        it(`valid: ${c.name}${form ? ` [${form}]` : ""}`, () => {
          const text = c.text ?? manifestText(c.spec!, form);
          const filePath = c.filePath ?? fileNameFor(form ?? "object");
          const r = run(rule, text, filePath, c).lint();
          expect(r.messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
        });
      }
    }
    for (const c of cases.invalid) {
      const baseText = c.text ?? manifestText(c.spec!, "object");
      const baseFile = c.filePath ?? fileNameFor("object");
      it(`invalid: ${c.name}`, () => {
        const r = run(rule, baseText, baseFile, c);
        const msgs = r.lint().messages;
        expect(msgs.map((m) => m.message)).toHaveLength(c.errors.length);
        msgs.forEach((d, i) => {
          expect(d.ruleId).toBe(rule.meta.id);
          checkError(d, c.errors[i]!, baseText);
        });
        if (c.output === null) {
          expect(msgs.filter((m) => m.edits).length, "no fix expected").toBe(0);
        } else if (c.output !== undefined) {
          const fixed = r.fix();
          expect(fixed.output).toBe(c.output);
          const again = run(rule, fixed.output, baseFile, c).fix();
          expect(again.output, "a second fix changes nothing").toBe(fixed.output);
          expect(again.result.messages.filter((m) => m.edits), "no fixable finding survives").toEqual([]);
        }
      });
      if (c.text !== undefined) continue;
      for (const form of (c.forms ?? ALL_FORMS).filter((f) => f !== "object")) {
        it(`invalid: ${c.name} [${form}]`, () => {
          const text = manifestText(c.spec!, form);
          const file = fileNameFor(form);
          const base = run(rule, baseText, baseFile, c).lint().messages;
          const r = run(rule, text, file, c);
          const msgs = r.lint().messages;
          expect(msgs.map((m) => m.message)).toEqual(base.map((m) => m.message));
          msgs.forEach((d, i) => {
            const want = baseText.slice(base[i]!.offset, base[i]!.endOffset);
            expect(unescapeSpan(text.slice(d.offset, d.endOffset)), `span of finding ${i}`).toBe(want);
          });
          if (c.output !== undefined && c.output !== null) {
            const fixed = r.fix();
            expect(normalizeCreateOptions(fixed.output)).toEqual(normalizeCreateOptions(c.output));
            const again = run(rule, fixed.output, file, c).fix();
            expect(again.output, "a second fix changes nothing").toBe(fixed.output);
            expect(again.result.messages.filter((m) => m.edits)).toEqual([]);
          }
        });
      }
    }
  });
}
