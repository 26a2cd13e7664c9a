import rule from "../../rules/wireserver-env.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "other variables", spec: { modules: { inference: { env: { MODEL: "yolo" }, createOptions: { Env: ["LOG_LEVEL=info"] } } } } },
    { name: "a name that only contains it", spec: { modules: { inference: { env: { OLD_WIRESERVER_ADDRESS_NOTE: "x" } } } } },
  ],
  invalid: [
    {
      name: "in createOptions.Env (the article's FPGA example)",
      spec: { modules: { inference: { createOptions: { Env: ["WIRESERVER_ADDRESS=10.139.218.1", "MODEL=yolo"] } } } },
      errors: [
        {
          at: '"WIRESERVER_ADDRESS=10.139.218.1"',
          message:
            "module 'inference': environment variable 'WIRESERVER_ADDRESS' points FPGA modules at the FPGA service; a GPU module needs no WIRESERVER_ADDRESS, remove it (request 'nvidia.com/gpu' in k8s-experimental.resources.limits instead)",
          fixable: true,
        },
      ],
      output: manifestText({ modules: { inference: { createOptions: { Env: ["MODEL=yolo"] } } } }),
    },
    {
      name: "in the env map, any case",
      spec: { modules: { inference: { env: { wireserver_address: "10.139.218.1", MODEL: "yolo" }, createOptions: { HostConfig: {} } } } },
      errors: [{ at: '"wireserver_address"', message: /variable 'wireserver_address'/ }],
      output: manifestText({ modules: { inference: { env: { MODEL: "yolo" }, createOptions: { HostConfig: {} } } } }),
    },
    {
      name: "in both places: both removed",
      spec: { modules: { inference: { env: { WIRESERVER_ADDRESS: "10.0.0.1" }, createOptions: { Env: ["WIRESERVER_ADDRESS=10.0.0.1"] } } } },
      errors: [{ at: '"WIRESERVER_ADDRESS"' }, { at: '"WIRESERVER_ADDRESS=10.0.0.1"' }],
      // the fix emptied Env: the member goes too (an empty Env means nothing to Docker or the agent)
      output: manifestText({ modules: { inference: { env: {}, createOptions: {} } } }),
    },
  ],
});
