import rule from "../../rules/env-name-colon.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (m: { env?: Record<string, unknown>; createOptions?: Record<string, unknown> }) => ({ modules: { api: m } });

ruleTester(rule, {
  valid: [
    { name: "double underscores already", spec: mod({ env: { Logging__LogLevel__Default: "Warning" }, createOptions: { Env: ["Logging__LogLevel__Microsoft=Error"] } }) },
    { name: "colon only in the value", spec: mod({ env: { URL: "http://x:80" }, createOptions: { Env: ["TIME=10:30"] } }) },
    { name: "placeholder name", spec: mod({ env: { "${PREFIX}:Level": "1" } }) },
    { name: "entry without '=' is another rule's", spec: mod({ createOptions: { Env: ["Logging:LogLevel"] } }) },
  ],
  invalid: [
    {
      name: "module env and createOptions.Env",
      spec: mod({ env: { "Logging:LogLevel:Default": "Warning", Other: "1" }, createOptions: { Env: ["Logging:LogLevel:Microsoft=Error", "A=1"] } }),
      errors: [
        {
          at: '"Logging:LogLevel:Default"',
          message: "module 'api': environment variable 'Logging:LogLevel:Default' has ':' in its name, which Kubernetes rejects; name it 'Logging__LogLevel__Default' (.NET reads '__' as ':')",
          severity: "error",
          module: "api",
          fixable: true,
        },
        { at: '"Logging:LogLevel:Microsoft=Error"', message: /'Logging:LogLevel:Microsoft' has ':' in its name.*name it 'Logging__LogLevel__Microsoft'/, fixable: true },
      ],
      output: manifestText(mod({ env: { Logging__LogLevel__Default: "Warning", Other: "1" }, createOptions: { Env: ["Logging__LogLevel__Microsoft=Error", "A=1"] } })),
    },
    {
      name: "the new name is already set: no fix",
      spec: mod({ env: { "experimentalFeatures:enabled": "true", experimentalFeatures__enabled: "false" } }),
      errors: [{ at: '"experimentalFeatures:enabled"', message: /is already set, so merge the two by hand$/, fixable: false }],
      output: null,
    },
    {
      name: "value with '=' and ':' is kept",
      spec: mod({ createOptions: { Env: ["ConnectionStrings:Db=Server=db:1433;User=sa"] } }),
      errors: [{ at: '"ConnectionStrings:Db=Server=db:1433;User=sa"' }],
      output: manifestText(mod({ createOptions: { Env: ["ConnectionStrings__Db=Server=db:1433;User=sa"] } })),
    },
  ],
});
