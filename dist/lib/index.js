import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/model/node.ts
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var JNode = class _JNode {
  constructor(space, path, value, key = void 0, ci = false) {
    this.space = space;
    this.path = path;
    this.value = value;
    this.key = key;
    this.ci = ci;
  }
  space;
  path;
  value;
  key;
  ci;
  get isObject() {
    return isPlainObject(this.value);
  }
  get isArray() {
    return Array.isArray(this.value);
  }
  get isString() {
    return typeof this.value === "string";
  }
  /** The member `name`: case-insensitive inside createOptions (last match wins, as in Docker). */
  get(name) {
    return this.ci ? this.getIgnoreCase(name) : this.getExact(name);
  }
  getExact(name) {
    const v = this.value;
    if (!isPlainObject(v) || !Object.prototype.hasOwnProperty.call(v, name)) return void 0;
    return new _JNode(this.space, [...this.path, name], v[name], name, this.ci);
  }
  getIgnoreCase(name) {
    const v = this.value;
    if (!isPlainObject(v)) return void 0;
    const lower = name.toLowerCase();
    let found;
    for (const k of Object.keys(v)) if (k.toLowerCase() === lower) found = k;
    return found === void 0 ? void 0 : new _JNode(this.space, [...this.path, found], v[found], found, this.ci);
  }
  /** Follow several keys with `get`. */
  at(...names) {
    return names.reduce((n, name) => n?.get(name), this);
  }
  /** Object members in file order. */
  entries() {
    const v = this.value;
    if (!isPlainObject(v)) return [];
    return Object.keys(v).map((k) => new _JNode(this.space, [...this.path, k], v[k], k, this.ci));
  }
  /** Array elements. */
  items() {
    const v = this.value;
    if (!Array.isArray(v)) return [];
    return v.map((x, i) => new _JNode(this.space, [...this.path, i], x, void 0, this.ci));
  }
  /** A node for the same place whose children match keys exactly or case-insensitively. */
  withCase(ci) {
    return new _JNode(this.space, this.path, this.value, this.key, ci);
  }
  locate() {
    return this.space.json.locate(this.path);
  }
  /** The exact text of this value in its space. */
  rawText() {
    const at = this.locate();
    return at === void 0 ? void 0 : this.space.json.text.slice(at.valueStart, at.valueEnd);
  }
};
function asString(n) {
  return n !== void 0 && typeof n.value === "string" ? n.value : void 0;
}

// src/model/placeholders.ts
var PLACEHOLDER_PART = /\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|__[A-Za-z0-9_]+(?:__)?|\{\{[^}]*\}\}|<[^<>\n]+>|\[\$[^\]]*\]/;
var WHOLE = new RegExp(`^(?:${PLACEHOLDER_PART.source})$`);
function isPlaceholder(s) {
  return WHOLE.test(s);
}
function hasPlaceholder(s) {
  return PLACEHOLDER_PART.test(s);
}

// src/model/k8s-names.ts
function k8sName(moduleName2) {
  return moduleName2.toLowerCase().replace(/[^a-z0-9.-]/g, "");
}
var DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function isDns1123Label(s) {
  return s.length <= 63 && DNS1123_LABEL.test(s);
}
var RESERVED_K8S_NAMES = /* @__PURE__ */ new Set(["proxy", "iotedged", "edgeagent", "edgehub"]);
function proposeModuleName(name, taken, needsLetterStart = false) {
  let base = name.toLowerCase().replace(/[^a-z0-9-]/g, "-").replace(/-+/g, "-").replace(/^-+/, "").replace(/-+$/, "");
  if (base === "") base = "module";
  if (needsLetterStart && !/^[a-z]/.test(base)) base = `m-${base}`;
  base = base.slice(0, 63).replace(/-+$/, "");
  let candidate = base;
  for (let n = 2; taken.has(candidate) || RESERVED_K8S_NAMES.has(candidate); n++) {
    const suffix = `-${n}`;
    candidate = base.slice(0, 63 - suffix.length).replace(/-+$/, "") + suffix;
  }
  return candidate;
}

// src/json/string-literal.ts
function decodedToRawMap(raw) {
  const map = new Int32Array(raw.length);
  let d = 0;
  let r = 1;
  const end = raw.length - 1;
  while (r < end) {
    map[d++] = r;
    if (raw.charCodeAt(r) === 92) r += raw.charCodeAt(r + 1) === 117 ? 6 : 2;
    else r++;
  }
  map[d] = r;
  return map.subarray(0, d + 1);
}
function encodeStringBody(text) {
  const s = JSON.stringify(text);
  return s.slice(1, -1);
}

