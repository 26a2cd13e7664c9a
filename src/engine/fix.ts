import { readManifest, type Manifest, type ManifestResult } from "../model/manifest.js";
import type { Path } from "../json/path.js";
import { EditBatch } from "./edit-batch.js";
import { declaredPaths, guardBaseline, guardCheck, type GuardBaseline } from "./guard.js";
import { describeFixes, lintRead, type FileResult, type LintSettings } from "./lint.js";
import type { Diagnostic, Edit } from "./types.js";

/** Passes of lint-then-fix; overlapping fixes wait for the next pass. */
export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  /** the fixed text (with the BOM when the file had one); equal to the input when nothing changed */
  output: string;
  changed: boolean;
  /** fixes applied, over all passes (a fix several findings share counts once) */
  applied: number;
  passes: number;
  /** the findings that remain after fixing (a finding whose fix was withheld says so in `fixWithheld`) */
  result: FileResult;
  /** fixes that would have broken the file or lost data, and were left out (with `fixWithheld` saying why) */
  rejected: Diagnostic[];
  /** the paths the applied fixes declared, over all passes (the only values a fix may have changed) */
  touched: Path[];
}

function isApplicable(d: Diagnostic): boolean {
  return d.edits !== undefined && d.suppressed === undefined;
}

function createOptionsErrors(m: Manifest): number {
  return m.modules.filter((x) => x.createOptions.error !== undefined).length;
}

interface Pass {
  raw: string;
  read: ManifestResult & { kind: "manifest" };
  /** the fixed manifest as the guard's baseline for the next pass */
  baseline: GuardBaseline;
}

/** The fixed file of some fixes applied together, or why it may not be written. */
function applyFixes(filePath: string, manifest: Manifest, baseline: GuardBaseline, fixes: readonly Edit[][]): { pass?: Pass & { declared: Path[] }; accepted: number[]; refused: Map<number, string>; failure?: string } {
  const batch = new EditBatch(manifest.root.space);
  const accepted: number[] = [];
  const refused = new Map<number, string>();
  fixes.forEach((edits, i) => {
    if (batch.tryAdd(edits)) accepted.push(i);
    else if (batch.refusal === "unplaceable") refused.set(i, "its edits cannot be placed safely (a target that is gone, or a key its object defines twice)");
  });
  if (batch.empty) return { accepted: [], refused, failure: accepted.length > 0 ? "it changes nothing" : undefined };
  const text = batch.apply();
  if (text === manifest.source.text) return { accepted, refused, failure: "it changes nothing" };
  const raw = manifest.source.restore(text);
  const read = readManifest(filePath, raw);
  if (read.kind !== "manifest") return { accepted, refused, failure: "the file would no longer be a readable manifest" };
  if (createOptionsErrors(read.manifest) > createOptionsErrors(manifest)) return { accepted, refused, failure: "a createOptions would no longer be a JSON object" };
  const declared: Path[] = [];
  for (const i of accepted) declared.push(...declaredPaths(fixes[i]!));
  const verdict = guardCheck(baseline, read.manifest, declared);
  if (verdict.violation !== undefined) return { accepted, refused, failure: verdict.violation };
  return { pass: { raw, read, declared, baseline: verdict.baseline }, accepted, refused };
}

/** Fixes carried by several findings (one fix for a whole list) are applied once. */
function distinctFixes(candidates: readonly Diagnostic[]): { edits: Edit[]; findings: Diagnostic[] }[] {
  const byEdits = new Map<readonly Edit[], { edits: Edit[]; findings: Diagnostic[] }>();
  const out: { edits: Edit[]; findings: Diagnostic[] }[] = [];
  for (const d of candidates) {
    let entry = byEdits.get(d.edits!);
    if (entry === undefined) {
      byEdits.set(d.edits!, (entry = { edits: d.edits!, findings: [] }));
      out.push(entry);
    }
    entry.findings.push(d);
  }
  return out;
}

