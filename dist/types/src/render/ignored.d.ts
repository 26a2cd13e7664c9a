import type { JNode } from "../model/node.js";
import type { ModuleContext } from "./context.js";
export declare function noteIgnoredOptions(ctx: ModuleContext): void;
/** `HostConfig.<mode>` is `host` (any case): hostNetwork, hostIPC, hostPID. */
export declare function hostMode(ctx: ModuleContext, key: "NetworkMode" | "IpcMode" | "PidMode"): JNode | undefined;
/** Module fields the Kubernetes agent never uses (startupOrder, restartPolicy, imagePullPolicy). */
export declare function noteModuleFields(ctx: ModuleContext): void;
