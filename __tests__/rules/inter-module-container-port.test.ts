import { describe, expect, it } from "vitest";
import rule from "../../rules/inter-module-container-port.js";
import { manifestText, type ManifestSpec, type ModuleSpec } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { applySuggestion } from "./_pack-a-suggest.js";

const scorer: ModuleSpec = { createOptions: { HostConfig: { PortBindings: { "5000/tcp": [{ HostPort: "9000" }] } } } };
const spec = (reporter: ModuleSpec, extra: Record<string, ModuleSpec> = {}, twins?: Record<string, unknown>): ManifestSpec => ({
  modules: { reporter, "image-scorer": scorer, ...extra },
  ...(twins ? { twins } : {}),
});

ruleTester(rule, {
  valid: [
    { name: "host port and Kubernetes name", spec: spec({ env: { SCORER_URL: "http://image-scorer:9000/score" } }) },
    { name: "module name in any case (DNS is case-insensitive)", spec: spec({ env: { SCORER_URL: "http://Image-Scorer:9000/score" } }) },
    { name: "edgeHub on its published port", spec: spec({ env: { BROKER: "mqtts://edgeHub:8883" } }) },
    {
      name: "not a module, a longer host name, a path, a placeholder, a time, self",
      spec: spec(
        {
          env: {
            DB: "postgres://db.contoso.com:5432/app",
            FQDN: "http://image-scorer.iotedge.svc:5000",
            PATH_LIKE: "/data/image-scorer:5000",
            HOST: "${SCORER_HOST}:5000",
            WINDOW: "10:30",
            SELF: "http://reporter:8080",
            USERINFO: "user:5000@example",
          },
          createOptions: { Cmd: ["--listen", "0.0.0.0:5000"] },
        },
      ),
    },
  ],
  invalid: [
    {
      name: "container port in a module env URL",
      spec: spec({ env: { SCORER_URL: "http://image-scorer:5000/score" } }),
      errors: [
        {
          at: "image-scorer:5000",
          endColumn: 51,
          message:
            "module 'reporter': 'image-scorer:5000': port 5000 is the container port of module 'image-scorer', which publishes it on host port 9000; on Kubernetes-based IoT Edge other modules connect to the host port; write 'image-scorer:9000'",
          severity: "warning",
          module: "reporter",
          suggestions: 1,
          fixable: false,
        },
      ],
      output: null,
    },
    {
      name: "name that is not the Kubernetes name, in createOptions.Env",
      spec: spec({ createOptions: { Env: ["SCORER=Image_Scorer:5000"] } }, { Image_Scorer: { createOptions: { HostConfig: { PortBindings: { "5000/tcp": [{ HostPort: "5000" }] } } } } }),
      errors: [
        {
          at: "Image_Scorer:5000",
          message:
            "module 'reporter': 'Image_Scorer:5000': 'Image_Scorer' is not the Kubernetes name of module 'Image_Scorer' (its service is named 'imagescorer'); write 'imagescorer:5000'",
          suggestions: 1,
        },
      ],
    },
    {
      name: "unpublished port in Cmd",
      spec: spec({ createOptions: { Cmd: ["--broker", "tcp://mqtt-broker:1883", "--verbose"] } }, { "mqtt-broker": { createOptions: { ExposedPorts: { "1883/tcp": {} } } } }),
      errors: [
        {
          at: "mqtt-broker:1883",
          message:
            "module 'reporter': 'mqtt-broker:1883': module 'mqtt-broker' does not publish port 1883 with a HostPort (it is only in ExposedPorts), so other modules cannot reach it on Kubernetes-based IoT Edge; publish it in module 'mqtt-broker' (\"PortBindings\": {\"1883/tcp\": [{\"HostPort\": \"1883\"}]})",
          suggestions: 0,
        },
      ],
    },
    {
      name: "twin desired property, two references in one string",
      spec: spec({}, {}, { reporter: { "properties.desired": { targets: { primary: "image-scorer:5000,image-scorer:9000,Image-Scorer:5000" } } } }),
      errors: [
        { at: "image-scorer:5000,", message: /'image-scorer:5000': port 5000 is the container port.*write 'image-scorer:9000'$/, suggestions: 1 },
        { at: "Image-Scorer:5000", message: /'Image-Scorer:5000': port 5000 is the container port.*write 'image-scorer:9000'$/, suggestions: 1 },
      ],
    },
  ],
});

describe("inter-module-container-port suggestions", () => {
  it("rewrites only the reference, keeping the rest of the value", () => {
    const s = spec({ env: { SCORER_URL: "http://image-scorer:5000/score?x=1" } });
    expect(applySuggestion(rule, manifestText(s), "deployment.template.json")).toBe(manifestText(spec({ env: { SCORER_URL: "http://image-scorer:9000/score?x=1" } })));
  });
  it("keeps the NAME= of a createOptions.Env entry, in a stringified createOptions", () => {
    const extra = { Image_Scorer: { createOptions: { HostConfig: { PortBindings: { "5000/tcp": [{ HostPort: "5001" }] } } } } };
    const s = spec({ createOptions: { Env: ["SCORER=Image_Scorer:5000", "B=2"] } }, extra);
    expect(applySuggestion(rule, manifestText(s, "string"), "deployment.json")).toBe(manifestText(spec({ createOptions: { Env: ["SCORER=imagescorer:5001", "B=2"] } }, extra), "string"));
  });
});
