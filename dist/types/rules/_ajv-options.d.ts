/**
 * The ajv options of the manifest schema and of custom rules (their declarations and their
 * schemas): every error (one finding per problem), the failing data and schema kept for messages.
 * Used by `newAjv` at run time and by scripts/gen-validators.mjs, which precompiles the built-in
 * schemas with them; no imports, so that the script can load this file on its own.
 */
export declare const SCHEMA_FINDING_OPTIONS: {
    readonly allErrors: true;
    readonly verbose: true;
    readonly strict: true;
    readonly strictTypes: false;
};
