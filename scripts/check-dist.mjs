// Fails when dist/ differs from a fresh build of src/: the action runs dist/, so a stale bundle ships old code.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tmp = mkdtempSync(join(tmpdir(), "dist-check-"));
try {
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs"), tmp], { stdio: "inherit", cwd: root });
  const list = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? list(join(dir, f)) : [join(dir, f)]));
  const fresh = list(tmp).map((f) => relative(tmp, f)).sort();
  const committed = list(join(root, "dist")).map((f) => relative(join(root, "dist"), f)).sort();
  const problems = [];
  for (const f of new Set([...fresh, ...committed])) {
    if (!fresh.includes(f)) problems.push(`dist/${f} is not produced by the build (delete it)`);
    else if (!committed.includes(f)) problems.push(`dist/${f} is missing`);
    else if (!readFileSync(join(tmp, f)).equals(readFileSync(join(root, "dist", f)))) problems.push(`dist/${f} differs from a fresh build`);
    else if ((statSync(join(tmp, f)).mode & 0o111) !== (statSync(join(root, "dist", f)).mode & 0o111)) problems.push(`dist/${f} differs from a fresh build in its executable bit`);
  }
  if (problems.length) {
    console.error("dist/ is out of sync with src/ — run `npm run build` and commit dist/:\n  " + problems.join("\n  "));
    process.exit(1);
  }
  console.log(`dist/ is in sync (${fresh.length} files)`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
