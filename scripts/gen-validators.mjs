// Writes src/generated/*.js and their .d.ts: the built-in JSON Schemas compiled ahead of time with
// ajv's standalone code generation, so that none is compiled at run time (compiling the manifest
// schema alone took ~150-250 ms on first use). Each file is compiled with the ajv options its user
// compiled with before, so validation and the error objects (verbose: schema, parentSchema, data)
// are the same. Only the schemas of custom rules (user data) are still compiled at run time.
// Usage: node scripts/gen-validators.mjs [--check]   (--check: fail when a file was out of date)
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { transform } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "src", "generated");
const require = createRequire(import.meta.url);
const ajvVersion = require("ajv/package.json").version;
/** ajv runtime helpers whose code uses nothing but its arguments and globals (fast-deep-equal for equal). */
const SELF_CONTAINED_HELPERS = new Set(["ucs2length", "equal"]);

const json = (path) => JSON.parse(readFileSync(join(root, path), "utf8"));

/** A TypeScript module without imports, loaded as is (for the options and schemas written in TS). */
async function loadTs(path) {
  const { code } = await transform(readFileSync(join(root, path), "utf8"), { loader: "ts", format: "esm" });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

const { SCHEMA_FINDING_OPTIONS } = await loadTs("rules/_ajv-options.ts");
const { findingsSchema } = await loadTs("src/action/findings-schema.ts");

const manifestRoot = json("schemas/deployment-manifest.schema.json");
const manifestParts = [
  "schemas/manifest/edgeagent-1.0.schema.json",
  "schemas/manifest/edgeagent-1.1.schema.json",
  "schemas/manifest/edgehub-1.0.schema.json",
  "schemas/manifest/edgehub-1.1.schema.json",
].map(json);

/** The manifest schema; for templates, createOptions may also be an object. */
function manifestSchemas(template) {
  const common = json("schemas/manifest/common.schema.json");
  if (template) {
    common.definitions.createOptions = {
      description: "the Docker create options: an object, or a string holding them as JSON",
      type: ["object", "string"],
    };
  }
  return [common, ...manifestParts, manifestRoot];
}
const manifestExports = { root: manifestRoot.$id, content: `${manifestRoot.$id}#/definitions/modulesContent` };

/**
 * One generated module per ajv instance: `schema` is compiled and exported as `validate`;
 * `schemas` are added and `exports` names the validators to export (export name → schema ref).
 */
const MODULES = [
  {
    file: "manifest",
    user: "rules/manifest-schema.ts",
    from: "schemas/deployment-manifest.schema.json, schemas/manifest/*",
    options: SCHEMA_FINDING_OPTIONS,
    schemas: manifestSchemas(false),
    exports: manifestExports,
  },
  {
    file: "manifest-template",
    user: "rules/manifest-schema.ts, for templates",
    from: "schemas/deployment-manifest.schema.json, schemas/manifest/* (createOptions: object or string)",
    options: SCHEMA_FINDING_OPTIONS,
    schemas: manifestSchemas(true),
    exports: manifestExports,
  },
  {
    file: "k8s-experimental",
    user: "rules/k8s-experimental-shape.ts",
    from: "schemas/k8s-experimental.schema.json",
    options: { allErrors: true, strict: false, verbose: true },
    schema: json("schemas/k8s-experimental.schema.json"),
  },
  {
    file: "config",
    user: "src/config/load.ts",
    from: "schemas/config.schema.json",
    options: { allErrors: true, verbose: true },
    schema: json("schemas/config.schema.json"),
  },
  {
    file: "custom-rule",
    user: "src/policy/custom-rules.ts",
    from: "schemas/custom-rule.schema.json",
    options: SCHEMA_FINDING_OPTIONS,
    schema: json("schemas/custom-rule.schema.json"),
  },
  {
    file: "findings",
    user: "src/action/findings.ts",
    from: "findingsSchema in src/action/findings-schema.ts",
    options: { allErrors: false, strict: true },
    schema: findingsSchema,
  },
];

function generate(m) {
  // code.source keeps the code for standaloneCode, code.esm writes `export`s, code.lines puts
  // statements on their own lines (readable diffs): none changes what the code does
  const ajv = new Ajv({ ...m.options, code: { source: true, esm: true, lines: true } });
  let code;
  let names;
  if (m.schema !== undefined) {
    code = standaloneCode(ajv, ajv.compile(m.schema));
    names = ["validate"];
  } else {
    for (const s of m.schemas) ajv.addSchema(s);
    code = standaloneCode(ajv, m.exports);
    names = Object.keys(m.exports);
  }
  const strict = '"use strict";\n';
  if (!code.startsWith(strict)) throw new Error(`${m.file}: unexpected standalone code`);
  code = code.slice(strict.length);
  // ajv refers to its runtime helpers with require("ajv/dist/runtime/<name>").default: their code
  // is copied in instead of imported, as Node and vitest disagree on the default import of a
  // CommonJS module (and the module then needs nothing from ajv at run time)
  const helpers = new Map();
  code = code.replace(/require\("ajv\/dist\/runtime\/([a-z0-9_]+)"\)\.default/g, (_, name) => {
    if (!SELF_CONTAINED_HELPERS.has(name)) throw new Error(`${m.file}: ajv runtime helper ${name} is not known to be self-contained; teach gen-validators.mjs about it`);
    const fn = require(`ajv/dist/runtime/${name}`).default;
    if (typeof fn !== "function") throw new Error(`${m.file}: ajv runtime helper ${name} is not a function`);
    helpers.set(`runtime_${name}`, fn.toString());
    return `runtime_${name}`;
  });
  if (/\brequire\(/.test(code)) throw new Error(`${m.file}: a require() is left in the generated code`);
  const header = [
    `// Generated by scripts/gen-validators.mjs with ajv ${ajvVersion}: do not edit.`,
    `// From ${m.from}, for ${m.user}; options ${JSON.stringify(m.options)}.`,
    ...[...helpers].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, source]) => `const ${name} = ${source};`),
  ];
  const js = `${header.join("\n")}\n${code.trimEnd()}\n`;
  const dts = [
    "// Generated by scripts/gen-validators.mjs: do not edit.",
    'import type { ValidateFunction } from "ajv";',
    ...names.map((n) => `export declare const ${n}: ValidateFunction;`),
    ...(m.schema !== undefined ? ["export default validate;"] : []),
    "",
  ].join("\n");
  return [
    [`${m.file}.js`, js],
    [`${m.file}.d.ts`, dts],
  ];
}

mkdirSync(outDir, { recursive: true });
const stale = [];
for (const m of MODULES) {
  for (const [name, text] of generate(m)) {
    const path = join(outDir, name);
    let before = "";
    try {
      before = readFileSync(path, "utf8");
    } catch {}
    if (before !== text) {
      writeFileSync(path, text);
      stale.push(`src/generated/${name}`);
    }
  }
}
if (process.argv.includes("--check") && stale.length > 0) {
  console.error(`generated validators were out of date and have been regenerated: ${stale.join(", ")}`);
  process.exit(1);
}
