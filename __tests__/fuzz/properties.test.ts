/**
 * Property tests: random manifests of every shape (template, stringified, chunked, layered, with
 * BOM/CRLF/odd indentation and unicode) and random JSON-ish text. FUZZ_RUNS sets the number of
 * cases per property (default 300 in `npm test`; `npm run fuzz` runs 200,000).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixText, lintText } from "../../src/index.js";
import { readManifest } from "../../src/model/manifest.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,10}$/);
const unicode = fc.string({ unit: "grapheme", maxLength: 6 });
const moduleName = fc.oneof(word, fc.constantFrom("GPUModule", "camera", "Filter_Module", "9lives", "__MODULE_NAME", "proxy", "x.y"));
const hostPath = fc.oneof(
  fc.constantFrom("/home/hcsshares/share1", "/home/hcsshares/$SHARE", "/etc/hosts", "/var/run/docker.sock", "/data", "$VIDEO", "media"),
  word.map((w) => `/srv/${w}`),
);
const bind = fc.tuple(hostPath, fc.constantFrom("/in", "/out", "/data"), fc.constantFrom("", ":ro", ":rw", ":z")).map(([a, b, c]) => `${a}:${b}${c}`);
const envName = fc.oneof(word, fc.constantFrom("Logging:LogLevel:Default", "https_proxy", "WIRESERVER_ADDRESS", "no_proxy", "UpstreamProtocol", "1BAD"));
const port = fc.constantFrom("80", "443", "5000", "35000", "31000", "8000-8010");
const proto = fc.constantFrom("tcp", "udp", "sctp", "TCP");

const hostConfig = fc.record(
  {
    Binds: fc.array(bind, { maxLength: 4 }),
    Mounts: fc.array(fc.record({ Type: fc.constantFrom("bind", "volume", "tmpfs"), Source: hostPath, Target: fc.constantFrom("/a", "/b") }, { requiredKeys: ["Target"] }), { maxLength: 2 }),
    PortBindings: fc.dictionary(fc.tuple(port, proto).map(([p, q]) => `${p}/${q}`), fc.array(fc.record({ HostPort: fc.oneof(port, fc.constant("")) }, { requiredKeys: [] }), { maxLength: 2 }), { maxKeys: 3 }),
    Privileged: fc.boolean(),
    runtime: fc.constantFrom("nvidia", "runc"),
    NetworkMode: fc.constantFrom("host", "Host", "bridge"),
    IpcMode: fc.constantFrom("host", "shareable", "container:x"),
    ShmSize: fc.integer({ min: 0, max: 4_000_000_000 }),
    Memory: fc.integer({ min: 0, max: 8_000_000_000 }),
    NanoCpus: fc.integer({ min: 0, max: 4_000_000_000 }),
    Devices: fc.array(fc.record({ PathOnHost: fc.constantFrom("/dev/catapult0", "/dev/video0"), PathInContainer: fc.constant("/dev/x") }), { maxLength: 2 }),
    DeviceRequests: fc.array(fc.record({ Count: fc.integer({ min: -1, max: 2 }), Capabilities: fc.constant([["gpu"]]) }), { maxLength: 1 }),
  },
  { requiredKeys: [] },
);
const createOptions = fc.record(
  {
    Env: fc.array(fc.tuple(envName, unicode).map(([n, v]) => `${n}=${v}`), { maxLength: 3 }),
    Cmd: fc.oneof(fc.constant("run.sh"), fc.array(word, { maxLength: 2 })),
    Entrypoint: fc.array(word, { maxLength: 2 }),
    User: fc.constantFrom("1000", "1000:1000", "app"),
    Labels: fc.dictionary(word, unicode, { maxKeys: 2 }),
    ExposedPorts: fc.dictionary(fc.tuple(port, proto).map(([p, q]) => `${p}/${q}`), fc.constant({}), { maxKeys: 2 }),
    HostConfig: hostConfig,
    "k8s-experimental": fc.record(
      {
        resources: fc.record({ limits: fc.dictionary(fc.constantFrom("microsoft.com/fpga_catapult", "nvidia.com/gpu", "memory", "cpu"), fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom("128Mi", "500m"))) }, { requiredKeys: [] }),
        strategy: fc.record({ type: fc.constantFrom("Recreate", "RollingUpdate", "Bogus") }),
        nodeSelector: fc.dictionary(word, fc.oneof(fc.boolean(), word), { maxKeys: 2 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);
const moduleSpec = fc.record(
  {
    env: fc.dictionary(envName, fc.record({ value: fc.oneof(unicode, fc.boolean(), fc.integer()) }), { maxKeys: 3 }),
    createOptions,
    startupOrder: fc.nat(5),
    restartPolicy: fc.constantFrom("always", "never", "on-failure"),
  },
  { requiredKeys: ["createOptions"] },
);
const spec = fc.record({
  modules: fc.dictionary(moduleName, moduleSpec, { minKeys: 1, maxKeys: 4 }),
  form: fc.constantFrom("object", "string", "chunked", "layered"),
  chunk: fc.integer({ min: 8, max: 600 }),
  eol: fc.constantFrom("\n", "\r\n"),
  indent: fc.constantFrom(0, 2, 4, "\t"),
  bom: fc.boolean(),
  hubProxy: fc.boolean(),
  schemaVersion: fc.constantFrom("1.0", "1.1", "1.2"),
});

type Spec = typeof spec extends fc.Arbitrary<infer T> ? T : never;

function render(s: Spec): { text: string; filePath: string } {
  const settingsOf = (co: unknown): Record<string, unknown> => {
    const out: Record<string, unknown> = { image: "contoso.azurecr.io/m:1" };
    if (s.form === "object") out.createOptions = co;
    else {
      const t = JSON.stringify(co);
      const n = s.form === "chunked" ? s.chunk : Number.MAX_SAFE_INTEGER;
      for (let i = 0, k = 0; i < t.length || k === 0; i += n, k++) out[k === 0 ? "createOptions" : `createOptions${String(k).padStart(2, "0")}`] = t.slice(i, i + n);
    }
    return out;
  };
  const modules = Object.fromEntries(
    Object.entries(s.modules).map(([name, m]) => {
      const { createOptions: co, ...rest } = m;
      return [name, { type: "docker", status: "running", ...rest, settings: settingsOf(co) }];
    }),
  );
  const routes = Object.fromEntries(Object.keys(s.modules).map((n, i) => [`r${i}`, `FROM /messages/modules/${n}/outputs/* INTO BrokeredEndpoint("/modules/${n}/inputs/in")`]));
  let doc: unknown;
  if (s.form === "layered") {
    doc = {
      content: {
        modulesContent: {
          $edgeAgent: Object.fromEntries(Object.entries(modules).map(([n, m]) => [`properties.desired.modules.${n}`, m])),
          $edgeHub: Object.fromEntries(Object.entries(routes).map(([n, r]) => [`properties.desired.routes.${n}`, r])),
        },
      },
    };
  } else {
    const hubEnv = s.hubProxy ? { https_proxy: { value: "http://proxy:3128" } } : {};
    doc = {
      modulesContent: {
        $edgeAgent: {
          "properties.desired": {
            schemaVersion: s.schemaVersion,
            systemModules: { edgeAgent: { type: "docker", settings: { image: "a", createOptions: s.form === "object" ? {} : "" } }, edgeHub: { type: "docker", env: hubEnv, settings: settingsOf({}) } },
            modules,
          },
        },
        $edgeHub: { "properties.desired": { schemaVersion: s.schemaVersion, routes } },
        ...Object.fromEntries(Object.keys(s.modules).map((n) => [n, { "properties.desired": { peer: `${n}:5000` } }])),
      },
    };
  }
  const text = (s.bom ? "\ufeff" : "") + JSON.stringify(doc, null, s.indent).replace(/\n/g, s.eol) + s.eol;
  return { text, filePath: s.form === "object" ? "deployment.template.json" : "deployment.json" };
}

const IN_STRING_RULES = new Set(["route-unknown-module", "inter-module-container-port"]);
const TOKEN_START = /^(?:\\?"|[{[\-0-9tfn])/;

describe("properties", () => {
  it("lint never throws, and every finding points at a key or value inside the file", () => {
    fc.assert(
      fc.property(spec, (s) => {
        const { text, filePath } = render(s);
        const body = text.replace(/^\ufeff/, "");
        const r = lintText(text, { filePath });
        for (const m of r.messages) {
          expect(m.message).not.toMatch(/^internal error/);
          expect(m.offset).toBeGreaterThanOrEqual(0);
          expect(m.endOffset).toBeLessThanOrEqual(body.length);
          expect(m.line).toBeGreaterThanOrEqual(1);
          // a finding points at a key or value; the rules that report a range inside a string value
          // (a module name in a route, a host in a URL) point at that text instead
          if (!IN_STRING_RULES.has(m.ruleId)) expect(body.slice(m.offset), `${m.ruleId} at ${m.line}:${m.column}`).toMatch(TOKEN_START);
          expect(body[m.offset] ?? "", `${m.ruleId} at ${m.line}:${m.column}`).not.toMatch(/^[\s,:]$/);
        }
      }),
      params,
    );
  });

  it("fix output parses, a second fix changes nothing, no fixable finding survives", () => {
    fc.assert(
      fc.property(spec, (s) => {
        const { text, filePath } = render(s);
        const out = fixText(text, { filePath });
        expect(readManifest(filePath, out.output).kind).toBe("manifest");
        if (s.bom) expect(out.output.startsWith("\ufeff")).toBe(true);
        const again = fixText(out.output, { filePath });
        expect(again.output).toBe(out.output);
        expect(again.result.messages.filter((m) => m.edits).map((m) => `${m.ruleId} ${m.line}:${m.column}`)).toEqual([]);
      }),
      { ...params, numRuns: Math.max(1, Math.floor(RUNS / 2)) },
    );
  });

  it("a fix changes nothing outside module settings, env and names (parsed trees compared)", () => {
    const strip = (text: string): unknown => {
      const doc = JSON.parse(text.replace(/^\ufeff/, ""));
      const walk = (v: unknown): unknown => {
        if (Array.isArray(v)) return v.map(walk);
        if (v && typeof v === "object") {
          const o: Record<string, unknown> = {};
          for (const [k, x] of Object.entries(v)) {
            if (k === "settings" || k === "env" || k === "routes" || k.startsWith("properties.desired.routes")) continue;
            o[k] = walk(x);
          }
          // module names may be renamed: compare the values in order
          return Object.values(o);
        }
        return v;
      };
      return walk(doc);
    };
    fc.assert(
      fc.property(spec, (s) => {
        const { text, filePath } = render(s);
        const out = fixText(text, { filePath, rules: { "schema-version": "off" } });
        if (filePath.endsWith(".template.json")) return; // templates may hold bare placeholders JSON.parse cannot read
        expect(strip(out.output)).toEqual(strip(text));
      }),
      { ...params, numRuns: Math.max(1, Math.floor(RUNS / 2)) },
    );
  });

  it("random JSON-ish text never crashes the linter or the fixer", () => {
    const alphabet = fc.constantFrom(..."{}[]:,\"\\ \n\r\t/*-0123456789truefalsn$abcé\u00a0\ufeff<>=".split(""));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join("")), fc.boolean(), (t, template) => {
        const filePath = template ? "deployment.template.json" : "deployment.json";
        const text = `{"modulesContent":${t}}`;
        const r = lintText(text, { filePath });
        for (const m of r.messages) expect(m.message).not.toMatch(/^internal error/);
        fixText(text, { filePath });
      }),
      params,
    );
  });

  it("mutated real-looking manifests (a character deleted, inserted or swapped) never crash", () => {
    fc.assert(
      fc.property(spec, fc.nat(), fc.constantFrom("delete", "insert", "swap"), fc.constantFrom(..."{}[]\",:\\"), (s, at, op, ch) => {
        const { text, filePath } = render(s);
        const i = at % text.length;
        const mutated = op === "delete" ? text.slice(0, i) + text.slice(i + 1) : op === "insert" ? text.slice(0, i) + ch + text.slice(i) : text.slice(0, i) + ch + text.slice(i + 1);
        const r = lintText(mutated, { filePath });
        for (const m of r.messages) expect(m.message).not.toMatch(/^internal error/);
        const out = fixText(mutated, { filePath });
        expect(typeof out.output).toBe("string");
      }),
      params,
    );
  });
});

describe("properties, vm target (with vm.shareRoot)", () => {
  const vm = { target: "vm" as const, vm: { shareRoot: "/mnt/shares", allowedBindSources: ["/srv"] } };

  it("lint never throws, and every finding points at a key or value inside the file", () => {
    fc.assert(
      fc.property(spec, (s) => {
        const { text, filePath } = render(s);
        const body = text.replace(/^\ufeff/, "");
        for (const m of lintText(text, { filePath, ...vm }).messages) {
          expect(m.message).not.toMatch(/^internal error/);
          expect(m.target).toBe("vm");
          expect(m.endOffset).toBeLessThanOrEqual(body.length);
          if (!IN_STRING_RULES.has(m.ruleId)) expect(body.slice(m.offset), `${m.ruleId} at ${m.line}:${m.column}`).toMatch(TOKEN_START);
        }
      }),
      params,
    );
  });

  it("fix output parses, a second fix changes nothing, no fixable finding survives", () => {
    fc.assert(
      fc.property(spec, (s) => {
        const { text, filePath } = render(s);
        const out = fixText(text, { filePath, ...vm });
        expect(readManifest(filePath, out.output).kind).toBe("manifest");
        const again = fixText(out.output, { filePath, ...vm });
        expect(again.output).toBe(out.output);
        expect(again.result.messages.filter((m) => m.edits).map((m) => `${m.ruleId} ${m.line}:${m.column}`)).toEqual([]);
      }),
      { ...params, numRuns: Math.max(1, Math.floor(RUNS / 2)) },
    );
  });
});
