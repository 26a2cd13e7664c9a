// npm run bench: the linter against the floor (read + JSON.parse) on seeded corpora of
// realistic manifests, every measurement in a fresh child process, medians of N runs.
//
//   node scripts/bench.mjs [--quick] [--runs N] [--runs-1k N] [--runs-10k N] [--sizes 1k,10k]
//                          [--seed S] [--lib path/to/index.js] [--build] [--cold-runs N]
//                          [--no-cold] [--json out.json] [--strict] [--eslint-10k]
//                          [--big-mb 1,5,10,20] [--no-big]
//
// --quick     smoke run: a 200-file corpus, one run per row, a few cold starts (targets are
//             printed but mean little)
// --build     bundle the current src/ into .bench/dist first and measure that instead of dist/
//             (dist/ is the lead's to rebuild; this measures a working tree without touching it)
// --strict    exit 1 when a target is missed (default: exit 0 either way)
// --big-mb    sizes (MB) of the single large manifests (25 modules per MB, one createOptions with
//             150 Binds per MB: 500 modules and 3,000 Binds at 20 MB, the same work per MB at every
//             size) whose rows show that lint, fix text and fix stay linear in time and memory
//
// Corpora are written once per seed and size under .bench/ (gitignored) and reused.
// Numbers: MB = 10^6 bytes; "peak RSS" is process.resourceUsage().maxRSS of the child.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCorpus } from "./bench/generate.mjs";
import { bigManifest } from "./bench/big-manifest.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = join(root, ".bench");
const worker = join(root, "scripts", "bench", "worker.mjs");

// ---- arguments ------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : dflt;
};
const quick = flag("--quick");
const strict = flag("--strict");
const seed = Number(opt("--seed", "42"));
const runsAll = opt("--runs", undefined);
const runs1k = Number(opt("--runs-1k", runsAll ?? (quick ? "1" : "5")));
const runs10k = Number(opt("--runs-10k", runsAll ?? (quick ? "1" : "3")));
const coldRuns = Number(opt("--cold-runs", quick ? "3" : "15"));
const sizes = (opt("--sizes", quick ? "200" : "1k,10k") || "").split(",").filter(Boolean).map((s) => Number(s.replace(/k$/i, "000")));
const jsonOut = opt("--json", undefined);

mkdirSync(benchDir, { recursive: true });

// ---- the library under test ------------------------------------------------------------------
let libPath = opt("--lib", undefined);
let cliPath = join(root, "dist", "cli.cjs");
if (flag("--build")) {
  const out = join(".bench", "dist");
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs"), out], { cwd: root, stdio: "inherit" });
  libPath = join(root, out, "lib", "index.js");
  cliPath = join(root, out, "cli.cjs");
} else if (libPath === undefined) {
  libPath = join(root, "dist", "lib", "index.js");
  if (!existsSync(libPath) || !existsSync(cliPath)) {
    console.log("dist/ is missing: running node scripts/build.mjs");
    execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" });
  }
}

// ---- helpers ----------------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, d = 0) => x.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
const pad = (s, n, left = false) => (left ? String(s).padEnd(n) : String(s).padStart(n));

