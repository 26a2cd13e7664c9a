import { type Rule } from "../src/rule-api.js";
export declare function isFilePath(path: string): boolean;
/** F4: Kubernetes mounts host paths as DirectoryOrCreate hostPath volumes: a single file cannot be bound. */
declare const rule: Rule;
export default rule;
