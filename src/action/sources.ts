/**
 * Where manifest texts come from: the checked-out workspace (only inside GITHUB_WORKSPACE,
 * real paths resolved) or, with no checkout (`pull_request_target`), the API at a commit.
 */
import { mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync, existsSync, lstatSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import type { Octokit } from "./octokit.js";
import { statusOf } from "./octokit.js";

const SKIP_DIRS = new Set([".git", "node_modules"]);
/** Manifests larger than this are not read (a deployment manifest is a few KiB; IoT Hub caps it at 512 KiB). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export class Workspace {
  readonly root: string;
  constructor(dir: string) {
    this.root = realpathSync(dir);
  }

  /** The absolute real path of a workspace-relative path; throws when it leaves the workspace. */
  resolveInside(rel: string, forWrite = false): string {
    const abs = resolve(this.root, rel);
    let real: string;
    if (existsSync(abs)) real = realpathSync(abs);
    else if (forWrite) {
      const parent = existsSync(dirname(abs)) ? realpathSync(dirname(abs)) : dirname(abs);
      real = join(parent, abs.slice(dirname(abs).length + 1));
    } else throw new Error(`${rel}: no such file`);
    if (real !== this.root && !real.startsWith(this.root + sep)) throw new Error(`${rel}: outside the workspace; not read or written`);
    return real;
  }

  read(rel: string): string | undefined {
    let p: string;
    try {
      p = this.resolveInside(rel);
    } catch {
      return undefined;
    }
    const st = lstatSync(p);
    if (!st.isFile() || st.size > MAX_FILE_BYTES) return undefined;
    return readFileSync(p, "utf8");
  }

  write(rel: string, content: string): void {
    const p = this.resolveInside(rel, true);
    mkdirSync(dirname(p), { recursive: true });
    // re-check the directory we created is still inside (a symlinked parent would have resolved above)
    this.resolveInside(relative(this.root, dirname(p)) || ".", false);
    writeFileSync(p, content);
  }

  /**
   * Workspace-relative paths (with `/`) of files under `base` (a workspace-relative directory,
   * "" or ending in "/") whose path relative to `base` matches the globs.
   */
  glob(patterns: string[], base = ""): string[] {
    const isMatch = picomatch(patterns, { dot: false });
    const out: string[] = [];
    const walk = (dir: string, rel: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isSymbolicLink()) continue;
        const r = rel === "" ? e.name : `${rel}/${e.name}`;
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) walk(join(dir, e.name), r);
        } else if (e.isFile() && isMatch(r)) out.push(base + r);
      }
    };
    let start = this.root;
    if (base !== "") {
      try {
        start = this.resolveInside(base);
      } catch {
        throw new Error(`working directory '${base.slice(0, -1)}' does not exist in the workspace or leaves it`);
      }
      if (!lstatSync(start).isDirectory()) throw new Error(`working directory '${base.slice(0, -1)}' is not a directory`);
    }
    walk(start, "");
    return out.sort();
  }
}

export function matcher(patterns: string[]): (path: string) => boolean {
  return picomatch(patterns, { dot: false });
}

export interface ChangedFile {
  filename: string;
  status: string;
  patch?: string;
  previous_filename?: string;
}

export async function listChangedFiles(octokit: Octokit, owner: string, repo: string, pull: number): Promise<ChangedFile[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 });
  return files.map((f) => {
    const c: ChangedFile = { filename: f.filename, status: f.status };
    if (f.patch !== undefined) c.patch = f.patch;
    if (f.previous_filename !== undefined) c.previous_filename = f.previous_filename;
    return c;
  });
}

/** A file's text at a commit through the API, or undefined when it does not exist there. */
export async function readAt(octokit: Octokit, owner: string, repo: string, path: string, ref: string): Promise<string | undefined> {
  try {
    const res = await octokit.rest.repos.getContent({ owner, repo, path, ref });
    const d = res.data as { type?: string; content?: string; encoding?: string; size?: number; sha?: string };
    if (Array.isArray(res.data) || d.type !== "file") return undefined;
    if ((d.size ?? 0) > MAX_FILE_BYTES) return undefined;
    if (d.encoding === "base64" && typeof d.content === "string") return Buffer.from(d.content, "base64").toString("utf8");
    if (d.sha !== undefined) {
      const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: d.sha });
      return Buffer.from(blob.data.content, "base64").toString("utf8");
    }
    return undefined;
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
}

/** Every path in a tree at a commit (for `only-changed: false` without a checkout). */
export async function listTreeAt(octokit: Octokit, owner: string, repo: string, sha: string): Promise<string[]> {
  const res = await octokit.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: "true" });
  return res.data.tree.filter((t) => t.type === "blob" && typeof t.path === "string").map((t) => t.path!);
}