// src/json/scanner.ts
var ScanError = class extends Error {
  constructor(offset, length, message) {
    super(message);
    this.offset = offset;
    this.length = length;
  }
  offset;
  length;
};
var NUMBER_RE = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var BARE_PLACEHOLDER_RE = /\$(?:\{[^}\s"]*\}|[A-Za-z_][A-Za-z0-9_]*)|__[A-Za-z0-9_]+__|\{\{[^}\s"]*\}\}/y;
var ESCAPE_RE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
function describe(text, i) {
  if (i >= text.length) return "Unexpected end of file";
  const ch = text[i];
  if (text.startsWith("<<<<<<<", i) || text.startsWith("=======", i) || text.startsWith(">>>>>>>", i)) {
    return "Unexpected merge-conflict marker";
  }
  const code = ch.charCodeAt(0);
  const shown = code < 32 ? `\\u${code.toString(16).padStart(4, "0")}` : ch;
  return `Unexpected character '${shown}'`;
}
function skipTrivia(text, i, tolerant, ext) {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) {
      i++;
      continue;
    }
    if (c === 47) {
      const next = text.charCodeAt(i + 1);
      if (next === 47 || next === 42) {
        if (!tolerant) {
          throw new ScanError(i, 2, "Comments are not allowed in a generated manifest (templates named *.template.json may have them)");
        }
        ext.comments++;
        if (next === 47) {
          const nl = text.indexOf("\n", i + 2);
          i = nl < 0 ? n : nl + 1;
        } else {
          const close = text.indexOf("*/", i + 2);
          if (close < 0) throw new ScanError(i, 2, "Unterminated block comment");
          i = close + 2;
        }
        continue;
      }
    }
    break;
  }
  return i;
}
function scanString(text, i) {
  const n = text.length;
  let j = i + 1;
  let hasEscape = false;
  while (true) {
    const q = text.indexOf('"', j);
    const b = text.indexOf("\\", j);
    const stop = q < 0 ? n : q;
    for (let k = j; k < (b >= 0 && b < stop ? b : stop); k++) {
      const c = text.charCodeAt(k);
      if (c < 32) {
        if (c === 10 || c === 13) throw new ScanError(i, k - i, "Unterminated string (a line break inside a string)");
        throw new ScanError(k, 1, "Control character in a string (escape it)");
      }
    }
    if (b >= 0 && b < stop) {
      ESCAPE_RE.lastIndex = b;
      if (!ESCAPE_RE.test(text)) throw new ScanError(b, 2, "Invalid escape sequence in a string");
      hasEscape = true;
      j = ESCAPE_RE.lastIndex;
      continue;
    }
    if (q < 0) throw new ScanError(i, n - i, "Unterminated string");
    return { end: q + 1, hasEscape };
  }
}
function decodeString(text, start, end, hasEscape) {
  return hasEscape ? JSON.parse(text.slice(start, end)) : text.slice(start + 1, end - 1);
}
function setOwn(obj, key, value) {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}
function scan(text, options = {}) {
  const tolerant = options.tolerant === true;
  const wantValue = options.value !== false;
  const wantIndex = options.index === true;
  const ext = { comments: 0, trailingCommas: 0, placeholders: 0 };
  const n = text.length;
  const stack = [];
  let root;
  let rootValue;
  let i = 0;
  let expectValue = true;
  const attach = (value, vStart, vEnd, child) => {
    const top = stack[stack.length - 1];
    if (top === void 0) {
      rootValue = value;
      if (wantIndex) root = { valueStart: vStart, valueEnd: vEnd, child };
      return;
    }
    top.count++;
    if (top.isObject) {
      if (wantValue) setOwn(top.value, top.key, value);
      if (wantIndex) {
        top.container.members.push({
          key: top.key,
          keyStart: top.keyStart,
          keyEnd: top.keyEnd,
          valueStart: vStart,
          valueEnd: vEnd,
          child
        });
      }
    } else {
      if (wantValue) top.value.push(value);
      if (wantIndex) top.container.items.push({ valueStart: vStart, valueEnd: vEnd, child });
    }
  };
  try {
    i = skipTrivia(text, 0, tolerant, ext);
    if (i >= n) throw new ScanError(0, 0, "The file is empty");
    while (true) {
      if (expectValue) {
        i = skipTrivia(text, i, tolerant, ext);
        if (i >= n) throw new ScanError(n, 0, "Unexpected end of file");
        const c2 = text.charCodeAt(i);
        if (c2 === 123 || c2 === 91) {
          const isObject = c2 === 123;
          const container = wantIndex ? isObject ? { kind: "object", start: i, end: -1, members: [] } : { kind: "array", start: i, end: -1, items: [] } : void 0;
          stack.push({
            container,
            value: wantValue ? isObject ? {} : [] : void 0,
            isObject,
            key: "",
            keyStart: -1,
            keyEnd: -1,
            count: 0
          });
          i++;
          i = skipTrivia(text, i, tolerant, ext);
          const close = text.charCodeAt(i);
          if (isObject && close === 125 || !isObject && close === 93) {
            expectValue = false;
            continue;
          }
          if (isObject) {
            i = readKey(i);
            continue;
          }
          continue;
        }
        let value;
        const vStart = i;
        if (c2 === 34) {
          const s = scanString(text, i);
          value = wantValue ? decodeString(text, i, s.end, s.hasEscape) : void 0;
          i = s.end;
        } else if (c2 === 45 || c2 >= 48 && c2 <= 57) {
          NUMBER_RE.lastIndex = i;
          if (!NUMBER_RE.test(text)) throw new ScanError(i, 1, "Invalid number");
          const end = NUMBER_RE.lastIndex;
          if (wantValue) value = Number(text.slice(i, end));
          i = end;
        } else if (text.startsWith("true", i)) {
          value = true;
          i += 4;
        } else if (text.startsWith("false", i)) {
          value = false;
          i += 5;
        } else if (text.startsWith("null", i)) {
          value = null;
          i += 4;
        } else {
          BARE_PLACEHOLDER_RE.lastIndex = i;
          if (tolerant && BARE_PLACEHOLDER_RE.test(text)) {
            const end = BARE_PLACEHOLDER_RE.lastIndex;
            value = text.slice(i, end);
            ext.placeholders++;
            i = end;
          } else {
            throw new ScanError(i, 1, describe(text, i) + (stack.length ? "; expected a value" : ""));
          }
        }
        const after = text.charCodeAt(i);
        if (after >= 65 && after <= 90 || after >= 97 && after <= 122 || after === 95) {
          throw new ScanError(vStart, i + 1 - vStart, `Invalid value '${text.slice(vStart, i + 1)}'`);
        }
        attach(value, vStart, i, void 0);
        expectValue = false;
        continue;
      }
      i = skipTrivia(text, i, tolerant, ext);
      const top = stack[stack.length - 1];
      if (top === void 0) {
        if (i < n) throw new ScanError(i, 1, describe(text, i) + " after the end of the document");
        break;
      }
      const c = text.charCodeAt(i);
      const closeCode = top.isObject ? 125 : 93;
      if (c === 44) {
        const commaAt = i;
        i = skipTrivia(text, i + 1, tolerant, ext);
        if (text.charCodeAt(i) === closeCode) {
          if (!tolerant) throw new ScanError(commaAt, 1, "Trailing comma is not allowed in a generated manifest");
          ext.trailingCommas++;
          continue;
        }
        if (top.isObject) {
          i = readKey(i);
        } else {
          expectValue = true;
        }
        continue;
      }
      if (c === closeCode) {
        stack.pop();
        const container = top.container;
        if (container) container.end = i + 1;
        const start = container ? container.start : -1;
        i++;
        attach(top.value, start, i, container);
        continue;
      }
      if (i >= n) throw new ScanError(n, 0, `Unexpected end of file; expected ',' or '${top.isObject ? "}" : "]"}'`);
      throw new ScanError(i, 1, `${describe(text, i)}; expected ',' or '${top.isObject ? "}" : "]"}'`);
    }
  } catch (e) {
    if (e instanceof ScanError) {
      return { error: { offset: e.offset, length: e.length, message: e.message }, extensions: ext };
    }
    throw e;
  }
  const result = { extensions: ext };
  if (wantValue) result.value = rootValue;
  if (wantIndex) result.index = root;
  return result;
  function readKey(at) {
    const top = stack[stack.length - 1];
    at = skipTrivia(text, at, tolerant, ext);
    if (text.charCodeAt(at) !== 34) {
      if (at >= n) throw new ScanError(n, 0, "Unexpected end of file; expected a property name");
      throw new ScanError(at, 1, `${describe(text, at)}; expected a property name in double quotes`);
    }
    const s = scanString(text, at);
    top.key = decodeString(text, at, s.end, s.hasEscape);
    top.keyStart = at;
    top.keyEnd = s.end;
    let j = skipTrivia(text, s.end, tolerant, ext);
    if (text.charCodeAt(j) !== 58) {
      if (j >= n) throw new ScanError(n, 0, "Unexpected end of file; expected ':'");
      throw new ScanError(j, 1, `${describe(text, j)}; expected ':' after the property name`);
    }
    j++;
    expectValue = true;
    return j;
  }
}

// src/json/document.ts
var JsonDoc = class _JsonDoc {
  constructor(text, tolerant, value) {
    this.text = text;
    this.tolerant = tolerant;
    this.value = value;
  }
  text;
  tolerant;
  value;
  rootIndex;
  /** Parse text: native JSON.parse first (fast), the tolerant scanner only when that fails. */
  static parse(text, tolerant) {
    try {
      return { doc: new _JsonDoc(text, tolerant, JSON.parse(text)) };
    } catch {
      const r = scan(text, { tolerant, value: true, index: true });
      if (r.error) return { error: r.error };
      const doc = new _JsonDoc(text, tolerant, r.value);
      doc.rootIndex = r.index;
      return { doc, extensions: r.extensions };
    }
  }
  get index() {
    if (this.rootIndex === void 0) {
      const r = scan(this.text, { tolerant: this.tolerant, value: false, index: true });
      if (r.error || !r.index) throw new Error(`internal: text parsed but could not be indexed (${r.error?.message})`);
      this.rootIndex = r.index;
    }
    return this.rootIndex;
  }
  locate(path) {
    const root = this.index;
    let here = { valueStart: root.valueStart, valueEnd: root.valueEnd, container: root.child };
    for (const seg of path) {
      const c = here.container;
      if (c === void 0) return void 0;
      if (c.kind === "object") {
        if (typeof seg !== "string") return void 0;
        let slot = -1;
        const members = c.members;
        for (let k = members.length - 1; k >= 0; k--) {
          if (members[k].key === seg) {
            slot = k;
            break;
          }
        }
        if (slot < 0) return void 0;
        const m = members[slot];
        here = { valueStart: m.valueStart, valueEnd: m.valueEnd, keyStart: m.keyStart, keyEnd: m.keyEnd, parent: c, slot, container: m.child };
      } else {
        if (typeof seg !== "number") return void 0;
        const it = c.items[seg];
        if (it === void 0) return void 0;
        here = { valueStart: it.valueStart, valueEnd: it.valueEnd, parent: c, slot: seg, container: it.child };
      }
    }
    return here;
  }
};

