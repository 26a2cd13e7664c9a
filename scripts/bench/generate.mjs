// Seeded generator of realistic IoT Edge deployment manifests for the benchmark.
//
// Every file is a pure function of (seed, index): the 1,000-file corpus is the first thousand
// files of the 10,000-file corpus of the same seed, and a file can be regenerated on its own.
// The mix follows the shapes found in public manifests (see /work/shared/corpus): half of the
// files hold stringified createOptions, a fifth chunked ones (createOptions, createOptions01, ...),
// the rest are templates with object createOptions, comments and placeholders; some files use
// CRLF, some tabs, a few are minified or start with a BOM, a few are layered deployments. Sizes
// run from 3 KB to 1 MB, and a few files of several MB hold hundreds of modules. Modules carry
// the constructs the rules look for (Binds incl. /home/hcsshares, env names with ':', CamelCase
// names, Runtime nvidia, /dev/catapult0, PortBindings, proxy env, ...) next to already-migrated
// ones (Mounts, k8s-experimental) that must not be reported.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Bump when the output for a seed changes, so that cached corpora under .bench/ are rebuilt. */
export const GENERATOR_VERSION = 1;

// ---- deterministic randomness --------------------------------------------------------------

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. */
export function mulberry32(a) {
  return function next() {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix(seed, index) {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h;
}

class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  chance(p) {
    return this.next() < p;
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** log-uniform in [lo, hi] */
  logUniform(lo, hi) {
    return Math.round(Math.exp(Math.log(lo) + this.next() * (Math.log(hi) - Math.log(lo))));
  }
}

// ---- text output with comments and bare placeholders ---------------------------------------

/** Text written verbatim (a bare template placeholder such as ${TTL}). */
class Raw {
  constructor(text) {
    this.text = text;
  }
}

/** Comments to write before members of an object: obj[COMMENTS] = { key: "comment text" } */
const COMMENTS = Symbol("comments");

/**
 * JSON text in a given style: indent "" for minified, eol "\n" or "\r\n", optional trailing
 * commas (templates). Comments attached with COMMENTS are written as line or block comments.
 */
function write(value, style) {
  const { indent, eol, trailingComma } = style;
  const parts = [];
  const nl = indent === "" ? "" : eol;
  const colon = indent === "" ? ":" : ": ";
  const go = (v, level) => {
    if (v instanceof Raw) return parts.push(v.text);
    if (v === null || typeof v !== "object") return parts.push(JSON.stringify(v));
    const pad = indent.repeat(level + 1);
    const closePad = indent.repeat(level);
    if (Array.isArray(v)) {
      if (v.length === 0) return parts.push("[]");
      parts.push("[");
      v.forEach((x, i) => {
        parts.push(nl, pad);
        go(x, level + 1);
        if (i < v.length - 1 || trailingComma) parts.push(",");
      });
      parts.push(nl, closePad, "]");
      return;
    }
    const keys = Object.keys(v);
    if (keys.length === 0) return parts.push("{}");
    const comments = v[COMMENTS];
    parts.push("{");
    keys.forEach((k, i) => {
      const c = comments?.[k];
      if (c !== undefined && indent !== "") {
        parts.push(nl, pad, c.block ? `/* ${c.text} */` : `// ${c.text}`);
      }
      parts.push(nl, pad, JSON.stringify(k), colon);
      go(v[k], level + 1);
      if (i < keys.length - 1 || trailingComma) parts.push(",");
    });
    parts.push(nl, closePad, "}");
  };
  go(value, 0);
  return parts.join("") + (indent === "" ? "" : eol);
}

function comment(obj, key, text, block = false) {
  if (obj[COMMENTS] === undefined) Object.defineProperty(obj, COMMENTS, { value: {}, enumerable: false });
  obj[COMMENTS][key] = { text, block };
}

// ---- building blocks ------------------------------------------------------------------------

const BASE_NAMES = [
  "camera-capture", "inference", "yolov3", "opcpublisher", "opcplc", "SimulatedTemperatureSensor", "CameraModule",
  "lvaEdge", "avaedge", "spatialanalysis", "webmodule", "grafana", "influxdb", "azureblobstorageoniotedge",
  "modbus", "LoRaWanNetworkSrvModule", "iot_edge_udp", "video.analyzer", "rtspsim", "objectdetection",
  "DeepStreamSDK", "cvcapture", "sqlserver", "nodered", "metricscollector", "ImageClassifierService",
  "predictivemaintenance", "anomalydetector", "tracker", "fpgainference",
];

const SHARES = ["share1", "input", "output", "edgeshare", "models", "localshare"];

const BINDS = [
  (r) => `/home/hcsshares/${r.pick(SHARES)}:/data`,
  (r) => `/home/hcsshares/${r.pick(SHARES)}:/home/input:ro`,
  () => "/home/hcsshares/$SHARE_NAME:/media",
  (r) => `/home/hcsshares/${r.pick(SHARES)}/sub:/models`,
  () => "/etc/hosts:/etc/hosts",
  () => "/var/run/docker.sock:/var/run/docker.sock",
  () => "/dev/bus/usb:/dev/bus/usb",
  () => "/tmp:/tmp:ro",
  () => "/srv/app/config:/app/config",
  () => "edgehubdata:/iotedge/storage",
  () => "$VIDEO_FOLDER:/live/mediaServer/media",
  () => "C:\\data:C:\\data",
];

const ENV_NAMES_OK = ["LOG_LEVEL", "RTSP_URL", "OUTPUT_FOLDER", "MODEL_PATH", "INTERVAL", "DEVICE_ID", "storageFolder", "AZURE_STORAGE_ACCOUNT"];
const ENV_NAMES_COLON = ["Logging:LogLevel:Default", "ConnectionStrings:Storage", "App:Telemetry:Interval", "Serilog:MinimumLevel"];

function words(r, n) {
  const w = ["alpha", "bravo", "camera", "delta", "edge", "frame", "gpu", "hub", "input", "jetson", "kube", "line", "model", "node", "output"];
  const out = [];
  for (let i = 0; i < n; i++) out.push(r.pick(w));
  return out.join("-");
}

function portBindings(r, hc, exposed) {
  const pb = {};
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) {
    const port = r.chance(0.03) ? r.pick([35000, 35001]) : r.pick([80, 443, 1883, 5000, 5001, 8080, 8554, 8883, 9090, 50051]) + (r.chance(0.3) ? i : 0);
    const proto = r.chance(0.06) ? "udp" : "tcp";
    const key = r.chance(0.02) ? `${port}-${port + 5}/tcp` : `${port}/${proto}`;
    if (r.chance(0.08)) pb[key] = [{}];
    else if (r.chance(0.05)) pb[key] = [{ HostIp: "0.0.0.0", HostPort: String(port) }];
    else pb[key] = [{ HostPort: String(r.chance(0.2) ? port + 1000 : port) }];
    if (exposed !== undefined && r.chance(0.6)) exposed[key] = {};
  }
  hc.PortBindings = pb;
}

/** A createOptions object for one user module; `long` makes it span several 512-char chunks. */
function createOptions(r, p, template, long) {
  const co = {};
  const hc = {};
  if (r.chance(0.2)) co.ExposedPorts = {};
  if (r.chance(0.5)) portBindings(r, hc, co.ExposedPorts);
  if (r.chance(p.binds)) {
    const n = r.int(1, 3);
    const binds = [];
    for (let i = 0; i < n; i++) binds.push(r.pick(BINDS)(r));
    hc.Binds = [...new Set(binds)];
  }
  if (r.chance(0.1)) hc.Mounts = [{ Type: "volume", Source: r.pick(SHARES), Target: "/home/" + r.pick(SHARES), ReadOnly: false }];
  if (r.chance(p.nvidia)) hc[r.chance(0.6) ? "runtime" : "Runtime"] = "nvidia";
  if (r.chance(p.devices)) {
    hc.Devices = r.chance(0.5)
      ? [{ PathOnHost: "/dev/catapult0", PathInContainer: "/dev/catapult0", CgroupPermissions: "rwm" }, { PathOnHost: "/dev/catapult1", PathInContainer: "/dev/catapult1", CgroupPermissions: "rwm" }]
      : [{ PathOnHost: r.pick(["/dev/video0", "/dev/ttyS0", "/dev/dri"]), PathInContainer: "/dev/video0", CgroupPermissions: "mrw" }];
  }
  if (r.chance(0.03)) hc.DeviceRequests = [{ Driver: "", Count: -1, DeviceIDs: null, Capabilities: [["gpu"]], Options: {} }];
  if (r.chance(0.05)) hc.DeviceCgroupRules = ["c 189:* rmw"];
  if (r.chance(0.15)) hc.Privileged = true;
  if (r.chance(0.08)) hc.NetworkMode = r.chance(0.9) ? "host" : "Host";
  if (r.chance(0.1)) hc.IpcMode = r.pick(["host", "host", "shareable", "container:lvaEdge"]);
  if (r.chance(0.06)) hc.ShmSize = r.pick([536870912, 1073741824, 8589934592]);
  if (r.chance(0.06)) {
    hc.Memory = 1073741824 * r.int(1, 4);
    if (r.chance(0.5)) hc.NanoCpus = 1000000000;
  }
  if (r.chance(0.2)) hc.LogConfig = { Type: "json-file", Config: { "max-size": "10m", "max-file": "10" } };
  if (r.chance(0.04)) hc.CapAdd = ["SYS_ADMIN"];
  if (Object.keys(hc).length > 0 || r.chance(0.5)) co.HostConfig = hc;
  if (r.chance(p.env)) {
    const env = [];
    const n = r.int(1, long ? 12 : 5);
    for (let i = 0; i < n; i++) {
      if (r.chance(0.15)) env.push(`${r.pick(ENV_NAMES_COLON)}=${r.pick(["Information", "Debug", "30"])}`);
      else if (r.chance(0.08)) env.push(`https_proxy=http://proxy.contoso.local:3128`);
      else if (r.chance(0.05)) env.push(`WIRESERVER_ADDRESS=10.139.218.1`);
      else if (r.chance(0.03)) env.push("NO_VALUE");
      else env.push(`${r.pick(ENV_NAMES_OK)}${i}=${template && r.chance(0.2) ? "$" + r.pick(ENV_NAMES_OK) : words(r, 2)}`);
    }
    co.Env = env;
  }
  if (r.chance(0.03)) co.Entrypoint = r.chance(0.5) ? ["/bin/sh", "-c", "python3 main.py"] : "python3 main.py";
  if (r.chance(0.06)) co.Cmd = ["--config", "/app/config.json"];
  if (r.chance(0.03)) co.User = r.pick(["1000:1000", "root"]);
  if (r.chance(0.03)) co.Hostname = "module-host";
  if (r.chance(0.04)) co.WorkingDir = "/app";
  if (long || r.chance(0.1)) {
    const labels = {};
    const n = long ? r.int(6, 20) : r.int(1, 3);
    for (let i = 0; i < n; i++) labels[`com.docker.compose.${words(r, 1)}${i}`] = words(r, r.int(2, 8));
    co.Labels = labels;
  }
  if (r.chance(0.06)) {
    co["k8s-experimental"] = {
      resources: { limits: { "nvidia.com/gpu": 1, memory: "512Mi" }, requests: { "nvidia.com/gpu": 1 } },
      ...(r.chance(0.5) ? { strategy: { type: "Recreate" } } : {}),
    };
  }
  if (r.chance(0.02)) co["k8s-experimental"] = { resources: { limits: { "microsoft.com/fpga_catapult": 2 }, requests: { "microsoft.com/fpga_catapult": 2 } } };
  return co;
}

function moduleEnv(r, template, p) {
  const env = {};
  const n = r.int(1, 4);
  for (let i = 0; i < n; i++) {
    const k = r.chance(p.envColon) ? r.pick(ENV_NAMES_COLON) : `${r.pick(ENV_NAMES_OK)}${i}`;
    env[k] = { value: template && r.chance(0.2) ? "$" + r.pick(ENV_NAMES_OK) : r.chance(0.3) ? r.int(1, 100) : words(r, 2) };
  }
  if (r.chance(p.proxy)) {
    env.https_proxy = { value: "http://proxy.contoso.local:3128" };
    if (r.chance(0.5)) env.no_proxy = { value: r.chance(0.5) ? "localhost" : "edgehub" };
  }
  return env;
}

/** A blob of desired properties for a module twin (the bulk of large manifests). */
function twinBlob(r, bytes) {
  const cams = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const cam = {
      id: `cam-${i}`,
      name: words(r, 3),
      url: `rtsp://10.0.${r.int(0, 255)}.${r.int(1, 254)}:554/${words(r, 2)}`,
      fps: r.int(1, 30),
      zones: [{ name: words(r, 1), polygon: [[r.next(), r.next()], [r.next(), r.next()], [r.next(), r.next()]] }],
      enabled: r.chance(0.8),
    };
    size += 260;
    cams.push(cam);
    i++;
  }
  return { cameras: cams, telemetryInterval: r.int(1, 60), modelVersion: `${r.int(1, 5)}.${r.int(0, 9)}` };
}

