/**
 * Linting files on disk: find them (files, directories, globs), pick each one's configuration,
 * read them safely (size cap, strict UTF-8, no symlink escaping the working directory), lint or
 * fix them, and write fixes atomically.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
import picomatch from "picomatch";
import { builtinRules } from "../rules/index.js";
import { ConfigError } from "./config/errors.js";
import { displayPathOf, expiredSuppressionDiagnostics, findConfig, isExcluded, isIncluded, loadConfigFile, settingsFromConfig } from "./config/load.js";
import { fileDiagnostic, readErrorRule, runRules, writeErrorRule } from "./config/pseudo-rules.js";
import { defaultConfig, type Config } from "./config/types.js";
import { fixText } from "./engine/fix.js";
import { lintText, summarize, type FileResult, type LintSettings } from "./engine/lint.js";
import type { Diagnostic, Rule, SeveritySetting } from "./engine/types.js";
import { readManifest } from "./model/manifest.js";

export interface LintFilesOptions {
  /** the workspace (default: the process's working directory) */
  cwd?: string;
  /** a configuration file for every file (default: the nearest one above each file) */
  config?: string;
  /** apply fixes and write the files */
  fix?: boolean;
  /** compute fixes (`output`) and write nothing */
  fixDryRun?: boolean;
  /** write the fixed copy to this pattern (`{dir}/{name}.gpu{ext}`, `{base}`), never touching the original */
  gpuOut?: string;
  /** severities that win over the configuration's */
  rules?: Record<string, SeveritySetting>;
  /** bytes; overrides the configuration's `maxFileSize` */
  maxFileSize?: number;
  /** the date suppressions expire against (default: now) */
  now?: Date;
  /** give each fix as one text replacement (`fix`), for outputs that show fixes (default true) */
  fixText?: boolean;
}

export interface FileOutcome extends FileResult {
  /** the text as read, when fixes were computed (for diffs) */
  source?: string;
  /** where the fixed text was written */
  writtenTo?: string;
}

export interface LintRun {
  results: FileOutcome[];
  /** every rule that ran (built-in, custom and the run's own), for formatters */
  rules: Rule[];
}

/** A path or glob that matches nothing: a usage error, not a lint result. */
export class FileSearchError extends Error {
  override name = "FileSearchError";
}

const SKIP_DIRS = new Set(["node_modules", ".git", "dist"]);
const MANIFEST_HINT = /"(?:modulesContent|moduleContent|\$edgeAgent|\$edgeHub|properties\.desired[^"]*)"/;
const DEPLOYMENT_NAME = /(^|[\\/])deployment[^\\/]*\.json$/i;

interface Candidate {
  path: string;
  /** named on the command line (not found by walking) */
  explicit: boolean;
  error?: string;
}

function isInside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

class Finder {
  readonly found = new Map<string, Candidate>();
  private visited = new Set<string>();
  private readonly cwdReal: string;

  constructor(private readonly cwd: string) {
    this.cwdReal = realpathSync(cwd);
  }

  private add(c: Candidate): void {
    const prev = this.found.get(c.path);
    if (prev === undefined || (c.explicit && !prev.explicit)) this.found.set(c.path, c);
  }

  /** The real path when it stays inside the working directory; a reason otherwise. */
  private checkLink(p: string): { real?: string; error?: string } {
    let real: string;
    try {
      real = realpathSync(p);
    } catch (e) {
      return { error: `cannot resolve (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): a dangling symlink?` };
    }
    if (isInside(this.cwd, p) && !isInside(this.cwdReal, real)) {
      return { error: `symlink leads outside the working directory (to ${real}); not followed` };
    }
    return { real };
  }

