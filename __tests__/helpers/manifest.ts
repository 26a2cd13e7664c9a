/**
 * Builds deployment manifests for tests in the three createOptions forms users keep in git:
 * a template with object createOptions, a generated manifest with a createOptions string, and a
 * generated manifest whose string is split into chunks (createOptions, createOptions01, ...).
 */

export type Form = "object" | "string" | "chunked";

export interface ModuleSpec {
  createOptions?: Record<string, unknown> | string;
  /** module env map: NAME -> value (wrapped as {"value": ...}) */
  env?: Record<string, unknown>;
  image?: string;
  /** other module fields (status, restartPolicy, startupOrder, ...) */
  fields?: Record<string, unknown>;
}

export interface ManifestSpec {
  modules?: Record<string, ModuleSpec>;
  /** overrides for edgeAgent / edgeHub */
  systemModules?: Partial<Record<"edgeAgent" | "edgeHub", ModuleSpec>>;
  routes?: Record<string, unknown>;
  /** module twins: extra members of modulesContent */
  twins?: Record<string, unknown>;
  agentSchemaVersion?: string;
  hubSchemaVersion?: string;
  /** extra members of $edgeHub properties.desired */
  hub?: Record<string, unknown>;
}

/** Chunk size used for the chunked form: small, so that most options span several chunks. */
export const TEST_CHUNK = 40;

function moduleObject(spec: ModuleSpec, form: Form, system: boolean, name: string): Record<string, unknown> {
  const m: Record<string, unknown> = system && name === "edgeAgent" ? { type: "docker" } : { version: "1.0", type: "docker", status: "running", restartPolicy: "always" };
  Object.assign(m, spec.fields ?? {});
  if (spec.env !== undefined) {
    m.env = Object.fromEntries(Object.entries(spec.env).map(([k, v]) => [k, typeof v === "object" && v !== null ? v : { value: v }]));
  }
  const settings: Record<string, unknown> = { image: spec.image ?? `contoso.azurecr.io/${name.toLowerCase()}:1.0` };
  const co = spec.createOptions;
  if (co !== undefined) {
    if (typeof co === "string" || form === "string") settings.createOptions = typeof co === "string" ? co : JSON.stringify(co);
    else if (form === "object") settings.createOptions = co;
    else {
      const text = JSON.stringify(co);
      for (let i = 0, k = 0; i < text.length; i += TEST_CHUNK, k++) {
        settings[k === 0 ? "createOptions" : `createOptions${String(k).padStart(2, "0")}`] = text.slice(i, i + TEST_CHUNK);
      }
    }
  }
  m.settings = settings;
  return m;
}

export function manifestObject(spec: ManifestSpec, form: Form = "object"): Record<string, unknown> {
  const sys = spec.systemModules ?? {};
  const systemModules = {
    edgeAgent: moduleObject(sys.edgeAgent ?? { image: "mcr.microsoft.com/azureiotedge-agent:1.1" }, form, true, "edgeAgent"),
    edgeHub: moduleObject(
      sys.edgeHub ?? {
        image: "mcr.microsoft.com/azureiotedge-hub:1.1",
        createOptions: { HostConfig: { PortBindings: { "5671/tcp": [{ HostPort: "5671" }], "8883/tcp": [{ HostPort: "8883" }], "443/tcp": [{ HostPort: "443" }] } } },
      },
      form,
      true,
      "edgeHub",
    ),
  };
  const modules = Object.fromEntries(Object.entries(spec.modules ?? {}).map(([name, m]) => [name, moduleObject(m, form, false, name)]));
  const content: Record<string, unknown> = {
    $edgeAgent: {
      "properties.desired": {
        schemaVersion: spec.agentSchemaVersion ?? "1.1",
        runtime: { type: "docker", settings: { minDockerVersion: "v1.25", loggingOptions: "" } },
        systemModules,
        modules,
      },
    },
    $edgeHub: {
      "properties.desired": {
        schemaVersion: spec.hubSchemaVersion ?? "1.1",
        routes: spec.routes ?? { upstream: "FROM /messages/* INTO $upstream" },
        storeAndForwardConfiguration: { timeToLiveSecs: 7200 },
        ...(spec.hub ?? {}),
      },
    },
    ...(spec.twins ?? {}),
  };
  return { modulesContent: content };
}

/** The manifest as text (two-space indentation, LF, final newline). */
export function manifestText(spec: ManifestSpec, form: Form = "object"): string {
  return JSON.stringify(manifestObject(spec, form), null, 2) + "\n";
}

/** The file name that matches a form: templates hold object createOptions. */
export function fileNameFor(form: Form): string {
  return form === "object" ? "deployment.template.json" : "deployment.json";
}

/** 1-based line and column of the n-th (0-based) occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, occurrence = 0): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' occurs fewer than ${occurrence + 1} times`);
  }
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  const column = at - (before.lastIndexOf("\n") + 1) + 1;
  return { line, column };
}
