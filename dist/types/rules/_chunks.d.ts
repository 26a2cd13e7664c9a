/**
 * How the IoT Edge agent reads chunked createOptions (stated in rules/create-options-chunks.md; the agent's `JsonEx.ChunkedProperty`):
 * every settings key matching the unanchored `(?i:createoptions)([0-9]*)`, sorted ordinally
 * ignoring case; the first must have no number, the k-th must parse to k; at most 100 are read.
 */
/** `TwinValueMaxChunks` in the agent. */
export declare const AGENT_MAX_CHUNKS = 100;
export interface AgentRead {
    /** the settings keys the agent treats as chunks, in the order it reads them */
    order: string[];
    /** the key where the agent's reading fails, and why */
    failure?: {
        key: string;
        expected: string;
    };
}
export declare function agentChunkNumber(key: string): string | undefined;
/** Simulate the agent's chunk reader over the keys of a settings object (in file order). */
export declare function agentRead(keys: readonly string[]): AgentRead;
