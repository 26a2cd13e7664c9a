/**
 * Targets as the CLI and lintFiles take them: a list (`kubernetes,vm`), a fixed copy per target
 * (`--gpu-out` for kubernetes, `--vm-out` for vm) and the one combination that cannot work
 * (fixing several targets in place). Kept free of the engine so that argument parsing stays light.
 */
import { TARGETS, type Target } from "./engine/types.js";

/** The suggested pattern of each target's fixed copy: `deployment.json` → `deployment.gpu.json`, `deployment.vm.json`. */
export const DEFAULT_COPY_PATTERNS: Readonly<Record<Target, string>> = { kubernetes: "{dir}/{name}.gpu{ext}", vm: "{dir}/{name}.vm{ext}" };

/** The CLI option that names each target's copy pattern. */
export const COPY_OPTIONS: Readonly<Record<Target, string>> = { kubernetes: "--gpu-out", vm: "--vm-out" };

/** Targets or copies asked for in a way that cannot work: a usage error (the CLI exits 2). */
export class TargetOptionsError extends Error {
  override name = "TargetOptionsError";
}

/**
 * `vm`, `kubernetes,vm` or `["kubernetes", "vm"]` as a list of targets, each once, in the order
 * given. Throws a TargetOptionsError naming `what` for an unknown or empty target.
 */
export function parseTargets(value: string | readonly string[], what = "target"): Target[] {
  const parts = typeof value === "string" ? value.split(",").map((s) => s.trim()) : [...value];
  const out: Target[] = [];
  for (const p of parts) {
    if (!(TARGETS as readonly string[]).includes(p)) {
      const shown = p === "" ? "an empty target" : `unknown target '${p}'`;
      throw new TargetOptionsError(`${what}: ${shown}; use ${TARGETS.join(", ")} or ${TARGETS.join(",")}`);
    }
    if (!out.includes(p as Target)) out.push(p as Target);
  }
  if (out.length === 0) throw new TargetOptionsError(`${what}: no target given; use ${TARGETS.join(", ")} or ${TARGETS.join(",")}`);
  return out;
}

/** Each target's copy pattern, as given (`gpuOut` for kubernetes, `vmOut` for vm). */
export interface CopyPatterns {
  gpuOut?: string;
  vmOut?: string;
}

export function copyPatternFor(target: Target, copies: CopyPatterns): string | undefined {
  return target === "kubernetes" ? copies.gpuOut : copies.vmOut;
}

/**
 * Why fixing in place cannot be done for these targets, or undefined when it can: one file cannot
 * hold the fixes of two targets, so with several targets every target needs its copy pattern.
 */
export function inPlaceConflict(targets: readonly Target[], copies: CopyPatterns): string | undefined {
  if (targets.length < 2) return undefined;
  const missing = targets.filter((t) => copyPatternFor(t, copies) === undefined);
  if (missing.length === 0) return undefined;
  const suggestion = missing.map((t) => `${COPY_OPTIONS[t]} '${DEFAULT_COPY_PATTERNS[t]}'`).join(" ");
  return (
    `--fix with several targets (${targets.join(", ")}) would write a different fix for each into the same file: ` +
    `fix one target in place (--target ${targets.join(" or --target ")}) or write a copy per target (${suggestion})`
  );
}
