import { type Rule } from "../src/rule-api.js";
/** ASE share names: letters, digits and hyphens, 3 to 63 characters, alphanumeric ends, no double hyphen. */
export declare function shareNameProblem(name: string): string | undefined;
/** F2: a Type volume mount's Source is the name of an SMB/NFS share on the device, not a path. */
declare const rule: Rule;
export default rule;
