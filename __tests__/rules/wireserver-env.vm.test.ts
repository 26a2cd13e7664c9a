/** wireserver-env on the vm target: removed; the message points at DeviceRequests (V3). */
import rule from "../../rules/wireserver-env.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [{ name: "no WIRESERVER_ADDRESS", target: "vm", spec: { modules: { scorer: { env: { MODEL: "x" } } } } }],
  invalid: [
    {
      name: "removed from env and createOptions.Env",
      target: "vm",
      spec: { modules: { scorer: { env: { WIRESERVER_ADDRESS: "10.139.218.1", MODEL: "x" }, createOptions: { Env: ["wireserver_address=10.139.218.1", "A=1"] } } } },
      errors: [
        {
          at: '"WIRESERVER_ADDRESS"',
          message:
            'module \'scorer\': environment variable \'WIRESERVER_ADDRESS\' points FPGA modules at the FPGA service; a GPU module needs no WIRESERVER_ADDRESS, remove it (on IoT Edge in a VM the GPU is requested with HostConfig.DeviceRequests: [{"Count": <n or -1>, "Capabilities": [["gpu"]]}])',
          fixable: true,
        },
        { at: '"wireserver_address=10.139.218.1"', message: /'wireserver_address' points FPGA modules/ },
      ],
      output: manifestText({ modules: { scorer: { env: { MODEL: "x" }, createOptions: { Env: ["A=1"] } } } }),
    },
  ],
});
