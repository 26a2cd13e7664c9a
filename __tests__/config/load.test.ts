import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { configSearchTop, expiredSuppressionDiagnostics, findConfig, loadConfigFile, parseConfigText, resolvedConfigFor, settingsFromConfig } from "../../src/config/load.js";
import { lintText } from "../../src/engine/lint.js";

const ORIGIN = "/ws/.iotedge-gpu-lint.yml";

function configError(text: string, origin = ORIGIN): ConfigError {
  try {
    parseConfigText(text, origin);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfigText", () => {
  it("reads every key", () => {
    const c = parseConfigText(
      [
        "rules:",
        "  no-host-binds: warning",
        "  env-name-colon: off",
        "include: ['deploy/**/*.json']",
        "exclude: ['**/*.gpu.json']",
        "maxFileSize: 2048",
        "suppressions:",
        "  - files: 'deploy/*.json'",
        "    module: camera",
        "    pointer: /modulesContent",
        "    rule: [no-host-binds, env-name-colon]",
        "    reason: ' vendor image '",
        "    expires: '2030-01-31'",
      ].join("\n"),
      ORIGIN,
    );
    expect(c.rules).toEqual({ "no-host-binds": "warning", "env-name-colon": "off" });
    expect(c.include).toEqual(["deploy/**/*.json"]);
    expect(c.exclude).toEqual(["**/*.gpu.json"]);
    expect(c.maxFileSize).toBe(2048);
    expect(c.suppressions).toEqual([
      { files: ["deploy/*.json"], module: "camera", pointer: "/modulesContent", rule: ["no-host-binds", "env-name-colon"], reason: "vendor image", expires: "2030-01-31" },
    ]);
    expect(c.origin).toBe(ORIGIN);
  });

  it("defaults: an empty file is an empty configuration with a 64 MiB cap", () => {
    const c = parseConfigText("", ORIGIN);
    expect(c).toMatchObject({ rules: {}, exclude: [], suppressions: [], maxFileSize: 64 * 1024 * 1024 });
    expect(c.include).toBeUndefined();
  });

  it("reads JSON when the origin ends in .json", () => {
    expect(parseConfigText('{"rules": {"no-host-binds": "info"}}', "/ws/.iotedge-gpu-lint.json").rules).toEqual({ "no-host-binds": "info" });
    const e = configError('{"rules": ', "/ws/.iotedge-gpu-lint.json");
    expect(e.message).toMatch(/^\/ws\/\.iotedge-gpu-lint\.json: not valid JSON: /);
  });

  it("a YAML syntax error names the file and the line", () => {
    const e = configError("rules:\n  a: [b\n");
    expect(e.message).toBe("/ws/.iotedge-gpu-lint.yml: not valid YAML at line 3, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]");
    expect(e.file).toBe(ORIGIN);
  });

  it("a bad severity names the key and the allowed values", () => {
    const e = configError("rules:\n  no-host-binds: warn\n");
    expect(e.message).toBe("/ws/.iotedge-gpu-lint.yml: rules.no-host-binds: 'warn' is not allowed; allowed values: error, warning, info, off");
    expect(e.key).toBe("rules.no-host-binds");
  });

  it("an unknown top-level key lists the allowed keys and a close match", () => {
    const e = configError("rule:\n  no-host-binds: off\n");
    expect(e.message).toBe(
      "/ws/.iotedge-gpu-lint.yml: rule: unknown key 'rule' (did you mean 'rules'?); allowed keys: rules, include, exclude, suppressions, customRules, maxFileSize, target, vm, root",
    );
    expect(e.key).toBe("rule");
  });

  it("an unknown rule id lists close matches", () => {
    const e = configError("rules:\n  no-host-bind: off\n");
    expect(e.message).toBe("/ws/.iotedge-gpu-lint.yml: rules.no-host-bind: unknown rule id 'no-host-bind' (did you mean 'no-host-binds'?)");
    expect(e.key).toBe("rules.no-host-bind");
    // ruleOptions is gone (no rule reads options): a configuration that still has it is told so
    expect(configError("ruleOptions:\n  module-name: {}\n").message).toMatch(/^\/ws\/\.iotedge-gpu-lint\.yml: ruleOptions: unknown key 'ruleOptions'/);
  });

  it("the run's own ids can be configured", () => {
    expect(parseConfigText("rules: {suppression-expired: error, read-error: warning}", ORIGIN).rules).toEqual({ "suppression-expired": "error", "read-error": "warning" });
  });

  it("suppressions: reason is required, dates must be real, rule ids known", () => {
    expect(configError("suppressions:\n  - files: a.json\n    rule: no-host-binds\n").message).toBe(
      "/ws/.iotedge-gpu-lint.yml: suppressions[0]: 'reason' is missing (required: files, rule, reason)",
    );
    expect(configError("suppressions:\n  - {files: a.json, rule: no-host-binds, reason: '  '}\n").message).toBe(
      "/ws/.iotedge-gpu-lint.yml: suppressions[0].reason: a reason is required and cannot be blank",
    );
    expect(configError("suppressions:\n  - {files: a.json, rule: no-host-binds, reason: x, expires: 2026/01/01}\n").message).toBe(
      "/ws/.iotedge-gpu-lint.yml: suppressions[0].expires: '2026/01/01' is not a date; write YYYY-MM-DD",
    );
    expect(configError("suppressions:\n  - {files: a.json, rule: no-host-binds, reason: x, expires: '2026-02-30'}\n").message).toBe(
      "/ws/.iotedge-gpu-lint.yml: suppressions[0].expires: '2026-02-30' is not a real date; write YYYY-MM-DD",
    );
    expect(configError("suppressions:\n  - {files: a.json, rule: [no-host-binds, nvidia-runtim], reason: x}\n").message).toMatch(
      /^\/ws\/\.iotedge-gpu-lint\.yml: suppressions\[0\]\.rule\[1\]: unknown rule id 'nvidia-runtim'/,
    );
    expect(configError("suppressions:\n  - {files: [], rule: no-host-binds, reason: x}\n").message).toBe(
      "/ws/.iotedge-gpu-lint.yml: suppressions[0].files: [] must be a non-empty string or a non-empty array of strings",
    );
    expect(configError("suppressions:\n  - {files: a.json, rule: no-host-binds, reason: x, modul: cam}\n").message).toMatch(
      /^\/ws\/\.iotedge-gpu-lint\.yml: suppressions\[0\]\.modul: unknown key 'modul' \(did you mean 'module'\?\)/,
    );
  });

  it("maxFileSize and customRules are type-checked", () => {
    expect(configError("maxFileSize: 0\n").message).toBe("/ws/.iotedge-gpu-lint.yml: maxFileSize: 0 must be at least 1");
    expect(configError("maxFileSize: big\n").message).toBe("/ws/.iotedge-gpu-lint.yml: maxFileSize: 'big' must be of type integer");
    expect(configError("customRules: [1]\n").message).toBe("/ws/.iotedge-gpu-lint.yml: customRules[0]: 1 must be of type object");
  });
});