function moduleName(r, used, p) {
  let base = r.pick(BASE_NAMES);
  if (!r.chance(p.camel) && /[A-Z_.]/.test(base)) base = base.toLowerCase().replace(/[_.]/g, "-");
  let name = base;
  for (let k = 2; used.has(name); k++) name = `${base}${k}`;
  used.add(name);
  return name;
}

// ---- one file ------------------------------------------------------------------------------

/**
 * The file with index `index` of the corpus for `seed`: { name, text, info }.
 * info describes what was generated (form, eol, indent, modules, ...); tests check it.
 */
export function generateFile(seed, index) {
  const r = new Rng(mix(seed, index));
  const huge = index % 2500 === 17;
  const roll = r.next();
  const target = huge ? r.logUniform(2_000_000, 4_000_000) : roll < 0.9 ? r.logUniform(3_000, 12_000) : roll < 0.99 ? r.logUniform(12_000, 60_000) : r.logUniform(60_000, 1_000_000);
  const formRoll = r.next();
  const form = formRoll < 0.5 ? "string" : formRoll < 0.7 ? "chunked" : "template";
  const template = form === "template";
  const layered = !template && r.chance(0.03);
  const minified = !template && !huge && r.chance(0.04);
  const indent = minified ? "" : r.chance(0.12) ? "\t" : r.pick(["  ", "  ", "  ", "    "]);
  const eol = r.chance(0.15) ? "\r\n" : "\n";
  const bom = r.chance(0.01);
  const trailingComma = template && r.chance(0.05);
  const badString = form === "string" && r.chance(0.005);
  // per-file problem density: some files are clean, some full of FPGA-era constructs
  const dirty = r.next();
  const p = {
    binds: 0.1 + 0.4 * dirty,
    nvidia: 0.02 + 0.15 * dirty,
    devices: 0.01 + 0.08 * dirty,
    env: 0.2 + 0.3 * dirty,
    envColon: 0.05 + 0.2 * dirty,
    proxy: 0.02 + 0.1 * dirty,
    camel: 0.1 + 0.3 * dirty,
  };

  const used = new Set(["edgeAgent", "edgeHub"]);
  let comments = 0;
  const modules = {};
  const twins = {};
  const names = [];
  // system modules
  const hubEnv = {};
  if (r.chance(p.proxy)) {
    hubEnv.https_proxy = { value: "http://proxy.contoso.local:3128" };
    if (r.chance(0.5)) hubEnv.UpstreamProtocol = { value: r.pick(["AmqpWs", "MqttWs", "Amqp"]) };
  }
  const hubCo = { HostConfig: { PortBindings: { "5671/tcp": [{ HostPort: "5671" }], "8883/tcp": [{ HostPort: "8883" }], "443/tcp": [{ HostPort: "443" }] } } };
  const coValue = (co, long) => {
    if (template) return co;
    const text = r.chance(0.1) && !long ? JSON.stringify(co, null, 2) : JSON.stringify(co);
    return text;
  };
  const putCreateOptions = (settings, co, long) => {
    const v = coValue(co, long);
    if (typeof v !== "string" || form !== "chunked" || v.length <= 512) {
      settings.createOptions = v;
      return;
    }
    for (let i = 0, k = 0; i < v.length; i += 512, k++) settings[k === 0 ? "createOptions" : `createOptions${String(k).padStart(2, "0")}`] = v.slice(i, i + 512);
  };
  const agentSettings = { image: `mcr.microsoft.com/azureiotedge-agent:${r.pick(["1.0", "1.1", "1.2", "1.4"])}` };
  if (r.chance(0.7)) agentSettings.createOptions = template ? {} : r.chance(0.5) ? "" : "{}";
  const hubSettings = { image: `mcr.microsoft.com/azureiotedge-hub:${r.pick(["1.0", "1.1", "1.2", "1.4"])}` };
  putCreateOptions(hubSettings, hubCo, false);
  const systemModules = {
    edgeAgent: { type: "docker", settings: agentSettings, ...(r.chance(0.3) ? { env: { UpstreamProtocol: { value: "AmqpWs" } } } : {}) },
    edgeHub: { type: "docker", status: "running", restartPolicy: "always", settings: hubSettings, ...(Object.keys(hubEnv).length ? { env: hubEnv } : {}) },
  };
  // user modules (roughly one per 1.5-4 KB of the target; the rest of the size is twin data)
  const wantModules = huge ? r.int(200, 600) : Math.max(1, Math.min(40, Math.round(target / r.int(1500, 4000))));
  let count = 0;
  while (count < wantModules) {
    const name = moduleName(r, used, p);
    names.push(name);
    const long = form === "chunked" && (count === 0 || r.chance(0.5));
    const co = createOptions(r, p, template, long);
    const settings = { image: template ? (r.chance(0.7) ? `\${MODULES.${name}}` : `$CONTAINER_REGISTRY_ADDRESS/${name.toLowerCase()}:1.0`) : `contoso.azurecr.io/${name.toLowerCase()}:${r.int(0, 9)}.${r.int(0, 20)}.${r.int(0, 99)}-amd64` };
    putCreateOptions(settings, co, long);
    if (badString && count === 0) settings.createOptions = JSON.stringify(co).replace(/\}$/, ",}");
    const mod = { version: "1.0", type: "docker", status: "running", restartPolicy: r.chance(0.9) ? "always" : "on-failure" };
    if (r.chance(0.1)) mod.startupOrder = r.int(1, 200);
    if (r.chance(0.05)) mod.imagePullPolicy = "on-create";
    if (r.chance(0.4)) mod.env = moduleEnv(r, template, p);
    mod.settings = settings;
    modules[name] = mod;
    if (template && r.chance(0.3)) {
      comment(modules, name, `${name}: ${words(r, 4)}`, r.chance(0.3));
      comments++;
    }
    if (r.chance(0.5)) {
      twins[name] = { "properties.desired": { ...twinBlob(r, r.int(100, 600)) } };
    }
    count++;
  }
  // routes
  const routes = { upstream: "FROM /messages/* INTO $upstream" };
  for (let i = 0; i < names.length && i < 60; i++) {
    const from = names[i];
    const to = names[(i + 1) % names.length];
    const key = `${from.replace(/[^A-Za-z0-9]/g, "")}To${to.replace(/[^A-Za-z0-9]/g, "")}`;
    const text = r.chance(0.5) ? `FROM /messages/modules/${from}/outputs/* INTO $upstream` : `FROM /messages/modules/${from}/outputs/output1 INTO BrokeredEndpoint("/modules/${to}/inputs/input1")`;
    routes[key] = r.chance(0.05) ? { route: text, priority: 0, timeToLiveSecs: 86400 } : text;
  }
  if (r.chance(0.02)) routes.ghost = "FROM /messages/modules/ghostmodule/outputs/* INTO $upstream";
  const ttl = template && r.chance(0.1) ? new Raw("${TTL}") : 7200;
  const agentDesired = {
    schemaVersion: r.pick(["1.0", "1.1", "1.1", "1.2"]),
    runtime: {
      type: "docker",
      settings: {
        minDockerVersion: "v1.25",
        loggingOptions: "",
        ...(template && r.chance(0.6)
          ? { registryCredentials: { contoso: { username: "$CONTAINER_REGISTRY_USERNAME", password: "$CONTAINER_REGISTRY_PASSWORD", address: "$CONTAINER_REGISTRY_ADDRESS" } } }
          : {}),
      },
    },
    systemModules,
    modules,
  };
  const hubDesired = { schemaVersion: r.pick(["1.0", "1.1", "1.2"]), routes, storeAndForwardConfiguration: { timeToLiveSecs: ttl } };
  let doc;
  if (layered) {
    const agent = {};
    for (const [n, m] of Object.entries(modules)) agent[`properties.desired.modules.${n}`] = m;
    const hub = {};
    for (const [k, v] of Object.entries(routes)) hub[`properties.desired.routes.${k}`] = v;
    doc = { content: { modulesContent: { $edgeAgent: agent, $edgeHub: hub, ...twins } }, targetCondition: "tags.environment='gpu'", priority: 10 };
  } else {
    const content = { $edgeAgent: { "properties.desired": agentDesired }, $edgeHub: { "properties.desired": hubDesired }, ...twins };
    doc = template ? { $schema: "https://json.schemastore.org/azure-iot-edge-deployment-template-4.0", "$schema-template": "4.0.0", modulesContent: content } : { modulesContent: content };
    if (template && r.chance(0.7)) {
      comment(content, "$edgeAgent", "generated by the benchmark; edit the template, not the manifest");
      comments++;
    }
  }
  let text = write(doc, { indent, eol, trailingComma });
  const want = Math.max(target, 3_300);
  if (text.length < want * 0.9) {
    // the bulk of large manifests is in module twins, as in real device-twin exports: add twin
    // data, sized by how much this file's style inflates compact JSON
    const holder = layered ? doc.content.modulesContent : doc.modulesContent;
    const sample = twinBlob(new Rng(1), 2_000);
    const ratio = write({ a: { b: { c: { d: sample } } } }, { indent, eol, trailingComma }).length / JSON.stringify(sample).length;
    const keys = names.length > 0 ? names.slice(0, 4) : ["$config"];
    const per = Math.round((want - text.length) / keys.length / ratio);
    for (const key of keys) {
      holder[key] = { "properties.desired": { ...(holder[key]?.["properties.desired"] ?? {}), data: twinBlob(r, per) } };
    }
    text = write(doc, { indent, eol, trailingComma });
  }
  if (bom) text = "\ufeff" + text;
  const stem = layered ? "layered.deployment" : template ? r.pick(["deployment.template", "deployment.debug.template", "deployment.gpu.template"]) : r.pick(["deployment", "deployment.amd64", "deployment.amd64.debug"]);
  const name = `f${String(index).padStart(5, "0")}-${stem}.json`;
  return {
    name,
    text,
    info: { target, form, template, layered, minified, indent, eol, bom, trailingComma, huge, badString, modules: names.length, comments },
  };
}

