#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli/main.ts
var nodeModule = __toESM(require("node:module"), 1);

// src/meta.ts
var VERSION = "1.0.0";
var REPOSITORY_URL = "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint";
var DOCS_REF = `v${VERSION}`;
var DOCS_BASE = `${REPOSITORY_URL}/blob/${DOCS_REF}/rules/`;

// src/cli/args.ts
var import_node_util = require("node:util");

// src/formatters/names.ts
var FORMAT_NAMES = ["stylish", "json", "sarif", "github"];

// src/engine/types.ts
var TARGETS = ["kubernetes", "vm"];

// src/targets.ts
var DEFAULT_COPY_PATTERNS = { kubernetes: "{dir}/{name}.gpu{ext}", vm: "{dir}/{name}.vm{ext}" };
var COPY_OPTIONS = { kubernetes: "--gpu-out", vm: "--vm-out" };
var TargetOptionsError = class extends Error {
  name = "TargetOptionsError";
};
function parseTargets(value, what = "target") {
  const parts = typeof value === "string" ? value.split(",").map((s) => s.trim()) : [...value];
  const out = [];
  for (const p of parts) {
    if (!TARGETS.includes(p)) {
      const shown = p === "" ? "an empty target" : `unknown target '${p}'`;
      throw new TargetOptionsError(`${what}: ${shown}; use ${TARGETS.join(", ")} or ${TARGETS.join(",")}`);
    }
    if (!out.includes(p)) out.push(p);
  }
  if (out.length === 0) throw new TargetOptionsError(`${what}: no target given; use ${TARGETS.join(", ")} or ${TARGETS.join(",")}`);
  return out;
}
function copyPatternFor(target, copies) {
  return target === "kubernetes" ? copies.gpuOut : copies.vmOut;
}
function inPlaceConflict(targets, copies) {
  if (targets.length < 2) return void 0;
  const missing = targets.filter((t) => copyPatternFor(t, copies) === void 0);
  if (missing.length === 0) return void 0;
  const suggestion = missing.map((t) => `${COPY_OPTIONS[t]} '${DEFAULT_COPY_PATTERNS[t]}'`).join(" ");
  return `--fix with several targets (${targets.join(", ")}) would write a different fix for each into the same file: fix one target in place (--target ${targets.join(" or --target ")}) or write a copy per target (${suggestion})`;
}

