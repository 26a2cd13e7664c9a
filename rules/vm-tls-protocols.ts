import { hasPlaceholder, type Rule } from "../src/rule-api.js";
import { envNamed } from "./_resources.js";

/** V11 (reported): edgeHub 1.3 and later accept TLS 1.2 only, unless SslProtocols relaxes it. */
const rule: Rule = {
  meta: {
    id: "vm-tls-protocols",
    severity: "info",
    facts: ["V11"],
    description: "SslProtocols set on edgeHub: edgeHub 1.3+ requires TLS 1.2 by default and this setting relaxes it (a reported fact).",
    repair: "none",
    targets: ["vm"],
    messages: {
      relaxedTls:
        "SslProtocols is '{{value}}'; edgeHub 1.3 and later (so the 1.6 runtime of the VM) accept only TLS 1.2 by default, and this setting relaxes that: keep it only while downstream devices still need an older TLS version",
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      if (!mod.system || mod.name !== "edgeHub") return;
      for (const v of envNamed(facts, "SslProtocols")) {
        if (v.value === undefined || v.value.trim() === "" || hasPlaceholder(v.value)) continue;
        report({
          node: v.node,
          module: mod,
          messageId: "relaxedTls",
          data: { value: v.value },
        });
      }
    },
  }),
};

export default rule;
