/**
 * The translation, case by case, as docs/render.md describes it: Service ports keyed by
 * number (collisions, TCP+UDP), ranges that vanish, share volumes and their claims,
 * k8s-experimental (resources, nodeSelector, securityContext, strategy, serviceOptions), the
 * LoadBalancer default, env order, names; in the three createOptions forms.
 */
import { describe, expect, it } from "vitest";
import { RenderError, renderKubernetes, type RenderOptions, type RenderedModule } from "../../src/render/index.js";
import { fileNameFor, manifestText, type Form } from "../helpers/manifest.js";

const FORMS: Form[] = ["object", "string", "chunked"];

function render(createOptions: Record<string, unknown>, form: Form, opts: RenderOptions = {}, extra: Record<string, unknown> = {}): RenderedModule {
  const text = manifestText({ modules: { camera: { createOptions, ...extra } } }, form);
  const r = renderKubernetes(text, { filePath: fileNameFor(form), module: "camera", ...opts });
  return r.modules[0]!;
}

const objectOf = (m: RenderedModule, kind: string) => m.objects.find((o) => o.kind === kind)?.object as Record<string, any> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
const podOf = (m: RenderedModule) => objectOf(m, "Deployment")!.spec.template.spec;
const containerOf = (m: RenderedModule) => podOf(m).containers[0];
const notes = (m: RenderedModule) => m.notes.map((n) => `[${n.ruleId ?? "-"}] ${n.from}`);

