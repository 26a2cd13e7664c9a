import { k8sName, valueIgnoreCase, type Edit, type JNode, type Module, type ModuleFacts, type Rule } from "../src/rule-api.js";

/**
 * `host:port` with the host not glued to a longer name or a path (`/data/x:1`; `//x:1` is a URL) and the port ending at
 * a URL or list delimiter.
 */
const HOST_PORT = /(?<![A-Za-z0-9_.:-])(?<![^/]\/)(?<!^\/)([A-Za-z0-9][A-Za-z0-9_-]*):([0-9]{1,5})(?=$|[/?#,;)"'\]\s&|])/g;

interface Place {
  /** the text searched (the value part of a NAME=value entry) */
  text: string;
  /** offset of `text` inside the node's string */
  shift: number;
  /** the string node that holds the text (made only for a finding) */
  node(): JNode;
  /** the whole new string value, given the new text */
  rebuild(text: string): string;
}

const same = (t: string): string => t;

/**
 * The strings of a module that may name another module's port, read from plain values: only a
 * string with a ':' can hold `host:port`, and JNodes are made only for the ones reported.
 */
function places(facts: ModuleFacts): Place[] {
  const mod = facts.module;
  const out: Place[] = [];
  for (const v of facts.env) {
    if (v.malformed || v.value === undefined || !v.value.includes(":")) continue;
    if (v.from === "env") {
      // v.value is the `value` member as text; only a string value is searched
      if (typeof (v.node.value as Record<string, unknown>).value !== "string") continue;
      out.push({ text: v.value, shift: 0, node: () => v.node.getExact("value")!, rebuild: same });
    } else {
      const prefix = `${v.name}=`;
      out.push({ text: v.value, shift: prefix.length, node: () => v.node, rebuild: (t) => prefix + t });
    }
  }
  const cmd = valueIgnoreCase(mod.createOptions.root?.value, "cmd");
  if (Array.isArray(cmd)) {
    cmd.forEach((c: unknown, i) => {
      if (typeof c === "string" && c.includes(":")) out.push({ text: c, shift: 0, node: () => mod.createOptions.root!.get("Cmd")!.items()[i]!, rebuild: same });
    });
  }
  const twin = mod.twin;
  if (twin !== undefined) {
    // depth first, in file order, as the twin's JNodes would be walked
    const path: (string | number)[] = [];
    const nodeAt = (at: (string | number)[]): JNode => at.reduce<JNode>((n, k) => (typeof k === "number" ? n.items()[k]! : n.getExact(k)!), twin);
    // only strings with a ':' and the containers that may hold them are visited
    const searched = (v: unknown): boolean => (typeof v === "string" ? v.includes(":") : typeof v === "object" && v !== null);
    const walk = (v: unknown): void => {
      if (typeof v === "string") {
        const at = [...path];
        out.push({ text: v, shift: 0, node: () => nodeAt(at), rebuild: same });
      } else if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          if (!searched(v[i])) continue;
          path.push(i);
          walk(v[i]);
          path.pop();
        }
      } else {
        const o = v as Record<string, unknown>;
        for (const k in o) {
          if (!searched(o[k])) continue;
          path.push(k);
          walk(o[k]);
          path.pop();
        }
      }
    };
    if (searched(twin.value)) walk(twin.value);
  }
  return out;
}

interface Target {
  mod: Module;
  /** container port -> numeric host ports (tcp) */
  bindings: Map<number, number[]>;
  hostPorts: Set<number>;
  exposed: Set<number>;
}

function targetOf(facts: ModuleFacts): Target {
  const bindings = new Map<number, number[]>();
  const hostPorts = new Set<number>();
  for (const b of facts.portBindings) {
    if (!b.parsed?.valid) continue;
    const hps = b.hostPorts.flatMap((h) => (h.hostPort === undefined ? [] : [h.hostPort]));
    bindings.set(b.parsed.port, [...(bindings.get(b.parsed.port) ?? []), ...hps]);
    hps.forEach((h) => hostPorts.add(h));
  }
  const exposed = new Set(facts.exposedPorts.flatMap((e) => (e.parsed?.valid ? [e.parsed.port] : [])));
  return { mod: facts.module, bindings, hostPorts, exposed };
}

// the pieces of the messages: {{text}} is the `name:port` found, {{module}} the module it names
const CONTAINER_PORT =
  "port {{port}} is the container port of module '{{module}}', which publishes it on host port {{hostPort}}; on Kubernetes-based IoT Edge other modules connect to the host port";
