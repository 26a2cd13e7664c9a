import type { Manifest, Module, RouteRef } from "../model/manifest.js";
import type { EnvVar, ModuleFacts } from "../model/facts.js";
import type { JNode } from "../model/node.js";
export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";
export type Repair = "fix" | "suggestion" | "none";
/**
 * Where the manifest is going: `kubernetes`, the Kubernetes-based IoT Edge of Azure Stack Edge Pro
 * GPU (the article), or `vm`, IoT Edge 1.6 LTS on Docker in a Linux VM on the same device.
 */
export type Target = "kubernetes" | "vm";
export declare const TARGETS: readonly Target[];
export declare const DEFAULT_TARGET: Target;
/** Site settings for the `vm` target (config `vm:`), read by the VM rules. */
export interface VmOptions {
    /** where the device's shares are mounted inside the VM (`/mnt/shares`): `/home/hcsshares/<share>` becomes `<shareRoot>/<share>` */
    shareRoot?: string;
    /** IoT Edge 1.6.4+ `allowed_bind_sources`, when the administrator turned elevated permissions off */
    allowedBindSources?: string[];
}
export interface RuleMeta {
    /** the catalogue id, exactly (`no-host-binds`) */
    id: string;
    severity: Severity;
    /** the facts it rests on: `F1` (the article) or `§1.3` (the Kubernetes runtime) */
    facts: string[];
    /** one line: what it reports */
    description: string;
    repair: Repair;
    /** the targets the rule applies to; the engine runs it only for these */
    targets: readonly Target[];
    /** defaults to the rule's docs page in this repository */
    docs?: string;
    /**
     * the rule's messages by id, as ESLint's `meta.messages`: templates with `{{name}}` holes that
     * a report fills from its `data`. A report by `messageId` about a module is prefixed by the
     * engine with `module '<name>': `.
     */
    messages?: Readonly<Record<string, string>>;
}
/**
 * A rule is data plus one pure function: `create` is called once per file with the context and
 * returns the handlers the engine calls during its one walk over the file. A rule reads the
 * module's facts (`ModuleFacts`, built by the engine once per module and file) rather than
 * reading createOptions its own way, and reports through `ctx.report`.
 */
export interface Rule {
    meta: RuleMeta;
    create(ctx: RuleContext): RuleHandlers;
}
/**
 * What a rule listens to. The engine walks each file once: `manifest`, then for each module (in
 * the file's order, system modules included) `module`, `createOptions` (when its createOptions read
 * as a JSON object) and `env` (each variable), then each `route`, then `manifestExit`.
 */
export interface RuleHandlers {
    /** once per file, before any module */
    manifest?(manifest: Manifest): void;
    /** each module */
    module?(mod: Module, facts: ModuleFacts): void;
    /** each module whose createOptions read as a JSON object (`options` is that object, keys case-insensitive) */
    createOptions?(options: JNode, mod: Module, facts: ModuleFacts): void;
    /** each environment variable of each module: the `env` map, then `createOptions.Env` */
    env?(variable: EnvVar, mod: Module, facts: ModuleFacts): void;
    /** each route of `$edgeHub` */
    route?(route: RouteRef): void;
    /** once per file, after every module and route: for checks across modules */
    manifestExit?(manifest: Manifest): void;
}
/**
 * The rule shape of 1.0 (`check` over the whole manifest). Still accepted by `lintText` and
 * friends through `fromLegacyRule`; write `create` instead.
 * @deprecated since 1.1
 */
export interface LegacyRule {
    meta: RuleMeta;
    check(ctx: RuleContext): void;
}
/**
 * An edit in JSON terms. The fixer alone turns edits into text: it keeps indentation, line
 * endings and untouched bytes, and rewrites a stringified createOptions in its own style.
 */
export type Edit = 
/** replace a value */
{
    op: "set";
    node: JNode;
    value: unknown;
}
/** remove an object member or array element */
 | {
    op: "remove";
    node: JNode;
}
/** rename the key of an object member */
 | {
    op: "rename";
    node: JNode;
    key: string;
}
/**
 * add a member to an object (`key`) or an element to an array (at `index`, default the end);
 * the value is `value`, or the exact text of `copyOf` (moving a section byte for byte)
 */
 | {
    op: "add";
    parent: JNode;
    key?: string;
    value?: unknown;
    copyOf?: JNode;
    index?: number;
}
/** write a module's createOptions as this JSON text, chunked canonically (createOptions, createOptions01, ...) */
 | {
    op: "createOptions";
    settings: JNode;
    text: string;
};
export interface Suggestion {
    message: string;
    edits: Edit[];
    /** the same edits as one replacement of the file's text, when its changes are close together (filled in by the engine) */
    fix?: TextEdit;
    /** the same edits as text edits over the file's text, sorted and not overlapping (filled in by the engine) */
    fixEdits?: readonly TextEdit[];
}
export interface ReportDescriptor {
    node: JNode;
    /** what to point at: a member's key (the default for members) or its value */
    part?: "key" | "value";
    /** a range of decoded characters inside a string value (e.g. a module name inside a route) */
    range?: [number, number];
    /** the message, as a template id of `meta.messages` (preferred) … */
    messageId?: string;
    /** … and the values of its `{{name}}` holes */
    data?: Readonly<Record<string, string | number>>;
    /** or as finished text (without the module prefix, which the engine adds only for messageId) */
    message?: string;
    /**
     * exact offsets in the text of the node's space (the file, or a createOptions text), for a place
     * no node stands for: the shadowed definition of a duplicate key
     */
    span?: [number, number];
    /** the module the finding belongs to */
    module?: Module | string;
    /** a finding that is a milder (or harsher) variant of the rule; config severity still wins */
    severity?: Severity;
    fix?: Edit[];
    suggestions?: Suggestion[];
}
export interface RuleContext {
    readonly manifest: Manifest;
    /** the target this run checks for: a rule that applies to several computes its fix for this one */
    readonly target: Target;
    /** site settings for the `vm` target (empty when none are configured) */
    readonly vm: Readonly<VmOptions>;
    /** the facts of any module of the file (the same object the handlers receive) */
    facts(mod: Module): ModuleFacts;
    report(d: ReportDescriptor): void;
}
export interface TextEdit {
    /** offsets into the file's text (after a BOM) */
    start: number;
    end: number;
    text: string;
}
export interface Suppression {
    reason: string;
    expires?: string;
    /** `inSource`: by a directive in the manifest itself; otherwise by the configuration */
    kind?: "inSource";
}
/** One finding, positioned. Lines and columns are 1-based; columns count UTF-16 units. */
export interface Diagnostic {
    ruleId: string;
    severity: Severity;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** offsets into the file's text (after a BOM) */
    offset: number;
    endOffset: number;
    module?: string;
    /** the target the finding was checked for */
    target?: Target;
    /** RFC 6901 pointer; inside createOptions it continues through the parsed options */
    pointer: string;
    fingerprint: string;
    docs: string;
    suppressed?: Suppression;
    /** the automatic fix, in JSON terms (applied by --fix) */
    edits?: Edit[];
    /**
     * the automatic fix as one replacement of the file's text, as ESLint reports it: given when the
     * fix's changes are close together (one replacement would not repeat much unchanged text)
     */
    fix?: TextEdit;
    /**
     * the automatic fix as text edits over the file's text (offsets after a BOM), sorted and not
     * overlapping; always given with the fix text. Findings that share one fix share this array.
     */
    fixEdits?: readonly TextEdit[];
    /** why the automatic fix was withheld by the fix guard (the finding stays, without `edits`) */
    fixWithheld?: string;
    suggestions?: Suggestion[];
}
