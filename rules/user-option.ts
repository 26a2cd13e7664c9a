import { ensureValue, hasPlaceholder, valueIgnoreCase, type Edit, type JNode, type ModuleFacts, type Rule } from "../src/rule-api.js";

/** `uid[:gid]`; `root` is uid and gid 0 on every Linux image, so it counts as numeric */
const NUMERIC_USER = /^([0-9]+|root)(?::([0-9]+|root))?$/;
const id = (s: string): number => (s === "root" ? 0 : Number(s));

/** The securityContext members that say the same as `User`, and whether they already do. */
function plan(facts: ModuleFacts, user: JNode, uid: number, gid: number | undefined): { migrated: boolean; fix?: Edit[]; conflict?: string } {
  const want: Record<string, number> = gid === undefined ? { runAsUser: uid } : { runAsUser: uid, runAsGroup: gid };
  const x = facts.k8sExperimental;
  if (x === undefined) {
    // a misspelt or non-object k8s-experimental is k8s-experimental-shape's to repair first
    const other = facts.k8sExperimentalSections[0];
    if (other !== undefined) return { migrated: false, conflict: `'${other.key}' must first be a 'k8s-experimental' object` };
    // the User member becomes the section: one place edited (removing the last member and adding another trips the layout)
    return { migrated: false, fix: [{ op: "rename", node: user, key: "k8s-experimental" }, { op: "set", node: user, value: { securityContext: want } }] };
  }
  const sc = x.get("securityContext");
  if (sc === undefined) return { migrated: false, fix: [{ op: "remove", node: user }, ensureValue(x, ["securityContext"], want)] };
  if (!sc.isObject) return { migrated: false, conflict: "k8s-experimental.securityContext is not an object" };
  const missing: Record<string, number> = {};
  for (const [k, v] of Object.entries(want)) {
    const have = sc.get(k);
    if (have === undefined) missing[k] = v;
    else if (have.value !== v) return { migrated: false, conflict: `k8s-experimental.securityContext.${have.key} is already ${JSON.stringify(have.value)}` };
  }
  const keys = Object.keys(missing);
  if (keys.length === 0) return { migrated: true };
  const add: Edit = keys.length === 1 ? ensureValue(sc, [keys[0]!], missing[keys[0]!]) : { op: "set", node: sc, value: { ...(sc.value as object), ...missing } };
  return { migrated: false, fix: [{ op: "remove", node: user }, add] };
}

const IGNORED = "User is ignored on Kubernetes-based IoT Edge, so the module runs as the image's user";

/** §1.3, §5.6: the Kubernetes agent ignores `User`; the pod securityContext sets the uid/gid. */
const rule: Rule = {
  meta: {
    id: "user-option",
    severity: "warning",
    facts: ["§1.3", "§5.6"],
    description: "createOptions.User, which Kubernetes ignores; a numeric uid[:gid] moves to k8s-experimental.securityContext.runAsUser/runAsGroup.",
    repair: "fix",
    targets: ["kubernetes"],
    messages: {
      namedUser: `${IGNORED}; set k8s-experimental.securityContext.runAsUser (and runAsGroup) to the numeric uid and gid of {{user}}, and remove User`,
      placeholderUser: `${IGNORED}; set k8s-experimental.securityContext.runAsUser (and runAsGroup) to the numeric ids that {{user}} stands for, and remove User`,
      moveUser: `${IGNORED}; write k8s-experimental.securityContext {{securityContext}} instead`,
      moveUserConflict: `${IGNORED}; write k8s-experimental.securityContext {{securityContext}} instead, but {{conflict}}: reconcile them by hand`,
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      const root = mod.createOptions.root;
      // Docker's User is a string; an empty one means the image's user
      const v = valueIgnoreCase(root?.value, "user");
      if (root === undefined || typeof v !== "string" || v === "") return;
      const user = root.get("User")!;
      const m = NUMERIC_USER.exec(v);
      if (m === null) {
        report({ node: user, part: "key", module: mod, messageId: hasPlaceholder(v) ? "placeholderUser" : "namedUser", data: { user: JSON.stringify(v) } });
        return;
      }
      const uid = id(m[1]!);
      const gid = m[2] !== undefined ? id(m[2]) : undefined;
      const p = plan(facts, user, uid, gid);
      if (p.migrated) return;
      const securityContext = `{"runAsUser": ${uid}${gid !== undefined ? `, "runAsGroup": ${gid}` : ""}}`;
      report({
        node: user,
        part: "key",
        module: mod,
        ...(p.conflict !== undefined
          ? { messageId: "moveUserConflict", data: { securityContext, conflict: p.conflict } }
          : { messageId: "moveUser", data: { securityContext } }),
        ...(p.fix !== undefined ? { fix: p.fix } : {}),
      });
    },
  }),
};

export default rule;
