// The `iotedge-gpu-lint` command (bundled to dist/cli.cjs, the engine to dist/cli-run.js). Keep imports light: no @actions/*.
// --help, --version and usage errors are answered from the argument parser alone; the engine
// (rules, config loader, ajv, yaml) is loaded only for a real run, so that starting is cheap.
import * as nodeModule from "node:module";
import { VERSION } from "../meta.js";
import { HELP, parseCli } from "./args.js";
import type { CliIo } from "./run.js";

/**
 * Node 22.1+ keeps the compiled code of the 2 MB engine bundle in its compile cache (in the
 * system's temporary folder, or NODE_COMPILE_CACHE): a run after the first starts ~15 ms sooner.
 * Node 20 has no such cache; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
function enableCompileCache(): void {
  const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (typeof enable !== "function") return;
  try {
    enable();
  } catch {
    // a cache that cannot be written only costs start-up time
  }
}

const argv = process.argv.slice(2);
const io: CliIo = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
};

function quickAnswer(): string | undefined {
  if (argv[0] === "render") return undefined; // a subcommand: its own options and help
  try {
    const opts = parseCli(argv);
    if (opts.help) return HELP;
    if (opts.version) return `${VERSION}\n`;
  } catch {
    // a usage error: runCli words it
  }
  return undefined;
}

const answer = quickAnswer();
if (answer !== undefined) {
  io.stdout(answer);
} else {
  enableCompileCache();
  import("./run.js")
    .then(({ runCli }) => runCli(argv, io))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        process.stderr.write(`iotedge-gpu-lint: internal error: ${(e as Error).message}\n`);
        process.exitCode = 2;
      },
    );
}
