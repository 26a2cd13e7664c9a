// Bundles the CLI, the library and the action into dist/ (committed; `npm test` checks it is in sync).
// Usage: node scripts/build.mjs [outDir]   (default dist)
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = process.argv[2] ? resolve(process.argv[2]) : join(root, "dist");
execFileSync(process.execPath, [join(root, "scripts", "gen-rules-index.mjs")], { stdio: "inherit" });
execFileSync(process.execPath, [join(root, "scripts", "gen-validators.mjs")], { stdio: "inherit" });
if (existsSync(out)) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  mainFields: ["module", "main"],
  legalComments: "none",
  logLevel: "warning",
  absWorkingDir: root,
};
const requireBanner = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

// The CLI starts from a small CommonJS entry (CommonJS loads faster than an ES module): it parses
// the arguments and answers --help and --version itself, and imports the engine (cli-run.js, an
// ES module bundle) only for a real run.
const engineAsExternal = {
  name: "cli-engine-external",
  setup(b) {
    b.onResolve({ filter: /^\.\/run\.js$/ }, () => ({ path: "./cli-run.js", external: true }));
  },
};
await build({
  ...common,
  format: "cjs",
  entryPoints: ["src/cli/main.ts"],
  outfile: join(out, "cli.cjs"),
  banner: { js: "#!/usr/bin/env node" },
  supported: { "dynamic-import": true },
  plugins: [engineAsExternal],
});
// the package's bin: executable, so that `npx iotedge-gpu-lint` works in a clone right after a build
chmodSync(join(out, "cli.cjs"), 0o755);
// Packages that only some runs need (yaml: a YAML configuration; ajv and re2js: custom rules) are
// not in the bundles: each is its own file in lib/vendor/, required on first use (src/vendor/yaml.ts,
// rules/_json-schema.ts, src/policy/custom-rules.ts). Node compiles a bundle whole when it starts;
// these ~850 KB are compiled only by the runs that load them.
const VENDORED = ["yaml", "ajv", "re2js"];
const vendorAt = (prefix) => ({
  name: "vendor-external",
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${VENDORED.join("|")})$`) }, (a) => ({ path: `${prefix}${a.path}.cjs`, external: true }));
  },
});
for (const name of VENDORED) {
  await build({
    ...common,
    format: "cjs",
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root, loader: "js" },
    outfile: join(out, "lib", "vendor", `${name}.cjs`),
  });
}
await build({ ...common, entryPoints: ["src/cli/run.ts"], outfile: join(out, "cli-run.js"), banner: { js: requireBanner }, plugins: [vendorAt("./lib/vendor/")] });
await build({ ...common, entryPoints: ["src/index.ts"], outfile: join(out, "lib", "index.js"), banner: { js: requireBanner }, plugins: [vendorAt("./vendor/")] });
if (existsSync(join(root, "src", "action", "main.ts"))) {
  await build({ ...common, entryPoints: ["src/action/main.ts"], outfile: join(out, "index.js"), banner: { js: requireBanner }, plugins: [vendorAt("./lib/vendor/")] });
}
// type declarations for the library API
execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.types.json"), "--outDir", join(out, "types")], { stdio: "inherit" });
