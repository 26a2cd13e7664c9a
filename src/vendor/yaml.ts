/**
 * The `yaml` package, loaded on first use: a run whose configuration is JSON, or that has none,
 * never loads or compiles it. In dist/ it is a separate file next to the bundles
 * (`lib/vendor/yaml.cjs`, see scripts/build.mjs); under vitest, the package itself.
 */
import type * as Yaml from "yaml";

let loaded: typeof Yaml | undefined;

export function yaml(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require("yaml") as typeof Yaml);
}
