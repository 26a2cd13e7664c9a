import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import rule from "../../rules/create-options-chunks.js";
import { fixText } from "../../src/index.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

// Azure/iotedge edgelet/edge-agent/src/deployment/test/twin1_split_create_options.json at 2bf1ac0 (MIT), byte for byte
const twin1 = readFileSync(fileURLToPath(new URL("./fixtures/twin1_split_create_options.json", import.meta.url)), "utf8");
const twin1Fixed = twin1.replace(
  /"createOptions1": [^\n]*\n\s*"createOptions3": [^\n]*\n\s*"createOptions2": [^\n]*\n(\s*)"image"/,
  (_m, indent: string) =>
    `"createOptions": ${JSON.stringify('{"HostConfig":{"PortBindings":{"5671/tcp":[{"HostPort":"5671"}],"8883/tcp":[{"HostPort":"8883"}],"443/tcp":[{"HostPort":"443"}]}}}')},\n${indent}"image"`,
);

/** A generated manifest whose module 'parser' has these settings members (after image). */
function withSettings(chunks: Record<string, unknown>, form: "string" | "object" = "string"): string {
  const text = manifestText({ modules: { parser: { createOptions: "{}" } } }, form);
  const doc = JSON.parse(text);
  const settings = doc.modulesContent.$edgeAgent["properties.desired"].modules.parser.settings;
  delete settings.createOptions;
  Object.assign(settings, chunks);
  return JSON.stringify(doc, null, 2) + "\n";
}

// the facts' Ex3: eleven chunks numbered 1..10 without padding
const env = ['"A=1",', '"B=2",', '"C=3",', '"D=4",', '"E=5",', '"F=6",', '"G=7",', '"H=8",', '"I=9",', '"J=10",', '"K=11"]}'];
const unpadded: Record<string, string> = { createOptions: '{"Env":[' };
env.forEach((e, i) => (unpadded[`createOptions${i + 1}`] = e));
const joinedEnv = '{"Env":[' + env.join("");

/** Chunks of 512 characters named createOptions, createOptions01, ... (written out here, not by the engine). */
function canonical(text: string): Record<string, string> {
  const chunks: Record<string, string> = {};
  for (let i = 0; i * 512 < text.length; i++) chunks[i === 0 ? "createOptions" : `createOptions${String(i).padStart(2, "0")}`] = text.slice(i * 512, i * 512 + 512);
  return chunks;
}

// 101 small chunks numbered createOptions, createOptions01 ... createOptions100
const hundredAndOneText = JSON.stringify({ Env: Array.from({ length: 101 }, (_, i) => `V${i}=${i}`) });
const hundredAndOne: Record<string, string> = {};
{
  const size = Math.ceil(hundredAndOneText.length / 101);
  for (let i = 0; i < 101; i++) hundredAndOne[i === 0 ? "createOptions" : `createOptions${String(i).padStart(2, "0")}`] = hundredAndOneText.slice(i * size, (i + 1) * size);
}

// Azure/iotedgedev tests/assets/deployment.manifest_invalid_createoptions.json, module csharpfunction2:
// chunks createOptions, 01, 03 (a gap) and an object createOptions04 (shortened Env, same shape)
const csharpfunction2 = `{
  "modulesContent": {
    "$edgeAgent": {
      "properties.desired": {
        "schemaVersion": "1.1",
        "runtime": { "type": "docker", "settings": { "minDockerVersion": "v1.25", "loggingOptions": "" } },
        "systemModules": {
          "edgeAgent": { "type": "docker", "settings": { "image": "mcr.microsoft.com/azureiotedge-agent:1.1" } },
          "edgeHub": { "type": "docker", "status": "running", "restartPolicy": "always", "settings": { "image": "mcr.microsoft.com/azureiotedge-hub:1.1" } }
        },
        "modules": {
          "csharpfunction2": {
            "version": "1.0",
            "type": "docker",
            "status": "running",
            "restartPolicy": "always",
            "settings": {
              "image": "\${MODULES.csharpfunction2.amd64.debug}",
              "createOptions": "{\\"Env\\":[\\"abcdefghij0=00\\",\\"abcdefghi",
                "createOptions01": "j28=28\\",\\"abcdefghij56=56\\",",
                "createOptions03": "\\"abcdefghij57=57\\",\\"abcdefghij59=59\\"]}",
                "createOptions04": {"test": "value"}
            }
          }
        }
      }
    },
    "$edgeHub": { "properties.desired": { "schemaVersion": "1.1", "routes": {}, "storeAndForwardConfiguration": { "timeToLiveSecs": 7200 } } }
  }
}
`;

