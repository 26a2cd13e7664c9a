import rule from "../../rules/route-unknown-module.js";
import { manifestText, positionOf } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const modules = { filter: {}, sensor: {} };
const typo = { modules, routes: { r1: 'FROM /messages/modules/sensor/outputs/* INTO BrokeredEndpoint("/modules/filtr/inputs/in")' } };
const layered = (route: string) =>
  JSON.stringify(
    {
      content: {
        modulesContent: {
          $edgeAgent: { "properties.desired.modules.filter": { type: "docker", status: "running", restartPolicy: "always", settings: { image: "a/f:1", createOptions: "{}" } } },
          $edgeHub: { "properties.desired.routes.toFilter": route },
        },
      },
    },
    null,
    2,
  ) + "\n";

ruleTester(rule, {
  valid: [
    {
      name: "routes between defined modules",
      spec: { modules, routes: { r1: 'FROM /messages/modules/sensor/outputs/* INTO BrokeredEndpoint("/modules/filter/inputs/in")', r2: "FROM /messages/modules/filter/* INTO $upstream" } },
    },
    { name: "route object form", spec: { modules, routes: { r: { route: "FROM /messages/modules/sensor/outputs/* INTO $upstream", priority: 0, timeToLiveSecs: 60 } } } },
    { name: "placeholder and %MODULE% tokens", spec: { modules, routes: { a: "FROM /messages/modules/${MODULE}/outputs/* INTO $upstream", b: "FROM /messages/modules/%MODULE%/outputs/* INTO $upstream" } } },
  ],
  invalid: [
    {
      name: "a sink naming an undefined module, positioned on the name inside the route",
      spec: typo,
      errors: [
        {
          at: "filtr",
          endColumn: positionOf(manifestText(typo), "filtr").column + "filtr".length,
          severity: "warning",
          message: "route 'r1' names module 'filtr', which this deployment does not define, so the route never delivers; define the module or fix the name",
        },
      ],
      output: null,
    },
    {
      name: "module names are case-sensitive",
      spec: { modules, routes: { r1: "FROM /messages/modules/Sensor/outputs/* INTO $upstream" } },
      errors: [{ at: "Sensor/", message: /module names are case-sensitive: did you mean 'sensor'\?$/ }],
      output: null,
    },
    {
      name: "layered deployment: info, another layer may define the module",
      text: layered('FROM /messages/modules/camera/outputs/* INTO BrokeredEndpoint("/modules/filter/inputs/in")'),
      filePath: "layered.deployment.json",
      errors: [
        {
          at: "camera",
          severity: "info",
          message: "route 'toFilter' names module 'camera', which this layered deployment does not define; make sure another layer or the base deployment does",
        },
      ],
      output: null,
    },
  ],
});
