import { parseArgs } from "node:util";
import type { SeveritySetting, Target } from "../engine/types.js";
import { FORMAT_NAMES, type FormatName } from "../formatters/names.js";
import { inPlaceConflict, parseTargets, TargetOptionsError, type CopyPatterns } from "../targets.js";

/** A bad command line: exit code 2, one line on stderr. */
export class UsageError extends Error {
  override name = "UsageError";
}

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  fix: boolean;
  fixDryRun: boolean;
  gpuOut?: string;
  vmOut?: string;
  /** --target, overriding the configuration's `target` */
  targets?: Target[];
  /** read and fix files outside the working directory */
  allowOutsideCwd: boolean;
  config?: string;
  rules: Record<string, SeveritySetting>;
  maxWarnings?: number;
  listRules: boolean;
  printConfig?: string;
  quiet: boolean;
  outputFile?: string;
  /** true/false when forced by --color / --no-color */
  color?: boolean;
  version: boolean;
  help: boolean;
  /** lint standard input (named by stdinFilename) instead of files */
  stdin: boolean;
  /** the name standard input stands for: decides template reading and the configuration (default deployment.json) */
  stdinFilename: string;
  /** write a suppression for every current finding into the nearest configuration file */
  suppressAll: boolean;
  /** ... or only for these rules' findings */
  suppressRules: string[];
  /** `expires` of the written suppressions: a date (YYYY-MM-DD) or a number of days from today (default 90) */
  suppressExpires: { date: string } | { days: number };
  /** remove the configured suppressions that match no finding */
  pruneSuppressions: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseExpires(s: string): { date: string } | { days: number } {
  if (/^\d+$/.test(s) && Number(s) > 0 && Number(s) <= 36500) return { days: Number(s) };
  const m = ISO_DATE.exec(s);
  if (m) {
    const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
    if (d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!) return { date: s };
  }
  throw new UsageError(`--suppress-expires: expected a date (YYYY-MM-DD) or a number of days, got '${s}'`);
}

