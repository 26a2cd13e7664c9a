/** The version; package.json's `version` must agree (checked by __tests__/core/meta.test.ts). */
export declare const VERSION = "1.0.0";
export declare const REPOSITORY_URL = "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint";
/** The docs of the release that produced a finding: the `v<VERSION>` tag, never `main`. */
export declare const DOCS_REF = "v1.0.0";
/** Where the rule docs live; every diagnostic links to its rule's page. */
export declare const DOCS_BASE = "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/v1.0.0/rules/";
export declare const TOOL_NAME = "iotedge-gpu-lint";
export declare function docsUrl(ruleId: string): string;
