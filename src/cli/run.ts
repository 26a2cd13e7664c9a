import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ruleRegistry } from "../registry.js";
import { didYouMean } from "../close-matches.js";
import { ConfigError } from "../config/errors.js";
import { knownRuleIds, resolvedConfigFor } from "../config/load.js";
import { ConfigResolver } from "../config/resolver.js";
import { appliesTo, summarize, type FileResult } from "../engine/lint.js";
import type { Rule } from "../engine/types.js";
import { appendSuppressions, removeSuppressions } from "../brownfield/config-edit.js";
import { daysFrom, suppressionsForFindings } from "../brownfield/suppressions.js";
import { FileSearchError, lintFilesDetailed, type FileOutcome, type LintRun } from "../files.js";
import { lintStdinText } from "../lint-stdin.js";
import { TargetOptionsError } from "../targets.js";
import { getFormatter } from "../formatters/index.js";
import { relativePath } from "../formatters/types.js";
import { VERSION } from "../meta.js";
import { HELP, UsageError, parseCli, type CliOptions } from "./args.js";
import { unifiedDiff } from "./diff.js";

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** stdout is a terminal */
  isTTY: boolean;
  /** reads all of standard input (for --stdin) */
  readStdin?: () => Promise<Uint8Array | string>;
}

const NAME = "iotedge-gpu-lint";
const IO_RULES = new Set(["read-error", "write-error"]);

