import { isPlaceholder, type Edit, type JNode, type Rule } from "../src/rule-api.js";
import { hasHostConfigMember, hostConfig } from "./_facts.js";

/** F12 §5.6: /dev/shm sizing and private IPC sharing do not carry over to Kubernetes; host IPC does. */
const rule: Rule = {
  meta: {
    id: "shared-memory",
    severity: "warning",
    facts: ["F12", "§5.6"],
    description: "HostConfig.ShmSize, Tmpfs, or IpcMode other than host (ignored on Kubernetes); suggests IpcMode: host.",
    repair: "suggestion",
    targets: ["kubernetes"],
    messages: {
      ipcMode:
        'HostConfig.{{key}}: "{{value}}" is ignored on Kubernetes-based IoT Edge (only "host" is mapped, to hostIPC), so modules sharing memory through it lose it; use "IpcMode": "host" on each of them',
      shmSize:
        'HostConfig.{{key}} is ignored on Kubernetes-based IoT Edge (the pod gets the default 64 MB /dev/shm); use "IpcMode": "host" to share the host\'s /dev/shm',
      tmpfs:
        'HostConfig.{{key}} is ignored on Kubernetes-based IoT Edge, so {{paths}} will not be in-memory file systems; for /dev/shm use "IpcMode": "host", for other paths an emptyDir volume (medium Memory) under k8s-experimental.volumes',
      tmpfsNoPaths:
        'HostConfig.{{key}} is ignored on Kubernetes-based IoT Edge, so these paths will not be in-memory file systems; for /dev/shm use "IpcMode": "host", for other paths an emptyDir volume (medium Memory) under k8s-experimental.volumes',
    },
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      if (!hasHostConfigMember(mod, "ipcmode", "shmsize", "tmpfs")) continue;
      const hc = hostConfig(mod)!;
      const ipc = hc.get("IpcMode");
      const shm = hc.get("ShmSize");
      const tmpfs = hc.get("Tmpfs");
      const ipcValue = typeof ipc?.value === "string" ? ipc.value : undefined;
      const hostIpc = ipcValue !== undefined && ipcValue.toLowerCase() === "host";
      const toHost = (extra: Edit[]): Edit[] =>
        ipc !== undefined ? [...extra, { op: "set", node: ipc, value: "host" }] : [...extra, { op: "add", parent: hc, key: "IpcMode", value: "host" }];
      const suggestion = (edits: Edit[]) => [{ message: "Share memory through the host's IPC namespace: HostConfig.IpcMode: \"host\"", edits }];

      if (ipc !== undefined && ipcValue !== undefined && !hostIpc && !isPlaceholder(ipcValue)) {
        report({
          node: ipc,
          module: mod,
          part: "value",
          messageId: "ipcMode",
          data: { key: ipc.key!, value: ipcValue },
          suggestions: suggestion([{ op: "set", node: ipc, value: "host" }]),
        });
      }

      if (shm !== undefined && !hostIpc && !(ipcValue !== undefined && isPlaceholder(ipcValue))) {
        report({
          node: shm,
          module: mod,
          messageId: "shmSize",
          data: { key: shm.key! },
          suggestions: suggestion(toHost([{ op: "remove", node: shm }])),
        });
      }

      if (tmpfs !== undefined) {
        const paths = tmpfs.isObject ? tmpfs.entries().map((e: JNode) => e.key!) : [];
        const shmOnly = paths.length > 0 && paths.every((p) => p.replace(/\/+$/, "") === "/dev/shm");
        if (shmOnly && hostIpc) continue;
        report({
          node: tmpfs,
          module: mod,
          ...(paths.length > 0 ? { messageId: "tmpfs", data: { key: tmpfs.key!, paths: paths.join(", ") } } : { messageId: "tmpfsNoPaths", data: { key: tmpfs.key! } }),
          ...(shmOnly ? { suggestions: suggestion(toHost([{ op: "remove", node: tmpfs }])) } : {}),
        });
      }
    }
  },
};

export default rule;
