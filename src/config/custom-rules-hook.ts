import type { Rule } from "../engine/types.js";
import { compileCustomRules } from "../policy/custom-rules.js";

/**
 * `customRules` from the configuration, compiled by the policy module (`src/policy/`): each
 * becomes an ordinary Rule; a broken declaration throws a ConfigError naming file and key.
 */
export function compileCustom(defs: unknown[], origin: string): Rule[] {
  return defs.length === 0 ? [] : compileCustomRules(defs, origin);
}
