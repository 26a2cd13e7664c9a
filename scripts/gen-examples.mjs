// Regenerates examples/gpu/* and examples/vm/* from examples/fpga/*: each GPU manifest is what
// `fixText` with all built-in rules makes of the FPGA manifest of the same name (target kubernetes),
// each VM manifest what it makes of it for the site settings in examples/vm/.iotedge-gpu-lint.yml
// (`target: vm`, `vm: { shareRoot }`).
//
// It bundles the library from src/ with esbuild into a temporary file (under node_modules/) (so it always reflects the
// current rules, never a stale dist/), then writes the outputs:
//
//   node scripts/gen-examples.mjs          rewrite examples/gpu/ and examples/vm/
//   node scripts/gen-examples.mjs --check  exit 1 when a committed GPU or VM file differs
//
// __tests__/examples.test.ts does the same in memory and fails on drift;
// `UPDATE_EXAMPLES=1 npx vitest run __tests__/examples.test.ts` rewrites the files from there too.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse as parseYaml } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const FPGA_DIR = join(root, "examples", "fpga");
export const GPU_DIR = join(root, "examples", "gpu");
export const VM_DIR = join(root, "examples", "vm");
export const VM_CONFIG = join(VM_DIR, ".iotedge-gpu-lint.yml");

/** `{target, vm}` from examples/vm/.iotedge-gpu-lint.yml: the options the VM examples are fixed with. */
export function vmSettings() {
  const config = parseYaml(readFileSync(VM_CONFIG, "utf8"));
  return { target: config.target, vm: config.vm };
}

/** The example file names, and the GPU text `fixText` makes of each. */
export function generate(fixText, settings = {}) {
  return readdirSync(FPGA_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((name) => {
      const input = readFileSync(join(FPGA_DIR, name), "utf8");
      const out = fixText(input, { filePath: name, ...settings });
      return { name, input, output: out.output, outcome: out };
    });
}

/** The example file names, and the VM text `fixText` makes of each with the VM example's settings. */
export function generateVm(fixText) {
  return generate(fixText, vmSettings());
}

async function main() {
  const { build } = await import("esbuild");
  // inside node_modules, so that the bundle resolves the packages it leaves external
  const dir = mkdtempSync(join(root, "node_modules", ".gen-examples-"));
  try {
    const outfile = join(dir, "lib.mjs");
    await build({ entryPoints: [join(root, "src", "index.ts")], bundle: true, platform: "node", format: "esm", outfile, logLevel: "error", packages: "external" });
    const lib = await import(pathToFileURL(outfile).href);
    const check = process.argv.includes("--check");
    let drift = 0;
    const outputs = [
      ...generate(lib.fixText).map((e) => ({ ...e, dir: GPU_DIR, label: "gpu" })),
      ...generateVm(lib.fixText).map((e) => ({ ...e, dir: VM_DIR, label: "vm" })),
    ];
    for (const { name, output, dir, label } of outputs) {
      const target = join(dir, name);
      let before;
      try {
        before = readFileSync(target, "utf8");
      } catch {
        before = undefined;
      }
      if (before === output) continue;
      drift++;
      if (check) console.error(`examples/${label}/${name} is out of date`);
      else {
        writeFileSync(target, output);
        console.log(`wrote examples/${label}/${name}`);
      }
    }
    if (check && drift > 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
