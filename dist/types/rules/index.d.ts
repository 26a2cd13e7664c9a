import type { Rule } from "../src/rule-api.js";
/** Every built-in rule, in id order. */
export declare const builtinRules: readonly Rule[];
