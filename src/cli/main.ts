// The `iotedge-gpu-lint` command (bundled to dist/cli.cjs, the engine to dist/cli-run.js). Keep imports light: no @actions/*.
// --help, --version and usage errors are answered from the argument parser alone; the engine
// (rules, config loader, ajv, yaml) is loaded only for a real run, so that starting is cheap.
import { VERSION } from "../meta.js";
import { HELP, parseCli } from "./args.js";
import type { CliIo } from "./run.js";

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