const long = JSON.stringify({ Env: Array.from({ length: 60 }, (_, i) => `VARIABLE_${i}=some-value-${i}`) });

describe("create-options-chunks with every rule: a chunk that is not a string is never removed", () => {
  it("--fix keeps csharpfunction2's createOptions04 object and its string chunks; one finding for the object chunk (manifest-schema)", () => {
    const out = fixText(csharpfunction2, { filePath: "deployment.manifest_invalid_createoptions.json" });
    const settings = JSON.parse(out.output).modulesContent.$edgeAgent["properties.desired"].modules.csharpfunction2.settings;
    expect(settings.createOptions04).toEqual({ test: "value" });
    expect(Object.keys(settings)).toEqual(["image", "createOptions", "createOptions01", "createOptions03", "createOptions04"]);
    const onObject = out.result.messages.filter((m) => m.pointer.endsWith("/createOptions04"));
    expect(onObject.map((m) => m.ruleId)).toEqual(["manifest-schema"]);
  });

  it("another rule's fix inside such a module's string chunks is withheld rather than re-chunking the object away", () => {
    const text = withSettings({ createOptions: '{"Env":["a:b=1",', createOptions01: '"C=2"]}', createOptions02: { test: "value" } });
    const out = fixText(text, { filePath: "deployment.json" });
    expect(out.output).toBe(text);
    expect(out.result.messages.filter((m) => m.ruleId === "env-name-colon").map((m) => m.message)).toEqual([
      expect.stringMatching(/^module 'parser': environment variable 'a:b' has ':' in its name/),
    ]);
  });
});