const MANIFEST = `{
  "modulesContent": {
    "$edgeAgent": {
      "properties.desired": {
        "schemaVersion": "1.1",
        "runtime": { "type": "docker", "settings": {} },
        "systemModules": {},
        "modules": {
          "camera": {
            "type": "docker",
            "settings": { "image": "camera:1", "createOptions": "{\\"HostConfig\\":{\\"Binds\\":[\\"/srv:/srv\\"]}}" }
          }
        }
      }
    },
    "$edgeHub": { "properties.desired": { "schemaVersion": "1.1", "routes": {}, "storeAndForwardConfiguration": { "timeToLiveSecs": 7200 } } }
  }
}
`;

describe("hostile configurations (issue 13)", () => {
  it("a YAML alias bomb is a configuration error naming the file, not an internal error", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]", "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]", ""].join("\n");
    const e = configError(bomb);
    expect(e.message).toBe(`${ORIGIN}: not valid YAML: Excessive alias count indicates a resource exhaustion attack`);
    expect(e.file).toBe(ORIGIN);
  });

  it("echoed values are capped at 200 characters, saying how many were left out", () => {
    const big = "x".repeat(20_000_000);
    expect(configError(`maxFileSize: ${big}\n`).message).toBe(`${ORIGIN}: maxFileSize: '${"x".repeat(199)}…(19999802 more characters) must be of type integer`);
    // the contents of a file that is not a configuration at all (-c /etc/passwd)
    const passwd = Array.from({ length: 40 }, (_, i) => `user${i}:x:${1000 + i}:${1000 + i}::/home/user${i}:/bin/sh`).join("\n");
    const m = configError(passwd, "/etc/passwd").message;
    expect(m.length).toBeLessThan(300);
    expect(m).toMatch(/^\/etc\/passwd: 'user0:x:1000:1000::\/home\/user0:\/bin\/sh user1:x:1001.*…\(\d+ more characters\) must be of type object$/);
    // an unknown key or rule id of any length
    expect(configError(JSON.stringify({ ["k".repeat(5000)]: 1 }), "/ws/c.json").message).toMatch(/^\/ws\/c\.json: k{200}…\(4800 more characters\): unknown key 'k{200}…\(4800 more characters\)'; allowed keys: rules,/);
    expect(configError(JSON.stringify({ rules: { ["r".repeat(5000)]: "off" } }), "/ws/c.json").message).toBe(`/ws/c.json: rules.${"r".repeat(194)}…(4806 more characters): unknown rule id '${"r".repeat(200)}…(4800 more characters)'`);
  });
});

