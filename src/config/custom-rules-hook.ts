import type { Rule } from "../engine/types.js";
import { ConfigError } from "./errors.js";

/**
 * HOOK (custom rules): `customRules` from the configuration are compiled by the policy module,
 * `src/policy/custom-rules.ts` (`compileCustomRules(defs, origin): Rule[]`). It did not exist when
 * the configuration code was written; wire it here when it lands:
 *
 *   import { compileCustomRules } from "../policy/custom-rules.js";
 *   export function compileCustom(defs: unknown[], origin: string): Rule[] {
 *     return defs.length === 0 ? [] : compileCustomRules(defs, origin);
 *   }
 *
 * Until then a configuration with custom rules is refused (a silently ignored policy would pass
 * every manifest).
 */
export function compileCustom(defs: unknown[], origin: string): Rule[] {
  if (defs.length === 0) return [];
  throw new ConfigError(`${origin}: customRules: custom rules are not supported by this build yet`, origin, "customRules");
}
