import { hasPlaceholder, type Edit, type ModuleFacts, type Rule } from "../src/rule-api.js";
import { addEnvEdit, effectiveEnv, setEnvEdit } from "./_resources.js";

/** Is `localhost` one of the comma-separated no_proxy entries? */
export function listsLocalhost(value: string): boolean {
  return value.split(/[,\s]+/).some((h) => h.trim().toLowerCase() === "localhost");
}

/** Does this rule report the module: https_proxy set and no_proxy not listing localhost (nor a placeholder)? */
export function missesNoProxyLocalhost(facts: ModuleFacts): boolean {
  const proxy = effectiveEnv(facts, "https_proxy");
  if (proxy === undefined || proxy.value === undefined || proxy.value.trim() === "") return false;
  const v = effectiveEnv(facts, "no_proxy")?.value;
  return v === undefined || v.trim() === "" || !(hasPlaceholder(v) || listsLocalhost(v));
}

const NO_LOCALHOST =
  "'{{name}}' is set but no_proxy does not list localhost; on Kubernetes-based IoT Edge the module talks to the IoT Edge daemon through its proxy sidecar on http://localhost, which must not go through the web proxy, so set no_proxy: \"localhost\"";
const APPEND = ' (append it: "{{noProxy}},localhost")';
/** edgeHub/edgeAgent without UpstreamProtocol: proxy-upstream-protocol's remedy, carried by this finding */
const UPSTREAM = '; through the web proxy {{module}} must also reach IoT Hub over WebSockets, so set UpstreamProtocol: "AmqpWs" (or "MqttWs")';

/** F14: on Kubernetes the module talks to its proxy sidecar on localhost, which must bypass the web proxy. */
const rule: Rule = {
  meta: {
    id: "proxy-no-proxy-localhost",
    severity: "error",
    facts: ["F14", "§5.9"],
    description: "https_proxy on a module without no_proxy containing localhost; the fix adds no_proxy: localhost or appends ,localhost.",
    repair: "fix",
    targets: ["kubernetes"],
    messages: {
      noLocalhost: NO_LOCALHOST,
      appendLocalhost: NO_LOCALHOST + APPEND,
      noLocalhostAndUpstream: NO_LOCALHOST + UPSTREAM,
      appendLocalhostAndUpstream: NO_LOCALHOST + APPEND + UPSTREAM,
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      const proxy = effectiveEnv(facts, "https_proxy");
      if (proxy === undefined || proxy.value === undefined || proxy.value.trim() === "") return;
      const noProxy = effectiveEnv(facts, "no_proxy");
      let fix: Edit | undefined;
      if (noProxy === undefined) fix = addEnvEdit(facts, proxy, "no_proxy", "localhost");
      else if (noProxy.value === undefined || noProxy.value.trim() === "") fix = setEnvEdit(noProxy, "localhost");
      else if (hasPlaceholder(noProxy.value) || listsLocalhost(noProxy.value)) return;
      else fix = setEnvEdit(noProxy, `${noProxy.value},localhost`);
      const append = Boolean(noProxy?.value);
      const edits: Edit[] = fix !== undefined ? [fix] : [];
      // edgeHub/edgeAgent without UpstreamProtocol: proxy-upstream-protocol's finding is at this same
      // key, so this one finding carries both remedies (and both edits)
      const upstreamToo = mod.system && effectiveEnv(facts, "UpstreamProtocol") === undefined;
      if (upstreamToo) {
        const upstream = addEnvEdit(facts, proxy, "UpstreamProtocol", "AmqpWs");
        if (upstream !== undefined && fix !== undefined) edits.push(upstream);
      }
      const messageId = append ? (upstreamToo ? "appendLocalhostAndUpstream" : "appendLocalhost") : upstreamToo ? "noLocalhostAndUpstream" : "noLocalhost";
      const data = { name: proxy.name, module: mod.name, noProxy: noProxy?.value ?? "" };
      report({ node: proxy.node, module: mod, messageId, data, ...(fix !== undefined ? { fix: edits } : {}) });
    },
  }),
};

export default rule;
