import rule from "../../rules/vm-tls-protocols.js";
import { ruleTester } from "../helpers/rule-tester.js";

const hubEnv = (env: Record<string, unknown>) => ({ systemModules: { edgeHub: { image: "mcr.microsoft.com/azureiotedge-hub:1.6", createOptions: {}, env } } });

ruleTester(rule, {
  valid: [
    { name: "no SslProtocols", target: "vm", spec: hubEnv({ RuntimeLogLevel: "info" }) },
    { name: "a placeholder or an empty value", target: "vm", spec: hubEnv({ SslProtocols: "$TLS" }) },
    { name: "SslProtocols on a user module", target: "vm", spec: { modules: { app: { env: { SslProtocols: "tls1.0" } } } } },
    { name: "the kubernetes target", target: "kubernetes", spec: hubEnv({ SslProtocols: "tls1.0,tls1.1,tls1.2" }) },
  ],
  invalid: [
    {
      name: "SslProtocols on edgeHub: an info, nothing to fix",
      target: "vm",
      spec: hubEnv({ sslprotocols: "tls1.0,tls1.1,tls1.2" }),
      errors: [
        {
          at: '"sslprotocols"',
          message:
            "module 'edgeHub': SslProtocols is 'tls1.0,tls1.1,tls1.2'; edgeHub 1.3 and later (so the 1.6 runtime of the VM) accept only TLS 1.2 by default, and this setting relaxes that: keep it only while downstream devices still need an older TLS version",
          severity: "info",
          fixable: false,
        },
      ],
      output: null,
    },
  ],
});
