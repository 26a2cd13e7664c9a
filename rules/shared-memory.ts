import { isPlaceholder, isPlainObject, valueIgnoreCase, type Edit, type Rule } from "../src/rule-api.js";

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
  create: ({ report }) => ({
    module(mod, facts) {
      if (!facts.hasHostConfigMember("ipcmode", "shmsize", "tmpfs")) return;
      // plain values decide; nodes are made for what is reported or edited
      const hcValue = facts.hostConfigValue!;
      const hc = facts.hostConfig!;
      const ipcRaw = valueIgnoreCase(hcValue, "ipcmode");
      const shmRaw = valueIgnoreCase(hcValue, "shmsize");
      const tmpfsRaw = valueIgnoreCase(hcValue, "tmpfs");
      const ipcValue = typeof ipcRaw === "string" ? ipcRaw : undefined;
      const hostIpc = ipcValue !== undefined && ipcValue.toLowerCase() === "host";
      const toHost = (extra: Edit[]): Edit[] =>
        ipcRaw !== undefined ? [...extra, { op: "set", node: hc.get("IpcMode")!, value: "host" }] : [...extra, { op: "add", parent: hc, key: "IpcMode", value: "host" }];
      const suggestion = (edits: Edit[]) => [{ message: "Share memory through the host's IPC namespace: HostConfig.IpcMode: \"host\"", edits }];

      if (ipcValue !== undefined && !hostIpc && !isPlaceholder(ipcValue)) {
        const ipc = hc.get("IpcMode")!;
        report({
          node: ipc,
          module: mod,
          part: "value",
          messageId: "ipcMode",
          data: { key: ipc.key!, value: ipcValue },
          suggestions: suggestion([{ op: "set", node: ipc, value: "host" }]),
        });
      }

      if (shmRaw !== undefined && !hostIpc && !(ipcValue !== undefined && isPlaceholder(ipcValue))) {
        const shm = hc.get("ShmSize")!;
        report({
          node: shm,
          module: mod,
          messageId: "shmSize",
          data: { key: shm.key! },
          suggestions: suggestion(toHost([{ op: "remove", node: shm }])),
        });
      }

      if (tmpfsRaw !== undefined) {
        const paths = isPlainObject(tmpfsRaw) ? Object.keys(tmpfsRaw) : [];
        const shmOnly = paths.length > 0 && paths.every((p) => p.replace(/\/+$/, "") === "/dev/shm");
        if (shmOnly && hostIpc) return;
        const tmpfs = hc.get("Tmpfs")!;
        report({
          node: tmpfs,
          module: mod,
          ...(paths.length > 0 ? { messageId: "tmpfs", data: { key: tmpfs.key!, paths: paths.join(", ") } } : { messageId: "tmpfsNoPaths", data: { key: tmpfs.key! } }),
          ...(shmOnly ? { suggestions: suggestion(toHost([{ op: "remove", node: tmpfs }])) } : {}),
        });
      }
    },
  }),
};

export default rule;
