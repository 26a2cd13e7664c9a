import { CHUNK_SIZE, isChunkKey, type Edit, type JNode, type Module, type Rule, type RuleContext } from "../src/rule-api.js";
import { AGENT_MAX_CHUNKS, agentChunkNumber, agentRead } from "./_chunks.js";
import { isBaseDeployment } from "./manifest-schema.js";

/** iotedgedev and the VS Code extension refuse createOptions longer than 8 chunks of 512 characters. */
const TOOLING_MAX = 4096;

/** The finding about a chunk sequence the agent cannot read, from the key where it stops: a message id of meta.messages and its data. */
function describeBreak(key: string, expected: string, position: number, seen: string[]): { messageId: string; data: Record<string, string | number> } {
  const num = agentChunkNumber(key)!;
  if (position === 0) return { messageId: "firstNotCreateOptions", data: { key } };
  if (num === "") return { messageId: "repeatedInOtherCase", data: { key } };
  const n = Number.parseInt(num, 10);
  if (n === 0) return { messageId: "numberZero", data: { key } };
  if (n < position) {
    const twin = seen.find((k) => k !== key && Number.parseInt(agentChunkNumber(k)! || "0", 10) === n);
    return twin !== undefined ? { messageId: "repeatedNumberAlso", data: { key, number: n, twin } } : { messageId: "repeatedNumber", data: { key, number: n } };
  }
  if (num.length === 1 || seen.some((k) => agentChunkNumber(k)! !== "" && agentChunkNumber(k)!.length !== num.length)) {
    return { messageId: "sortedAsText", data: { key, expected } };
  }
  return { messageId: "numberingGap", data: { key, expected } };
}

/** A finding about the order of the chunks: what the agent does, why it fails here, and the sequence to write. */
const unreadable = (why: string): string =>
  `the IoT Edge agent reads createOptions chunks in text order as 'createOptions', 'createOptions01', 'createOptions02', … and ${why}, so it cannot read this module's createOptions; write the chunks as {{canonical}}`;

function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}

function checkModule(mod: Module, report: RuleContext["report"], schemaChecked: boolean): void {
  const settings = mod.settings;
  const co = mod.createOptions;
  if (settings === undefined || co.form === "object" || co.chunks.length === 0) return;
  // the checks read the settings keys; a member's node is made only when it is reported
  const keys = Object.keys(settings.value as object);
  // the common case, with nothing to report: one short chunk named `createOptions`, and no other key the agent takes for a chunk
  const only = co.chunks.length === 1 ? co.chunks[0]! : undefined;
  if (only?.key === "createOptions" && (only.value as string).length <= CHUNK_SIZE && keys.every((k) => k === "createOptions" || agentChunkNumber(k) === undefined)) return;
  const member = (key: string): JNode => settings.getExact(key)!;
  // two keys with one number (in any letter case): which comes first is a guess, so no automatic fix
  const numbers = keys.filter((k) => isChunkKey(k)).map((k) => Number(agentChunkNumber(k) || "-1"));
  const repeated = new Set(numbers).size !== numbers.length;
  // a chunk that is not a string (an object, a number, ...) is not ours to remove: the fix would
  // delete it, so the module's chunks are left alone
  const nonString = keys.filter((k) => isChunkKey(k) && typeof (settings.value as Record<string, unknown>)[k] !== "string");
  const canFix = co.error === undefined && co.text !== undefined && !repeated && nonString.length === 0;
  // one fix object for every finding of the module, made on first use
  let fix: Edit[] | undefined;
  const withFix = (): { fix?: Edit[] } => (canFix ? { fix: (fix ??= [{ op: "createOptions", settings, text: co.text! }]) } : {});

  // keys that only the agent's unanchored match takes for chunks
  const stray = keys.filter((k) => agentChunkNumber(k) !== undefined && !isChunkKey(k));
  for (const s of stray) {
    report({
      node: member(s),
      module: mod,
      messageId: "strayKey",
      data: { key: s },
    });
  }
  if (stray.length > 0) return;

  // manifest-schema reports a non-string chunk of a base deployment; elsewhere (templates, layered
  // deployments, twins) this rule does, once per chunk
  if (!schemaChecked) {
    for (const k of nonString) {
      report({
        node: member(k),
        part: "value",
        module: mod,
        messageId: "nonStringChunk",
        data: { key: k, value: describeValue((settings.value as Record<string, unknown>)[k]) },
      });
    }
  }

  const read = agentRead(keys);
  if (read.failure !== undefined) {
    const position = read.order.indexOf(read.failure.key);
    const why = describeBreak(read.failure.key, read.failure.expected, position, read.order);
    report({
      node: member(read.failure.key),
      module: mod,
      messageId: why.messageId,
      data: { ...why.data, canonical: canonicalList(read.order.length) },
      ...withFix(),
    });
  } else {
    const unpadded = read.order.filter((k) => agentChunkNumber(k)!.length === 1);
    if (unpadded.length > 0) {
      report({
        node: member(unpadded[0]!),
        module: mod,
        severity: "warning",
        messageId: "oneDigitNumber",
        data: { key: unpadded[0]!, canonical: canonicalList(read.order.length) },
        ...withFix(),
      });
    }
  }
  if (read.order.length > AGENT_MAX_CHUNKS) {
    report({
      node: member(read.order[AGENT_MAX_CHUNKS]!),
      module: mod,
      messageId: "tooManyChunks",
      data: { count: read.order.length },
    });
  }
  for (const c of co.chunks) {
    const len = (c.value as string).length;
    if (len <= CHUNK_SIZE) continue;
    report({
      node: c,
      module: mod,
      severity: "warning",
      messageId: "longChunk",
      data: { key: c.key!, length: len },
      ...withFix(),
    });
  }
  const total = co.text?.length ?? 0;
  if (total > TOOLING_MAX) {
    report({
      node: co.chunks[0]!,
      module: mod,
      severity: "warning",
      messageId: "tooLongForTooling",
      data: { length: total },
    });
  }
}

