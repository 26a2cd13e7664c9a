/**
 * `iotedge-gpu-lint render <manifest> [--module <name>] [--namespace <ns>] [--service-type <type>]
 * [--storage-class <name>] [-o <dir>]`: print (or write one file per module) the Kubernetes objects
 * the IoT Edge agent would create. Loaded only for this subcommand.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { CliIo } from "../cli/run.js";
import { DEFAULT_NAMESPACE, RenderError, SERVICE_TYPES, renderKubernetes, type RenderOptions, type ServiceType } from "./index.js";
import { moduleYaml, renderYaml } from "./yaml.js";

const NAME = "iotedge-gpu-lint";

export const RENDER_HELP = `Usage: ${NAME} render <manifest> [options]

Print the Kubernetes objects the IoT Edge Kubernetes agent (Azure Stack Edge Pro GPU) would create
for each module, as multi-document YAML: ServiceAccount, Service (when the module has ports),
Deployment, and PersistentVolumeClaims (with --storage-class). Comments name the manifest path
each object and field group comes from; what the translation drops or changes is listed after
each module, with the rule that reports it. Templates keep their placeholders.

Options:
      --module <name>          render this module only (manifest name or Kubernetes name)
      --namespace <ns>         the device namespace (default: ${DEFAULT_NAMESPACE})
      --service-type <type>    the agent's default Service type: ${SERVICE_TYPES.join(", ")}
                               (default: LoadBalancer, as on Azure Stack Edge)
      --storage-class <name>   the agent's StorageClassName: make a PVC for each volume mount
      --pvc-size-mb <n>        the agent's PersistentVolumeClaimDefaultSizeInMb (default: 0, unset)
  -o, --output-dir <dir>       write <dir>/<kubernetes-name>.yaml per module instead of printing
  -h, --help                   print this help

Exit codes: 0 rendered; 2 usage error, unreadable file, not a manifest, or unknown module.
See docs/render.md.
`;

class Usage extends Error {}

function parse(argv: string[]): { file: string; options: RenderOptions; outDir?: string; help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        module: { type: "string" },
        namespace: { type: "string" },
        "service-type": { type: "string" },
        "storage-class": { type: "string" },
        "pvc-size-mb": { type: "string" },
        "output-dir": { type: "string", short: "o" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new Usage((e as Error).message.split("\n")[0]!.replace(/\. To specify a positional argument.*$/, ""));
  }
  const v = parsed.values;
  if (v.help) return { file: "", options: {}, help: true };
  if (parsed.positionals.length !== 1) throw new Usage(parsed.positionals.length === 0 ? "render: give one manifest file" : `render: give one manifest file, not ${parsed.positionals.length}`);
  const options: RenderOptions = {};
  if (v.module !== undefined) options.module = v.module;
  if (v.namespace !== undefined) {
    if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(v.namespace)) throw new Usage(`--namespace: '${v.namespace}' is not a Kubernetes namespace name (a DNS-1123 label)`);
    options.namespace = v.namespace;
  }
  if (v["service-type"] !== undefined) {
    const t = SERVICE_TYPES.find((s) => s.toLowerCase() === v["service-type"]!.toLowerCase());
    if (t === undefined) throw new Usage(`--service-type: unknown type '${v["service-type"]}'; use ${SERVICE_TYPES.join(", ")}`);
    options.serviceType = t as ServiceType;
  }
  if (v["storage-class"] !== undefined) {
    if (v["storage-class"].trim() === "") throw new Usage("--storage-class: give a storage class name");
    options.storageClass = v["storage-class"];
  }
  if (v["pvc-size-mb"] !== undefined) {
    if (!/^\d{1,9}$/.test(v["pvc-size-mb"])) throw new Usage(`--pvc-size-mb: expected a whole number of megabytes, got '${v["pvc-size-mb"]}'`);
    options.pvcSizeMb = Number(v["pvc-size-mb"]);
  }
  const out: ReturnType<typeof parse> = { file: parsed.positionals[0]!, options, help: false };
  if (v["output-dir"] !== undefined) out.outDir = v["output-dir"];
  return out;
}

/** Runs `render`; returns the exit code. Never throws. */
export function runRender(argv: string[], io: CliIo): number {
  const fail = (message: string): number => {
    io.stderr(`${NAME}: ${message.replace(/\s*\n\s*/g, " ")}\n`);
    return 2;
  };
  let args;
  try {
    args = parse(argv);
  } catch (e) {
    if (e instanceof Usage) return fail(`${e.message} (see render --help)`);
    throw e;
  }
  if (args.help) {
    io.stdout(RENDER_HELP);
    return 0;
  }
  const path = resolve(io.cwd, args.file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    return fail(`cannot read ${args.file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let result;
  try {
    result = renderKubernetes(text, { ...args.options, filePath: args.file });
  } catch (e) {
    if (e instanceof RenderError) return fail(e.message);
    return fail(`internal error: ${(e as Error).message}; please report it`);
  }
  if (args.outDir === undefined) {
    io.stdout(renderYaml(result));
    return 0;
  }
  const dir = resolve(io.cwd, args.outDir);
  const used = new Set<string>();
  try {
    mkdirSync(dir, { recursive: true });
    for (const m of result.modules) {
      // names the agent would reject (empty, colliding) still get a file of their own
      const base = m.name.replace(/[^a-z0-9.-]/g, "") || "module";
      let fileName = `${base}.yaml`;
      for (let n = 2; used.has(fileName); n++) fileName = `${base}-${n}.yaml`;
      used.add(fileName);
      writeFileSync(join(dir, fileName), moduleYaml(result, m, true));
      io.stdout(`${join(args.outDir, fileName)}\n`);
    }
  } catch (e) {
    return fail(`-o: cannot write to ${args.outDir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return 0;
}
