import { expect, it } from "vitest";
import rule from "../../rules/recreate-strategy.js";
import { fixText } from "../../src/index.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { storage: { createOptions: co } } });
const recreate = { strategy: { type: "Recreate" } };
const ports = { PortBindings: { "8080/tcp": [{ HostPort: "8080" }] } };

ruleTester(rule, {
  valid: [
    { name: "nothing exclusive", spec: mod({ HostConfig: { Privileged: true }, Env: ["A=1"] }) },
    { name: "host ports alone (they become Service ports; a rolling update does not wait for them)", spec: mod({ HostConfig: ports }) },
    { name: "already Recreate (any case)", spec: mod({ HostConfig: ports, "k8s-experimental": { strategy: { type: "recreate" } } }) },
    { name: "bind mounts only", spec: mod({ HostConfig: { Mounts: [{ Type: "bind", Source: "/var/log", Target: "/logs" }] } }) },
    { name: "host-path and placeholder binds only", spec: mod({ HostConfig: { Binds: ["/var/log/app:/logs", "$MEDIA_FOLDER:/media"] } }) },
    { name: "edgeHub holds host ports but the runtime manages it", spec: {} },
    { name: "a placeholder strategy", spec: mod({ HostConfig: ports, "k8s-experimental": { strategy: { type: "${STRATEGY}" } } }) },
  ],
  invalid: [
    {
      name: "a volume mount beside host ports: strategy added in a new k8s-experimental (the ports are not named)",
      spec: mod({ HostConfig: { ...ports, Mounts: [{ Type: "volume", Source: "models", Target: "/models" }] } }),
      errors: [
        {
          at: '"storage"',
          message:
            'module \'storage\': it holds volume mounts; Kubernetes updates it with a rolling update by default, and the new pod waits for what the old one still holds, so set "k8s-experimental": {"strategy": {"type": "Recreate"}}',
          fixable: true,
          severity: "warning",
        },
      ],
      output: manifestText(mod({ HostConfig: { ...ports, Mounts: [{ Type: "volume", Source: "models", Target: "/models" }] }, "k8s-experimental": recreate })),
    },
    {
      name: "GPU resource and a volume mount: strategy added beside resources",
      spec: mod({ HostConfig: { Mounts: [{ Type: "volume", Source: "models", Target: "/models" }] }, "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": 1 } } } }),
      errors: [{ at: '"storage"', message: /^module 'storage': it holds GPU\/FPGA resources, volume mounts;/ }],
      output: manifestText(mod({ HostConfig: { Mounts: [{ Type: "volume", Source: "models", Target: "/models" }] }, "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": 1 } }, ...recreate } })),
    },
    {
      name: "host network and a share bind",
      spec: mod({ HostConfig: { NetworkMode: "Host", Binds: ["/home/hcsshares/media:/media"] } }),
      errors: [{ at: '"storage"', message: /holds volume mounts, the host network;/ }],
      output: manifestText(mod({ HostConfig: { NetworkMode: "Host", Binds: ["/home/hcsshares/media:/media"] }, "k8s-experimental": recreate })),
    },
    {
      name: "a named volume in Binds (it becomes a volume mount)",
      spec: mod({ HostConfig: { Binds: ["edgedata:/data", "/etc/app:/cfg:ro"] } }),
      errors: [{ at: '"storage"', message: /^module 'storage': it holds volume mounts;/ }],
      output: manifestText(mod({ HostConfig: { Binds: ["edgedata:/data", "/etc/app:/cfg:ro"] }, "k8s-experimental": recreate })),
    },
    {
      name: "an explicit RollingUpdate is only a suggestion",
      spec: mod({ HostConfig: { Runtime: "nvidia" }, "k8s-experimental": { strategy: { type: "RollingUpdate" } } }),
      errors: [{ at: '"RollingUpdate"', message: /holds a GPU;.*\(it is "RollingUpdate"\)$/, fixable: false, suggestions: 1 }],
      output: null,
    },
  ],
});

it("in a layered deployment the strategy goes into the dotted module's createOptions", () => {
  const text = JSON.stringify(
    {
      content: {
        modulesContent: {
          $edgeAgent: {
            "properties.desired.modules.camera": {
              type: "docker",
              status: "running",
              restartPolicy: "always",
              version: "1.0",
              settings: { image: "contoso.azurecr.io/camera:1.0", createOptions: '{"HostConfig":{"Mounts":[{"Type":"volume","Source":"media","Target":"/media"}]}}' },
            },
          },
        },
      },
    },
    null,
    2,
  );
  const out = fixText(text, { filePath: "layered.json", ruleSet: [rule] });
  expect(out.output).toBe(text.replace('}]}}"', '}]},\\"k8s-experimental\\":{\\"strategy\\":{\\"type\\":\\"Recreate\\"}}}"'));
  expect(out.result.messages).toEqual([]);
});
