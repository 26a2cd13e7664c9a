/** Where the rule docs live; every diagnostic links to its rule's page. */
export const REPOSITORY_URL = "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint";
export const DOCS_BASE = `${REPOSITORY_URL}/blob/main/rules/`;
export const TOOL_NAME = "iotedge-gpu-lint";
export const VERSION = "0.1.0";

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