// src/cli/args.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function parseExpires(s) {
  if (/^\d+$/.test(s) && Number(s) > 0 && Number(s) <= 36500) return { days: Number(s) };
  const m = ISO_DATE.exec(s);
  if (m) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3]) return { date: s };
  }
  throw new UsageError(`--suppress-expires: expected a date (YYYY-MM-DD) or a number of days, got '${s}'`);
}
var SEVERITIES = ["error", "warning", "info", "off"];
function parseCli(argv2) {
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({
      args: argv2,
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
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (e) {
    throw new UsageError(e.message.split("\n")[0].replace(/\. To specify a positional argument.*$/, ""));
  }
  const v = parsed.values;
  const format = v.format ?? "stylish";
  if (!FORMAT_NAMES.includes(format)) throw new UsageError(`--format: unknown format '${format}'; use one of ${FORMAT_NAMES.join(", ")}`);
  const rules = {};
  for (const r of v.rule ?? []) {
    const colon = r.lastIndexOf(":");
    const id = colon > 0 ? r.slice(0, colon).trim() : "";
    const sev = colon > 0 ? r.slice(colon + 1).trim() : "";
    if (id === "" || !SEVERITIES.includes(sev)) throw new UsageError(`--rule: expected <rule-id>:<${SEVERITIES.join("|")}>, got '${r}'`);
    rules[id] = sev;
  }
  let maxWarnings;
  if (v["max-warnings"] !== void 0) {
    const s = v["max-warnings"];
    if (!/^\d+$/.test(s)) throw new UsageError(`--max-warnings: expected a whole number, got '${s}'`);
    maxWarnings = Number(s);
  }
  if (v.fix && v["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run cannot be used together");
  if (v.color && v["no-color"]) throw new UsageError("--color and --no-color cannot be used together");
  if (v["gpu-out"] !== void 0 && !/\{(base|name)\}/.test(v["gpu-out"])) {
    throw new UsageError(`--gpu-out: the pattern must contain {base} or {name} (e.g. {dir}/{name}.gpu{ext}), got '${v["gpu-out"]}'`);
  }
  if (v["vm-out"] !== void 0 && !/\{(base|name)\}/.test(v["vm-out"])) {
    throw new UsageError(`--vm-out: the pattern must contain {base} or {name} (e.g. {dir}/{name}.vm{ext}), got '${v["vm-out"]}'`);
  }
  let targets;
  if (v.target !== void 0) {
    try {
      targets = parseTargets(v.target, "--target");
    } catch (e) {
      if (e instanceof TargetOptionsError) throw new UsageError(e.message);
      throw e;
    }
    const copies = {};
    if (v["gpu-out"] !== void 0) copies.gpuOut = v["gpu-out"];
    if (v["vm-out"] !== void 0) copies.vmOut = v["vm-out"];
    if (copies.gpuOut !== void 0 && !targets.includes("kubernetes")) throw new UsageError(`--gpu-out writes the kubernetes target's copy, but --target is ${targets.join(",")}; use --vm-out for the vm copy`);
    if (copies.vmOut !== void 0 && !targets.includes("vm")) throw new UsageError(`--vm-out writes the vm target's copy, but --target is ${targets.join(",")}; add vm (--target vm or kubernetes,vm)`);
    const conflict = v.fix === true ? inPlaceConflict(targets, copies) : void 0;
    if (conflict !== void 0) throw new UsageError(conflict);
  }
  const suppressing = v["suppress-all"] === true || (v["suppress-rule"] ?? []).length > 0;
  if (v["suppress-all"] && (v["suppress-rule"] ?? []).length > 0) throw new UsageError("--suppress-all and --suppress-rule cannot be used together");
  if (v["suppress-expires"] !== void 0 && !suppressing) throw new UsageError("--suppress-expires needs --suppress-all or --suppress-rule");
  if (v["stdin-filename"] !== void 0 && !v.stdin) throw new UsageError("--stdin-filename needs --stdin");
  if (v.stdin) {
    if (parsed.positionals.length > 0) throw new UsageError("--stdin lints standard input: give no paths");
    if (v["gpu-out"] !== void 0 || v["vm-out"] !== void 0) throw new UsageError("--stdin cannot be used with --gpu-out or --vm-out (with --fix, the fixed text goes to standard output)");
    if (suppressing || v["prune-suppressions"]) throw new UsageError("--stdin cannot be used with --suppress-all, --suppress-rule or --prune-suppressions");
    if (v["stdin-filename"] === "") throw new UsageError("--stdin-filename: give a file name, e.g. deployment.template.json");
  }
  if (suppressing && (v["fix-dry-run"] || v["gpu-out"] !== void 0)) throw new UsageError("--suppress-all and --suppress-rule cannot be used with --fix-dry-run or --gpu-out");
  const opts = {
    patterns: parsed.positionals,
    format,
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
    suppressExpires: v["suppress-expires"] === void 0 ? { days: 90 } : parseExpires(v["suppress-expires"]),
    pruneSuppressions: v["prune-suppressions"] === true
  };
  if (v["gpu-out"] !== void 0) opts.gpuOut = v["gpu-out"];
  if (v["vm-out"] !== void 0) opts.vmOut = v["vm-out"];
  if (targets !== void 0) opts.targets = targets;
  if (v.config !== void 0) opts.config = v.config;
  if (maxWarnings !== void 0) opts.maxWarnings = maxWarnings;
  if (v["print-config"] !== void 0) opts.printConfig = v["print-config"];
  if (v["output-file"] !== void 0) opts.outputFile = v["output-file"];
  if (v.color) opts.color = true;
  if (v["no-color"]) opts.color = false;
  return opts;
}
var HELP = `Usage: iotedge-gpu-lint [options] [paths or globs...]   (default: .)
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

// src/cli/main.ts
function enableCompileCache2() {
  const enable = nodeModule.enableCompileCache;
  if (typeof enable !== "function") return;
  try {
    enable();
  } catch {
  }
}
var argv = process.argv.slice(2);
var io = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  readStdin: async () => {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks);
  }
};
function quickAnswer() {
  if (argv[0] === "render") return void 0;
  try {
    const opts = parseCli(argv);
    if (opts.help) return HELP;
    if (opts.version) return `${VERSION}
`;
  } catch {
  }
  return void 0;
}
var answer = quickAnswer();
if (answer !== void 0) {
  io.stdout(answer);
} else {
  enableCompileCache2();
  import("./cli-run.js").then(({ runCli }) => runCli(argv, io)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`iotedge-gpu-lint: internal error: ${e.message}
`);
      process.exitCode = 2;
    }
  );
}
