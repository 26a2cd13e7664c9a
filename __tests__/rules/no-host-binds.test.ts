import rule from "../../rules/no-host-binds.js";
import { manifestText } from "../helpers/manifest.js";
import { ruleTester } from "../helpers/rule-tester.js";

const withHostConfig = (hc: Record<string, unknown>) => ({ modules: { camera: { createOptions: { HostConfig: hc } } } });

ruleTester(rule, {
  valid: [
    { name: "no binds", spec: withHostConfig({ Privileged: true }) },
    { name: "volume mounts already", spec: withHostConfig({ Mounts: [{ Type: "volume", Source: "input", Target: "/home/input" }] }) },
  ],
  invalid: [
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
  ],
});
