import rule from "../../rules/legacy-module-content.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const base = manifestText({ modules: { modbus: { createOptions: { HostConfig: { Privileged: true } } } } }, "string");
const legacy = base.replace('"modulesContent"', '"moduleContent"');
const layered = JSON.stringify({ content: JSON.parse(legacy) }, null, 2);

ruleTester(rule, {
  valid: [
    { name: "modulesContent", spec: { modules: { modbus: {} } } },
    { name: "a twin named moduleContent inside modulesContent is not the root key", text: base.replace('"$edgeHub"', '"moduleContent": {},\n    "$edgeHub"') },
  ],
  invalid: [
    {
      name: "root moduleContent (2017 manifests) is renamed",
      text: legacy,
      errors: [
        {
          at: '"moduleContent"',
          severity: "warning",
          message: "'moduleContent' is the deprecated pre-GA name of 'modulesContent' (the az CLI warns, VS Code rewrites it); rename it to 'modulesContent'",
        },
      ],
      output: base,
    },
    {
      name: "content.moduleContent in an az CLI content file",
      text: layered,
      errors: [{ at: '"moduleContent"', fixable: true }],
      output: JSON.stringify({ content: JSON.parse(base) }, null, 2),
    },
    {
      name: "both keys at the root: reported without a fix",
      text: JSON.stringify({ moduleContent: { $edgeAgent: {} }, ...JSON.parse(base) }, null, 2),
      errors: [{ at: '"moduleContent"', message: /merge the two by hand/, fixable: false }],
      output: null,
    },
  ],
});