function canonicalList(n: number): string {
  if (n <= 1) return "one 'createOptions' key";
  if (n <= 3) return ["'createOptions'", "'createOptions01'", "'createOptions02'"].slice(0, n).join(", ");
  return `'createOptions', 'createOptions01', … 'createOptions${String(n - 1).padStart(2, "0")}'`;
}

/** §2.2: the agent joins createOptions chunks in ordinal text order and needs contiguous numbering. */
const rule: Rule = {
  meta: {
    id: "create-options-chunks",
    severity: "error",
    facts: ["§2.2"],
    description: "createOptions chunk keys the IoT Edge agent cannot read (gaps, unpadded or 00 suffixes, case duplicates); chunks over 512 characters and createOptions over 4096 characters (warnings).",
    repair: "fix",
    targets: ["kubernetes", "vm"],
    messages: {
      strayKey:
        "the settings key '{{key}}' contains 'createOptions', and the IoT Edge agent matches chunk keys without anchoring, so it reads this key as a createOptions chunk and rejects the sequence; rename or remove it",
      nonStringChunk:
        "createOptions chunk '{{key}}' is {{value}}, not a string, so the IoT Edge agent cannot join it with the other chunks; write its content as text in the chunk sequence (no automatic fix: it is left as it is)",
      firstNotCreateOptions: unreadable("the first chunk must be named 'createOptions', but the first key in text order is '{{key}}'"),
      repeatedInOtherCase: unreadable("'{{key}}' repeats 'createOptions' in another letter case"),
      numberZero: unreadable("'{{key}}' has the number 0, which only the unnumbered 'createOptions' may have"),
      repeatedNumber: unreadable("'{{key}}' repeats chunk number {{number}}"),
      repeatedNumberAlso: unreadable("'{{key}}' repeats chunk number {{number}} (also '{{twin}}')"),
      sortedAsText: unreadable("the keys are sorted as text, so '{{key}}' comes where '{{expected}}' should be (unpadded numbers sort 1, 10, 2, …)"),
      numberingGap: unreadable("'{{expected}}' is missing: the numbering has a gap before '{{key}}'"),
      oneDigitNumber:
        "createOptions chunk '{{key}}' has a one-digit number; the agent sorts chunk keys as text, so this works only while there are fewer than 10 chunks; write {{canonical}}",
      tooManyChunks: `createOptions has {{count}} chunks, and the IoT Edge agent reads only the first ${AGENT_MAX_CHUNKS}; move configuration to the module twin or env`,
      longChunk: `createOptions chunk '{{key}}' has {{length}} characters, more than the ${CHUNK_SIZE} that IoT Edge tooling writes per chunk; split it into chunks of at most ${CHUNK_SIZE} (createOptions, createOptions01, …)`,
      tooLongForTooling: `createOptions has {{length}} characters; iotedgedev and the VS Code extension refuse more than ${TOOLING_MAX} (8 chunks of ${CHUNK_SIZE}); move configuration to the module twin or env`,
    },
  },
  create({ manifest, report }) {
    // a non-string chunk in a non-template base deployment is manifest-schema's finding
    const schemaChecked = !manifest.template && isBaseDeployment(manifest);
    return {
      module(mod) {
        checkModule(mod, report, schemaChecked);
      },
    };
  },
};

export default rule;
