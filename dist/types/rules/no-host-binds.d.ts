import { type JNode, type Rule } from "../src/rule-api.js";
interface Plan {
    node: JNode;
    /** the Mounts entry that replaces this bind, when the rewrite is certain */
    mount?: Record<string, unknown>;
    /** a likely Mounts entry a person should confirm */
    suggestion?: Record<string, unknown>;
    why: string;
    /** a bind of a single file or device node: bind-mount-file's finding; it stays in Binds untouched */
    file?: true;
}
/** How one `src:dst[:opts]` bind becomes a Mounts entry (F1-F3). */
export declare function planBind(node: JNode): Plan;
/** F1-F3: Binds cannot attach host paths or persistent storage on Kubernetes; Mounts can. */
declare const rule: Rule;
export default rule;
