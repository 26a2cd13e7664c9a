export interface StrictText {
    json: string;
    /** offsets of every `{`/`[` in the original text, in order, and of the close of each */
    opens: number[];
    closes: number[];
}
/** The strict JSON text of a template, or undefined when it has an unterminated string or comment. */
export declare function strictTemplateText(text: string): StrictText | undefined;
