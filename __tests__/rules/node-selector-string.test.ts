import rule from "../../rules/node-selector-string.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const withSelector = (nodeSelector: unknown) => ({ modules: { scorer: { createOptions: { "k8s-experimental": { nodeSelector } } } } });

ruleTester(rule, {
  valid: [
    { name: "string values", spec: withSelector({ gpu: "true", zone: "1" }) },
    { name: "no selector", spec: { modules: { scorer: { createOptions: { "k8s-experimental": { strategy: { type: "Recreate" } } } } } } },
  ],
  invalid: [
    {
      name: "[INF] boolean and number values are stringified",
      spec: withSelector({ gpu: true, rack: 7, zone: "a" }),
      errors: [
        {
          at: "true",
          message: `module 'scorer': nodeSelector 'gpu' is the boolean true, but node label values are strings (the agent probably reads it as 'True', which matches no node labelled 'true'); write "true"`,
          fixable: true,
        },
        { at: "7,", message: `module 'scorer': nodeSelector 'rack' is the number 7, but node label values are strings; write "7"`, fixable: true },
      ],
      output: manifestText(withSelector({ gpu: "true", rack: "7", zone: "a" })),
    },
    {
      name: "NodeSelector in another case; number text kept as written",
      text: manifestText({ modules: { scorer: { createOptions: { "k8s-experimental": { NodeSelector: { version: 0 } } } } } }).replace('"version": 0', '"version": 1.50'),
      errors: [{ at: "1.50", message: /is the number 1.50, .*write "1.50"$/ }],
      output: manifestText({ modules: { scorer: { createOptions: { "k8s-experimental": { NodeSelector: { version: "1.50" } } } } } }),
    },
    {
      name: "an object value has no fix",
      spec: withSelector({ gpu: { enabled: true } }),
      errors: [{ at: '"gpu"', message: /nodeSelector 'gpu' is an object, but a node selector maps label names to string values/, fixable: false }],
      output: null,
    },
  ],
});
