import { expect, it } from "vitest";
import rule from "../../rules/shared-memory.js";
import { lintText } from "../../src/index.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (hc: Record<string, unknown>) => ({ modules: { lvaEdge: { createOptions: { HostConfig: hc } } } });

ruleTester(rule, {
  valid: [
    { name: "host IPC", spec: mod({ IpcMode: "host" }) },
    { name: "host IPC, any case, makes ShmSize moot", spec: mod({ IpcMode: "Host", ShmSize: 1536870912 }) },
    { name: "a placeholder IpcMode", spec: mod({ IpcMode: "$IPC_MODE", ShmSize: 1024 }) },
    { name: "/dev/shm tmpfs with host IPC", spec: mod({ IpcMode: "host", Tmpfs: { "/dev/shm": "rw,size=1g" } }) },
  ],
  invalid: [
    {
      name: "LVA's shareable producer with ShmSize",
      spec: mod({ IpcMode: "shareable", ShmSize: 1536870912 }),
      errors: [
        {
          at: '"shareable"',
          message:
            'module \'lvaEdge\': HostConfig.IpcMode: "shareable" is ignored on Kubernetes-based IoT Edge (only "host" is mapped, to hostIPC), so modules sharing memory through it lose it; use "IpcMode": "host" on each of them',
          suggestions: 1,
          fixable: false,
          severity: "warning",
        },
        { at: '"ShmSize"', message: /ShmSize is ignored on Kubernetes-based IoT Edge \(the pod gets the default 64 MB \/dev\/shm\)/, suggestions: 1 },
      ],
      output: null,
    },
    {
      name: "container: consumer",
      spec: mod({ IpcMode: "container:lvaEdge" }),
      errors: [{ at: '"container:lvaEdge"', suggestions: 1 }],
      output: null,
    },
    {
      name: "Tmpfs on another path: no suggestion",
      spec: mod({ Tmpfs: { "/run": "rw" } }),
      errors: [{ at: '"Tmpfs"', message: /so \/run will not be in-memory file systems/, suggestions: 0 }],
      output: null,
    },
  ],
});

it("the ShmSize suggestion removes it and sets IpcMode host", () => {
  const text = manifestText(mod({ ShmSize: 1024, Privileged: true }));
  const [d] = lintText(text, { filePath: "deployment.template.json", ruleSet: [rule] }).messages;
  const s = d!.suggestions![0]!;
  expect(s.fix).toBeDefined();
  const fixed = text.slice(0, s.fix!.start) + s.fix!.text + text.slice(s.fix!.end);
  expect(fixed).toBe(manifestText(mod({ Privileged: true, IpcMode: "host" })));
});
