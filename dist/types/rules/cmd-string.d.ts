import { type Rule } from "../src/rule-api.js";
/**
 * §1.3 [INF]: Docker reads a string Cmd/Entrypoint as a one-element list (moby strslice); the
 * Kubernetes agent reads both with ToObject<IReadOnlyList<string>>(), which fails on a string.
 */
declare const rule: Rule;
export default rule;
