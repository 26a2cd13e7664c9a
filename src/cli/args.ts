import { parseArgs } from "node:util";
import type { SeveritySetting } from "../engine/types.js";
import { FORMAT_NAMES, type FormatName } from "../formatters/names.js";

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
        config: { type: "string", short: "c" },
        rule: { type: "string", multiple: true },
        "max-warnings": { type: "string" },
        "list-rules": { type: "boolean" },
        "print-config": { type: "string" },
        quiet: { type: "boolean", short: "q" },
        "output-file": { type: "string", short: "o" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
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
  const opts: CliOptions = {
    patterns: parsed.positionals,
    format: format as FormatName,
    fix: v.fix === true,
    fixDryRun: v["fix-dry-run"] === true,
    rules,
    listRules: v["list-rules"] === true,
    quiet: v.quiet === true,
    version: v.version === true,
    help: v.help === true,
  };
  if (v["gpu-out"] !== undefined) opts.gpuOut = v["gpu-out"];
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
(Azure Stack Edge Pro FPGA) to Kubernetes-based IoT Edge (Azure Stack Edge Pro GPU).
Directories are searched for *.json (skipping node_modules, .git and dist); JSON files that
are not deployment manifests are ignored.

Options:
  -f, --format <name>        stylish (default), json, sarif or github
      --fix                  apply the safe fixes and write the files
      --fix-dry-run          print the fixes as a unified diff; write nothing
      --gpu-out <pattern>    write fixed copies to <pattern>, never touching the originals;
                             {dir}, {name}, {ext} and {base} stand for the input's parts,
                             e.g. '{dir}/{name}.gpu{ext}'
  -c, --config <file>        use this configuration file for every file (default: the nearest
                             .iotedge-gpu-lint.yml/.yaml/.json above each file)
      --rule <id:severity>   set a rule's severity (error, warning, info, off); repeatable
      --max-warnings <n>     exit 1 when there are more than n warnings
      --list-rules           list the rules: id, severity, repair, description
      --print-config <file>  print the configuration that applies to <file> as JSON
  -q, --quiet                report errors only
  -o, --output-file <path>   write the report to a file instead of stdout
      --color, --no-color    force colours on or off (default: on for a terminal, unless NO_COLOR)
  -v, --version              print the version
  -h, --help                 print this help

Exit codes: 0 no errors (and warnings within --max-warnings); 1 lint errors or too many
warnings; 2 usage, configuration or file-access failure.
`;
