import rule from "../../rules/invalid-json.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const good = manifestText({ modules: { camera: { createOptions: { HostConfig: { Privileged: true } } } } });

ruleTester(rule, {
  valid: [
    { name: "a generated manifest", text: manifestText({ modules: { camera: {} } }, "string"), filePath: "deployment.json" },
    {
      name: "a template with comments, trailing commas and an unquoted placeholder",
      text: good.replace('"timeToLiveSecs": 7200', '"timeToLiveSecs": ${TTL} // seconds').replace('"modules": {', '"modules": { /* user modules */').replace(/\n\s*}\n}\n$/, ",\n  },\n}\n"),
      filePath: "deployment.template.json",
    },
    { name: "a template under another name that declares $schema-template", text: '{\n  "$schema-template": "4.0.0",\n  // comment\n  "modulesContent": { "$edgeAgent": {}, },\n}\n', filePath: "deployment.json" },
    { name: "a file that is not a manifest is not checked", text: '{ "name": "x",, }', filePath: "package.json" },
  ],
  invalid: [
    {
      name: "a trailing comma in a generated manifest, at the comma",
      text: '{\n  "modulesContent": {\n    "$edgeAgent": {},\n  }\n}\n',
      filePath: "deployment.json",
      errors: [
        {
          at: ",\n  }",
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 22,
          severity: "error",
          message: "Trailing comma is not allowed in a generated manifest: the manifest cannot be read, so no other rule ran on it",
        },
      ],
      output: null,
    },
    {
      name: "a committed merge-conflict marker",
      text: '{\n  "modulesContent": {\n<<<<<<< HEAD\n    "$edgeAgent": {}\n=======\n    "$edgeHub": {}\n>>>>>>> branch\n  }\n}\n',
      filePath: "deployment.template.json",
      errors: [{ at: "<<<<<<<", message: /^Unexpected merge-conflict marker/ }],
      output: null,
    },
    {
      name: "an installer placeholder line (<create option>) instead of a member",
      text: '{\n  "modulesContent": {\n    "$edgeAgent": {\n      <create option>\n    }\n  }\n}\n',
      filePath: "deployment.ava.json",
      errors: [{ at: "<create option>", message: /^Unexpected character '<'/ }],
      output: null,
    },
    {
      name: "positions after a BOM and with CRLF line endings",
      text: '\ufeff{\r\n  "modulesContent": {\r\n    "$edgeAgent": {\r\n      "x": tru\r\n    }\r\n  }\r\n}\r\n',
      filePath: "deployment.json",
      errors: [{ line: 4, column: 12, message: "Unexpected character 't'; expected a value: the manifest cannot be read, so no other rule ran on it" }],
      output: null,
    },
  ],
});
