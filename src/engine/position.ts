import { decodedToRawMap } from "../json/string-literal.js";
import { toPointer } from "../json/path.js";
import type { JNode } from "../model/node.js";

/** The file offsets [start, end) a report points at. */
export function fileSpan(node: JNode, part: "key" | "value" | undefined, range: [number, number] | undefined, span?: [number, number]): [number, number] | undefined {
  const space = node.space;
  if (span !== undefined) {
    const [a, b] = span;
    return space.toFile !== undefined ? [space.toFile(a), space.toFile(b, true)] : [a, b];
  }
  const at = node.locate();
  if (at === undefined) return undefined;
  let start: number;
  let end: number;
  if (range !== undefined && typeof node.value === "string") {
    const map = decodedToRawMap(space.json.text.slice(at.valueStart, at.valueEnd));
    const a = Math.min(range[0], map.length - 1);
    const b = Math.min(range[1], map.length - 1);
    start = at.valueStart + map[a]!;
    end = at.valueStart + map[b]!;
  } else if ((part ?? (at.keyStart !== undefined ? "key" : "value")) === "key" && at.keyStart !== undefined) {
    start = at.keyStart;
    end = at.keyEnd!;
  } else {
    start = at.valueStart;
    end = at.valueEnd;
  }
  if (space.toFile !== undefined) return [space.toFile(start), space.toFile(end, true)];
  return [start, end];
}

/** A JSON pointer for a node; inside a stringified createOptions it continues through the options. */
export function pointerOf(node: JNode): string {
  const info = node.space.embedded;
  if (info === undefined) return toPointer(node.path);
  return toPointer([...info.settingsPath, "createOptions", ...node.path]);
}