describe.each(FORMS)("createOptions as %s", (form) => {
  it("a UDP binding on the same HostPort replaces the TCP one (ports keyed by number)", () => {
    const m = render({ HostConfig: { PortBindings: { "53/tcp": [{ HostPort: "53" }], "53/udp": [{ HostPort: "53" }] } } }, form);
    expect(objectOf(m, "Service")!.spec.ports).toEqual([{ name: "hostport-53-udp", port: 53, targetPort: 53, protocol: "UDP" }]);
    expect(m.notes).toContainEqual({
      ruleId: "mixed-tcp-udp-ports",
      message: 'Service port 53: UDP to container port 53 replaces TCP to container port 53 from settings.createOptions.HostConfig.PortBindings["53/tcp"] (the agent keys Service ports by number only)',
      from: 'settings.createOptions.HostConfig.PortBindings["53/udp"]',
    });
  });

  it("one container port on two host ports: two ports with the same name, which the API server rejects", () => {
    const m = render({ HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "8080" }, { HostPort: "8081" }] } } }, form);
    expect(objectOf(m, "Service")!.spec.ports).toEqual([
      { name: "hostport-80-tcp", port: 8080, targetPort: 80, protocol: "TCP" },
      { name: "hostport-80-tcp", port: 8081, targetPort: 80, protocol: "TCP" },
    ]);
    expect(notes(m)).toContain('[duplicate-host-port] settings.createOptions.HostConfig.PortBindings["80/tcp"][1]');
  });

  it("TCP and UDP on different ports: one LoadBalancer Service with mixed protocols (ClusterIP is fine)", () => {
    const co = { HostConfig: { PortBindings: { "5140/udp": [{ HostPort: "5140" }], "8080/tcp": [{ HostPort: "80" }] } } };
    const m = render(co, form);
    const svc = objectOf(m, "Service")!;
    expect(svc.spec.type).toBe("LoadBalancer");
    expect(svc.spec.ports).toEqual([
      { name: "hostport-5140-udp", port: 5140, targetPort: 5140, protocol: "UDP" },
      { name: "hostport-8080-tcp", port: 80, targetPort: 8080, protocol: "TCP" },
    ]);
    expect(notes(m)).toContain("[mixed-tcp-udp-ports] settings.createOptions.HostConfig.PortBindings");
    const fields = m.objects.find((o) => o.kind === "Service")!.fields;
    expect(fields).toContainEqual({ field: ["spec", "ports", 0], from: 'settings.createOptions.HostConfig.PortBindings["5140/udp"]' });
    const cluster = render(co, form, { serviceType: "ClusterIP" });
    expect(objectOf(cluster, "Service")!.spec.type).toBe("ClusterIP");
    expect(notes(cluster).filter((n) => n.includes("mixed"))).toEqual([]);
  });

  it("a port range and a binding without HostPort vanish", () => {
    const m = render({ ExposedPorts: { "9000-9002/tcp": {} }, HostConfig: { PortBindings: { "8000-8010/tcp": [{ HostPort: "8000-8010" }], "7000/tcp": [{ HostIp: "127.0.0.1" }], "5000/tcp": [{ HostPort: "5000" }] } } }, form);
    expect(objectOf(m, "Service")!.spec.ports).toEqual([{ name: "hostport-5000-tcp", port: 5000, targetPort: 5000, protocol: "TCP" }]);
    expect(containerOf(m).ports).toBeUndefined();
    expect(notes(m)).toEqual(
      expect.arrayContaining([
        '[port-range] settings.createOptions.HostConfig.PortBindings["8000-8010/tcp"]',
        '[port-range] settings.createOptions.ExposedPorts["9000-9002/tcp"]',
        '[port-binding-needs-host-port] settings.createOptions.HostConfig.PortBindings["7000/tcp"][0]',
      ]),
    );
  });

  it("LoadBalancer is the default for host ports; only ExposedPorts make a ClusterIP Service; serviceOptions.type wins", () => {
    expect(objectOf(render({ HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "80" }] } } }, form), "Service")!.spec.type).toBe("LoadBalancer");
    const exposed = render({ ExposedPorts: { "8080/tcp": {} } }, form);
    expect(objectOf(exposed, "Service")!.spec).toEqual({
      type: "ClusterIP",
      ports: [{ name: "exposedport-8080-tcp", port: 8080, protocol: "TCP" }],
      selector: { "net.azure-devices.edge.module": "camera", "net.azure-devices.edge.deviceid": "edge-device", "net.azure-devices.edge.hub": "iothub.azure-devices.net" },
    });
    expect(containerOf(exposed).ports).toEqual([{ containerPort: 8080, protocol: "TCP" }]);
    const opt = render({ HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "80" }] } }, "k8s-experimental": { serviceOptions: { type: "nodeport", loadBalancerIP: "10.0.0.5" } } }, form);
    expect(objectOf(opt, "Service")!.spec.type).toBe("NodePort");
    expect(objectOf(opt, "Service")!.spec.loadBalancerIP).toBe("10.0.0.5");
    const ip = render({ HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "80" }] } }, "k8s-experimental": { serviceOptions: { type: "ClusterIP", loadBalancerIP: "10.0.0.5" } } }, form);
    expect(objectOf(ip, "Service")!.spec).toMatchObject({ type: "ClusterIP", loadBalancerIP: "10.0.0.5" });
    expect(notes(ip)).toContain('[service-options] settings.createOptions["k8s-experimental"].serviceOptions.loadBalancerIP');
    const bad = render({ HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "80" }] } }, "k8s-experimental": { serviceOptions: { type: "ExternalName" } } }, form);
    expect(objectOf(bad, "Service")!.spec.type).toBe("LoadBalancer");
    expect(notes(bad)).toContain('[service-options] settings.createOptions["k8s-experimental"].serviceOptions.type');
    expect(render({}, form).objects.map((o) => o.kind)).toEqual(["ServiceAccount", "Deployment"]);
  });

  it("a share volume mount becomes a claim named after the share; a PVC only with a storage class", () => {
    const co = { HostConfig: { Mounts: [{ Type: "volume", Source: "CameraIn", Target: "/data/in", ReadOnly: true }, { Type: "volume", Source: "results", Target: "/data/out" }] } };
    const m = render(co, form);
    expect(podOf(m).volumes).toEqual([
      { name: "camerain", persistentVolumeClaim: { claimName: "camerain", readOnly: true } },
      { name: "results", persistentVolumeClaim: { claimName: "results" } },
    ]);
    expect(containerOf(m).volumeMounts).toEqual([
      { name: "camerain", mountPath: "/data/in", readOnly: true },
      { name: "results", mountPath: "/data/out" },
    ]);
    expect(m.objects.map((o) => o.kind)).toEqual(["ServiceAccount", "Deployment"]);
    expect(m.notes.filter((n) => n.ruleId === undefined).map((n) => n.from)).toEqual(["settings.createOptions.HostConfig.Mounts[0]", "settings.createOptions.HostConfig.Mounts[1]"]);
    const withClass = render(co, form, { storageClass: "ase-node-local" });
    expect(withClass.objects.map((o) => `${o.kind} ${o.name}`)).toEqual(["PersistentVolumeClaim camerain", "PersistentVolumeClaim results", "ServiceAccount camera", "Deployment camera"]);
    expect(withClass.objects[0]!.object.spec).toEqual({ accessModes: ["ReadOnlyMany"], resources: { requests: { storage: "0Mi" } }, storageClassName: "ase-node-local" });
    expect((withClass.objects[1]!.object.spec as { accessModes: string[] }).accessModes).toEqual(["ReadWriteMany"]);
    expect(withClass.notes.filter((n) => n.info)).toEqual([{ info: true, message: "the claims request 0Mi (the agent's PersistentVolumeClaimDefaultSizeInMb is not set): the API server rejects a claim of size 0", from: "" }]);
    const sized = render(co, form, { storageClass: "ase-node-local", pvcSizeMb: 512 });
    expect((sized.objects[0]!.object.spec as { resources: unknown }).resources).toEqual({ requests: { storage: "512Mi" } });
    expect(sized.notes.filter((n) => n.info)).toEqual([]);
  });

  it("Binds and bind mounts become hostPath DirectoryOrCreate volumes", () => {
    const m = render({ HostConfig: { Binds: ["/home/hcsshares/camerain:/data/in:ro", "/anon"], Mounts: [{ Type: "bind", Source: "/etc/app", Target: "/cfg" }, { Type: "tmpfs", Source: "x", Target: "/tmp" }] } }, form);
    expect(podOf(m).volumes).toEqual([
      { name: "homehcssharescamerain", hostPath: { path: "/home/hcsshares/camerain", type: "DirectoryOrCreate" } },
      { name: "etcapp", hostPath: { path: "/etc/app", type: "DirectoryOrCreate" } },
    ]);
    expect(containerOf(m).volumeMounts).toEqual([
      { name: "homehcssharescamerain", mountPath: "/data/in", readOnly: true },
      { name: "etcapp", mountPath: "/cfg" },
    ]);
    expect(notes(m)).toEqual(
      expect.arrayContaining(["[no-host-binds] settings.createOptions.HostConfig.Binds[0]", "[no-host-binds] settings.createOptions.HostConfig.Binds[1]", "[mount-type-ignored] settings.createOptions.HostConfig.Mounts[1]"]),
    );
  });

  it("k8s-experimental: resources, nodeSelector, securityContext, strategy and volumes land where the facts say", () => {
    const m = render(
      {
        HostConfig: { Privileged: true },
        "k8s-experimental": {
          Resources: { Limits: { "nvidia.com/gpu": 1, memory: "1Gi" }, requests: { cpu: "500m" } },
          nodeSelector: { gpu: true, zone: "a" },
          securityContext: { RunAsUser: 1000, fsGroup: 2000, privileged: true },
          strategy: { type: "Recreate" },
          volumes: [{ volume: { name: "cfg", configMap: { name: "camera-config" } }, volumeMounts: [{ name: "cfg", MountPath: "/etc/camera", readOnly: true }] }],
        },
      },
      form,
    );
    const d = objectOf(m, "Deployment")!;
    expect(d.spec.strategy).toEqual({ type: "Recreate" });
    expect(containerOf(m).resources).toEqual({ limits: { "nvidia.com/gpu": 1, memory: "1Gi" }, requests: { cpu: "500m" } });
    expect(containerOf(m).securityContext).toEqual({ privileged: true });
    expect(podOf(m).nodeSelector).toEqual({ gpu: "True", zone: "a" });
    expect(podOf(m).securityContext).toEqual({ runAsUser: 1000, fsGroup: 2000 });
    expect(podOf(m).volumes).toEqual([{ name: "cfg", configMap: { name: "camera-config" } }]);
    expect(containerOf(m).volumeMounts).toEqual([{ name: "cfg", mountPath: "/etc/camera", readOnly: true }]);
    expect(notes(m)).toEqual(
      expect.arrayContaining(['[security-context-container-keys] settings.createOptions["k8s-experimental"].securityContext.privileged', '[node-selector-string] settings.createOptions["k8s-experimental"].nodeSelector']),
    );
    expect(m.objects.find((o) => o.kind === "Deployment")!.fields).toContainEqual({ field: ["spec", "strategy"], from: 'settings.createOptions["k8s-experimental"].strategy' });
  });

  it("the create-options doc's volume example (volume ModuleA, mount module-config) makes a pod the API server rejects; no rule reports it yet", () => {
    const m = render({ "k8s-experimental": { volumes: [{ volume: { name: "ModuleA", configMap: { name: "module-config" } }, volumeMounts: [{ name: "module-config", mountPath: "/etc/module" }] }] } }, form);
    expect(podOf(m).volumes).toEqual([{ name: "ModuleA", configMap: { name: "module-config" } }]);
    expect(m.notes.map((n) => [n.ruleId, n.from])).toEqual([
      [undefined, 'settings.createOptions["k8s-experimental"].volumes[0]'],
      [undefined, 'settings.createOptions["k8s-experimental"].volumes[0].volumeMounts[0]'],
    ]);
  });

  it("no strategy on a module that holds a GPU: RollingUpdate, noted", () => {
    const m = render({ "k8s-experimental": { resources: { limits: { "nvidia.com/gpu": 1 } } } }, form);
    expect(objectOf(m, "Deployment")!.spec.strategy).toBeUndefined();
    expect(m.notes.map((n) => n.ruleId)).toContain("recreate-strategy");
  });

  it("env: module env first, then createOptions.Env (which wins on Kubernetes); malformed entries dropped", () => {
    const m = render({ Env: ["LOG_LEVEL=debug", "BROKEN", "A=1=2"] }, form, {}, { env: { LOG_LEVEL: "info", "Scoring:Threshold": 0.7 } });
    expect(containerOf(m).env).toEqual([
      { name: "LOG_LEVEL", value: "info" },
      { name: "Scoring:Threshold", value: "0.7" },
      { name: "LOG_LEVEL", value: "debug" },
      { name: "A", value: "1=2" },
    ]);
    expect(notes(m)).toEqual(
      expect.arrayContaining(["[env-precedence] settings.createOptions.Env[0]", "[env-without-value] settings.createOptions.Env[1]", '[env-name-colon] env["Scoring:Threshold"]']),
    );
  });

  it("Entrypoint, Cmd, WorkingDir, host modes, status stopped; ignored options are listed", () => {
    const m = render(
      { Entrypoint: ["/app/start.sh"], cmd: ["--fast"], WorkingDir: "/app", User: "1000", Hostname: "cam", HostConfig: { NetworkMode: "host", IpcMode: "host", PidMode: "host", CapAdd: ["NET_ADMIN"], Memory: 1000000 } },
      form,
      {},
      { fields: { status: "stopped" } },
    );
    expect(containerOf(m)).toMatchObject({ command: ["/app/start.sh"], args: ["--fast"], workingDir: "/app" });
    expect(podOf(m)).toMatchObject({ hostNetwork: true, dnsPolicy: "ClusterFirstWithHostNet", hostIPC: true, hostPID: true });
    expect(objectOf(m, "Deployment")!.spec.replicas).toBe(0);
    expect(notes(m)).toEqual(
      expect.arrayContaining([
        "[user-option] settings.createOptions.User",
        "[unsupported-create-option] settings.createOptions.Hostname",
        "[unsupported-create-option] settings.createOptions.HostConfig.CapAdd",
        "[docker-resource-limits] settings.createOptions.HostConfig.Memory",
      ]),
    );
  });
});

