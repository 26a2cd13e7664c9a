/**
 * The findings file's version, bounds and JSON Schema. The schema is precompiled into
 * src/generated/findings.js by scripts/gen-validators.mjs, which loads this file on its own: no imports.
 */
export const FINDINGS_VERSION = 1;

/** Bounds for data read from an untrusted findings file. */
export const LIMITS = { findings: 5000, files: 3000, fixes: 500, text: 4000, content: 2_000_000, path: 1000, fileBytes: 64 * 1024 * 1024 };

const str = (max: number) => ({ type: "string", maxLength: max });
const int = { type: "integer", minimum: 0, maximum: 10_000_000 };
const pathSchema = { type: "string", minLength: 1, maxLength: LIMITS.path, pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\u0000\\\\]+$" };
const sha = { type: "string", pattern: "^[0-9a-f]{40}$" };
const ref = { type: "string", minLength: 1, maxLength: 255, pattern: "^[A-Za-z0-9._/+-]+$" };
const repo = { type: "string", maxLength: 200, pattern: "^[A-Za-z0-9._-]+/[A-Za-z0-9._-]+$" };

export const findingsSchema = {
  type: "object",
  additionalProperties: false,
  required: ["version", "tool", "repository", "findings", "files", "fixes", "present"],
  properties: {
    version: { const: FINDINGS_VERSION },
    tool: { const: "iotedge-gpu-lint" },
    repository: repo,
    pullRequest: {
      type: "object",
      additionalProperties: false,
      required: ["number", "headSha", "headRef", "headRepo", "baseSha", "baseRef", "baseRepo"],
      properties: { number: { type: "integer", minimum: 1, maximum: 100_000_000 }, headSha: sha, headRef: ref, headRepo: repo, baseSha: sha, baseRef: ref, baseRepo: repo },
    },
    findings: {
      type: "array",
      maxItems: LIMITS.findings,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path", "ruleId", "severity", "message", "line", "column", "endLine", "endColumn", "fingerprint", "docs", "fixable", "hasSuggestion"],
        properties: {
          path: pathSchema,
          ruleId: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,80}$" },
          severity: { enum: ["error", "warning", "info"] },
          message: str(LIMITS.text),
          line: int,
          column: int,
          endLine: int,
          endColumn: int,
          fingerprint: { type: "string", pattern: "^[0-9a-f]{16}$" },
          docs: { type: "string", maxLength: 500, pattern: "^https://" },
          module: str(300),
          target: { enum: ["kubernetes", "vm"] },
          fixable: { type: "boolean" },
          hasSuggestion: { type: "boolean" },
          replacement: {
            type: "object",
            additionalProperties: false,
            required: ["startLine", "endLine", "text", "kind"],
            properties: { startLine: int, endLine: int, text: str(LIMITS.text * 4), kind: { enum: ["fix", "suggestion"] } },
          },
        },
      },
    },
    files: {
      type: "array",
      maxItems: LIMITS.files,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path", "errors", "warnings", "infos", "fixable", "modules"],
        properties: { path: pathSchema, errors: int, warnings: int, infos: int, fixable: int, modules: { type: "array", maxItems: 1000, items: str(300) } },
      },
    },
    present: { type: "array", maxItems: LIMITS.findings * 4, items: { type: "string", pattern: "^[0-9a-f]{16}$" } },
    fixes: {
      type: "array",
      maxItems: LIMITS.fixes,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path", "target", "content", "applied", "rules"],
        properties: { path: pathSchema, target: pathSchema, content: str(LIMITS.content), applied: int, rules: { type: "array", maxItems: 200, items: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,80}$" } } },
      },
    },
  },
} as const;
