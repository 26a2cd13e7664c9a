/** Apply the n-th suggestion of the i-th finding of one rule to a text (helper for pack I-A rule tests). */
import { lintText, type Rule } from "../../src/index.js";

export function applySuggestion(rule: Rule, text: string, filePath: string, finding = 0, n = 0): string {
  const d = lintText(text, { filePath, ruleSet: [rule] }).messages[finding];
  const fix = d?.suggestions?.[n]?.fix;
  if (fix === undefined) throw new Error(`finding ${finding} has no suggestion ${n}`);
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end);
}
