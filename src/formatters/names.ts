/** The output formats, by name (kept apart from the formatters so that argument parsing stays light). */
export const FORMAT_NAMES = ["stylish", "json", "sarif", "github"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
