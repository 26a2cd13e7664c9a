import { findDuplicateKeys, type DuplicateKey, type JNode, type Manifest, type Module, type Rule, type RuleContext } from "../src/rule-api.js";

/** The value text of the member whose key starts at `keyStart` in the object at `path`. */
function memberValueText(node: JNode, keyStart: number): string | undefined {
  const at = node.locate();
  const c = at?.container;
  if (c === undefined || c.kind !== "object") return undefined;
  const m = c.members.find((x) => x.keyStart === keyStart);
  return m === undefined ? undefined : node.space.json.text.slice(m.valueStart, m.valueEnd);
}

function sameValue(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  if (a === b) return true;
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return false;
  }
}

/** The node of the object at `path` (exact keys; the last of duplicates, as the agent reads it). */
function objectAt(root: JNode, path: readonly (string | number)[]): JNode | undefined {
  let n: JNode | undefined = root;
  for (const seg of path) {
    if (n === undefined) return undefined;
    n = typeof seg === "number" ? n.items()[seg] : n.getExact(seg);
  }
  return n;
}

function moduleAt(manifest: Manifest, path: readonly (string | number)[]): Module | undefined {
  return manifest.modules.find((m) => {
    const p = m.node.path;
    return p.length <= path.length && p.every((seg, i) => path[i] === seg);
  });
}

const SAME = "both definitions hold the same value, so nothing is lost; remove one";
const DIFFERENT = "this definition is silently ignored: the IoT Edge agent and Docker keep the last one, which holds a different value; merge them into one";

function reportDuplicate(report: RuleContext["report"], root: JNode, d: DuplicateKey, mod: Module | undefined, inCreateOptions: boolean): void {
  const obj = objectAt(root, d.path);
  if (obj === undefined) return;
  const shadowed = memberValueText(obj, d.shadowed.start);
  const winner = memberValueText(obj, d.winner.start);
  const same = sameValue(shadowed, winner);
  report({
    node: obj,
    span: [d.shadowed.start, d.shadowed.end],
    module: mod,
    severity: same ? "warning" : "error",
    messageId: inCreateOptions ? (same ? "createOptionsSame" : "createOptionsDifferent") : same ? "fileSame" : "fileDifferent",
    data: { key: JSON.stringify(d.key) },
  });
}

/** A key written twice in one object, in the file or inside a stringified createOptions: the last wins. */
const rule: Rule = {
  meta: {
    id: "duplicate-key",
    severity: "error",
    facts: ["§2.2"],
    description: "A key defined twice in one object (in the file or inside createOptions): the agent and Docker keep the last definition and ignore the first.",
    repair: "none",
    targets: ["kubernetes", "vm"],
    messages: {
      fileSame: `key {{key}} is defined twice in the same object; ${SAME}`,
      fileDifferent: `key {{key}} is defined twice in the same object; ${DIFFERENT}`,
      createOptionsSame: `key {{key}} is defined twice in the same object of createOptions; ${SAME}`,
      createOptionsDifferent: `key {{key}} is defined twice in the same object of createOptions; ${DIFFERENT}`,
    },
  },
  create: ({ report }) => ({
    // the file's own keys first, then each module's stringified createOptions, in file order
    manifest(manifest) {
      for (const d of findDuplicateKeys(manifest.source.text, manifest.doc.text === manifest.source.text ? manifest.doc.value : undefined)) reportDuplicate(report, manifest.root, d, moduleAt(manifest, d.path), false);
    },
    createOptions(options, mod) {
      const co = mod.createOptions;
      if (co.form !== "string" || co.text === undefined || co.error !== undefined || co.space === undefined) return;
      const root = options.withCase(false);
      for (const d of findDuplicateKeys(co.text, options.value)) reportDuplicate(report, root, d, mod, true);
    },
  }),
};

export default rule;
