import { DEFAULT_TARGET, type Rule, type SeveritySetting, type Target, type VmOptions } from "../engine/types.js";

export const CONFIG_FILE_NAMES = [".iotedge-gpu-lint.yml", ".iotedge-gpu-lint.yaml", ".iotedge-gpu-lint.json"] as const;

/** 64 MiB: files above this are reported (`read-error`), never read into memory (a 20 MB manifest lints and fixes in a few hundred MB). */
export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;

export interface SuppressionEntry {
  /** globs over the workspace-relative, `/`-separated path */
  files: string[];
  module?: string;
  /** JSON pointer: matches itself and everything below it */
  pointer?: string;
  rule: string[];
  reason: string;
  /** YYYY-MM-DD: suppresses through that day (UTC), then is reported as `suppression-expired` */
  expires?: string;
}

/** A validated configuration. */
export interface Config {
  /** the file it was read from; "" for the built-in defaults */
  origin: string;
  /** the targets to check for (`target:`, one or a list; default `["kubernetes"]`) */
  target: Target[];
  /** site settings for the vm target (`vm:`; empty when none) */
  vm: VmOptions;
  /** `root: true`: the top configuration of a project (the search never looks above it) */
  root?: boolean;
  rules: Record<string, SeveritySetting>;
  /** globs of files to lint when walking directories; undefined: every *.json */
  include?: string[];
  exclude: string[];
  suppressions: SuppressionEntry[];
  /** the raw `customRules` definitions */
  customRules: Record<string, unknown>[];
  /** the custom rules compiled by the policy module (empty when there are none) */
  extraRules: Rule[];
  maxFileSize: number;
}

export function defaultConfig(): Config {
  return { origin: "", target: [DEFAULT_TARGET], vm: {}, rules: {}, exclude: [], suppressions: [], customRules: [], extraRules: [], maxFileSize: DEFAULT_MAX_FILE_SIZE };
}
