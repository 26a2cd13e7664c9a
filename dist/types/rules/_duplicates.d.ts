/**
 * Duplicate keys, as the agent reads them: JSON.parse and the agent keep the last member of a
 * key, and JNode finds that one. The earlier copies are shadowed; removing or renaming the last
 * member would bring a shadowed copy back to life, so fixes that would do so leave the key in
 * place (they set its value) or are withheld.
 */
import type { JNode } from "../src/rule-api.js";
/**
 * How many other members of the object holding `node` spell its key the same way (ignoring case
 * where the object's keys match that way, as in createOptions): 0 for an element, a root or a
 * member without copies.
 */
export declare function shadowedCopies(node: JNode): number;
