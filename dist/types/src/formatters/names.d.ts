/** The output formats, by name (kept apart from the formatters so that argument parsing stays light). */
export declare const FORMAT_NAMES: readonly ["stylish", "json", "sarif", "github"];
export type FormatName = (typeof FORMAT_NAMES)[number];
