import type { SeveritySetting, Target } from "../engine/types.js";
import { type FormatName } from "../formatters/names.js";
/** A bad command line: exit code 2, one line on stderr. */
export declare class UsageError extends Error {
    name: string;
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
    suppressExpires: {
        date: string;
    } | {
        days: number;
    };
    /** remove the configured suppressions that match no finding */
    pruneSuppressions: boolean;
}
export declare function parseCli(argv: string[]): CliOptions;
export declare const HELP = "Usage: iotedge-gpu-lint [options] [paths or globs...]   (default: .)\n       iotedge-gpu-lint render <manifest> [options]   (the Kubernetes objects; see render --help)\n\nLint Azure IoT Edge deployment manifests for the move from Docker-based IoT Edge\n(Azure Stack Edge Pro FPGA) to Azure Stack Edge Pro GPU: its Kubernetes-based IoT Edge\n(target kubernetes, the default) or IoT Edge 1.6 LTS in a Linux VM (target vm).\nDirectories are searched for *.json (skipping node_modules, .git and dist); JSON files that\nare not deployment manifests are ignored.\n\nOptions:\n      --target <targets>     kubernetes (default), vm, or kubernetes,vm to check for both\n                             (overrides the configuration's target)\n  -f, --format <name>        stylish (default), json, sarif or github\n      --fix                  apply the safe fixes and write the files\n      --fix-dry-run          print the fixes as a unified diff; write nothing\n      --gpu-out <pattern>    write fixed copies to <pattern>, never touching the originals;\n                             {dir}, {name}, {ext} and {base} stand for the input's parts,\n                             e.g. '{dir}/{name}.gpu{ext}' (the kubernetes target's copy)\n      --vm-out <pattern>     the same for the vm target, e.g. '{dir}/{name}.vm{ext}'; with\n                             --target kubernetes,vm give both to write both copies in one run\n                             (--fix in place takes one target only)\n      --allow-outside-cwd    also read and fix files outside the working directory (by default\n                             they are reported as read-error and never read or written)\n  -c, --config <file>        use this configuration file for every file (default: the nearest\n                             .iotedge-gpu-lint.yml/.yaml/.json above each file)\n      --rule <id:severity>   set a rule's severity (error, warning, info, off); repeatable\n      --max-warnings <n>     exit 1 when there are more than n warnings\n      --list-rules           list the rules: id, severity, repair, description (with --target,\n                             the rules that run for it)\n      --print-config <file>  print the configuration that applies to <file> as JSON\n      --stdin                lint standard input; with --fix, print the fixed text to standard\n                             output (the report goes to standard error) and write nothing\n      --stdin-filename <name>\n                             the file name standard input stands for (default deployment.json):\n                             *.template.json is read as a template; the configuration is looked\n                             up from it\n      --suppress-all         write a suppression (reason \"TODO: ...\", an expires date) for every\n                             current finding into the nearest configuration file, creating\n                             .iotedge-gpu-lint.yml when there is none; then report as usual\n      --suppress-rule <id>   the same for this rule's findings only; repeatable\n      --suppress-expires <date|days>\n                             expires date of the written suppressions (default: 90 days)\n      --prune-suppressions   remove the configured suppressions that match no finding\n  -q, --quiet                report errors only\n  -o, --output-file <path>   write the report to a file instead of stdout\n      --color, --no-color    force colours on or off (default: on for a terminal, unless NO_COLOR)\n  -v, --version              print the version\n  -h, --help                 print this help\n\nExit codes: 0 no errors (and warnings within --max-warnings); 1 lint errors or too many\nwarnings; 2 usage, configuration or file-access failure.\n";
