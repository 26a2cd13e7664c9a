import { describe, expect, it } from "vitest";
import rule from "../../rules/no-host-binds.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { applySuggestion } from "./_pack-a-suggest.js";

const withHostConfig = (hc: Record<string, unknown>) => ({ modules: { camera: { createOptions: { HostConfig: hc } } } });

/** A manifest whose HostConfig writes `Binds` twice: `SHADOWED` is the first copy's key until it is spelt `Binds`. */
const twice = (hc: Record<string, unknown>, form: "object" | "string" = "object"): string =>
  manifestText(withHostConfig(hc), form).replace(form === "object" ? '"SHADOWED"' : '\\"SHADOWED\\"', form === "object" ? '"Binds"' : '\\"Binds\\"');

ruleTester(rule, {
  valid: [
    { name: "no binds", spec: withHostConfig({ Privileged: true }) },
    { name: "volume mounts already", spec: withHostConfig({ Mounts: [{ Type: "volume", Source: "input", Target: "/home/input" }] }) },
  ],
  invalid: [
    {
      name: "Binds written twice: only the last (effective) copy is converted, and it stays as an empty Binds so the shadowed copy does not come back",
      text: twice({ SHADOWED: ["/home/hcsshares/x:/x"], Binds: ["/home/hcsshares/y:/y"] }),
      errors: [{ at: '"/home/hcsshares/y:/y"', message: /\{Type: volume, Source: "y", Target: "\/y"\}$/, fixable: true }],
      output: twice({ SHADOWED: ["/home/hcsshares/x:/x"], Binds: [], Mounts: [{ Type: "volume", Source: "y", Target: "/y" }] }),
    },
    {
      name: "Binds written twice in two letter cases (Docker reads keys ignoring case; the last wins): the same",
      text: manifestText(withHostConfig({ binds: ["/home/hcsshares/x:/x"], Binds: ["/srv:/srv"] })),
      errors: [{ at: '"/srv:/srv"', fixable: true }],
      output: manifestText(withHostConfig({ binds: ["/home/hcsshares/x:/x"], Binds: [], Mounts: [{ Type: "bind", Source: "/srv", Target: "/srv" }] })),
    },
    {
      name: "Binds written twice in a createOptions string: the same, inside the string",
      text: twice({ SHADOWED: ["/home/hcsshares/x:/x"], Binds: ["/home/hcsshares/y:/y"] }, "string"),
      filePath: "deployment.json",
      errors: [{ message: /\{Type: volume, Source: "y", Target: "\/y"\}$/, fixable: true }],
      output: twice({ SHADOWED: ["/home/hcsshares/x:/x"], Binds: [], Mounts: [{ Type: "volume", Source: "y", Target: "/y" }] }, "string"),
    },
    {
      name: "a single-file or device bind is bind-mount-file's finding: not reported here and left in Binds by the fix",
      spec: withHostConfig({ Binds: ["/var/run/docker.sock:/var/run/docker.sock", "/dev/video0:/dev/video0", "<TokenFile>:/var/run/oidc.json", "/srv:/srv"] }),
      errors: [{ at: '"/srv:/srv"', fixable: true }],
      output: manifestText(withHostConfig({ Binds: ["/var/run/docker.sock:/var/run/docker.sock", "/dev/video0:/dev/video0", "<TokenFile>:/var/run/oidc.json"], Mounts: [{ Type: "bind", Source: "/srv", Target: "/srv" }] })),
    },
    {
      name: "share path becomes a volume, host path a read-only bind",
      spec: withHostConfig({ Binds: ["/home/hcsshares/share1:/data", "/etc/app:/cfg:ro"] }),
      errors: [
        { at: '"/home/hcsshares/share1:/data"', message: /module 'camera': HostConfig.Binds is not supported.*\{Type: volume, Source: "share1", Target: "\/data"\}$/, fixable: true },
        { at: '"/etc/app:/cfg:ro"', message: /\{Type: bind, Source: "\/etc\/app", Target: "\/cfg", ReadOnly: true\}$/, fixable: true },
      ],
      output: manifestText(withHostConfig({ Mounts: [{ Type: "volume", Source: "share1", Target: "/data" }, { Type: "bind", Source: "/etc/app", Target: "/cfg", ReadOnly: true }] })),
    },
    {
      name: "placeholder source is only a suggestion",
      spec: withHostConfig({ Binds: ["$VIDEO_FOLDER:/media", "/srv:/srv"] }),
      errors: [
        { at: '"$VIDEO_FOLDER:/media"', suggestions: 1, fixable: false },
        { at: '"/srv:/srv"', fixable: true },
      ],
      output: manifestText(withHostConfig({ Binds: ["$VIDEO_FOLDER:/media"], Mounts: [{ Type: "bind", Source: "/srv", Target: "/srv" }] })),
    },
    {
      name: "merged into existing Mounts without duplicating a Target",
      spec: withHostConfig({ Mounts: [{ Type: "volume", Source: "media", Target: "/media" }], Binds: ["/x:/media", "/y:/y"] }),
      errors: [{ at: '"/x:/media"' }, { at: '"/y:/y"' }],
      output: manifestText(withHostConfig({ Mounts: [{ Type: "volume", Source: "media", Target: "/media" }, { Type: "bind", Source: "/y", Target: "/y" }] })),
    },
    {
      name: "a named volume becomes a volume mount; lower-case binds becomes mounts",
      spec: withHostConfig({ binds: ["edgehubdata:/iotedge/storage"] }),
      errors: [{ at: '"edgehubdata:/iotedge/storage"', message: /\{Type: volume, Source: "edgehubdata", Target: "\/iotedge\/storage"\}$/, fixable: true }],
      output: manifestText(withHostConfig({ mounts: [{ Type: "volume", Source: "edgehubdata", Target: "/iotedge/storage" }] })),
    },
    {
      name: "a share subfolder and an unknown option are suggestions",
      spec: withHostConfig({ Binds: ["/home/hcsshares/media/cam1:/media", "/srv/data:/data:z"] }),
      errors: [
        {
          at: '"/home/hcsshares/media/cam1:/media"',
          message:
            "module 'camera': HostConfig.Binds is not supported on Kubernetes-based IoT Edge; use HostConfig.Mounts (Type bind for host directories, Type volume for SMB/NFS shares); 'media/cam1' is a folder inside the share 'media', and a Kubernetes volume mounts the whole share, so check the suggested {Type: volume, Source: \"media\", Target: \"/media\"}",
          suggestions: 1,
          fixable: false,
        },
        { at: '"/srv/data:/data:z"', message: /the option 'z' has no Mounts equivalent, so check the suggested \{Type: bind, Source: "\/srv\/data", Target: "\/data"\}$/, suggestions: 1, fixable: false },
      ],
      output: null,
    },
    {
      name: "binds that cannot be converted",
      spec: withHostConfig({ Binds: ["C:\\data:C:\\data", "/anonymous", "./rel:/rel", "/home/hcsshares/:/x"] }),
      errors: [
        { at: '"C:\\\\data:C:\\\\data"', message: /this bind cannot be converted automatically: a Windows path cannot be mounted on the Kubernetes node$/, suggestions: 0, fixable: false },
        { at: '"/anonymous"', message: /cannot be converted automatically: it has no target path$/ },
        { at: '"./rel:/rel"', message: /cannot be converted automatically: '.\/rel' is neither an absolute host path nor a volume name$/ },
        { at: '"/home/hcsshares/:/x"', message: /cannot be converted automatically: '\/home\/hcsshares\/' names no share$/ },
      ],
      output: null,
    },
    {
      name: "a placeholder path is suggested as a bind, a placeholder share path is fixed",
      spec: withHostConfig({ Binds: ["$SHARE_NAME/out:/app/out", "/home/hcsshares/$SHARE_NAME:/imagefiles"] }),
      errors: [
        { at: '"$SHARE_NAME/out:/app/out"', message: /the source '\$SHARE_NAME\/out' contains a placeholder, so check the suggested \{Type: bind, Source: "\$SHARE_NAME\/out", Target: "\/app\/out"\}$/, suggestions: 1 },
        { at: '"/home/hcsshares/$SHARE_NAME:/imagefiles"', message: /\{Type: volume, Source: "\$SHARE_NAME", Target: "\/imagefiles"\}$/, fixable: true },
      ],
      output: manifestText(withHostConfig({ Binds: ["$SHARE_NAME/out:/app/out"], Mounts: [{ Type: "volume", Source: "$SHARE_NAME", Target: "/imagefiles" }] })),
    },
    {
      name: "Mounts that is not a list: reported, not fixed",
      spec: withHostConfig({ Mounts: {}, Binds: ["/srv:/srv"] }),
      errors: [{ at: '"/srv:/srv"', fixable: false }],
      output: null,
    },
  ],
});

describe("no-host-binds suggestions", () => {
  it("moves a placeholder bind into Mounts", () => {
    const text = manifestText(withHostConfig({ Binds: ["$OUTPUT_FOLDER:/var/media", "$INPUT_SHARE:/in"] }));
    expect(applySuggestion(rule, text, "deployment.template.json", 0)).toBe(
      manifestText(withHostConfig({ Binds: ["$INPUT_SHARE:/in"], Mounts: [{ Type: "bind", Source: "$OUTPUT_FOLDER", Target: "/var/media" }] })),
    );
    expect(applySuggestion(rule, text, "deployment.template.json", 1)).toBe(
      manifestText(withHostConfig({ Binds: ["$OUTPUT_FOLDER:/var/media"], Mounts: [{ Type: "volume", Source: "$INPUT_SHARE", Target: "/in" }] })),
    );
  });
});
