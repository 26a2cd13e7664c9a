import rule from "../../rules/volume-name-collision.js";
import { ruleTester } from "../helpers/rule-tester.js";

const hc = (h: Record<string, unknown>) => ({ modules: { camera: { createOptions: { HostConfig: h } } } });

ruleTester(rule, {
  valid: [
    { name: "distinct names", spec: hc({ Binds: ["/data/a:/a"], Mounts: [{ Type: "volume", Source: "share-b", Target: "/b" }] }) },
    { name: "the same source mounted twice is one volume", spec: hc({ Mounts: [{ Type: "bind", Source: "/data", Target: "/x" }, { Type: "bind", Source: "/data", Target: "/y" }] }) },
    { name: "sources in two modules may share a name", spec: { modules: { a: { createOptions: { HostConfig: { Binds: ["/data/a:/a"] } } }, b: { createOptions: { HostConfig: { Binds: ["/dataa:/a"] } } } } } },
    { name: "placeholder sources", spec: hc({ Binds: ["$DIR:/a", "${DIR}:/b"] }) },
    { name: "tmpfs mounts are not volumes", spec: hc({ Mounts: [{ Type: "tmpfs", Source: "/data/a", Target: "/a" }, { Type: "bind", Source: "/dataa", Target: "/b" }] }) },
  ],
  invalid: [
    {
      // fhir-server-edge azure-stack-edge deployment.template.json: Binds sqlvolume:/sqlvolume beside a Mounts volume sqlvolume
      name: "a named-volume bind and a volume mount of the same name: the agent makes a host-path volume and a claim of one name",
      spec: hc({ Binds: ["sqlvolume:/sqlvolume"], Mounts: [{ Type: "volume", Source: "sqlvolume", Target: "/var/opt/mssql" }] }),
      errors: [
        {
          at: '"sqlvolume"',
          message:
            "module 'camera': volume 'sqlvolume' and Binds source 'sqlvolume' (a named volume on Docker, a host path for the Kubernetes agent) both become the Kubernetes volume name 'sqlvolume', so this mount silently uses the other one's storage; rename one of them so that their lowercase letters, digits and '-' differ",
        },
      ],
      output: null,
    },
    {
      name: "/data/a and /dataa both become 'dataa' (SanitizeDNSLabel)",
      spec: hc({ Binds: ["/data/a:/a", "/dataa:/b"] }),
      errors: [
        {
          at: '"/dataa:/b"',
          severity: "error",
          message:
            "module 'camera': host path '/dataa' and host path '/data/a' both become the Kubernetes volume name 'dataa', so this mount silently uses the other one's storage; rename one of them so that their lowercase letters, digits and '-' differ",
        },
      ],
      output: null,
    },
    {
      name: "a bind mount and a share that differ only in case and punctuation",
      spec: hc({ Mounts: [{ Type: "bind", Source: "/Input", Target: "/a" }, { Type: "volume", Source: "input", Target: "/b" }] }),
      errors: [{ at: '"input"', message: /^module 'camera': volume 'input' and host path '\/Input' both become the Kubernetes volume name 'input',/ }],
      output: null,
    },
  ],
});
