/** Bad input never crashes the renderer: any JSON value where createOptions members and k8s-experimental sections go. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RenderError, renderKubernetes } from "../../src/render/index.js";
import { renderYaml } from "../../src/render/yaml.js";
import { manifestText, type Form } from "../helpers/manifest.js";

const KEYS = ["Env", "ExposedPorts", "Labels", "Cmd", "Entrypoint", "WorkingDir", "User", "HostConfig", "k8s-experimental"];
const HOST = ["PortBindings", "Binds", "Mounts", "Privileged", "NetworkMode", "IpcMode", "PidMode", "Memory", "Devices"];
const X = ["resources", "nodeSelector", "securityContext", "serviceOptions", "strategy", "volumes", "Volumes", "other"];

const value = fc.jsonValue({ maxDepth: 3 });
const options = fc.record({
  top: fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 4 }),
  host: fc.dictionary(fc.constantFrom(...HOST), value, { maxKeys: 4 }),
  x: fc.dictionary(fc.constantFrom(...X), value, { maxKeys: 4 }),
  env: fc.option(value),
  form: fc.constantFrom<Form>("object", "string", "chunked"),
});

describe("render never crashes", () => {
  it("on arbitrary values in createOptions, HostConfig, k8s-experimental and env", () => {
    fc.assert(
      fc.property(options, ({ top, host, x, env, form }) => {
        const co: Record<string, unknown> = { ...top, HostConfig: { ...host }, "k8s-experimental": { ...x } };
        const text = manifestText({ modules: { m: { createOptions: co } } }, form).replace('"status": "running"', env === null ? '"status": "running"' : `"env": ${JSON.stringify(env)}, "status": "running"`);
        try {
          const r = renderKubernetes(text, { filePath: form === "object" ? "deployment.template.json" : "deployment.json", storageClass: "sc" });
          expect(typeof renderYaml(r)).toBe("string");
        } catch (e) {
          if (!(e instanceof RenderError)) throw e;
        }
      }),
      { numRuns: 400, seed: 16 },
    );
  });
});
