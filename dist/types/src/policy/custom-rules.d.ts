import { type Rule, type Severity } from "../rule-api.js";
export type CustomRuleScope = "createOptions" | "settings" | "env" | "module";
export type CustomRuleTarget = "modules" | "system" | "all";
/** One declaration, as written in YAML (see schemas/custom-rule.schema.json). */
export interface CustomRuleDeclaration {
    id: string;
    severity: Severity;
    /** `{module}`, `{value}` and `{path}` are replaced */
    message: string;
    docs?: string;
    description?: string;
    scope: CustomRuleScope;
    /** user modules (default), system modules (edgeAgent, edgeHub), or all */
    target?: CustomRuleTarget;
    path?: string | (string | number)[];
    modules?: string | string[];
    exceptModules?: string | string[];
    schema?: object | boolean;
    notSchema?: object | boolean;
    required?: boolean;
}
export declare const CUSTOM_RULES_DOCS = "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/v1.0.0/docs/custom-rules.md";
/** Parse `HostConfig.Privileged`, `limits["nvidia.com/gpu"]`, `Binds.0`, `*` into segments. */
export declare function parsePath(path: string): string[] | string;
/**
 * Turn the `customRules` list of a configuration into rules. Each entry is a declaration, or
 * names YAML files of declarations: `{include: "policies/*.yml"}` (a glob or a list) or a path
 * string, relative to the configuration file's folder. A broken declaration throws ConfigError
 * naming the file and the key (`customRules[2].schema`).
 */
export declare function compileCustomRules(defs: unknown[], origin: string): Rule[];
/** Read YAML files of custom rules (paths or globs relative to `baseDir`) and compile them. */
export declare function loadCustomRuleFiles(paths: readonly string[], baseDir: string): Rule[];