// src/source.ts
var Source = class {
  constructor(filePath, raw) {
    this.filePath = filePath;
    this.bom = raw.charCodeAt(0) === 65279;
    this.text = this.bom ? raw.slice(1) : raw;
  }
  filePath;
  bom;
  text;
  starts;
  eolStyle;
  indentUnit;
  /** The file's bytes as text again (with the BOM when it had one). */
  restore(text) {
    return this.bom ? "\uFEFF" + text : text;
  }
  get lineStarts() {
    if (this.starts === void 0) {
      const starts = [0];
      const t = this.text;
      let i = t.indexOf("\n");
      while (i >= 0) {
        starts.push(i + 1);
        i = t.indexOf("\n", i + 1);
      }
      this.starts = starts;
    }
    return this.starts;
  }
  position(offset) {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
  /** Offset of a 1-based line's first character. */
  lineStart(line) {
    return this.lineStarts[line - 1] ?? this.text.length;
  }
  /** The dominant line ending: CRLF when most line breaks are CRLF. */
  get eol() {
    if (this.eolStyle === void 0) this.eolStyle = detectEol(this.text);
    return this.eolStyle;
  }
  /** One level of indentation as the file writes it (a tab, or N spaces); two spaces when unknown. */
  get indent() {
    if (this.indentUnit === void 0) this.indentUnit = detectIndent(this.text);
    return this.indentUnit;
  }
};
function detectEol(text) {
  let lf = 0;
  let crlf = 0;
  let i = text.indexOf("\n");
  while (i >= 0 && lf + crlf < 1e3) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
    i = text.indexOf("\n", i + 1);
  }
  return crlf > lf ? "\r\n" : "\n";
}
function detectIndent(text) {
  let prev = 0;
  let best = 0;
  let tabs = 0;
  let spaces = 0;
  const re = /\n([ \t]*)(?=\S)/g;
  let m;
  let seen = 0;
  while ((m = re.exec(text)) !== null && seen < 400) {
    seen++;
    const ws = m[1];
    if (ws.startsWith("	")) tabs++;
    else if (ws.length > 0) spaces++;
    const width = ws.length;
    const step = width - prev;
    if (step > 0 && !ws.startsWith("	") && (best === 0 || step < best)) best = step;
    prev = width;
  }
  if (tabs > spaces) return "	";
  return " ".repeat(best > 0 && best <= 8 ? best : 2);
}