// ---- corpora on disk -----------------------------------------------------------------------

/**
 * Make sure the corpus (seed, count) exists under `root` (default .bench/) and return its
 * listing. Written once per seed and count, then reused: the listing file is written last, so a
 * half-written corpus is rebuilt.
 */
export function ensureCorpus({ seed, count, root }) {
  const dir = join(root, `corpus-s${seed}-n${count}-v${GENERATOR_VERSION}`);
  const listing = join(dir, "index.json");
  if (existsSync(listing)) {
    const idx = JSON.parse(readFileSync(listing, "utf8"));
    if (idx.version === GENERATOR_VERSION && idx.files.length === count) return { dir, ...idx, reused: true };
  }
  const tmp = dir + ".tmp";
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, "files"), { recursive: true });
  const files = [];
  let bytes = 0;
  const stats = { string: 0, chunked: 0, template: 0, crlf: 0, tabs: 0, minified: 0, bom: 0, layered: 0, huge: 0 };
  for (let i = 0; i < count; i++) {
    const f = generateFile(seed, i);
    const buf = Buffer.from(f.text, "utf8");
    writeFileSync(join(tmp, "files", f.name), buf);
    files.push({ name: f.name, bytes: buf.length });
    bytes += buf.length;
    stats[f.info.form]++;
    if (f.info.eol === "\r\n") stats.crlf++;
    if (f.info.indent === "\t") stats.tabs++;
    if (f.info.minified) stats.minified++;
    if (f.info.bom) stats.bom++;
    if (f.info.layered) stats.layered++;
    if (f.info.huge) stats.huge++;
  }
  const idx = { version: GENERATOR_VERSION, seed, count, bytes, stats, largest: Math.max(...files.map((f) => f.bytes)), smallest: Math.min(...files.map((f) => f.bytes)), files };
  writeFileSync(join(tmp, "index.json"), JSON.stringify(idx));
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { dir, ...idx, reused: false };
}
