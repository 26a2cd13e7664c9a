/**
 * Issue 11 "Done when", for the library: an FPGA template linted and fixed for the vm target
 * (IoT Edge 1.6 on Docker in a VM). The same template linted for kubernetes shows that the lines
 * the vm target must leave alone are real findings there.
 */
import { describe, expect, it } from "vitest";
import { builtinRules, fixText, lintText, readManifest } from "../src/index.js";
import { positionOf } from "./helpers/manifest.js";
import { normalizeCreateOptions } from "./helpers/rule-tester.js";

const template = {
  $schema: "https://json.schemastore.org/azure-iot-edge-deployment-template-4.0.json",
  modulesContent: {
    $edgeAgent: {
      "properties.desired": {
        schemaVersion: "1.1",
        runtime: { type: "docker", settings: { minDockerVersion: "v1.25", loggingOptions: "" } },
        systemModules: {
          edgeAgent: { type: "docker", settings: { image: "mcr.microsoft.com/azureiotedge-agent:1.1", createOptions: {} } },
          edgeHub: {
            type: "docker",
            status: "running",
            restartPolicy: "always",
            settings: { image: "mcr.microsoft.com/azureiotedge-hub:1.1.3", createOptions: { HostConfig: { PortBindings: { "443/tcp": [{ HostPort: "443" }] } } } },
          },
        },
        modules: {
          CameraCapture: {
            version: "1.0",
            type: "docker",
            status: "running",
            restartPolicy: "always",
            settings: {
              image: "${MODULES.CameraCapture}",
              createOptions: {
                Entrypoint: ["/app/start.sh"],
                HostConfig: {
                  Binds: ["/home/hcsshares/camerain:/data/in:ro", "/var/log/camera:/logs"],
                  ShmSize: 536870912,
                  Memory: 268435456,
                  PortBindings: { "5000/tcp": [{ HostPort: "5000" }], "5000/udp": [{ HostPort: "5000" }] },
                },
              },
            },
          },
          ImageScorer: {
            version: "1.0",
            type: "docker",
            status: "running",
            restartPolicy: "always",
            settings: {
              image: "${MODULES.ImageScorer}",
              createOptions: {
                Env: ["WIRESERVER_ADDRESS=10.139.218.1", "MODEL=/models/model.onnx"],
                HostConfig: {
                  Devices: [{ PathOnHost: "/dev/catapult0", PathInContainer: "/dev/catapult0", CgroupPermissions: "rwm" }],
                  Binds: ["/home/hcsshares/models:/models:ro"],
                },
                "k8s-experimental": { resources: { limits: { "microsoft.com/fpga_catapult": 1 }, requests: { "microsoft.com/fpga_catapult": 1 } } },
              },
            },
          },
          Streamer: {
            version: "1.0",
            type: "docker",
            status: "running",
            restartPolicy: "always",
            settings: { image: "contoso.azurecr.io/streamer:2.0", createOptions: { HostConfig: { NetworkMode: "host" } } },
          },
        },
      },
    },
    $edgeHub: {
      "properties.desired": {
        schemaVersion: "1.1",
        routes: {
          CameraToScorer: 'FROM /messages/modules/CameraCapture/outputs/frames INTO BrokeredEndpoint("/modules/ImageScorer/inputs/frames")',
          ScorerToHub: "FROM /messages/modules/ImageScorer/outputs/* INTO $upstream",
        },
        storeAndForwardConfiguration: { timeToLiveSecs: 7200 },
      },
    },
  },
};

const text = JSON.stringify(template, null, 2) + "\n";
const filePath = "deployment.template.json";
const vm = { target: "vm" as const, vm: { shareRoot: "/mnt/shares" } };
const lineOf = (needle: string): number => positionOf(text, needle).line;

/** The lines a Docker host accepts as they are (V1, V6): a plain host bind, ShmSize, Memory, Entrypoint, module names, host network, TCP+UDP. */
const DOCKER_LINES = ['"/var/log/camera:/logs"', '"ShmSize"', '"Memory"', '"Entrypoint"', '"CameraCapture": {', '"ImageScorer": {', '"Streamer": {', '"NetworkMode"', '"5000/udp"'].map(lineOf);
const KUBERNETES_ONLY = new Set(builtinRules.filter((r) => !r.meta.targets.includes("vm")).map((r) => r.meta.id));