/** Runs the CLI; returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr(`${NAME}: ${message.replace(/\s*\n\s*/g, " ")}\n`);
    return 2;
  };
  try {
    // subcommand: the renderer (and its YAML writer) is loaded only when asked for
    if (argv[0] === "render") return (await import("../render/cli.js")).runRender(argv.slice(1), io);
    return await run(parseCli(argv), io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof TargetOptionsError) return fail(`${e.message} (see --help)`);
    if (e instanceof ConfigError || e instanceof FileSearchError) return fail(e.message);
    const err = e as NodeJS.ErrnoException;
    if (io.env.IOTEDGE_GPU_LINT_DEBUG) io.stderr(`${err.stack}\n`);
    if (typeof err.code === "string" && err.syscall !== undefined) return fail(`${err.syscall} failed: ${err.code}${err.path ? ` (${err.path})` : ""}`);
    return fail(`internal error: ${err.message ?? String(e)}; please report it`);
  }
}

function listRules(rules: readonly Rule[], json: boolean): string {
  const sorted = [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  if (json) return JSON.stringify(sorted.map((r) => ({ ...r.meta })), null, 2) + "\n";
  const head = ["id", "severity", "repair", "description"] as const;
  const rows = sorted.map((r) => [r.meta.id, r.meta.severity, r.meta.repair, r.meta.description]);
  const w0 = Math.max(head[0].length, ...rows.map((r) => r[0]!.length));
  const w1 = Math.max(head[1].length, ...rows.map((r) => r[1]!.length));
  const w2 = Math.max(head[2].length, ...rows.map((r) => r[2]!.length));
  return [head, ...rows].map((r) => `${r[0]!.padEnd(w0)}  ${r[1]!.padEnd(w1)}  ${r[2]!.padEnd(w2)}  ${r[3]}`).join("\n") + "\n";
}

function checkRuleIds(opts: CliOptions, known: string[]): void {
  for (const id of Object.keys(opts.rules)) {
    if (!known.includes(id)) throw new UsageError(`--rule: unknown rule id '${id}'${didYouMean(id, known)}`);
  }
  for (const id of opts.suppressRules) {
    if (!known.includes(id)) throw new UsageError(`--suppress-rule: unknown rule id '${id}'${didYouMean(id, known)}`);
  }
}

function errorsOnly(r: FileResult): FileResult {
  const extra: Partial<FileResult> = {};
  if (r.target !== undefined) extra.target = r.target;
  if (r.output !== undefined) extra.output = r.output;
  if (r.skipped) extra.skipped = true;
  return summarize(
    r.filePath,
    r.messages.filter((m) => m.severity === "error"),
    extra,
  );
}

async function run(opts: CliOptions, io: CliIo): Promise<number> {
  if (opts.help) {
    io.stdout(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  // the run's configuration, found and loaded once for every step below
  const configs = new ConfigResolver({ cwd: io.cwd, ...(opts.config !== undefined ? { config: opts.config } : {}) });
  // custom rules may be named in --rule and listed: from --config, else from the working directory's configuration
  const extraRules = configs.local.extraRules;
  checkRuleIds(opts, knownRuleIds(extraRules));

  if (opts.listRules) {
    // with --target, the rules that run for those targets
    const all = ruleRegistry(extraRules).all;
    const listed = opts.targets === undefined ? all : all.filter((r) => opts.targets!.some((t) => appliesTo(r, t)));
    return emit(listRules(listed, opts.format === "json"), opts, io);
  }
  if (opts.printConfig !== undefined) {
    const file = resolve(io.cwd, opts.printConfig);
    const config = configs.forFile(file);
    const shown = resolvedConfigFor(config, file, { cwd: io.cwd, rules: opts.rules, ...(opts.targets !== undefined ? { targets: opts.targets } : {}) });
    return emit(JSON.stringify(shown, null, 2) + "\n", opts, io);
  }

  // fix text only for the formats that carry fixes
  const fixText = opts.format === "json" || opts.format === "sarif";
  // the outputs print fix text, never JSON edits: each file's model can go once its findings are built
  const runOptions: Parameters<typeof lintFilesDetailed>[1] = { cwd: io.cwd, configs, rules: opts.rules, fix: opts.fix, fixDryRun: opts.fixDryRun, fixText, keepEdits: false };
  if (opts.config !== undefined) runOptions.config = opts.config;
  if (opts.gpuOut !== undefined) runOptions.gpuOut = opts.gpuOut;
  if (opts.vmOut !== undefined) runOptions.vmOut = opts.vmOut;
  if (opts.targets !== undefined) runOptions.target = opts.targets;
  if (opts.allowOutsideCwd) runOptions.allowOutsideCwd = true;
  let lintRun: LintRun;
  let stdinText: string | undefined;
  if (opts.stdin) {
    stdinText = await readStdin(io);
    const stdinOptions: Parameters<typeof lintStdinText>[1] = { cwd: io.cwd, configs, filename: opts.stdinFilename, rules: opts.rules, fix: opts.fix || opts.fixDryRun, fixText };
    if (opts.config !== undefined) stdinOptions.config = opts.config;
    if (opts.targets !== undefined) stdinOptions.target = opts.targets;
    lintRun = lintStdinText(stdinText, stdinOptions);
  } else {
    lintRun = await lintFilesDetailed(opts.patterns, runOptions);
    if (opts.suppressAll || opts.suppressRules.length > 0 || opts.pruneSuppressions) {
      // the configuration files were just edited: the second pass reads them afresh
      if (editSuppressions(lintRun, opts, io)) lintRun = await lintFilesDetailed(opts.patterns, { ...runOptions, configs: new ConfigResolver(configs.options), fix: false });
    }
  }
  const { results: all, rules, targets } = lintRun;
  const results: FileOutcome[] = all.filter((r) => !r.skipped);
  const shown = opts.quiet ? results.map(errorsOnly) : results;

  let out = "";
  // the diffs lead the report; machine-readable formats carry `output` (json) or `fixes` (sarif) instead
  if (opts.fixDryRun && (opts.format === "stylish" || opts.format === "github")) {
    for (const r of results) {
      if (r.output === undefined || r.source === undefined) continue;
      // with several targets each diff says which target it is for (text before `---` is ignored by patch tools)
      if ((targets ?? []).length > 1) out += `# target: ${r.target}\n`;
      out += unifiedDiff(r.source, r.output, relativePath(r.filePath, io.cwd));
    }
  }
  const color = opts.color ?? (opts.outputFile === undefined && io.isTTY && !io.env.NO_COLOR);
  out += getFormatter(opts.format)!(shown, { cwd: io.cwd, rules, color, targets });
  let code: number;
  if (stdinText !== undefined && opts.fix) {
    // the fixed text is the standard output (an editor replaces its buffer with it); the report goes to standard error
    io.stdout(results[0]?.output ?? stdinText);
    code = opts.outputFile === undefined ? (io.stderr(out), 0) : emit(out, opts, io);
  } else code = emit(out, opts, io);
  if (code !== 0) return code;

  // a file is counted once, whatever the number of targets it was checked for
  const ioFailures = new Set(results.filter((r) => r.messages.some((m) => IO_RULES.has(m.ruleId) && m.suppressed === undefined)).map((r) => r.filePath));
  if (ioFailures.size > 0) {
    io.stderr(`${NAME}: ${ioFailures.size} file${ioFailures.size === 1 ? "" : "s"} could not be read or written (see the report)\n`);
    return 2;
  }
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.stderr(`${NAME}: too many warnings (${warnings}, at most ${opts.maxWarnings} allowed by --max-warnings)\n`);
    return 1;
  }
  return 0;
}

