// npm run new-rule <id> [-- --target vm]: writes rules/<id>.ts, its docs page rules/<id>.md and its
// table test __tests__/rules/<id>.test.ts from templates, then regenerates rules/index.ts.
// Never overwrites: an id that exists is refused.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const id = args.find((a) => !a.startsWith("-"));
const ti = args.indexOf("--target");
const targets = ti >= 0 ? args[ti + 1].split(",") : ["kubernetes"];
if (!id || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) {
  console.error("usage: npm run new-rule <kebab-case-id> [-- --target kubernetes|vm|kubernetes,vm]");
  process.exit(2);
}
if (targets.some((t) => t !== "kubernetes" && t !== "vm")) {
  console.error(`--target: kubernetes, vm or kubernetes,vm (got ${targets.join(",")})`);
  process.exit(2);
}
const files = {
  [join(root, "rules", `${id}.ts`)]: `import type { Rule } from "../src/rule-api.js";

/** TODO: the fact this rule enforces, cited by its rule page. */
const rule: Rule = {
  meta: {
    id: "${id}",
    severity: "warning",
    facts: [],
    description: "TODO: one line, what it reports.",
    repair: "none",
    targets: ${JSON.stringify(targets).replace(/,/g, ", ")},
    messages: {
      // TODO: the message, with {{holes}} filled from a report's data; the engine adds "module '<name>': "
      example: "TODO: what is wrong and what to write instead",
    },
  },
  // called once per file; the engine walks the file once and calls these handlers
  create: ({ report }) => ({
    module(mod, facts) {
      // read the module through its facts (HostConfig, env, Binds, Mounts, ports, resources):
      // plain values first, nodes only for what is reported
      if (facts.hostConfigValue === undefined) return;
      void report;
      void mod;
    },
  }),
};

export default rule;
`,
  [join(root, "rules", `${id}.md`)]: `# ${id}

**Severity:** warning · **Fix:** none · **Sources:** TODO · **Targets:** ${targets.join(", ")}

TODO: what it reports.

## Why

TODO: the facts it relies on, in plain words (users do not have the project's fact documents).

## FPGA (Docker)

\`\`\`json
"createOptions": { "HostConfig": {} }
\`\`\`

## ${targets[0] === "vm" ? "VM (Docker, IoT Edge 1.6)" : "GPU (Kubernetes)"}

\`\`\`json
"createOptions": { "HostConfig": {} }
\`\`\`

## Fix

None.

## Turn it off

In \`.iotedge-gpu-lint.yml\`:

\`\`\`yaml
rules:
  ${id}: off
\`\`\`
`,
  [join(root, "__tests__", "rules", `${id}.test.ts`)]: `import rule from "../../rules/${id}.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [{ name: "TODO: a module that is fine", spec: { modules: { camera: { createOptions: { HostConfig: {} } } } } }],
  invalid: [
    // TODO: { name, spec, errors: [{ at: '"Key"', message: "…" }], output: … }
  ],
});
`,
};
for (const path of Object.keys(files)) {
  if (existsSync(path)) {
    console.error(`${path} exists: pick another id`);
    process.exit(2);
  }
}
for (const [path, text] of Object.entries(files)) writeFileSync(path, text);
execFileSync(process.execPath, [join(root, "scripts", "gen-rules-index.mjs")], { stdio: "inherit" });
console.log(`wrote rules/${id}.ts, rules/${id}.md, __tests__/rules/${id}.test.ts; add a row to README's rules table`);
