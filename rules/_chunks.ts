/**
 * How the IoT Edge agent reads chunked createOptions (stated in rules/create-options-chunks.md; the agent's `JsonEx.ChunkedProperty`):
 * every settings key matching the unanchored `(?i:createoptions)([0-9]*)`, sorted ordinally
 * ignoring case; the first must have no number, the k-th must parse to k; at most 100 are read.
 */
/** `TwinValueMaxChunks` in the agent. */
export const AGENT_MAX_CHUNKS = 100;

const AGENT_CHUNK = /createoptions([0-9]*)/i;

export interface AgentRead {
  /** the settings keys the agent treats as chunks, in the order it reads them */
  order: string[];
  /** the key where the agent's reading fails, and why */
  failure?: { key: string; expected: string };
}

/** .NET `StringComparer.OrdinalIgnoreCase`: compare code units after upper-casing. */
function ordinalIgnoreCase(a: string, b: string): number {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

export function agentChunkNumber(key: string): string | undefined {
  const m = AGENT_CHUNK.exec(key);
  return m === null ? undefined : m[1]!;
}

/** Simulate the agent's chunk reader over the keys of a settings object (in file order). */
export function agentRead(keys: readonly string[]): AgentRead {
  const order = keys.filter((k) => agentChunkNumber(k) !== undefined).sort(ordinalIgnoreCase);
  for (let k = 0; k < order.length && k < AGENT_MAX_CHUNKS; k++) {
    const num = agentChunkNumber(order[k]!)!;
    if (k === 0 ? num !== "" : num === "" || Number.parseInt(num, 10) !== k) {
      return { order, failure: { key: order[k]!, expected: k === 0 ? "createOptions" : `createOptions${String(k).padStart(2, "0")}` } };
    }
  }
  return { order };
}