const UNPUBLISHED = "module '{{module}}' does not publish port {{port}} with a HostPort, so other modules cannot reach it on Kubernetes-based IoT Edge";
const ONLY_EXPOSED =
  "module '{{module}}' does not publish port {{port}} with a HostPort (it is only in ExposedPorts), so other modules cannot reach it on Kubernetes-based IoT Edge";
const NOT_K8S_NAME = "'{{host}}' is not the Kubernetes name of module '{{module}}' (its service is named '{{k8sName}}')";
const PUBLISH = `publish it in module '{{module}}' ("PortBindings": {"{{port}}/tcp": [{"HostPort": "{{port}}"}]})`;

/** What is wrong with the port, when something is. */
type PortProblem = "containerPort" | "unpublished" | "onlyExposed";

/** F6: between modules, Kubernetes-based IoT Edge connects through the Service: the module's Kubernetes name and its host port. */
const rule: Rule = {
  meta: {
    id: "inter-module-container-port",
    severity: "warning",
    facts: ["F6", "§5.5", "§1.6"],
    description: "A module's env, Env, Cmd or twin value that reaches another module as name:port on its container port, an unpublished port, or a name that is not its Kubernetes name.",
    repair: "suggestion",
    targets: ["kubernetes"],
    messages: {
      containerPort: `'{{text}}': ${CONTAINER_PORT}; write '{{k8sName}}:{{hostPort}}'`,
      containerPortAndName: `'{{text}}': ${CONTAINER_PORT}; ${NOT_K8S_NAME}; write '{{k8sName}}:{{hostPort}}'`,
      unpublished: `'{{text}}': ${UNPUBLISHED}; ${PUBLISH}`,
      unpublishedAndName: `'{{text}}': ${UNPUBLISHED}; ${NOT_K8S_NAME}; ${PUBLISH} and write '{{k8sName}}:{{port}}'`,
      onlyExposed: `'{{text}}': ${ONLY_EXPOSED}; ${PUBLISH}`,
      onlyExposedAndName: `'{{text}}': ${ONLY_EXPOSED}; ${NOT_K8S_NAME}; ${PUBLISH} and write '{{k8sName}}:{{port}}'`,
      notK8sName: `'{{text}}': ${NOT_K8S_NAME}; write '{{k8sName}}:{{port}}'`,
    },
  },
  create: ({ facts: factsOf, report }) => {
    // the modules by name, every one known before the first module is searched
    const byName = new Map<string, Module>();
    const targets = new Map<Module, Target>();
    return {
      manifest(manifest) {
        for (const m of manifest.modules) if (!m.placeholderName) byName.set(m.name.toLowerCase(), m);
      },
      module(mod, facts) {
        for (const p of places(facts)) {
          for (const match of p.text.matchAll(HOST_PORT)) {
            const host = match[1]!;
            const port = Number(match[2]!);
            const t = byName.get(host.toLowerCase());
            if (t === undefined || t === mod) continue;
            let target = targets.get(t);
            if (target === undefined) targets.set(t, (target = targetOf(factsOf(t))));
            const k8s = k8sName(t.name);
            const badName = host.toLowerCase() !== k8s;
            let problem: PortProblem | undefined;
            let newPort: number | undefined = port;
            if (!target.hostPorts.has(port)) {
              const hps = target.bindings.get(port) ?? [];
              if (hps.length > 0) {
                newPort = hps[0]!;
                problem = "containerPort";
              } else {
                newPort = undefined;
                problem = target.exposed.has(port) ? "onlyExposed" : "unpublished";
              }
            }
            if (problem === undefined && !badName) continue;
            const start = match.index!;
            const end = start + match[0].length;
            const messageId = problem === undefined ? "notK8sName" : badName ? `${problem}AndName` : problem;
            const data = { text: match[0], host, port, module: t.name, k8sName: k8s, ...(newPort !== undefined ? { hostPort: newPort } : {}) };
            const replaced = p.text.slice(0, start) + `${k8s}:${newPort}` + p.text.slice(end);
            const node = p.node();
            const edits: Edit[] = [{ op: "set", node, value: p.rebuild(replaced) }];
            report({
              node,
              range: [p.shift + start, p.shift + end],
              module: mod,
              messageId,
              data,
              ...(newPort !== undefined ? { suggestions: [{ message: `Connect to '${k8s}:${newPort}'`, edits }] } : {}),
            });
          }
        }
      },
    };
  },
};

export default rule;
