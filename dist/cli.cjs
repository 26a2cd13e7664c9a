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

// src/meta.ts
var REPOSITORY_URL = "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint";
var DOCS_BASE = `${REPOSITORY_URL}/blob/main/rules/`;
var VERSION = "0.1.0";

// src/cli/args.ts
var import_node_util = require("node:util");

// src/formatters/names.ts
var FORMAT_NAMES = ["stylish", "json", "sarif", "github"];

// src/cli/args.ts
var UsageError = class extends Error {
  name = "UsageError";
};
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
  const opts = {
    patterns: parsed.positionals,
    format,
    fix: v.fix === true,
    fixDryRun: v["fix-dry-run"] === true,
    rules,
    listRules: v["list-rules"] === true,
    quiet: v.quiet === true,
    version: v.version === true,
    help: v.help === true
  };
  if (v["gpu-out"] !== void 0) opts.gpuOut = v["gpu-out"];
  if (v.config !== void 0) opts.config = v.config;
  if (maxWarnings !== void 0) opts.maxWarnings = maxWarnings;
  if (v["print-config"] !== void 0) opts.printConfig = v["print-config"];
  if (v["output-file"] !== void 0) opts.outputFile = v["output-file"];
  if (v.color) opts.color = true;
  if (v["no-color"]) opts.color = false;
  return opts;
}
var HELP = `Usage: iotedge-gpu-lint [options] [paths or globs...]   (default: .)

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

// src/cli/main.ts
var argv = process.argv.slice(2);
var io = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true
};
function quickAnswer() {
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
