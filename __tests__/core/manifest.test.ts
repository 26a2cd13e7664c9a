/** Every manifest shape users keep in git is read, and what is not a manifest is skipped. */
import { describe, expect, it } from "vitest";
import { readManifest, type Manifest } from "../../src/model/manifest.js";

function read(text: string, filePath = "deployment.json"): Manifest {
  const r = readManifest(filePath, text);
  if (r.kind !== "manifest") throw new Error(`expected a manifest, got ${r.kind}`);
  return r.manifest;
}

const module = (co: unknown) => ({ type: "docker", settings: { image: "x", createOptions: co } });

describe("manifest shapes", () => {
  it("modulesContent with system and user modules, routes and twins", () => {
    const m = read(
      JSON.stringify({
        modulesContent: {
          $edgeAgent: { "properties.desired": { systemModules: { edgeAgent: module(""), edgeHub: module("{}") }, modules: { camera: module('{"Env":["A=1"]}') } } },
          $edgeHub: { "properties.desired": { routes: { r1: "FROM /messages/modules/camera/outputs/* INTO $upstream", r2: { route: "FROM /messages/modules/other/* INTO $upstream", priority: 1 } } } },
          camera: { "properties.desired": { fps: 5 } },
        },
      }),
    );
    expect(m.shape).toBe("modulesContent");
    expect(m.modules.map((x) => [x.name, x.system, x.createOptions.form])).toEqual([
      ["edgeAgent", true, "none"],
      ["edgeHub", true, "string"],
      ["camera", false, "string"],
    ]);
    expect(m.routes.map((r) => [r.name, r.modules.map((x) => x.name)])).toEqual([
      ["r1", ["camera"]],
      ["r2", ["other"]],
    ]);
    expect(m.modules[2]!.twin?.path).toEqual(["modulesContent", "camera"]);
  });

  it("legacy moduleContent", () => {
    const m = read(JSON.stringify({ moduleContent: { $edgeAgent: { "properties.desired": { modules: { a: module({}) } } } } }));
    expect(m.shape).toBe("legacy-moduleContent");
    expect(m.modules.map((x) => x.name)).toEqual(["a"]);
  });

  it("layered content.modulesContent with dotted keys", () => {
    const m = read(
      JSON.stringify({
        content: {
          modulesContent: {
            $edgeAgent: { "properties.desired.modules.relay": module('{"HostConfig":{}}') },
            $edgeHub: { "properties.desired.routes.toHub": "FROM /messages/modules/relay/outputs/* INTO $upstream" },
            relay: { "properties.desired.layeredProperties.facility": "local0" },
          },
        },
      }),
    );
    expect(m.shape).toBe("content");
    expect(m.layered).toBe(true);
    expect(m.modules.map((x) => [x.name, x.layeredKey])).toEqual([["relay", "properties.desired.modules.relay"]]);
    expect(m.routes.map((r) => r.name)).toEqual(["toHub"]);
    expect(m.modules[0]!.twin).toBeDefined();
  });

  it("an exported edgeAgent twin", () => {
    const m = read(JSON.stringify({ properties: { desired: { modules: { a: module("") } }, reported: {} } }));
    expect(m.shape).toBe("twin");
    expect(m.modules.map((x) => x.name)).toEqual(["a"]);
  });

  it("templates: object createOptions, placeholders kept, bare placeholders read", () => {
    const text = '{"$schema-template":"4.0.0","modulesContent":{"$edgeAgent":{"properties.desired":{"modules":{"__MODULE_NAME":{"settings":{"image":"${MODULES.cam}","createOptions":{"HostConfig":{"ShmSize":${SHM}}}}}}}},"$edgeHub":{"properties.desired":{"storeAndForwardConfiguration":{"timeToLiveSecs":${TTL}}}}}}';
    const m = read(text, "deployment.template.json");
    expect(m.template).toBe(true);
    const mod = m.modules[0]!;
    expect(mod.placeholderName).toBe(true);
    expect(mod.image).toBe("${MODULES.cam}");
    expect(mod.createOptions.form).toBe("object");
    expect(mod.createOptions.root?.at("hostconfig", "shmsize")?.value).toBe("${SHM}");
  });

  it("a generated manifest that declares $schema-template is read as a template", () => {
    const m = read('{"$schema-template":"4.0.0", // c\n"modulesContent":{"$edgeAgent":{"properties.desired":{"modules":{}}}}}', "deployment.json");
    expect(m.template).toBe(true);
  });

  it("createOptions keys match case-insensitively, last match wins", () => {
    const m = read(JSON.stringify({ modulesContent: { $edgeAgent: { "properties.desired": { modules: { a: module('{"hostconfig":{"runtime":"nvidia"}}') } } } } }));
    const hc = m.modules[0]!.createOptions.root!.get("HostConfig")!;
    expect(hc.key).toBe("hostconfig");
    expect(hc.get("Runtime")?.value).toBe("nvidia");
  });

  it("__proto__ keys are plain data", () => {
    const m = read('{"modulesContent":{"$edgeAgent":{"properties.desired":{"modules":{"__proto__":{"settings":{"image":"x"}},"b":{"settings":{"image":"y"}}}}}}}');
    expect(m.modules.map((x) => x.name)).toEqual(["__proto__", "b"]);
    expect(({} as Record<string, unknown>).settings).toBeUndefined();
  });

  it("skips JSON that is not a manifest", () => {
    expect(readManifest("package.json", '{"name":"x","version":"1.0.0"}').kind).toBe("not-a-manifest");
    expect(readManifest("tsconfig.json", "[1,2]").kind).toBe("not-a-manifest");
  });

  it("invalid JSON is reported with its first error, never thrown", () => {
    const r = readManifest("deployment.json", '{"modulesContent": {');
    expect(r.kind).toBe("invalid-json");
    if (r.kind === "invalid-json") expect(r.error.message).toMatch(/end of file/);
  });

  it("nesting 10,000 deep does not overflow the stack", () => {
    const deep = '{"modulesContent":' + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    expect(() => readManifest("deployment.json", deep)).not.toThrow();
    const broken = '{"modulesContent":' + "[".repeat(10_000) + "}";
    const r = readManifest("deployment.json", broken);
    expect(r.kind).toBe("invalid-json");
  });
});
