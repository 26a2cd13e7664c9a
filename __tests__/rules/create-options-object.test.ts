import rule from "../../rules/create-options-object.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const options = { Env: ["MODE=fast"], HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "8080" }] } } };
const spec = { modules: { camera: { createOptions: options } } };
/** The same manifest with every createOptions as a compact string (edgeHub included). */
const stringified = manifestText(spec, "string");

const big = { Env: Array.from({ length: 40 }, (_, i) => `VARIABLE_NUMBER_${i}=value-${i}`) };

ruleTester(rule, {
  valid: [
    { name: "object createOptions in a template", spec, forms: ["object"] },
    { name: "string and chunked createOptions in a generated manifest", spec, forms: ["string", "chunked"] },
    {
      name: "object createOptions in a file that declares $schema-template",
      text: JSON.stringify({ "$schema-template": "4.0.0", ...JSON.parse(manifestText(spec)) }, null, 2),
      filePath: "deployment.json",
    },
  ],
  invalid: [
    {
      name: "object createOptions in deployment.json: compact-stringified",
      text: manifestText(spec),
      filePath: "deployment.json",
      errors: [
        { at: '"createOptions"', module: "edgeHub", fixable: true },
        {
          at: '"createOptions"',
          occurrence: 1,
          module: "camera",
          message:
            "module 'camera': createOptions is a JSON object, but a deployment manifest (not a *.template.json) must carry it as a JSON string (the deployment schema and az CLI require a string); write it stringified, split into chunks of 512 characters (createOptions, createOptions01, …)",
        },
      ],
      output: stringified,
    },
    {
      name: "options longer than 512 characters are chunked",
      text: manifestText({ modules: { big: { createOptions: big } }, systemModules: { edgeHub: { image: "mcr.microsoft.com/azureiotedge-hub:1.1" } } }),
      filePath: "deployment.json",
      errors: [{ at: '"createOptions"', module: "big", fixable: true }],
      output: (() => {
        const text = JSON.stringify(big);
        const doc = JSON.parse(manifestText({ modules: { big: { createOptions: "{}" } }, systemModules: { edgeHub: { image: "mcr.microsoft.com/azureiotedge-hub:1.1" } } }));
        const settings = doc.modulesContent.$edgeAgent["properties.desired"].modules.big.settings;
        settings.createOptions = text.slice(0, 512);
        settings.createOptions01 = text.slice(512, 1024);
        settings.createOptions02 = text.slice(1024);
        return JSON.stringify(doc, null, 2) + "\n";
      })(),
    },
  ],
});
