import { hasPlaceholder, isPlaceholder, type Rule } from "../src/rule-api.js";
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

/** Device nodes without a number at the end (`/dev/video0`, `/dev/ttyUSB0`, `/dev/i2c-1` end in one). */
const NAMED_DEVICES = new Set(["mem", "null", "zero", "random", "urandom", "fuse", "kvm", "gpiomem", "nvidiactl", "nvidia-uvm", "nvidia-modeset", "vchiq", "vcsm", "vcsm-cma", "watchdog", "kmsg", "console", "tty", "ptmx", "rfkill", "uinput", "cec"]);

/** Folders under /dev that end in a number (USB bus numbers). */
const DEV_FOLDER = /^\/dev\/(bus\/usb(\/\d+)?|shm(\/.*)?)$/;

/** A device node (`/dev/video0`, `/dev/ttyUSB0`, `/dev/gpiomem`): a character or block file, not a folder such as `/dev/bus/usb` or `/dev/snd`. */
export function isDeviceNode(path: string): boolean {
  const p = path.replace(/\/+$/, "");
  if (!p.startsWith("/dev/") || hasPlaceholder(p) || DEV_FOLDER.test(p)) return false;
  const last = p.slice(p.lastIndexOf("/") + 1);
  return /[0-9]$/.test(last) || NAMED_DEVICES.has(last);
}

/** Why a bind of `source` to `target` binds a single file, or undefined when it binds a folder (as far as the text tells). */
export function singleFileBind(source: string | undefined, target: string | undefined): string | undefined {
  if (source === undefined) return undefined;
  if (source.startsWith("/")) {
    if (isDeviceNode(source)) return `the device node '${source}'`;
    if (isFilePath(source)) return `the single file '${source}'`;
    return undefined;
  }
  // a placeholder source stands for a host path: the target says whether it is a file
  if (isPlaceholder(source) && target !== undefined && target.startsWith("/") && isFilePath(target)) return `'${source}' to the single file '${target}'`;
  return undefined;
}

const DIRECTORIES_ONLY = "but Kubernetes-based IoT Edge mounts host paths only as directories";

/** F4: Kubernetes mounts host paths as DirectoryOrCreate hostPath volumes: a single file cannot be bound. */
const rule: Rule = {
  meta: {
    id: "bind-mount-file",
    severity: "error",
    facts: ["F4", "§5.4", "§1.6"],
    description: "A bind of a single file (/var/run/docker.sock, /etc/hosts, a path with a file extension, a device node such as /dev/video0, a placeholder bound to a file) from Binds or Mounts.",
    repair: "none",
    targets: ["kubernetes"],
    messages: {
      deviceNode: `{{where}} binds the device node '{{source}}', ${DIRECTORIES_ONLY}; a device node is not a folder, so the pod does not start; use HostConfig.Privileged: true (the pod sees the host's /dev) or a Kubernetes device plugin resource`,
      placeholderToFile: `{{where}} binds '{{source}}' to the single file '{{target}}', ${DIRECTORIES_ONLY}; bind the folder that holds the file and point the module at the file inside it (or ship the file in the image)`,
      singleFile: `{{where}} binds the single file '{{source}}', ${DIRECTORIES_ONLY}; bind its directory '{{parent}}' (or ship the file in the image)`,
      dockerSocket: `{{where}} binds the single file '{{source}}', ${DIRECTORIES_ONLY}; there is no Docker daemon to talk to on Kubernetes-based IoT Edge either; bind its directory '{{parent}}' (or ship the file in the image)`,
    },
  },
  create: ({ report }) => ({
    module(mod, facts) {
      for (const m of mountsOf(facts)) {
        if (m.type !== "bind") continue;
        if (singleFileBind(m.source, m.target) === undefined) continue;
        const source = m.source!;
        const where = m.from === "Binds" ? "HostConfig.Binds" : "HostConfig.Mounts";
        const node = m.from === "Binds" ? m.node : (m.sourceNode ?? m.node);
        const at = { node, part: "value" as const, module: mod };
        if (isDeviceNode(source)) {
          report({ ...at, messageId: "deviceNode", data: { where, source } });
        } else if (!source.startsWith("/")) {
          report({ ...at, messageId: "placeholderToFile", data: { where, source, target: m.target! } });
        } else {
          const parent = source.replace(/\/+$/, "").replace(/\/[^/]*$/, "") || "/";
          report({ ...at, messageId: /docker\.sock$/.test(source) ? "dockerSocket" : "singleFile", data: { where, source, parent } });
        }
      }
    },
  }),
};

export default rule;
