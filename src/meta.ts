/** The version; package.json's `version` must agree (checked by __tests__/core/meta.test.ts). */
export const VERSION = "1.0.0";
export const REPOSITORY_URL = "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint";
/** The docs of the release that produced a finding: the `v<VERSION>` tag, never `main`. */
export const DOCS_REF = `v${VERSION}`;
/** Where the rule docs live; every diagnostic links to its rule's page. */
export const DOCS_BASE = `${REPOSITORY_URL}/blob/${DOCS_REF}/rules/`;
export const TOOL_NAME = "iotedge-gpu-lint";

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
