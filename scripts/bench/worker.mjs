// One benchmark measurement in a fresh process: node scripts/bench/worker.mjs <mode> <corpusDir> [libPath]
// Prints one JSON line: { mode, files, bytes, setupMs, ms, cpuMs, maxRssKB, checksum }.
// `setupMs` is the import of what the mode needs (the library, jsonc-parser); `ms` is the loop
// over every file (read + the work), timed with performance.now(); peak RSS covers both.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [mode, corpusDir, libPath] = process.argv.slice(2);
const index = JSON.parse(readFileSync(join(corpusDir, "index.json"), "utf8"));
const paths = index.files.map((f) => join(corpusDir, "files", f.name));
const names = index.files.map((f) => f.name);

const CHUNK_KEY = /^createoptions\d*$/i;

/** line starts of a text, and a binary search: the line/column work a positioned tool must do */
function lineStarts(text) {
  const starts = [0];
  let i = text.indexOf("\n");
  while (i >= 0) {
    starts.push(i + 1);
    i = text.indexOf("\n", i + 1);
  }
  return starts;
}
function lineOf(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const t0 = performance.now();
let work;
if (mode === "read") {
  work = (text) => text.length;
} else if (mode === "parse") {
  work = (text) => {
    try {
      const v = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      return typeof v === "object" ? 1 : 0;
    } catch {
      return 0; // templates with comments: JSON.parse refuses them, as fast as it can
    }
  };
} else if (mode === "lint" || mode === "lint-text" || mode === "fix") {
  const lib = await import(pathToFileURL(libPath).href);
  if (mode === "lint" || mode === "lint-text") {
    // "lint" is what the CLI does for its default (stylish) output; "lint-text" also lays out
    // each fix as one text replacement, as the JSON and SARIF outputs and the action need
    const fixText = mode === "lint-text";
    work = (text, name) => {
      const r = lib.lintText(text, { filePath: name, fixText });
      let sum = r.messages.length;
      for (const m of r.messages) sum += m.line + m.column + (m.fix === undefined ? 0 : m.fix.start);
      return sum;
    };
  } else {
    work = (text, name) => {
      const r = lib.fixText(text, { filePath: name, fixText: false });
      return r.output.length + r.applied;
    };
  }
} else if (mode === "eslint") {
  // The peer a user might try instead: ESLint 9's Linter with @eslint/json (json/jsonc languages:
  // templates as JSONC) and one custom rule doing one of our 53 checks: every HostConfig.Binds
  // entry in createOptions, whether an object or a string (parsed with JSON.parse; findings in a
  // string point at the string, chunks are not joined). A lower bound for "the same checks".
  const { Linter } = await import("eslint");
  const json = (await import("@eslint/json")).default;
  const CHUNK = /^createoptions\d*$/i;
  const member = (node, name) => node?.type === "Object" ? node.members.findLast((m) => (m.name.value ?? m.name.name).toLowerCase() === name) : undefined;
  const getCI = (obj, name) => {
    if (typeof obj !== "object" || obj === null || Array.isArray(obj)) return undefined;
    let found;
    for (const k in obj) if (k.toLowerCase() === name) found = obj[k];
    return found;
  };
  const binds = {
    meta: { type: "problem", messages: { binds: "HostConfig.Binds is not supported on Kubernetes-based IoT Edge" } },
    create(context) {
      return {
        Member(node) {
          if (!CHUNK.test(node.name.value ?? node.name.name)) return;
          const v = node.value;
          if (v.type === "Object") {
            const list = member(member(v, "hostconfig")?.value, "binds")?.value;
            if (list?.type === "Array") for (const e of list.elements) context.report({ node: e, messageId: "binds" });
          } else if (v.type === "String") {
            let co;
            try {
              co = JSON.parse(v.value);
            } catch {
              return;
            }
            const list = getCI(getCI(co, "hostconfig"), "binds");
            if (Array.isArray(list)) for (let i = 0; i < list.length; i++) context.report({ node: v, messageId: "binds" });
          }
        },
      };
    },
  };
  const linter = new Linter({ configType: "flat" });
  const config = [
    { files: ["**/*.json"], plugins: { json, peer: { rules: { binds } } }, language: "json/json", rules: { "peer/binds": "error" } },
    { files: ["**/*template*.json"], language: "json/jsonc" },
  ];
  work = (text, name) => {
    const messages = linter.verify(text, config, { filename: name });
    let sum = messages.length;
    for (const m of messages) sum += m.line + m.column;
    return sum;
  };
} else if (mode === "jsonc") {
  // the alternative to our scanner: a full syntax tree with offsets, walked, every string
  // createOptions parsed to a tree as well, and line/column computed for every member key
  const { parseTree } = await import("jsonc-parser");
  const opts = { allowTrailingComma: true, disallowComments: false };
  work = (text) => {
    const errors = [];
    const root = parseTree(text, errors, opts);
    if (root === undefined) return 0;
    const starts = lineStarts(text);
    let sum = 0;
    const stack = [root];
    while (stack.length > 0) {
      const n = stack.pop();
      if (n.type === "property") {
        const key = n.children?.[0];
        const val = n.children?.[1];
        if (key !== undefined) {
          const line = lineOf(starts, key.offset);
          sum += line + (key.offset - starts[line]);
          if (val !== undefined && val.type === "string" && CHUNK_KEY.test(key.value) && val.value !== "") {
            const inner = parseTree(val.value, [], opts);
            if (inner !== undefined) stack.push(inner);
          }
        }
      }
      if (n.children !== undefined) for (const c of n.children) stack.push(c);
    }
    return sum;
  };
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
const setupMs = performance.now() - t0;

let checksum = 0;
let bytes = 0;
const cpu0 = process.cpuUsage();
const start = performance.now();
for (let i = 0; i < paths.length; i++) {
  const text = readFileSync(paths[i], "utf8");
  bytes += text.length;
  checksum = (checksum + work(text, names[i])) % 1_000_000_007;
}
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpu0);
// CPU time of the loop (user + system, all threads: includes GC helper threads): steadier than
// wall time on a shared machine
const cpuMs = (cpu.user + cpu.system) / 1000;
const maxRssKB = process.resourceUsage().maxRSS;
process.stdout.write(JSON.stringify({ mode, files: paths.length, bytes: index.bytes, chars: bytes, setupMs, ms, cpuMs, maxRssKB, checksum }) + "\n");