  pattern(pattern: string): void {
    const abs = resolve(this.cwd, pattern);
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      st = undefined;
    }
    if (st !== undefined) {
      const link = this.checkLink(abs);
      if (link.error !== undefined) return this.add({ path: abs, explicit: true, error: link.error });
      const target = statSync(abs);
      if (target.isDirectory()) this.walk(abs, undefined);
      else this.add({ path: abs, explicit: true });
      return;
    }
    const scan = picomatch.scan(pattern);
    if (!scan.isGlob) throw new FileSearchError(`no such file or directory: ${pattern}`);
    const base = resolve(this.cwd, scan.base || ".");
    const relativeGlob = !isAbsolute(pattern);
    const isMatch = picomatch(relativeGlob ? pattern.replace(/^\.\//, "") : pattern);
    const before = this.found.size;
    if (existsSync(base)) this.walk(base, (p) => isMatch(relativeGlob ? displayPathOf(p, this.cwd) : p));
    if (this.found.size === before) throw new FileSearchError(`no files match the pattern: ${pattern}`);
  }

  private walk(dir: string, match: ((p: string) => boolean) | undefined): void {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (this.visited.has(real)) return;
    this.visited.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      this.add({ path: dir, explicit: true, error: `cannot read the directory (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const link = this.checkLink(p);
        if (link.error !== undefined) {
          // reported where it would have been linted: a *.json link (or one the glob matches), or a
          // linked directory met while walking a directory
          let targetIsDir = false;
          try {
            targetIsDir = statSync(p).isDirectory();
          } catch {
            targetIsDir = false;
          }
          const wanted = targetIsDir ? match === undefined && !SKIP_DIRS.has(e.name) : match === undefined ? /\.json$/i.test(e.name) : match(p);
          if (wanted) this.add({ path: p, explicit: false, error: link.error });
          continue;
        }
        const st = statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) {
        if (!SKIP_DIRS.has(e.name)) this.walk(p, match);
      } else if (isFile) {
        if (match === undefined ? /\.json$/i.test(e.name) : match(p)) this.add({ path: p, explicit: false });
      }
    }
  }
}

/** Expand a --gpu-out pattern for one file: `{dir}`, `{name}`, `{ext}`, `{base}`. */
export function gpuOutPath(pattern: string, filePath: string, cwd: string): string {
  const display = displayPathOf(filePath, cwd);
  const ext = extname(display);
  const base = basename(display);
  const name = base.slice(0, base.length - ext.length);
  const dir = dirname(display);
  const out = pattern.replace(/\{(dir|name|ext|base)\}/g, (_, k: string) => (k === "dir" ? dir : k === "name" ? name : k === "ext" ? ext : base));
  return resolve(cwd, out);
}

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0 || i + need >= n) return i;
    for (let k = 1; k <= need; k++) if ((buf[i + k]! & 0xc0) !== 0x80) return i;
    const b1 = buf[i + 1]!;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) return i;
    i += need + 1;
  }
  return -1;
}

function readPrefix(path: string, bytes: number): string {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

type ReadOutcome = { text: string } | { skipped: true } | { error: string; at?: { line: number; column: number; offset: number } };

function readText(path: string, maxFileSize: number): ReadOutcome {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    return { error: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  if (size > maxFileSize) {
    // a big JSON file that is plainly not a manifest (a lock file, a data set) is not an error
    try {
      if (!DEPLOYMENT_NAME.test(path) && !MANIFEST_HINT.test(readPrefix(path, 65536))) return { skipped: true };
    } catch {
      // fall through to the size error
    }
    return { error: `file is ${size} bytes, larger than maxFileSize (${maxFileSize} bytes); not read. Raise maxFileSize in the configuration to lint it` };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { error: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    let before = bytes.subarray(0, bad).toString("utf8");
    if (before.charCodeAt(0) === 0xfeff) before = before.slice(1);
    const nl = before.lastIndexOf("\n");
    const line = before.split("\n").length;
    const at = { line, column: before.length - nl, offset: before.length };
    return { error: `file is not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, "0")} at byte offset ${bad}); save it as UTF-8`, at };
  }
}

/** Write a file's new bytes through a temporary file and a rename, keeping its mode. */
export function writeAtomic(path: string, text: string, mode?: number): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(tmp, text, { encoding: "utf8", flag: "wx", mode: mode ?? 0o644 });
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw e;
  }
}

function moduleNames(text: string, filePath: string): string[] | undefined {
  const read = readManifest(filePath, text);
  return read.kind === "manifest" ? read.manifest.modules.map((m) => m.name).sort() : undefined;
}

/**
 * Whether an existing file at a --gpu-out path may be replaced: it is a previous output when it is
 * a manifest with the same modules as the new output and nothing left that the fixer would change.
 */
function isPreviousOutput(existing: string, output: string, target: string, settings: LintSettings): boolean {
  if (existing === output) return true;
  const a = moduleNames(existing, target);
  const b = moduleNames(output, target);
  if (a === undefined || b === undefined || a.join("\u0000") !== b.join("\u0000")) return false;
  return !fixText(target, existing, settings).changed;
}

/** The result with more findings, counts recomputed, every other field kept. */
function withMessages<T extends FileResult>(result: T, extra: Diagnostic[]): T {
  if (extra.length === 0) return result;
  const messages = [...result.messages, ...extra].sort((a, b) => a.offset - b.offset || a.line - b.line);
  const counts = summarize(result.filePath, messages);
  return { ...result, ...counts };
}

/** Find, read, lint (and fix) files; one result per file, sorted by path (non-manifests `skipped`). Never throws for a bad file. */
export async function lintFilesDetailed(patterns: string[], options: LintFilesOptions = {}): Promise<LintRun> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const now = options.now ?? new Date();
  const finder = new Finder(cwd);
  for (const p of patterns.length > 0 ? patterns : ["."]) finder.pattern(p);

  const fixed = options.config !== undefined ? loadConfigFile(resolve(cwd, options.config)) : undefined;
  const byDir = new Map<string, Config>();
  const byFile = new Map<string, Config>();
  const configFor = (file: string): Config => {
    if (fixed !== undefined) return fixed;
    const dir = dirname(file);
    let c = byDir.get(dir);
    if (c === undefined) {
      const path = findConfig(dir, undefined, cwd);
      c = path === undefined ? defaultConfig() : (byFile.get(path) ?? loadConfigFile(path));
      if (path !== undefined) byFile.set(path, c);
      byDir.set(dir, c);
    }
    return c;
  };

  const candidates = [...finder.found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // earlier --gpu-out outputs found by walking are outputs, not inputs
  const outputs = new Set<string>();
  if (options.gpuOut !== undefined) {
    for (const c of candidates) {
      const out = gpuOutPath(options.gpuOut, c.path, cwd);
      // a pattern naming the input itself is refused when writing, not taken as "no inputs"
      if (out !== c.path) outputs.add(out);
    }
  }

  const rules = new Map<string, Rule>();
  for (const r of [...builtinRules, ...runRules]) rules.set(r.meta.id, r);
  const results: FileOutcome[] = [];
  const fixing = options.fix === true || options.fixDryRun === true || options.gpuOut !== undefined;

  for (const c of candidates) {
    const config = configFor(c.path);
    for (const r of config.extraRules) rules.set(r.meta.id, r);
    const display = displayPathOf(c.path, cwd);
    if (c.explicit ? isExcluded(config, display) : !isIncluded(config, display)) continue;
    if (!c.explicit && outputs.has(c.path)) continue;
    const severities = { ...config.rules, ...(options.rules ?? {}) };
    const sev = (r: Rule) => severities[r.meta.id] ?? r.meta.severity;
    const failure = (rule: Rule, message: string, at?: { line: number; column: number; offset: number }): FileOutcome => {
      const s = sev(rule);
      return summarize(c.path, s === "off" ? [] : [fileDiagnostic(rule, s, message, display, message, at)]);
    };
    if (c.error !== undefined) {
      results.push(failure(readErrorRule, c.error));
      continue;
    }
    const read = readText(c.path, options.maxFileSize ?? config.maxFileSize);
    if ("skipped" in read) {
      results.push(summarize(c.path, [], { skipped: true }));
      continue;
    }
    if ("error" in read) {
      results.push(failure(readErrorRule, read.error, read.at));
      continue;
    }
    const settings = settingsFromConfig(config, c.path, { cwd, now, rules: severities });
    if (options.fixText === false) settings.fixText = false;
    let result: FileOutcome;
    if (!fixing) {
      result = lintText(c.path, read.text, settings).result;
    } else {
      const outcome = fixText(c.path, read.text, settings);
      result = { ...outcome.result, filePath: c.path };
      if (outcome.changed) result.output = outcome.output;
      if (!result.skipped) result.source = read.text;
      if (!options.fixDryRun && !result.skipped) {
        try {
          const written = writeFixes(c.path, read.text, outcome.output, options.gpuOut, cwd, settings);
          if (written !== undefined) result.writtenTo = written;
        } catch (e) {
          const message = e instanceof WriteRefused ? e.message : `cannot write the fixed file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
          result = withMessages(result, failure(writeErrorRule, message).messages);
        }
      }
    }
    if (result.skipped) {
      results.push(summarize(c.path, [], { skipped: true }));
      continue;
    }
    result = withMessages(result, expiredSuppressionDiagnostics(config, display, now, severities));
    results.push(result);
  }
  return { results, rules: [...rules.values()] };
}

