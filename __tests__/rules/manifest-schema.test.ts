import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import rule from "../../rules/manifest-schema.js";
import { lintText } from "../../src/index.js";
import { manifestObject, manifestText, positionOf, type ManifestSpec } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const camera = (fields: Record<string, unknown>, extra: Partial<ManifestSpec> = {}): ManifestSpec => ({
  modules: { camera: { fields, createOptions: { HostConfig: { Privileged: true } } } },
  ...extra,
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data edited freely
type Obj = Record<string, any>;

/** A manifest in the object form, edited as a plain object, as text. */
function edited(edit: (m: Obj) => void, spec: ManifestSpec = camera({})): string {
  const m = manifestObject(spec, "object") as Obj;
  edit(m);
  return JSON.stringify(m, null, 2) + "\n";
}
const agentOf = (m: Obj) => m.modulesContent.$edgeAgent["properties.desired"];
const hubOf = (m: Obj) => m.modulesContent.$edgeHub["properties.desired"];

ruleTester(rule, {
  valid: [
    { name: "a complete 1.1 manifest", spec: camera({ startupOrder: 2, imagePullPolicy: "on-create" }, { routes: { r1: "FROM /messages/* INTO $upstream", r2: { route: "FROM /messages/modules/camera/* INTO $upstream", priority: 0, timeToLiveSecs: 60 } } }) },
    { name: "schemaVersion 1.0 is lenient about unknown module members, like the az CLI", spec: camera({ restartpolicy: "always", startupOrder: 1 }, { agentSchemaVersion: "1.0" }) },
    { name: "placeholders stand for any value", spec: camera({ status: "$HOST_STATUS", restartPolicy: "${RESTART}", startupOrder: "__ORDER__" }, { routes: { r: { route: "FROM /* INTO $upstream", priority: "{{PRIORITY}}" } } }) },
    { name: "edgeHub schemaVersion 1.2 may use mqttBroker (schema-version reports the version)", spec: camera({}, { hubSchemaVersion: "1.2", hub: { mqttBroker: { authorizations: [] } } }) },
    { name: "an empty module twin", spec: camera({}, { twins: { camera: {} } }) },
    {
      name: "a createOptions that is a number or an array: invalid-create-options' one finding, not reported again here",
      filePath: "deployment.json",
      text: edited((m) => {
        agentOf(m).systemModules.edgeHub.settings.createOptions = 5;
        agentOf(m).modules.camera.settings.createOptions = [1, 2];
      }),
    },
    { name: "a module twin with desired properties", spec: camera({}, { twins: { camera: { "properties.desired": { fps: 5 } } } }) },
    {
      name: "a template with bare placeholders, $schema-template and placeholder registry keys",
      filePath: "deployment.template.json",
      text: edited((m) => {
        m["$schema-template"] = "4.0.0";
        agentOf(m).runtime.settings.registryCredentials = { "${REGISTRY_NAME}": { username: "$USER", password: "$PASSWORD", address: "$ADDRESS" } };
        hubOf(m).storeAndForwardConfiguration.timeToLiveSecs = "__TTL__";
      }).replace('"__TTL__"', "${TTL}"),
    },
    {
      name: "layered deployments are not checked (the az CLI validates base deployments only)",
      text: JSON.stringify({ content: { modulesContent: { $edgeAgent: { "properties.desired.modules.cam": { type: "docker", status: "paused" } }, $edgeHub: { "properties.desired.routes.r": 5 } } } }),
    },
    {
      name: "a layered deployment that only sets twins (with the empty $edgeAgent it must include) is not checked",
      text: JSON.stringify({ content: { modulesContent: { $edgeAgent: {}, camera: { "properties.desired": { fps: 5 } } } } }),
    },
    {
      name: "an exported edgeAgent twin is not checked",
      text: JSON.stringify({ properties: { desired: { schemaVersion: "1.0", modules: { cam: { type: "docker", status: "paused" } } } } }),
    },
  ],
  invalid: [
    {
      name: "restartPolicy not in the enum",
      spec: camera({ restartPolicy: "sometimes" }),
      errors: [{ at: '"sometimes"', message: 'module \'camera\': restartPolicy is "sometimes"; write one of "never", "on-failure", "on-unhealthy", "always"', module: "camera", severity: "error" }],
      output: null,
    },
    {
      name: "the FPGA example of the docs page: three findings",
      filePath: "deployment.json",
      text: edited((m) => {
        const cam = agentOf(m).modules.camera;
        cam.restartPolicy = "allways";
        cam.env = { FPS: "5" };
        cam.settings = { createOptions: '{"HostConfig":{"Privileged":true}}' };
        for (const s of [agentOf(m).systemModules.edgeAgent, agentOf(m).systemModules.edgeHub]) s.settings.createOptions = "{}";
      }),
      errors: [
        { at: '"allways"', message: 'module \'camera\': restartPolicy is "allways"; write one of "never", "on-failure", "on-unhealthy", "always"' },
        { at: '"settings": {\n              "createOptions"', message: 'module \'camera\': settings has no "image"; add it (the container image, e.g. "contoso.azurecr.io/camera:1.0")' },
        { at: '"5"', message: 'module \'camera\': env.FPS must be an object {"value": <string, number or boolean>}, not a string' },
      ],
    },
    {
      name: "status not in the enum",
      spec: camera({ status: "paused" }),
      errors: [{ at: '"paused"', message: 'module \'camera\': status is "paused"; write one of "running", "stopped"' }],
    },
    {
      name: "a module member misspelt in case (1.1 is strict)",
      spec: camera({ restartpolicy: "always" }),
      errors: [{ at: '"restartpolicy"', message: 'module \'camera\': unknown property "restartpolicy" in the module; the key is "restartPolicy" (keys here are case-sensitive)' }],
    },
    {
      name: "startupOrder below 0",
      spec: camera({ startupOrder: -1 }),
      errors: [{ at: "-1", message: "module 'camera': startupOrder is -1; it must be >= 0 (an integer from 0 to 4294967295)" }],
    },
    {
      name: "module name outside [a-zA-Z0-9_-]",
      spec: { modules: { "cam.era": { createOptions: {} } } },
      errors: [{ at: '"cam.era"', message: 'module name "cam.era" is not valid; it must match ^[a-zA-Z0-9_-]+$', module: "cam.era" }],
    },
    {
      name: "env value that is not {value: string|number|boolean}",
      spec: { modules: { camera: { env: { A: { val: "1" }, B: { value: null }, "C.D": { value: "x" } } } } },
      errors: [
        { at: '"A"', message: 'module \'camera\': env.A has no "value"; add it (a string, number or boolean)' },
        { at: '"val"', message: 'module \'camera\': unknown property "val" in env.A; remove it (allowed: value)' },
        { at: "null", message: "module 'camera': env.B.value must be a string, number or boolean, not null" },
        { at: '"C.D"', message: 'module \'camera\': environment variable name "C.D" is not valid; it must match ^[^+#$\\s.]+$' },
      ],
    },
    {
      name: "routes: a number, a bad priority, an unknown member, an object without route, a bad name",
      spec: camera({}, { routes: { r1: 12345, r2: { route: "FROM /* INTO $upstream", priority: 42 }, r3: { route: "FROM /* INTO $upstream", ttl: 5 }, r4: { priority: 1 }, "r.5": "FROM /* INTO $upstream" } }),
      errors: [
        { at: "12345", message: '$edgeHub["properties.desired"].routes.r1 must be a route string or an object {route, priority, timeToLiveSecs}, not an integer' },
        { at: "42", message: '$edgeHub["properties.desired"].routes.r2.priority is 42; it must be <= 9 (an integer from 0 (highest) to 9)' },
        { at: '"ttl"', message: 'unknown property "ttl" in $edgeHub["properties.desired"].routes.r3; remove it (allowed: route, priority, timeToLiveSecs)' },
        { at: '"r4"', message: '$edgeHub["properties.desired"].routes.r4 has no "route"; add it (a route string ("FROM ... INTO ..."))' },
        { at: '"r.5"', message: 'route name "r.5" is not valid; it must match ^[^.$# ]+$' },
      ],
    },
    {
      name: "edgeHub 1.0 routes are strings only",
      spec: camera({}, { hubSchemaVersion: "1.0", routes: { r1: { route: "FROM /* INTO $upstream" } } }),
      errors: [{ at: '{\n            "route"', message: /^\$edgeHub\["properties.desired"\].routes.r1 must be a route string \("FROM ... INTO ..."\); route objects \{route, priority, timeToLiveSecs\} need schemaVersion 1.1, not an object$/ }],
    },
    {
      name: "mqttBroker with edgeHub schemaVersion 1.1",
      spec: camera({}, { hub: { mqttBroker: {} } }),
      errors: [{ at: '"mqttBroker"', message: '$edgeHub["properties.desired"].mqttBroker is not allowed here: mqttBroker needs edgeHub schemaVersion 1.2, which the Kubernetes runtime rejects; remove it' }],
    },
    {
      name: "settings without image",
      text: edited((m) => delete agentOf(m).modules.camera.settings.image),
      errors: [{ at: '"settings"', occurrence: 3, message: 'module \'camera\': settings has no "image"; add it (the container image, e.g. "contoso.azurecr.io/camera:1.0")', module: "camera" }],
    },
    {
      name: "a module without status and restartPolicy",
      text: edited((m) => {
        delete agentOf(m).modules.camera.status;
        delete agentOf(m).modules.camera.restartPolicy;
      }),
      errors: [
        { at: '"camera"', message: 'module \'camera\': the module has no "status"; add it (the module status)' },
        { at: '"camera"', message: 'module \'camera\': the module has no "restartPolicy"; add it (the restart policy)' },
      ],
    },
    {
      name: "object createOptions in a generated manifest: create-options-object's one finding (with its fix), but an object createOptions01 chunk is reported here",
      filePath: "deployment.json",
      text: manifestText(camera({}), "object").replace('"createOptions": {\n                "HostConfig": {\n                  "Privileged"', '"createOptions01": {"a": 1},\n              "createOptions": {\n                "HostConfig": {\n                  "Privileged"'),
      errors: [{ at: '{"a": 1}', message: /^module 'camera': settings.createOptions01 must be a string holding the Docker create options as JSON/ }],
    },
    {
      name: "missing $edgeHub, unknown root key, schemaVersion a number, incomplete registry credentials",
      filePath: "deployment.json",
      text: edited((m) => {
        delete m.modulesContent.$edgeHub;
        m.comment = "x";
        agentOf(m).schemaVersion = 1.1;
        agentOf(m).runtime.settings.registryCredentials = { acr: { username: "u", password: "p" } };
        for (const mod of [agentOf(m).systemModules.edgeAgent, agentOf(m).systemModules.edgeHub, agentOf(m).modules.camera]) mod.settings.createOptions = "{}";
      }),
      errors: [
        { at: '"modulesContent"', message: 'modulesContent has no "$edgeHub"; add it (an object {"properties.desired": {...}})' },
        { at: "1.1,", message: '$edgeAgent["properties.desired"].schemaVersion must be a version string such as "1.1", not a number' },
        { at: '"acr"', message: /^\$edgeAgent\["properties.desired"\].runtime.settings.registryCredentials.acr has no "address"; add it/ },
        { at: '"comment"', message: 'unknown property "comment" in the file; remove it (allowed: $schema-template, $schema, modulesContent)' },
      ],
    },
  ],
});

describe("manifest-schema on real manifests", () => {
  const dir = "/work/shared/corpus/files/";
  const present = existsSync(dir);
  // files the schema rightly rejects (see the rule's docs page)
  const expected: Record<string, string[]> = {
    "Azure__iotedgedev__tests__assets__deployment.manifest_invalid_createoptions.json": ["82:38"],
  };
  it.skipIf(!present)("passes every base deployment in the corpus except the known-bad ones (needs /work/shared/corpus/files)", () => {
    let checked = 0;
    for (const f of readdirSync(dir)) {
      const r = lintText(readFileSync(dir + f, "utf8"), { filePath: f, ruleSet: [rule] });
      if (!r.skipped) checked++;
      expect(r.messages.map((m) => `${m.line}:${m.column}`), f).toEqual(expected[f] ?? []);
    }
    expect(checked).toBeGreaterThan(60);
  });
  if (!present) it.skip("corpus tests skipped: /work/shared/corpus/files is not present", () => {});
});

it("position of a finding inside a chunked manifest points into the right chunk member", () => {
  const text = manifestText(camera({ status: "paused" }), "chunked");
  const [d] = lintText(text, { filePath: "deployment.json", ruleSet: [rule] }).messages;
  expect({ line: d!.line, column: d!.column }).toEqual(positionOf(text, '"paused"'));
});

describe("findings name their module by lookup (issue 13 item 10)", () => {
  it("8,000 modules in one manifest: every finding names its own module, system modules and routes none", () => {
    const text = edited((m) => {
      const modules = agentOf(m).modules;
      for (let i = 0; i < 8000; i++) modules[`m${i}`] = { type: "docker", status: "running", restartPolicy: i % 2 === 0 ? "always" : "sometimes", settings: { image: "a" } };
      agentOf(m).systemModules.edgeHub.restartPolicy = "sometimes";
      hubOf(m).routes = { r1: 7 };
    });
    const found = lintText(text, { ruleSet: [rule], filePath: "deployment.template.json" }).messages;
    const mods = found.map((d) => d.module ?? "");
    expect(found).toHaveLength(4000 + 2);
    expect(mods.filter((n) => /^m\d+$/.test(n))).toEqual(Array.from({ length: 4000 }, (_, k) => `m${2 * k + 1}`));
    expect(mods.filter((n) => !/^m\d+$/.test(n))).toEqual(["edgeHub", ""]);
    expect(found.find((d) => d.module === "m7999")!.message).toMatch(/^module 'm7999': restartPolicy/);
  });
});