describe("settingsFromConfig and suppressions", () => {
  const now = new Date("2026-06-15T12:00:00Z");
  const lint = (yaml: string, path = "/ws/deploy/a.json") => {
    const config = parseConfigText(yaml, ORIGIN);
    const settings = settingsFromConfig(config, path, { cwd: "/ws", now });
    const binds = lintText(path, MANIFEST, settings).result.messages.filter((m) => m.ruleId === "no-host-binds");
    return { settings, binds, config };
  };

  it("display paths are workspace-relative with /", () => {
    expect(lint("").settings.displayPath).toBe("deploy/a.json");
  });

  it("severities from the file, command-line severities win", () => {
    const config = parseConfigText("rules: {no-host-binds: warning, env-name-colon: info}", ORIGIN);
    const s = settingsFromConfig(config, "/ws/a.json", { cwd: "/ws", now, rules: { "no-host-binds": "off" } });
    expect(s.severities).toEqual({ "no-host-binds": "off", "env-name-colon": "info" });
  });

  it("matches file glob, module, rule and pointer prefix", () => {
    const hit = lint("suppressions: [{files: 'deploy/*.json', module: camera, rule: no-host-binds, reason: vendor, pointer: /modulesContent/$edgeAgent}]");
    expect(hit.binds).toHaveLength(1);
    expect(hit.binds[0]!.suppressed).toEqual({ reason: "vendor" });
    const pointer = hit.binds[0]!.pointer;
    expect(lint(`suppressions: [{files: '**', rule: no-host-binds, reason: r, pointer: '${pointer}'}]`).binds[0]!.suppressed).toEqual({ reason: "r" });
    expect(lint(`suppressions: [{files: '**', rule: no-host-binds, reason: r, pointer: '${pointer}x'}]`).binds[0]!.suppressed).toBeUndefined();
    expect(lint("suppressions: [{files: '**', rule: no-host-binds, reason: r, pointer: /modulesContent/$edge}]").binds[0]!.suppressed).toBeUndefined();
    expect(lint("suppressions: [{files: 'other/*.json', rule: no-host-binds, reason: r}]").binds[0]!.suppressed).toBeUndefined();
    expect(lint("suppressions: [{files: '**', module: hub, rule: no-host-binds, reason: r}]").binds[0]!.suppressed).toBeUndefined();
    expect(lint("suppressions: [{files: '**', rule: env-name-colon, reason: r}]").binds[0]!.suppressed).toBeUndefined();
  });

  it("a suppression applies through its expiry day, then stops and is reported", () => {
    const today = lint("suppressions: [{files: '**', rule: no-host-binds, reason: vendor, expires: '2026-06-15'}]");
    expect(today.binds[0]!.suppressed).toEqual({ reason: "vendor", expires: "2026-06-15" });
    expect(expiredSuppressionDiagnostics(today.config, "deploy/a.json", now)).toEqual([]);

    const past = lint("suppressions: [{files: 'deploy/**', module: camera, rule: no-host-binds, reason: vendor image, expires: '2026-06-14'}]");
    expect(past.binds[0]!.suppressed).toBeUndefined();
    const expired = expiredSuppressionDiagnostics(past.config, "deploy/a.json", now);
    expect(expired).toHaveLength(1);
    expect(expired[0]).toMatchObject({
      ruleId: "suppression-expired",
      severity: "warning",
      line: 1,
      column: 1,
      message: `suppression of no-host-binds in module 'camera' ("vendor image") expired on 2026-06-14: it no longer applies; fix the findings or extend 'expires' in ${ORIGIN}`,
    });
    // only files its glob names
    expect(expiredSuppressionDiagnostics(past.config, "other/a.json", now)).toEqual([]);
    // and it can be switched off like a rule
    expect(expiredSuppressionDiagnostics(past.config, "deploy/a.json", now, { "suppression-expired": "off" })).toEqual([]);
  });

  it("--print-config shows every rule's severity and the suppressions for the file", () => {
    const config = parseConfigText("rules: {no-host-binds: warning}\nsuppressions: [{files: 'a.json', rule: no-host-binds, reason: r, expires: '2026-01-01'}, {files: 'b.json', rule: no-host-binds, reason: s}]", ORIGIN);
    const r = resolvedConfigFor(config, "/ws/a.json", { cwd: "/ws", now });
    expect(r).toMatchObject({ filePath: "a.json", configFile: ORIGIN, linted: true, maxFileSize: 67108864 });
    expect((r.rules as Record<string, string>)["no-host-binds"]).toBe("warning");
    expect((r.rules as Record<string, string>)["env-name-colon"]).toBe("error");
    expect((r.rules as Record<string, string>)["suppression-expired"]).toBe("warning");
    expect(r.suppressions).toEqual([{ files: ["a.json"], rule: ["no-host-binds"], reason: "r", expires: "2026-01-01", expired: true }]);
  });
});

