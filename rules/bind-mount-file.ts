import { hasPlaceholder, moduleLabel, type Rule } from "../src/rule-api.js";
import { mountsOf } from "./_options.js";

/** Host paths that are single files on every Linux host. */
const KNOWN_FILES = new Set([
  "/var/run/docker.sock",
  "/run/docker.sock",
  "/etc/hosts",
  "/etc/hostname",
  "/etc/resolv.conf",
  "/etc/localtime",
  "/etc/timezone",
  "/etc/machine-id",
  "/etc/passwd",
  "/etc/group",
]);

/** Extensions that name files, not directories (`conf.d`, `python3.8` and the like are not in it). */
const FILE_EXT =
  /\.(json|ya?ml|xml|txt|conf|cfg|ini|toml|env|properties|config|sock|pem|crt|cer|key|der|p12|pfx|csv|log|db|sqlite3?|sh|py|js|onnx|pb|pt|pth|tflite|pkl|h5|bin|lic|zip|tar|gz|tgz|so|dll|exe|jpg|jpeg|png|mp4|avi)$/i;

export function isFilePath(path: string): boolean {
  const p = path.replace(/\/+$/, "");
  if (KNOWN_FILES.has(p)) return true;
  const last = p.slice(p.lastIndexOf("/") + 1);
  return !hasPlaceholder(last) && FILE_EXT.test(last);
}

/** F4: Kubernetes mounts host paths as DirectoryOrCreate hostPath volumes: a single file cannot be bound. */
const rule: Rule = {
  meta: {
    id: "bind-mount-file",
    severity: "error",
    facts: ["F4", "§5.4", "§1.6"],
    description: "A bind of a single file (/var/run/docker.sock, /etc/hosts, a path with a file extension) from Binds or Mounts.",
    repair: "none",
    targets: ["kubernetes"],
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      for (const m of mountsOf(mod)) {
        if (m.type !== "bind" || m.source === undefined || !m.source.startsWith("/") || !isFilePath(m.source)) continue;
        const parent = m.source.replace(/\/+$/, "").replace(/\/[^/]*$/, "") || "/";
        const where = m.from === "Binds" ? "HostConfig.Binds" : "HostConfig.Mounts";
        const docker = /docker\.sock$/.test(m.source) ? "; there is no Docker daemon to talk to on Kubernetes-based IoT Edge either" : "";
        report({
          node: m.from === "Binds" ? m.node : (m.sourceNode ?? m.node),
          part: "value",
          module: mod,
          message: `${moduleLabel(mod)}: ${where} binds the single file '${m.source}', but Kubernetes-based IoT Edge mounts host paths only as directories${docker}; bind its directory '${parent}' (or ship the file in the image)`,
        });
      }
    }
  },
};

export default rule;