describe("names, options and errors", () => {
  const text = manifestText({ modules: { Image_Scorer: { createOptions: { HostConfig: { PortBindings: { "80/tcp": [{ HostPort: "80" }] } } } } } });

  it("one module's objects share its Kubernetes name; the original id is an annotation; the namespace defaults to iotedge", () => {
    const r = renderKubernetes(text, { filePath: "deployment.template.json", module: "Image_Scorer" });
    expect(r.namespace).toBe("iotedge");
    const m = r.modules[0]!;
    expect(m.name).toBe("imagescorer");
    expect(m.objects.map((o) => `${o.kind}/${o.object.metadata.namespace}/${o.name}`)).toEqual(["ServiceAccount/iotedge/imagescorer", "Service/iotedge/imagescorer", "Deployment/iotedge/imagescorer"]);
    const d = m.objects[2]!.object as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(d.spec.template.metadata.annotations).toEqual({ "net.azure-devices.edge.original-moduleid": "Image_Scorer" });
    expect(d.spec.template.spec.serviceAccountName).toBe("imagescorer");
    expect(m.from).toBe('modulesContent.$edgeAgent["properties.desired"].modules.Image_Scorer');
    expect(m.notes.map((n) => n.ruleId)).toContain("module-name");
    expect(renderKubernetes(text, { module: "imagescorer", namespace: "edge" }).modules[0]!.objects[0]!.object.metadata.namespace).toBe("edge");
  });

  it("renders every module, system modules first, in manifest order", () => {
    expect(renderKubernetes(text).modules.map((m) => m.name)).toEqual(["edgeagent", "edgehub", "imagescorer"]);
  });

  it.each([
    ["{", "deployment.json:1:2: not valid JSON"],
    ['{"a": 1}', "deployment.json: not an IoT Edge deployment manifest"],
  ])("bad input %s is a RenderError", (input, start) => {
    expect(() => renderKubernetes(input)).toThrow(RenderError);
    try {
      renderKubernetes(input);
    } catch (e) {
      expect((e as Error).message.startsWith(start)).toBe(true);
    }
  });

  it("an unknown module is a RenderError naming the modules", () => {
    expect(() => renderKubernetes(text, { module: "nope" })).toThrow("deployment.json: no module 'nope'; the modules are edgeAgent, edgeHub, Image_Scorer");
  });

  it("unreadable createOptions: no objects, one note", () => {
    const bad = manifestText({ modules: { cam: { createOptions: "{not json" } } }, "string");
    const m = renderKubernetes(bad, { module: "cam" }).modules[0]!;
    expect(m.objects).toEqual([]);
    expect(m.notes.map((n) => n.ruleId)).toEqual(["invalid-create-options"]);
  });
});

describe("findings given by the caller", () => {
  const text = manifestText({ modules: { cam: { createOptions: { HostConfig: { Binds: ["/data:/data"], PortBindings: { "80/tcp": [{ HostPort: "8080" }] } } } } } }, "string");

  it("are cited instead of linting again; the objects are the same either way", () => {
    const linted = renderKubernetes(text, { filePath: "deployment.json" });
    const cited = linted.modules.flatMap((m) => m.notes.map((n) => n.ruleId)).filter((id) => id !== undefined);
    expect(cited.length).toBeGreaterThan(0);
    const none = renderKubernetes(text, { filePath: "deployment.json", findings: [] });
    expect(none.modules.map((m) => m.objects)).toEqual(linted.modules.map((m) => m.objects));
    expect(none.modules.flatMap((m) => m.notes.map((n) => n.ruleId)).filter((id) => id !== undefined)).toEqual([]);
  });
});
