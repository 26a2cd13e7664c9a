import type { JNode } from "../model/node.js";
/** The file offsets [start, end) a report points at. */
export declare function fileSpan(node: JNode, part: "key" | "value" | undefined, range: [number, number] | undefined, span?: [number, number]): [number, number] | undefined;
/** A JSON pointer for a node; inside a stringified createOptions it continues through the options. */
export declare function pointerOf(node: JNode): string;