describe("the vm target on an FPGA template", () => {
  const vmFindings = lintText(text, { filePath, ...vm }).messages;

  it("reports the old runtime images, the /home/hcsshares binds, the FPGA device and resource and WIRESERVER_ADDRESS", () => {
    const at = (ruleId: string) => vmFindings.filter((m) => m.ruleId === ruleId).map((m) => m.line);
    expect(at("vm-runtime-image")).toEqual([lineOf('"mcr.microsoft.com/azureiotedge-agent:1.1"'), lineOf('"mcr.microsoft.com/azureiotedge-hub:1.1.3"')]);
    expect(at("vm-share-bind")).toEqual([lineOf('"/home/hcsshares/camerain:/data/in:ro"'), lineOf('"/home/hcsshares/models:/models:ro"')]);
    expect(at("device-binding")).toEqual([lineOf('"Devices"')]);
    expect(at("fpga-resource")).toEqual([lineOf('"microsoft.com/fpga_catapult"'), positionOf(text, '"microsoft.com/fpga_catapult"', 1).line]);
    expect(at("wireserver-env")).toEqual([lineOf('"WIRESERVER_ADDRESS=10.139.218.1"')]);
    expect(vmFindings.every((m) => m.target === "vm")).toBe(true);
  });

  it("reports nothing at the lines Docker accepts, which the kubernetes target does report", () => {
    const k8sLines = new Set(lintText(text, { filePath }).messages.map((m) => m.line));
    for (const line of DOCKER_LINES) expect(k8sLines.has(line), `kubernetes reports line ${line}`).toBe(true);
    expect(vmFindings.filter((m) => DOCKER_LINES.includes(m.line)).map((m) => `${m.line} ${m.ruleId}`)).toEqual([]);
  });

  it("runs no Kubernetes-only rule", () => {
    expect(KUBERNETES_ONLY.size).toBeGreaterThan(30);
    expect(vmFindings.filter((m) => KUBERNETES_ONLY.has(m.ruleId)).map((m) => m.ruleId)).toEqual([]);
  });

  describe("fixed for the vm target with vm.shareRoot", () => {
    const out = fixText(text, { filePath, ...vm });
    const fixed = normalizeCreateOptions(out.output) as typeof template;
    const modules = fixed.modulesContent.$edgeAgent["properties.desired"].modules as unknown as Record<string, { settings: { image: string; createOptions: Record<string, unknown> } }>;
    const system = fixed.modulesContent.$edgeAgent["properties.desired"].systemModules;

    it("requests the GPU with DeviceRequests and keeps no FPGA leftover and no GPU in k8s-experimental", () => {
      expect(modules.ImageScorer!.settings.createOptions).toEqual({
        Env: ["MODEL=/models/model.onnx"],
        HostConfig: { Binds: ["/mnt/shares/models:/models:ro"], DeviceRequests: [{ Count: 1, Capabilities: [["gpu"]] }] },
      });
      for (const gone of ["catapult", "WIRESERVER_ADDRESS", "nvidia.com/gpu", "k8s-experimental"]) expect(out.output).not.toContain(gone);
    });

    it("binds the shares from <shareRoot>/<share> and leaves host binds and Docker settings alone", () => {
      expect(modules.CameraCapture!.settings.createOptions).toEqual({
        Entrypoint: ["/app/start.sh"],
        HostConfig: {
          Binds: ["/mnt/shares/camerain:/data/in:ro", "/var/log/camera:/logs"],
          ShmSize: 536870912,
          Memory: 268435456,
          PortBindings: { "5000/tcp": [{ HostPort: "5000" }], "5000/udp": [{ HostPort: "5000" }] },
        },
      });
      expect(modules.Streamer!.settings.createOptions).toEqual({ HostConfig: { NetworkMode: "host" } });
    });

    it("moves the system images to 1.6 and keeps module names, routes and image placeholders", () => {
      expect([system.edgeAgent.settings.image, system.edgeHub.settings.image]).toEqual(["mcr.microsoft.com/azureiotedge-agent:1.6", "mcr.microsoft.com/azureiotedge-hub:1.6"]);
      expect(Object.keys(modules)).toEqual(["CameraCapture", "ImageScorer", "Streamer"]);
      expect(Object.values(modules).map((m) => m.settings.image)).toEqual(["${MODULES.CameraCapture}", "${MODULES.ImageScorer}", "contoso.azurecr.io/streamer:2.0"]);
      expect(fixed.modulesContent.$edgeHub).toEqual(template.modulesContent.$edgeHub);
    });

    it("is stable: a second fix changes nothing and no fixable VM finding remains", () => {
      expect(readManifest(filePath, out.output).kind).toBe("manifest");
      expect(fixText(out.output, { filePath, ...vm }).output).toBe(out.output);
      expect(out.result.messages.filter((m) => m.edits).map((m) => m.ruleId)).toEqual([]);
      expect(out.result.messages.map((m) => m.ruleId)).toEqual([]);
    });
  });
});
