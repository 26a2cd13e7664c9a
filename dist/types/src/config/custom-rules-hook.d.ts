import type { Rule } from "../engine/types.js";
/**
 * `customRules` from the configuration, compiled by the policy module (`src/policy/`): each
 * becomes an ordinary Rule; a broken declaration throws a ConfigError naming file and key.
 */
export declare function compileCustom(defs: unknown[], origin: string): Rule[];