/**
 * Lint and apply every safe fix until nothing changes (at most MAX_FIX_PASSES passes). After each
 * pass the guard checks the result (no new duplicate key, no value changed outside the paths the
 * applied fixes declare, still a manifest with readable createOptions); a fix that breaks it is
 * withheld: nothing of it is written, and its finding stays with `fixWithheld` saying why.
 */
export function fixText(filePath: string, raw: string, settings: LintSettings): FixOutcome {
  // the passes need the edits only; what remains is described (fix text) once at the end
  const passSettings: LintSettings = { ...settings, fixText: false };
  let read = readManifest(filePath, raw);
  let { result, manifest } = lintRead(filePath, read, passSettings);
  let current = raw;
  let applied = 0;
  let passes = 0;
  const rejected: Diagnostic[] = [];
  const touched: Path[] = [];
  /** fingerprint -> why its fix was withheld */
  const withheld = new Map<string, string>();
  const withhold = (findings: readonly Diagnostic[], why: string): void => {
    for (const d of findings) {
      if (withheld.has(d.fingerprint)) continue;
      withheld.set(d.fingerprint, why);
      rejected.push({ ...d, fixWithheld: why });
    }
  };
  // the guard's view of the text a pass starts from (made only when there is something to fix)
  let baseline: GuardBaseline | undefined;
  while (manifest !== undefined && passes < MAX_FIX_PASSES) {
    const candidates = distinctFixes(result.messages.filter((d) => isApplicable(d) && !withheld.has(d.fingerprint)));
    if (candidates.length === 0) break;
    baseline ??= guardBaseline(manifest);
    passes++;
    const all = applyFixes(filePath, manifest, baseline, candidates.map((c) => c.edits));
    for (const [i, why] of all.refused) withhold(candidates[i]!.findings, why);
    let next = all.pass;
    let acceptedIdx = all.accepted;
    if (next === undefined && all.accepted.length > 0) {
      // find the fixes that break the guard on their own, then add the others one at a time
      const good: number[] = [];
      for (const i of all.accepted) {
        const single = applyFixes(filePath, manifest, baseline, [candidates[i]!.edits]);
        if (single.pass === undefined) withhold(candidates[i]!.findings, single.failure ?? [...single.refused.values()][0] ?? "it cannot be applied");
        else good.push(i);
      }
      if (good.length > 0) {
        const together = applyFixes(filePath, manifest, baseline, good.map((i) => candidates[i]!.edits));
        if (together.pass !== undefined && together.accepted.length === good.length) {
          next = together.pass;
          acceptedIdx = good;
        } else {
          let kept: number[] = [];
          for (const i of good) {
            const trial = applyFixes(filePath, manifest, baseline, [...kept, i].map((k) => candidates[k]!.edits));
            if (trial.pass !== undefined && trial.accepted.length === kept.length + 1) {
              kept = [...kept, i];
              next = trial.pass;
            }
          }
          acceptedIdx = kept;
        }
      }
    }
    if (next === undefined) {
      if (all.accepted.length === 0 && all.refused.size === 0) break;
      continue;
    }
    applied += acceptedIdx.length;
    current = next.raw;
    read = next.read;
    touched.push(...next.declared);
    ({ result, manifest } = lintRead(filePath, read, passSettings));
    baseline = next.baseline;
  }
  // what remains: a finding whose fix was withheld says why, and offers no fix
  for (const d of result.messages) {
    const why = withheld.get(d.fingerprint);
    if (why === undefined) continue;
    d.fixWithheld = why;
    d.message += ` (automatic fix withheld: ${why})`;
    delete d.edits;
  }
  if (withheld.size > 0) result = { ...result, fixableCount: result.messages.filter((m) => m.edits !== undefined && m.suppressed === undefined).length };
  if (manifest !== undefined && settings.fixText !== false) describeFixes(manifest, result.messages);
  return { output: current, changed: current !== raw, applied, passes, result, rejected, touched };
}
