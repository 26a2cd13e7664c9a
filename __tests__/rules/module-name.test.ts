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
            "module 'Image_Scorer': the name has uppercase letters; Kubernetes-based IoT Edge needs an RFC 1123 label (lowercase letters, digits, '-', at most 63 characters): rename it to 'image-scorer' (routes and twins are renamed with it)",
          severity: "error",
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
        { at: '"Filter_Module"', message: /module 'Filter_Module': the name has uppercase letters.*rename it to 'filter-module-2'/ },
        { at: '"filter.module"', message: /module 'filter.module': the name has characters other than lowercase letters, digits and '-'.*rename it to 'filter-module-3'/ },
      ],
      output: manifestText({ modules: { "filter-module": img, "filter-module-2": img, "filter-module-3": img } }),
    },
    {
      name: "leading digit with ports, bad ends, too long",
      spec: { modules: { "9lives": { ...img, createOptions: ports }, "-edge-": img, ["m".repeat(70)]: img } },
      errors: [
        { at: '"9lives"', message: /the name starts with a digit, and a module with ports needs a Kubernetes Service name that starts with a letter.*rename it to 'm-9lives'/ },
        { at: '"-edge-"', message: /the name must start and end with a letter or digit.*rename it to 'edge'/ },
        { at: `"${"m".repeat(70)}"`, message: new RegExp(`the name is longer than 63 characters.*rename it to '${"m".repeat(63)}'`) },
      ],
      output: manifestText({ modules: { "m-9lives": { ...img, createOptions: ports }, edge: img, ["m".repeat(63)]: img } }),
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
