/**
 * The module container (as docs/render.md describes the agent): the image from settings.image, Entrypoint as
 * command, Cmd as args, WorkingDir, the env, ExposedPorts as container ports, the volume mounts,
 * privileged from HostConfig.Privileged, and k8s-experimental.resources.
 */
import { asString } from "../model/node.js";
import type { Fields, ModuleContext } from "./context.js";
import { containerEnv } from "./env.js";
import { resources, type Experimental } from "./experimental.js";
import { containerPorts } from "./ports.js";
import { moduleVolumes, type ModuleVolumes } from "./volumes.js";

/** The container (its fields' sources go to `f`, under the Deployment's first container), and the pod's volumes. */
export function buildContainer(ctx: ModuleContext, name: string, sec: Experimental["sections"], f: Fields): { container: Record<string, unknown>; vols: ModuleVolumes } {
  const mod = ctx.mod;
  const co = mod.createOptions;
  const container: Record<string, unknown> = { name };
  const image = mod.settings?.getExact("image");
  container.image = asString(image) ?? "";
  if (image !== undefined) f.add(["spec", "template", "spec", "containers", 0, "image"], ctx.path(image));
  const c = (field: string): (string | number)[] => ["spec", "template", "spec", "containers", 0, field];
  const listOption = (key: "Entrypoint" | "Cmd", field: string): void => {
    const n = co.root?.get(key);
    if (n === undefined || n.value === null) return;
    if (!Array.isArray(n.value) || !n.value.every((v) => typeof v === "string")) {
      ctx.note(n, ["cmd-string", "entrypoint"], `${key} is not a list of strings: the agent fails to read the module's createOptions`);
      return;
    }
    container[field] = n.value;
    f.add(c(field), ctx.path(n));
  };
  listOption("Entrypoint", "command");
  listOption("Cmd", "args");
  const wd = co.root?.get("WorkingDir");
  if (typeof wd?.value === "string") {
    container.workingDir = wd.value;
    f.add(c("workingDir"), ctx.path(wd));
  }
  const env = containerEnv(ctx);
  if (env.length > 0) {
    f.add(c("env"), "env, then settings.createOptions.Env", "the agent appends its IOTEDGE_* variables (not shown)");
    container.env = env.map((e, i) => {
      f.add([...c("env"), i], ctx.path(e.node));
      return { name: e.name, value: e.value };
    });
  }
  const cports = containerPorts(ctx);
  if (cports.length > 0) {
    container.ports = cports.map((p, i) => {
      f.add([...c("ports"), i], ctx.path(p.node));
      return { containerPort: p.containerPort, protocol: p.protocol };
    });
  }
  const vols = moduleVolumes(ctx, sec.volumes);
  if (vols.mounts.length > 0) {
    container.volumeMounts = vols.mounts.map((m, i) => {
      f.add([...c("volumeMounts"), i], ctx.path(m.node));
      return m.mount;
    });
  }
  const privileged = co.root?.get("HostConfig")?.get("Privileged");
  if (privileged?.value === true) {
    container.securityContext = { privileged: true };
    f.add(c("securityContext"), ctx.path(privileged));
  }
  const res = sec.resources !== undefined ? resources(ctx, sec.resources) : undefined;
  if (res !== undefined) {
    container.resources = res;
    f.add(c("resources"), ctx.path(sec.resources!));
    ctx.noteIfReported(sec.resources, ["fpga-resource"], "microsoft.com/fpga_catapult is passed through, but a GPU device has no FPGA device plugin: the pod stays Pending");
  }
  return { container, vols };
}
