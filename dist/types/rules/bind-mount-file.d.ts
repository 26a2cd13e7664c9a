import { type Rule } from "../src/rule-api.js";
export declare function isFilePath(path: string): boolean;
/** A device node (`/dev/video0`, `/dev/ttyUSB0`, `/dev/gpiomem`): a character or block file, not a folder such as `/dev/bus/usb` or `/dev/snd`. */
export declare function isDeviceNode(path: string): boolean;
/** Why a bind of `source` to `target` binds a single file, or undefined when it binds a folder (as far as the text tells). */
export declare function singleFileBind(source: string | undefined, target: string | undefined): string | undefined;
/** F4: Kubernetes mounts host paths as DirectoryOrCreate hostPath volumes: a single file cannot be bound. */
declare const rule: Rule;
export default rule;