describe("findConfig and loadConfigFile", () => {
  const root = mkdtempSync(join(tmpdir(), "cfg-"));
  const repo = join(root, "repo");
  mkdirSync(join(repo, ".git"), { recursive: true });
  mkdirSync(join(repo, "a", "b", "c"), { recursive: true });
  writeFileSync(join(root, ".iotedge-gpu-lint.yml"), "rules: {no-host-binds: off}\n");

  it("stops at the repository root (the directory holding .git)", () => {
    expect(findConfig(join(repo, "a", "b", "c"))).toBeUndefined();
  });

  it("finds the nearest file walking up, each of the three names", () => {
    writeFileSync(join(repo, "a", ".iotedge-gpu-lint.json"), "{}");
    expect(findConfig(join(repo, "a", "b", "c"))).toBe(join(repo, "a", ".iotedge-gpu-lint.json"));
    writeFileSync(join(repo, "a", "b", ".iotedge-gpu-lint.yaml"), "");
    expect(findConfig(join(repo, "a", "b", "c"))).toBe(join(repo, "a", "b", ".iotedge-gpu-lint.yaml"));
  });

  it("stops at stopDir", () => {
    mkdirSync(join(root, "x", "y"), { recursive: true });
    expect(findConfig(join(root, "x", "y"), join(root, "x"))).toBeUndefined();
    expect(findConfig(join(root, "x", "y"), undefined, root)).toBe(join(root, ".iotedge-gpu-lint.yml"));
  });

  it("without a .git, the search stops at the working directory: a configuration above it never applies", () => {
    mkdirSync(join(root, "w", "deploy", "sub"), { recursive: true });
    const cwd = join(root, "w");
    // the planted file above the working directory is not read, from the working directory or below it
    expect(findConfig(join(cwd, "deploy", "sub"), undefined, cwd)).toBeUndefined();
    expect(findConfig(cwd, undefined, cwd)).toBeUndefined();
    expect(configSearchTop(cwd)).toBe(cwd);
    // a configuration in the working directory applies to everything below it
    writeFileSync(join(cwd, ".iotedge-gpu-lint.yml"), "root: true\n");
    expect(findConfig(join(cwd, "deploy", "sub"), undefined, cwd)).toBe(join(cwd, ".iotedge-gpu-lint.yml"));
    expect(loadConfigFile(join(cwd, ".iotedge-gpu-lint.yml")).root).toBe(true);
    // a folder outside the working directory (and outside any repository) is searched alone
    mkdirSync(join(root, "elsewhere", "x"), { recursive: true });
    expect(findConfig(join(root, "elsewhere", "x"), undefined, cwd)).toBeUndefined();
  });

  it("inside a repository, the search from a subfolder working directory reaches the repository root", () => {
    writeFileSync(join(repo, ".iotedge-gpu-lint.yml"), "");
    mkdirSync(join(repo, "p", "q"), { recursive: true });
    expect(configSearchTop(join(repo, "p"))).toBe(repo);
    expect(findConfig(join(repo, "p", "q"), undefined, join(repo, "p"))).toBe(join(repo, ".iotedge-gpu-lint.yml"));
  });

  it("two config files in one directory are an error", () => {
    mkdirSync(join(root, "two"));
    writeFileSync(join(root, "two", ".iotedge-gpu-lint.yml"), "");
    writeFileSync(join(root, "two", ".iotedge-gpu-lint.json"), "{}");
    expect(() => findConfig(join(root, "two"))).toThrow(/several configuration files \(\.iotedge-gpu-lint\.yml, \.iotedge-gpu-lint\.json\); keep one/);
  });

  it("a missing file is a ConfigError naming it", () => {
    const missing = join(root, "nope.yml");
    expect(() => loadConfigFile(missing)).toThrow(`${missing}: cannot read the configuration file (ENOENT)`);
    expect(() => loadConfigFile(missing)).toThrow(ConfigError);
    expect(loadConfigFile(join(root, ".iotedge-gpu-lint.yml")).rules).toEqual({ "no-host-binds": "off" });
  });
});

