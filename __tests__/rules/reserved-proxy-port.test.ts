import rule from "../../rules/reserved-proxy-port.js";
import { ruleTester } from "../helpers/rule-tester.js";

const mod = (co: Record<string, unknown>) => ({ modules: { api: { createOptions: co } } });

ruleTester(rule, {
  valid: [
    { name: "ordinary ports", spec: mod({ ExposedPorts: { "8080/tcp": {} }, HostConfig: { PortBindings: { "8080/tcp": [{ HostPort: "35002" }], "31002/tcp": [{ HostPort: "30999" }] } } }) },
    { name: "31000 as a container port is fine", spec: mod({ HostConfig: { PortBindings: { "31000/tcp": [{ HostPort: "8000" }] } } }) },
  ],
  invalid: [
    {
      name: "proxy ports as container and host ports",
      spec: mod({ ExposedPorts: { "35001/tcp": {} }, HostConfig: { PortBindings: { "35001/tcp": [{ HostPort: "8001" }], "8000/tcp": [{ HostPort: "35000" }] } } }),
      errors: [
        {
          at: '"35001/tcp"',
          message:
            "module 'api': container port 35001 is used by the IoT Edge proxy sidecar in every module pod on Kubernetes-based IoT Edge (ports 35000 and 35001); move the module to another port",
          severity: "error",
        },
        { at: '"35000"', message: /module 'api': host port 35000 is used by the IoT Edge proxy sidecar/, severity: "error" },
      ],
      output: null,
    },
    {
      name: "ASE reserved host ports are warnings",
      spec: mod({ HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "31000" }], "5000/tcp": [{ HostPort: 31001 }] } } }),
      errors: [
        { at: '"31000"', message: "module 'api': host port 31000 is reserved on Azure Stack Edge for the Kubernetes dashboard; publish the module on another host port", severity: "warning" },
        { at: "31001", message: /host port 31001 is reserved on Azure Stack Edge for the Edge container registry/, severity: "warning" },
      ],
    },
    {
      name: "a bound proxy port without ExposedPorts",
      spec: mod({ HostConfig: { PortBindings: { "35000/tcp": [{ HostPort: "35000" }] } } }),
      errors: [
        { at: '"35000/tcp"', message: /container port 35000/ },
        { at: '"35000"', message: /host port 35000/ },
      ],
    },
  ],
});
