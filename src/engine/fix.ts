import { readManifest, type Manifest, type ManifestResult } from "../model/manifest.js";
import { EditBatch } from "./edit-batch.js";
import { describeFixes, lintRead, type FileResult, type LintSettings } from "./lint.js";
import type { Diagnostic, Edit } from "./types.js";

/** Passes of lint-then-fix; overlapping fixes wait for the next pass. */
export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  /** the fixed text (with the BOM when the file had one); equal to the input when nothing changed */
  output: string;
  changed: boolean;
  /** fixes applied, over all passes */
  applied: number;
  passes: number;
  /** the findings that remain after fixing */
  result: FileResult;
  /** fixes that would have broken the file, and were left out */
  rejected: Diagnostic[];
}

function isApplicable(d: Diagnostic): boolean {
  return d.edits !== undefined && d.suppressed === undefined;
}

function createOptionsErrors(m: Manifest): number {
  return m.modules.filter((x) => x.createOptions.error !== undefined).length;
}

/** The fixed file of one pass (read again), or undefined when these fixes would not leave a valid manifest. */
function applyPass(filePath: string, manifest: Manifest, fixes: Edit[][], accepted: (i: number) => void): { raw: string; read: ManifestResult } | undefined {
  const batch = new EditBatch(manifest.root.space);
  fixes.forEach((edits, i) => {
    if (batch.tryAdd(edits)) accepted(i);
  });
  if (batch.empty) return undefined;
  const raw = manifest.source.restore(batch.apply());
  const read = readManifest(filePath, raw);
  if (read.kind !== "manifest" || createOptionsErrors(read.manifest) > createOptionsErrors(manifest)) return undefined;
  return { raw, read };
}

/** Lint and apply every safe fix until nothing changes (at most MAX_FIX_PASSES passes). */
export function fixText(filePath: string, raw: string, settings: LintSettings): FixOutcome {
  // the passes need the edits only; what remains is described (fix text) once at the end
  const passSettings: LintSettings = { ...settings, fixText: false };
  let read = readManifest(filePath, raw);
  let { result, manifest } = lintRead(filePath, read, passSettings);
  let current = raw;
  let applied = 0;
  let passes = 0;
  const rejected: Diagnostic[] = [];
  const rejectedKeys = new Set<string>();
  while (manifest !== undefined && passes < MAX_FIX_PASSES) {
    const candidates = result.messages.filter((d) => isApplicable(d) && !rejectedKeys.has(d.fingerprint));
    if (candidates.length === 0) break;
    passes++;
    let acceptedIdx: number[] = [];
    let next = applyPass(filePath, manifest, candidates.map((d) => d.edits!), (i) => acceptedIdx.push(i));
    if (next === undefined) {
      // one at a time, leaving out the fixes that would break the file
      acceptedIdx = [];
      for (let i = 0; i < candidates.length; i++) {
        const single = applyPass(filePath, manifest, [candidates[i]!.edits!], () => {});
        if (single === undefined) {
          rejectedKeys.add(candidates[i]!.fingerprint);
          rejected.push(candidates[i]!);
        } else if (next === undefined) {
          next = single;
          acceptedIdx = [i];
        }
      }
      if (next === undefined) break;
    }
    applied += acceptedIdx.length;
    current = next.raw;
    read = next.read;
    ({ result, manifest } = lintRead(filePath, read, passSettings));
  }
  if (manifest !== undefined && settings.fixText !== false) describeFixes(manifest, result.messages);
  return { output: current, changed: current !== raw, applied, passes, result, rejected };
}

