import rule from "../../rules/ignored-module-field.js";
import { ruleTester } from "../helpers/rule-tester.js";

const withFields = (fields: Record<string, unknown>) => ({ modules: { camera: { fields } } });

ruleTester(rule, {
  valid: [
    { name: "restartPolicy always (any case)", spec: withFields({ restartPolicy: "Always" }) },
    { name: "a placeholder restartPolicy", spec: withFields({ restartPolicy: "$RESTART_POLICY" }) },
  ],
  invalid: [
    {
      name: "startupOrder, [INF] restartPolicy never, imagePullPolicy",
      spec: withFields({ restartPolicy: "never", startupOrder: 2, imagePullPolicy: "on-create" }),
      errors: [
        {
          at: '"never"',
          message: `module 'camera': restartPolicy 'never' is ignored on Kubernetes-based IoT Edge, where a module's pod is always restarted; write "always", or set status "stopped" for a module that must not run`,
          severity: "info",
        },
        {
          at: '"startupOrder"',
          message: `module 'camera': startupOrder is ignored on Kubernetes-based IoT Edge (every module starts at once); make the module wait for what it depends on (retry its connections) instead of relying on the start order`,
        },
        { at: '"imagePullPolicy"', message: /^module 'camera': imagePullPolicy is ignored on Kubernetes-based IoT Edge/ },
      ],
      output: null,
    },
    {
      name: "system modules too",
      spec: { systemModules: { edgeHub: { image: "mcr.microsoft.com/azureiotedge-hub:1.1", fields: { startupOrder: 0 } } } },
      errors: [{ at: '"startupOrder"', module: "edgeHub" }],
      output: null,
    },
  ],
});