const SEVERITIES = ["error", "warning", "info", "off"];

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        fix: { type: "boolean" },
        "fix-dry-run": { type: "boolean" },
        "gpu-out": { type: "string" },
        "vm-out": { type: "string" },
        target: { type: "string" },
        "allow-outside-cwd": { type: "boolean" },
        config: { type: "string", short: "c" },
        rule: { type: "string", multiple: true },
        "max-warnings": { type: "string" },
        "list-rules": { type: "boolean" },
        "print-config": { type: "string" },
        quiet: { type: "boolean", short: "q" },
        "output-file": { type: "string", short: "o" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        stdin: { type: "boolean" },
        "stdin-filename": { type: "string" },
        "suppress-all": { type: "boolean" },
        "suppress-rule": { type: "string", multiple: true },
        "suppress-expires": { type: "string" },
        "prune-suppressions": { type: "boolean" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    // node's messages are one line but mention parseArgs internals; keep the useful part
    throw new UsageError((e as Error).message.split("\n")[0]!.replace(/\. To specify a positional argument.*$/, ""));
  }
  const v = parsed.values;
  const format = v.format ?? "stylish";
  if (!(FORMAT_NAMES as readonly string[]).includes(format)) throw new UsageError(`--format: unknown format '${format}'; use one of ${FORMAT_NAMES.join(", ")}`);
  const rules: Record<string, SeveritySetting> = {};
  for (const r of v.rule ?? []) {
    const colon = r.lastIndexOf(":");
    const id = colon > 0 ? r.slice(0, colon).trim() : "";
    const sev = colon > 0 ? r.slice(colon + 1).trim() : "";
    if (id === "" || !SEVERITIES.includes(sev)) throw new UsageError(`--rule: expected <rule-id>:<${SEVERITIES.join("|")}>, got '${r}'`);
    rules[id] = sev as SeveritySetting;
  }
  let maxWarnings: number | undefined;
  if (v["max-warnings"] !== undefined) {
    const s = v["max-warnings"];
    if (!/^\d+$/.test(s)) throw new UsageError(`--max-warnings: expected a whole number, got '${s}'`);
    maxWarnings = Number(s);
  }
  if (v.fix && v["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run cannot be used together");
  if (v.color && v["no-color"]) throw new UsageError("--color and --no-color cannot be used together");
  if (v["gpu-out"] !== undefined && !/\{(base|name)\}/.test(v["gpu-out"])) {
    throw new UsageError(`--gpu-out: the pattern must contain {base} or {name} (e.g. {dir}/{name}.gpu{ext}), got '${v["gpu-out"]}'`);
  }
  if (v["vm-out"] !== undefined && !/\{(base|name)\}/.test(v["vm-out"])) {
    throw new UsageError(`--vm-out: the pattern must contain {base} or {name} (e.g. {dir}/{name}.vm{ext}), got '${v["vm-out"]}'`);
  }
  let targets: Target[] | undefined;
  if (v.target !== undefined) {
    try {
      targets = parseTargets(v.target, "--target");
    } catch (e) {
      if (e instanceof TargetOptionsError) throw new UsageError(e.message);
      throw e;
    }
    const copies: CopyPatterns = {};
    if (v["gpu-out"] !== undefined) copies.gpuOut = v["gpu-out"];
    if (v["vm-out"] !== undefined) copies.vmOut = v["vm-out"];
    if (copies.gpuOut !== undefined && !targets.includes("kubernetes")) throw new UsageError(`--gpu-out writes the kubernetes target's copy, but --target is ${targets.join(",")}; use --vm-out for the vm copy`);
    if (copies.vmOut !== undefined && !targets.includes("vm")) throw new UsageError(`--vm-out writes the vm target's copy, but --target is ${targets.join(",")}; add vm (--target vm or kubernetes,vm)`);
    const conflict = v.fix === true ? inPlaceConflict(targets, copies) : undefined;
    if (conflict !== undefined) throw new UsageError(conflict);
  }
  const suppressing = v["suppress-all"] === true || (v["suppress-rule"] ?? []).length > 0;
  if (v["suppress-all"] && (v["suppress-rule"] ?? []).length > 0) throw new UsageError("--suppress-all and --suppress-rule cannot be used together");
  if (v["suppress-expires"] !== undefined && !suppressing) throw new UsageError("--suppress-expires needs --suppress-all or --suppress-rule");
  if (v["stdin-filename"] !== undefined && !v.stdin) throw new UsageError("--stdin-filename needs --stdin");
  if (v.stdin) {
    if (parsed.positionals.length > 0) throw new UsageError("--stdin lints standard input: give no paths");
    if (v["gpu-out"] !== undefined || v["vm-out"] !== undefined) throw new UsageError("--stdin cannot be used with --gpu-out or --vm-out (with --fix, the fixed text goes to standard output)");
    if (suppressing || v["prune-suppressions"]) throw new UsageError("--stdin cannot be used with --suppress-all, --suppress-rule or --prune-suppressions");
    if (v["stdin-filename"] === "") throw new UsageError("--stdin-filename: give a file name, e.g. deployment.template.json");
  }
  if (suppressing && (v["fix-dry-run"] || v["gpu-out"] !== undefined)) throw new UsageError("--suppress-all and --suppress-rule cannot be used with --fix-dry-run or --gpu-out");
  const opts: CliOptions = {
    patterns: parsed.positionals,
    format: format as FormatName,
    fix: v.fix === true,
    fixDryRun: v["fix-dry-run"] === true,
    allowOutsideCwd: v["allow-outside-cwd"] === true,
    rules,
    listRules: v["list-rules"] === true,
    quiet: v.quiet === true,
    version: v.version === true,
    help: v.help === true,
    stdin: v.stdin === true,
    stdinFilename: v["stdin-filename"] ?? "deployment.json",
    suppressAll: v["suppress-all"] === true,
    suppressRules: v["suppress-rule"] ?? [],
    suppressExpires: v["suppress-expires"] === undefined ? { days: 90 } : parseExpires(v["suppress-expires"]),
    pruneSuppressions: v["prune-suppressions"] === true,
  };
  if (v["gpu-out"] !== undefined) opts.gpuOut = v["gpu-out"];
  if (v["vm-out"] !== undefined) opts.vmOut = v["vm-out"];
  if (targets !== undefined) opts.targets = targets;
  if (v.config !== undefined) opts.config = v.config;
  if (maxWarnings !== undefined) opts.maxWarnings = maxWarnings;
  if (v["print-config"] !== undefined) opts.printConfig = v["print-config"];
  if (v["output-file"] !== undefined) opts.outputFile = v["output-file"];
  if (v.color) opts.color = true;
  if (v["no-color"]) opts.color = false;
  return opts;
}

export const HELP = `Usage: iotedge-gpu-lint [options] [paths or globs...]   (default: .)
       iotedge-gpu-lint render <manifest> [options]   (the Kubernetes objects; see render --help)

Lint Azure IoT Edge deployment manifests for the move from Docker-based IoT Edge
(Azure Stack Edge Pro FPGA) to Azure Stack Edge Pro GPU: its Kubernetes-based IoT Edge
(target kubernetes, the default) or IoT Edge 1.6 LTS in a Linux VM (target vm).
Directories are searched for *.json (skipping node_modules, .git and dist); JSON files that
are not deployment manifests are ignored.

Options:
      --target <targets>     kubernetes (default), vm, or kubernetes,vm to check for both
                             (overrides the configuration's target)
  -f, --format <name>        stylish (default), json, sarif or github
      --fix                  apply the safe fixes and write the files
      --fix-dry-run          print the fixes as a unified diff; write nothing
      --gpu-out <pattern>    write fixed copies to <pattern>, never touching the originals;
                             {dir}, {name}, {ext} and {base} stand for the input's parts,
                             e.g. '{dir}/{name}.gpu{ext}' (the kubernetes target's copy)
      --vm-out <pattern>     the same for the vm target, e.g. '{dir}/{name}.vm{ext}'; with
                             --target kubernetes,vm give both to write both copies in one run
                             (--fix in place takes one target only)
      --allow-outside-cwd    also read and fix files outside the working directory (by default
                             they are reported as read-error and never read or written)
  -c, --config <file>        use this configuration file for every file (default: the nearest
                             .iotedge-gpu-lint.yml/.yaml/.json above each file)
      --rule <id:severity>   set a rule's severity (error, warning, info, off); repeatable
      --max-warnings <n>     exit 1 when there are more than n warnings
      --list-rules           list the rules: id, severity, repair, description (with --target,
                             the rules that run for it)
      --print-config <file>  print the configuration that applies to <file> as JSON
      --stdin                lint standard input; with --fix, print the fixed text to standard
                             output (the report goes to standard error) and write nothing
      --stdin-filename <name>
                             the file name standard input stands for (default deployment.json):
                             *.template.json is read as a template; the configuration is looked
                             up from it
      --suppress-all         write a suppression (reason "TODO: ...", an expires date) for every
                             current finding into the nearest configuration file, creating
                             .iotedge-gpu-lint.yml when there is none; then report as usual
      --suppress-rule <id>   the same for this rule's findings only; repeatable
      --suppress-expires <date|days>
                             expires date of the written suppressions (default: 90 days)
      --prune-suppressions   remove the configured suppressions that match no finding
  -q, --quiet                report errors only
  -o, --output-file <path>   write the report to a file instead of stdout
      --color, --no-color    force colours on or off (default: on for a terminal, unless NO_COLOR)
  -v, --version              print the version
  -h, --help                 print this help

Exit codes: 0 no errors (and warnings within --max-warnings); 1 lint errors or too many
warnings; 2 usage, configuration or file-access failure.
`;
