import rule from "../../rules/user-option.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const withOptions = (co: Record<string, unknown>) => ({ modules: { camera: { createOptions: co } } });
const BASE = "module 'camera': User is ignored on Kubernetes-based IoT Edge, so the module runs as the image's user";

ruleTester(rule, {
  valid: [
    { name: "no User", spec: withOptions({ WorkingDir: "/app" }) },
    { name: "empty User (the image's user)", spec: withOptions({ User: "" }) },
    {
      name: "already migrated: securityContext says the same",
      spec: withOptions({ User: "1000:1000", "k8s-experimental": { securityContext: { runAsUser: 1000, runAsGroup: 1000 } } }),
    },
  ],
  invalid: [
    {
      name: "uid:gid moves to a new k8s-experimental section",
      spec: withOptions({ User: "1000:2000", WorkingDir: "/app" }),
      errors: [{ at: '"User"', message: `${BASE}; write k8s-experimental.securityContext {"runAsUser": 1000, "runAsGroup": 2000} instead`, fixable: true }],
      output: manifestText(withOptions({ "k8s-experimental": { securityContext: { runAsUser: 1000, runAsGroup: 2000 } }, WorkingDir: "/app" })),
    },
    {
      name: "uid only, into an existing k8s-experimental without securityContext; lowercase key kept out",
      spec: withOptions({ user: "1001", "k8s-experimental": { strategy: { type: "Recreate" } } }),
      errors: [{ at: '"user"', message: `${BASE}; write k8s-experimental.securityContext {"runAsUser": 1001} instead`, fixable: true }],
      output: manifestText(withOptions({ "k8s-experimental": { strategy: { type: "Recreate" }, securityContext: { runAsUser: 1001 } } })),
    },
    {
      name: "one member missing from an existing securityContext",
      spec: withOptions({ User: "0:44", "k8s-experimental": { securityContext: { runAsUser: 0, fsGroup: 44 } } }),
      errors: [{ at: '"User"', fixable: true }],
      output: manifestText(withOptions({ "k8s-experimental": { securityContext: { runAsUser: 0, fsGroup: 44, runAsGroup: 44 } } })),
    },
    {
      name: "both members missing from an existing securityContext",
      spec: withOptions({ User: "5:6", "k8s-experimental": { securityContext: { fsGroup: 44 } } }),
      errors: [{ at: '"User"', fixable: true }],
      output: manifestText(withOptions({ "k8s-experimental": { securityContext: { fsGroup: 44, runAsUser: 5, runAsGroup: 6 } } })),
    },
    {
      name: "root is uid 0 (edgeHub's usual 'User: root')",
      spec: { systemModules: { edgeHub: { image: "mcr.microsoft.com/azureiotedge-hub:1.1", createOptions: { User: "root" } } } },
      errors: [{ at: '"User"', message: /^module 'edgeHub': User is ignored .*; write k8s-experimental.securityContext \{"runAsUser": 0\} instead$/, fixable: true }],
      output: manifestText({ systemModules: { edgeHub: { image: "mcr.microsoft.com/azureiotedge-hub:1.1", createOptions: { "k8s-experimental": { securityContext: { runAsUser: 0 } } } } } }),
    },
    {
      name: "a user name has no fix",
      spec: withOptions({ User: "appuser" }),
      errors: [{ at: '"User"', message: `${BASE}; set k8s-experimental.securityContext.runAsUser (and runAsGroup) to the numeric uid and gid of "appuser", and remove User`, fixable: false }],
      output: null,
    },
    {
      name: "a conflicting runAsUser has no fix",
      spec: withOptions({ User: "1000", "k8s-experimental": { securityContext: { runAsUser: 2000 } } }),
      errors: [{ at: '"User"', message: /but k8s-experimental.securityContext.runAsUser is already 2000: reconcile them by hand$/, fixable: false }],
      output: null,
    },
    {
      name: "a misspelt K8s-Experimental section is left to k8s-experimental-shape",
      spec: withOptions({ User: "1000", "K8s-Experimental": { strategy: { type: "Recreate" } } }),
      errors: [{ at: '"User"', message: /'K8s-Experimental' must first be a 'k8s-experimental' object/, fixable: false }],
      output: null,
    },
  ],
});
