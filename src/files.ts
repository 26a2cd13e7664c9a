/**
 * Linting files on disk: find them (files, directories, globs), pick each one's configuration,
 * read them safely (regular files only, inside the working directory by their real path, at most
 * maxFileSize bytes, strict UTF-8), lint or fix them, and write fixes atomically without changing
 * what the user set on a file (mode, owner, read-only, hard links, hand-edited --gpu-out copies).
 */
import { createHash, randomBytes } from "node:crypto";
import {
  accessSync,
  chmodSync,
  chownSync,
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from "node:fs";
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
import picomatch from "picomatch";
import { ruleRegistry } from "./registry.js";
import { ConfigError } from "./config/errors.js";
import { displayPathOf, expiredSuppressionDiagnostics, isExcluded, isIncluded, settingsFromConfig } from "./config/load.js";
import { ConfigResolver } from "./config/resolver.js";
import { fileDiagnostic, fingerprintOf, readErrorRule, writeErrorRule } from "./config/pseudo-rules.js";
import type { Config } from "./config/types.js";
import { fixText } from "./engine/fix.js";
import { appliesTo, lintRead, summarize, type FileResult } from "./engine/lint.js";
import { DEFAULT_TARGET, TARGETS, type Diagnostic, type Edit, type Rule, type SeveritySetting, type Target, type VmOptions } from "./engine/types.js";
import { readManifest, type ManifestResult } from "./model/manifest.js";
import { COPY_OPTIONS, copyPatternFor, DEFAULT_COPY_PATTERNS, inPlaceConflict, parseTargets, TargetOptionsError, type CopyPatterns } from "./targets.js";
import { unusedSuppressionResults, unusedSuppressions, type UnusedSuppression } from "./brownfield/suppressions.js";

export interface LintFilesOptions {
  /** the workspace (default: the process's working directory) */
  cwd?: string;
  /** a configuration file for every file (default: the nearest one above each file) */
  config?: string;
  /** the run's configuration resolver (the CLI shares one between its steps); made from cwd and config when absent */
  configs?: ConfigResolver;
  /**
   * keep each finding's fix as JSON edits (`edits`, which point into the file's model); default
   * true. With false they are dropped once the file's findings are built (a finding keeps an
   * empty `edits` to say that it is fixable, and its fix text), so that each file's model is freed
   * before the next is read: the CLI, whose outputs print fix text, never edits.
   */
  keepEdits?: boolean;
  /** apply fixes and write the files */
  fix?: boolean;
  /** compute fixes (`output`) and write nothing */
  fixDryRun?: boolean;
  /** write the Kubernetes target's fixed copy to this pattern (`{dir}/{name}.gpu{ext}`, `{base}`), never touching the original */
  gpuOut?: string;
  /** write the vm target's fixed copy to this pattern (`{dir}/{name}.vm{ext}`), never touching the original */
  vmOut?: string;
  /**
   * the target(s) to check for, overriding the configuration's `target`; each file is linted
   * once per target (one result each). With several, `fix` needs a copy pattern for each.
   */
  target?: Target | readonly Target[];
  /** vm site settings (`shareRoot`, `allowedBindSources`); they win over the configuration's `vm`, key by key */
  vm?: VmOptions;
  /** severities that win over the configuration's */
  rules?: Record<string, SeveritySetting>;
  /** bytes; overrides the configuration's `maxFileSize` */
  maxFileSize?: number;
  /** the date suppressions expire against (default: now) */
  now?: Date;
  /** give each fix as one text replacement (`fix`), for outputs that show fixes (default true) */
  fixText?: boolean;
  /** read (and fix) files whose real path is outside `cwd`; by default they are a `read-error` */
  allowOutsideCwd?: boolean;
}

/** One file's result for one target (a file checked for several targets has one outcome per target). */
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
  /** the targets the files were checked for, in the order of TARGETS (formatters show them when several) */
  targets?: Target[];
  /** configured suppressions that matched no finding (reported as `suppression-unused`; --prune-suppressions removes them) */
  unusedSuppressions: UnusedSuppression[];
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

  constructor(
    private readonly cwd: string,
    private readonly allowOutside = false,
  ) {
    this.cwdReal = realpathSync(cwd);
  }

  /** Every file is checked where it really is: a file reached through a linked folder too (`linkdir/*.json`). */
  private add(c: Candidate): void {
    if (c.error === undefined) {
      const place = this.checkPlace(c.path);
      if (place.error !== undefined) c = { ...c, error: place.error };
    }
    const prev = this.found.get(c.path);
    if (prev === undefined || (c.explicit && !prev.explicit)) this.found.set(c.path, c);
  }

  /** The real path when it is inside the working directory (or outside ones are allowed); a reason otherwise. */
  private checkPlace(p: string): { real?: string; error?: string } {
    let real: string;
    try {
      real = realpathSync(p);
    } catch (e) {
      return { error: `cannot resolve (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): a dangling symlink?` };
    }
    if (this.allowOutside || isInside(this.cwdReal, real)) return { real };
    if (isInside(this.cwd, p)) return { error: `symlink leads outside the working directory (to ${real}); not followed` };
    return { error: "outside the working directory; not read (run from a folder that contains it, or pass --allow-outside-cwd)" };
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
      const place = this.checkPlace(abs);
      if (place.error !== undefined) return this.add({ path: abs, explicit: true, error: place.error });
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
    if (existsSync(base)) {
      // a glob whose folder is (or leads) outside is refused there: nothing outside is even listed
      const place = this.checkPlace(base);
      if (place.error !== undefined) return this.add({ path: base, explicit: true, error: place.error });
      this.walk(base, (p) => isMatch(relativeGlob ? displayPathOf(p, this.cwd) : p));
    }
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
        const link = this.checkPlace(p);
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

/** Expand a --gpu-out (or --vm-out) pattern for one file: `{dir}`, `{name}`, `{ext}`, `{base}`. */
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

type ReadOutcome = { text: string } | { skipped: true } | { error: string; at?: { line: number; column: number; offset: number } };

/** What a path that is not a regular file is, for messages. */
function kindOf(st: Stats): string {
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  if (st.isDirectory()) return "a directory";
  return "not a regular file";
}

const notRegular = (st: Stats) => ({ error: `not a regular file (${kindOf(st)}); only regular files are read` });
const cannotRead = (e: unknown) => ({ error: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });

/** Up to `limit` bytes from an open file, in chunks: never more than `limit` + 1 bytes in memory, whatever `stat` said. */
function readUpTo(fd: number, limit: number): { bytes: Buffer; more: boolean } {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const want = Math.min(65536, limit + 1 - total);
    if (want <= 0) break;
    const buf = Buffer.allocUnsafe(want);
    const n = readSync(fd, buf, 0, want, null);
    if (n === 0) break;
    chunks.push(n === want ? buf : buf.subarray(0, n));
    total += n;
  }
  const bytes = Buffer.concat(chunks, total);
  return total > limit ? { bytes: bytes.subarray(0, limit), more: true } : { bytes, more: false };
}

/**
 * A file's text. Only regular files are opened (a FIFO would block, /dev/zero never ends), the
 * open does not block (O_NONBLOCK, should the path be swapped for a FIFO after the check) and is
 * checked again on the descriptor, and reading stops at `maxFileSize` bytes whatever `stat` said.
 */
function readText(path: string, maxFileSize: number): ReadOutcome {
  let fd: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return notRegular(st);
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return cannotRead(e);
  }
  let bytes: Buffer;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return notRegular(st);
    const tooBig = (size: string) => ({ error: `file is ${size} bytes, larger than maxFileSize (${maxFileSize} bytes); not read. Raise maxFileSize in the configuration to lint it` });
    if (st.size > maxFileSize) {
      // a big JSON file that is plainly not a manifest (a lock file, a data set) is not an error
      const prefix = readUpTo(fd, 65536).bytes.toString("utf8");
      if (!DEPLOYMENT_NAME.test(path) && !MANIFEST_HINT.test(prefix)) return { skipped: true };
      return tooBig(String(st.size));
    }
    const read = readUpTo(fd, maxFileSize);
    // the file grew after the check
    if (read.more) return tooBig("more than " + maxFileSize);
    bytes = read.bytes;
  } catch (e) {
    return cannotRead(e);
  } finally {
    closeSync(fd);
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

/**
 * Write a file's new bytes through a temporary file and a rename, keeping its mode and, when
 * given, its owner (the temporary file is chown'ed before the rename: root fixing another user's
 * file leaves it theirs). Fails, writing nothing, when the owner cannot be kept.
 */
export function writeAtomic(path: string, text: string, mode?: number, owner?: { uid: number; gid: number }): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(tmp, text, { encoding: "utf8", flag: "wx", mode: mode ?? 0o644 });
    if (owner !== undefined) {
      const st = statSync(tmp);
      if (st.uid !== owner.uid || st.gid !== owner.gid) chownSync(tmp, owner.uid, owner.gid);
    }
    // after chown, which clears set-id bits
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

/**
 * Why an existing file may not be replaced by a rewrite, or undefined: it is read-only (a user who
 * made it so expects it untouched, even when root could replace it), this process may not write
 * it, or it has other hard links (a rename would split them: the other names would keep the old
 * text). `shown` names it in the message.
 */
function rewriteRefusal(real: string, st: Stats, shown: string): string | undefined {
  if (!st.isFile()) return `${shown} is ${kindOf(st)}; not written`;
  if ((st.mode & 0o222) === 0) return `${shown} is read-only (mode ${(st.mode & 0o777).toString(8).padStart(4, "0")}); not written. Make it writable to apply the fixes`;
  try {
    accessSync(real, constants.W_OK);
  } catch (e) {
    return `${shown}: no permission to write it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); not written`;
  }
  if (st.nlink > 1) return `${shown} has ${st.nlink} hard links; not rewritten (a rewrite would split them: the other names would keep the old text). Fix it through a copy, or use --gpu-out`;
  return undefined;
}

/** The file in each --gpu-out folder that records what was written there: output name → SHA-256 of its text. */
export const GPU_OUT_RECORD = ".iotedge-gpu-lint-outputs";

interface OutputEntry {
  sha256: string;
  /** the input it was made from, workspace-relative */
  from: string;
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The records of a folder; empty when there are none or the file is not ours (not a small regular JSON file of that shape). */
function readOutputRecord(dir: string): Record<string, OutputEntry> {
  const path = join(dir, GPU_OUT_RECORD);
  try {
    const st = lstatSync(path);
    if (!st.isFile() || st.size > 4 * 1024 * 1024) return {};
    const data = JSON.parse(readFileSync(path, "utf8")) as { files?: unknown };
    const files = data.files;
    if (files === null || typeof files !== "object" || Array.isArray(files)) return {};
    const out: Record<string, OutputEntry> = Object.create(null) as Record<string, OutputEntry>;
    for (const [name, e] of Object.entries(files as Record<string, unknown>)) {
      const entry = e as Partial<OutputEntry> | null;
      if (entry !== null && typeof entry === "object" && typeof entry.sha256 === "string" && typeof entry.from === "string") out[name] = { sha256: entry.sha256, from: entry.from };
    }
    return out;
  } catch {
    return {};
  }
}

function recordOutput(target: string, text: string, from: string): void {
  const dir = dirname(target);
  const path = join(dir, GPU_OUT_RECORD);
  if (existsSync(path) && !lstatSync(path).isFile()) throw new WriteRefused(`${GPU_OUT_RECORD} in ${dir} is not a regular file; no copy is written there`);
  const files = { ...readOutputRecord(dir), [basename(target)]: { sha256: sha256(text), from } };
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeAtomic(path, JSON.stringify({ comment: "written by iotedge-gpu-lint --gpu-out: the SHA-256 of each copy as written; a copy whose text differs was edited and is never overwritten", files: sorted }, null, 2) + "\n");
}

/** The result with more findings, counts recomputed, every other field kept. */
export function withMessages<T extends FileResult>(result: T, extra: Diagnostic[]): T {
  if (extra.length === 0) return result;
  const messages = [...result.messages, ...extra].sort((a, b) => a.offset - b.offset || a.line - b.line);
  const counts = summarize(result.filePath, messages);
  return { ...result, ...counts };
}

/** A --gpu-out copy to write once every file is read (two inputs may map to one output). */
interface PendingCopy {
  index: number;
  input: string;
  /** the option that asked for it (--gpu-out, --vm-out), for messages */
  option: string;
  target: string;
  output: string;
  fail: (message: string) => Diagnostic[];
}

/** Find, read, lint (and fix) files; one result per file, sorted by path (non-manifests `skipped`). Never throws for a bad file. */
export async function lintFilesDetailed(patterns: string[], options: LintFilesOptions = {}): Promise<LintRun> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const now = options.now ?? new Date();
  const allowOutside = options.allowOutsideCwd === true;
  const finder = new Finder(cwd, allowOutside);
  for (const p of patterns.length > 0 ? patterns : ["."]) finder.pattern(p);

  const configs = options.configs ?? new ConfigResolver({ cwd, ...(options.config !== undefined ? { config: options.config } : {}) });
  const configFor = (file: string): Config => configs.forFile(file);

  const candidates = [...finder.found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const copies: CopyPatterns = {};
  if (options.gpuOut !== undefined) copies.gpuOut = options.gpuOut;
  if (options.vmOut !== undefined) copies.vmOut = options.vmOut;
  // earlier --gpu-out / --vm-out outputs found by walking are outputs, not inputs
  const outputs = new Set<string>();
  for (const pattern of [copies.gpuOut, copies.vmOut]) {
    if (pattern === undefined) continue;
    for (const c of candidates) {
      const out = gpuOutPath(pattern, c.path, cwd);
      // a pattern naming the input itself is refused when writing, not taken as "no inputs"
      if (out !== c.path) outputs.add(out);
    }
  }
  const requested = options.target === undefined ? undefined : parseTargets(typeof options.target === "string" ? [options.target] : options.target, "lintFiles option target");

  const rules = new Map<string, Rule>();
  for (const r of ruleRegistry().all) rules.set(r.meta.id, r);
  // every file's configuration and targets first: fixing several targets in place is refused before anything is written
  const jobs: { c: Candidate; config: Config; display: string; targets: Target[] }[] = [];
  const usedTargets = new Set<Target>();
  for (const c of candidates) {
    const config = configFor(c.path);
    for (const r of config.extraRules) rules.set(r.meta.id, r);
    const display = displayPathOf(c.path, cwd);
    if (c.explicit ? isExcluded(config, display) : !isIncluded(config, display)) continue;
    if (!c.explicit && outputs.has(c.path)) continue;
    const targets = requested ?? config.target;
    const conflict = options.fix === true ? inPlaceConflict(targets, copies) : undefined;
    if (conflict !== undefined) throw new TargetOptionsError(requested === undefined && config.origin !== "" ? `${conflict} (${config.origin} sets target: ${targets.join(", ")})` : conflict);
    for (const t of targets) usedTargets.add(t);
    jobs.push({ c, config, display, targets });
  }

  // a copy pattern for a target no file is checked for would silently write nothing
  for (const target of TARGETS) {
    if (jobs.length === 0 || copyPatternFor(target, copies) === undefined || usedTargets.has(target)) continue;
    throw new TargetOptionsError(`${COPY_OPTIONS[target]} writes the ${target} target's copy, but no file is checked for the ${target} target; add it (--target or target: in the configuration)`);
  }

  const results: FileOutcome[] = [];
  const pending: PendingCopy[] = [];
  for (const { c, config, display, targets } of jobs) {
    const severities = { ...config.rules, ...(options.rules ?? {}) };
    const sev = (r: Rule) => severities[r.meta.id] ?? r.meta.severity;
    const failure = (rule: Rule, message: string, at?: { line: number; column: number; offset: number }): FileOutcome => {
      const s = sev(rule);
      return summarize(c.path, s === "off" ? [] : [fileDiagnostic(rule, s, message, display, message, at)]);
    };
    // a file that cannot be read is reported for each target: each target's report is complete
    if (c.error !== undefined) {
      for (const target of targets) results.push(forTarget(failure(readErrorRule, c.error), target));
      continue;
    }
    const read = readText(c.path, options.maxFileSize ?? config.maxFileSize);
    if ("skipped" in read) {
      results.push(summarize(c.path, [], { skipped: true }));
      continue;
    }
    if ("error" in read) {
      for (const target of targets) results.push(forTarget(failure(readErrorRule, read.error, read.at), target));
      continue;
    }
    // parsed once for every target it is linted for (fixing parses its own copy: it rewrites as it goes)
    let parsed: ManifestResult | undefined;
    for (const target of targets) {
      const settings = settingsFromConfig(config, c.path, { cwd, now, rules: severities, target, ...(options.vm !== undefined ? { vm: options.vm } : {}) });
      if (options.fixText === false) settings.fixText = false;
      const pattern = copyPatternFor(target, copies);
      let result: FileOutcome;
      let copy: Omit<PendingCopy, "index"> | undefined;
      if (!(options.fix === true || options.fixDryRun === true || pattern !== undefined)) {
        parsed ??= readManifest(c.path, read.text);
        result = lintRead(c.path, parsed, settings).result;
      } else {
        const outcome = fixText(c.path, read.text, settings);
        result = { ...outcome.result, filePath: c.path };
        if (outcome.changed) result.output = outcome.output;
        if (!result.skipped) result.source = read.text;
        if (!options.fixDryRun && !result.skipped) {
          try {
            if (pattern === undefined) {
              const written = writeInPlace(c.path, read.text, outcome.output, cwd, allowOutside);
              if (written !== undefined) result.writtenTo = written;
            } else if ((parsed ??= readManifest(c.path, read.text)).kind === "manifest") {
              // a file that does not parse has no fixed version to write
              copy = { input: c.path, option: COPY_OPTIONS[target], target: checkCopyTarget(pattern, target, c.path, cwd), output: outcome.output, fail: (m) => forTarget(failure(writeErrorRule, m), target).messages };
            }
          } catch (e) {
            result = withMessages(result, failure(writeErrorRule, writeFailure(e)).messages);
          }
        }
      }
      if (result.skipped) {
        results.push(summarize(c.path, [], { skipped: true }));
        break;
      }
      result = withMessages(result, expiredSuppressionDiagnostics(config, display, now, severities));
      if (options.keepEdits === false) dropEdits(result.messages);
      if (copy !== undefined) pending.push({ ...copy, index: results.length });
      results.push(forTarget(result, target));
    }
  }
  writeCopies(pending, results, cwd);
  // suppressions that suppress nothing any more (judged only for rules that ran for one of the run's targets)
  const ranTargets = TARGETS.filter((t) => usedTargets.has(t));
  const unused = unusedSuppressions(results, configFor, cwd, (id, config) => {
    const rule = rules.get(id);
    if (rule === undefined || !ranTargets.some((t) => appliesTo(rule, t))) return false;
    return (options.rules?.[id] ?? config.rules[id] ?? rule.meta.severity) !== "off";
  });
  results.push(...unusedSuppressionResults(unused, cwd, options.rules));
  return { results, rules: [...rules.values()], targets: ranTargets, unusedSuppressions: unused };
}

const NO_EDITS: Edit[] = Object.freeze([]) as unknown as Edit[];

/** Findings without their JSON edits (which hold the file's model): fixable findings keep an empty list. */
function dropEdits(messages: readonly Diagnostic[]): void {
  for (const m of messages) {
    if (m.edits !== undefined) m.edits = NO_EDITS;
    if (m.suggestions !== undefined) for (const s of m.suggestions) s.edits = NO_EDITS;
  }
}

/**
 * The result marked with its target; findings that come from the run (read-error, write-error,
 * suppression-expired) get it too, with the target in their fingerprint as the engine does for
 * every target but the default one.
 */
export function forTarget<T extends FileResult>(result: T, target: Target): T {
  for (const m of result.messages) {
    if (m.target !== undefined) continue;
    m.target = target;
    if (target !== DEFAULT_TARGET) m.fingerprint = fingerprintOf([m.fingerprint, "target:" + target]);
  }
  result.target = target;
  return result;
}

class WriteRefused extends Error {}

function writeFailure(e: unknown): string {
  return e instanceof WriteRefused ? e.message : `cannot write the fixed file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
}

/** Writes the fixed text over the file (through its real path), keeping mode and owner; returns where it wrote. */
function writeInPlace(path: string, original: string, output: string, cwd: string, allowOutside: boolean): string | undefined {
  if (output === original) return undefined;
  const real = realpathSync(path);
  // checked again at write time: a link may have been changed since the file was found
  if (!allowOutside && !isInside(realpathSync(cwd), real)) throw new WriteRefused(`leads outside the working directory (to ${real}); not written`);
  const st = statSync(real);
  const refusal = rewriteRefusal(real, st, displayPathOf(path, cwd));
  if (refusal !== undefined) throw new WriteRefused(refusal);
  writeAtomic(real, output, st.mode & 0o7777, { uid: st.uid, gid: st.gid });
  return path;
}

/** The copy's path for an input (--gpu-out, --vm-out), when it may be written at all (inside the working directory, not the input). */
function checkCopyTarget(pattern: string, forTarget: Target, path: string, cwd: string): string {
  const option = COPY_OPTIONS[forTarget];
  const target = gpuOutPath(pattern, path, cwd);
  const shown = displayPathOf(target, cwd);
  if (!isInside(cwd, target)) throw new WriteRefused(`${option}: ${shown} is outside the working directory; not written`);
  if (target === path || (existsSync(target) && realpathSync(target) === realpathSync(path))) {
    throw new WriteRefused(`${option}: ${shown} is the input file itself; use a pattern such as ${DEFAULT_COPY_PATTERNS[forTarget]}`);
  }
  return target;
}

/** Writes the --gpu-out / --vm-out copies: two inputs mapping to one output are an error for each, and none of them is written. */
function writeCopies(pending: PendingCopy[], results: FileOutcome[], cwd: string): void {
  const byTarget = new Map<string, PendingCopy[]>();
  for (const p of pending) byTarget.set(p.target, [...(byTarget.get(p.target) ?? []), p]);
  for (const [target, group] of byTarget) {
    const shown = displayPathOf(target, cwd);
    const names = group.map((g) => displayPathOf(g.input, cwd));
    for (const p of group) {
      const result = results[p.index]!;
      let message: string;
      if (group.length > 1) {
        message =
          group.length === 2
            ? `${p.option}: ${names[0]} and ${names[1]} both map to ${shown}; neither is written (use a pattern that keeps them apart, e.g. with {dir})`
            : `${p.option}: ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]} all map to ${shown}; none of them is written (use a pattern that keeps them apart, e.g. with {dir})`;
      } else {
        try {
          writeCopy(p.input, target, p.output, cwd, p.option);
          results[p.index] = { ...result, writtenTo: target };
          continue;
        } catch (e) {
          message = writeFailure(e);
        }
      }
      results[p.index] = withMessages(result, p.fail(message));
    }
  }
}

function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Writes one --gpu-out copy. An existing file is replaced only when it is exactly what this tool
 * wrote there last (its SHA-256 is in the folder's record, GPU_OUT_RECORD): a hand-edited copy, or
 * a file the tool did not write, is never overwritten.
 */
function writeCopy(input: string, target: string, output: string, cwd: string, option: string): void {
  const shown = displayPathOf(target, cwd);
  // the nearest existing ancestor must really be inside the working directory (no symlinked escape)
  let probe = dirname(target);
  while (!existsSync(probe)) probe = dirname(probe);
  if (!isInside(realpathSync(cwd), realpathSync(probe))) throw new WriteRefused(`${option}: ${shown} leads outside the working directory through a symlink; not written`);
  const from = displayPathOf(input, cwd);
  let mode = statSync(input).mode & 0o7777;
  let owner: { uid: number; gid: number } | undefined;
  const st = lstatOrUndefined(target);
  if (st !== undefined) {
    if (!st.isFile()) throw new WriteRefused(`${option}: ${shown} exists and is not a regular file; not written`);
    const existing = readFileSync(target, "utf8");
    const recorded = readOutputRecord(dirname(target))[basename(target)];
    if (existing !== output && recorded?.sha256 !== sha256(existing)) {
      throw new WriteRefused(
        recorded === undefined
          ? `${option}: ${shown} exists and is not a previous output of this tool; not overwritten (delete it or choose another pattern)`
          : `${option}: ${shown} was changed since this tool wrote it; not overwritten (delete it to have it written again, or choose another pattern)`,
      );
    }
    if (existing === output) {
      if (recorded?.sha256 !== sha256(output) || recorded.from !== from) recordOutput(target, output, from);
      return;
    }
    const refusal = rewriteRefusal(target, st, `${option}: ${shown}`);
    if (refusal !== undefined) throw new WriteRefused(refusal);
    mode = st.mode & 0o7777;
    owner = { uid: st.uid, gid: st.gid };
  } else {
    mkdirSync(dirname(target), { recursive: true });
  }
  // the copy, then its record: an interrupted run leaves a copy newer than its record, which the
  // next run with the same output records again, and any other run keeps as if edited (never lost)
  writeAtomic(target, output, mode, owner);
  recordOutput(target, output, from);
}

/** Find, read, lint (and fix) files; one result per file (non-manifests come back `skipped`). */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<FileResult[]> {
  return (await lintFilesDetailed(patterns, options)).results;
}

export { ConfigError };
