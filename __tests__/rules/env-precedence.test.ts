import rule from "../../rules/env-precedence.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const reporter = (env: Record<string, unknown>, Env: unknown[] | undefined, extra: Record<string, unknown> = {}) => ({
  modules: { reporter: { env, createOptions: { ...(Env !== undefined ? { Env } : {}), ...extra } } },
});

ruleTester(rule, {
  valid: [
    { name: "same value in both places", spec: reporter({ LOG_LEVEL: "info" }, ["LOG_LEVEL=info"]) },
    { name: "number value equal to its text", spec: reporter({ RETRIES: 3 }, ["RETRIES=3"]) },
    { name: "different names", spec: reporter({ LOG_LEVEL: "info" }, ["MODE=fast"]) },
    { name: "names differ in case (env names are case-sensitive)", spec: reporter({ LOG_LEVEL: "info" }, ["log_level=debug"]) },
  ],
  invalid: [
    {
      name: "the createOptions.Env entry is dropped; the rest of Env stays",
      spec: reporter({ LOG_LEVEL: "info" }, ["MODE=fast", "LOG_LEVEL=debug"]),
      errors: [
        {
          at: '"LOG_LEVEL=debug"',
          message: `module 'reporter': 'LOG_LEVEL' is 'info' in the module env but 'debug' in createOptions.Env; Docker uses the env value and Kubernetes uses the createOptions.Env value; keep one: remove 'LOG_LEVEL=debug' from createOptions.Env (Docker's behaviour) or change the env value`,
          fixable: true,
        },
      ],
      output: manifestText(reporter({ LOG_LEVEL: "info" }, ["MODE=fast"])),
    },
    {
      name: "Env written twice: the effective (last) copy is emptied, not removed, so the shadowed copy does not take effect",
      text: manifestText({ modules: { reporter: { env: { MODE: "a" }, createOptions: { SHADOWED: ["MODE=old"], Env: ["MODE=b"] } } } }).replace('"SHADOWED"', '"Env"'),
      errors: [{ at: '"MODE=b"', fixable: true }],
      output: manifestText({ modules: { reporter: { env: { MODE: "a" }, createOptions: { SHADOWED: ["MODE=old"], Env: [] } } } }).replace('"SHADOWED"', '"Env"'),
    },
    {
      name: "two conflicts in one Env: one fix; an emptied Env member is removed",
      spec: reporter({ A: "1", B: "2" }, ["A=10", "B=20"], { WorkingDir: "/app" }),
      errors: [
        { at: '"A=10"', fixable: true },
        { at: '"B=20"', fixable: true },
      ],
      output: manifestText(reporter({ A: "1", B: "2" }, undefined, { WorkingDir: "/app" })),
    },
    {
      name: "env key spelling of Env kept (lowercase env in createOptions)",
      spec: { modules: { reporter: { env: { MODE: "a" }, createOptions: { env: ["MODE=b", "X=1"] } } } },
      errors: [{ at: '"MODE=b"', message: /'MODE' is 'a' in the module env but 'b' in createOptions.Env/ }],
      output: manifestText({ modules: { reporter: { env: { MODE: "a" }, createOptions: { env: ["X=1"] } } } }),
    },
  ],
});
