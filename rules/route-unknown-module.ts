import { hasPlaceholder, type Rule } from "../src/rule-api.js";

const LAYERED_ROUTE = /^properties\.desired\.routes\./;
/** `%MODULE%`: the token iotedgedev and VS Code templates substitute when a module is added. */
const PERCENT_TOKEN = /^%[A-Za-z0-9_]+%$/;

/** §2.1 / §5.1: a route that names a module the deployment does not define never delivers. */
const rule: Rule = {
  meta: {
    id: "route-unknown-module",
    severity: "warning",
    facts: ["§2.1", "§5.1"],
    description: "A route that names a module the manifest does not define (an info in layered deployments, where another layer may define it).",
    repair: "none",
    targets: ["kubernetes", "vm"],
    messages: {
      undefinedModule:
        "route '{{route}}' names module '{{name}}', which this deployment does not define, so the route never delivers; define the module or fix the name",
      otherCase:
        "route '{{route}}' names module '{{name}}', which this deployment does not define, so the route never delivers; module names are case-sensitive: did you mean '{{near}}'?",
      otherLayer:
        "route '{{route}}' names module '{{name}}', which this layered deployment does not define; make sure another layer or the base deployment does",
      otherLayerOtherCase:
        "route '{{route}}' names module '{{name}}', which this layered deployment does not define; make sure another layer or the base deployment does (module names are case-sensitive: '{{near}}' is defined here)",
    },
  },
  create: ({ manifest, report }) => {
    if (manifest.shape === "twin") return {};
    // worked out for the first route (names) or the first finding (the others) only
    let names: Set<string> | undefined;
    let lower: Map<string, string> | undefined;
    let layered: boolean | undefined;
    return {
      route(route) {
        names ??= new Set(manifest.modules.map((m) => m.name));
        for (const ref of route.modules) {
          if (names.has(ref.name) || hasPlaceholder(ref.name) || PERCENT_TOKEN.test(ref.name)) continue;
          lower ??= new Map(manifest.modules.map((m) => [m.name.toLowerCase(), m.name]));
          // a layered deployment adds to a base deployment: its routes may name modules of other layers
          layered ??=
            manifest.layered || manifest.agentDesired === undefined || manifest.routes.some((r) => r.node.key !== undefined && LAYERED_ROUTE.test(r.node.key));
          const near = lower.get(ref.name.toLowerCase());
          report({
            node: route.node,
            range: [ref.start, ref.end],
            severity: layered ? "info" : undefined,
            messageId: layered ? (near !== undefined ? "otherLayerOtherCase" : "otherLayer") : near !== undefined ? "otherCase" : "undefinedModule",
            data: { route: route.name, name: ref.name, near: near ?? "" },
          });
        }
      },
    };
  },
};

export default rule;