class WriteRefused extends Error {}

/** Writes the fixed text (in place, or to the --gpu-out path); returns where it wrote. */
function writeFixes(path: string, original: string, output: string, gpuOut: string | undefined, cwd: string, settings: LintSettings): string | undefined {
  if (gpuOut === undefined) {
    if (output === original) return undefined;
    const real = realpathSync(path);
    writeAtomic(real, output, statSync(real).mode & 0o7777);
    return path;
  }
  const target = gpuOutPath(gpuOut, path, cwd);
  const shown = displayPathOf(target, cwd);
  // a file that does not parse has no GPU version to write
  if (readManifest(path, original).kind !== "manifest") return undefined;
  if (!isInside(cwd, target)) throw new WriteRefused(`--gpu-out: ${shown} is outside the working directory; not written`);
  if (target === path || (existsSync(target) && realpathSync(target) === realpathSync(path))) {
    throw new WriteRefused(`--gpu-out: ${shown} is the input file itself; use a pattern such as {dir}/{name}.gpu{ext}`);
  }
  // the nearest existing ancestor must really be inside the working directory (no symlinked escape)
  let probe = dirname(target);
  while (!existsSync(probe)) probe = dirname(probe);
  if (!isInside(realpathSync(cwd), realpathSync(probe))) throw new WriteRefused(`--gpu-out: ${shown} leads outside the working directory through a symlink; not written`);
  let mode = statSync(path).mode & 0o7777;
  if (existsSync(target)) {
    const st = lstatSync(target);
    if (!st.isFile()) throw new WriteRefused(`--gpu-out: ${shown} exists and is not a regular file; not written`);
    const existing = readFileSync(target, "utf8");
    if (!isPreviousOutput(existing, output, target, settings)) {
      throw new WriteRefused(`--gpu-out: ${shown} exists and is not a previous output of this tool; not overwritten (delete it or choose another pattern)`);
    }
    if (existing === output) return target;
    mode = st.mode & 0o7777;
  } else {
    mkdirSync(dirname(target), { recursive: true });
  }
  writeAtomic(target, output, mode);
  return target;
}

/** Find, read, lint (and fix) files; one result per file (non-manifests come back `skipped`). */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<FileResult[]> {
  return (await lintFilesDetailed(patterns, options)).results;
}

export { ConfigError };