describe("customRules", () => {
  it("are compiled by the policy module, can be configured and show up in the settings", () => {
    const c = parseConfigText(
      [
        "customRules:",
        "  - id: org-image-registry",
        "    severity: warning",
        "    message: \"module '{module}': images come from contoso.azurecr.io\"",
        "    scope: settings",
        "    path: image",
        "    schema: {type: string, pattern: '^contoso\\.azurecr\\.io/'}",
        "rules:",
        "  org-image-registry: error",
      ].join("\n"),
      ORIGIN,
    );
    expect(c.extraRules.map((r) => r.meta.id)).toEqual(["org-image-registry"]);
    const s = settingsFromConfig(c, "/ws/a.json", { cwd: "/ws" });
    expect(s.rules.map((r) => r.meta.id)).toContain("org-image-registry");
    const found = lintText("/ws/a.json", MANIFEST, s).result.messages.filter((m) => m.ruleId === "org-image-registry");
    expect(found.map((m) => [m.severity, m.message])).toEqual([["error", "module 'camera': images come from contoso.azurecr.io"]]);
  });

  it("a broken declaration is a ConfigError", () => {
    expect(configError("customRules:\n  - {id: x}\n").message).toMatch(/^\/ws\/\.iotedge-gpu-lint\.yml(:\d+)?: customRules\[0\]/);
  });
});