async function readStdin(io: CliIo): Promise<string> {
  if (io.readStdin === undefined) throw new UsageError("--stdin: standard input cannot be read here");
  const data = await io.readStdin();
  if (typeof data === "string") return data;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    throw new UsageError("--stdin: standard input is not valid UTF-8; send UTF-8 text");
  }
}

const SUPPRESS_REASON = "TODO: fix, or explain why this is accepted (written by --suppress-all)";

/** --suppress-all / --suppress-rule / --prune-suppressions: edit the configuration files; true when something changed. */
function editSuppressions(lintRun: LintRun, opts: CliOptions, io: CliIo): boolean {
  const notes: string[] = [];
  if (opts.pruneSuppressions) {
    const byOrigin = new Map<string, number[]>();
    for (const u of lintRun.unusedSuppressions) byOrigin.set(u.origin, [...(byOrigin.get(u.origin) ?? []), u.index]);
    for (const [origin, indexes] of byOrigin) {
      removeSuppressions(origin, indexes);
      notes.push(`removed ${indexes.length} unused suppression${indexes.length === 1 ? "" : "s"} from ${relativePath(origin, io.cwd)}`);
    }
  }
  if (opts.suppressAll || opts.suppressRules.length > 0) {
    const e = opts.suppressExpires;
    const expires = "date" in e ? e.date : daysFrom(new Date(), e.days);
    const o: Parameters<typeof suppressionsForFindings>[1] = { cwd: io.cwd, reason: opts.suppressAll ? SUPPRESS_REASON : SUPPRESS_REASON.replace("--suppress-all", "--suppress-rule"), expires };
    if (opts.config !== undefined) o.config = resolve(io.cwd, opts.config);
    if (opts.suppressRules.length > 0) o.rules = new Set(opts.suppressRules);
    for (const [path, entries] of suppressionsForFindings(lintRun.results, o)) {
      appendSuppressions(path, entries);
      notes.push(`wrote ${entries.length} suppression${entries.length === 1 ? "" : "s"} to ${relativePath(path, io.cwd)} (expires ${expires})`);
    }
  }
  for (const n of notes) io.stderr(`${NAME}: ${n}\n`);
  return notes.length > 0;
}

function emit(text: string, opts: CliOptions, io: CliIo): number {
  if (opts.outputFile === undefined) {
    io.stdout(text);
    return 0;
  }
  const path = resolve(io.cwd, opts.outputFile);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (e) {
    io.stderr(`${NAME}: --output-file: cannot write ${opts.outputFile} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return 2;
  }
  return 0;
}
