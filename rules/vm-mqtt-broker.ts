import { isPlaceholder, type Edit, type Rule } from "../src/rule-api.js";

const BROKER_ENV = /^experimentalfeatures(?:__|:)mqttbroker/i;

function schemaOf(v: unknown): { major: number; minor: number } | undefined {
  const s = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : undefined;
  const m = s === undefined ? null : /^(\d+)\.(\d+)(?:\.\d+)?$/.exec(s);
  return m === null ? undefined : { major: Number(m[1]), minor: Number(m[2]) };
}

const BROKER_ENDED =
  "$edgeHub: 'mqttBroker' belongs to the MQTT broker preview, which ended; edgeHub 1.3 and later ignore it, so its authorizations and bridges have no effect: remove it";

/** V10: the MQTT broker preview ($edgeHub schema 1.2, mqttBroker) ended; edgeHub 1.3+ ignores it. */
const rule: Rule = {
  meta: {
    id: "vm-mqtt-broker",
    severity: "warning",
    facts: ["V10"],
    description: "The ended MQTT-broker preview: $edgeHub schemaVersion 1.2, mqttBroker, experimentalFeatures__mqttBroker* env; the fix removes the env and sets schema 1.1 when no 1.2-only field remains (mqttBroker itself is a suggestion).",
    repair: "fix",
    targets: ["vm"],
    messages: {
      mqttBroker: BROKER_ENDED,
      mqttBrokerSchema: `${BROKER_ENDED} and set schemaVersion '1.1'`,
      brokerSchema:
        "$edgeHub: schemaVersion '{{schema}}' is the MQTT broker preview's schema, which ended; no 1.2-only setting is used, so set '1.1' (the current schema, which has route objects with priority and timeToLiveSecs)",
      brokerEnv: "environment variable '{{name}}' switches on the MQTT broker preview, which ended (edgeHub 1.3 and later ignore it): remove it",
    },
  },
  create: ({ report }) => ({
    // $edgeHub's desired properties first, then the system modules' environment
    manifest(manifest) {
      const hub = manifest.hubDesired;
      const schema = hub?.getExact("schemaVersion");
      const broker = hub?.getExact("mqttBroker");
      const v = schema === undefined || (typeof schema.value === "string" && isPlaceholder(schema.value)) ? undefined : schemaOf(schema.value);
      const is12 = v !== undefined && v.major === 1 && v.minor >= 2;
      if (broker !== undefined) {
        const edits: Edit[] = [{ op: "remove", node: broker }];
        if (is12) edits.push({ op: "set", node: schema!, value: "1.1" });
        report({
          node: broker,
          messageId: is12 ? "mqttBrokerSchema" : "mqttBroker",
          suggestions: [{ message: `Remove mqttBroker${is12 ? " and set schemaVersion '1.1'" : ""}`, edits }],
        });
      } else if (is12) {
        report({
          node: schema!,
          part: "value",
          messageId: "brokerSchema",
          data: { schema: String(schema!.value) },
          fix: [{ op: "set", node: schema!, value: "1.1" }],
        });
      }
    },
    module(mod, facts) {
      if (!mod.system) return;
      for (const e of facts.env) {
        if (e.malformed || !BROKER_ENV.test(e.name)) continue;
        report({
          node: e.node,
          module: mod,
          messageId: "brokerEnv",
          data: { name: e.name },
          fix: [{ op: "remove", node: e.node }],
        });
      }
    },
  }),
};

export default rule;
