/**
 * The Kubernetes agent's `KubeUtils.SanitizeAnnotationKey`, which turns Docker `Labels` keys into
 * pod and Service annotation keys (stated in rules/label-key.md). Ported from
 * `Azure/iotedge edge-agent/src/Microsoft.Azure.Devices.Edge.Agent.Kubernetes/KubeUtils.cs`
 * (`SanitizeAnnotationKey`, `SanitizeDNSDomain`, `SanitizeDNSValue`, `SanitizeNameValue`): where the
 * C# code throws `InvalidKubernetesNameException` (the module is not deployed), this returns an error.
 */

const ALPHA = /[a-zA-Z]/;
const ALNUM = /[a-zA-Z0-9]/;
const DNS_CHARS = /[a-z0-9-]/;
const NAME_CHARS = /[a-zA-Z0-9._-]/;
const MAX_DNS_LABEL = 63;
const MAX_NAME = 63;
const MAX_K8S_VALUE = 253;

export type Sanitized = { ok: true; key: string } | { ok: false; reason: string };

class InvalidName extends Error {}

/** Trim to the first character passing `start` and the last alphanumeric, keep `keep` characters. */
function trimAndKeep(name: string, start: RegExp, keep: RegExp): string {
  let s = 0;
  while (s < name.length && !start.test(name[s]!)) s++;
  if (s === name.length) return "";
  let e = Math.max(s, name.length - 1);
  while (e > s && !ALNUM.test(name[e]!)) e--;
  let out = "";
  for (let i = s; i <= e; i++) if (keep.test(name[i]!)) out += name[i];
  return out;
}

/** `SanitizeDNSValue(name, IsAlpha)`: one label of the prefix; lowercased, must start with a letter. */
function sanitizeDnsValue(label: string): string {
  if (label === "") throw new InvalidName(`the prefix has an empty DNS label`);
  const out = trimAndKeep(label.toLowerCase(), ALPHA, DNS_CHARS);
  if (out === "") throw new InvalidName(`the prefix label '${label}' has no letter to start a DNS label with`);
  if (out.length > MAX_DNS_LABEL) throw new InvalidName(`the prefix label '${label}' is longer than ${MAX_DNS_LABEL} characters`);
  return out;
}

/** `SanitizeDNSDomain`: the prefix before '/', as dot-separated labels. */
function sanitizeDnsDomain(prefix: string): string {
  if (prefix === "") throw new InvalidName("the prefix before '/' is empty");
  const out = prefix.split(".").map(sanitizeDnsValue).join(".");
  if (out.length > MAX_K8S_VALUE) throw new InvalidName(`the prefix is longer than ${MAX_K8S_VALUE} characters`);
  return out;
}

/** `SanitizeNameValue`: the name segment; case kept, trimmed to alphanumeric ends, [-._a-zA-Z0-9] kept. */
function sanitizeNameValue(name: string): string {
  const out = trimAndKeep(name, ALNUM, NAME_CHARS);
  if (out === "") throw new InvalidName(`the name '${name}' has no letter or digit, so it sanitizes to nothing`);
  if (out.length > MAX_NAME) throw new InvalidName(`the name '${out}' is ${out.length} characters long after sanitizing, more than ${MAX_NAME}`);
  return out;
}

/**
 * Keys the sanitizer returns unchanged (the common case, checked without building the output):
 * an optional prefix of lowercase DNS labels that start with a letter and end alphanumeric, then
 * '/', then a name of `[-._a-zA-Z0-9]` with alphanumeric ends; the lengths are checked apart.
 */
const CLEAN_KEY = /^(?:[a-z](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z](?:[a-z0-9-]*[a-z0-9])?)*\/)?[a-zA-Z0-9](?:[-._a-zA-Z0-9]*[a-zA-Z0-9])?$/;

function alreadyClean(key: string): boolean {
  if (!CLEAN_KEY.test(key)) return false;
  const slash = key.indexOf("/");
  if (key.length - slash - 1 > MAX_NAME) return false;
  if (slash < 0) return true;
  const prefix = key.slice(0, slash);
  return prefix.length <= MAX_K8S_VALUE && prefix.split(".").every((label) => label.length <= MAX_DNS_LABEL);
}

/** `KubeUtils.SanitizeAnnotationKey(key)`: the annotation key the agent writes, or why it throws. */
export function sanitizeAnnotationKey(key: string): Sanitized {
  if (alreadyClean(key)) return { ok: true, key };
  try {
    if (key === "") throw new InvalidName("the key is empty");
    const slash = key.indexOf("/");
    const out = slash >= 0 ? `${sanitizeDnsDomain(key.slice(0, slash))}/${sanitizeNameValue(key.slice(slash + 1))}` : sanitizeNameValue(key);
    return { ok: true, key: out };
  } catch (e) {
    if (e instanceof InvalidName) return { ok: false, reason: e.message };
    throw e;
  }
}