function measure(mode, dir) {
  const r = spawnSync(process.execPath, [worker, mode, dir, libPath], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`worker ${mode} failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

const MODES = [
  { mode: "read", label: "read only" },
  { mode: "parse", label: "read + JSON.parse (the floor)" },
  { mode: "lint", label: "lint: all rules, positions" },
  { mode: "lint-text", label: "lint + fix text (json/sarif)" },
  { mode: "fix", label: "lint + fix (fixText)" },
  { mode: "jsonc", label: "jsonc-parser parseTree+walk+line/col" },
];
// the peer a user might try instead (a devDependency; never part of npm test); on the 10,000-file
// corpus only with --eslint-10k (it takes minutes per run)
const hasEslintJson = existsSync(join(root, "node_modules", "@eslint", "json"));
const ESLINT_MODE = { mode: "eslint", label: "ESLint + @eslint/json, 1 rule (peer)" };

// ---- corpora ---------------------------------------------------------------------------------
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? "?"}), Node ${process.version}, ${process.platform}`;
console.log(`iotedge-gpu-lint benchmark — ${machine}`);
console.log(`library: ${libPath.replace(root + "/", "")}; seed ${seed}; runs: 1k=${runs1k}, 10k=${runs10k}${quick ? " (quick smoke run)" : ""}\n`);

const results = { machine, seed, lib: libPath.replace(root + "/", ""), date: new Date().toISOString(), corpora: [], big: [], cold: [], targets: [] };

for (const count of sizes) {
  const t = performance.now();
  const corpus = ensureCorpus({ seed, count, root: benchDir });
  const runs = count >= 10_000 ? runs10k : runs1k;
  console.log(
    `corpus: ${fmt(count)} files, ${fmt(corpus.bytes / 1e6, 1)} MB (${fmt(corpus.smallest / 1e3, 1)} KB to ${fmt(corpus.largest / 1e6, 1)} MB; ` +
      `${corpus.stats.string} string, ${corpus.stats.chunked} chunked, ${corpus.stats.template} templates; ${corpus.stats.crlf} CRLF, ${corpus.stats.tabs} tabs, ` +
      `${corpus.stats.layered} layered, ${corpus.stats.huge} of several MB) ${corpus.reused ? "reused" : `generated in ${fmt((performance.now() - t) / 1000, 1)} s`}`,
  );
  measure("read", corpus.dir); // page cache warm-up, not counted
  const modes = hasEslintJson && (count < 10_000 || flag("--eslint-10k")) ? [...MODES, ESLINT_MODE] : MODES;
  const samples = Object.fromEntries(modes.map((m) => [m.mode, []]));
  for (let i = 0; i < runs; i++) for (const m of modes) samples[m.mode].push(measure(m.mode, corpus.dir));
  const rows = {};
  for (const m of modes) {
    const s = samples[m.mode];
    rows[m.mode] = {
      label: m.label,
      ms: median(s.map((x) => x.ms)),
      setupMs: median(s.map((x) => x.setupMs)),
      rssMB: median(s.map((x) => (x.maxRssKB * 1024) / 1e6)),
      all: s.map((x) => Math.round(x.ms)),
    };
  }
  const floor = rows.parse;
  console.log(
    `${pad("", 40, true)}${pad("median ms", 11)}${pad("files/s", 10)}${pad("MB/s", 8)}${pad("× floor", 9)}${pad("peak RSS", 10)}${pad("Δ RSS", 8)}${pad("setup ms", 10)}  runs (ms)`,
  );
  for (const m of modes) {
    const r = rows[m.mode];
    r.filesPerSec = count / (r.ms / 1000);
    r.mbPerSec = corpus.bytes / 1e6 / (r.ms / 1000);
    r.ratio = r.ms / floor.ms;
    r.rssDelta = r.rssMB - floor.rssMB;
    console.log(
      `${pad(r.label, 40, true)}${pad(fmt(r.ms), 11)}${pad(fmt(r.filesPerSec), 10)}${pad(fmt(r.mbPerSec, 1), 8)}${pad(fmt(r.ratio, 2) + "×", 9)}` +
        `${pad(fmt(r.rssMB) + " MB", 10)}${pad((r.rssDelta >= 0 ? "+" : "") + fmt(r.rssDelta), 8)}${pad(fmt(r.setupMs), 10)}  ${r.all.join(" ")}`,
    );
  }
  console.log("");
  results.corpora.push({ count, bytes: corpus.bytes, stats: corpus.stats, runs, rows });
}

// ---- one large manifest: time and memory linear in its size ----------------------------------
const bigSizes = flag("--no-big") ? [] : (opt("--big-mb", quick ? "1,5" : "1,5,10,20") || "").split(",").filter(Boolean).map(Number);
const BIG_MODES = [
  { mode: "parse", label: "read + JSON.parse (the floor)" },
  { mode: "lint", label: "lint" },
  { mode: "lint-text", label: "lint + fix text (json/sarif)" },
  { mode: "fix", label: "lint + fix (fixText)" },
];
if (bigSizes.length > 0) {
  console.log(`one large manifest (25 modules per MB, one createOptions with 150 Binds per MB; median of ${runs1k}):`);
  console.log(`${pad("", 40, true)}${pad("MB", 6)}${pad("median ms", 11)}${pad("ms/MB", 8)}${pad("peak RSS", 10)}${pad("RSS/size", 10)}`);
}
for (const mb of bigSizes) {
  const dir = join(benchDir, `big-v2-${mb}mb`);
  const name = "deployment.json";
  if (!existsSync(join(dir, "index.json"))) {
    mkdirSync(join(dir, "files"), { recursive: true });
    writeFileSync(join(dir, "files", name), bigManifest(mb * 1e6, { modules: Math.round(25 * mb), binds: Math.round(150 * mb) }));
    writeFileSync(join(dir, "index.json"), JSON.stringify({ files: [{ name }] }));
  }
  const bytes = statSync(join(dir, "files", name)).size;
  const rows = {};
  for (const m of BIG_MODES) {
    const s = [];
    for (let i = 0; i < runs1k; i++) s.push(measure(m.mode, dir));
    const ms = median(s.map((x) => x.ms));
    const rssMB = median(s.map((x) => (x.maxRssKB * 1024) / 1e6));
    rows[m.mode] = { label: m.label, ms, msPerMB: ms / (bytes / 1e6), rssMB, rssPerSize: rssMB / (bytes / 1e6) };
    const r = rows[m.mode];
    console.log(`${pad(r.label, 40, true)}${pad(fmt(bytes / 1e6, 1), 6)}${pad(fmt(r.ms), 11)}${pad(fmt(r.msPerMB), 8)}${pad(fmt(r.rssMB) + " MB", 10)}${pad(fmt(r.rssPerSize, 1) + "×", 10)}`);
  }
  results.big.push({ mb, bytes, rows });
}
if (bigSizes.length > 0) console.log("");

// ---- CLI cold start ---------------------------------------------------------------------------
function coldStart(env) {
  const time = (args) => {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env, encoding: "utf8", cwd: root });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    // exit code 1: the example has findings, as it should
    if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(" ")} failed:\n${r.stderr}`);
    return ms;
  };
  // besides --version (start-up), the time to a first report: one example manifest, all rules
  const example = join("examples", "fpga", "deployment.template.json");
  // and a small repository: five manifests (the four FPGA examples and a GPU template)
  const repo = [join("examples", "fpga"), join("examples", "gpu", "deployment.template.json")];
  time(["-e", "0"]);
  time([cliPath, "--version"]);
  const empty = [];
  const cli = [];
  const one = [];
  const five = [];
  for (let i = 0; i < coldRuns; i++) {
    empty.push(time(["-e", "0"]));
    cli.push(time([cliPath, "--version"]));
    one.push(time([cliPath, example]));
    five.push(time([cliPath, ...repo]));
  }
  return { emptyMs: median(empty), cliMs: median(cli), deltaMs: median(cli) - median(empty), oneFileMs: median(one), repoMs: median(five) };
}
if (!flag("--no-cold")) {
  const unset = { ...process.env };
  delete unset.NODE_EXTRA_CA_CERTS;
  const caFile = process.env.NODE_EXTRA_CA_CERTS || (existsSync("/etc/ssl/certs/ca-certificates.crt") ? "/etc/ssl/certs/ca-certificates.crt" : undefined);
  const variants = [{ name: "NODE_EXTRA_CA_CERTS unset", env: unset }];
  if (caFile !== undefined) variants.push({ name: `NODE_EXTRA_CA_CERTS=${caFile}`, env: { ...unset, NODE_EXTRA_CA_CERTS: caFile } });
  console.log(`CLI cold start (median of ${coldRuns}, wall time of the child process):`);
  for (const v of variants) {
    const c = coldStart(v.env);
    results.cold.push({ variant: v.name, ...c });
    console.log(
      `  ${pad(v.name, 58, true)} node -e 0: ${pad(fmt(c.emptyMs, 1), 6)} ms   --version: ${pad(fmt(c.cliMs, 1), 6)} ms (${c.deltaMs >= 0 ? "+" : ""}${fmt(c.deltaMs, 1)} ms)   one example linted: ${pad(fmt(c.oneFileMs, 1), 6)} ms   5 manifests: ${pad(fmt(c.repoMs, 1), 6)} ms`,
    );
  }
  console.log("");
}

// ---- targets (docs/performance.md) ------------------------------------------------------------
const target = (name, ok, detail) => {
  results.targets.push({ name, pass: ok, detail });
  console.log(`  ${ok ? "PASS" : "MISS"}  ${pad(name, 44, true)} ${detail}`);
};
console.log("Targets (the rule-API/speed issue):");
for (const c of results.corpora) {
  const { lint, fix, parse } = c.rows;
  const text = c.rows["lint-text"];
  const thousand = c.count < 10_000;
  const limit = thousand ? 6 : 4;
  target(`lint (stylish) ≤ ${limit}× floor on ${fmt(c.count)} files`, lint.ratio <= limit, `${fmt(lint.ratio, 2)}× (${fmt(lint.ms)} ms vs ${fmt(parse.ms)} ms)`);
  if (thousand && text !== undefined) target(`lint + fix text (json) ≤ 8× floor on ${fmt(c.count)}`, text.ratio <= 8, `${fmt(text.ratio, 2)}× (${fmt(text.ms)} ms)`);
  if (thousand) target(`lint peak RSS ≤ floor + 60 MB (${fmt(c.count)})`, lint.rssDelta <= 60, `${fmt(lint.rssMB)} MB vs ${fmt(parse.rssMB)} MB (${lint.rssDelta >= 0 ? "+" : ""}${fmt(lint.rssDelta)} MB)`);
  if (thousand) target(`fix ≤ 2× lint on ${fmt(c.count)} files`, fix.ms <= 2 * lint.ms, `${fmt(fix.ms / lint.ms, 2)}× (${fmt(fix.ms)} ms vs ${fmt(lint.ms)} ms)`);
  const peer = c.rows.eslint;
  if (peer !== undefined) target(`ESLint peer ≥ 5× slower than us (${fmt(c.count)})`, peer.ms >= 5 * lint.ms, `${fmt(peer.ms / lint.ms, 1)}× (${fmt(peer.ms)} ms vs ${fmt(lint.ms)} ms; the peer runs 1 rule, we run every built-in rule)`);
}
if (results.big.length >= 2) {
  const small = results.big[0];
  const large = results.big[results.big.length - 1];
  for (const mode of ["lint-text", "fix"]) {
    const a = small.rows[mode];
    const b = large.rows[mode];
    // linear: the time per MB of the largest file within 2.5× that of the smallest
    target(`${mode} time linear in size (${small.mb} → ${large.mb} MB)`, b.msPerMB <= 2.5 * a.msPerMB, `${fmt(a.msPerMB)} → ${fmt(b.msPerMB)} ms/MB`);
  }
  const fixRss = large.rows.fix;
  const floorRss = large.rows.parse;
  // memory: within a few times the floor (the parsed file and its parsed createOptions)
  target(`fix peak RSS ≤ 5× floor at ${large.mb} MB`, fixRss.rssMB <= 5 * floorRss.rssMB, `${fmt(fixRss.rssMB)} MB vs ${fmt(floorRss.rssMB)} MB (${fmt(fixRss.rssPerSize, 1)}× the file size)`);
}
const cold = results.cold.find((c) => c.variant.endsWith("unset"));
if (cold !== undefined) {
  target("CLI --version ≤ empty node + 15 ms", cold.deltaMs <= 15, `+${fmt(cold.deltaMs, 1)} ms (${fmt(cold.cliMs, 1)} vs ${fmt(cold.emptyMs, 1)} ms, NODE_EXTRA_CA_CERTS unset)`);
  const first = cold.repoMs - cold.emptyMs;
  target("first report ≤ empty node + 40 ms", first <= 40, `+${fmt(first, 1)} ms (${fmt(cold.repoMs, 1)} vs ${fmt(cold.emptyMs, 1)} ms, 5 manifests, all rules)`);
}
if (!hasEslintJson) console.log("  (ESLint + @eslint/json peer row: skipped, @eslint/json is not installed)");

const out = jsonOut ?? join(benchDir, `results-${results.date.replace(/[:.]/g, "-")}.json`);
writeFileSync(out, JSON.stringify(results, null, 2));
console.log(`\nresults: ${out.replace(root + "/", "")}`);
if (strict && results.targets.some((t) => !t.pass)) process.exit(1);
