import { builtinRules } from "../../rules/index.js";
import type { SeveritySetting } from "../../src/index.js";

/** Only these rules on (every other built-in rule off), so that outputs stay exact as rules are added. */
export function onlyRules(ids: string[], overrides: Record<string, SeveritySetting> = {}): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const r of builtinRules) out[r.meta.id] = ids.includes(r.meta.id) ? r.meta.severity : "off";
  return { ...out, ...overrides };
}

/** The same, as a YAML configuration file. */
export function onlyRulesYaml(ids: string[], overrides: Record<string, SeveritySetting> = {}, extra = ""): string {
  const rules = onlyRules(ids, overrides);
  return "rules:\n" + Object.entries(rules).map(([k, v]) => `  ${k}: ${v}\n`).join("") + extra;
}

/**
 * A generated manifest with one bind (no-host-binds, fixable) and one env name with a colon
 * (env-name-colon, fixable). Line 11 holds the createOptions string, line 12 the env name.
 */
export const MANIFEST = `{
  "modulesContent": {
    "$edgeAgent": {
      "properties.desired": {
        "schemaVersion": "1.1",
        "runtime": { "type": "docker", "settings": {} },
        "systemModules": {},
        "modules": {
          "camera": {
            "type": "docker",
            "settings": { "image": "camera:1", "createOptions": "{\\"HostConfig\\":{\\"Binds\\":[\\"/srv/data:/data\\"]}}" },
            "env": { "Logging:Level": { "value": "debug" } }
          }
        }
      }
    },
    "$edgeHub": { "properties.desired": { "schemaVersion": "1.1", "routes": {}, "storeAndForwardConfiguration": { "timeToLiveSecs": 7200 } } }
  }
}
`;

/** MANIFEST with both findings fixed. */
export const FIXED = MANIFEST.replace(
  '{\\"HostConfig\\":{\\"Binds\\":[\\"/srv/data:/data\\"]}}',
  '{\\"HostConfig\\":{\\"Mounts\\":[{\\"Type\\":\\"bind\\",\\"Source\\":\\"/srv/data\\",\\"Target\\":\\"/data\\"}]}}',
).replace('"Logging:Level"', '"Logging__Level"');

export const CLEAN = FIXED;

/**
 * MANIFEST with edgeAgent behind a web proxy (no UpstreamProtocol): a finding of
 * proxy-upstream-protocol, a rule of both targets, on line 7; the bind and the env name are
 * findings of the kubernetes target only.
 */
export const PROXY_MANIFEST = MANIFEST.replace(
  '"systemModules": {}',
  '"systemModules": { "edgeAgent": { "type": "docker", "settings": { "image": "mcr.microsoft.com/azureiotedge-agent:1.1" }, "env": { "https_proxy": { "value": "http://proxy:3128" }, "no_proxy": { "value": "localhost" } } } }',
);
