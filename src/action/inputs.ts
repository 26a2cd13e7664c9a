/** The action's inputs (action.yml), read and checked once. */
import * as core from "@actions/core";

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
  };
}
