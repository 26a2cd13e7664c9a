import rule from "../../rules/vm-runtime-image.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const images = (agent: string, hub: string) => ({ systemModules: { edgeAgent: { image: agent, createOptions: {} }, edgeHub: { image: hub, createOptions: {} } } });
const AGENT = "mcr.microsoft.com/azureiotedge-agent";
const HUB = "mcr.microsoft.com/azureiotedge-hub";

ruleTester(rule, {
  valid: [
    { name: "1.6 and a 1.6 patch tag", target: "vm", spec: images(`${AGENT}:1.6`, `${HUB}:1.6.3`) },
    { name: "a digest, a later major", target: "vm", spec: images(`${AGENT}@sha256:${"a".repeat(64)}`, `${HUB}:2.0`) },
    { name: "placeholders", target: "vm", spec: images("${EDGE_AGENT_IMAGE}", `${HUB}:$EDGE_VERSION`) },
    { name: "a non-version tag and other Microsoft images", target: "vm", spec: { ...images(`${AGENT}:latest`, `${HUB}:1.6`), modules: { sensor: { image: "mcr.microsoft.com/azureiotedge-simulated-temperature-sensor:1.0" } } } },
    { name: "the kubernetes target runs 1.1", target: "kubernetes", spec: images(`${AGENT}:1.1`, `${HUB}:1.1`) },
  ],
  invalid: [
    {
      name: "1.1 agent and 1.5 hub: the same repositories at 1.6",
      target: "vm",
      forms: ["object"],
      spec: images(`${AGENT}:1.1`, `${HUB}:1.5`),
      errors: [
        {
          at: `"${AGENT}:1.1"`,
          message: "module 'edgeAgent': 'mcr.microsoft.com/azureiotedge-agent:1.1' is IoT Edge 1.1, which is out of support; IoT Edge in a VM runs 1.6 LTS: use 'mcr.microsoft.com/azureiotedge-agent:1.6' (or a 1.6.x patch tag)",
          severity: "error",
          fixable: true,
        },
        { at: `"${HUB}:1.5"`, message: /'mcr\.microsoft\.com\/azureiotedge-hub:1\.5' is IoT Edge 1\.5, which is out of support/ },
      ],
      output: manifestText(images(`${AGENT}:1.6`, `${HUB}:1.6`)),
    },
    {
      name: "patch and architecture tags (1.1.3, 1.0.9-linux-amd64, 1.2.0-rc4), any host case",
      target: "vm",
      forms: ["object"],
      spec: { ...images(`${AGENT}:1.1.3`, `MCR.microsoft.com/azureiotedge-hub:1.0.9-linux-amd64`), modules: { old: { image: `${HUB}:1.2.0-rc4` } } },
      errors: [{ message: /IoT Edge 1\.1,/ }, { message: /IoT Edge 1\.0,/ }, { message: /IoT Edge 1\.2,/ }],
      output: manifestText({ ...images(`${AGENT}:1.6`, `MCR.microsoft.com/azureiotedge-hub:1.6`), modules: { old: { image: `${HUB}:1.6` } } }),
    },
  ],
});
