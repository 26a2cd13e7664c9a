import { describe, expect, it } from "vitest";
import rule from "../../rules/module-name.js";
import { fixText } from "../../src/index.js";
import type { ManifestSpec } from "../helpers/manifest.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const img = { image: "contoso.azurecr.io/filter:1.0" };
const ports = { HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "8080" }] } } };

/** A deployment naming the scorer module `name` everywhere it can be named. */
const scorerDeployment = (name: string): ManifestSpec => ({
  modules: {
    reporter: {
      env: { SCORER_URL: `http://${name}:5000/score`, DATA_DIR: "/data/Image_Scorer/out", PLAIN: name },
      createOptions: { Env: [`SCORER=${name}:5000`] },
    },
    [name]: { image: "${MODULES.ImageScorer}", createOptions: ports },
  },
  routes: {
    toScorer: `FROM /messages/modules/reporter/outputs/* INTO BrokeredEndpoint("/modules/${name}/inputs/input1")`,
    fromScorer: `FROM /messages/modules/${name}/outputs/* INTO $upstream`,
    byCondition: `FROM /messages/* WHERE $connectionModuleId = '${name}' INTO $upstream`,
  },
  twins: { [name]: { "properties.desired": { threshold: 0.7 } } },
});

ruleTester(rule, {
  valid: [
    { name: "RFC 1123 labels", spec: { modules: { "image-scorer": {}, "a1": {}, "9lives": {} } } },
    { name: "placeholder names", spec: { modules: { "${MODULE_NAME}": {}, __MODULE_NAME__: {}, "{{module}}": {} } } },
    { name: "system modules keep their names", spec: { modules: { camera: {} } } },
  ],
  invalid: [
    {
      name: "renamed everywhere in one transaction",
      spec: scorerDeployment("Image_Scorer"),
      errors: [
        {
          at: '"Image_Scorer": {',
          message:
            "module 'Image_Scorer': the name has uppercase letters; the Kubernetes agent deploys it as 'imagescorer' (it lowercases names and drops characters other than letters, digits, '-' and '.'), so other modules reach it only by that name, and the migration article asks for Kubernetes-style names (RFC 1123 labels): rename it to 'image-scorer' (routes, twins and container: references are renamed with it)",
          severity: "warning",
          module: "Image_Scorer",
          fixable: true,
        },
      ],
      // the image placeholder and the path segment stay; the key, twin, routes and host references change
      output: manifestText({
        ...scorerDeployment("image-scorer"),
        modules: {
          reporter: {
            env: { SCORER_URL: "http://image-scorer:5000/score", DATA_DIR: "/data/Image_Scorer/out", PLAIN: "image-scorer" },
            createOptions: { Env: ["SCORER=image-scorer:5000"] },
          },
          "image-scorer": { image: "${MODULES.ImageScorer}", createOptions: ports },
        },
      }),
    },
    {
      name: "names that normalise alike get distinct suffixes",
      spec: { modules: { "filter-module": img, Filter_Module: img, "filter.module": img } },
      errors: [
        // the agent makes 'filtermodule' of it: valid and unique, so it deploys (a warning)
        { at: '"Filter_Module"', severity: "warning", message: /module 'Filter_Module': the name has uppercase letters; the Kubernetes agent deploys it as 'filtermodule'.*rename it to 'filter-module-2'/ },
        // the agent keeps the dot, and a container name cannot have one (an error)
        { at: '"filter.module"', severity: "error", message: /module 'filter.module': the name has characters other than lowercase letters, digits and '-'; Kubernetes-based IoT Edge needs an RFC 1123 label.*rename it to 'filter-module-3'/ },
      ],
      output: manifestText({ modules: { "filter-module": img, "filter-module-2": img, "filter-module-3": img } }),
    },
    {
      name: "leading digit with ports, bad ends, too long",
      spec: { modules: { "9lives": { ...img, createOptions: ports }, "-edge-": img, ["m".repeat(70)]: img } },
      errors: [
        { at: '"9lives"', severity: "error", message: /the name starts with a digit, and a module with ports needs a Kubernetes Service name that starts with a letter.*rename it to 'm-9lives'/ },
        { at: '"-edge-"', severity: "error", message: /the name must start and end with a letter or digit.*rename it to 'edge'/ },
        { at: `"${"m".repeat(70)}"`, severity: "error", message: new RegExp(`the name is longer than 63 characters.*rename it to '${"m".repeat(63)}'`) },
      ],
      output: manifestText({ modules: { "m-9lives": { ...img, createOptions: ports }, edge: img, ["m".repeat(63)]: img } }),
    },
    {
      name: "a name the agent turns into another module's name (a collision) or a reserved one stays an error",
      spec: { modules: { filtermodule: img, FilterModule: img, Proxy: img } },
      errors: [
        {
          at: '"FilterModule"',
          severity: "error",
          message:
            "module 'FilterModule': the name has uppercase letters, and the name the Kubernetes agent makes of it, 'filtermodule', is also the Kubernetes name of module 'filtermodule'; Kubernetes-based IoT Edge needs an RFC 1123 label (lowercase letters, digits, '-', at most 63 characters): rename it to 'filtermodule-2' (routes, twins and container: references are renamed with it)",
        },
        { at: '"Proxy"', severity: "error", message: /the name has uppercase letters, and the name the Kubernetes agent makes of it, 'proxy', is reserved \(every module pod already has a sidecar container named 'proxy'\);.*rename it to 'proxy-2'/ },
      ],
      output: manifestText({ modules: { filtermodule: img, "filtermodule-2": img, "proxy-2": img } }),
    },
    {
      name: "container: references in IpcMode, NetworkMode and PidMode (any key case, prefix as written) follow the rename; twin values that name it are listed, not changed",
      spec: {
        modules: {
          Camera: { ...img, createOptions: { HostConfig: { IpcMode: "shareable" } } },
          viewer: { ...img, createOptions: { HostConfig: { ipcmode: "container:Camera", NetworkMode: "Container:Camera", PidMode: "container:CameraX" } } },
        },
        twins: { viewer: { "properties.desired": { source: "Camera", note: "CameraX stays" } } },
      },
      errors: [
        {
          at: '"Camera": {',
          severity: "warning",
          fixable: true,
          message:
            "module 'Camera': the name has uppercase letters; the Kubernetes agent deploys it as 'camera' (it lowercases names and drops characters other than letters, digits, '-' and '.'), so other modules reach it only by that name, and the migration article asks for Kubernetes-style names (RFC 1123 labels): rename it to 'camera' (routes, twins and container: references are renamed with it); twin values that name it are left as they are (user data): 'viewer/properties.desired/source'",
        },
      ],
      output: manifestText({
        modules: {
          camera: { ...img, createOptions: { HostConfig: { IpcMode: "shareable" } } },
          viewer: { ...img, createOptions: { HostConfig: { ipcmode: "container:camera", NetworkMode: "Container:camera", PidMode: "container:CameraX" } } },
        },
        twins: { viewer: { "properties.desired": { source: "Camera", note: "CameraX stays" } } },
      }),
    },
    {
      name: "a module key written twice: reported on the effective (last) copy, no automatic rename (it would bring the first copy back as a second module)",
      text: manifestText({ modules: { SHADOWED: { image: "contoso.azurecr.io/upload:0.9" }, UploadModule: { image: "contoso.azurecr.io/upload:1.0" } } }).replace('"SHADOWED"', '"UploadModule"'),
      errors: [
        {
          at: '"UploadModule"',
          occurrence: 1,
          severity: "warning",
          fixable: false,
          message:
            "module 'UploadModule': the name has uppercase letters; the Kubernetes agent deploys it as 'uploadmodule' (it lowercases names and drops characters other than letters, digits, '-' and '.'), so other modules reach it only by that name, and the migration article asks for Kubernetes-style names (RFC 1123 labels): rename it to 'uploadmodule'; its key is written more than once and only the last copy counts, so remove the other copies first (no automatic rename until then: it would bring an earlier copy back)",
        },
      ],
      output: null,
    },
  ],
});

