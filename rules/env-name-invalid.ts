import { isPlaceholder, type Rule } from "../src/rule-api.js";

/** Kubernetes `envVarNameFmt` (apimachinery validation.go), strict form. */
const K8S_ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
/** template placeholders inside a name (`${X}`, `$X`, `{{X}}`): the name is checked once they are resolved */
const EMBEDDED_PLACEHOLDER = /\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\{\{[^}]*\}\}/;

/** A name close to `name` that Kubernetes accepts (for the message only: renaming changes what the app reads). */
function proposal(name: string): string {
  let p = name.replace(/:/g, "__").replace(/[^-._a-zA-Z0-9]/g, "_");
  if (p === "" || /^[0-9]/.test(p)) p = `_${p}`;
  return p;
}

const REJECTED = "which Kubernetes rejects (the module is not deployed); rename it, e.g. to '{{proposal}}', and change the code that reads it";

/** §1.4: Kubernetes rejects env names outside `[-._a-zA-Z][-._a-zA-Z0-9]*` (':' is env-name-colon's). */
const rule: Rule = {
  meta: {
    id: "env-name-invalid",
    severity: "error",
    facts: ["§1.4"],
    description: "Environment variable names Kubernetes rejects for a reason other than ':' (a leading digit, spaces, other characters).",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      empty: `environment variable name '{{name}}' is empty, ${REJECTED}`,
      leadingDigit: `environment variable name '{{name}}' starts with a digit, ${REJECTED}`,
      otherCharacters: `environment variable name '{{name}}' has characters other than letters, digits, '_', '-' and '.', ${REJECTED}`,
    },
  },
  create: ({ report }) => ({
    env(v, mod) {
      if (v.malformed) return;
      const name = v.name;
      if (K8S_ENV_NAME.test(name.replace(/:/g, "__"))) return;
      if (isPlaceholder(name) || EMBEDDED_PLACEHOLDER.test(name)) return;
      report({
        node: v.node,
        ...(v.from === "env" ? { part: "key" as const } : {}),
        module: mod,
        messageId: name === "" ? "empty" : /^[0-9]/.test(name) ? "leadingDigit" : "otherCharacters",
        data: { name, proposal: proposal(name) },
      });
    },
  }),
};

export default rule;
