import { hasPlaceholder, type Rule } from "../src/rule-api.js";

const PROTOCOLS = ["Amqp", "AmqpWs", "Mqtt", "MqttWs"];

/** §1.8, §5.9: UpstreamProtocol is parsed as an enum (any case); an unknown value is silently dropped. */
const rule: Rule = {
  meta: {
    id: "upstream-protocol-value",
    severity: "error",
    facts: ["§1.8", "§5.9"],
    description: "UpstreamProtocol on edgeHub or edgeAgent that is not Amqp, AmqpWs, Mqtt or MqttWs.",
    repair: "none",
    targets: ["kubernetes", "vm"],
    messages: {
      unknownProtocol:
        "UpstreamProtocol '{{value}}' is not a protocol the runtime knows, so it is ignored and the default is used; write one of {{protocols}} (AmqpWs or MqttWs behind a web proxy)",
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      if (!mod.system) return;
      for (const v of facts.env) {
        // .NET configuration reads names case-insensitively
        if (v.malformed || v.name.toLowerCase() !== "upstreamprotocol" || v.value === undefined) continue;
        const value = v.value.trim();
        if (value === "" || hasPlaceholder(value)) continue;
        if (PROTOCOLS.some((p) => p.toLowerCase() === value.toLowerCase())) continue;
        const node = v.from === "env" ? (v.node.getExact("value") ?? v.node) : v.node;
        report({
          node,
          part: "value",
          module: mod,
          messageId: "unknownProtocol",
          data: { value: v.value, protocols: PROTOCOLS.join(", ") },
        });
      }
    },
  }),
};

export default rule;
