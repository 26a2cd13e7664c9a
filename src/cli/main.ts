// The `iotedge-gpu-lint` command (bundled to dist/cli.js). Keep imports light: no @actions/*.
import { runCli } from "./run.js";

runCli(process.argv.slice(2), {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`iotedge-gpu-lint: internal error: ${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
