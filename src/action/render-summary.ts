/**
 * The job summary's "What Kubernetes will run" section (target kubernetes only): per changed
 * module, a collapsed <details> with its Deployment, Services and ports, PersistentVolumeClaims
 * and GPU request, from the library's renderKubernetes. A module counts as changed when its
 * rendered objects differ from the pull request base's (every module when the base is unknown).
 */
import { RenderError, renderKubernetes, type Diagnostic, type RenderedModule } from "../index.js";
import { cap, CAPS, oneLine, ZWJ } from "./markdown.js";

export interface RenderSummaryFile {
  path: string;
  text: string;
  /** the text at the pull request's base (undefined: new file, or not read) */
  base?: string;
  /** the text's kubernetes findings, from the run's own lint (so that rendering does not lint it again) */
  findings?: readonly Diagnostic[];
}

/** At most this many modules get a section (the summary has a 1 MiB budget shared with the report). */
export const MAX_RENDERED_MODULES = 100;

/**
 * Manifest-derived text inside HTML and Markdown: no tags, no table or code breaks, one line, no
 * mention or issue reference (a zero-width joiner after `@` and before a digit after `#`, as the
 * other bodies do), capped like them.
 */
function esc(s: string): string {
  return cap(oneLine(s), CAPS.name)
    .replace(/@/g, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[|`*_[\]\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function safeRender(text: string, path: string, findings: readonly Diagnostic[] | undefined): RenderedModule[] | undefined {
  try {
    return renderKubernetes(text, { filePath: path, ...(findings !== undefined ? { findings } : {}) }).modules;
  } catch (e) {
    if (e instanceof RenderError) return undefined;
    throw e;
  }
}

const signature = (m: RenderedModule): string => JSON.stringify(m.objects.map((o) => o.object));

function moduleSection(path: string, m: RenderedModule): string {
  const lines: string[] = [];
  const deployment = m.objects.find((o) => o.kind === "Deployment")?.object as { spec: { replicas: number; template: { spec: { containers: { resources?: { limits?: Record<string, unknown> } }[] } } } } | undefined;
  lines.push(`<details><summary><code>${esc(path)}</code>: module <code>${esc(m.module)}</code></summary>`, "");
  if (deployment === undefined) {
    lines.push("- No objects: the IoT Edge agent cannot read this module's createOptions.");
  } else {
    lines.push(`- Deployment \`${esc(m.name)}\` (${deployment.spec.replicas} replica${deployment.spec.replicas === 1 ? "" : "s"})`);
    for (const o of m.objects.filter((x) => x.kind === "Service")) {
      const spec = o.object.spec as { type: string; ports: { port: number; targetPort?: number; protocol: string }[] };
      const ports = spec.ports.map((p) => `${p.port}${p.targetPort !== undefined && p.targetPort !== p.port ? `→${p.targetPort}` : ""}/${p.protocol}`).join(", ");
      lines.push(`- Service \`${esc(o.name)}\` (${esc(spec.type)}): ${esc(ports)}`);
    }
    const claims = new Set<string>();
    for (const o of m.objects) if (o.kind === "PersistentVolumeClaim") claims.add(o.name);
    const pod = (m.objects.find((o) => o.kind === "Deployment")!.object.spec as { template: { spec: { volumes?: { persistentVolumeClaim?: { claimName: string } }[] } } }).template.spec;
    for (const v of pod.volumes ?? []) if (v.persistentVolumeClaim !== undefined) claims.add(v.persistentVolumeClaim.claimName);
    if (claims.size > 0) lines.push(`- PersistentVolumeClaims: ${[...claims].map((c) => `\`${esc(c)}\``).join(", ")}`);
    const limits = deployment.spec.template.spec.containers[0]?.resources?.limits ?? {};
    const gpu = Object.entries(limits).find(([k]) => k.toLowerCase() === "nvidia.com/gpu")?.[1];
    lines.push(`- GPU request: ${gpu === undefined ? "none" : `\`nvidia.com/gpu: ${esc(String(gpu))}\``}`);
  }
  const problems = m.notes.filter((n) => n.ruleId !== undefined);
  if (problems.length > 0) lines.push(`- Dropped or changed in translation: ${problems.length} (rules: ${[...new Set(problems.map((n) => `\`${n.ruleId}\``))].join(", ")})`);
  lines.push("", "</details>", "");
  return lines.join("\n");
}

/** The section, or "" when the target is not kubernetes or no module changed. */
export function renderSummaryMarkdown(files: readonly RenderSummaryFile[], target: string): string {
  if (target !== "kubernetes") return "";
  const sections: string[] = [];
  let omitted = 0;
  for (const f of files) {
    const head = safeRender(f.text, f.path, f.findings);
    if (head === undefined) continue;
    // only the base's objects are compared, and objects do not depend on findings: no lint of the base
    const before = f.base === undefined ? undefined : safeRender(f.base, f.path, []);
    for (const m of head) {
      const old = before?.find((b) => b.module === m.module);
      if (old !== undefined && signature(old) === signature(m)) continue;
      if (sections.length >= MAX_RENDERED_MODULES) omitted++;
      else sections.push(moduleSection(f.path, m));
    }
  }
  if (sections.length === 0) return "";
  const tail = omitted > 0 ? `_${omitted} more module(s) not shown; run \`iotedge-gpu-lint render <manifest>\` locally._\n` : "";
  return `### What Kubernetes will run\n\nThe objects the IoT Edge Kubernetes agent would create for each changed module (\`iotedge-gpu-lint render\` prints them in full).\n\n${sections.join("")}${tail}\n`;
}
