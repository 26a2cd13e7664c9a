import { isPlaceholder, type Edit, type Rule } from "../src/rule-api.js";
import { addEnvEdit, effectiveEnv, setEnvEdit } from "./_resources.js";
import { missesNoProxyLocalhost } from "./proxy-no-proxy-localhost.js";

const WEB_SOCKETS = ["amqpws", "mqttws"];

/** F13 §5.9: behind a web proxy, edgeHub and edgeAgent reach IoT Hub over WebSockets (port 443). */
const rule: Rule = {
  meta: {
    id: "proxy-upstream-protocol",
    severity: "warning",
    facts: ["F13", "§5.9"],
    description: "https_proxy on edgeHub/edgeAgent without UpstreamProtocol AmqpWs or MqttWs; the fix adds AmqpWs when absent, a suggestion when another value is set.",
    repair: "fix",
    targets: ["kubernetes", "vm"],
    messages: {
      noUpstream:
        "'{{name}}' is set but UpstreamProtocol is not; through a web proxy {{module}} must reach IoT Hub over WebSockets, so set UpstreamProtocol: \"AmqpWs\" (or \"MqttWs\")",
      notWebSockets:
        "UpstreamProtocol is \"{{value}}\" while '{{name}}' is set; unless the proxy allows plain {{plain}}, {{module}} must use WebSockets through it: \"{{want}}\"",
    },
  },
  create: ({ target, report }) => ({
    module(mod, facts) {
      if (!mod.system) return;
      const proxy = effectiveEnv(facts, "https_proxy");
      if (proxy === undefined || proxy.value === undefined || proxy.value.trim() === "") return;
      const upstream = effectiveEnv(facts, "UpstreamProtocol");
      if (upstream === undefined) {
        // on Kubernetes, proxy-no-proxy-localhost reports this same key and carries this remedy too
        if (target === "kubernetes" && missesNoProxyLocalhost(facts)) return;
        const fix = addEnvEdit(facts, proxy, "UpstreamProtocol", "AmqpWs");
        report({
          node: proxy.node,
          module: mod,
          messageId: "noUpstream",
          data: { name: proxy.name, module: mod.name },
          ...(fix !== undefined ? { fix: [fix] } : {}),
        });
        return;
      }
      const v = upstream.value ?? "";
      if (isPlaceholder(v) || WEB_SOCKETS.includes(v.trim().toLowerCase())) return;
      const want = v.trim().toLowerCase() === "mqtt" ? "MqttWs" : "AmqpWs";
      const edit: Edit | undefined = setEnvEdit(upstream, want);
      report({
        node: upstream.node,
        module: mod,
        messageId: "notWebSockets",
        data: { value: v, name: proxy.name, plain: v || "AMQP", module: mod.name, want },
        ...(edit !== undefined ? { suggestions: [{ message: `Set UpstreamProtocol to "${want}"`, edits: [edit] }] } : {}),
      });
    },
  }),
};

export default rule;
