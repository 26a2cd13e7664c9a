/**
 * The data the action passes from linting to publishing. In split mode (`mode: report` on
 * `pull_request`, `mode: post` on `workflow_run`) it travels as a file written by an untrusted
 * run: `readFindingsFile` validates it against a strict JSON Schema with bounded sizes.
 */
import { FINDINGS_VERSION, LIMITS } from "./findings-schema.js";
import { validate } from "../generated/findings.js";
import type { Target } from "../index.js";

export { FINDINGS_VERSION, LIMITS, findingsSchema } from "./findings-schema.js";

/** A replacement of whole lines, ready for a ```suggestion block. */
export interface LineReplacement {
  startLine: number;
  endLine: number;
  /** the new text of those lines, without a trailing newline */
  text: string;
  kind: "fix" | "suggestion";
}

export interface Finding {
  path: string;
  ruleId: string;
  severity: "error" | "warning" | "info";
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fingerprint: string;
  docs: string;
  module?: string;
  /** the target the finding was checked for (absent in files from older versions: kubernetes) */
  target?: Target;
  fixable: boolean;
  hasSuggestion: boolean;
  replacement?: LineReplacement;
}

export interface FileReport {
  path: string;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  /** modules seen in the manifest (for the readiness table), including those without findings */
  modules: string[];
}

export interface FixedFile {
  /** the manifest that was fixed */
  path: string;
  /** where the fixed text goes: the manifest itself, or its `.gpu.json` sibling */
  target: string;
  content: string;
  applied: number;
  rules: string[];
}

export interface PullRequestInfo {
  number: number;
  headSha: string;
  headRef: string;
  headRepo: string;
  baseSha: string;
  baseRef: string;
  baseRepo: string;
}

export interface FindingsFile {
  version: typeof FINDINGS_VERSION;
  tool: "iotedge-gpu-lint";
  repository: string;
  pullRequest?: PullRequestInfo;
  findings: Finding[];
  files: FileReport[];
  fixes: FixedFile[];
  present: string[];
}

/** Parse and validate untrusted findings JSON; throws with a short reason when it is not acceptable. */
export function parseFindings(text: string): FindingsFile {
  if (text.length > LIMITS.fileBytes) throw new Error(`findings file is larger than ${LIMITS.fileBytes} bytes`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`findings file is not JSON: ${(e as Error).message}`);
  }
  if (!validate(data)) {
    const err = validate.errors?.[0];
    throw new Error(`findings file rejected: ${err ? `${err.instancePath || "/"} ${err.message}` : "invalid"}`);
  }
  const file = data as unknown as FindingsFile;
  const total = file.fixes.reduce((n, f) => n + f.content.length, 0);
  if (total > LIMITS.fileBytes) throw new Error("findings file rejected: fixed contents too large");
  return file;
}