describe("module-name in a layered deployment", () => {
  const layered = (name: string) =>
    JSON.stringify(
      {
        content: {
          modulesContent: {
            $edgeAgent: {
              [`properties.desired.modules.${name}`]: {
                type: "docker",
                status: "running",
                restartPolicy: "always",
                version: "1.0",
                settings: { image: "contoso.azurecr.io/syslog-relay:3.1", createOptions: "{}" },
              },
            },
            $edgeHub: {
              "properties.desired.routes.toRelay": `FROM /messages/modules/${name}/outputs/* INTO BrokeredEndpoint("/modules/${name}/inputs/in")`,
            },
            [name]: { "properties.desired.layeredProperties.facility": "local0" },
          },
        },
      },
      null,
      2,
    ) + "\n";

  it("renames the dotted key, the dotted route and the twin", () => {
    const out = fixText(layered("Syslog_Relay"), { filePath: "layered.json", ruleSet: [rule] });
    expect(out.result.messages.map((m) => [m.line, m.column, m.message])).toEqual([]);
    expect(out.output).toBe(layered("syslog-relay"));
  });
});

describe("module-name with every rule: a module key written twice", () => {
  it("--fix does not bring the shadowed copy back as '<name>-2'", () => {
    const text = manifestText({ modules: { SHADOWED: { image: "contoso.azurecr.io/upload:0.9" }, UploadModule: { image: "contoso.azurecr.io/upload:1.0" } } }).replace(
      '"SHADOWED"',
      '"UploadModule"',
    );
    const out = fixText(text, { filePath: "deployment.template.json" });
    expect(out.output).not.toMatch(/"uploadmodule(-2)?"/);
    expect(out.output.match(/"UploadModule"/g)).toHaveLength(2);
  });
});
