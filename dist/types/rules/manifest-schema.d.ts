import { type Manifest } from "../src/rule-api.js";
/** Layered deployments (dotted desired-property keys) and twins are not schema-checked, as in the az CLI. */
export declare function isBaseDeployment(manifest: Manifest): boolean;
declare const _default: {
    meta: {
        id: string;
        severity: "error";
        facts: string[];
        description: string;
        repair: "none";
        targets: ("kubernetes" | "vm")[];
        messages: {
            schema: string;
        };
    };
    create: ({ report }: import("../src/rule-api.js").RuleContext) => {
        manifest(manifest: Manifest): void;
    };
};
export default _default;
