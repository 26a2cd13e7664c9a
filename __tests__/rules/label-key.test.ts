import rule from "../../rules/label-key.js";
import { sanitizeAnnotationKey } from "../../rules/_k8s-annotations.js";
import { describe, expect, it } from "vitest";
import { ruleTester } from "../helpers/rule-tester.js";

const withLabels = (Labels: Record<string, string>) => ({ modules: { camera: { createOptions: { Labels } } } });
const long = "a".repeat(64);

describe("sanitizeAnnotationKey (the agent's KubeUtils.SanitizeAnnotationKey)", () => {
  // the agent's own test cases (KubeUtilsTest.SanitizeAnnotationKeyTest)
  it.each([
    ["$edgeAgent", "edgeAgent"],
    ["iothub.azure-device.net/$edgeHub", "iothub.azure-device.net/edgeHub"],
    ["K8S.IO/---a-0--", "k8s.io/a-0"],
    ["com.example.app_name", "com.example.app_name"],
  ])("%s -> %s", (raw, expected) => {
    expect(sanitizeAnnotationKey(raw)).toEqual({ ok: true, key: expected });
  });
  it.each([
    ["", /empty/],
    ["---", /sanitizes to nothing/],
    [long, /64 characters long/],
    ["/name", /prefix before '\/' is empty/],
    ["a..b/name", /empty DNS label/],
    ["123/name", /no letter/],
    ["example.com/", /sanitizes to nothing/],
  ])("%s is refused", (raw, reason) => {
    const s = sanitizeAnnotationKey(raw);
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.reason).toMatch(reason);
  });
  it("only the name segment is limited to 63 characters", () => {
    expect(sanitizeAnnotationKey(`example.com/${"a".repeat(63)}`).ok).toBe(true);
    expect(sanitizeAnnotationKey(`-${"a".repeat(63)}-`)).toEqual({ ok: true, key: "a".repeat(63) });
  });
});

ruleTester(rule, {
  valid: [
    { name: "ordinary label keys", spec: withLabels({ "com.contoso.role": "camera", "contoso.com/tier": "edge", app_name: "x" }) },
    { name: "a key that sanitizes to a valid one", spec: withLabels({ "--role--": "x" }) },
  ],
  invalid: [
    {
      name: "too long, empty after sanitizing, bad prefix",
      spec: withLabels({ [long]: "x", "***": "y", "1.2/x": "z", ok: "w" }),
      errors: [
        {
          at: `"${long}"`,
          message: `module 'camera': the label '${long}' cannot become a Kubernetes annotation key (the name '${long}' is 64 characters long after sanitizing, more than 63), and the agent refuses the module; use a key of at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit, optionally after a DNS prefix and '/' (e.g. 'contoso.com/camera-role')`,
        },
        { at: '"***"', message: /the label '\*\*\*' cannot become a Kubernetes annotation key \(the name '\*\*\*' has no letter or digit, so it sanitizes to nothing\)/ },
        { at: '"1.2/x"', message: /the prefix label '1' has no letter to start a DNS label with/ },
      ],
      output: null,
    },
    {
      name: "[INF] two keys that become the same annotation key (Dictionary.Add throws)",
      spec: withLabels({ role: "a", "role-": "b" }),
      errors: [{ at: '"role-"', message: `module 'camera': the labels 'role' and 'role-' both become the annotation key 'role' on Kubernetes, and the agent fails adding the second; rename one of them` }],
      output: null,
    },
  ],
});
