/**
 * A file's text as the linter sees it: the UTF-8 BOM taken off (offsets and columns count from
 * the first character after it, as editors do), the line-ending style and indentation recorded
 * so that fixes write in the file's own style, and line/column found from an offset on demand.
 */
export interface LineColumn {
  /** 1-based */
  line: number;
  /** 1-based, in UTF-16 code units as editors and ESLint count them (a tab is one column) */
  column: number;
}

export class Source {
  readonly bom: boolean;
  readonly text: string;
  private starts: number[] | undefined;
  private eolStyle: string | undefined;
  private indentUnit: string | undefined;

  constructor(
    readonly filePath: string,
    raw: string,
  ) {
    this.bom = raw.charCodeAt(0) === 0xfeff;
    this.text = this.bom ? raw.slice(1) : raw;
  }

  /** The file's bytes as text again (with the BOM when it had one). */
  restore(text: string): string {
    return this.bom ? "\ufeff" + text : text;
  }

  /** Offsets where lines start: after LF, after CRLF, and after a lone CR (as editors count lines). */
  get lineStarts(): number[] {
    if (this.starts === undefined) {
      const starts = [0];
      const t = this.text;
      const n = t.length;
      if (t.indexOf("\r") < 0) {
        let i = t.indexOf("\n");
        while (i >= 0) {
          starts.push(i + 1);
          i = t.indexOf("\n", i + 1);
        }
      } else {
        for (let i = 0; i < n; i++) {
          const c = t.charCodeAt(i);
          if (c === 0x0a) starts.push(i + 1);
          else if (c === 0x0d && t.charCodeAt(i + 1) !== 0x0a) starts.push(i + 1);
        }
      }
      this.starts = starts;
    }
    return this.starts;
  }

  position(offset: number): LineColumn {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /** The dominant line ending: CRLF or a lone CR when most line breaks are written that way, else LF. */
  get eol(): string {
    if (this.eolStyle === undefined) this.eolStyle = detectEol(this.text);
    return this.eolStyle;
  }

  /** One level of indentation as the file writes it (a tab, or N spaces); two spaces when unknown. */
  get indent(): string {
    if (this.indentUnit === undefined) this.indentUnit = detectIndent(this.text);
    return this.indentUnit;
  }
}

export function detectEol(text: string): string {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  // the next LF and the next CR, each searched for again only once passed
  let nl = text.indexOf("\n");
  let r = text.indexOf("\r");
  while ((nl >= 0 || r >= 0) && lf + crlf + cr < 1000) {
    let next: number;
    if (r >= 0 && (nl < 0 || r < nl)) {
      if (r + 1 === nl) crlf++;
      else cr++;
      next = r + 1 === nl ? nl + 1 : r + 1;
    } else {
      lf++;
      next = nl + 1;
    }
    if (nl >= 0 && nl < next) nl = text.indexOf("\n", next);
    if (r >= 0 && r < next) r = text.indexOf("\r", next);
  }
  if (cr > lf && cr > crlf) return "\r";
  return crlf > lf ? "\r\n" : "\n";
}

export function detectIndent(text: string): string {
  // the smallest non-zero indentation step between consecutive lines
  let prev = 0;
  let best = 0;
  let tabs = 0;
  let spaces = 0;
  const re = /(?:\r\n?|\n)([ \t]*)(?=\S)/g;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = re.exec(text)) !== null && seen < 400) {
    seen++;
    const ws = m[1]!;
    if (ws.startsWith("\t")) tabs++;
    else if (ws.length > 0) spaces++;
    const width = ws.length;
    const step = width - prev;
    if (step > 0 && !ws.startsWith("\t") && (best === 0 || step < best)) best = step;
    prev = width;
  }
  if (tabs > spaces) return "\t";
  return " ".repeat(best > 0 && best <= 8 ? best : 2);
}