// src/model/manifest.ts
var TEMPLATE_NAME = /\.template\.json$/i;
var CHUNK_KEY = /^createoptions(\d*)$/i;
var LAYERED_MODULE_KEY = /^properties\.desired\.(modules|systemModules)\.(.+)$/;
var LAYERED_ROUTE_KEY = /^properties\.desired\.routes\.(.+)$/;
var SYSTEM_NAMES = /* @__PURE__ */ new Set(["edgeAgent", "edgeHub"]);
var spaceCounter = 0;
function isTemplatePath(filePath) {
  return TEMPLATE_NAME.test(filePath);
}
function chunkOrder(key) {
  const m = CHUNK_KEY.exec(key);
  if (m === null) return Number.NaN;
  return m[1] === "" ? -1 : Number(m[1]);
}
function isChunkKey(key) {
  return CHUNK_KEY.test(key);
}
function readManifest(filePath, raw) {
  const source = new Source(filePath, raw);
  const byName = isTemplatePath(filePath);
  let parsed = JsonDoc.parse(source.text, byName);
  let template = byName;
  if (parsed.doc === void 0 && !byName) {
    const tolerant = JsonDoc.parse(source.text, true);
    if (tolerant.doc !== void 0 && isPlainObject(tolerant.doc.value) && "$schema-template" in tolerant.doc.value) {
      parsed = tolerant;
      template = true;
    } else {
      return { kind: "invalid-json", source, error: parsed.error, tolerantHint: tolerant.doc !== void 0 };
    }
  }
  if (parsed.doc === void 0) return { kind: "invalid-json", source, error: parsed.error, tolerantHint: false };
  const doc = parsed.doc;
  const space = { id: ++spaceCounter, json: doc };
  const root = new JNode(space, [], doc.value);
  if (!root.isObject) return { kind: "not-a-manifest" };
  if (root.getExact("$schema-template") !== void 0) template = true;
  const found = findContent(root);
  if (found === void 0) return { kind: "not-a-manifest" };
  const { shape, content } = found;
  const manifest = {
    source,
    doc,
    root,
    shape,
    template,
    contentPath: content.path,
    modulesContent: shape === "twin" ? void 0 : content,
    agentDesired: void 0,
    hubDesired: void 0,
    layered: false,
    modules: [],
    routes: []
  };
  if (shape === "twin") {
    manifest.agentDesired = content;
    collectModules(manifest, content, template);
    return { kind: "manifest", manifest };
  }
  const agent = content.getExact("$edgeAgent");
  const hub = content.getExact("$edgeHub");
  manifest.agentDesired = agent?.getExact("properties.desired");
  manifest.hubDesired = hub?.getExact("properties.desired");
  if (manifest.agentDesired !== void 0) collectModules(manifest, manifest.agentDesired, template);
  if (agent !== void 0) {
    for (const member of agent.entries()) {
      const m = LAYERED_MODULE_KEY.exec(member.key);
      if (m === null || !member.isObject) continue;
      manifest.layered = true;
      manifest.modules.push(makeModule(manifest, member, m[2], m[1] === "systemModules" || SYSTEM_NAMES.has(m[2]), template, member.key));
    }
  }
  collectRoutes(manifest, hub);
  for (const mod of manifest.modules) mod.twin = content.getExact(mod.name);
  return { kind: "manifest", manifest };
}
function findContent(root) {
  const mc = root.getExact("modulesContent");
  if (mc?.isObject) return { shape: "modulesContent", content: mc };
  const legacy = root.getExact("moduleContent");
  if (legacy?.isObject) return { shape: "legacy-moduleContent", content: legacy };
  const inner = root.getExact("content");
  if (inner?.isObject) {
    const c = inner.getExact("modulesContent") ?? inner.getExact("moduleContent");
    if (c?.isObject) return { shape: "content", content: c };
  }
  if (root.getExact("$edgeAgent")?.isObject) return { shape: "modulesContent-root", content: root };
  const desired = root.getExact("properties")?.getExact("desired");
  if (desired?.isObject && (desired.getExact("modules") !== void 0 || desired.getExact("systemModules") !== void 0)) {
    return { shape: "twin", content: desired };
  }
  return void 0;
}
function collectModules(manifest, desired, template) {
  const sys = desired.getExact("systemModules");
  for (const m of sys?.entries() ?? []) {
    if (m.isObject) manifest.modules.push(makeModule(manifest, m, m.key, true, template, void 0));
  }
  const mods = desired.getExact("modules");
  for (const m of mods?.entries() ?? []) {
    if (m.isObject) manifest.modules.push(makeModule(manifest, m, m.key, false, template, void 0));
  }
}
function makeModule(manifest, node, name, system, template, layeredKey) {
  const settings = node.getExact("settings");
  const mod = {
    name,
    system,
    node,
    settings: settings?.isObject ? settings : void 0,
    image: asString(settings?.getExact("image")),
    createOptions: { form: "none", root: void 0, chunks: [] },
    env: node.getExact("env"),
    twin: void 0,
    placeholderName: isPlaceholder(name)
  };
  if (layeredKey !== void 0) mod.layeredKey = layeredKey;
  if (mod.settings !== void 0) mod.createOptions = readCreateOptions(manifest, mod.settings, name, template);
  return mod;
}
function readCreateOptions(manifest, settings, module, template) {
  const chunkMembers = settings.entries().filter((e) => CHUNK_KEY.test(e.key));
  if (chunkMembers.length === 0) return { form: "none", root: void 0, chunks: [] };
  const base = chunkMembers.find((c) => chunkOrder(c.key) === -1);
  if (base !== void 0 && base.isObject) {
    return { form: "object", root: base.withCase(true), chunks: [] };
  }
  const chunks = chunkMembers.filter((c) => typeof c.value === "string").sort((a, b) => chunkOrder(a.key) - chunkOrder(b.key));
  if (chunks.length === 0) {
    const bad = chunkMembers[0];
    return {
      form: "string",
      root: void 0,
      chunks: [],
      error: { message: `createOptions must be a JSON object or a string holding one, not ${describeType(bad.value)}`, offset: 0, length: 0, space: void 0, node: bad }
    };
  }
  const texts = chunks.map((c) => c.value);
  const text = texts.join("");
  if (text.trim() === "") return { form: "none", root: void 0, chunks };
  const parsed = JsonDoc.parse(text, template);
  const fileDoc = manifest.doc;
  const chunkStarts = [];
  let acc = 0;
  for (const t of texts) {
    chunkStarts.push(acc);
    acc += t.length;
  }
  const rawMaps = new Array(chunks.length);
  const space = {
    id: ++spaceCounter,
    json: parsed.doc ?? new JsonDoc(text, template, void 0),
    embedded: { settingsPath: settings.path, chunks: chunks.map((c, i) => ({ key: c.key, text: texts[i] })), module },
    toFile(offset, end = false) {
      const probe = end && offset > 0 ? offset - 1 : offset;
      let k = chunkStarts.length - 1;
      while (k > 0 && chunkStarts[k] > probe) k--;
      const at = fileDoc.locate(chunks[k].path);
      if (at === void 0) return 0;
      let map = rawMaps[k];
      if (map === void 0) {
        map = decodedToRawMap(fileDoc.text.slice(at.valueStart, at.valueEnd));
        rawMaps[k] = map;
      }
      const local = Math.min(Math.max(offset - chunkStarts[k], 0), map.length - 1);
      return at.valueStart + map[local];
    }
  };
  if (parsed.doc === void 0) {
    const e = parsed.error;
    return { form: "string", root: void 0, chunks, text, space, error: { message: e.message, offset: e.offset, length: e.length, space, node: chunks[0] } };
  }
  const root = new JNode(space, [], parsed.doc.value, void 0, true);
  if (!root.isObject) {
    return {
      form: "string",
      root: void 0,
      chunks,
      text,
      space,
      error: { message: `createOptions must hold a JSON object, not ${describeType(parsed.doc.value)}`, offset: 0, length: text.length, space, node: chunks[0] }
    };
  }
  return { form: "string", root, chunks, text, space };
}
function describeType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  return `a ${typeof v}`;
}
var ROUTE_MODULE = /\/modules\/([^/"\s)]+)\//g;
function collectRoutes(manifest, hub) {
  if (hub === void 0) return;
  const add = (name, n) => {
    let node = n;
    if (n.isObject) {
      const r = n.getExact("route");
      if (r === void 0) return;
      node = r;
    }
    if (typeof node.value !== "string") return;
    const text = node.value;
    const modules = [];
    for (const m of text.matchAll(ROUTE_MODULE)) {
      const start = m.index + "/modules/".length;
      modules.push({ name: m[1], start, end: start + m[1].length });
    }
    manifest.routes.push({ name, node, text, modules });
  };
  for (const r of manifest.hubDesired?.getExact("routes")?.entries() ?? []) add(r.key, r);
  for (const member of hub.entries()) {
    const m = LAYERED_ROUTE_KEY.exec(member.key);
    if (m !== null) add(m[1], member);
  }
}

// src/engine/layout.ts
function textStyle(text) {
  const pretty = text.includes("\n");
  const colonMatch = /"\s*:([ \t]*)/.exec(text);
  const gapMatch = /[\]}"\d el],([ \t]*)["{[\d\-tfn]/.exec(text);
  return {
    eol: detectEol(text),
    unit: detectIndent(text),
    colon: colonMatch ? ":" + colonMatch[1] : pretty ? ": " : ":",
    gap: gapMatch ? gapMatch[1] : pretty ? " " : "",
    pretty
  };
}
function lineIndentAt(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let i = lineStart;
  while (i < text.length && (text[i] === " " || text[i] === "	")) i++;
  return text.slice(lineStart, i);
}
function entryStarts(c) {
  return c.kind === "object" ? c.members.map((m) => m.keyStart) : c.items.map((it) => it.valueStart);
}
function entryEnds(c) {
  return c.kind === "object" ? c.members.map((m) => m.valueEnd) : c.items.map((it) => it.valueEnd);
}
function containerLayout(text, c, style) {
  const starts = entryStarts(c);
  const closeIndent = lineIndentAt(text, c.start);
  let colon = style.colon;
  if (c.kind === "object" && c.members.length > 0) {
    const m = c.members[0];
    colon = text.slice(m.keyEnd, m.valueStart);
    if (!/^\s*:\s*$/.test(colon) || colon.includes("\n")) colon = style.colon;
  }
  if (starts.length === 0) {
    const multiline = style.pretty;
    return { multiline, indent: closeIndent + style.unit, unit: style.unit, eol: style.eol, colon, gap: style.gap, closeIndent };
  }
  const lead = text.slice(c.start + 1, starts[0]);
  const nl = lead.lastIndexOf("\n");
  if (nl >= 0) {
    const indent = /^[ \t]*/.exec(lead.slice(nl + 1))[0];
    return { multiline: true, indent, unit: style.unit, eol: style.eol, colon, gap: style.gap, closeIndent };
  }
  let gap = style.gap;
  if (starts.length > 1) {
    const between = text.slice(entryEnds(c)[0], starts[1]);
    const m = /^\s*,([ \t]*)$/.exec(between);
    if (m) gap = m[1];
  }
  return { multiline: false, indent: "", unit: style.unit, eol: style.eol, colon, gap, closeIndent };
}
function serializeValue(value, layout) {
  if (!layout.multiline) return inline(value, layout.colon, layout.gap);
  const pretty = JSON.stringify(value, null, layout.unit);
  if (pretty === void 0) return "null";
  return pretty.split("\n").join(layout.eol + layout.indent);
}
function serializeMember(key, value, layout) {
  return JSON.stringify(key) + layout.colon + serializeValue(value, layout);
}
function inline(value, colon, gap) {
  if (Array.isArray(value)) return "[" + value.map((v) => inline(v, colon, gap)).join("," + gap) + "]";
  if (typeof value === "object" && value !== null) {
    return "{" + Object.entries(value).map(([k, v]) => JSON.stringify(k) + colon + inline(v, colon, gap)).join("," + gap) + "}";
  }
  return JSON.stringify(value) ?? "null";
}

// src/engine/edit-batch.ts
var CHUNK_SIZE = 512;
var Conflict = class extends Error {
};
function overlaps(a, b) {
  const lo = Math.max(a.start, b.start);
  const hi = Math.min(a.end, b.end);
  if (lo < hi) return true;
  return (a.start === a.end || b.start === b.end) && lo <= hi;
}
function applyTextEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
function splitChunks(text) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(i + CHUNK_SIZE, text.length);
    if (end < text.length) {
      const c = text.charCodeAt(end - 1);
      if (c >= 55296 && c <= 56319) end--;
    }
    out.push(text.slice(i, end));
    i = end;
  }
  return out.length ? out : [""];
}
function chunkKey(i) {
  return i === 0 ? "createOptions" : `createOptions${String(i).padStart(2, "0")}`;
}
var EditBatch = class {
  constructor(fileSpace) {
    this.fileSpace = fileSpace;
  }
  fileSpace;
  outer = [];
  inner = /* @__PURE__ */ new Map();
  styles = /* @__PURE__ */ new Map();
  get empty() {
    return this.outer.length === 0 && this.inner.size === 0;
  }
  /** Add one fix; false when it conflicts with what is already accepted or cannot be placed. */
  tryAdd(edits) {
    let outer = [];
    const inner = /* @__PURE__ */ new Map();
    try {
      for (const group of groupAdds(edits)) {
        const resolved = group.length > 1 || group[0].op === "add" ? this.resolveAdds(group) : this.resolve(group[0]);
        for (const { space, edit } of resolved) {
          if (space.id === this.fileSpace.id) outer.push(edit);
          else {
            let entry = inner.get(space.id);
            if (entry === void 0) inner.set(space.id, entry = { space, edits: [] });
            entry.edits.push(edit);
          }
        }
      }
    } catch (e) {
      if (e instanceof Conflict) return false;
      throw e;
    }
    outer = dedupe(outer);
    if (selfOverlap(outer)) return false;
    for (const { edits: es } of inner.values()) if (selfOverlap(es)) return false;
    const footprints = [];
    for (const st of this.inner.values()) footprints.push(...this.footprint(st.space));
    for (const e of outer) {
      if (this.outer.some((o) => overlaps(e, o))) return false;
      if (footprints.some((f) => overlaps(e, f))) return false;
    }
    for (const [id, { space, edits: es }] of inner) {
      const fp = this.footprint(space);
      if (this.outer.some((o) => fp.some((f) => overlaps(o, f)))) return false;
      if (outer.some((o) => fp.some((f) => overlaps(o, f)))) return false;
      const accepted = this.inner.get(id)?.edits ?? [];
      for (const e of es) if (accepted.some((a) => overlaps(e, a))) return false;
    }
    this.outer.push(...outer);
    for (const [id, { space, edits: es }] of inner) {
      const st = this.inner.get(id);
      if (st === void 0) this.inner.set(id, { space, edits: [...es] });
      else st.edits.push(...es);
    }
    return true;
  }
  /** The file's text edits, once the rewritten createOptions are written back. */
  textEdits() {
    const all = [...this.outer];
    for (const st of this.inner.values()) all.push(...this.writeBack(st));
    return all.sort((a, b) => a.start - b.start);
  }
  apply() {
    return applyTextEdits(this.fileSpace.json.text, this.textEdits());
  }
  // ---- resolving logical edits into text edits -------------------------------------------
  style(space) {
    let s = this.styles.get(space.id);
    if (s === void 0) this.styles.set(space.id, s = textStyle(space.json.text));
    return s;
  }
  locate(node) {
    const at = node.space.json.locate(node.path);
    if (at === void 0) throw new Conflict();
    return at;
  }
  resolve(edit) {
    switch (edit.op) {
      case "set": {
        const at = this.locate(edit.node);
        const text = edit.node.space.json.text;
        const parent = at.parent;
        const layout = parent ? containerLayout(text, parent, this.style(edit.node.space)) : containerLayout(text, { kind: "array", start: 0, end: 0, items: [] }, this.style(edit.node.space));
        const entryLayout = { ...layout, indent: parent ? layout.indent : "" };
        return [{ space: edit.node.space, edit: { start: at.valueStart, end: at.valueEnd, text: serializeValue(edit.value, entryLayout) } }];
      }
      case "rename": {
        const at = this.locate(edit.node);
        if (at.keyStart === void 0) throw new Conflict();
        return [{ space: edit.node.space, edit: { start: at.keyStart, end: at.keyEnd, text: JSON.stringify(edit.key) } }];
      }
      case "remove": {
        const at = this.locate(edit.node);
        if (at.parent === void 0) throw new Conflict();
        return [{ space: edit.node.space, edit: removalRange(at.parent, at.slot) }];
      }
      case "add":
        return this.resolveAdds([edit]);
      case "createOptions":
        return this.rewriteChunks(edit.settings, edit.text);
    }
  }
  resolveAdds(adds) {
    const parent = adds[0].parent;
    const space = parent.space;
    const text = space.json.text;
    const at = this.locate(parent);
    const c = at.container;
    if (c === void 0) throw new Conflict();
    const layout = containerLayout(text, c, this.style(space));
    const entryText = (a) => {
      let valueText;
      if (a.copyOf !== void 0) {
        const src = this.locate(a.copyOf);
        valueText = reindent(a.copyOf.space.json.text.slice(src.valueStart, src.valueEnd), lineIndentOf(a.copyOf.space.json.text, src.valueStart), layout.multiline ? layout.indent : "");
      } else valueText = serializeValue(a.value, layout);
      if (c.kind === "object") {
        if (a.key === void 0) throw new Conflict();
        return a.copyOf !== void 0 ? JSON.stringify(a.key) + layout.colon + valueText : serializeMember(a.key, a.value, layout);
      }
      return valueText;
    };
    const sep = layout.multiline ? "," + layout.eol + layout.indent : "," + layout.gap;
    const count = c.kind === "object" ? c.members.length : c.items.length;
    const idx = adds[0].index;
    if (c.kind === "array" && idx !== void 0 && idx < count) {
      const target = c.items[idx].valueStart;
      return [{ space, edit: { start: target, end: target, text: adds.map(entryText).join(sep) + sep } }];
    }
    const body = adds.map(entryText).join(sep);
    if (count === 0) {
      const inside = layout.multiline ? layout.eol + layout.indent + body + layout.eol + layout.closeIndent : body;
      return [{ space, edit: { start: c.start + 1, end: c.end - 1, text: inside } }];
    }
    const ends = c.kind === "object" ? c.members.map((m) => m.valueEnd) : c.items.map((i) => i.valueEnd);
    const lastEnd = ends[ends.length - 1];
    const trailing = findTrailingComma(text, lastEnd, c.end - 1);
    if (trailing >= 0) {
      const lead = layout.multiline ? layout.eol + layout.indent : layout.gap;
      return [{ space, edit: { start: trailing + 1, end: trailing + 1, text: lead + body + "," } }];
    }
    if (!layout.multiline) return [{ space, edit: { start: lastEnd, end: lastEnd, text: sep + body } }];
    let p = c.end - 1;
    while (p > lastEnd && /\s/.test(text[p - 1])) p--;
    if (p === lastEnd) return [{ space, edit: { start: lastEnd, end: lastEnd, text: sep + body } }];
    return [
      { space, edit: { start: lastEnd, end: lastEnd, text: "," } },
      { space, edit: { start: p, end: p, text: layout.eol + layout.indent + body } }
    ];
  }
  /** Replace all createOptions chunk members of `settings` with canonical chunks of `text`. */
  rewriteChunks(settings, text) {
    const space = settings.space;
    const src = space.json.text;
    const at = this.locate(settings);
    const c = at.container;
    if (c === void 0 || c.kind !== "object") throw new Conflict();
    const chunkSlots = c.members.map((m, i) => ({ m, i })).filter(({ m }) => isChunkKey(m.key));
    if (chunkSlots.length === 0) throw new Conflict();
    const layout = containerLayout(src, c, this.style(space));
    const sep = layout.multiline ? "," + layout.eol + layout.indent : "," + layout.gap;
    const members = splitChunks(text).map((chunk, i) => JSON.stringify(chunkKey(i)) + layout.colon + JSON.stringify(chunk));
    const first = chunkSlots[0];
    const out = [
      { space, edit: { start: first.m.keyStart, end: first.m.valueEnd, text: members.join(sep) } }
    ];
    for (const edit of removalRanges(c, chunkSlots.slice(1).map((x) => x.i))) out.push({ space, edit });
    return out;
  }
  // ---- writing a rewritten createOptions back into the file ------------------------------
  footprint(space) {
    const info = space.embedded;
    if (info === void 0) return [];
    const settingsAt = this.fileSpace.json.locate(info.settingsPath);
    if (settingsAt?.container?.kind !== "object") return [];
    return settingsAt.container.members.filter((m) => isChunkKey(m.key)).map((m) => ({ start: m.keyStart, end: m.valueEnd, text: "" }));
  }
  writeBack(st) {
    const space = st.space;
    const info = space.embedded;
    const oldText = space.json.text;
    const newText = applyTextEdits(oldText, st.edits);
    const single = info.chunks.length === 1;
    if (single && (newText.length <= CHUNK_SIZE || oldText.length > CHUNK_SIZE) && space.toFile) {
      return st.edits.map((e) => ({ start: space.toFile(e.start), end: space.toFile(e.end, true), text: encodeStringBody(e.text) }));
    }
    const settings = { space: this.fileSpace, path: info.settingsPath };
    return this.rewriteChunks(settings, newText).map((r) => r.edit);
  }
};
function removalRange(c, slot) {
  const starts = c.kind === "object" ? c.members.map((m) => m.keyStart) : c.items.map((i) => i.valueStart);
  const ends = c.kind === "object" ? c.members.map((m) => m.valueEnd) : c.items.map((i) => i.valueEnd);
  const n = starts.length;
  if (n === 1) return { start: c.start + 1, end: c.end - 1, text: "" };
  if (slot < n - 1) return { start: starts[slot], end: starts[slot + 1], text: "" };
  return { start: ends[slot - 1], end: ends[slot], text: "" };
}
function removalRanges(c, slots) {
  const starts = c.kind === "object" ? c.members.map((m) => m.keyStart) : c.items.map((i) => i.valueStart);
  const ends = c.kind === "object" ? c.members.map((m) => m.valueEnd) : c.items.map((i) => i.valueEnd);
  const n = starts.length;
  const sorted = [...slots].sort((a, b) => a - b);
  const out = [];
  for (let k = 0; k < sorted.length; ) {
    let b = k;
    while (b + 1 < sorted.length && sorted[b + 1] === sorted[b] + 1) b++;
    const first = sorted[k];
    const last = sorted[b];
    if (last < n - 1) out.push({ start: starts[first], end: starts[last + 1], text: "" });
    else if (first > 0) out.push({ start: ends[first - 1], end: ends[last], text: "" });
    else out.push({ start: c.start + 1, end: c.end - 1, text: "" });
    k = b + 1;
  }
  return out;
}
function groupAdds(edits) {
  const groups = [];
  const byParent = /* @__PURE__ */ new Map();
  for (const e of edits) {
    if (e.op === "add" && e.index === void 0) {
      const k = `${e.parent.space.id}:${JSON.stringify(e.parent.path)}`;
      let g = byParent.get(k);
      if (g === void 0) {
        byParent.set(k, g = []);
        groups.push(g);
      }
      g.push(e);
    } else groups.push([e]);
  }
  return groups;
}
function dedupe(edits) {
  const seen = /* @__PURE__ */ new Set();
  return edits.filter((e) => {
    const k = `${e.start}:${e.end}:${e.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function selfOverlap(edits) {
  for (let i = 0; i < edits.length; i++) {
    for (let j = i + 1; j < edits.length; j++) {
      const a = edits[i];
      const b = edits[j];
      if (Math.max(a.start, b.start) < Math.min(a.end, b.end)) return true;
      if (a.start === a.end && b.start === b.end && a.start === b.start) return true;
    }
  }
  return false;
}
function findTrailingComma(text, from, close) {
  let i = from;
  while (i < close) {
    const ch = text[i];
    if (ch === ",") return i;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "/" && text[i + 1] === "/") {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? close : nl + 1;
      continue;
    }
    if (ch === "/" && text[i + 1] === "*") {
      const e = text.indexOf("*/", i + 2);
      i = e < 0 ? close : e + 2;
      continue;
    }
    return -1;
  }
  return -1;
}
function lineIndentOf(text, offset) {
  const ls = text.lastIndexOf("\n", offset - 1) + 1;
  const m = /^[ \t]*/.exec(text.slice(ls, offset));
  return m ? m[0] : "";
}
function reindent(valueText, from, to) {
  if (!valueText.includes("\n") || from === to) return valueText;
  return valueText.split("\n").map((line, i) => i === 0 ? line : line.startsWith(from) ? to + line.slice(from.length) : line).join("\n");
}

// src/rule-api.ts
function hostConfigOf(mod) {
  const hc = mod.createOptions.root?.get("HostConfig");
  return hc?.isObject ? hc : void 0;
}
function envVarsOf(mod) {
  const out = [];
  for (const e of mod.env?.entries() ?? []) {
    const v = e.isObject ? e.getExact("value")?.value : void 0;
    out.push({ name: e.key, value: v === void 0 || v === null ? void 0 : String(v), node: e, from: "env" });
  }
  const env = mod.createOptions.root?.get("Env");
  for (const item of env?.items() ?? []) {
    if (typeof item.value !== "string") continue;
    const eq = item.value.indexOf("=");
    if (eq <= 0) out.push({ name: eq < 0 ? item.value : "", value: void 0, node: item, from: "createOptions", malformed: true });
    else out.push({ name: item.value.slice(0, eq), value: item.value.slice(eq + 1), node: item, from: "createOptions" });
  }
  return out;
}
function moduleLabel(mod) {
  return `module '${mod.name}'`;
}

// rules/env-name-colon.ts
var rule = {
  meta: {
    id: "env-name-colon",
    severity: "error",
    facts: ["F19", "\xA71.4"],
    description: "Environment variable names with ':' (in env or createOptions.Env); Kubernetes needs '__' instead.",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const vars = envVarsOf(mod);
      const names = new Set(vars.map((v) => v.name));
      for (const v of vars) {
        if (v.malformed || !v.name.includes(":") || hasPlaceholder(v.name)) continue;
        const renamed = v.name.replace(/:/g, "__");
        const message = `${moduleLabel(mod)}: environment variable '${v.name}' has ':' in its name, which Kubernetes rejects; name it '${renamed}' (.NET reads '__' as ':')`;
        if (names.has(renamed)) {
          report({ node: v.node, module: mod, message: `${message}; '${renamed}' is already set, so merge the two by hand` });
          continue;
        }
        const fix = v.from === "env" ? [{ op: "rename", node: v.node, key: renamed }] : [{ op: "set", node: v.node, value: `${renamed}=${v.value ?? ""}` }];
        report({ node: v.node, module: mod, message, fix });
      }
    }
  }
};
var env_name_colon_default = rule;

// rules/invalid-create-options.ts
var rule2 = {
  meta: {
    id: "invalid-create-options",
    severity: "error",
    facts: ["\xA72.2"],
    description: "createOptions (joined from its chunks) is not JSON, or not a JSON object.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const co = mod.createOptions;
      const err = co.error;
      if (err === void 0) continue;
      const suffix = "; the IoT Edge agent cannot create this module";
      if (co.chunks.length === 0 || err.length === co.text?.length) {
        report({ node: err.node, part: "value", module: mod, message: `${moduleLabel(mod)}: ${err.message}${suffix}` });
        continue;
      }
      let start = 0;
      let k = 0;
      for (; k < co.chunks.length - 1; k++) {
        const len2 = co.chunks[k].value.length;
        if (err.offset < start + len2) break;
        start += len2;
      }
      const chunk = co.chunks[k];
      const local = err.offset - start;
      const len = chunk.value.length;
      const a = Math.min(local, len);
      const b = Math.min(local + Math.max(err.length, 1), len);
      report({
        node: chunk,
        range: [a, Math.max(a, b)],
        module: mod,
        message: `${moduleLabel(mod)}: createOptions is not valid JSON: ${err.message}${suffix}`
      });
    }
  }
};
var invalid_create_options_default = rule2;

// rules/invalid-json.ts
var rule3 = {
  meta: {
    id: "invalid-json",
    severity: "error",
    facts: [],
    description: "The file is not valid JSON (templates may have comments, trailing commas and bare placeholders); reported at the first error.",
    repair: "none"
  },
  check() {
  },
  checkSyntax(failure, report) {
    report(`${failure.message}: the manifest cannot be read, so no other rule ran on it`);
  }
};
var invalid_json_default = rule3;

// rules/module-name.ts
function hasPorts(mod) {
  const co = mod.createOptions.root;
  if (co === void 0) return false;
  const exposed = co.get("ExposedPorts");
  const bindings = co.get("HostConfig")?.get("PortBindings");
  return (exposed?.entries().length ?? 0) > 0 || (bindings?.entries().length ?? 0) > 0;
}
function isValid(mod) {
  return isDns1123Label(mod.name) && !(hasPorts(mod) && /^[0-9]/.test(mod.name));
}
function renames(manifest) {
  const taken = /* @__PURE__ */ new Set();
  for (const m of manifest.modules) if (m.system || m.placeholderName || isValid(m)) taken.add(k8sName(m.name));
  const out = /* @__PURE__ */ new Map();
  for (const m of manifest.modules) {
    if (m.system || m.placeholderName || isValid(m)) continue;
    const name = proposeModuleName(m.name, taken, hasPorts(m));
    taken.add(name);
    out.set(m, name);
  }
  return out;
}
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function renameEdits(manifest, mod, to) {
  const edits = [];
  const key = mod.layeredKey !== void 0 ? mod.layeredKey.slice(0, mod.layeredKey.length - mod.name.length) + to : to;
  edits.push({ op: "rename", node: mod.node, key });
  if (mod.twin !== void 0) edits.push({ op: "rename", node: mod.twin, key: to });
  for (const route of manifest.routes) {
    const hits = route.modules.filter((r) => r.name === mod.name);
    if (hits.length === 0) continue;
    let text = route.text;
    for (const h of [...hits].reverse()) text = text.slice(0, h.start) + to + text.slice(h.end);
    edits.push({ op: "set", node: route.node, value: text });
  }
  const host = new RegExp(`(?<![A-Za-z0-9_.-])${escapeRe(mod.name)}(?=:[0-9]|/|$)`, "g");
  for (const other of manifest.modules) {
    for (const v of envVarsOf(other)) {
      if (v.malformed || v.value === void 0 || !host.test(v.value)) continue;
      host.lastIndex = 0;
      const value = v.value.replace(host, to);
      if (v.from === "env") {
        const valueNode = v.node.getExact("value");
        if (valueNode !== void 0 && typeof valueNode.value === "string") edits.push({ op: "set", node: valueNode, value });
      } else edits.push({ op: "set", node: v.node, value: `${v.name}=${value}` });
    }
  }
  return edits;
}
var rule4 = {
  meta: {
    id: "module-name",
    severity: "error",
    facts: ["F17", "\xA71.5"],
    description: "A module name that is not an RFC 1123 DNS label (uppercase, '_', '.', too long, bad ends; a leading digit when it has ports).",
    repair: "fix"
  },
  check({ manifest, report }) {
    const plan = renames(manifest);
    for (const [mod, to] of plan) {
      const why = /[A-Z]/.test(mod.name) ? "has uppercase letters" : mod.name.length > 63 ? "is longer than 63 characters" : /^[0-9]/.test(mod.name) && hasPorts(mod) ? "starts with a digit, and a module with ports needs a Kubernetes Service name that starts with a letter" : /[^a-z0-9-]/.test(mod.name) ? `has characters other than lowercase letters, digits and '-'` : "must start and end with a letter or digit";
      report({
        node: mod.node,
        part: "key",
        module: mod,
        message: `module '${mod.name}': the name ${why}; Kubernetes-based IoT Edge needs an RFC 1123 label (lowercase letters, digits, '-', at most 63 characters): rename it to '${to}' (routes and twins are renamed with it)`,
        fix: renameEdits(manifest, mod, to)
      });
    }
  }
};
var module_name_default = rule4;

// rules/no-host-binds.ts
var SHARE_ROOT = "/home/hcsshares/";
function planBind(node) {
  const spec = node.value;
  if (typeof spec !== "string") return { node, why: "it is not a 'source:target' string" };
  const parts = spec.split(":");
  if (/^[A-Za-z]:[\\/]/.test(spec)) return { node, why: "a Windows path cannot be mounted on the Kubernetes node" };
  if (parts.length < 2 || parts[1] === "") return { node, why: "it has no target path" };
  if (parts.length > 3) return { node, why: "it has more than one options field" };
  const [src, target, opts = ""] = parts;
  const options = opts.split(",").filter((o) => o !== "");
  const unknown = options.filter((o) => o !== "ro" && o !== "rw");
  const readOnly = options.includes("ro");
  const withRo = (m) => readOnly ? { ...m, ReadOnly: true } : m;
  if (src.startsWith(SHARE_ROOT)) {
    const rest = src.slice(SHARE_ROOT.length).replace(/\/+$/, "");
    const share = rest.split("/")[0];
    const mount2 = withRo({ Type: "volume", Source: share, Target: target });
    if (rest.includes("/")) {
      return { node, suggestion: mount2, why: `'${rest}' is a folder inside the share '${share}', and a Kubernetes volume mounts the whole share` };
    }
    if (unknown.length > 0) return { node, suggestion: mount2, why: `the option '${unknown.join(",")}' has no Mounts equivalent` };
    return { node, mount: mount2, why: "" };
  }
  if (isPlaceholder(src)) {
    const guess = /share/i.test(src) ? withRo({ Type: "volume", Source: src, Target: target }) : withRo({ Type: "bind", Source: src, Target: target });
    return { node, suggestion: guess, why: `the source '${src}' is a placeholder that could be a host path (Type bind) or a share name (Type volume)` };
  }
  const mount = src.startsWith("/") ? withRo({ Type: "bind", Source: src, Target: target }) : withRo({ Type: "volume", Source: src, Target: target });
  if (unknown.length > 0) return { node, suggestion: mount, why: `the option '${unknown.join(",")}' has no Mounts equivalent` };
  if (hasPlaceholder(src) && !src.startsWith("/")) return { node, suggestion: mount, why: `the source '${src}' contains a placeholder` };
  return { node, mount, why: "" };
}
function targetsOf(mounts) {
  const out = /* @__PURE__ */ new Set();
  for (const m of mounts?.items() ?? []) {
    const t = m.get("Target")?.value;
    if (typeof t === "string") out.add(t);
  }
  return out;
}
function conversion(hc, binds, plans) {
  const certain = plans.filter((p) => p.mount !== void 0);
  if (certain.length === 0) return void 0;
  const remaining = plans.filter((p) => p.mount === void 0).map((p) => p.node.value);
  const mounts = hc.get("Mounts");
  if (mounts !== void 0 && !mounts.isArray) return void 0;
  const existing = targetsOf(mounts);
  const added = [];
  for (const p of certain) {
    const t = p.mount.Target;
    if (existing.has(t)) continue;
    existing.add(t);
    added.push(p.mount);
  }
  const edits = [];
  if (mounts === void 0 && remaining.length === 0) {
    edits.push({ op: "rename", node: binds, key: binds.key === "binds" ? "mounts" : "Mounts" }, { op: "set", node: binds, value: added });
    return edits;
  }
  if (remaining.length === 0) edits.push({ op: "remove", node: binds });
  else edits.push({ op: "set", node: binds, value: remaining });
  if (added.length > 0) {
    if (mounts === void 0) edits.push({ op: "add", parent: hc, key: "Mounts", value: added });
    else for (const m of added) edits.push({ op: "add", parent: mounts, value: m });
  }
  return edits;
}
function describeMount(m) {
  return `{Type: ${String(m.Type)}, Source: ${JSON.stringify(m.Source)}, Target: ${JSON.stringify(m.Target)}${m.ReadOnly ? ", ReadOnly: true" : ""}}`;
}
function suggestionEdits(hc, binds, plan) {
  const mounts = hc.get("Mounts");
  const rest = binds.items().filter((n) => n.path[n.path.length - 1] !== plan.node.path[plan.node.path.length - 1]);
  const edits = rest.length === 0 ? [{ op: "remove", node: binds }] : [{ op: "set", node: binds, value: rest.map((n) => n.value) }];
  if (mounts?.isArray) edits.push({ op: "add", parent: mounts, value: plan.suggestion });
  else if (mounts === void 0) edits.push({ op: "add", parent: hc, key: "Mounts", value: [plan.suggestion] });
  return edits;
}
function checkModule(mod, report) {
  const hc = hostConfigOf(mod);
  const binds = hc?.get("Binds");
  if (hc === void 0 || binds === void 0 || !binds.isArray) return;
  const plans = binds.items().map(planBind);
  const fix = conversion(hc, binds, plans);
  for (const p of plans) {
    const base = `${moduleLabel(mod)}: HostConfig.Binds is not supported on Kubernetes-based IoT Edge; use HostConfig.Mounts (Type bind for host directories, Type volume for SMB/NFS shares)`;
    if (p.mount !== void 0) {
      report({ node: p.node, module: mod, message: `${base}: ${describeMount(p.mount)}`, fix });
    } else if (p.suggestion !== void 0) {
      report({
        node: p.node,
        module: mod,
        message: `${base}; ${p.why}, so check the suggested ${describeMount(p.suggestion)}`,
        suggestions: [{ message: `Mount it as ${describeMount(p.suggestion)}`, edits: suggestionEdits(hc, binds, p) }]
      });
    } else {
      report({ node: p.node, module: mod, message: `${base}; this bind cannot be converted automatically: ${p.why}` });
    }
  }
}
var rule5 = {
  meta: {
    id: "no-host-binds",
    severity: "error",
    facts: ["F1", "F2", "F3", "\xA71.3"],
    description: "HostConfig.Binds entries; the fix rewrites them as HostConfig.Mounts (volume for /home/hcsshares shares, bind for host directories).",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) checkModule(mod, report);
  }
};
var no_host_binds_default = rule5;

// rules/index.ts
var builtinRules = [
  env_name_colon_default,
  invalid_create_options_default,
  invalid_json_default,
  module_name_default,
  no_host_binds_default
];

// src/engine/lint.ts
import { createHash } from "node:crypto";

// src/meta.ts
var REPOSITORY_URL = "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint";
var DOCS_BASE = `${REPOSITORY_URL}/blob/main/rules/`;
var VERSION = "0.1.0";
function docsUrl(ruleId) {
  return `${DOCS_BASE}${ruleId}.md`;
}

// src/json/path.ts
function toPointer(path) {
  let out = "";
  for (const seg of path) out += "/" + String(seg).replace(/~/g, "~0").replace(/\//g, "~1");
  return out;
}

// src/engine/position.ts
function fileSpan(node, part, range) {
  const space = node.space;
  const at = space.json.locate(node.path);
  if (at === void 0) return void 0;
  let start;
  let end;
  if (range !== void 0 && typeof node.value === "string") {
    const map = decodedToRawMap(space.json.text.slice(at.valueStart, at.valueEnd));
    const a = Math.min(range[0], map.length - 1);
    const b = Math.min(range[1], map.length - 1);
    start = at.valueStart + map[a];
    end = at.valueStart + map[b];
  } else if ((part ?? (at.keyStart !== void 0 ? "key" : "value")) === "key" && at.keyStart !== void 0) {
    start = at.keyStart;
    end = at.keyEnd;
  } else {
    start = at.valueStart;
    end = at.valueEnd;
  }
  if (space.toFile !== void 0) return [space.toFile(start), space.toFile(end, true)];
  return [start, end];
}
function pointerOf(node) {
  const info = node.space.embedded;
  if (info === void 0) return toPointer(node.path);
  return toPointer([...info.settingsPath, "createOptions", ...node.path]);
}

// src/engine/text-fix.ts
function fixAsTextEdit(manifest, edits) {
  const batch = new EditBatch(manifest.root.space);
  if (!batch.tryAdd(edits)) return void 0;
  const parts = batch.textEdits();
  if (parts.length === 0) return void 0;
  const text = manifest.source.text;
  const start = parts[0].start;
  const end = Math.max(...parts.map((p) => p.end));
  let out = "";
  let pos = start;
  for (const p of parts) {
    out += text.slice(pos, p.start) + p.text;
    pos = Math.max(pos, p.end);
  }
  out += text.slice(pos, end);
  return { start, end, text: out };
}

// src/engine/lint.ts
var MANIFEST_HINT = /"(?:modulesContent|moduleContent|\$edgeAgent|\$edgeHub|properties\.desired[^"]*)"/;
function fingerprint(parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 16);
}
function severityFor(rule6, settings, requested) {
  const configured = settings.severities?.[rule6.meta.id];
  if (configured === "off") return void 0;
  if (configured !== void 0) return configured;
  return requested ?? rule6.meta.severity;
}
function summarize(filePath, messages, extra = {}) {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableCount = 0;
  for (const m of messages) {
    if (m.suppressed) continue;
    if (m.severity === "error") errorCount++;
    else if (m.severity === "warning") warningCount++;
    else infoCount++;
    if (m.edits) fixableCount++;
  }
  return { filePath, messages, errorCount, warningCount, infoCount, fixableCount, ...extra };
}
function lintText(filePath, raw, settings) {
  const read = readManifest(filePath, raw);
  return lintRead(filePath, read, settings);
}
function lintRead(filePath, read, settings) {
  const display = settings.displayPath ?? filePath;
  if (read.kind === "not-a-manifest") return { result: summarize(filePath, [], { skipped: true }) };
  if (read.kind === "invalid-json") {
    const source = read.source;
    if (!MANIFEST_HINT.test(source.text) && !/(^|[\\/])deployment[^\\/]*\.json$/i.test(filePath)) {
      return { result: summarize(filePath, [], { skipped: true }) };
    }
    const messages2 = [];
    for (const rule6 of settings.rules) {
      if (rule6.checkSyntax === void 0) continue;
      const severity = severityFor(rule6, settings, void 0);
      if (severity === void 0) continue;
      rule6.checkSyntax(read.error, (message) => {
        messages2.push(textDiagnostic(source, rule6, severity, message, read.error.offset, read.error.offset + Math.max(read.error.length, 0), display));
      });
    }
    return { result: summarize(filePath, messages2) };
  }
  const manifest = read.manifest;
  const messages = [];
  const seen = /* @__PURE__ */ new Map();
  for (const rule6 of settings.rules) {
    if (severityFor(rule6, settings, void 0) === void 0) continue;
    const ctx = {
      manifest,
      options: settings.ruleOptions?.[rule6.meta.id] ?? {},
      report(d) {
        const severity = severityFor(rule6, settings, d.severity);
        if (severity === void 0) return;
        messages.push(toDiagnostic(manifest, rule6, severity, d, display, seen, settings.suppress));
      }
    };
    try {
      rule6.check(ctx);
    } catch (e) {
      messages.push(
        textDiagnostic(manifest.source, rule6, "error", `internal error in rule ${rule6.meta.id}: ${e.message}; please report it`, 0, 0, display)
      );
    }
  }
  messages.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { result: summarize(filePath, messages), manifest };
}
function textDiagnostic(source, rule6, severity, message, start, end, display) {
  const s = source.position(start);
  const e = source.position(end);
  return {
    ruleId: rule6.meta.id,
    severity,
    message,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    offset: start,
    endOffset: end,
    pointer: "",
    fingerprint: fingerprint([rule6.meta.id, display, "", ""]),
    docs: rule6.meta.docs ?? docsUrl(rule6.meta.id)
  };
}
function moduleName(d) {
  if (d.module === void 0) return void 0;
  return typeof d.module === "string" ? d.module : d.module.name;
}
function toDiagnostic(manifest, rule6, severity, d, display, seen, suppress) {
  const span = fileSpan(d.node, d.part, d.range) ?? [0, 0];
  const s = manifest.source.position(span[0]);
  const e = manifest.source.position(span[1]);
  const pointer = pointerOf(d.node);
  const module = moduleName(d);
  const baseKey = [rule6.meta.id, display, module ?? "", pointer].join("\0");
  const n = seen.get(baseKey) ?? 0;
  seen.set(baseKey, n + 1);
  const diag = {
    ruleId: rule6.meta.id,
    severity,
    message: d.message,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    offset: span[0],
    endOffset: span[1],
    pointer,
    fingerprint: fingerprint([rule6.meta.id, display, module ?? "", pointer, n === 0 ? "" : String(n)]),
    docs: rule6.meta.docs ?? docsUrl(rule6.meta.id)
  };
  if (module !== void 0) diag.module = module;
  if (d.fix !== void 0 && d.fix.length > 0) {
    const text = fixAsTextEdit(manifest, d.fix);
    if (text !== void 0) {
      diag.edits = d.fix;
      diag.fix = text;
    }
  }
  if (d.suggestions !== void 0 && d.suggestions.length > 0) {
    const suggestions = [];
    for (const s2 of d.suggestions) {
      const text = fixAsTextEdit(manifest, s2.edits);
      if (text !== void 0) suggestions.push({ ...s2, fix: text });
    }
    if (suggestions.length > 0) diag.suggestions = suggestions;
  }
  const sup = suppress?.({ ruleId: rule6.meta.id, module, pointer, filePath: display });
  if (sup !== void 0) diag.suppressed = sup;
  return diag;
}

// src/engine/fix.ts
var MAX_FIX_PASSES = 10;
function isApplicable(d) {
  return d.edits !== void 0 && d.suppressed === void 0;
}
function createOptionsErrors(m) {
  return m.modules.filter((x) => x.createOptions.error !== void 0).length;
}
function applyPass(filePath, manifest, fixes, accepted) {
  const batch = new EditBatch(manifest.root.space);
  fixes.forEach((edits, i) => {
    if (batch.tryAdd(edits)) accepted(i);
  });
  if (batch.empty) return void 0;
  const text = batch.apply();
  const after = readManifest(filePath, manifest.source.restore(text));
  if (after.kind !== "manifest" || createOptionsErrors(after.manifest) > createOptionsErrors(manifest)) return void 0;
  return text;
}
function fixText(filePath, raw, settings) {
  let read = readManifest(filePath, raw);
  let { result, manifest } = lintRead(filePath, read, settings);
  let current = raw;
  let applied = 0;
  let passes = 0;
  const rejected = [];
  const rejectedKeys = /* @__PURE__ */ new Set();
  while (manifest !== void 0 && passes < MAX_FIX_PASSES) {
    const candidates = result.messages.filter((d) => isApplicable(d) && !rejectedKeys.has(d.fingerprint));
    if (candidates.length === 0) break;
    passes++;
    let acceptedIdx = [];
    let text = applyPass(filePath, manifest, candidates.map((d) => d.edits), (i) => acceptedIdx.push(i));
    if (text === void 0) {
      text = void 0;
      acceptedIdx = [];
      for (let i = 0; i < candidates.length; i++) {
        const single = applyPass(filePath, manifest, [candidates[i].edits], () => {
        });
        if (single === void 0) {
          rejectedKeys.add(candidates[i].fingerprint);
          rejected.push(candidates[i]);
        } else if (text === void 0) {
          text = single;
          acceptedIdx = [i];
        }
      }
      if (text === void 0) break;
    }
    applied += acceptedIdx.length;
    current = manifest.source.restore(text);
    read = readManifest(filePath, current);
    ({ result, manifest } = lintRead(filePath, read, settings));
  }
  return { output: current, changed: current !== raw, applied, passes, result, rejected };
}

// src/index.ts
function settingsFor(options) {
  const rules = [...options.ruleSet ?? builtinRules, ...options.extraRules ?? []];
  const s = { rules };
  if (options.rules) s.severities = options.rules;
  if (options.ruleOptions) s.ruleOptions = options.ruleOptions;
  if (options.suppress) s.suppress = options.suppress;
  return s;
}
function lintText2(text, options = {}) {
  const filePath = options.filePath ?? "deployment.json";
  return lintText(filePath, text, settingsFor(options)).result;
}
function fixText2(text, options = {}) {
  const filePath = options.filePath ?? "deployment.json";
  return fixText(filePath, text, settingsFor(options));
}
export {
  VERSION,
  builtinRules,
  docsUrl,
  fixText2 as fixText,
  k8sName,
  lintText2 as lintText,
  readManifest,
  settingsFor
};