describe("target and vm", () => {
  it("target is one target or a list; vm holds the site settings; the defaults are kubernetes and none", () => {
    expect(parseConfigText("rules: {}", ORIGIN)).toMatchObject({ target: ["kubernetes"], vm: {} });
    expect(parseConfigText("target: vm", ORIGIN).target).toEqual(["vm"]);
    expect(parseConfigText("target: [vm, kubernetes]", ORIGIN).target).toEqual(["vm", "kubernetes"]);
    expect(parseConfigText('{"target": "vm", "vm": {"shareRoot": "/mnt/shares"}}', "/ws/.iotedge-gpu-lint.json")).toMatchObject({ target: ["vm"], vm: { shareRoot: "/mnt/shares" } });
    // trailing slashes do not end up in fixed paths
    expect(parseConfigText("vm: {shareRoot: /mnt/shares/, allowedBindSources: [/srv, /mnt/shares]}", ORIGIN).vm).toEqual({ shareRoot: "/mnt/shares", allowedBindSources: ["/srv", "/mnt/shares"] });
  });

  it("a bad target or vm setting is an error naming the key and what is allowed", () => {
    const cases: [string, string, string][] = [
      ["target: gpu", "target", "'gpu' is not allowed; allowed values: kubernetes, vm, or a list of them"],
      ["target: [kubernetes, docker]", "target[1]", "'docker' is not allowed; allowed values: kubernetes, vm"],
      ["target: [vm, vm]", "target", "lists 'vm' twice"],
      ["target: []", "target", "[] is not allowed; allowed values: kubernetes, vm, or a list of them"],
      ["vm: {shareRoot: mnt/shares}", "vm.shareRoot", "'mnt/shares' is not an absolute path inside the VM; write it from the root (e.g. /mnt/shares)"],
      ["vm: {shareRoot: '/mnt/a:b'}", "vm.shareRoot", "'/mnt/a:b' has a ':', which separates the parts of a Docker bind; mount the shares under a path without one"],
      ["vm: {shareRoot: /}", "vm.shareRoot", "'/' is the root of the VM's filesystem; name the directory the shares are mounted in (e.g. /mnt/shares)"],
      ["vm: {allowedBindSources: [data]}", "vm.allowedBindSources[0]", "'data' is not an absolute path inside the VM; write it from the root (e.g. /srv/data)"],
      ["vm: {shareroot: /mnt}", "vm.shareroot", "unknown key 'shareroot' (did you mean 'shareRoot'?); allowed keys: shareRoot, allowedBindSources"],
    ];
    for (const [text, key, why] of cases) {
      const e = configError(text);
      expect({ text, message: e.message, key: e.key }).toEqual({ text, message: `${ORIGIN}: ${key}: ${why}`, key });
    }
  });

  it("the settings for a file carry the target asked for (else the configuration's first) and the vm settings, the caller's winning key by key", () => {
    const config = parseConfigText("target: [vm, kubernetes]\nvm: {shareRoot: /mnt/shares, allowedBindSources: [/srv]}", ORIGIN);
    const s = settingsFromConfig(config, "/ws/a.json", { cwd: "/ws" });
    expect([s.target, s.vm]).toEqual(["vm", { shareRoot: "/mnt/shares", allowedBindSources: ["/srv"] }]);
    const k = settingsFromConfig(config, "/ws/a.json", { cwd: "/ws", target: "kubernetes", vm: { shareRoot: "/data/shares" } });
    expect([k.target, k.vm]).toEqual(["kubernetes", { shareRoot: "/data/shares", allowedBindSources: ["/srv"] }]);
    // nothing configured: no vm settings at all
    expect(settingsFromConfig(parseConfigText("rules: {}", ORIGIN), "/ws/a.json", { cwd: "/ws" }).vm).toBeUndefined();
  });

  it("--print-config shows the targets and the vm settings; a command-line target wins", () => {
    const config = parseConfigText("target: vm\nvm: {shareRoot: /mnt/shares}", ORIGIN);
    expect(resolvedConfigFor(config, "/ws/a.json", { cwd: "/ws" })).toMatchObject({ target: ["vm"], vm: { shareRoot: "/mnt/shares" } });
    expect(resolvedConfigFor(config, "/ws/a.json", { cwd: "/ws", targets: ["kubernetes", "vm"] })).toMatchObject({ target: ["kubernetes", "vm"] });
  });
});

describe("loadConfigFile reads only a regular file of sensible size (issue 13)", () => {
  it("a FIFO, a device and a huge file are configuration errors naming them", () => {
    const dir = mkdtempSync(join(tmpdir(), "cfg-odd-"));
    const fifo = join(dir, "fifo.yml");
    execFileSync("mkfifo", [fifo]);
    expect(() => loadConfigFile(fifo)).toThrow(new ConfigError(`${fifo}: the configuration is not a regular file; not read`, fifo));
    expect(() => loadConfigFile("/dev/zero")).toThrow(new ConfigError("/dev/zero: the configuration is not a regular file; not read", "/dev/zero"));
    const big = join(dir, "big.yml");
    writeFileSync(big, `# ${"x".repeat(1024 * 1024)}\n`);
    expect(() => loadConfigFile(big)).toThrow(new ConfigError(`${big}: the configuration file is 1048579 bytes, more than 1048576; not read`, big));
  });
});
