import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ConfigError } from "../../src/config/errors.js";
import { lintText, type Diagnostic, type Rule } from "../../src/index.js";
import { compileCustomRules, loadCustomRuleFiles, parsePath } from "../../src/policy/custom-rules.js";
import { manifestText, positionOf, type Form, type ManifestSpec } from "../helpers/manifest.js";

const base = { severity: "error", message: "module '{module}': {path} is {value}" };

/** Lint with only these custom rules (built-ins off); `forms` picks template / generated. */
function run(defs: unknown[], spec: ManifestSpec, form: Form = "object", extra: Parameters<typeof lintText>[1] = {}): Diagnostic[] {
  const text = manifestText(spec, form);
  return lintText(text, { filePath: form === "object" ? "deployment.template.json" : "deployment.json", ruleSet: [], extraRules: compileCustomRules(defs, ".iotedge-gpu-lint.yml"), ...extra }).messages;
}
const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.ruleId} ${d.module} ${d.message}`);
const at = (text: string, needle: string, plus = 0) => {
  const p = positionOf(text, needle);
  return { line: p.line, column: p.column + plus };
};

function configError(f: () => unknown): ConfigError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error("no ConfigError thrown");
}

describe("parsePath", () => {
  it("reads keys, quoted keys, indexes and wildcards", () => {
    expect(parsePath("HostConfig.Privileged")).toEqual(["HostConfig", "Privileged"]);
    expect(parsePath('k8s-experimental.resources.limits["nvidia.com/gpu"]')).toEqual(["k8s-experimental", "resources", "limits", "nvidia.com/gpu"]);
    expect(parsePath("HostConfig.Binds[0]")).toEqual(["HostConfig", "Binds", "0"]);
    expect(parsePath("HostConfig.Binds.*")).toEqual(["HostConfig", "Binds", "*"]);
    expect(parsePath("a..b")).toBe("empty key at character 3");
    expect(parsePath("a.")).toBe("the path ends with '.'");
    expect(parsePath('a["b')).toBe('unclosed [" at character 2');
  });
});

describe("custom rules: scopes and paths", () => {
  const privileged = { modules: { camera: { createOptions: { HostConfig: { Privileged: true } } }, reader: { createOptions: { hostconfig: { privileged: false } } } } };

  it("createOptions: keys match case-insensitively; {path} keeps the file's spelling", () => {
    const ds = run([{ ...base, id: "priv", scope: "createOptions", path: "HostConfig.Privileged", schema: { const: false } }], {
      modules: { camera: { createOptions: { hostconfig: { privileged: true } } }, reader: { createOptions: { HostConfig: { Privileged: false } } } },
    });
    expect(brief(ds)).toEqual(["priv camera module 'camera': hostconfig.privileged is true"]);
  });

  it("notSchema reports a value that matches, at the value, in a template and in a stringified manifest", () => {
    const def = [{ ...base, id: "no-priv", scope: "createOptions", path: "HostConfig.Privileged", notSchema: { const: true } }];
    for (const form of ["object", "string", "chunked"] as const) {
      const text = manifestText(privileged, form);
      const ds = run(def, privileged, form);
      expect(brief(ds), form).toEqual(["no-priv camera module 'camera': HostConfig.Privileged is true"]);
      const needle = form === "object" ? '"Privileged": true' : '\\"Privileged\\":true';
      const valueOffset = form === "object" ? '"Privileged": '.length : '\\"Privileged\\":'.length;
      if (form !== "chunked") expect({ line: ds[0]!.line, column: ds[0]!.column }, form).toEqual(at(text, needle, valueOffset));
      else expect(text.slice(ds[0]!.offset, ds[0]!.endOffset)).toBe("true");
    }
  });

  it("exact position in a template: line and column", () => {
    const ds = run([{ ...base, id: "no-priv", scope: "createOptions", path: "HostConfig.Privileged", notSchema: { const: true } }], privileged);
    // modulesContent > $edgeAgent > properties.desired > modules > camera > settings > createOptions > HostConfig > Privileged
    expect({ line: ds[0]!.line, column: ds[0]!.column, endColumn: ds[0]!.endColumn }).toEqual({ line: 61, column: 33, endColumn: 37 });
    expect(manifestText(privileged).split("\n")[60]).toBe('                  "Privileged": true');
  });

  it("exact position in a stringified manifest: inside the createOptions string", () => {
    const ds = run([{ ...base, id: "no-priv", scope: "createOptions", path: "HostConfig.Privileged", notSchema: { const: true } }], privileged, "string");
    const text = manifestText(privileged, "string");
    const line = text.split("\n")[ds[0]!.line - 1]!;
    expect(line.trim()).toBe('"createOptions": "{\\"HostConfig\\":{\\"Privileged\\":true}}"');
    expect(line.slice(ds[0]!.column - 1, ds[0]!.endColumn - 1)).toBe("true");
    expect(ds[0]!.line).toBe(39);
  });

  it("a wildcard checks every element; the finding is at the element", () => {
    const spec = { modules: { camera: { createOptions: { HostConfig: { Binds: ["/data:/data", "/var/run/docker.sock:/var/run/docker.sock"] } } } } };
    const ds = run([{ ...base, id: "no-docker-sock", message: "{module}: {path} mounts {value}", scope: "createOptions", path: "HostConfig.Binds.*", notSchema: { pattern: "docker\\.sock" } }], spec);
    expect(brief(ds)).toEqual(["no-docker-sock camera camera: HostConfig.Binds.1 mounts /var/run/docker.sock:/var/run/docker.sock"]);
    expect({ line: ds[0]!.line, column: ds[0]!.column }).toEqual(at(manifestText(spec), '"/var/run/docker.sock:'));
  });

  it("a quoted key with dots and a path given as a list", () => {
    const spec = { modules: { gpu: { createOptions: { "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": 2 } } } } } } };
    const schema = { maximum: 1 };
    const a = run([{ ...base, id: "one-gpu", scope: "createOptions", path: 'k8s-experimental.resources.limits["nvidia.com/gpu"]', schema }], spec);
    const b = run([{ ...base, id: "one-gpu", scope: "createOptions", path: ["k8s-experimental", "resources", "limits", "nvidia.com/gpu"], schema }], spec);
    expect(brief(a)).toEqual(["one-gpu gpu module 'gpu': k8s-experimental.resources.limits.nvidia.com/gpu is 2"]);
    expect(brief(b)).toEqual(brief(a));
  });

  it("settings scope, target all / system / modules", () => {
    const spec = { modules: { camera: { image: "docker.io/x/camera:1" } } };
    const def = { ...base, message: "{module}: {value}", scope: "settings", path: "image", schema: { pattern: "^mcr\\.microsoft\\.com/" } };
    expect(brief(run([{ ...def, id: "img" }], spec))).toEqual(["img camera camera: docker.io/x/camera:1"]);
    expect(brief(run([{ ...def, id: "img", target: "all" }], spec))).toEqual(["img camera camera: docker.io/x/camera:1"]);
    const hub = { ...spec, systemModules: { edgeHub: { image: "contoso.azurecr.io/hub:1.1" } } };
    expect(brief(run([{ ...def, id: "img", target: "system" }], hub))).toEqual(["img edgeHub edgeHub: contoso.azurecr.io/hub:1.1"]);
    expect(brief(run([{ ...def, id: "img", target: "all" }], hub))).toEqual(["img edgeHub edgeHub: contoso.azurecr.io/hub:1.1", "img camera camera: docker.io/x/camera:1"]);
  });

  it("module scope: the whole module object", () => {
    const spec = { modules: { a: { fields: { restartPolicy: "never" } }, b: {} } };
    const ds = run([{ ...base, id: "always", scope: "module", path: "restartPolicy", schema: { const: "always" } }], spec);
    expect(brief(ds)).toEqual(["always a module 'a': restartPolicy is never"]);
    expect({ line: ds[0]!.line, column: ds[0]!.column }).toEqual(at(manifestText(spec), '"never"'));
  });

  it("env scope: the env map and createOptions.Env, at the value", () => {
    const spec = { modules: { a: { env: { LOG_LEVEL: "debug" } }, b: { createOptions: { Env: ["LOG_LEVEL=trace"] } }, c: { env: { LOG_LEVEL: "info" } } } };
    const def = [{ ...base, id: "log-level", message: "{module}: {path}={value}", scope: "env", path: "LOG_LEVEL", schema: { enum: ["info", "warning", "error"] } }];
    const ds = run(def, spec);
    expect(brief(ds)).toEqual(["log-level a a: LOG_LEVEL=debug", "log-level b b: LOG_LEVEL=trace"]);
    const text = manifestText(spec);
    expect({ line: ds[0]!.line, column: ds[0]!.column }).toEqual(at(text, '"debug"'));
    expect({ line: ds[1]!.line, column: ds[1]!.column }).toEqual(at(text, '"LOG_LEVEL=trace"'));
    // without a path: the whole environment as one object
    const whole = run([{ ...base, id: "needs-tz", message: "{module} has no TZ", scope: "env", required: true, schema: { required: ["TZ"] } }], { modules: { a: { env: { TZ: "UTC" } }, b: { env: { X: "1" } } } });
    expect(brief(whole)).toEqual(["needs-tz b b has no TZ"]);
  });

  it("modules and exceptModules take names and globs", () => {
    const spec = { modules: { camera: { createOptions: { HostConfig: { Privileged: true } } }, "fpga-bridge": { createOptions: { HostConfig: { Privileged: true } } }, reader: { createOptions: { HostConfig: { Privileged: true } } } } };
    const def = { ...base, id: "no-priv", message: "{module}", scope: "createOptions", path: "HostConfig.Privileged", notSchema: { const: true } };
    expect(brief(run([{ ...def, exceptModules: ["camera", "fpga-*"] }], spec))).toEqual(["no-priv reader reader"]);
    expect(brief(run([{ ...def, modules: "fpga-*" }], spec))).toEqual(["no-priv fpga-bridge fpga-bridge"]);
  });

  it("required: an absent path is reported at the deepest part that exists", () => {
    const def = [{ ...base, id: "mem", message: "{module}: set {path}", scope: "createOptions", path: "k8s-experimental.resources.limits.memory", required: true, schema: { type: "string" } }];
    const spec = {
      modules: {
        a: { createOptions: { "k8s-experimental": { resources: { requests: { cpu: "1" } } } } },
        b: {},
        c: { createOptions: { "k8s-experimental": { resources: { limits: { memory: "128Mi" } } } } },
      },
    };
    const ds = run(def, spec);
    expect(brief(ds)).toEqual(["mem a a: set k8s-experimental.resources.limits.memory", "mem b b: set k8s-experimental.resources.limits.memory"]);
    const text = manifestText(spec);
    expect({ line: ds[0]!.line, column: ds[0]!.column }).toEqual(at(text, '"resources"'));
    // b has no createOptions: at its settings
    expect({ line: ds[1]!.line, column: ds[1]!.column }).toEqual(positionOf(text, '"settings"', 4));
    // a placeholder on the way may hold the path: not reported
    expect(run(def, { modules: { p: { createOptions: { "k8s-experimental": "$K8S_OPTIONS" } } } })).toEqual([]);
    // without required, an absent path passes
    expect(run([{ ...def[0], required: false }], spec)).toEqual([]);
  });

  it("a schema failure deep inside the value points at the part the schema rejects", () => {
    const spec = { modules: { a: { createOptions: { HostConfig: { PortBindings: { "80/tcp": [{ HostPort: 8080 }] } } } } } };
    const def = [{ ...base, id: "ports", message: "{module}: HostPort must be a string", scope: "createOptions", path: "HostConfig.PortBindings", schema: { additionalProperties: { items: { properties: { HostPort: { type: "string" } } } } } }];
    const ds = run(def, spec);
    expect(brief(ds)).toEqual(["ports a a: HostPort must be a string"]);
    expect({ line: ds[0]!.line, column: ds[0]!.column }).toEqual(at(manifestText(spec), "8080"));
  });

  it("placeholders are never findings; invalid createOptions are skipped", () => {
    const def = [{ ...base, id: "img", scope: "settings", path: "image", schema: { pattern: "^contoso\\.azurecr\\.io/" } }];
    expect(run(def, { modules: { a: { image: "${MODULES.Filter}" }, b: { image: "$REGISTRY/b:1" } } })).toEqual([]);
    const bad = [{ ...base, id: "priv", scope: "createOptions", path: "HostConfig", required: true, schema: { type: "object" } }];
    expect(run(bad, { modules: { a: { createOptions: '{"HostConfig":' } } }, "string")).toEqual([]);
  });

  it("custom rules can be turned off and suppressed like built-in ones; severity comes from the declaration", () => {
    const spec = { modules: { camera: { createOptions: { HostConfig: { Privileged: true } } } } };
    const def = [{ ...base, id: "no-priv", severity: "warning", scope: "createOptions", path: "HostConfig.Privileged", notSchema: { const: true }, docs: "https://example.org/policy#priv" }];
    const [d] = run(def, spec);
    expect(d!.severity).toBe("warning");
    expect(d!.docs).toBe("https://example.org/policy#priv");
    expect(run(def, spec, "object", { rules: { "no-priv": "off" } })).toEqual([]);
    expect(run(def, spec, "object", { rules: { "no-priv": "error" } })[0]!.severity).toBe("error");
    const sup = run(def, spec, "object", { suppress: (x) => (x.ruleId === "no-priv" && x.module === "camera" ? { reason: "camera driver" } : undefined) });
    expect(sup[0]!.suppressed).toEqual({ reason: "camera driver" });
  });
});

describe("custom rules: broken declarations", () => {
  const ok = { id: "my-rule", severity: "error", message: "m", scope: "createOptions", path: "HostConfig", schema: { type: "object" } };
  const cases: [string, unknown[], string, RegExp][] = [
    ["missing message", [ok, { ...ok, id: "b", message: undefined }], "customRules[1].message", /is required/],
    ["bad severity", [{ ...ok, severity: "fatal" }], "customRules[0].severity", /the value is "fatal"; write one of "error", "warning", "info"/],
    ["bad id", [{ ...ok, id: "My_Rule" }], "customRules[0].id", /must match \^\[a-z0-9\]\[a-z0-9-\]\*\$/],
    ["built-in id", [{ ...ok, id: "no-host-binds" }], "customRules[0].id", /'no-host-binds' is the id of a built-in rule/],
    ["id of a run rule", [{ ...ok, id: "read-error" }], "customRules[0].id", /'read-error' is the id of a built-in rule/],
    ["duplicate id", [ok, ok], "customRules[1].id", /already used by customRules\[0\]/],
    ["unknown key", [{ ...ok, pth: "x" }], "customRules[0].pth", /is not a known key/],
    ["misspelt case", [{ ...ok, Scope: "env" }], "customRules[0].Scope", /did you mean 'scope'/],
    ["bad scope", [{ ...ok, scope: "twin" }], "customRules[0].scope", /write one of "createOptions", "settings", "env", "module"/],
    ["both schema and notSchema", [{ ...ok, notSchema: { const: 1 } }], "customRules[0].notSchema", /exactly one of 'schema'/],
    ["neither schema nor notSchema", [{ ...ok, schema: undefined }], "customRules[0]", /exactly one of 'schema'/],
    ["schema that does not compile", [{ ...ok, schema: { type: "strin" } }], "customRules[0].schema", /not a valid JSON Schema/],
    ["misspelt schema keyword", [{ ...ok, schema: { patern: "x" } }], "customRules[0].schema", /unknown keyword: "patern"/],
    ["bad path", [{ ...ok, path: "HostConfig..Binds" }], "customRules[0].path", /empty key/],
    ["env path too deep", [{ ...ok, scope: "env", path: "A.B" }], "customRules[0].path", /one variable name/],
    ["a file that does not exist", ["missing-file.yml"], "customRules[0]", /does not exist/],
    ["include matching nothing", [{ include: "no-such-dir/*.yml" }], "customRules[0].include", /matches no file/],
  ];
  for (const [name, defs, key, why] of cases) {
    it(name, () => {
      const e = configError(() => compileCustomRules(defs, "/repo/.iotedge-gpu-lint.yml"));
      expect(e.file).toBe("/repo/.iotedge-gpu-lint.yml");
      expect(e.key).toBe(key);
      expect(e.message.startsWith(`/repo/.iotedge-gpu-lint.yml: ${key}: `), e.message).toBe(true);
      expect(e.message).toMatch(why);
    });
  }
});

describe("custom rules in YAML files", () => {
  const dir = mkdtempSync(join(tmpdir(), "custom-rules-"));
  mkdirSync(join(dir, "policies"));
  writeFileSync(
    join(dir, "policies", "a.yml"),
    ["- id: rule-a", "  severity: info", "  message: a", "  scope: module", "  path: status", "  schema: {const: running}", ""].join("\n"),
  );
  writeFileSync(
    join(dir, "policies", "b.yml"),
    ["customRules:", "  - id: rule-b", "    severity: warning", "    message: b", "    scope: settings", "    path: image", "    schema: {type: string}", ""].join("\n"),
  );
  writeFileSync(join(dir, "broken.yml"), ["- id: x", "  severity: [error", ""].join("\n"));
  writeFileSync(
    join(dir, "bad-decl.yml"),
    ["customRules:", "  - id: ok-one", "    severity: info", "    message: m", "    scope: module", "    schema: true", "  - id: bad-one", "    severity: info", "    message: m", "    scope: module", "    schema:", "      type: strin", ""].join("\n"),
  );

  it("include globs and path strings, relative to the configuration file", () => {
    const rules = compileCustomRules([{ include: "policies/*.yml" }], join(dir, ".iotedge-gpu-lint.yml"));
    expect(rules.map((r) => [r.meta.id, r.meta.severity])).toEqual([
      ["rule-a", "info"],
      ["rule-b", "warning"],
    ]);
    const one = compileCustomRules(["policies/b.yml", { ...{ id: "inline", severity: "info", message: "m", scope: "module", schema: true } }], join(dir, "cfg.yml"));
    expect(one.map((r) => r.meta.id)).toEqual(["rule-b", "inline"]);
    expect(loadCustomRuleFiles(["policies/a.yml"], dir).map((r) => r.meta.id)).toEqual(["rule-a"]);
  });

  it("invalid YAML names the file and the line", () => {
    const e = configError(() => loadCustomRuleFiles(["broken.yml"], dir));
    expect(e.file).toMatch(/broken\.yml$/);
    expect(e.message).toMatch(/broken\.yml:3: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a \]$/);
  });

  it("a broken declaration in a file names the file, the line and the key", () => {
    const e = configError(() => loadCustomRuleFiles(["bad-decl.yml"], dir));
    expect(e.key).toBe("customRules[1].schema");
    expect(e.message).toMatch(/bad-decl\.yml:12: customRules\[1\]\.schema: not a valid JSON Schema/);
  });

  it("an id used in two files is an error naming the first one", () => {
    writeFileSync(join(dir, "dup.yml"), ["- id: rule-a", "  severity: info", "  message: a", "  scope: module", "  schema: true", ""].join("\n"));
    const e = configError(() => loadCustomRuleFiles(["policies/a.yml", "dup.yml"], dir));
    expect(e.message).toMatch(/dup\.yml:1: \[0\]\.id: the id 'rule-a' is already used by .*a\.yml \[0\]/);
  });
});

describe("the three examples of docs/custom-rules.md, end to end", () => {
  const md = readFileSync(new URL("../../docs/custom-rules.md", import.meta.url), "utf8");
  const block = /```yaml\n(customRules:\n[\s\S]*?)```/.exec(md)![1]!;
  const rules: Rule[] = compileCustomRules((parse(block) as { customRules: unknown[] }).customRules, "docs/custom-rules.md");
  const lint = (spec: ManifestSpec, form: Form = "string") =>
    lintText(manifestText(spec, form), { filePath: form === "object" ? "deployment.template.json" : "deployment.json", extraRules: rules }).messages.filter((m) => rules.some((r) => r.meta.id === m.ruleId));
  const limits = { "k8s-experimental": { resources: { limits: { memory: "256Mi" } } } };

  it("the docs' detector module trips all three", () => {
    const spec = { modules: { detector: { image: "docker.io/someone/detector:2.1", createOptions: { HostConfig: { Privileged: true } } } } };
    const ds = lint(spec);
    const text = manifestText(spec, "string");
    expect(ds.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      ["approved-registry", "error", "module 'detector': image 'docker.io/someone/detector:2.1' is not from an approved registry; push it to contoso.azurecr.io (or use an image from mcr.microsoft.com)"],
      ["memory-limit", "warning", "module 'detector': set k8s-experimental.resources.limits.memory (for example \"256Mi\"); without it the pod may use all the node's memory"],
      ["no-privileged", "error", "module 'detector': HostConfig.Privileged is true; only the camera and fpga-* modules may run privileged"],
    ]);
    expect({ line: ds[0]!.line, column: ds[0]!.column }).toEqual(at(text, '"docker.io/someone/detector:2.1"'));
    expect(text.slice(ds[2]!.offset, ds[2]!.endOffset)).toBe("true");
  });

  it("approved registries: contoso and mcr pass, placeholders pass, others fail (system modules too)", () => {
    const spec = {
      modules: { a: { image: "contoso.azurecr.io/a:1", createOptions: limits }, b: { image: "${MODULES.B}", createOptions: limits }, c: { image: "contosoXazurecr.io/c:1", createOptions: limits } },
      systemModules: { edgeAgent: { image: "docker.io/azureiotedge-agent:1.1" } },
    };
    expect(lint(spec).map((d) => `${d.ruleId} ${d.module}`)).toEqual(["approved-registry edgeAgent", "approved-registry c"]);
  });

  it("privileged only for camera and fpga-*", () => {
    const priv = { HostConfig: { Privileged: true }, ...limits };
    const spec = { modules: { camera: { createOptions: priv }, "fpga-io": { createOptions: priv }, other: { createOptions: priv }, off: { createOptions: { HostConfig: { Privileged: false }, ...limits } } } };
    for (const form of ["object", "string", "chunked"] as const) expect(lint(spec, form).map((d) => `${d.ruleId} ${d.module}`), form).toEqual(["no-privileged other"]);
  });

  it("memory limit on every user module (not on edgeAgent/edgeHub), any valid quantity", () => {
    const spec = {
      modules: {
        ok: { createOptions: limits },
        num: { createOptions: { "k8s-experimental": { resources: { limits: { memory: 268435456 } } } } },
        bad: { createOptions: { "k8s-experimental": { resources: { limits: { memory: "lots" } } } } },
        none: { createOptions: { HostConfig: {} } },
      },
    };
    const ds = lint(spec, "object");
    expect(ds.map((d) => `${d.ruleId} ${d.module}`)).toEqual(["memory-limit bad", "memory-limit none"]);
    const text = manifestText(spec, "object");
    expect({ line: ds[0]!.line, column: ds[0]!.column }).toEqual(at(text, '"lots"'));
  });
});

describe("hostile policies (issue 13)", () => {
  const REGISTRY = String.raw`^(contoso\.azurecr\.io|mcr\.microsoft\.com)/([a-z0-9]+[._-]?)+(:[\w.-]+)?$`;
  const registryRule = { ...base, id: "registry", message: "{module}: {value}", scope: "settings", path: "image", schema: { type: "string", pattern: REGISTRY } };

  it("a backtracking-prone schema pattern runs in linear time: a 40-character image that almost matches is answered", () => {
    // run in a child process, whose timeout is only a safety net: a regression would otherwise hang
    // the test worker (a JavaScript RegExp never finishes this one); the assertions are on the findings
    const entry = `
      import { lintText } from "./src/index.ts";
      import { compileCustomRules } from "./src/policy/custom-rules.ts";
      import { manifestText } from "./__tests__/helpers/manifest.ts";
      const { defs, spec } = JSON.parse(process.env.CASE);
      const messages = lintText(manifestText(spec, "object"), { filePath: "deployment.template.json", ruleSet: [], extraRules: compileCustomRules(defs, ".iotedge-gpu-lint.yml") }).messages;
      process.stdout.write(JSON.stringify(messages.map((d) => d.ruleId + " " + d.module + " " + d.message)));
    `;
    const bundle = buildSync({
      stdin: { contents: entry, resolveDir: join(fileURLToPath(import.meta.url), "..", "..", ".."), loader: "ts" },
      bundle: true,
      platform: "node",
      format: "esm",
      write: false,
      logLevel: "silent",
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    const script = join(mkdtempSync(join(tmpdir(), "redos-")), "case.mjs");
    writeFileSync(script, bundle.outputFiles[0]!.text);
    const inChild = (defs: unknown[], spec: ManifestSpec): string[] => {
      const r = spawnSync(process.execPath, [script], { encoding: "utf8", timeout: 60_000, env: { ...process.env, CASE: JSON.stringify({ defs, spec }) } });
      expect({ status: r.status, signal: r.signal, stderr: r.stderr }).toEqual({ status: 0, signal: null, stderr: "" });
      return JSON.parse(r.stdout) as string[];
    };
    const image = `contoso.azurecr.io/${"a".repeat(40)}!`;
    const spec = { modules: { camera: { image }, ok: { image: "contoso.azurecr.io/camera-app.v2:1.0" }, mcr: { image: "mcr.microsoft.com/azureiotedge-simulated-temperature-sensor:1.0" } } };
    expect(inChild([registryRule], spec)).toEqual([`registry camera camera: ${image}`]);
    // patternProperties and propertyNames go through the same engine
    const keys = { ...base, id: "labels", scope: "createOptions", path: "Labels", schema: { type: "object", propertyNames: { pattern: "^([a-z0-9]+[._-]?)+$" } } };
    const long = `${"a".repeat(40)}!`;
    expect(inChild([keys], { modules: { camera: { createOptions: { Labels: { [long]: "x", fine: "y" } } } } })).toEqual([`labels camera module 'camera': Labels is {"${long}":"x","fine":"y"}`]);
  });

  it("ECMAScript pattern syntax keeps working: \\d, \\w, classes, \\u escapes, named groups", () => {
    const rule = (pattern: string) => ({ ...base, id: "p", scope: "settings", path: "image", schema: { pattern } });
    const hits = (pattern: string, image: string) => run([rule(pattern)], { modules: { m: { image } } }).length === 0;
    expect(hits(String.raw`:\d+\.\d+$`, "a/b:1.0")).toBe(true);
    expect(hits(String.raw`:\d+\.\d+$`, "a/b:latest")).toBe(false);
    expect(hits(String.raw`^[\w.-]+/[\w-]+`, "contoso.azurecr.io/cam")).toBe(true);
    expect(hits(String.raw`caf\u00e9`, "x/café")).toBe(true);
    expect(hits(String.raw`^(?<registry>[a-z.]+)/`, "contoso.io/x")).toBe(true);
    expect(hits("^mcr", "contoso.io/mcr")).toBe(false);
  });

  it.each([
    ["a backreference", String.raw`^(a+)\1$`],
    ["a lookahead", "^(?!latest$).*"],
    ["a lookbehind", "(?<=:)latest"],
  ])("a pattern with %s is refused with a clear error naming the rule", (_, pattern) => {
    const e = configError(() => compileCustomRules([{ ...registryRule, id: "tags", schema: { pattern } }], "/repo/.iotedge-gpu-lint.yml"));
    expect(e.key).toBe("customRules[0].schema");
    expect(e.message).toMatch(new RegExp(`^/repo/\\.iotedge-gpu-lint\\.yml: customRules\\[0\\]\\.schema: custom rule 'tags': the pattern '${pattern.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}' cannot run in linear time \\(.+\\); backreferences and lookaround are not supported$`));
  });

  it("include must stay inside the repository: .., absolute paths and symlinks leading out are errors", () => {
    const outside = mkdtempSync(join(tmpdir(), "outside-policy-"));
    writeFileSync(join(outside, "evil.yml"), ["- id: evil", "  severity: error", "  message: m", "  scope: module", "  schema: true", ""].join("\n"));
    const repo = mkdtempSync(join(tmpdir(), "repo-policy-"));
    mkdirSync(join(repo, ".git"));
    mkdirSync(join(repo, "config", "policies"), { recursive: true });
    writeFileSync(join(repo, "shared.yml"), ["- id: shared", "  severity: info", "  message: m", "  scope: module", "  schema: true", ""].join("\n"));
    symlinkSync(join(outside, "evil.yml"), join(repo, "config", "policies", "link.yml"));
    const origin = join(repo, "config", ".iotedge-gpu-lint.yml");
    // inside the repository, also above the configuration's folder
    expect(compileCustomRules([{ include: "../shared.yml" }], origin).map((r) => r.meta.id)).toEqual(["shared"]);
    const refused = (defs: unknown[]) => configError(() => compileCustomRules(defs, origin)).message;
    const top = realpathSync(repo);
    expect(refused([{ include: join(outside, "evil.yml") }])).toBe(`${origin}: customRules[0].include: '${join(outside, "evil.yml")}' is outside the repository (${top}); custom rules files must be inside it`);
    expect(refused([`../../${basename(outside)}/evil.yml`])).toBe(`${origin}: customRules[0]: '../../${basename(outside)}/evil.yml' is outside the repository (${top}); custom rules files must be inside it`);
    expect(refused([{ include: `../../${basename(outside)}/*.yml` }])).toBe(`${origin}: customRules[0].include: '../../${basename(outside)}/*.yml' is outside the repository (${top}); custom rules files must be inside it`);
    expect(refused(["policies/link.yml"])).toBe(`${origin}: customRules[0]: 'policies/link.yml' is outside the repository (${top}); custom rules files must be inside it`);
    expect(refused([{ include: "policies/*.yml" }])).toBe(
      `${origin}: customRules[0].include: 'policies/*.yml' (link.yml leads to ${realpathSync(join(outside, "evil.yml"))}) is outside the repository (${top}); custom rules files must be inside it`,
    );
  });

  it("without a repository, include stays inside the configuration's folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "norepo-policy-"));
    mkdirSync(join(dir, "cfg"));
    writeFileSync(join(dir, "above.yml"), "[]\n");
    const e = configError(() => compileCustomRules(["../above.yml"], join(dir, "cfg", "lint.yml")));
    expect(e.message).toBe(`${join(dir, "cfg", "lint.yml")}: customRules[0]: '../above.yml' is outside the repository (${realpathSync(join(dir, "cfg"))}); custom rules files must be inside it`);
  });

  it("a custom rules file over 1 MiB is not read", () => {
    const dir = mkdtempSync(join(tmpdir(), "big-policy-"));
    writeFileSync(join(dir, "big.yml"), `# ${"x".repeat(1024 * 1024)}\n[]\n`);
    const e = configError(() => loadCustomRuleFiles(["big.yml"], dir));
    expect(e.message).toMatch(/big\.yml: a custom rules file of 1048582 bytes, more than 1048576; not read$/);
  });

  it("a YAML alias bomb in a custom rules file is a configuration error naming the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "bomb-policy-"));
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]", "customRules: [*c, *c, *c, *c, *c, *c, *c, *c, *c]", ""].join("\n");
    writeFileSync(join(dir, "bomb.yml"), bomb);
    const e = configError(() => loadCustomRuleFiles(["bomb.yml"], dir));
    expect(e.message).toMatch(/bomb\.yml: not valid YAML: Excessive alias count indicates a resource exhaustion attack$/);
  });
});
