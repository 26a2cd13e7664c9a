import type { ErrorObject } from "ajv";
import { validate } from "../src/generated/k8s-experimental.js";
import { hasPlaceholder, isPlainObject, type Edit, type JNode, type Module, type ModuleFacts, type Rule, type RuleContext } from "../src/rule-api.js";

const SECTION = "k8s-experimental";

/** The spelling the docs use, for the lowercase names the schema validates. */
const DISPLAY: Record<string, string> = {
  nodeselector: "nodeSelector",
  securitycontext: "securityContext",
  serviceoptions: "serviceOptions",
  loadbalancerip: "loadBalancerIP",
  volumemounts: "volumeMounts",
  mountpath: "mountPath",
  readonly: "readOnly",
  subpath: "subPath",
  subpathexpr: "subPathExpr",
  mountpropagation: "mountPropagation",
  rollingupdate: "rollingUpdate",
  maxsurge: "maxSurge",
  maxunavailable: "maxUnavailable",
};
const display = (k: string): string => DISPLAY[k] ?? k;

/** Misspellings of serviceOptions seen in the docs (`kubernetes/doc/create-options.md` names it `service-options`). */
const SERVICE_OPTIONS_ALIASES = new Set(["service-options", "service_options"]);

/** A copy whose object keys are lowercased (the last of several spellings wins, as in the agent's lookup). */
function lowerKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(lowerKeys);
  if (!isPlainObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k.toLowerCase()] = lowerKeys(x);
  return out;
}

/** Follow a JSON pointer of the lowercased copy through the original section. */
function follow(section: JNode, pointer: string): { node: JNode; label: string } | undefined {
  let node: JNode | undefined = section;
  let label = SECTION;
  for (const raw of pointer.split("/").slice(1)) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === undefined) return undefined;
    if (node.isArray) {
      node = node.items()[Number(seg)];
      label += `[${seg}]`;
    } else {
      node = node.getIgnoreCase(seg);
      label += `.${node?.key ?? seg}`;
    }
  }
  return node === undefined ? undefined : { node, label };
}

function typeName(t: unknown): string {
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => (x === "object" || x === "array" || x === "integer" ? `an ${x}` : `a ${x}`)).join(" or ");
}

function allowedKeys(e: ErrorObject): string {
  const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
  return Object.keys(props).map(display).join(", ");
}

/**
 * Where to point for a finding about a whole value: a member's key, an array element's first key
 * (an object spans lines in a template and one line in a string), else the value itself.
 */
function anchor(node: JNode): { node: JNode; part: "key" | "value" } {
  if (node.key !== undefined) return { node, part: "key" };
  const first = node.entries()[0];
  return first !== undefined ? { node: first, part: "key" } : { node, part: "value" };
}

function checkSection(mod: Module, section: JNode, report: RuleContext["report"]): void {
  if (typeof section.value === "string" && hasPlaceholder(section.value)) return;
  if (!section.isObject) {
    report({
      node: section,
      part: "value",
      module: mod,
      messageId: "notObject",
    });
    return;
  }
  const ci = section.withCase(true);
  // schemas/k8s-experimental.schema.json (precompiled by scripts/gen-validators.mjs): the
  // section's keys are case-insensitive (§1.2), so a lowercased copy is validated
  if (validate(lowerKeys(section.value))) return;
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    if (e.keyword === "if") continue;
    const at = follow(ci, e.instancePath);
    if (at === undefined) continue;
    // a placeholder stands for a value the template fills in later: never a violation by itself
    if (typeof at.node.value === "string" && hasPlaceholder(at.node.value)) continue;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    switch (e.keyword) {
      case "additionalProperties": {
        const prop = String((e.params as { additionalProperty: string }).additionalProperty);
        const child = at.node.getIgnoreCase(prop);
        if (child === undefined) break;
        const topLevel = e.instancePath === "";
        if (topLevel && SERVICE_OPTIONS_ALIASES.has(prop)) {
          const clash = ci.getIgnoreCase("serviceOptions") !== undefined;
          report({
            node: child,
            module: mod,
            messageId: clash ? "serviceOptionsAliasMerge" : "serviceOptionsAlias",
            data: { key: String(child.key) },
            ...(clash ? {} : { fix: [{ op: "rename" as const, node: child, key: "serviceOptions" }] }),
          });
          break;
        }
        report({
          node: child,
          module: mod,
          messageId: topLevel ? "unknownKey" : "unknownMember",
          data: { key: String(child.key), path: at.label, allowed: allowedKeys(e) },
        });
        break;
      }
      case "type":
        report({ ...anchor(at.node), module: mod, messageId: "type", data: { path: at.label, type: typeName((e.params as { type: unknown }).type) } });
        break;
      case "enum":
        report({
          node: at.node,
          part: "value",
          module: mod,
          messageId: "enum",
          data: {
            path: at.label,
            value: JSON.stringify(at.node.value),
            allowed: (e.params as { allowedValues: unknown[] }).allowedValues.map((v) => `'${String(v)}'`).join(" or "),
          },
        });
        break;
      case "required": {
        const missing = display(String((e.params as { missingProperty: string }).missingProperty));
        report({ ...anchor(at.node), module: mod, messageId: "required", data: { path: at.label, missing } });
        break;
      }
      case "not": {
        const ru = at.node.getIgnoreCase("rollingUpdate");
        report({
          node: ru ?? at.node,
          module: mod,
          messageId: "rollingUpdateWithRecreate",
          data: { path: at.label },
        });
        break;
      }
      default:
        report({ ...anchor(at.node), module: mod, messageId: "invalid", data: { path: at.label, problem: e.message ?? "is not valid" } });
    }
  }
}

