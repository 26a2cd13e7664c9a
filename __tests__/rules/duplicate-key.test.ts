import rule from "../../rules/duplicate-key.js";
import { findDuplicateKeys } from "../../src/json/duplicate-keys.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { describe, expect, it } from "vitest";

const withOptions = (co: Record<string, unknown>) => ({ modules: { cam: { createOptions: co } } });

// a template with object createOptions, where one key is written twice
const bindsTwice = manifestText(withOptions({ HostConfig: { Binds: ["/home/hcsshares/x:/x"], Privileged: true } })).replace(
  '"Privileged": true',
  '"Binds": [\n                    "/home/hcsshares/y:/y"\n                  ]',
);
// the same inside a createOptions string
const stringTwice = manifestText(withOptions({ HostConfig: { Binds: ["/home/hcsshares/x:/x"], Privileged: true } }), "string").replace(
  '\\"Privileged\\":true',
  '\\"Binds\\":[\\"/home/hcsshares/y:/y\\"]',
);
// a module defined twice, the same value (a copy)
const moduleTwice = (() => {
  const t = manifestText({ modules: { cam: { image: "a:1" } } });
  const start = t.indexOf('"cam": {');
  const close = "\n          }";
  const end = t.indexOf(close, start) + close.length;
  const block = t.slice(start, end);
  return t.slice(0, end) + ",\n          " + block + t.slice(end);
})();

ruleTester(rule, {
  valid: [
    { name: "every key once", spec: withOptions({ HostConfig: { Binds: ["/a:/a"] }, Env: ["A=1"] }) },
    { name: "the same key in different objects", spec: withOptions({ HostConfig: { Privileged: true }, Labels: { Privileged: "yes" } }) },
    { name: "keys that differ in case only (Docker option names are left to the createOptions rules)", text: manifestText(withOptions({ Env: ["A=1"] })).replace('"Env": [', '"env": [],\n                "Env": [') },
  ],
  invalid: [
    {
      name: "Binds twice in a template: the first is shadowed (error: the values differ)",
      text: bindsTwice,
      filePath: "deployment.template.json",
      errors: [
        {
          at: '"Binds"',
          severity: "error",
          module: "cam",
          message:
            "module 'cam': key \"Binds\" is defined twice in the same object; this definition is silently ignored: the IoT Edge agent and Docker keep the last one, which holds a different value; merge them into one",
        },
      ],
      output: null,
    },
    {
      name: "Binds twice inside a createOptions string: the finding points into the string",
      text: stringTwice,
      filePath: "deployment.json",
      errors: [{ at: '\\"Binds\\"', severity: "error", module: "cam", message: /^module 'cam': key "Binds" is defined twice in the same object of createOptions; this definition is silently ignored/ }],
      output: null,
    },
    {
      name: "a module defined twice with the same value (warning: nothing is lost)",
      text: moduleTwice,
      filePath: "deployment.template.json",
      errors: [{ at: '"cam"', severity: "warning", message: 'key "cam" is defined twice in the same object; both definitions hold the same value, so nothing is lost; remove one' }],
      output: null,
    },
  ],
});

describe("findDuplicateKeys", () => {
  it("gives the shadowed and the winning definition with the object's path, in strict and template text", () => {
    const text = '{"a":{"k":1,"x":[{"k":0,"k":1}],"k":2,"k":3}}';
    expect(findDuplicateKeys(text)).toEqual([
      { key: "k", path: ["a"], shadowed: { start: 6, end: 9 }, winner: { start: 38, end: 41 } },
      { key: "k", path: ["a", "x", 0], shadowed: { start: 18, end: 21 }, winner: { start: 24, end: 27 } },
      { key: "k", path: ["a"], shadowed: { start: 32, end: 35 }, winner: { start: 38, end: 41 } },
    ]);
    const template = '{\n  // "k": 0,\n  "k": ${A}, /* "k" */\n  "s": "\\"k\\":",\n  "\\u006b": "{{x}}",\n}';
    expect(findDuplicateKeys(template)).toEqual([{ key: "k", path: [], shadowed: { start: 17, end: 20 }, winner: { start: 57, end: 65 } }]);
  });

  it("never throws on text that does not parse", () => {
    expect(() => findDuplicateKeys('{"a":1,"a":[{"b":')).not.toThrow();
    expect(findDuplicateKeys('{"a":1,"a":[{"b":').map((d) => d.key)).toEqual(["a"]);
    expect(findDuplicateKeys("[".repeat(100_000))).toEqual([]);
  });
});
