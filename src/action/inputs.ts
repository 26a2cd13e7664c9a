/** The action's inputs (action.yml), read and checked once. */
import * as core from "@actions/core";
import { TARGETS, type Target } from "../index.js";

export interface Inputs {
  token: string;
  files: string[];
  /** undefined: the default (true on pull requests) */
  onlyChanged: boolean | undefined;
  config: string;
  review: boolean;
  suggestions: boolean;
  failOn: "error" | "warning" | "info" | "never";
  fix: "off" | "pull-request" | "push";
  fixOutput: "in-place" | "gpu-sibling";
  sarif: string;
  report: "all" | "new";
  mode: "run" | "report" | "post";
  findingsFile: string;
  /** the repository-relative directory the run works in, "" or ending in "/" */
  workingDirectory: string;
  /** undefined: not given (the config's `target`, else kubernetes) */
  targets: Target[] | undefined;
}

/** `kubernetes`, `vm` or both, comma-separated: the targets in the order given, each once. */
export function parseTargets(value: string, origin: string): Target[] {
  const parts = value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (parts.length === 0) throw new Error(`${origin} must name a target: ${TARGETS.join(", ")} or kubernetes,vm`);
  const out: Target[] = [];
  for (const p of parts) {
    if (!(TARGETS as readonly string[]).includes(p)) throw new Error(`${origin} must be kubernetes, vm or kubernetes,vm (got '${p.slice(0, 40)}')`);
    if (!out.includes(p as Target)) out.push(p as Target);
  }
  return out;
}

/** The working directory as a repository-relative prefix ("" or "dir/sub/"); never leaves the repository. */
export function parseWorkingDirectory(value: string): string {
  let v = value.trim().replace(/\\/g, "/");
  if (v === "" || v === "." || v === "./") return "";
  if (v.startsWith("/") || /^[A-Za-z]:/.test(v)) throw new Error(`input 'working-directory' must be relative to the repository root (got '${v.slice(0, 200)}')`);
  const segs = v.split("/").filter((s) => s !== "" && s !== ".");
  if (segs.some((s) => s === "..")) throw new Error(`input 'working-directory' must stay inside the repository (got '${v.slice(0, 200)}')`);
  v = segs.join("/");
  return v === "" ? "" : `${v}/`;
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const v = core.getInput(name).trim();
  if (v === "") return fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new Error(`input '${name}' must be one of ${allowed.join(", ")} (got '${v}')`);
  return v as T;
}

function bool(name: string, fallback: boolean | undefined): boolean | undefined {
  const v = core.getInput(name).trim().toLowerCase();
  if (v === "") return fallback;
  if (["true", "yes", "on", "1"].includes(v)) return true;
  if (["false", "no", "off", "0"].includes(v)) return false;
  throw new Error(`input '${name}' must be true or false (got '${v}')`);
}

export function readInputs(): Inputs {
  const files = core
    .getMultilineInput("files")
    .flatMap((l) => l.split(","))
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return {
    token: core.getInput("github-token"),
    files: files.length > 0 ? files : ["**/*.json"],
    onlyChanged: bool("only-changed", undefined),
    config: core.getInput("config").trim(),
    review: bool("review", true)!,
    suggestions: bool("suggestions", true)!,
    failOn: oneOf("fail-on", ["error", "warning", "info", "never"] as const, "error"),
    fix: oneOf("fix", ["off", "pull-request", "push"] as const, "off"),
    fixOutput: oneOf("fix-output", ["in-place", "gpu-sibling"] as const, "in-place"),
    sarif: core.getInput("sarif").trim(),
    report: oneOf("report", ["all", "new"] as const, "all"),
    mode: oneOf("mode", ["run", "report", "post"] as const, "run"),
    findingsFile: core.getInput("findings-file").trim(),
    workingDirectory: parseWorkingDirectory(core.getInput("working-directory")),
    targets: core.getInput("target").trim() === "" ? undefined : parseTargets(core.getInput("target"), "input 'target'"),
  };
}
