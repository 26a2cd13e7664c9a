/** Where the rule docs live; every diagnostic links to its rule's page. */
export declare const REPOSITORY_URL = "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint";
export declare const DOCS_BASE = "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/main/rules/";
export declare const TOOL_NAME = "iotedge-gpu-lint";
export declare const VERSION = "0.1.0";
export declare function docsUrl(ruleId: string): string;