/** The members of HostConfig whose key is `k8s-experimental` in any case (nodes made only for those; the top level's are a module fact). */
function sectionKeys(members: object, parent: () => JNode): JNode[] {
  const out: JNode[] = [];
  for (const k of Object.keys(members)) if (k.length === SECTION.length && k.toLowerCase() === SECTION) out.push(parent().getExact(k)!);
  return out;
}

function checkModule(root: JNode, mod: Module, facts: ModuleFacts, report: RuleContext["report"]): void {
  const top = facts.k8sExperimentalSections;
  const exact = top.find((e) => e.key === SECTION);
  const misspelt = top.filter((e) => e.key !== SECTION);
  for (const m of misspelt) {
    const canFix = exact === undefined && misspelt.length === 1;
    report({
      node: m,
      module: mod,
      messageId: canFix ? "sectionCase" : "sectionCaseMerge",
      data: { key: String(m.key) },
      ...(canFix ? { fix: [{ op: "rename" as const, node: m, key: SECTION }] } : {}),
    });
  }
  const hc = facts.hostConfigValue;
  const nested = hc !== undefined ? sectionKeys(hc, () => facts.hostConfig!) : [];
  for (const n of nested) {
    const canMove = top.length === 0 && nested.length === 1;
    const fix: Edit[] = [
      { op: "add", parent: root, key: SECTION, copyOf: n },
      { op: "remove", node: n },
    ];
    report({
      node: n,
      module: mod,
      messageId: canMove ? "underHostConfig" : "underHostConfigMerge",
      data: { key: String(n.key) },
      ...(canMove ? { fix } : {}),
    });
  }
  if (exact !== undefined) checkSection(mod, exact, report);
}

/** §1.2: the k8s-experimental section's exact key, place and shape, as the Kubernetes agent reads it. */
const rule: Rule = {
  meta: {
    id: "k8s-experimental-shape",
    severity: "error",
    facts: ["§1.1", "§1.2"],
    description:
      "k8s-experimental misspelt in case, placed under HostConfig, not an object, with an unknown key, or a bad strategy; fixes the key case, the placement and service-options.",
    repair: "fix",
    targets: ["kubernetes"],
    messages: {
      sectionCase:
        "'{{key}}' is probably not read: the Kubernetes agent looks the section up by the exact key 'k8s-experimental' (inferred from its source); rename it to 'k8s-experimental'",
      sectionCaseMerge:
        "'{{key}}' is probably not read: the Kubernetes agent looks the section up by the exact key 'k8s-experimental' (inferred from its source); merge it into 'k8s-experimental' by hand",
      underHostConfig: "'{{key}}' is inside HostConfig, where the Kubernetes agent does not look for it; it belongs at the top level of createOptions, next to HostConfig",
      underHostConfigMerge:
        "'{{key}}' is inside HostConfig, where the Kubernetes agent does not look for it; it belongs at the top level of createOptions, next to HostConfig, where 'k8s-experimental' already exists: merge the two by hand",
      notObject: 'k8s-experimental must be an object; the Kubernetes agent logs "Unable to parse Kubernetes CreateOptions" and ignores it',
      serviceOptionsAlias:
        "'{{key}}' in k8s-experimental is not a key the Kubernetes agent knows (the docs' summary misspells it); it is ignored with a warning: name it 'serviceOptions'",
      serviceOptionsAliasMerge:
        "'{{key}}' in k8s-experimental is not a key the Kubernetes agent knows (the docs' summary misspells it); it is ignored with a warning: name it 'serviceOptions', and merge it with the existing 'serviceOptions' by hand",
      unknownKey: '\'{{key}}\' is not a k8s-experimental key; the Kubernetes agent ignores it with the warning "Unknown Kubernetes CreateOption"; allowed: {{allowed}}',
      unknownMember: "'{{key}}' is not a member of {{path}} and is silently lost on Kubernetes; allowed: {{allowed}}",
      type: "{{path}} must be {{type}}; the Kubernetes agent cannot read it",
      enum: "{{path}} is {{value}}; Kubernetes accepts only {{allowed}} (case-sensitive) and rejects the Deployment",
      required: "{{path}} has no '{{missing}}', which Kubernetes requires",
      rollingUpdateWithRecreate:
        "{{path}}.rollingUpdate is set with type 'Recreate', and Kubernetes rejects the Deployment (\"may not be specified when strategy type is 'Recreate'\"); remove rollingUpdate",
      invalid: "{{path}} {{problem}}",
    },
  },
  create: ({ report }) => ({
    createOptions(options, mod, facts) {
      checkModule(options, mod, facts, report);
    },
  }),
};

export default rule;