ruleTester(rule, {
  valid: [
    { name: "canonical chunks (every form)", spec: { modules: { camera: { createOptions: { HostConfig: { Privileged: true, PortBindings: { "80/tcp": [{ HostPort: "8080" }] } } } } } } },
    { name: "empty createOptions string", text: withSettings({ createOptions: "" }) },
    { name: "two-digit chunks in any key order", text: withSettings({ createOptions01: '"B=2"]}', createOptions: '{"Env":["A=1",' }) },
    { name: "exactly 512 characters in one chunk", text: withSettings({ createOptions: JSON.stringify({ Env: ["X=" + "x".repeat(512 - 14)] }) }) },
  ],
  invalid: [
    {
      name: "twin1_split_create_options.json: createOptions1/3/2 without a first 'createOptions' key",
      text: twin1,
      filePath: "twin1_split_create_options.json",
      errors: [
        {
          at: '"createOptions1"',
          module: "edgeHub",
          severity: "error",
          fixable: true,
          message:
            "module 'edgeHub': the IoT Edge agent reads createOptions chunks in text order as 'createOptions', 'createOptions01', 'createOptions02', … and the first chunk must be named 'createOptions', but the first key in text order is 'createOptions1', so it cannot read this module's createOptions; write the chunks as 'createOptions', 'createOptions01', 'createOptions02'",
        },
      ],
      output: twin1Fixed,
    },
    {
      name: "unpadded numbers break at the tenth chunk (createOptions10 sorts before createOptions2)",
      text: withSettings(unpadded),
      errors: [{ at: '"createOptions10"', severity: "error", message: /the keys are sorted as text, so 'createOptions10' comes where 'createOptions02' should be/ }],
      output: withSettings({ createOptions: joinedEnv }),
    },
    {
      name: "a gap in the numbering",
      text: withSettings({ createOptions: '{"Env":["A=1",', createOptions02: '"B=2"]}' }),
      errors: [{ at: '"createOptions02"', message: /'createOptions01' is missing: the numbering has a gap before 'createOptions02'/ }],
      output: withSettings({ createOptions: '{"Env":["A=1","B=2"]}' }),
    },
    {
      name: "iotedgedev invalid_createoptions, csharpfunction2: a gap before createOptions03 is reported, but an object createOptions04 is not the fix's to delete (no fix)",
      text: csharpfunction2,
      filePath: "deployment.manifest_invalid_createoptions.json",
      errors: [{ at: '"createOptions03"', module: "csharpfunction2", severity: "error", fixable: false, message: /'createOptions02' is missing: the numbering has a gap before 'createOptions03'/ }],
      output: null,
    },
    {
      name: "a number chunk after an empty-string chunk (generated manifest): manifest-schema reports the number; the gap is not fixed",
      text: withSettings({ createOptions: "", createOptions02: 5 }),
      filePath: "deployment.json",
      errors: [{ at: '"createOptions02"', fixable: false, message: /'createOptions01' is missing/ }],
      output: null,
    },
    {
      name: "an object chunk in a template (the schema allows objects there): reported here once, not fixed",
      text: withSettings({ createOptions: '{"Env":["A=1"]}', createOptions01: { test: "value" } }, "object"),
      filePath: "deployment.template.json",
      errors: [
        {
          line: 60,
          column: 34,
          fixable: false,
          message:
            "module 'parser': createOptions chunk 'createOptions01' is an object, not a string, so the IoT Edge agent cannot join it with the other chunks; write its content as text in the chunk sequence (no automatic fix: it is left as it is)",
        },
      ],
      output: null,
    },
    {
      name: "createOptions00",
      text: withSettings({ createOptions: '{"Env":["A=1",', createOptions00: '"B=2"]}' }),
      errors: [{ at: '"createOptions00"', message: /'createOptions00' has the number 0, which only the unnumbered 'createOptions' may have/ }],
      output: withSettings({ createOptions: '{"Env":["A=1","B=2"]}' }),
    },
    {
      name: "keys that differ only in letter case: reported, not fixed (which comes first is a guess)",
      text: withSettings({ createOptions: '{"Env":["A=1",', createOptions01: '"B=2",', CreateOptions01: '"C=3"]}' }),
      errors: [{ at: '"CreateOptions01"', message: /'CreateOptions01' repeats chunk number 1 \(also 'createOptions01'\)/, fixable: false }],
      output: null,
    },
    {
      name: "one-digit numbers below ten are read, but only until a tenth chunk: warning",
      text: withSettings({ createOptions: '{"Env":["A=1",', createOptions1: '"B=2",', createOptions2: '"C=3"]}' }),
      errors: [
        {
          at: '"createOptions1"',
          severity: "warning",
          message:
            "module 'parser': createOptions chunk 'createOptions1' has a one-digit number; the agent sorts chunk keys as text, so this works only while there are fewer than 10 chunks; write 'createOptions', 'createOptions01', 'createOptions02'",
        },
      ],
      output: withSettings({ createOptions: '{"Env":["A=1","B=2","C=3"]}' }),
    },
    {
      name: "a chunk over 512 characters: warning, re-chunked at 512",
      text: withSettings({ createOptions: long }),
      errors: [{ at: '"createOptions"', occurrence: 1, severity: "warning", message: `module 'parser': createOptions chunk 'createOptions' has ${long.length} characters, more than the 512 that IoT Edge tooling writes per chunk; split it into chunks of at most 512 (createOptions, createOptions01, …)` }],
      output: withSettings(canonical(long)),
    },
    {
      name: "over 4096 characters in canonical chunks: warning without a fix",
      text: (() => {
        const big = JSON.stringify({ Env: Array.from({ length: 200 }, (_, i) => `VARIABLE_${i}=value-${i}`) });
        return withSettings(canonical(big));
      })(),
      errors: [{ at: '"createOptions"', occurrence: 1, severity: "warning", message: /createOptions has \d+ characters; iotedgedev and the VS Code extension refuse more than 4096/ }],
      output: null,
    },
    {
      name: "a settings key that contains 'createOptions' joins the agent's sequence (unanchored match)",
      text: withSettings({ createOptions: "{}", debugCreateOptions: "{}" }),
      errors: [{ at: '"debugCreateOptions"', message: /the settings key 'debugCreateOptions' contains 'createOptions'/ }],
      output: null,
    },
    {
      name: "101 chunks: createOptions100 sorts after createOptions10, and the agent reads only 100 chunks",
      text: withSettings(hundredAndOne),
      errors: [
        { at: '"createOptions99"', message: "module 'parser': createOptions has 101 chunks, and the IoT Edge agent reads only the first 100; move configuration to the module twin or env", fixable: false },
        { at: '"createOptions100"', message: /the keys are sorted as text, so 'createOptions100' comes where 'createOptions11' should be/, fixable: true },
      ],
      output: withSettings(canonical(hundredAndOneText)),
    },
  ],
});
