import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names2, c) => {
          if (c instanceof Name)
            names2[c.str] = (names2[c.str] || 0) + 1;
          return names2;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate2(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate2(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names2, constants) {
        if (!names2[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names2, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names2, constants) {
        if (this.lhs instanceof code_1.Name && !names2[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names2, constants);
        return this;
      }
      get names() {
        const names2 = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names2, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names2, constants) {
        this.code = optimizeExpr(this.code, names2, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names2, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names2, constants))
            continue;
          subtractNames(names2, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names2, n) => addNames(names2, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names2, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names2, constants);
        if (!(super.optimizeNames(names2, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names2, constants);
        return this;
      }
      get names() {
        const names2 = super.names;
        addExprNames(names2, this.condition);
        if (this.else)
          addNames(names2, this.else.names);
        return names2;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names2, constants) {
        if (!super.optimizeNames(names2, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names2, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names2 = addExprNames(super.names, this.from);
        return addExprNames(names2, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names2, constants) {
        if (!super.optimizeNames(names2, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names2, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names2, constants) {
        var _a, _b;
        super.optimizeNames(names2, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names2, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names2, constants);
        return this;
      }
      get names() {
        const names2 = super.names;
        if (this.catch)
          addNames(names2, this.catch.names);
        if (this.finally)
          addNames(names2, this.finally.names);
        return names2;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names2, from) {
      for (const n in from)
        names2[n] = (names2[n] || 0) + (from[n] || 0);
      return names2;
    }
    function addExprNames(names2, from) {
      return from instanceof code_1._CodeOrName ? addNames(names2, from.names) : names2;
    }
    function optimizeExpr(expr, names2, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names2[n.str] !== 1)
          return n;
        delete names2[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names2[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names2, from) {
      for (const n in from)
        names2[n] = (names2[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash2 = {};
      for (const item of arr)
        hash2[item] = true;
      return hash2;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names2 = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names2;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule53) => shouldUseRule(schema, rule53));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule53) {
      var _a;
      return schema[rule53.keyword] !== void 0 || ((_a = rule53.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count2 = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count2++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count2 += countKeys(sch));
        }
        if (count2 === Infinity)
          return Infinity;
      }
      return count2;
    }
    function getFullPath(resolver, id2 = "", normalize) {
      if (normalize !== false)
        id2 = normalizeId(id2);
      const p = resolver.parse(id2);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id2) {
      return id2 ? id2.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id2) {
      id2 = normalizeId(id2);
      return resolver.resolve(baseId, id2);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor2) {
          if (typeof anchor2 == "string") {
            if (!ANCHOR.test(anchor2))
              throw new Error(`invalid anchor "${anchor2}"`);
            addRef.call(this, `#${anchor2}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule53 of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule53)) {
            keywordCode(it, rule53.keyword, rule53.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule53 = rules[keyword];
        if (typeof rule53 == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule53)) {
          const { type } = rule53.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef2(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve4.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef2;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve4(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id2 = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id2] || this.schemas[id2];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id2 === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve4(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative5, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative5 = parse(serialize(relative5, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative5.scheme) {
        target.scheme = relative5.scheme;
        target.userinfo = relative5.userinfo;
        target.host = relative5.host;
        target.port = relative5.port;
        target.path = removeDotSegments(relative5.path || "");
        target.query = relative5.query;
      } else {
        if (relative5.userinfo !== void 0 || relative5.host !== void 0 || relative5.port !== void 0) {
          target.userinfo = relative5.userinfo;
          target.host = relative5.host;
          target.port = relative5.port;
          target.path = removeDotSegments(relative5.path || "");
          target.query = relative5.query;
        } else {
          if (!relative5.path) {
            target.path = base.path;
            if (relative5.query !== void 0) {
              target.query = relative5.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative5.path[0] === "/") {
              target.path = removeDotSegments(relative5.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative5.path;
              } else if (!base.path) {
                target.path = relative5.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative5.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative5.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative5.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve4,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv4 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id2;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id2 = schema[schemaId];
          if (id2 !== void 0 && typeof id2 != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id2);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id2 = schemaKeyRef[this.opts.schemaId];
            if (id2) {
              id2 = (0, resolve_1.normalizeId)(id2);
              delete this.schemas[id2];
              delete this.refs[id2];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule53 = this.RULES.all[keyword];
        return typeof rule53 == "object" ? rule53.definition : !!rule53;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule53) => rule53.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format5) {
        if (typeof format5 == "string")
          format5 = new RegExp(format5);
        this.formats[name] = format5;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule53 = rules[key];
            if (typeof rule53 != "object")
              continue;
            const { $data } = rule53.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id2;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id2 = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id2 || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id2) {
        if (this.schemas[id2] || this.refs[id2]) {
          throw new Error(`schema with key or id "${id2}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv4.ValidationError = validation_error_1.default;
    Ajv4.MissingRefError = ref_error_1.default;
    exports.default = Ajv4;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format5 = this.opts.formats[name];
        if (format5)
          this.addFormat(name, format5);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule53 = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule53, definition.before);
      else
        ruleGroup.rules.push(rule53);
      RULES.all[keyword] = rule53;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule53, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule53);
      } else {
        ruleGroup.rules.push(rule53);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count2 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count2)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count2) {
          gen.code((0, codegen_1._)`${count2}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count2} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format5 = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format5, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format5, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format5}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format5}(${data}) : ${format5}(${data}))` : (0, codegen_1._)`${format5}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format5} == "function" ? ${callFormat} : ${format5}.test(${data}))`;
            return (0, codegen_1._)`${format5} && ${format5} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format5, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format5 == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format5 = [format_1.default];
    exports.default = format5;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv4 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv4;
    module.exports = exports = Ajv4;
    module.exports.Ajv = Ajv4;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv4;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan3 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan3;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan3 = require_scan();
    var parse = require_parse();
    var utils = require_utils2();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch4(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob, options) : picomatch4.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch4.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format5 = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format5 ? format5(input) : input;
      if (match === false) {
        output = format5 ? format5(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch4.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch4.isMatch = (str, patterns, options) => picomatch4(patterns, options)(str);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input, options) => scan3(input, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants;
    module.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils2();
    function picomatch4(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module.exports = picomatch4;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid2 = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid2);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor2) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor2)) {
        const sa = JSON.stringify(anchor2);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor2 = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor2);
          return anchor2;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor2 = anchors2 && source && anchors2.get(source);
        return anchor2 ? anchor2.count * anchor2.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor2 = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor2 && anchors.anchorIsValid(anchor2)) {
        anchors$1.add(anchor2);
        props.push(`&${anchor2}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format5, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format5 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor2 = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor2 || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor2)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor2 = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor2 || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor: anchor2,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor: anchor2, newlineAfterProp: nl } = props;
        const lastProp = anchor2 && tagToken ? anchor2.offset > tagToken.offset ? anchor2 : tagToken : anchor2 ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor: anchor2, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor2 || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor2)
            node.anchor = anchor2.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor2)
              node.anchor = anchor2.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor2 && node.anchor === "")
        onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor: anchor2, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor2) {
        node.anchor = anchor2.source.substring(1);
        if (node.anchor === "")
          onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors2();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep4, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar.end) {
            sep4 = scalar.end;
            sep4.push(this.sourceToken);
            delete scalar.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors2();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/model/node.ts
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var JNode = class _JNode {
  constructor(space, parent, segment, value, ci = false) {
    this.space = space;
    this.parent = parent;
    this.segment = segment;
    this.value = value;
    this.ci = ci;
  }
  space;
  parent;
  segment;
  value;
  ci;
  // members and elements are made once per node and reused: rules navigate to the same places
  // many times (hostConfigOf, envVarsOf, ...)
  kids;
  pathCache;
  located;
  /** The root node of a space. */
  static root(space, value, ci = false) {
    return new _JNode(space, void 0, void 0, value, ci);
  }
  /** The path from the space's root. */
  get path() {
    let p = this.pathCache;
    if (p === void 0) {
      p = this.parent === void 0 ? [] : [...this.parent.path, this.segment];
      this.pathCache = p;
    }
    return p;
  }
  /** The key as spelt in the file, when this node is an object member. */
  get key() {
    return typeof this.segment === "string" ? this.segment : void 0;
  }
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
    return this.child(name, v[name]);
  }
  getIgnoreCase(name) {
    const v = this.value;
    if (!isPlainObject(v)) return void 0;
    const lname = name.toLowerCase();
    let found;
    for (const k in v) {
      if (k.length === lname.length && (k === name || k.toLowerCase() === lname)) found = k;
    }
    return found === void 0 ? void 0 : this.child(found, v[found]);
  }
  child(k, value) {
    let kids = this.kids;
    if (kids === void 0) {
      const n2 = new _JNode(this.space, this, k, value, this.ci);
      this.kids = [n2];
      return n2;
    }
    if (Array.isArray(kids)) {
      for (let i = 0; i < kids.length; i++) if (kids[i].segment === k) return kids[i];
      const n2 = new _JNode(this.space, this, k, value, this.ci);
      if (kids.length < 8) {
        kids.push(n2);
        return n2;
      }
      this.kids = kids = new Map(kids.map((c) => [c.segment, c]));
      kids.set(k, n2);
      return n2;
    }
    let n = kids.get(k);
    if (n === void 0) kids.set(k, n = new _JNode(this.space, this, k, value, this.ci));
    return n;
  }
  /** Follow several keys with `get`. */
  at(...names2) {
    return names2.reduce((n, name) => n?.get(name), this);
  }
  /** Object members in file order. */
  entries() {
    const v = this.value;
    if (!isPlainObject(v)) return [];
    const keys = Object.keys(v);
    const out = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) out[i] = this.child(keys[i], v[keys[i]]);
    return out;
  }
  /** Array elements. */
  items() {
    const v = this.value;
    if (!Array.isArray(v)) return [];
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = this.child(i, v[i]);
    return out;
  }
  /** A node for the same place whose children match keys exactly or case-insensitively. */
  withCase(ci) {
    if (ci === this.ci) return this;
    const n = new _JNode(this.space, this.parent, this.segment, this.value, ci);
    n.pathCache = this.pathCache;
    n.located = this.located;
    return n;
  }
  /** Where this value is in its space's text (found once, through the parent's place). */
  locate() {
    let at = this.located;
    if (at === void 0) {
      const json = this.space.json;
      if (this.parent === void 0) at = json.root();
      else {
        const p = this.parent.locate();
        at = p === void 0 ? null : json.child(p, this.segment) ?? null;
      }
      this.located = at;
    }
    return at ?? void 0;
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
function dnsLabelFromSource(source) {
  const kept = source.toLowerCase().replace(/[^a-z0-9-]/g, "");
  return kept.replace(/^[^a-z0-9]+/, "").replace(/[^a-z0-9]+$/, "");
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
var BARE_PLACEHOLDER_RE = /\$(?:\{[^}\s"]*\}|[A-Za-z_][A-Za-z0-9_]*)|__[A-Za-z0-9_]+__/y;
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
  let hasEscape = false;
  for (let k = i + 1; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 34) return { end: k + 1, hasEscape };
    if (c === 92) {
      ESCAPE_RE.lastIndex = k;
      if (!ESCAPE_RE.test(text)) throw new ScanError(k, 2, "Invalid escape sequence in a string");
      hasEscape = true;
      k = ESCAPE_RE.lastIndex - 1;
    } else if (c < 32) {
      if (c === 10 || c === 13) throw new ScanError(i, k - i, "Unterminated string (a line break inside a string)");
      throw new ScanError(k, 1, "Control character in a string (escape it)");
    }
  }
  throw new ScanError(i, n - i, "Unterminated string");
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
  const ext = { comments: 0, trailingCommas: 0, placeholders: 0 };
  const n = text.length;
  const stack = [];
  let rootValue;
  let i = 0;
  let expectValue = true;
  const attach = (value) => {
    const top = stack[stack.length - 1];
    if (top === void 0) {
      rootValue = value;
      return;
    }
    top.count++;
    if (!wantValue) return;
    if (top.isObject) setOwn(top.value, top.key, value);
    else top.value.push(value);
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
          stack.push({ value: wantValue ? isObject ? {} : [] : void 0, isObject, key: "", count: 0 });
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
        attach(value);
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
        i++;
        attach(top.value);
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

// src/json/template-text.ts
var OPEN_OBJECT = 123;
var OPEN_ARRAY = 91;
var COMMA = 44;
var COLON = 58;
function strictTemplateText(text) {
  const n = text.length;
  const edits = [];
  const opens = [];
  const closes = [];
  const stack = [];
  let last = -1;
  let beforeLast = -1;
  let lastComma = -1;
  const significant = (c) => {
    beforeLast = last;
    last = c;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) {
      i++;
      continue;
    }
    if (c === 34) {
      let k = i + 1;
      for (; ; ) {
        const q = text.indexOf('"', k);
        if (q < 0) return void 0;
        let b = q - 1;
        while (text.charCodeAt(b) === 92) b--;
        k = q + 1;
        if ((q - 1 - b) % 2 === 0) break;
      }
      significant(c);
      i = k;
      continue;
    }
    if (c === 47) {
      const next = text.charCodeAt(i + 1);
      if (next === 47 || next === 42) {
        let end;
        if (next === 47) {
          const nl = text.indexOf("\n", i + 2);
          end = nl < 0 ? n : nl;
        } else {
          const close = text.indexOf("*/", i + 2);
          if (close < 0) return void 0;
          end = close + 2;
        }
        edits.push({ start: i, end, text: " " });
        i = end;
        continue;
      }
    }
    const top = stack.length > 0 ? text.charCodeAt(opens[stack[stack.length - 1]]) : -1;
    const valueHere = last === -1 || last === COLON || top === OPEN_ARRAY && (last === OPEN_ARRAY || last === COMMA);
    if (c === 36 || c === 95) {
      BARE_PLACEHOLDER_RE.lastIndex = i;
      if (valueHere && BARE_PLACEHOLDER_RE.test(text)) {
        const end = BARE_PLACEHOLDER_RE.lastIndex;
        edits.push({ start: i, end, text: JSON.stringify(text.slice(i, end)) });
        i = end;
        significant(34);
        continue;
      }
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      stack.push(opens.length);
      opens.push(i);
      closes.push(-1);
    } else if (c === 125 || c === 93) {
      if (last === COMMA && beforeLast !== OPEN_OBJECT && beforeLast !== OPEN_ARRAY && beforeLast !== COMMA && beforeLast !== COLON) {
        let at = edits.length;
        while (at > 0 && edits[at - 1].start > lastComma) at--;
        edits.splice(at, 0, { start: lastComma, end: lastComma + 1, text: " " });
      }
      const k = stack.pop();
      if (k !== void 0) closes[k] = i;
    } else if (c === COMMA) {
      lastComma = i;
    }
    significant(c);
    i++;
  }
  if (edits.length === 0) return { json: text, opens, closes };
  const parts = [];
  let copied = 0;
  for (const e of edits) {
    parts.push(text.slice(copied, e.start), e.text);
    copied = e.end;
  }
  parts.push(text.slice(copied));
  return { json: parts.join(""), opens, closes };
}

// src/json/document.ts
var slotMaps = /* @__PURE__ */ new WeakMap();
function slotOf(c, key) {
  const members = c.members;
  if (members.length <= 16) {
    for (let k = members.length - 1; k >= 0; k--) if (members[k].key === key) return k;
    return -1;
  }
  let map = slotMaps.get(c);
  if (map === void 0) {
    map = /* @__PURE__ */ new Map();
    for (let k = 0; k < members.length; k++) map.set(members[k].key, k);
    slotMaps.set(c, map);
  }
  return map.get(key) ?? -1;
}
var JsonDoc = class _JsonDoc {
  constructor(text, tolerant, value) {
    this.text = text;
    this.tolerant = tolerant;
    this.value = value;
  }
  text;
  tolerant;
  value;
  opens;
  closes;
  containers = /* @__PURE__ */ new Map();
  /**
   * Parse text with native JSON.parse: as it is, or (templates) as strict JSON made from it. The
   * validating scanner runs only for text that does not parse, to name the error exactly.
   */
  static parse(text, tolerant) {
    if (tolerant) {
      const strict = strictTemplateText(text);
      if (strict !== void 0) {
        try {
          const doc = new _JsonDoc(text, tolerant, JSON.parse(strict.json));
          doc.opens = strict.opens;
          doc.closes = strict.closes;
          return { doc };
        } catch {
        }
      }
    } else {
      try {
        return { doc: new _JsonDoc(text, tolerant, JSON.parse(text)) };
      } catch {
      }
    }
    const r = scan(text, { tolerant, value: true });
    if (r.error) return { error: r.error };
    return { doc: new _JsonDoc(text, tolerant, r.value) };
  }
  /** Where the value at `path` is. */
  locate(path) {
    let here = this.root();
    for (const seg of path) {
      if (here === void 0) return void 0;
      here = this.child(here, seg);
    }
    return here;
  }
  /** Where the root value is. */
  root() {
    const start = this.skipTrivia(0);
    const here = { valueStart: start, valueEnd: this.valueEnd(start) };
    here.container = this.containerAt(start);
    return here;
  }
  /** Where the member `seg` (last one of that name) or the element `seg` of a located container is. */
  child(at, seg) {
    const c = at.container;
    if (c === void 0) return void 0;
    let here;
    if (c.kind === "object") {
      if (typeof seg !== "string") return void 0;
      const slot = slotOf(c, seg);
      if (slot < 0) return void 0;
      const m = c.members[slot];
      here = { valueStart: m.valueStart, valueEnd: m.valueEnd, keyStart: m.keyStart, keyEnd: m.keyEnd, parent: c, slot };
    } else {
      if (typeof seg !== "number") return void 0;
      const it = c.items[seg];
      if (it === void 0) return void 0;
      here = { valueStart: it.valueStart, valueEnd: it.valueEnd, parent: c, slot: seg };
    }
    here.container = this.containerAt(here.valueStart);
    return here;
  }
  /** The index of the object or array opening at `start` (undefined for a scalar or a placeholder). */
  containerAt(start) {
    const t = this.text;
    const c = t.charCodeAt(start);
    if (c !== 123 && c !== 91) return void 0;
    let index = this.containers.get(start);
    if (index === void 0) {
      index = c === 123 ? this.indexObject(start) : this.indexArray(start);
      this.containers.set(start, index);
    }
    return index;
  }
  indexObject(start) {
    const t = this.text;
    const end = this.closeOf(start);
    const members = [];
    let i = this.skipTrivia(start + 1);
    while (i < end) {
      if (t.charCodeAt(i) === 44) {
        i = this.skipTrivia(i + 1);
        continue;
      }
      const keyEnd = this.stringEnd(i);
      const raw = t.slice(i + 1, keyEnd - 1);
      const key = raw.includes("\\") ? JSON.parse(t.slice(i, keyEnd)) : raw;
      const valueStart = this.skipTrivia(this.skipTrivia(keyEnd) + 1);
      const valueEnd = this.valueEnd(valueStart);
      members.push({ key, keyStart: i, keyEnd, valueStart, valueEnd });
      i = this.skipTrivia(valueEnd);
    }
    return { kind: "object", start, end: end + 1, members };
  }
  indexArray(start) {
    const t = this.text;
    const end = this.closeOf(start);
    const items = [];
    let i = this.skipTrivia(start + 1);
    while (i < end) {
      if (t.charCodeAt(i) === 44) {
        i = this.skipTrivia(i + 1);
        continue;
      }
      const valueEnd = this.valueEnd(i);
      items.push({ valueStart: i, valueEnd });
      i = this.skipTrivia(valueEnd);
    }
    return { kind: "array", start, end: end + 1, items };
  }
  /** End (exclusive) of the value starting at `i`. */
  valueEnd(i) {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === 34) return this.stringEnd(i);
    if (c === 123 || c === 91) return this.closeOf(i) + 1;
    if (c === 36 || c === 95) {
      const end = this.placeholderEnd(i);
      if (end > i) return end;
    }
    let k = i;
    const n = t.length;
    while (k < n) {
      const d = t.charCodeAt(k);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9 || d === 47) break;
      k++;
    }
    return k;
  }
  placeholderEnd(i) {
    BARE_PLACEHOLDER_RE.lastIndex = i;
    return BARE_PLACEHOLDER_RE.test(this.text) ? BARE_PLACEHOLDER_RE.lastIndex : i;
  }
  /** Offset just past the closing quote of the string opening at `i`. */
  stringEnd(i) {
    const t = this.text;
    let k = i + 1;
    for (; ; ) {
      const q = t.indexOf('"', k);
      if (q < 0) return t.length;
      let b = q - 1;
      while (t.charCodeAt(b) === 92) b--;
      if ((q - 1 - b) % 2 === 0) return q + 1;
      k = q + 1;
    }
  }
  skipTrivia(i) {
    const t = this.text;
    const n = t.length;
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) {
        i++;
      } else if (c === 47 && this.tolerant) {
        const next = t.charCodeAt(i + 1);
        if (next === 47) {
          const nl = t.indexOf("\n", i + 2);
          i = nl < 0 ? n : nl + 1;
        } else if (next === 42) {
          const close = t.indexOf("*/", i + 2);
          i = close < 0 ? n : close + 2;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return i;
  }
  /** Offset of the `}`/`]` closing the container that opens at `open`. */
  closeOf(open) {
    if (this.opens === void 0) this.pairBrackets();
    const opens = this.opens;
    let lo = 0;
    let hi = opens.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const v = opens[mid];
      if (v === open) return this.closes[mid];
      if (v < open) lo = mid + 1;
      else hi = mid - 1;
    }
    throw new Error(`internal: no container opens at offset ${open}`);
  }
  /** One pass over the text pairing every `{`/`[` with its close; strings, comments and placeholders skipped. */
  pairBrackets() {
    const t = this.text;
    const n = t.length;
    const opens = [];
    const closes = [];
    const stack = [];
    let i = 0;
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c === 34) {
        i = this.stringEnd(i);
        continue;
      }
      if (c === 123 || c === 91) {
        stack.push(opens.length);
        opens.push(i);
        closes.push(-1);
      } else if (c === 125 || c === 93) {
        const k = stack.pop();
        if (k !== void 0) closes[k] = i;
      } else if (this.tolerant && (c === 47 || c === 36)) {
        const next = c === 47 ? this.skipTrivia(i) : this.placeholderEnd(i);
        if (next > i) {
          i = next;
          continue;
        }
      }
      i++;
    }
    this.opens = opens;
    this.closes = closes;
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
var TEMPLATE_NAME = /template[^\\/]*\.json$/i;
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
  const root = JNode.root(space, doc.value);
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
  const parsed = JsonDoc.parse(text, false);
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
      const at = chunks[k].locate();
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
  const root = JNode.root(space, parsed.doc.value, true);
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
var styleCache = /* @__PURE__ */ new WeakMap();
function styleOf(json) {
  let s = styleCache.get(json);
  if (s === void 0) styleCache.set(json, s = textStyle(json.text));
  return s;
}
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
      const { kept, emptied } = this.replacedContainers(edits);
      for (const group of groupAdds(kept)) {
        const first = group[0];
        const resolved = group.length > 1 || first.op === "add" ? this.resolveAdds(group, first.op === "add" && emptied.has(parentKey(first.parent))) : this.resolve(first);
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
    for (const [id2, { space, edits: es }] of inner) {
      const fp = this.footprint(space);
      if (this.outer.some((o) => fp.some((f) => overlaps(o, f)))) return false;
      if (outer.some((o) => fp.some((f) => overlaps(o, f)))) return false;
      const accepted = this.inner.get(id2)?.edits ?? [];
      for (const e of es) if (accepted.some((a) => overlaps(e, a))) return false;
    }
    this.outer.push(...outer);
    for (const [id2, { space, edits: es }] of inner) {
      const st = this.inner.get(id2);
      if (st === void 0) this.inner.set(id2, { space, edits: [...es] });
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
    if (s === void 0) this.styles.set(space.id, s = styleOf(space.json));
    return s;
  }
  locate(node) {
    const at = node.locate();
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
        return this.rewriteChunks(edit.settings.space, edit.settings.path, edit.text);
    }
  }
  /**
   * A fix that removes every member of a container and adds new ones to it (a section replaced
   * whole) is written as one replacement of the container's inside, not as overlapping edits.
   */
  replacedContainers(edits) {
    const emptied = /* @__PURE__ */ new Set();
    const addParents = new Set(edits.filter((e) => e.op === "add").map((e) => parentKey(e.parent)));
    const removedBy = /* @__PURE__ */ new Map();
    for (const e of edits) {
      if (e.op !== "remove" || e.node.path.length === 0) continue;
      const k = `${e.node.space.id}:${JSON.stringify(e.node.path.slice(0, -1))}`;
      if (addParents.has(k)) removedBy.set(k, (removedBy.get(k) ?? 0) + 1);
    }
    for (const [k, n] of removedBy) {
      const add = edits.find((e) => e.op === "add" && parentKey(e.parent) === k);
      const c = this.locate(add.parent).container;
      const size = c === void 0 ? -1 : c.kind === "object" ? c.members.length : c.items.length;
      if (size === n) emptied.add(k);
    }
    if (emptied.size === 0) return { kept: [...edits], emptied };
    const kept = edits.filter((e) => !(e.op === "remove" && emptied.has(`${e.node.space.id}:${JSON.stringify(e.node.path.slice(0, -1))}`)));
    return { kept, emptied };
  }
  resolveAdds(adds, replaceAll = false) {
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
    const sep4 = layout.multiline ? "," + layout.eol + layout.indent : "," + layout.gap;
    const count2 = replaceAll ? 0 : c.kind === "object" ? c.members.length : c.items.length;
    const idx = adds[0].index;
    if (c.kind === "array" && idx !== void 0 && idx < count2) {
      const target = c.items[idx].valueStart;
      return [{ space, edit: { start: target, end: target, text: adds.map(entryText).join(sep4) + sep4 } }];
    }
    const body = adds.map(entryText).join(sep4);
    if (count2 === 0) {
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
    if (!layout.multiline) return [{ space, edit: { start: lastEnd, end: lastEnd, text: sep4 + body } }];
    let p = c.end - 1;
    while (p > lastEnd && /\s/.test(text[p - 1])) p--;
    if (p === lastEnd) return [{ space, edit: { start: lastEnd, end: lastEnd, text: sep4 + body } }];
    return [
      { space, edit: { start: lastEnd, end: lastEnd, text: "," } },
      { space, edit: { start: p, end: p, text: layout.eol + layout.indent + body } }
    ];
  }
  /** Replace all createOptions chunk members of `settings` with canonical chunks of `text`. */
  rewriteChunks(space, settingsPath, text) {
    const src = space.json.text;
    const c = space.json.locate(settingsPath)?.container;
    if (c === void 0 || c.kind !== "object") throw new Conflict();
    const chunkSlots = c.members.map((m, i) => ({ m, i })).filter(({ m }) => isChunkKey(m.key));
    if (chunkSlots.length === 0) throw new Conflict();
    const layout = containerLayout(src, c, this.style(space));
    const sep4 = layout.multiline ? "," + layout.eol + layout.indent : "," + layout.gap;
    const members = splitChunks(text).map((chunk, i) => JSON.stringify(chunkKey(i)) + layout.colon + JSON.stringify(chunk));
    const first = chunkSlots[0];
    const out = [
      { space, edit: { start: first.m.keyStart, end: first.m.valueEnd, text: members.join(sep4) } }
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
    return this.rewriteChunks(this.fileSpace, info.settingsPath, newText).map((r) => r.edit);
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
function parentKey(n) {
  return `${n.space.id}:${JSON.stringify(n.path)}`;
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
function createOptionsOf(mod) {
  return mod.createOptions.root;
}
function hostConfigOf(mod) {
  const hc = mod.createOptions.root?.get("HostConfig");
  return hc?.isObject ? hc : void 0;
}
function k8sExperimentalOf(mod) {
  const x = mod.createOptions.root?.getExact("k8s-experimental");
  return x?.isObject ? x.withCase(true) : void 0;
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
function ensureValue(parent, keys, value) {
  let node = parent;
  let i = 0;
  for (; i < keys.length; i++) {
    const next = node.get(keys[i]);
    if (next === void 0 || i < keys.length - 1 && !next.isObject) break;
    node = next;
  }
  if (i === keys.length) return { op: "set", node, value };
  let nested = value;
  for (let k = keys.length - 1; k > i; k--) nested = { [keys[k]]: nested };
  const existing = node.get(keys[i]);
  if (existing !== void 0) return { op: "set", node: existing, value: nested };
  return { op: "add", parent: node, key: keys[i], value: nested };
}
function moduleLabel(mod) {
  return `module '${mod.name}'`;
}

// rules/_options.ts
function mountsOf(mod) {
  const hc = hostConfigOf(mod);
  if (hc === void 0) return [];
  const out = [];
  for (const b of hc.get("Binds")?.items() ?? []) {
    if (typeof b.value !== "string") continue;
    const parts = b.value.split(":");
    out.push({ node: b, from: "Binds", type: "bind", source: parts[0], sourceNode: void 0, target: parts[1] });
  }
  for (const m of hc.get("Mounts")?.items() ?? []) {
    if (!m.isObject) continue;
    const t = m.get("Type")?.value;
    const s = m.get("Source");
    const tg = m.get("Target")?.value;
    out.push({
      node: m,
      from: "Mounts",
      type: typeof t === "string" ? t.toLowerCase() : void 0,
      source: typeof s?.value === "string" ? s.value : void 0,
      sourceNode: s,
      target: typeof tg === "string" ? tg : void 0
    });
  }
  return out;
}
function serviceOptionsOf(mod) {
  return k8sExperimentalOf(mod)?.get("serviceOptions");
}
function serviceTypeOf(mod) {
  const t = serviceOptionsOf(mod)?.get("type")?.value;
  return typeof t === "string" ? t.toLowerCase() : void 0;
}
function isEmptyValue(v) {
  if (v === null || v === false || v === 0 || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === "object") return Object.values(v).every(isEmptyValue);
  return false;
}

// rules/bind-mount-file.ts
var KNOWN_FILES = /* @__PURE__ */ new Set([
  "/var/run/docker.sock",
  "/run/docker.sock",
  "/etc/hosts",
  "/etc/hostname",
  "/etc/resolv.conf",
  "/etc/localtime",
  "/etc/timezone",
  "/etc/machine-id",
  "/etc/passwd",
  "/etc/group"
]);
var FILE_EXT = /\.(json|ya?ml|xml|txt|conf|cfg|ini|toml|env|properties|config|sock|pem|crt|cer|key|der|p12|pfx|csv|log|db|sqlite3?|sh|py|js|onnx|pb|pt|pth|tflite|pkl|h5|bin|lic|zip|tar|gz|tgz|so|dll|exe|jpg|jpeg|png|mp4|avi)$/i;
function isFilePath(path) {
  const p = path.replace(/\/+$/, "");
  if (KNOWN_FILES.has(p)) return true;
  const last = p.slice(p.lastIndexOf("/") + 1);
  return !hasPlaceholder(last) && FILE_EXT.test(last);
}
var rule = {
  meta: {
    id: "bind-mount-file",
    severity: "error",
    facts: ["F4", "\xA75.4", "\xA71.6"],
    description: "A bind of a single file (/var/run/docker.sock, /etc/hosts, a path with a file extension) from Binds or Mounts.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      for (const m of mountsOf(mod)) {
        if (m.type !== "bind" || m.source === void 0 || !m.source.startsWith("/") || !isFilePath(m.source)) continue;
        const parent = m.source.replace(/\/+$/, "").replace(/\/[^/]*$/, "") || "/";
        const where = m.from === "Binds" ? "HostConfig.Binds" : "HostConfig.Mounts";
        const docker = /docker\.sock$/.test(m.source) ? "; there is no Docker daemon to talk to on Kubernetes-based IoT Edge either" : "";
        report({
          node: m.from === "Binds" ? m.node : m.sourceNode ?? m.node,
          part: "value",
          module: mod,
          message: `${moduleLabel(mod)}: ${where} binds the single file '${m.source}', but Kubernetes-based IoT Edge mounts host paths only as directories${docker}; bind its directory '${parent}' (or ship the file in the image)`
        });
      }
    }
  }
};
var bind_mount_file_default = rule;

// rules/cmd-string.ts
var rule2 = {
  meta: {
    id: "cmd-string",
    severity: "error",
    facts: ["\xA71.3", "\xA75.6"],
    description: "Cmd or Entrypoint given as a string instead of an array; the fix wraps it in a one-element array, as Docker reads it.",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const root = mod.createOptions.root;
      if (root === void 0) continue;
      for (const name of ["Cmd", "Entrypoint"]) {
        const node = root.get(name);
        if (node === void 0 || typeof node.value !== "string" || isPlaceholder(node.value)) continue;
        report({
          node,
          part: "value",
          module: mod,
          message: `${moduleLabel(mod)}: ${node.key} is a string; Docker reads it as a one-element list, but the Kubernetes agent expects an array of strings; write ${JSON.stringify([node.value])}`,
          fix: [{ op: "set", node, value: [node.value] }]
        });
      }
    }
  }
};
var cmd_string_default = rule2;

// rules/_chunks.ts
var AGENT_MAX_CHUNKS = 100;
var AGENT_CHUNK = /createoptions([0-9]*)/i;
function ordinalIgnoreCase(a, b) {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}
function agentChunkNumber(key) {
  const m = AGENT_CHUNK.exec(key);
  return m === null ? void 0 : m[1];
}
function agentRead(settings) {
  const members = settings.entries().filter((e) => agentChunkNumber(e.key) !== void 0);
  const order = [...members].sort((a, b) => ordinalIgnoreCase(a.key, b.key));
  for (let k = 0; k < order.length && k < AGENT_MAX_CHUNKS; k++) {
    const num2 = agentChunkNumber(order[k].key);
    if (k === 0 ? num2 !== "" : num2 === "" || Number.parseInt(num2, 10) !== k) {
      return { order, failure: { node: order[k], expected: k === 0 ? "createOptions" : `createOptions${String(k).padStart(2, "0")}` } };
    }
  }
  return { order };
}

// rules/create-options-chunks.ts
var TOOLING_MAX = 4096;
function describeBreak(key, expected, position, seen) {
  const num2 = agentChunkNumber(key);
  if (position === 0) return `the first chunk must be named 'createOptions', but the first key in text order is '${key}'`;
  if (num2 === "") return `'${key}' repeats 'createOptions' in another letter case`;
  const n = Number.parseInt(num2, 10);
  if (n === 0) return `'${key}' has the number 0, which only the unnumbered 'createOptions' may have`;
  if (n < position) {
    const twin = seen.find((k) => k !== key && Number.parseInt(agentChunkNumber(k) || "0", 10) === n);
    return `'${key}' repeats chunk number ${n}${twin !== void 0 ? ` (also '${twin}')` : ""}`;
  }
  if (num2.length === 1 || seen.some((k) => agentChunkNumber(k) !== "" && agentChunkNumber(k).length !== num2.length)) {
    return `the keys are sorted as text, so '${key}' comes where '${expected}' should be (unpadded numbers sort 1, 10, 2, \u2026)`;
  }
  return `'${expected}' is missing: the numbering has a gap before '${key}'`;
}
function checkModule(mod, report) {
  const settings = mod.settings;
  const co = mod.createOptions;
  if (settings === void 0 || co.form === "object" || co.chunks.length === 0) return;
  const numbers = settings.entries().filter((e) => isChunkKey(e.key)).map((e) => Number(agentChunkNumber(e.key) || "-1"));
  const repeated = new Set(numbers).size !== numbers.length;
  const canFix = co.error === void 0 && co.text !== void 0 && !repeated;
  const fix = canFix ? [{ op: "createOptions", settings, text: co.text }] : void 0;
  const label = moduleLabel(mod);
  const stray = settings.entries().filter((e) => agentChunkNumber(e.key) !== void 0 && !isChunkKey(e.key));
  for (const s of stray) {
    report({
      node: s,
      module: mod,
      message: `${label}: the settings key '${s.key}' contains 'createOptions', and the IoT Edge agent matches chunk keys without anchoring, so it reads this key as a createOptions chunk and rejects the sequence; rename or remove it`
    });
  }
  if (stray.length > 0) return;
  const read = agentRead(settings);
  if (read.failure !== void 0) {
    const position = read.order.indexOf(read.failure.node);
    const why = describeBreak(read.failure.node.key, read.failure.expected, position, read.order.map((o) => o.key));
    report({
      node: read.failure.node,
      module: mod,
      message: `${label}: the IoT Edge agent reads createOptions chunks in text order as 'createOptions', 'createOptions01', 'createOptions02', \u2026 and ${why}, so it cannot read this module's createOptions; write the chunks as ${canonicalList(read.order.length)}`,
      ...fix ? { fix } : {}
    });
  } else {
    const unpadded = read.order.filter((o) => agentChunkNumber(o.key).length === 1);
    if (unpadded.length > 0) {
      report({
        node: unpadded[0],
        module: mod,
        severity: "warning",
        message: `${label}: createOptions chunk '${unpadded[0].key}' has a one-digit number; the agent sorts chunk keys as text, so this works only while there are fewer than 10 chunks; write ${canonicalList(read.order.length)}`,
        ...fix ? { fix } : {}
      });
    }
  }
  if (read.order.length > AGENT_MAX_CHUNKS) {
    report({
      node: read.order[AGENT_MAX_CHUNKS],
      module: mod,
      message: `${label}: createOptions has ${read.order.length} chunks, and the IoT Edge agent reads only the first ${AGENT_MAX_CHUNKS}; move configuration to the module twin or env`
    });
  }
  for (const c of co.chunks) {
    const len = c.value.length;
    if (len <= CHUNK_SIZE) continue;
    report({
      node: c,
      module: mod,
      severity: "warning",
      message: `${label}: createOptions chunk '${c.key}' has ${len} characters, more than the ${CHUNK_SIZE} that IoT Edge tooling writes per chunk; split it into chunks of at most ${CHUNK_SIZE} (createOptions, createOptions01, \u2026)`,
      ...fix ? { fix } : {}
    });
  }
  const total = co.text?.length ?? 0;
  if (total > TOOLING_MAX) {
    report({
      node: co.chunks[0],
      module: mod,
      severity: "warning",
      message: `${label}: createOptions has ${total} characters; iotedgedev and the VS Code extension refuse more than ${TOOLING_MAX} (8 chunks of ${CHUNK_SIZE}); move configuration to the module twin or env`
    });
  }
}
function canonicalList(n) {
  if (n <= 1) return "one 'createOptions' key";
  if (n <= 3) return ["'createOptions'", "'createOptions01'", "'createOptions02'"].slice(0, n).join(", ");
  return `'createOptions', 'createOptions01', \u2026 'createOptions${String(n - 1).padStart(2, "0")}'`;
}
var rule3 = {
  meta: {
    id: "create-options-chunks",
    severity: "error",
    facts: ["\xA72.2"],
    description: "createOptions chunk keys the IoT Edge agent cannot read (gaps, unpadded or 00 suffixes, case duplicates); chunks over 512 characters and createOptions over 4096 characters (warnings).",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) checkModule(mod, report);
  }
};
var create_options_chunks_default = rule3;

// rules/create-options-object.ts
var rule4 = {
  meta: {
    id: "create-options-object",
    severity: "error",
    facts: ["\xA72.2"],
    description: "An object createOptions in a generated (non-template) manifest; the fix stringifies it compactly and chunks it.",
    repair: "fix"
  },
  check({ manifest, report }) {
    if (manifest.template) return;
    for (const mod of manifest.modules) {
      const co = mod.createOptions;
      if (co.form !== "object" || co.root === void 0 || mod.settings === void 0) continue;
      report({
        node: co.root,
        module: mod,
        message: `${moduleLabel(mod)}: createOptions is a JSON object, but a deployment manifest (not a *.template.json) must carry it as a JSON string (the deployment schema and az CLI require a string); write it stringified, split into chunks of 512 characters (createOptions, createOptions01, \u2026)`,
        fix: [{ op: "createOptions", settings: mod.settings, text: JSON.stringify(co.root.value) }]
      });
    }
  }
};
var create_options_object_default = rule4;

// rules/_resources.ts
var GPU = "nvidia.com/gpu";
var FPGA = "microsoft.com/fpga_catapult";
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function resourceMaps(mod) {
  const res = k8sExperimentalOf(mod)?.get("resources");
  const limits = res?.get("limits");
  const requests = res?.get("requests");
  return { limits: limits?.isObject ? limits : void 0, requests: requests?.isObject ? requests : void 0 };
}
function hasMiscasedK8s(mod) {
  const root = mod.createOptions.root;
  if (root === void 0) return false;
  return root.entries().some((e) => e.key !== "k8s-experimental" && e.key.toLowerCase() === "k8s-experimental");
}
function mergeEdits(node, tree) {
  const edits = [];
  for (const [k, v] of Object.entries(tree)) {
    const existing = node.get(k);
    if (existing === void 0) edits.push({ op: "add", parent: node, key: k, value: v });
    else if (isObj(v)) {
      if (!existing.isObject) return void 0;
      const inner = mergeEdits(existing, v);
      if (inner === void 0) return void 0;
      edits.push(...inner);
    } else edits.push({ op: "set", node: existing, value: v });
  }
  return edits;
}
function ensureK8s(manifest, mod, tree) {
  const co = mod.createOptions;
  if (co.error !== void 0 || hasMiscasedK8s(mod)) return void 0;
  if (co.root !== void 0) {
    const x = k8sExperimentalOf(mod);
    if (x !== void 0) return mergeEdits(x, tree);
    if (co.root.getExact("k8s-experimental") !== void 0) return void 0;
    return [{ op: "add", parent: co.root.withCase(false), key: "k8s-experimental", value: tree }];
  }
  if (co.form !== "none" || mod.settings === void 0) return void 0;
  const options = { "k8s-experimental": tree };
  if (co.chunks.length > 0) return [{ op: "createOptions", settings: mod.settings, text: JSON.stringify(options) }];
  const existing = mod.settings.getExact("createOptions");
  if (existing !== void 0) {
    if (existing.isObject) return [ensureValue(existing.withCase(false), ["k8s-experimental"], tree)];
    return void 0;
  }
  return [{ op: "add", parent: mod.settings, key: "createOptions", value: manifest.template ? options : JSON.stringify(options) }];
}
function removeMembers(parent, nodes) {
  if (nodes.length <= 1) return nodes.map((n) => ({ op: "remove", node: n }));
  const keys = new Set(nodes.map((n) => n.key));
  const entries = parent.entries();
  const last = entries[entries.length - 1];
  if (last !== void 0 && !keys.has(last.key)) return nodes.map((n) => ({ op: "remove", node: n }));
  const kept = Object.fromEntries(entries.filter((e) => !keys.has(e.key)).map((e) => [e.key, e.value]));
  return [{ op: "set", node: parent, value: kept }];
}
function isGpuRequest(r) {
  if (!r.isObject) return false;
  const driver = r.get("Driver")?.value;
  if (typeof driver === "string" && driver.toLowerCase() === "nvidia") return true;
  const caps = r.get("Capabilities")?.value;
  const flat = Array.isArray(caps) ? caps.flat(2) : [];
  return flat.some((c) => typeof c === "string" && c.toLowerCase() === "gpu");
}
function requestCount(r) {
  const count2 = r.get("Count")?.value;
  if (typeof count2 === "number" && Number.isInteger(count2)) {
    if (count2 === -1) return 1;
    if (count2 > 0) return count2;
  }
  const ids = r.get("DeviceIDs")?.value;
  if (Array.isArray(ids) && ids.length > 0 && ids.every((i) => typeof i === "string" && !isPlaceholder(i))) return ids.length;
  if (count2 === void 0 || count2 === 0) return ids === void 0 ? 1 : void 0;
  return void 0;
}
function gpuDeviceRequests(mod) {
  const dr = hostConfigOf(mod)?.get("DeviceRequests");
  if (dr === void 0 || !dr.isArray) return void 0;
  const items = dr.items();
  const gpu = items.filter(isGpuRequest);
  if (gpu.length === 0) return void 0;
  let count2 = 0;
  for (const r of gpu) {
    const c = requestCount(r);
    count2 = c === void 0 || count2 === void 0 ? void 0 : count2 + c;
  }
  return { deviceRequests: dr, count: count2, other: gpu.length !== items.length };
}
function gpuCountFor(mod) {
  const { requests } = resourceMaps(mod);
  const req = requests?.get(GPU) ?? requests?.get(FPGA);
  if (req !== void 0 && (typeof req.value === "number" || typeof req.value === "string")) return req.value;
  return gpuDeviceRequests(mod)?.count ?? 1;
}
function hasGpuLimit(mod) {
  const { limits } = resourceMaps(mod);
  return limits?.get(GPU) !== void 0 || limits?.get(FPGA) !== void 0;
}
function envNamed(mod, name) {
  const lower = name.toLowerCase();
  return envVarsOf(mod).filter((v) => !v.malformed && v.name.toLowerCase() === lower);
}
function effectiveEnv(mod, name) {
  const vars = envNamed(mod, name);
  return vars.filter((v) => v.from === "createOptions").pop() ?? vars.pop();
}
function addEnvEdit(mod, near, name, value) {
  if (near?.from === "createOptions") {
    const env = mod.createOptions.root?.get("Env");
    if (env?.isArray) return { op: "add", parent: env, value: `${name}=${value}` };
    return void 0;
  }
  if (mod.env !== void 0 && !mod.env.isObject) return void 0;
  return ensureValue(mod.node, ["env", name], { value });
}
function setEnvEdit(v, value) {
  if (v.from === "createOptions") return { op: "set", node: v.node, value: `${v.name}=${value}` };
  const valueNode = v.node.isObject ? v.node.getExact("value") : void 0;
  if (valueNode !== void 0) return { op: "set", node: valueNode, value };
  if (v.node.isObject) return { op: "add", parent: v.node, key: "value", value };
  return void 0;
}

// rules/device-binding.ts
var CATAPULT = /^\/dev\/catapult\d*$/;
function hostPathOf(entry) {
  if (typeof entry.value === "string") return entry.value.split(":")[0];
  const p = entry.isObject ? entry.get("PathOnHost")?.value : void 0;
  return typeof p === "string" ? p : void 0;
}
var rule5 = {
  meta: {
    id: "device-binding",
    severity: "error",
    facts: ["F10", "\xA71.3"],
    description: 'HostConfig.Devices, DeviceRequests and DeviceCgroupRules, ignored on Kubernetes; a GPU DeviceRequests becomes limits["nvidia.com/gpu"], FPGA /dev/catapult* devices need a GPU port.',
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const hc = hostConfigOf(mod);
      if (hc === void 0) continue;
      const label = moduleLabel(mod);
      const devices = hc.get("Devices");
      if (devices?.isArray && devices.items().length > 0) {
        const paths = devices.items().map(hostPathOf).filter((p) => p !== void 0);
        const fpga = paths.filter((p) => CATAPULT.test(p));
        const nvidia = paths.filter((p) => /^\/dev\/nvidia/.test(p));
        const message = fpga.length === 0 && nvidia.length > 0 ? `${label}: HostConfig.${devices.key} maps the GPU (${nvidia.join(", ")}), which Kubernetes-based IoT Edge does not pass to the pod; request it as a resource instead: "k8s-experimental": {"resources": {"limits": {"${GPU}": 1}}}` : fpga.length > 0 ? `${label}: HostConfig.${devices.key} maps the FPGA (${fpga.join(", ")}), which Azure Stack Edge Pro GPU does not have and Kubernetes-based IoT Edge does not pass to the pod; the module needs a GPU port (its code must run on the GPU), then request it with "k8s-experimental": {"resources": {"limits": {"${GPU}": 1}}}` : `${label}: HostConfig.${devices.key} is ignored on Kubernetes-based IoT Edge, so ${paths.length > 0 ? paths.join(", ") : "the device"} will not be in the container; use HostConfig.Privileged: true (the pod sees the host's /dev) or a Kubernetes device plugin resource`;
        if (!(paths.length > 0 && paths.every((p) => isPlaceholder(p)))) report({ node: devices, module: mod, message });
      }
      const dr = hc.get("DeviceRequests");
      if (dr?.isArray && dr.items().length > 0) {
        const gpu = gpuDeviceRequests(mod);
        let fix;
        let message;
        if (gpu !== void 0 && !gpu.other && gpu.count !== void 0) {
          const has = hasGpuLimit(mod);
          const add = has ? [] : ensureK8s(manifest, mod, { resources: { limits: { [GPU]: gpu.count } } });
          if (add !== void 0) fix = [{ op: "remove", node: dr }, ...add];
          message = has ? `${label}: HostConfig.${dr.key} is ignored on Kubernetes-based IoT Edge; the module already requests the GPU in k8s-experimental.resources.limits, so remove it` : `${label}: HostConfig.${dr.key} is ignored on Kubernetes-based IoT Edge, so the module gets no GPU; request it as a resource instead: "k8s-experimental": {"resources": {"limits": {"${GPU}": ${gpu.count}}}}`;
        } else if (gpu !== void 0) {
          message = `${label}: HostConfig.${dr.key} is ignored on Kubernetes-based IoT Edge; request the GPU as a resource instead ("k8s-experimental": {"resources": {"limits": {"${GPU}": N}}}), and other devices through a Kubernetes device plugin`;
        } else {
          message = `${label}: HostConfig.${dr.key} is ignored on Kubernetes-based IoT Edge; request devices through a Kubernetes device plugin resource in k8s-experimental.resources.limits`;
        }
        report({ node: dr, module: mod, message, ...fix !== void 0 ? { fix } : {} });
      }
      const rules = hc.get("DeviceCgroupRules");
      if (rules?.isArray && rules.items().length > 0) {
        report({
          node: rules,
          module: mod,
          message: `${label}: HostConfig.${rules.key} is ignored on Kubernetes-based IoT Edge, so the container gets no access to those devices; use HostConfig.Privileged: true or a Kubernetes device plugin resource`
        });
      }
    }
  }
};
var device_binding_default = rule5;

// rules/docker-resource-limits.ts
var MI = 1024 * 1024;
var num = (n) => typeof n?.value === "number" && Number.isFinite(n.value) ? n.value : void 0;
function toMi(bytes) {
  return `${Math.ceil(bytes / MI)}Mi`;
}
function toMillicores(cpus) {
  return `${Math.ceil(Math.round(cpus * 1e6) / 1e3)}m`;
}
function report1(ctx, mod, node, what, target, removed, hc) {
  const label = moduleLabel(mod);
  const base = `${label}: HostConfig.${what} is not read by Kubernetes-based IoT Edge (no limit is applied)`;
  if (target === void 0) {
    ctx.report({ node, module: mod, message: `${base}; set k8s-experimental.resources.limits.memory / .cpu (e.g. "512Mi", "500m") instead` });
    return;
  }
  const existing = resourceMaps(mod)[target.map]?.get(target.key);
  const remove = removeMembers(hc, removed);
  if (existing !== void 0) {
    ctx.report({
      node,
      module: mod,
      message: `${base}; k8s-experimental.resources.${target.map}.${target.key} is already ${JSON.stringify(existing.value)} and is what Kubernetes applies, so remove the Docker option (it would be ${target.value})`,
      fix: remove
    });
    return;
  }
  const add = ensureK8s(ctx.manifest, mod, { resources: { [target.map]: { [target.key]: target.value } } });
  const fix = add === void 0 ? void 0 : [...remove, ...add];
  ctx.report({
    node,
    module: mod,
    message: `${base}; write it as "k8s-experimental": {"resources": {"${target.map}": {"${target.key}": "${target.value}"}}}`,
    ...fix !== void 0 ? { fix } : {}
  });
}
var rule6 = {
  meta: {
    id: "docker-resource-limits",
    severity: "warning",
    facts: ["F11", "\xA71.2"],
    description: "HostConfig.Memory, MemoryReservation, NanoCpus, CpuQuota/CpuPeriod, CpuShares (not read on Kubernetes); the fix writes k8s-experimental.resources limits/requests.",
    repair: "fix"
  },
  check(ctx) {
    for (const mod of ctx.manifest.modules) {
      const hc = hostConfigOf(mod);
      if (hc === void 0) continue;
      const memory = hc.get("Memory");
      const m = num(memory);
      if (memory !== void 0 && m !== 0) {
        report1(ctx, mod, memory, memory.key, m !== void 0 && m > 0 ? { map: "limits", key: "memory", value: toMi(m) } : void 0, [memory], hc);
      }
      const reservation = hc.get("MemoryReservation");
      const r = num(reservation);
      if (reservation !== void 0 && r !== 0) {
        report1(ctx, mod, reservation, reservation.key, r !== void 0 && r > 0 ? { map: "requests", key: "memory", value: toMi(r) } : void 0, [reservation], hc);
      }
      const nano = hc.get("NanoCpus");
      const n = num(nano);
      if (nano !== void 0 && n !== 0) {
        report1(ctx, mod, nano, nano.key, n !== void 0 && n > 0 ? { map: "limits", key: "cpu", value: toMillicores(n / 1e9) } : void 0, [nano], hc);
      }
      const quota = hc.get("CpuQuota");
      const period = hc.get("CpuPeriod");
      const q = num(quota);
      const p = period === void 0 ? 1e5 : num(period);
      if (quota !== void 0 && q !== 0 && q !== -1) {
        const target = q !== void 0 && q > 0 && p !== void 0 && p > 0 ? { map: "limits", key: "cpu", value: toMillicores(q / p) } : void 0;
        const what = period !== void 0 ? `${quota.key}/${period.key}` : quota.key;
        const removed = [quota, ...period ? [period] : []];
        if (nano !== void 0 && n !== 0) {
          ctx.report({
            node: quota,
            module: mod,
            message: `${moduleLabel(mod)}: HostConfig.${what} is not read by Kubernetes-based IoT Edge, and ${nano.key} already gives the CPU limit; remove it`,
            fix: removeMembers(hc, removed)
          });
        } else report1(ctx, mod, quota, what, target, removed, hc);
      } else if (period !== void 0 && (quota === void 0 || q === 0 || q === -1)) {
        ctx.report({
          node: period,
          module: mod,
          message: `${moduleLabel(mod)}: HostConfig.${period.key} is not read by Kubernetes-based IoT Edge and sets no limit without CpuQuota; remove it`,
          fix: removeMembers(hc, quota !== void 0 ? [quota, period] : [period])
        });
      }
      const shares = hc.get("CpuShares");
      const s = num(shares);
      if (shares !== void 0 && s !== 0) {
        const value = s !== void 0 && s > 0 ? toMillicores(s / 1024) : void 0;
        const add = value === void 0 ? void 0 : ensureK8s(ctx.manifest, mod, { resources: { requests: { cpu: value } } });
        const has = resourceMaps(mod).requests?.get("cpu") !== void 0;
        ctx.report({
          node: shares,
          module: mod,
          message: `${moduleLabel(mod)}: HostConfig.${shares.key} is not read by Kubernetes-based IoT Edge; Kubernetes derives CPU shares from k8s-experimental.resources.requests.cpu${value !== void 0 ? ` (${shares.value} shares is "${value}")` : ""}, which also reserves that much CPU on the node`,
          ...add !== void 0 && !has ? { suggestions: [{ message: `Request "cpu": "${value}" in k8s-experimental.resources.requests instead`, edits: [{ op: "remove", node: shares }, ...add] }] } : {}
        });
      }
    }
  }
};
var docker_resource_limits_default = rule6;

// rules/_ports.ts
var PORT_KEY = /^([0-9]+)(?:-([0-9]+))?(?:\/([A-Za-z]+))?$/;
function parsePortKey(key) {
  const m = PORT_KEY.exec(key.trim());
  if (m === null) return void 0;
  const protocol = (m[3] ?? "tcp").toLowerCase();
  const k = { port: Number(m[1]), protocol, valid: m[2] === void 0 && ["tcp", "udp", "sctp"].includes(protocol) };
  if (m[2] !== void 0) k.rangeEnd = Number(m[2]);
  return k;
}
function intPort(v) {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && /^[0-9]+$/.test(v.trim())) return Number(v.trim());
  return void 0;
}
function portBindingsOf(mod) {
  const pb = hostConfigOf(mod)?.get("PortBindings");
  if (pb === void 0 || !pb.isObject) return [];
  return pb.entries().map((node) => ({
    node,
    key: node.key,
    parsed: parsePortKey(node.key),
    hostPorts: node.items().map((b) => {
      const hostPortNode = b.isObject ? b.get("HostPort") : void 0;
      return { node: b, hostPortNode, hostPort: intPort(hostPortNode?.value) };
    })
  }));
}
function exposedPortsOf(mod) {
  const ep = mod.createOptions.root?.get("ExposedPorts");
  if (ep === void 0 || !ep.isObject) return [];
  return ep.entries().map((node) => ({ node, key: node.key, parsed: parsePortKey(node.key) }));
}
function hasPorts(mod) {
  return portBindingsOf(mod).length > 0 || exposedPortsOf(mod).length > 0;
}

// rules/duplicate-host-port.ts
var rule7 = {
  meta: {
    id: "duplicate-host-port",
    severity: "error",
    facts: ["\xA71.6", "\xA75.5"],
    description: "One HostPort used twice in a module, or one container port bound to several host ports.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const byHostPort = /* @__PURE__ */ new Map();
      for (const b of portBindingsOf(mod)) {
        if (b.parsed === void 0 || !b.parsed.valid) continue;
        const hostPorts = /* @__PURE__ */ new Set();
        for (const h of b.hostPorts) {
          if (h.hostPort === void 0) continue;
          const prev = byHostPort.get(h.hostPort);
          if (prev !== void 0) {
            report({
              node: h.hostPortNode,
              part: "value",
              module: mod,
              message: `${moduleLabel(mod)}: HostPort ${h.hostPort} is bound twice ('${prev}' and '${b.key}'); Kubernetes Service ports are keyed by host port, so one binding silently replaces the other; give each binding its own HostPort`
            });
            continue;
          }
          byHostPort.set(h.hostPort, b.key);
          if (hostPorts.size > 0) {
            report({
              node: h.hostPortNode,
              part: "value",
              module: mod,
              message: `${moduleLabel(mod)}: container port '${b.key}' is bound to several host ports (${[...hostPorts, h.hostPort].join(", ")}); the Kubernetes agent names each Service port 'hostport-${b.parsed.port}-${b.parsed.protocol}', and the API server rejects duplicate names [inferred]; bind it to one HostPort`
            });
          }
          hostPorts.add(h.hostPort);
        }
      }
    }
  }
};
var duplicate_host_port_default = rule7;

// rules/entrypoint.ts
var rule8 = {
  meta: {
    id: "entrypoint",
    severity: "error",
    facts: ["F18", "\xA71.3"],
    description: "Entrypoint in createOptions.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const ep = createOptionsOf(mod)?.get("Entrypoint");
      if (ep === void 0 || ep.value === null) continue;
      report({
        node: ep,
        module: mod,
        message: `${moduleLabel(mod)}: createOptions.${ep.key} does not work on Kubernetes-based IoT Edge (Azure Stack Edge); set the entry point in the image (Dockerfile ENTRYPOINT) and pass arguments with Cmd`
      });
    }
  }
};
var entrypoint_default = rule8;

// rules/env-name-colon.ts
var rule9 = {
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
      const names2 = new Set(vars.map((v) => v.name));
      for (const v of vars) {
        if (v.malformed || !v.name.includes(":") || hasPlaceholder(v.name)) continue;
        const renamed = v.name.replace(/:/g, "__");
        const message = `${moduleLabel(mod)}: environment variable '${v.name}' has ':' in its name, which Kubernetes rejects; name it '${renamed}' (.NET reads '__' as ':')`;
        if (names2.has(renamed)) {
          report({ node: v.node, module: mod, message: `${message}; '${renamed}' is already set, so merge the two by hand` });
          continue;
        }
        const fix = v.from === "env" ? [{ op: "rename", node: v.node, key: renamed }] : [{ op: "set", node: v.node, value: `${renamed}=${v.value ?? ""}` }];
        report({ node: v.node, module: mod, message, fix });
      }
    }
  }
};
var env_name_colon_default = rule9;

// rules/env-name-invalid.ts
var K8S_ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
var EMBEDDED_PLACEHOLDER = /\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\{\{[^}]*\}\}/;
function proposal(name) {
  let p = name.replace(/:/g, "__").replace(/[^-._a-zA-Z0-9]/g, "_");
  if (p === "" || /^[0-9]/.test(p)) p = `_${p}`;
  return p;
}
var rule10 = {
  meta: {
    id: "env-name-invalid",
    severity: "error",
    facts: ["\xA71.4"],
    description: "Environment variable names Kubernetes rejects for a reason other than ':' (a leading digit, spaces, other characters).",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      for (const v of envVarsOf(mod)) {
        if (v.malformed) continue;
        const name = v.name;
        if (K8S_ENV_NAME.test(name.replace(/:/g, "__"))) continue;
        if (isPlaceholder(name) || EMBEDDED_PLACEHOLDER.test(name)) continue;
        const why = name === "" ? "is empty" : /^[0-9]/.test(name) ? "starts with a digit" : "has characters other than letters, digits, '_', '-' and '.'";
        report({
          node: v.node,
          ...v.from === "env" ? { part: "key" } : {},
          module: mod,
          message: `${moduleLabel(mod)}: environment variable name '${name}' ${why}, which Kubernetes rejects (the module is not deployed); rename it, e.g. to '${proposal(name)}', and change the code that reads it`
        });
      }
    }
  }
};
var env_name_invalid_default = rule10;

// rules/env-precedence.ts
var rule11 = {
  meta: {
    id: "env-precedence",
    severity: "warning",
    facts: ["\xA71.4"],
    description: "The same variable in module env and createOptions.Env with different values: Docker uses env, Kubernetes uses createOptions.Env.",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const vars = envVarsOf(mod);
      const fromEnv = /* @__PURE__ */ new Map();
      for (const v of vars) if (v.from === "env") fromEnv.set(v.name, v);
      const conflicts = vars.filter((v) => {
        if (v.from !== "createOptions" || v.malformed) return false;
        const e = fromEnv.get(v.name);
        return e !== void 0 && e.value !== void 0 && e.value !== v.value;
      });
      if (conflicts.length === 0) continue;
      const envNode = mod.createOptions.root?.get("Env");
      let fix;
      if (envNode?.isArray) {
        const drop = new Set(conflicts.map((c) => c.node.path[c.node.path.length - 1]));
        const rest = envNode.items().filter((n) => !drop.has(n.path[n.path.length - 1]));
        fix = rest.length === 0 ? [{ op: "remove", node: envNode }] : [{ op: "set", node: envNode, value: rest.map((n) => n.value) }];
      }
      for (const c of conflicts) {
        const e = fromEnv.get(c.name);
        report({
          node: c.node,
          module: mod,
          message: `${moduleLabel(mod)}: '${c.name}' is '${e.value}' in the module env but '${c.value}' in createOptions.Env; Docker uses the env value and Kubernetes uses the createOptions.Env value; keep one: remove '${c.name}=${c.value}' from createOptions.Env (Docker's behaviour) or change the env value`,
          ...fix !== void 0 ? { fix } : {}
        });
      }
    }
  }
};
var env_precedence_default = rule11;

// rules/env-without-value.ts
var rule12 = {
  meta: {
    id: "env-without-value",
    severity: "info",
    facts: ["\xA71.4"],
    description: "A createOptions.Env entry without '=' (or starting with it): dropped on Kubernetes.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      for (const v of envVarsOf(mod)) {
        if (!v.malformed || typeof v.node.value !== "string" || isPlaceholder(v.node.value)) continue;
        const text = v.node.value;
        const message = text.startsWith("=") ? `${moduleLabel(mod)}: createOptions.Env entry '${text}' has no name before '=', and Kubernetes-based IoT Edge drops it; write 'NAME=value'` : `${moduleLabel(mod)}: createOptions.Env entry '${text}' has no '=', and Kubernetes-based IoT Edge drops it; write '${text}=<value>' (or '${text}=' for an empty value), or remove it`;
        report({ node: v.node, module: mod, message });
      }
    }
  }
};
var env_without_value_default = rule12;

// rules/exposed-port-not-published.ts
var rule13 = {
  meta: {
    id: "exposed-port-not-published",
    severity: "warning",
    facts: ["F5", "F6"],
    description: "An ExposedPorts port with no PortBindings entry: it is not published as a service port.",
    repair: "suggestion"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const root = createOptionsOf(mod);
      if (root === void 0) continue;
      const bound = new Set(portBindingsOf(mod).flatMap((b) => b.parsed?.valid ? [`${b.parsed.port}/${b.parsed.protocol}`] : []));
      for (const ep of exposedPortsOf(mod)) {
        if (ep.parsed === void 0 || !ep.parsed.valid) continue;
        const id2 = `${ep.parsed.port}/${ep.parsed.protocol}`;
        if (bound.has(id2)) continue;
        const port = String(ep.parsed.port);
        report({
          node: ep.node,
          module: mod,
          message: `${moduleLabel(mod)}: exposed port '${ep.key}' has no HostConfig.PortBindings entry; on Kubernetes-based IoT Edge a port is published as a service only with a HostPort: add "PortBindings": {"${ep.key}": [{"HostPort": "${port}"}]}`,
          suggestions: [{ message: `Publish ${ep.key} on host port ${port}`, edits: [ensureValue(root, ["HostConfig", "PortBindings", ep.key], [{ HostPort: port }])] }]
        });
      }
    }
  }
};
var exposed_port_not_published_default = rule13;

// rules/fpga-resource.ts
var rule14 = {
  meta: {
    id: "fpga-resource",
    severity: "error",
    facts: ["F10"],
    description: "microsoft.com/fpga_catapult under k8s-experimental.resources; the fix requests nvidia.com/gpu with the same count.",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const { limits, requests } = resourceMaps(mod);
      const found = [];
      for (const [map, where] of [[limits, "limits"], [requests, "requests"]]) {
        const n = map?.get(FPGA);
        if (map !== void 0 && n !== void 0) found.push({ node: n, map, where });
      }
      if (found.length === 0) continue;
      const edits = [];
      for (const f of found) {
        if (f.map.get(GPU) !== void 0) edits.push({ op: "remove", node: f.node });
        else edits.push({ op: "rename", node: f.node, key: GPU });
      }
      let fix = edits;
      if (!found.some((f) => f.where === "limits") && limits?.get(GPU) === void 0) {
        const count2 = found[0].node.value;
        const more = ensureK8s(manifest, mod, { resources: { limits: { [GPU]: count2 } } });
        fix = more === void 0 ? void 0 : [...edits, ...more];
      }
      for (const f of found) {
        const count2 = JSON.stringify(f.node.value);
        report({
          node: f.node,
          module: mod,
          message: `${moduleLabel(mod)}: '${FPGA}' in k8s-experimental.resources.${f.where} asks for an FPGA, which Azure Stack Edge Pro GPU does not have; request '${GPU}': ${count2} in k8s-experimental.resources.limits (and requests) instead`,
          ...fix !== void 0 ? { fix } : {}
        });
      }
    }
  }
};
var fpga_resource_default = rule14;

// rules/gpu-requests-limits.ts
var GPU2 = "nvidia.com/gpu";
function count(n) {
  const v = n.value;
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\s*[0-9]+\s*$/.test(v)) return Number(v);
  return void 0;
}
function show(n) {
  return typeof n.value === "string" ? JSON.stringify(n.value) : String(n.value);
}
var rule15 = {
  meta: {
    id: "gpu-requests-limits",
    severity: "error",
    facts: ["\xA71.7", "\xA75.7"],
    description: "nvidia.com/gpu in k8s-experimental.resources.requests without a limit, or with a different limit; the fix copies the request into limits.",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const resources = k8sExperimentalOf(mod)?.get("resources");
      if (resources === void 0 || !resources.isObject) continue;
      const requests = resources.get("requests");
      const req = requests?.isObject ? requests.withCase(false).getExact(GPU2) : void 0;
      if (req === void 0 || req.value === null) continue;
      if (typeof req.value === "string" && hasPlaceholder(req.value)) continue;
      const limits = resources.get("limits");
      if (limits !== void 0 && !limits.isObject) continue;
      const lim = limits?.withCase(false).getExact(GPU2);
      if (lim !== void 0 && typeof lim.value === "string" && hasPlaceholder(lim.value)) continue;
      if (lim !== void 0) {
        const a = count(req);
        const b = count(lim);
        if (a !== void 0 && b !== void 0 ? a === b : JSON.stringify(req.value) === JSON.stringify(lim.value)) continue;
      }
      const fix = lim !== void 0 ? [{ op: "set", node: lim, value: req.value }] : limits !== void 0 ? [{ op: "add", parent: limits, key: GPU2, value: req.value }] : [ensureValue(resources, ["limits", GPU2], req.value)];
      const why = lim === void 0 ? `requests ${GPU2}: ${show(req)} but limits has no ${GPU2}; Kubernetes does not allow GPU requests without limits` : `requests ${GPU2}: ${show(req)} but limits ${GPU2}: ${show(lim)}; Kubernetes requires GPU requests to equal the limits`;
      report({
        node: req,
        part: "key",
        module: mod,
        message: `${moduleLabel(mod)}: k8s-experimental.resources ${why}; set limits "${GPU2}" to ${show(req)} (or give only the limit)`,
        fix
      });
    }
  }
};
var gpu_requests_limits_default = rule15;

// rules/host-network.ts
var rule16 = {
  meta: {
    id: "host-network",
    severity: "info",
    facts: ["F7", "\xA71.6"],
    description: "HostConfig.NetworkMode host (a warning on edgeHub, which need not be on the host network).",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const nm = hostConfigOf(mod)?.get("NetworkMode");
      if (typeof nm?.value !== "string" || nm.value.toLowerCase() !== "host") continue;
      if (mod.system && mod.name === "edgeHub") {
        report({
          node: nm,
          part: "value",
          module: mod,
          severity: "warning",
          message: `${moduleLabel(mod)}: edgeHub does not need the host network on Kubernetes-based IoT Edge (modules on the host network reach it through ClusterFirstWithHostNet DNS), and only one module per deployment can use it; remove NetworkMode and publish its ports with PortBindings`
        });
        continue;
      }
      report({
        node: nm,
        part: "value",
        module: mod,
        message: `${moduleLabel(mod)}: NetworkMode host becomes hostNetwork with dnsPolicy ClusterFirstWithHostNet on Kubernetes-based IoT Edge: other modules are reached by their Kubernetes names, the module's ports must not clash with the node's or the proxy sidecar's (35000, 35001), and only one module per deployment can use it (some Azure Stack Edge releases do not allow it at all)`
      });
    }
  }
};
var host_network_default = rule16;

// rules/ignored-module-field.ts
var rule17 = {
  meta: {
    id: "ignored-module-field",
    severity: "info",
    facts: ["\xA71.3"],
    description: "startupOrder, a restartPolicy other than 'always', and imagePullPolicy: ignored on Kubernetes-based IoT Edge.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const startup = mod.node.getExact("startupOrder");
      if (startup !== void 0) {
        report({
          node: startup,
          part: "key",
          module: mod,
          message: `${moduleLabel(mod)}: startupOrder is ignored on Kubernetes-based IoT Edge (every module starts at once); make the module wait for what it depends on (retry its connections) instead of relying on the start order`
        });
      }
      const restart = mod.node.getExact("restartPolicy");
      if (restart !== void 0 && typeof restart.value === "string" && !isPlaceholder(restart.value) && restart.value.toLowerCase() !== "always") {
        report({
          node: restart,
          part: "value",
          module: mod,
          message: `${moduleLabel(mod)}: restartPolicy '${restart.value}' is ignored on Kubernetes-based IoT Edge, where a module's pod is always restarted; write "always", or set status "stopped" for a module that must not run`
        });
      }
      const pull = mod.node.getExact("imagePullPolicy");
      if (pull !== void 0) {
        report({
          node: pull,
          part: "key",
          module: mod,
          message: `${moduleLabel(mod)}: imagePullPolicy is ignored on Kubernetes-based IoT Edge (Kubernetes pulls by its own default: always for ':latest' or no tag, else if not present); use a versioned image tag to control updates`
        });
      }
    }
  }
};
var ignored_module_field_default = rule17;

// rules/ignored-network-option.ts
var ANY_ADDRESS = /* @__PURE__ */ new Set(["", "0.0.0.0", "::"]);
var rule18 = {
  meta: {
    id: "ignored-network-option",
    severity: "info",
    facts: ["\xA71.3", "\xA71.6"],
    description: "NetworkMode other than host, NetworkingConfig, or a binding's HostIp: ignored on Kubernetes.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const label = moduleLabel(mod);
      const nm = hostConfigOf(mod)?.get("NetworkMode");
      if (typeof nm?.value === "string" && !isPlaceholder(nm.value) && nm.value.trim().toLowerCase() !== "host" && nm.value.trim() !== "") {
        report({
          node: nm,
          part: "value",
          module: mod,
          message: `${label}: NetworkMode '${nm.value}' is ignored on Kubernetes-based IoT Edge (only 'host' is read); modules reach each other through Kubernetes Services, so it can be removed`
        });
      }
      const nc = mod.createOptions.root?.get("NetworkingConfig");
      if (nc !== void 0) {
        report({
          node: nc,
          part: "key",
          module: mod,
          message: `${label}: NetworkingConfig (network aliases, endpoints) is ignored on Kubernetes-based IoT Edge; modules reach each other by their Kubernetes Service name, so it can be removed`
        });
      }
      for (const b of portBindingsOf(mod)) {
        for (const h of b.hostPorts) {
          const ip = h.node.isObject ? h.node.get("HostIp") : void 0;
          if (ip === void 0 || typeof ip.value !== "string" || ANY_ADDRESS.has(ip.value.trim()) || hasPlaceholder(ip.value)) continue;
          report({
            node: ip,
            part: "key",
            module: mod,
            message: `${label}: HostIp '${ip.value}' in the binding of '${b.key}' is ignored on Kubernetes-based IoT Edge: the Service listens on the address Kubernetes assigns (on Azure Stack Edge, an IP from the external service IP range), not on this one`
          });
        }
      }
    }
  }
};
var ignored_network_option_default = rule18;

// rules/inter-module-container-port.ts
var HOST_PORT = /(?<![A-Za-z0-9_.:-])(?<![^/]\/)(?<!^\/)([A-Za-z0-9][A-Za-z0-9_-]*):([0-9]{1,5})(?=$|[/?#,;)"'\]\s&|])/g;
function places(mod) {
  const out = [];
  for (const v of envVarsOf(mod)) {
    if (v.malformed || v.value === void 0) continue;
    if (v.from === "env") {
      const n = v.node.getExact("value");
      if (n !== void 0 && typeof n.value === "string") out.push({ node: n, text: n.value, shift: 0, rebuild: (t) => t });
    } else {
      const prefix = `${v.name}=`;
      out.push({ node: v.node, text: v.value, shift: prefix.length, rebuild: (t) => prefix + t });
    }
  }
  for (const c of createOptionsOf(mod)?.get("Cmd")?.items() ?? []) {
    if (typeof c.value === "string") out.push({ node: c, text: c.value, shift: 0, rebuild: (t) => t });
  }
  const walk2 = (n) => {
    if (typeof n.value === "string") out.push({ node: n, text: n.value, shift: 0, rebuild: (t) => t });
    else if (n.isArray) n.items().forEach(walk2);
    else if (n.isObject) n.entries().forEach(walk2);
  };
  if (mod.twin !== void 0) walk2(mod.twin);
  return out;
}
function targetOf(mod) {
  const bindings = /* @__PURE__ */ new Map();
  const hostPorts = /* @__PURE__ */ new Set();
  for (const b of portBindingsOf(mod)) {
    if (!b.parsed?.valid) continue;
    const hps = b.hostPorts.flatMap((h) => h.hostPort === void 0 ? [] : [h.hostPort]);
    bindings.set(b.parsed.port, [...bindings.get(b.parsed.port) ?? [], ...hps]);
    hps.forEach((h) => hostPorts.add(h));
  }
  const exposed = new Set(exposedPortsOf(mod).flatMap((e) => e.parsed?.valid ? [e.parsed.port] : []));
  return { mod, bindings, hostPorts, exposed };
}
var rule19 = {
  meta: {
    id: "inter-module-container-port",
    severity: "warning",
    facts: ["F6", "\xA75.5", "\xA71.6"],
    description: "A module's env, Env, Cmd or twin value that reaches another module as name:port on its container port, an unpublished port, or a name that is not its Kubernetes name.",
    repair: "suggestion"
  },
  check({ manifest, report }) {
    const byName = /* @__PURE__ */ new Map();
    for (const m of manifest.modules) if (!m.placeholderName) byName.set(m.name.toLowerCase(), m);
    const targets = /* @__PURE__ */ new Map();
    for (const mod of manifest.modules) {
      for (const p of places(mod)) {
        for (const match of p.text.matchAll(HOST_PORT)) {
          const host = match[1];
          const port = Number(match[2]);
          const t = byName.get(host.toLowerCase());
          if (t === void 0 || t === mod) continue;
          let target = targets.get(t);
          if (target === void 0) targets.set(t, target = targetOf(t));
          const k8s = k8sName(t.name);
          const badName = host.toLowerCase() !== k8s;
          let problem;
          let newPort = port;
          if (!target.hostPorts.has(port)) {
            const hps = target.bindings.get(port) ?? [];
            if (hps.length > 0) {
              newPort = hps[0];
              problem = `port ${port} is the container port of module '${t.name}', which publishes it on host port ${newPort}; on Kubernetes-based IoT Edge other modules connect to the host port`;
            } else {
              newPort = void 0;
              problem = `module '${t.name}' does not publish port ${port} with a HostPort${target.exposed.has(port) ? " (it is only in ExposedPorts)" : ""}, so other modules cannot reach it on Kubernetes-based IoT Edge`;
            }
          }
          if (problem === void 0 && !badName) continue;
          const start = match.index;
          const end = start + match[0].length;
          const parts = [problem, badName ? `'${host}' is not the Kubernetes name of module '${t.name}' (its service is named '${k8s}')` : void 0];
          const todo = newPort !== void 0 ? `write '${k8s}:${newPort}'` : `publish it in module '${t.name}' ("PortBindings": {"${port}/tcp": [{"HostPort": "${port}"}]})${badName ? ` and write '${k8s}:${port}'` : ""}`;
          const message = `${moduleLabel(mod)}: '${match[0]}': ${parts.filter((x) => x !== void 0).join("; ")}; ${todo}`;
          const replaced = p.text.slice(0, start) + `${k8s}:${newPort}` + p.text.slice(end);
          const edits = [{ op: "set", node: p.node, value: p.rebuild(replaced) }];
          report({
            node: p.node,
            range: [p.shift + start, p.shift + end],
            module: mod,
            message,
            ...newPort !== void 0 ? { suggestions: [{ message: `Connect to '${k8s}:${newPort}'`, edits }] } : {}
          });
        }
      }
    }
  }
};
var inter_module_container_port_default = rule19;

// rules/invalid-create-options.ts
var rule20 = {
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
var invalid_create_options_default = rule20;

// rules/invalid-json.ts
var rule21 = {
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
var invalid_json_default = rule21;

// rules/k8s-experimental-shape.ts
var import_ajv = __toESM(require_ajv(), 1);

// schemas/k8s-experimental.schema.json
var k8s_experimental_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/main/schemas/k8s-experimental.schema.json",
  title: 'createOptions["k8s-experimental"] as the IoT Edge Kubernetes agent reads it',
  description: "Shape of the k8s-experimental section (iotedge-k8s-facts \xA71.2, KubernetesExperimentalCreatePodParameters.cs). The agent matches these keys ignoring case and Newtonsoft matches nested member names ignoring case, so the names here are lowercase and the linter validates a copy whose object keys are lowercased (map keys such as node labels and resource names included, which only their value types constrain). Values are case-sensitive.",
  type: "object",
  properties: {
    nodeselector: {
      description: "IDictionary<string,string> -> pod.spec.nodeSelector (non-string scalars are the node-selector-string rule's business)",
      type: "object",
      additionalProperties: { type: ["string", "number", "boolean"] }
    },
    resources: {
      description: "V1ResourceRequirements -> the module container's resources",
      type: "object",
      properties: {
        limits: { $ref: "#/definitions/quantities" },
        requests: { $ref: "#/definitions/quantities" }
      },
      additionalProperties: false
    },
    volumes: {
      description: "IReadOnlyList<KubernetesModuleVolumeSpec> -> pod.spec.volumes and the container's volumeMounts",
      type: "array",
      items: {
        type: "object",
        properties: {
          volume: {
            type: "object",
            properties: { name: { type: "string" } },
            required: ["name"]
          },
          volumemounts: {
            type: "array",
            items: {
              type: "object",
              properties: {
                name: { type: "string" },
                mountpath: { type: "string" },
                readonly: { type: "boolean" },
                subpath: { type: "string" },
                subpathexpr: { type: "string" },
                mountpropagation: { type: "string" }
              },
              required: ["name", "mountpath"],
              additionalProperties: false
            }
          }
        },
        additionalProperties: false
      }
    },
    securitycontext: {
      description: "V1PodSecurityContext -> pod.spec.securityContext (container-level keys are the security-context-container-keys rule's business)",
      type: "object"
    },
    serviceoptions: {
      description: "KubernetesServiceOptions { Type, LoadBalancerIP } (the values are the service-options rule's business)",
      type: "object",
      properties: {
        type: { type: "string" },
        loadbalancerip: { type: "string" }
      },
      additionalProperties: false
    },
    strategy: {
      description: "V1DeploymentStrategy -> deployment.spec.strategy",
      type: "object",
      properties: {
        type: { enum: ["Recreate", "RollingUpdate"] },
        rollingupdate: {
          type: "object",
          properties: {
            maxsurge: { $ref: "#/definitions/intOrString" },
            maxunavailable: { $ref: "#/definitions/intOrString" }
          },
          additionalProperties: false
        }
      },
      additionalProperties: false,
      if: { properties: { type: { const: "Recreate" } }, required: ["type"] },
      then: { not: { required: ["rollingupdate"] } }
    }
  },
  additionalProperties: false,
  definitions: {
    quantities: {
      type: "object",
      additionalProperties: { type: ["string", "number"] }
    },
    intOrString: { type: ["integer", "string"] }
  }
};

// rules/k8s-experimental-shape.ts
var SECTION = "k8s-experimental";
var DISPLAY = {
  nodeselector: "nodeSelector",
  securitycontext: "securityContext",
  serviceoptions: "serviceOptions",
  loadbalancerip: "loadBalancerIP",
  volumemounts: "volumeMounts",
  mountpath: "mountPath",
  readonly: "readOnly",
  subpath: "subPath",
  subpathexpr: "subPathExpr",
  mountpropagation: "mountPropagation",
  rollingupdate: "rollingUpdate",
  maxsurge: "maxSurge",
  maxunavailable: "maxUnavailable"
};
var display = (k) => DISPLAY[k] ?? k;
var SERVICE_OPTIONS_ALIASES = /* @__PURE__ */ new Set(["service-options", "service_options"]);
var compiled;
function validator() {
  compiled ??= new import_ajv.Ajv({ allErrors: true, strict: false, verbose: true }).compile(k8s_experimental_schema_default);
  return compiled;
}
function lowerKeys(v) {
  if (Array.isArray(v)) return v.map(lowerKeys);
  if (!isPlainObject(v)) return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) out[k.toLowerCase()] = lowerKeys(x);
  return out;
}
function follow(section, pointer) {
  let node = section;
  let label = SECTION;
  for (const raw of pointer.split("/").slice(1)) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === void 0) return void 0;
    if (node.isArray) {
      node = node.items()[Number(seg)];
      label += `[${seg}]`;
    } else {
      node = node.getIgnoreCase(seg);
      label += `.${node?.key ?? seg}`;
    }
  }
  return node === void 0 ? void 0 : { node, label };
}
function typeName(t) {
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => x === "object" || x === "array" || x === "integer" ? `an ${x}` : `a ${x}`).join(" or ");
}
function allowedKeys(e) {
  const props = e.parentSchema?.properties ?? {};
  return Object.keys(props).map(display).join(", ");
}
function anchor(node) {
  if (node.key !== void 0) return { node, part: "key" };
  const first = node.entries()[0];
  return first !== void 0 ? { node: first, part: "key" } : { node, part: "value" };
}
function checkSection(mod, section, report) {
  const label = moduleLabel(mod);
  if (typeof section.value === "string" && hasPlaceholder(section.value)) return;
  if (!section.isObject) {
    report({
      node: section,
      part: "value",
      module: mod,
      message: `${label}: k8s-experimental must be an object; the Kubernetes agent logs "Unable to parse Kubernetes CreateOptions" and ignores it`
    });
    return;
  }
  const ci = section.withCase(true);
  const validate = validator();
  if (validate(lowerKeys(section.value))) return;
  const seen = /* @__PURE__ */ new Set();
  for (const e of validate.errors ?? []) {
    if (e.keyword === "if") continue;
    const at = follow(ci, e.instancePath);
    if (at === void 0) continue;
    if (typeof at.node.value === "string" && hasPlaceholder(at.node.value)) continue;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    switch (e.keyword) {
      case "additionalProperties": {
        const prop = String(e.params.additionalProperty);
        const child = at.node.getIgnoreCase(prop);
        if (child === void 0) break;
        const topLevel = e.instancePath === "";
        if (topLevel && SERVICE_OPTIONS_ALIASES.has(prop)) {
          const clash = ci.getIgnoreCase("serviceOptions") !== void 0;
          report({
            node: child,
            module: mod,
            message: `${label}: '${child.key}' in k8s-experimental is not a key the Kubernetes agent knows (the docs' summary misspells it); it is ignored with a warning: name it 'serviceOptions'${clash ? ", and merge it with the existing 'serviceOptions' by hand" : ""}`,
            ...clash ? {} : { fix: [{ op: "rename", node: child, key: "serviceOptions" }] }
          });
          break;
        }
        report({
          node: child,
          module: mod,
          message: topLevel ? `${label}: '${child.key}' is not a k8s-experimental key; the Kubernetes agent ignores it with the warning "Unknown Kubernetes CreateOption"; allowed: ${allowedKeys(e)}` : `${label}: '${child.key}' is not a member of ${at.label} and is silently lost on Kubernetes; allowed: ${allowedKeys(e)}`
        });
        break;
      }
      case "type":
        report({ ...anchor(at.node), module: mod, message: `${label}: ${at.label} must be ${typeName(e.params.type)}; the Kubernetes agent cannot read it` });
        break;
      case "enum":
        report({
          node: at.node,
          part: "value",
          module: mod,
          message: `${label}: ${at.label} is ${JSON.stringify(at.node.value)}; Kubernetes accepts only ${e.params.allowedValues.map((v) => `'${String(v)}'`).join(" or ")} (case-sensitive) and rejects the Deployment`
        });
        break;
      case "required": {
        const missing = display(String(e.params.missingProperty));
        report({ ...anchor(at.node), module: mod, message: `${label}: ${at.label} has no '${missing}', which Kubernetes requires` });
        break;
      }
      case "not": {
        const ru = at.node.getIgnoreCase("rollingUpdate");
        report({
          node: ru ?? at.node,
          module: mod,
          message: `${label}: ${at.label}.rollingUpdate is set with type 'Recreate', and Kubernetes rejects the Deployment ("may not be specified when strategy type is 'Recreate'"); remove rollingUpdate`
        });
        break;
      }
      default:
        report({ ...anchor(at.node), module: mod, message: `${label}: ${at.label} ${e.message ?? "is not valid"}` });
    }
  }
}
function checkModule2(mod, report) {
  const root = mod.createOptions.root;
  if (root === void 0) return;
  const label = moduleLabel(mod);
  const top = root.entries().filter((e) => e.key.toLowerCase() === SECTION);
  const exact = top.find((e) => e.key === SECTION);
  const misspelt = top.filter((e) => e.key !== SECTION);
  for (const m of misspelt) {
    const canFix = exact === void 0 && misspelt.length === 1;
    report({
      node: m,
      module: mod,
      message: `${label}: '${m.key}' is probably not read: the Kubernetes agent looks the section up by the exact key 'k8s-experimental' (inferred from its source)${canFix ? "; rename it to 'k8s-experimental'" : "; merge it into 'k8s-experimental' by hand"}`,
      ...canFix ? { fix: [{ op: "rename", node: m, key: SECTION }] } : {}
    });
  }
  const hc = hostConfigOf(mod);
  const nested = hc?.entries().filter((e) => e.key.toLowerCase() === SECTION) ?? [];
  for (const n of nested) {
    const canMove = top.length === 0 && nested.length === 1;
    const fix = [
      { op: "add", parent: root, key: SECTION, copyOf: n },
      { op: "remove", node: n }
    ];
    report({
      node: n,
      module: mod,
      message: `${label}: '${n.key}' is inside HostConfig, where the Kubernetes agent does not look for it; it belongs at the top level of createOptions, next to HostConfig${canMove ? "" : ", where 'k8s-experimental' already exists: merge the two by hand"}`,
      ...canMove ? { fix } : {}
    });
  }
  if (exact !== void 0) checkSection(mod, exact, report);
}
var rule22 = {
  meta: {
    id: "k8s-experimental-shape",
    severity: "error",
    facts: ["\xA71.1", "\xA71.2"],
    description: "k8s-experimental misspelt in case, placed under HostConfig, not an object, with an unknown key, or a bad strategy; fixes the key case, the placement and service-options.",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) checkModule2(mod, report);
  }
};
var k8s_experimental_shape_default = rule22;

// rules/_k8s-annotations.ts
var ALPHA = /[a-zA-Z]/;
var ALNUM = /[a-zA-Z0-9]/;
var DNS_CHARS = /[a-z0-9-]/;
var NAME_CHARS = /[a-zA-Z0-9._-]/;
var MAX_DNS_LABEL = 63;
var MAX_NAME = 63;
var MAX_K8S_VALUE = 253;
var InvalidName = class extends Error {
};
function trimAndKeep(name, start, keep) {
  let s = 0;
  while (s < name.length && !start.test(name[s])) s++;
  if (s === name.length) return "";
  let e = Math.max(s, name.length - 1);
  while (e > s && !ALNUM.test(name[e])) e--;
  let out = "";
  for (let i = s; i <= e; i++) if (keep.test(name[i])) out += name[i];
  return out;
}
function sanitizeDnsValue(label) {
  if (label === "") throw new InvalidName(`the prefix has an empty DNS label`);
  const out = trimAndKeep(label.toLowerCase(), ALPHA, DNS_CHARS);
  if (out === "") throw new InvalidName(`the prefix label '${label}' has no letter to start a DNS label with`);
  if (out.length > MAX_DNS_LABEL) throw new InvalidName(`the prefix label '${label}' is longer than ${MAX_DNS_LABEL} characters`);
  return out;
}
function sanitizeDnsDomain(prefix) {
  if (prefix === "") throw new InvalidName("the prefix before '/' is empty");
  const out = prefix.split(".").map(sanitizeDnsValue).join(".");
  if (out.length > MAX_K8S_VALUE) throw new InvalidName(`the prefix is longer than ${MAX_K8S_VALUE} characters`);
  return out;
}
function sanitizeNameValue(name) {
  const out = trimAndKeep(name, ALNUM, NAME_CHARS);
  if (out === "") throw new InvalidName(`the name '${name}' has no letter or digit, so it sanitizes to nothing`);
  if (out.length > MAX_NAME) throw new InvalidName(`the name '${out}' is ${out.length} characters long after sanitizing, more than ${MAX_NAME}`);
  return out;
}
function sanitizeAnnotationKey(key) {
  try {
    if (key === "") throw new InvalidName("the key is empty");
    const slash = key.indexOf("/");
    const out = slash >= 0 ? `${sanitizeDnsDomain(key.slice(0, slash))}/${sanitizeNameValue(key.slice(slash + 1))}` : sanitizeNameValue(key);
    return { ok: true, key: out };
  } catch (e) {
    if (e instanceof InvalidName) return { ok: false, reason: e.message };
    throw e;
  }
}

// rules/label-key.ts
var rule23 = {
  meta: {
    id: "label-key",
    severity: "error",
    facts: ["\xA71.3"],
    description: "A createOptions.Labels key that becomes empty, invalid or longer than 63 characters as a Kubernetes annotation key.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const labels = mod.createOptions.root?.get("Labels");
      if (labels === void 0 || !labels.isObject) continue;
      const seen = /* @__PURE__ */ new Map();
      for (const entry of labels.entries()) {
        const key = entry.key;
        if (isPlaceholder(key)) continue;
        const s = sanitizeAnnotationKey(key);
        if (!s.ok) {
          report({
            node: entry,
            part: "key",
            module: mod,
            message: `${moduleLabel(mod)}: the label '${key}' cannot become a Kubernetes annotation key (${s.reason}), and the agent refuses the module; use a key of at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit, optionally after a DNS prefix and '/' (e.g. 'contoso.com/camera-role')`
          });
          continue;
        }
        const first = seen.get(s.key);
        if (first !== void 0) {
          report({
            node: entry,
            part: "key",
            module: mod,
            message: `${moduleLabel(mod)}: the labels '${first}' and '${key}' both become the annotation key '${s.key}' on Kubernetes, and the agent fails adding the second; rename one of them`
          });
        } else seen.set(s.key, key);
      }
    }
  }
};
var label_key_default = rule23;

// rules/legacy-module-content.ts
var rule24 = {
  meta: {
    id: "legacy-module-content",
    severity: "warning",
    facts: ["\xA72.1"],
    description: "The legacy root key moduleContent; the fix renames it to modulesContent.",
    repair: "fix"
  },
  check({ manifest, report }) {
    const inner = manifest.root.getExact("content");
    for (const holder of [manifest.root, ...inner?.isObject ? [inner] : []]) {
      const legacy = holder.getExact("moduleContent");
      if (legacy === void 0 || !legacy.isObject) continue;
      const clash = holder.getExact("modulesContent") !== void 0;
      report({
        node: legacy,
        part: "key",
        message: clash ? "'moduleContent' is the deprecated pre-GA name, and this file also has 'modulesContent', so 'moduleContent' is ignored; merge the two by hand and keep 'modulesContent'" : "'moduleContent' is the deprecated pre-GA name of 'modulesContent' (the az CLI warns, VS Code rewrites it); rename it to 'modulesContent'",
        ...clash ? {} : { fix: [{ op: "rename", node: legacy, key: "modulesContent" }] }
      });
    }
  }
};
var legacy_module_content_default = rule24;

// schemas/deployment-manifest.schema.json
var deployment_manifest_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/schemas/deployment-manifest.schema.json",
  title: "Azure IoT Edge deployment manifest (base deployment), as checked by iotedge-gpu-lint's manifest-schema rule",
  description: 'Written for iotedge-gpu-lint from the documented manifest format. $edgeAgent and $edgeHub are checked against their schemaVersion: "1.0" selects the lenient 1.0 schema, anything else (1.1, a placeholder, 1.2) the strict 1.1 schema. createOptions is a string here; the linter swaps in {object or string} for deployment templates. Layered deployments and twins are not checked.',
  type: "object",
  required: ["modulesContent"],
  properties: {
    "$schema-template": { description: 'the template schema version, e.g. "4.0.0"', type: "string" },
    $schema: { description: "a schema URI", type: "string" },
    modulesContent: { $ref: "#/definitions/modulesContent" }
  },
  additionalProperties: false,
  definitions: {
    modulesContent: {
      description: 'an object {"$edgeAgent": ..., "$edgeHub": ..., <module twins>}',
      type: "object",
      required: ["$edgeAgent", "$edgeHub"],
      properties: {
        $edgeAgent: {
          description: 'an object {"properties.desired": {...}}',
          type: "object",
          required: ["properties.desired"],
          properties: {
            "properties.desired": {
              if: { required: ["schemaVersion"], properties: { schemaVersion: { const: "1.0" } } },
              then: { $ref: "manifest/edgeagent-1.0.schema.json" },
              else: { $ref: "manifest/edgeagent-1.1.schema.json" }
            }
          },
          additionalProperties: false
        },
        $edgeHub: {
          description: 'an object {"properties.desired": {...}}',
          type: "object",
          required: ["properties.desired"],
          properties: {
            "properties.desired": {
              if: { required: ["schemaVersion"], properties: { schemaVersion: { const: "1.0" } } },
              then: { $ref: "manifest/edgehub-1.0.schema.json" },
              else: { $ref: "manifest/edgehub-1.1.schema.json" }
            }
          },
          additionalProperties: false
        }
      },
      additionalProperties: { $ref: "manifest/common.schema.json#/definitions/twin" }
    }
  }
};

// schemas/manifest/common.schema.json
var common_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/schemas/manifest/common.schema.json",
  title: "Shared definitions of the IoT Edge deployment manifest schema (iotedge-gpu-lint)",
  description: "Written for iotedge-gpu-lint from the documented manifest format. A template placeholder string ($VAR, ${VAR}, __X__, {{X}}) stands for any value: the linter drops errors whose value is one.",
  definitions: {
    moduleType: {
      description: "the module type",
      enum: [
        "docker"
      ]
    },
    status: {
      description: "the module status",
      enum: [
        "running",
        "stopped"
      ]
    },
    restartPolicy: {
      description: "the restart policy",
      enum: [
        "never",
        "on-failure",
        "on-unhealthy",
        "always"
      ]
    },
    imagePullPolicy: {
      description: "the image pull policy",
      enum: [
        "on-create",
        "never"
      ]
    },
    startupOrder: {
      description: "an integer from 0 to 4294967295",
      type: "integer",
      minimum: 0,
      maximum: 4294967295
    },
    version: {
      description: 'a version string such as "1.0"',
      type: "string"
    },
    image: {
      description: 'the container image, e.g. "contoso.azurecr.io/camera:1.0"',
      type: "string",
      minLength: 1
    },
    createOptions: {
      description: "a string holding the Docker create options as JSON (an object is allowed only in deployment templates)",
      type: "string"
    },
    env: {
      description: 'an object of environment variables: {"NAME": {"value": ...}}',
      type: "object",
      propertyNames: {
        description: "environment variable name",
        pattern: "^[^+#$\\s.]+$"
      },
      additionalProperties: {
        description: 'an object {"value": <string, number or boolean>}',
        type: "object",
        required: [
          "value"
        ],
        properties: {
          value: {
            description: "a string, number or boolean",
            type: [
              "string",
              "number",
              "boolean"
            ]
          }
        },
        additionalProperties: false
      }
    },
    registryCredentials: {
      description: 'an object of registry credentials: {"name": {"username", "password", "address"}}',
      type: "object",
      additionalProperties: {
        description: 'an object {"username", "password", "address"}',
        type: "object",
        required: [
          "username",
          "password",
          "address"
        ],
        properties: {
          username: {
            description: "the registry user name",
            type: "string"
          },
          password: {
            description: "the registry password",
            type: "string"
          },
          address: {
            description: 'the registry address without spaces, e.g. "contoso.azurecr.io"',
            type: "string",
            pattern: "^\\S+$"
          }
        },
        additionalProperties: false
      }
    },
    twin: {
      description: 'a module twin: {"properties.desired": {...}} (an empty object is allowed)',
      type: "object",
      properties: {
        "properties.desired": {
          description: "an object of desired properties",
          type: "object"
        }
      },
      additionalProperties: false
    }
  }
};

// schemas/manifest/edgeagent-1.0.schema.json
var edgeagent_1_0_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/schemas/manifest/edgeagent-1.0.schema.json",
  title: "$edgeAgent properties.desired, schemaVersion 1.0",
  description: "As lenient as the 1.0 schema the az CLI bundles: unknown members of modules, settings and runtime are allowed; names, env and the documented fields are checked.",
  type: "object",
  required: [
    "schemaVersion",
    "runtime",
    "systemModules",
    "modules"
  ],
  properties: {
    schemaVersion: {
      description: 'a version string such as "1.0"',
      type: "string"
    },
    runtime: {
      description: 'the runtime: {"type": "docker", "settings": {...}}',
      type: "object",
      required: [
        "type",
        "settings"
      ],
      properties: {
        type: {
          $ref: "common.schema.json#/definitions/moduleType"
        },
        settings: {
          description: "an object {minDockerVersion, loggingOptions, registryCredentials}",
          type: "object",
          properties: {
            minDockerVersion: {
              description: 'a Docker version string such as "v1.25"',
              type: "string"
            },
            loggingOptions: {
              description: "a string",
              type: "string"
            },
            registryCredentials: {
              $ref: "common.schema.json#/definitions/registryCredentials"
            }
          }
        }
      }
    },
    systemModules: {
      description: 'an object {"edgeAgent": {...}, "edgeHub": {...}}',
      type: "object",
      required: [
        "edgeAgent",
        "edgeHub"
      ],
      properties: {
        edgeAgent: {
          description: "the edgeAgent module: {type, settings, env?}",
          type: "object",
          required: [
            "type",
            "settings"
          ],
          properties: {
            version: {
              $ref: "common.schema.json#/definitions/version"
            },
            type: {
              $ref: "common.schema.json#/definitions/moduleType"
            },
            settings: {
              $ref: "#/definitions/settings"
            },
            env: {
              $ref: "common.schema.json#/definitions/env"
            },
            imagePullPolicy: {
              $ref: "common.schema.json#/definitions/imagePullPolicy"
            }
          }
        },
        edgeHub: {
          description: "the edgeHub module: {type, status, restartPolicy, settings, env?}",
          type: "object",
          required: [
            "type",
            "settings",
            "status",
            "restartPolicy"
          ],
          properties: {
            version: {
              $ref: "common.schema.json#/definitions/version"
            },
            type: {
              $ref: "common.schema.json#/definitions/moduleType"
            },
            settings: {
              $ref: "#/definitions/settings"
            },
            env: {
              $ref: "common.schema.json#/definitions/env"
            },
            status: {
              $ref: "common.schema.json#/definitions/status"
            },
            restartPolicy: {
              $ref: "common.schema.json#/definitions/restartPolicy"
            },
            imagePullPolicy: {
              $ref: "common.schema.json#/definitions/imagePullPolicy"
            },
            startupOrder: {
              $ref: "common.schema.json#/definitions/startupOrder"
            }
          }
        }
      },
      additionalProperties: false
    },
    modules: {
      description: "an object of modules by name",
      type: "object",
      propertyNames: {
        description: "module name",
        pattern: "^[a-zA-Z0-9_-]+$"
      },
      additionalProperties: {
        description: "a module: {version?, type, status, restartPolicy, settings, env?}",
        type: "object",
        required: [
          "type",
          "status",
          "restartPolicy",
          "settings"
        ],
        properties: {
          version: {
            $ref: "common.schema.json#/definitions/version"
          },
          type: {
            $ref: "common.schema.json#/definitions/moduleType"
          },
          status: {
            $ref: "common.schema.json#/definitions/status"
          },
          restartPolicy: {
            $ref: "common.schema.json#/definitions/restartPolicy"
          },
          env: {
            $ref: "common.schema.json#/definitions/env"
          },
          settings: {
            $ref: "#/definitions/settings"
          },
          imagePullPolicy: {
            $ref: "common.schema.json#/definitions/imagePullPolicy"
          },
          startupOrder: {
            $ref: "common.schema.json#/definitions/startupOrder"
          }
        }
      }
    }
  },
  definitions: {
    settings: {
      description: 'an object {"image": ..., "createOptions": ...}',
      type: "object",
      required: [
        "image"
      ],
      properties: {
        image: {
          $ref: "common.schema.json#/definitions/image"
        }
      },
      patternProperties: {
        "^[cC][rR][eE][aA][tT][eE][oO][pP][tT][iI][oO][nN][sS][0-9]*$": {
          $ref: "common.schema.json#/definitions/createOptions"
        }
      }
    }
  }
};

// schemas/manifest/edgeagent-1.1.schema.json
var edgeagent_1_1_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/schemas/manifest/edgeagent-1.1.schema.json",
  title: "$edgeAgent properties.desired, schemaVersion 1.1 (also used for placeholder and higher versions)",
  description: "Strict, like the 1.1 schema the az CLI bundles: no unknown members anywhere.",
  type: "object",
  required: [
    "schemaVersion",
    "runtime",
    "systemModules",
    "modules"
  ],
  properties: {
    schemaVersion: {
      description: 'a version string such as "1.1"',
      type: "string"
    },
    runtime: {
      description: 'the runtime: {"type": "docker", "settings": {...}}',
      type: "object",
      required: [
        "type",
        "settings"
      ],
      properties: {
        type: {
          $ref: "common.schema.json#/definitions/moduleType"
        },
        settings: {
          description: "an object {minDockerVersion, loggingOptions, registryCredentials}",
          type: "object",
          properties: {
            minDockerVersion: {
              description: 'a Docker version string such as "v1.25"',
              type: "string"
            },
            loggingOptions: {
              description: "a string",
              type: "string"
            },
            registryCredentials: {
              $ref: "common.schema.json#/definitions/registryCredentials"
            }
          },
          additionalProperties: false
        }
      },
      additionalProperties: false
    },
    systemModules: {
      description: 'an object {"edgeAgent": {...}, "edgeHub": {...}}',
      type: "object",
      required: [
        "edgeAgent",
        "edgeHub"
      ],
      properties: {
        edgeAgent: {
          description: "the edgeAgent module: {type, settings, env?}",
          type: "object",
          required: [
            "type",
            "settings"
          ],
          properties: {
            version: {
              $ref: "common.schema.json#/definitions/version"
            },
            type: {
              $ref: "common.schema.json#/definitions/moduleType"
            },
            settings: {
              $ref: "#/definitions/settings"
            },
            env: {
              $ref: "common.schema.json#/definitions/env"
            },
            imagePullPolicy: {
              $ref: "common.schema.json#/definitions/imagePullPolicy"
            }
          },
          additionalProperties: false
        },
        edgeHub: {
          description: "the edgeHub module: {type, status, restartPolicy, settings, env?}",
          type: "object",
          required: [
            "type",
            "settings",
            "status",
            "restartPolicy"
          ],
          properties: {
            version: {
              $ref: "common.schema.json#/definitions/version"
            },
            type: {
              $ref: "common.schema.json#/definitions/moduleType"
            },
            settings: {
              $ref: "#/definitions/settings"
            },
            env: {
              $ref: "common.schema.json#/definitions/env"
            },
            status: {
              $ref: "common.schema.json#/definitions/status"
            },
            restartPolicy: {
              $ref: "common.schema.json#/definitions/restartPolicy"
            },
            imagePullPolicy: {
              $ref: "common.schema.json#/definitions/imagePullPolicy"
            },
            startupOrder: {
              $ref: "common.schema.json#/definitions/startupOrder"
            }
          },
          additionalProperties: false
        }
      },
      additionalProperties: false
    },
    modules: {
      description: "an object of modules by name",
      type: "object",
      propertyNames: {
        description: "module name",
        pattern: "^[a-zA-Z0-9_-]+$"
      },
      additionalProperties: {
        description: "a module: {version?, type, status, restartPolicy, settings, env?}",
        type: "object",
        required: [
          "type",
          "status",
          "restartPolicy",
          "settings"
        ],
        properties: {
          version: {
            $ref: "common.schema.json#/definitions/version"
          },
          type: {
            $ref: "common.schema.json#/definitions/moduleType"
          },
          status: {
            $ref: "common.schema.json#/definitions/status"
          },
          restartPolicy: {
            $ref: "common.schema.json#/definitions/restartPolicy"
          },
          env: {
            $ref: "common.schema.json#/definitions/env"
          },
          settings: {
            $ref: "#/definitions/settings"
          },
          imagePullPolicy: {
            $ref: "common.schema.json#/definitions/imagePullPolicy"
          },
          startupOrder: {
            $ref: "common.schema.json#/definitions/startupOrder"
          }
        },
        additionalProperties: false
      }
    }
  },
  additionalProperties: false,
  definitions: {
    settings: {
      description: 'an object {"image": ..., "createOptions": ...}',
      type: "object",
      required: [
        "image"
      ],
      properties: {
        image: {
          $ref: "common.schema.json#/definitions/image"
        }
      },
      patternProperties: {
        "^[cC][rR][eE][aA][tT][eE][oO][pP][tT][iI][oO][nN][sS][0-9]*$": {
          $ref: "common.schema.json#/definitions/createOptions"
        }
      },
      additionalProperties: false
    }
  }
};

// schemas/manifest/edgehub-1.0.schema.json
var edgehub_1_0_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/schemas/manifest/edgehub-1.0.schema.json",
  title: "$edgeHub properties.desired, schemaVersion 1.0",
  description: "As lenient as the 1.0 schema the az CLI bundles: routes are strings; unknown members are allowed.",
  type: "object",
  required: ["schemaVersion", "routes"],
  properties: {
    schemaVersion: { description: 'a version string such as "1.0"', type: "string" },
    routes: {
      description: "an object of routes by name",
      type: "object",
      additionalProperties: {
        description: 'a route string ("FROM ... INTO ..."); route objects {route, priority, timeToLiveSecs} need schemaVersion 1.1',
        type: "string",
        minLength: 1
      }
    },
    storeAndForwardConfiguration: {
      description: 'an object {"timeToLiveSecs": <integer>}',
      type: "object",
      required: ["timeToLiveSecs"],
      properties: {
        timeToLiveSecs: { description: "an integer number of seconds", type: "integer", minimum: 0 }
      }
    }
  }
};

// schemas/manifest/edgehub-1.1.schema.json
var edgehub_1_1_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/schemas/manifest/edgehub-1.1.schema.json",
  title: "$edgeHub properties.desired, schemaVersion 1.1 (also used for placeholder and higher versions)",
  description: "Strict, like the 1.1 schema the az CLI bundles. mqttBroker (schemaVersion 1.2) is accepted only when schemaVersion is neither 1.0 nor 1.1; the schema-version rule reports 1.2 itself.",
  type: "object",
  required: ["schemaVersion", "routes"],
  properties: {
    schemaVersion: { description: 'a version string such as "1.1"', type: "string" },
    routes: {
      description: "an object of routes by name",
      type: "object",
      propertyNames: { description: "route name", pattern: "^[^.$# ]+$" },
      additionalProperties: {
        description: "a route string or an object {route, priority, timeToLiveSecs}",
        if: { type: "object" },
        then: {
          required: ["route"],
          properties: {
            route: { description: 'a route string ("FROM ... INTO ...")', type: "string", minLength: 1 },
            priority: { description: "an integer from 0 (highest) to 9", type: "integer", minimum: 0, maximum: 9 },
            timeToLiveSecs: { description: "an integer number of seconds", type: "integer", minimum: 0, maximum: 4294967295 }
          },
          additionalProperties: false
        },
        else: { description: "a route string or an object {route, priority, timeToLiveSecs}", type: "string", minLength: 1 }
      }
    },
    storeAndForwardConfiguration: {
      description: 'an object {"timeToLiveSecs": <integer>}',
      type: "object",
      required: ["timeToLiveSecs"],
      properties: {
        timeToLiveSecs: { description: "an integer number of seconds", type: "integer", minimum: 0, maximum: 4294967295 }
      },
      additionalProperties: false
    },
    mqttBroker: { description: "the MQTT broker configuration (schemaVersion 1.2)", type: "object" }
  },
  additionalProperties: false,
  if: { properties: { schemaVersion: { enum: ["1.0", "1.1"] } } },
  then: { properties: { mqttBroker: { not: {}, description: "mqttBroker needs edgeHub schemaVersion 1.2, which the Kubernetes runtime rejects; remove it" } } }
};

// rules/_json-schema.ts
var import_ajv2 = __toESM(require_ajv(), 1);
function newAjv(extra = {}) {
  return new import_ajv2.Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false, ...extra });
}
function decodePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function childOf(node, seg) {
  if (node.isArray) {
    if (!/^(0|[1-9][0-9]*)$/.test(seg)) return void 0;
    return node.items()[Number(seg)];
  }
  return node.getExact(seg);
}
function nodeAtPointer(base, pointer) {
  let n = base;
  for (const seg of decodePointer(pointer)) {
    n = n === void 0 ? void 0 : childOf(n, seg);
  }
  return n;
}
function isPlaceholderish(v) {
  return typeof v === "string" && hasPlaceholder(v);
}
function schemaFindings(base, errors) {
  const out = [];
  for (const e of errors ?? []) {
    if (e.keyword === "if") continue;
    if (e.schemaPath.includes("/propertyNames/")) continue;
    const at = nodeAtPointer(base, e.instancePath);
    if (at === void 0) continue;
    if (e.keyword === "required") {
      const name = String(e.params.missingProperty);
      out.push({ node: at, part: at.key !== void 0 ? "key" : "value", kind: "missing", error: e, name });
    } else if (e.keyword === "additionalProperties") {
      const name = String(e.params.additionalProperty);
      if (hasPlaceholder(name)) continue;
      const member = at.getExact(name);
      if (member !== void 0) out.push({ node: member, part: "key", kind: "unknown", error: e, name });
    } else if (e.keyword === "propertyNames") {
      const name = String(e.params.propertyName);
      if (hasPlaceholder(name)) continue;
      const member = at.getExact(name);
      if (member !== void 0) out.push({ node: member, part: "key", kind: "name", error: e, name });
    } else {
      if (isPlaceholderish(e.data)) continue;
      out.push({ node: at, part: at.key !== void 0 && e.keyword === "not" ? "key" : "value", kind: "value", error: e });
    }
  }
  return out;
}
function typeName2(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "number") return Number.isInteger(v) ? "an integer" : "a number";
  return `a ${typeof v}`;
}
function showValue(v, max = 60) {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
}
function description(schema) {
  if (schema !== null && typeof schema === "object" && "description" in schema) {
    const d = schema.description;
    return typeof d === "string" ? d : void 0;
  }
  return void 0;
}
function allowedProperties(parentSchema) {
  if (parentSchema === null || typeof parentSchema !== "object") return [];
  const props = parentSchema.properties;
  return props === void 0 ? [] : Object.keys(props);
}
function describeFinding(f, where, resolve4) {
  const e = f.error;
  const here = where === "" ? "the value" : where;
  switch (f.kind) {
    case "missing": {
      let sub = e.parentSchema?.properties?.[f.name];
      const ref = sub?.$ref;
      if (typeof ref === "string" && resolve4 !== void 0) sub = resolve4(ref);
      const what2 = description(sub);
      return `${here === "the value" ? "the object" : here} has no "${f.name}"; add it${what2 ? ` (${what2})` : ""}`;
    }
    case "unknown": {
      const allowed = allowedProperties(e.parentSchema);
      const close = allowed.find((a) => a.toLowerCase() === f.name.toLowerCase());
      const inWhere = where === "" ? "" : ` in ${where}`;
      if (close !== void 0) return `unknown property "${f.name}"${inWhere}; the key is "${close}" (keys here are case-sensitive)`;
      return `unknown property "${f.name}"${inWhere}; remove it${allowed.length > 0 ? ` (allowed: ${allowed.join(", ")})` : ""}`;
    }
    case "name": {
      const s = e.schema;
      return `${s?.description ?? "name"} "${f.name}" is not valid; it must match ${s?.pattern ?? "the schema"}`;
    }
    default:
      break;
  }
  const what = description(e.parentSchema);
  const data = e.data;
  switch (e.keyword) {
    case "type":
      return `${here} must be ${what ?? e.params.type}, not ${typeName2(data)}`;
    case "enum":
      return `${here} is ${showValue(data)}; write one of ${(e.params.allowedValues ?? []).map((v) => showValue(v)).join(", ")}`;
    case "const":
      return `${here} is ${showValue(data)}; write ${showValue(e.params.allowedValue)}`;
    case "minLength":
      return `${here} must not be empty${what ? ` (${what})` : ""}`;
    case "pattern":
      return `${here} is ${showValue(data)}; it must match ${e.params.pattern}${what ? ` (${what})` : ""}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `${here} is ${showValue(data)}; it ${e.message}${what ? ` (${what})` : ""}`;
    case "not":
      return `${here} is not allowed here${what ? `: ${what}` : ""}`;
    default:
      return `${here} ${e.message ?? "is not valid"}${what ? ` (${what})` : ""}`;
  }
}

// rules/manifest-schema.ts
function compile(template) {
  const common = structuredClone(common_schema_default);
  if (template) {
    common.definitions.createOptions = {
      description: "the Docker create options: an object, or a string holding them as JSON",
      type: ["object", "string"]
    };
  }
  const ajv = newAjv();
  for (const s of [common, edgeagent_1_0_schema_default, edgeagent_1_1_schema_default, edgehub_1_0_schema_default, edgehub_1_1_schema_default, deployment_manifest_schema_default]) ajv.addSchema(s);
  const root = ajv.getSchema(deployment_manifest_schema_default.$id);
  const content = ajv.getSchema(`${deployment_manifest_schema_default.$id}#/definitions/modulesContent`);
  if (root === void 0 || content === void 0) throw new Error("internal: manifest schema did not compile");
  return { root, content };
}
var VALIDATORS = {};
function validatorFor(template) {
  const key = template ? "template" : "manifest";
  return VALIDATORS[key] ??= compile(template);
}
var BY_FILE = {
  "common.schema.json": common_schema_default,
  "edgeagent-1.0.schema.json": edgeagent_1_0_schema_default,
  "edgeagent-1.1.schema.json": edgeagent_1_1_schema_default,
  "edgehub-1.0.schema.json": edgehub_1_0_schema_default,
  "edgehub-1.1.schema.json": edgehub_1_1_schema_default
};
function resolveRef(ref) {
  const [file = "", pointer = ""] = ref.split("#");
  let here = BY_FILE[file.split("/").pop()] ?? edgeagent_1_0_schema_default;
  for (const seg of pointer.split("/").filter((s) => s !== "")) {
    here = here !== null && typeof here === "object" ? here[seg] : void 0;
  }
  return here;
}
var LAYERED_KEY = /^properties\.desired\./;
function isBaseDeployment(manifest) {
  if (manifest.shape === "twin" || manifest.layered || manifest.modulesContent === void 0) return false;
  const agent = manifest.modulesContent.getExact("$edgeAgent");
  if (agent?.isObject && agent.entries().length === 0) return false;
  for (const member of manifest.modulesContent.entries()) {
    if (member.entries().some((m) => LAYERED_KEY.test(m.key))) return false;
  }
  return true;
}
function formatPath(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
function owner(manifest, node) {
  let best;
  for (const m of manifest.modules) {
    const p = m.node.path;
    if (p.length <= node.path.length && p.every((seg, i) => node.path[i] === seg) && (best === void 0 || p.length > best.node.path.length)) best = m;
  }
  return best;
}
function messageFor(manifest, f, mod) {
  const subject = f.kind === "unknown" || f.kind === "name" ? f.node.path.slice(0, -1) : f.node.path;
  if (mod !== void 0 && subject.length >= mod.node.path.length) {
    const rel2 = subject.slice(mod.node.path.length);
    const where2 = rel2.length === 0 ? "the module" : formatPath(rel2);
    return `module '${mod.name}': ${describeFinding(f, where2, resolveRef)}`;
  }
  const content = manifest.contentPath;
  const inside = subject.length >= content.length && content.every((seg, i) => subject[i] === seg);
  const rel = inside ? subject.slice(content.length) : subject;
  const where = rel.length === 0 ? inside ? "modulesContent" : "the file" : formatPath(rel);
  return describeFinding(f, where, resolveRef);
}
var manifest_schema_default = {
  meta: {
    id: "manifest-schema",
    severity: "error",
    facts: ["\xA72.1", "\xA72.4"],
    description: "a base deployment manifest that does not match the deployment manifest schema (missing image, bad status or restartPolicy, bad route, env or module name, ...)",
    repair: "none"
  },
  check({ manifest, report }) {
    if (!isBaseDeployment(manifest)) return;
    const v = validatorFor(manifest.template);
    const whole = manifest.shape === "modulesContent";
    const base = whole ? manifest.root : manifest.modulesContent;
    const validate = whole ? v.root : v.content;
    if (validate(base.value)) return;
    for (const f of schemaFindings(base, validate.errors)) {
      const mod = owner(manifest, f.node);
      report({ node: f.node, part: f.part, message: messageFor(manifest, f, mod), ...mod !== void 0 ? { module: mod } : {} });
    }
  }
};

// rules/missing-resource-limits.ts
var rule25 = {
  meta: {
    id: "missing-resource-limits",
    severity: "info",
    facts: ["F11"],
    description: "A user module without memory or cpu limits in k8s-experimental.resources.limits.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      if (mod.system || mod.createOptions.error !== void 0) continue;
      const { limits } = resourceMaps(mod);
      const hc = hostConfigOf(mod);
      const missing = [];
      if (limits?.get("memory") === void 0 && hc?.get("Memory") === void 0) missing.push("memory");
      if (limits?.get("cpu") === void 0 && hc?.get("NanoCpus") === void 0 && hc?.get("CpuQuota") === void 0) missing.push("cpu");
      if (missing.length === 0) continue;
      report({
        node: mod.node,
        module: mod,
        message: `${moduleLabel(mod)} has no ${missing.join(" or ")} limit; on Kubernetes set them under k8s-experimental.resources.limits (for example "memory": "128Mi", "cpu": "500m"), so that one module cannot starve the others`
      });
    }
  }
};
var missing_resource_limits_default = rule25;

// rules/mixed-tcp-udp-ports.ts
var rule26 = {
  meta: {
    id: "mixed-tcp-udp-ports",
    severity: "error",
    facts: ["F8", "\xA75.5", "\xA71.6"],
    description: "One module with both /tcp and /udp port bindings.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const type = serviceTypeOf(mod);
      if (type === "clusterip" || type === "nodeport") continue;
      const bindings = portBindingsOf(mod).filter((b) => b.parsed?.valid && (b.parsed.protocol === "tcp" || b.parsed.protocol === "udp"));
      const first = bindings[0];
      if (first === void 0) continue;
      const other = bindings.find((b) => b.parsed.protocol !== first.parsed.protocol);
      if (other === void 0) continue;
      const tcp = bindings.filter((b) => b.parsed.protocol === "tcp").map((b) => b.key);
      const udp = bindings.filter((b) => b.parsed.protocol === "udp").map((b) => b.key);
      report({
        node: other.node,
        module: mod,
        message: `${moduleLabel(mod)}: binds TCP (${tcp.join(", ")}) and UDP (${udp.join(", ")}) ports in one module, which Kubernetes-based IoT Edge cannot publish as one LoadBalancer service; split the module in two, one per protocol, or keep one protocol`
      });
    }
  }
};
var mixed_tcp_udp_ports_default = rule26;

// rules/module-name-collision.ts
var rule27 = {
  meta: {
    id: "module-name-collision",
    severity: "error",
    facts: ["\xA71.5"],
    description: "Two modules that become the same Kubernetes name; the agent rejects the whole deployment.",
    repair: "none"
  },
  check({ manifest, report }) {
    const groups = /* @__PURE__ */ new Map();
    for (const mod of manifest.modules) {
      if (mod.system || mod.placeholderName) continue;
      const name = k8sName(mod.name);
      groups.set(name, [...groups.get(name) ?? [], mod]);
    }
    for (const [name, mods] of groups) {
      const distinct = new Set(mods.map((m) => m.name));
      if (distinct.size < 2) continue;
      for (const mod of mods) {
        const others = [...distinct].filter((n) => n !== mod.name).map((n) => `'${n}'`);
        report({
          node: mod.node,
          part: "key",
          module: mod,
          message: `module '${mod.name}': its Kubernetes name '${name}' is also the Kubernetes name of module ${others.join(", ")} (the agent lowercases names and drops characters other than letters, digits, '-' and '.'), so the agent rejects the whole deployment; rename the modules so that they differ after that`
        });
      }
    }
  }
};
var module_name_collision_default = rule27;

// rules/module-name.ts
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
  const condition = new RegExp(`(\\$connectionModuleId\\s*=\\s*(['"]))${escapeRe(mod.name)}(?=\\2)`, "g");
  for (const route of manifest.routes) {
    const hits = route.modules.filter((r) => r.name === mod.name);
    let text = route.text;
    for (const h of [...hits].reverse()) text = text.slice(0, h.start) + to + text.slice(h.end);
    text = text.replace(condition, `$1${to}`);
    if (text !== route.text) edits.push({ op: "set", node: route.node, value: text });
  }
  const n = escapeRe(mod.name);
  const host = new RegExp(`(?<![A-Za-z0-9_.:/-])${n}(?=:[0-9])|(?<=//|@)${n}(?=[:/?#]|$)|^${n}$`, "gi");
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
var rule28 = {
  meta: {
    id: "module-name",
    severity: "error",
    facts: ["F17", "\xA71.5"],
    description: "A module name that is not an RFC 1123 DNS label (uppercase, '_', '.', too long, bad ends; a leading digit when it has ports).",
    repair: "fix"
  },
  check({ manifest, report }) {
    const plan2 = renames(manifest);
    for (const [mod, to] of plan2) {
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
var module_name_default = rule28;

// rules/_mounts.ts
function mountsOf2(mod) {
  const mounts = hostConfigOf(mod)?.get("Mounts");
  if (mounts === void 0 || !mounts.isArray) return [];
  return mounts.items().map((node) => ({
    node,
    type: node.isObject ? node.get("Type") : void 0,
    source: node.isObject ? node.get("Source") : void 0,
    target: node.isObject ? node.get("Target") : void 0
  }));
}
function bindsOf(mod) {
  const binds = hostConfigOf(mod)?.get("Binds");
  return binds?.isArray ? binds.items() : [];
}

// rules/mount-incomplete.ts
var rule29 = {
  meta: {
    id: "mount-incomplete",
    severity: "error",
    facts: ["\xA71.3"],
    description: "A HostConfig.Mounts entry without Type, Source or Target (the Kubernetes agent rejects the module).",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      for (const m of mountsOf2(mod)) {
        if (typeof m.node.value === "string" && hasPlaceholder(m.node.value)) continue;
        if (!m.node.isObject) {
          report({ node: m.node, module: mod, message: `${moduleLabel(mod)}: a HostConfig.Mounts entry must be an object with Type, Source and Target` });
          continue;
        }
        const missing = ["Type", "Source", "Target"].filter((k) => {
          const n = k === "Type" ? m.type : k === "Source" ? m.source : m.target;
          return n === void 0 || n.value === null;
        });
        if (missing.length === 0) continue;
        report({
          node: m.node.entries()[0] ?? m.node,
          module: mod,
          message: `${moduleLabel(mod)}: HostConfig.Mounts entry without ${missing.join(", ")}; the Kubernetes agent needs Type, Source and Target on every mount and otherwise rejects the module ("Type, Source, and Target required for all mounts")`
        });
      }
    }
  }
};
var mount_incomplete_default = rule29;

// rules/mount-type-ignored.ts
var rule30 = {
  meta: {
    id: "mount-type-ignored",
    severity: "warning",
    facts: ["\xA71.3"],
    description: "A HostConfig.Mounts entry of a type other than bind or volume (tmpfs, npipe): silently not mounted on Kubernetes.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      for (const m of mountsOf2(mod)) {
        const t = m.type?.value;
        if (typeof t !== "string" || isPlaceholder(t)) continue;
        const lower = t.toLowerCase();
        if (lower === "bind" || lower === "volume") continue;
        const advice = lower === "tmpfs" ? "for shared memory use HostConfig.IpcMode 'host'; for scratch space a k8s-experimental.volumes emptyDir" : "use Type 'bind' for a host directory or Type 'volume' for a share";
        report({
          node: m.type,
          part: "value",
          module: mod,
          message: `${moduleLabel(mod)}: a HostConfig.Mounts entry of Type '${t}' is silently not mounted on Kubernetes-based IoT Edge, which mounts only 'bind' and 'volume'; ${advice}`
        });
      }
    }
  }
};
var mount_type_ignored_default = rule30;

// rules/multiple-host-network.ts
var rule31 = {
  meta: {
    id: "multiple-host-network",
    severity: "error",
    facts: ["\xA71.6", "\xA75.5"],
    description: "More than one module with NetworkMode host (only one module of a deployment can run on the host network on Kubernetes).",
    repair: "none"
  },
  check({ manifest, report }) {
    const onHost = [];
    for (const mod of manifest.modules) {
      const nm = hostConfigOf(mod)?.get("NetworkMode");
      if (typeof nm?.value === "string" && !isPlaceholder(nm.value) && nm.value.trim().toLowerCase() === "host") onHost.push({ mod, node: nm });
    }
    if (onHost.length < 2) return;
    const first = onHost[0].mod.name;
    for (const { mod, node } of onHost.slice(1)) {
      report({
        node,
        part: "value",
        module: mod,
        message: `${moduleLabel(mod)}: NetworkMode 'host' is also set on module '${first}'; on Kubernetes every module pod has a proxy sidecar listening on localhost ports, so only one module of a deployment can run on the host network; remove NetworkMode 'host' from all but one module and publish ports with PortBindings instead`
      });
    }
  }
};
var multiple_host_network_default = rule31;

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
    if (share === "") return { node, why: `'${src}' names no share` };
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
  if (!src.startsWith("/") && !hasPlaceholder(src) && !/^[A-Za-z0-9][A-Za-z0-9_.-]+$/.test(src)) {
    return { node, why: `'${src}' is neither an absolute host path nor a volume name` };
  }
  const mount = src.includes("/") ? withRo({ Type: "bind", Source: src, Target: target }) : withRo({ Type: "volume", Source: src, Target: target });
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
    edits.push({ op: "rename", node: binds, key: sameCase(binds.key, "Mounts") }, { op: "set", node: binds, value: added });
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
function sameCase(like, word) {
  if (like === like.toLowerCase()) return word.toLowerCase();
  if (like === like.toUpperCase()) return word.toUpperCase();
  return word;
}
function describeMount(m) {
  return `{Type: ${String(m.Type)}, Source: ${JSON.stringify(m.Source)}, Target: ${JSON.stringify(m.Target)}${m.ReadOnly ? ", ReadOnly: true" : ""}}`;
}
function suggestionEdits(hc, binds, plan2) {
  const mounts = hc.get("Mounts");
  if (mounts !== void 0 && !mounts.isArray) return void 0;
  const rest = binds.items().filter((n) => n.path[n.path.length - 1] !== plan2.node.path[plan2.node.path.length - 1]);
  const edits = rest.length === 0 ? [{ op: "remove", node: binds }] : [{ op: "set", node: binds, value: rest.map((n) => n.value) }];
  if (mounts?.isArray) edits.push({ op: "add", parent: mounts, value: plan2.suggestion });
  else if (mounts === void 0) edits.push({ op: "add", parent: hc, key: "Mounts", value: [plan2.suggestion] });
  return edits;
}
function checkModule3(mod, report) {
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
      const edits = suggestionEdits(hc, binds, p);
      report({
        node: p.node,
        module: mod,
        message: `${base}; ${p.why}, so check the suggested ${describeMount(p.suggestion)}`,
        ...edits !== void 0 ? { suggestions: [{ message: `Mount it as ${describeMount(p.suggestion)}`, edits }] } : {}
      });
    } else {
      report({ node: p.node, module: mod, message: `${base}; this bind cannot be converted automatically: ${p.why}` });
    }
  }
}
var rule32 = {
  meta: {
    id: "no-host-binds",
    severity: "error",
    facts: ["F1", "F2", "F3", "\xA71.3"],
    description: "HostConfig.Binds entries; the fix rewrites them as HostConfig.Mounts (volume for /home/hcsshares shares, bind for host directories).",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) checkModule3(mod, report);
  }
};
var no_host_binds_default = rule32;

// rules/node-selector-string.ts
var rule33 = {
  meta: {
    id: "node-selector-string",
    severity: "warning",
    facts: ["\xA71.2"],
    description: "A k8s-experimental.nodeSelector value that is not a string; the fix writes it as a string.",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const selector = k8sExperimentalOf(mod)?.get("nodeSelector");
      if (selector === void 0 || !selector.isObject) continue;
      for (const entry of selector.entries()) {
        const v = entry.value;
        if (typeof v === "string") continue;
        const fixable = typeof v === "boolean" || typeof v === "number";
        const text = fixable ? entry.rawText() ?? String(v) : void 0;
        report({
          node: entry,
          // an object or array is pointed at by its key (its text spans lines)
          part: fixable ? "value" : "key",
          module: mod,
          message: text !== void 0 ? `${moduleLabel(mod)}: nodeSelector '${entry.key}' is the ${typeof v} ${text}, but node label values are strings${typeof v === "boolean" ? ` (the agent probably reads it as '${text === "true" ? "True" : "False"}', which matches no node labelled '${text}')` : ""}; write "${text}"` : `${moduleLabel(mod)}: nodeSelector '${entry.key}' is ${v === null ? "null" : Array.isArray(v) ? "an array" : "an object"}, but a node selector maps label names to string values; write the label value as a string`,
          ...text !== void 0 ? { fix: [{ op: "set", node: entry, value: text }] } : {}
        });
      }
    }
  }
};
var node_selector_string_default = rule33;

// rules/nvidia-runtime.ts
var rule34 = {
  meta: {
    id: "nvidia-runtime",
    severity: "error",
    facts: ["F10", "\xA75.7"],
    description: "HostConfig.Runtime: nvidia (any key case), ignored on Kubernetes; the fix removes it and requests nvidia.com/gpu in k8s-experimental.resources.limits.",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const runtime = hostConfigOf(mod)?.get("Runtime");
      if (runtime === void 0 || typeof runtime.value !== "string" || runtime.value.toLowerCase() !== "nvidia") continue;
      const has = hasGpuLimit(mod);
      let fix = [{ op: "remove", node: runtime }];
      if (!has) {
        const count2 = gpuCountFor(mod);
        const add = ensureK8s(manifest, mod, { resources: { limits: { [GPU]: count2 } } });
        fix = add === void 0 ? void 0 : [...fix, ...add];
      }
      const tail = has ? "the module already requests the GPU in k8s-experimental.resources.limits, so remove it" : `request the GPU as a resource instead: "k8s-experimental": {"resources": {"limits": {"${GPU}": ${JSON.stringify(gpuCountFor(mod))}}}}`;
      report({
        node: runtime,
        module: mod,
        message: `${moduleLabel(mod)}: HostConfig.${runtime.key}: "${runtime.value}" is ignored on Kubernetes-based IoT Edge, so the module gets no GPU; ${tail}`,
        ...fix !== void 0 ? { fix } : {}
      });
    }
  }
};
var nvidia_runtime_default = rule34;

// rules/port-binding-needs-host-port.ts
var rule35 = {
  meta: {
    id: "port-binding-needs-host-port",
    severity: "error",
    facts: ["F5", "F6", "\xA75.5", "\xA71.6"],
    description: "A PortBindings entry without a numeric HostPort.",
    repair: "suggestion"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      for (const pb of portBindingsOf(mod)) {
        if (pb.parsed === void 0 || !pb.parsed.valid) continue;
        const port = String(pb.parsed.port);
        const base = `${moduleLabel(mod)}: port binding '${pb.key}'`;
        const tail = `, so Kubernetes-based IoT Edge creates no service port for it; give a numeric HostPort (for example "${port}")`;
        if (!pb.node.isArray || pb.hostPorts.length === 0) {
          if (pb.node.value === null || pb.node.isArray) {
            report({
              node: pb.node,
              module: mod,
              message: `${base} has no HostPort${tail}`,
              suggestions: [{ message: `Publish it on host port ${port}`, edits: [{ op: "set", node: pb.node, value: [{ HostPort: port }] }] }]
            });
          }
          continue;
        }
        for (const hp of pb.hostPorts) {
          if (hp.hostPort !== void 0) continue;
          const raw = hp.hostPortNode?.value;
          if (typeof raw === "string" && hasPlaceholder(raw)) continue;
          let edits;
          if (!hp.node.isObject) edits = [{ op: "set", node: hp.node, value: { HostPort: port } }];
          else if (hp.hostPortNode !== void 0) edits = [{ op: "set", node: hp.hostPortNode, value: port }];
          else edits = [{ op: "add", parent: hp.node, key: "HostPort", value: port }];
          const what = hp.hostPortNode === void 0 ? "has no HostPort" : `has HostPort ${JSON.stringify(raw)}, which is not a port number`;
          report({
            node: hp.hostPortNode ?? hp.node,
            module: mod,
            message: `${base} ${what}${tail}`,
            suggestions: [{ message: `Publish it on host port ${port}`, edits }]
          });
        }
      }
    }
  }
};
var port_binding_needs_host_port_default = rule35;

// rules/port-range.ts
var MAX_EXPAND = 100;
function expandedKeys(key, k) {
  const slash = key.indexOf("/");
  const suffix = slash < 0 ? "" : key.slice(slash);
  const out = [];
  for (let p = k.port; p <= k.rangeEnd; p++) out.push(`${p}${suffix}`);
  return out;
}
function hasKey(parent, key) {
  return parent.get(key) !== void 0;
}
function splitHostPorts(binding, count2) {
  if (!binding.isObject) return void 0;
  const hp = binding.get("HostPort");
  const v = hp?.value;
  if (hp === void 0 || v === "" || v === null) return { hostPortNode: void 0, ports: new Array(count2).fill(void 0) };
  if (typeof v !== "string" && typeof v !== "number") return void 0;
  const m = /^\s*(\d+)(?:\s*-\s*(\d+))?\s*$/.exec(String(v));
  if (m === null) return void 0;
  const a = Number(m[1]);
  const b = m[2] === void 0 ? a : Number(m[2]);
  if (b - a + 1 !== count2) return void 0;
  return { hostPortNode: hp, ports: Array.from({ length: count2 }, (_, i) => String(a + i)) };
}
function bindingsFix(pb, entry, k) {
  const keys = expandedKeys(entry.key, k);
  if (keys.length > MAX_EXPAND || keys.slice(1).some((key) => hasKey(pb, key))) return void 0;
  const splits = entry.items().map((b) => splitHostPorts(b, keys.length));
  if (!entry.isArray || splits.some((s) => s === void 0)) return void 0;
  const edits = [{ op: "rename", node: entry, key: keys[0] }];
  entry.items().forEach((_, j) => {
    const s = splits[j];
    if (s.hostPortNode !== void 0) edits.push({ op: "set", node: s.hostPortNode, value: s.ports[0] });
  });
  keys.slice(1).forEach((key, i) => {
    const value = entry.items().map((b, j) => {
      const s = splits[j];
      if (s.hostPortNode === void 0) return b.value;
      return { ...b.value, [s.hostPortNode.key]: s.ports[i + 1] };
    });
    edits.push({ op: "add", parent: pb, key, value });
  });
  return edits;
}
function exposedFix(ep, entry, k) {
  const keys = expandedKeys(entry.key, k);
  if (keys.length > MAX_EXPAND || keys.slice(1).some((key) => hasKey(ep, key))) return void 0;
  return [{ op: "rename", node: entry, key: keys[0] }, ...keys.slice(1).map((key) => ({ op: "add", parent: ep, key, value: entry.value }))];
}
function checkKey(mod, report, where, entry, parsed, fixFor) {
  const key = entry.key;
  if (hasPlaceholder(key) || parsed !== void 0 && parsed.valid) return;
  const label = moduleLabel(mod);
  if (parsed !== void 0 && parsed.rangeEnd !== void 0 && ["tcp", "udp", "sctp"].includes(parsed.protocol) && parsed.rangeEnd >= parsed.port) {
    const keys = expandedKeys(key, parsed);
    const fix = fixFor(parsed);
    const list = keys.length <= 4 ? keys.map((x) => `'${x}'`).join(", ") : `'${keys[0]}', '${keys[1]}', \u2026 '${keys[keys.length - 1]}'`;
    report({
      node: entry,
      module: mod,
      message: `${label}: the port range '${key}' in ${where} is silently dropped by the Kubernetes agent, which reads only single ports; list each port: ${list}`,
      ...fix !== void 0 ? { fix } : {}
    });
    return;
  }
  const why = parsed === void 0 ? "is not a port" : parsed.rangeEnd !== void 0 && parsed.rangeEnd < parsed.port ? "is a range that ends before it starts" : `has the protocol '${parsed.protocol}'`;
  report({
    node: entry,
    module: mod,
    message: `${label}: the key '${key}' in ${where} ${why}; the Kubernetes agent reads only '<port>' or '<port>/tcp|udp|sctp' and silently drops it`
  });
}
var rule36 = {
  meta: {
    id: "port-range",
    severity: "error",
    facts: ["\xA71.6", "\xA75.5"],
    description: "A port range key (8000-8010/tcp) or an unknown protocol in PortBindings or ExposedPorts: silently dropped on Kubernetes; the fix expands a range into single ports.",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      for (const b of portBindingsOf(mod)) {
        const pb = parentOf(mod, "PortBindings");
        checkKey(mod, report, "HostConfig.PortBindings", b.node, b.parsed, (k) => pb ? bindingsFix(pb, b.node, k) : void 0);
      }
      for (const e of exposedPortsOf(mod)) {
        const ep = parentOf(mod, "ExposedPorts");
        checkKey(mod, report, "ExposedPorts", e.node, e.parsed, (k) => ep ? exposedFix(ep, e.node, k) : void 0);
      }
    }
  }
};
function parentOf(mod, which) {
  const root = mod.createOptions.root;
  return which === "ExposedPorts" ? root?.get("ExposedPorts") : root?.get("HostConfig")?.get("PortBindings");
}
var port_range_default = rule36;

// rules/proxy-no-proxy-localhost.ts
function listsLocalhost(value) {
  return value.split(/[,\s]+/).some((h) => h.trim().toLowerCase() === "localhost");
}
var rule37 = {
  meta: {
    id: "proxy-no-proxy-localhost",
    severity: "error",
    facts: ["F14", "\xA75.9"],
    description: "https_proxy on a module without no_proxy containing localhost; the fix adds no_proxy: localhost or appends ,localhost.",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const proxy = effectiveEnv(mod, "https_proxy");
      if (proxy === void 0 || proxy.value === void 0 || proxy.value.trim() === "") continue;
      const noProxy = effectiveEnv(mod, "no_proxy");
      const base = `${moduleLabel(mod)}: '${proxy.name}' is set but no_proxy does not list localhost; on Kubernetes-based IoT Edge the module talks to the IoT Edge daemon through its proxy sidecar on http://localhost, which must not go through the web proxy, so set no_proxy: "localhost"`;
      let fix;
      if (noProxy === void 0) fix = addEnvEdit(mod, proxy, "no_proxy", "localhost");
      else if (noProxy.value === void 0 || noProxy.value.trim() === "") fix = setEnvEdit(noProxy, "localhost");
      else if (hasPlaceholder(noProxy.value) || listsLocalhost(noProxy.value)) continue;
      else fix = setEnvEdit(noProxy, `${noProxy.value},localhost`);
      const message = noProxy?.value ? `${base} (append it: "${noProxy.value},localhost")` : base;
      report({ node: proxy.node, module: mod, message, ...fix !== void 0 ? { fix: [fix] } : {} });
    }
  }
};
var proxy_no_proxy_localhost_default = rule37;

// rules/proxy-upstream-protocol.ts
var WEB_SOCKETS = ["amqpws", "mqttws"];
var rule38 = {
  meta: {
    id: "proxy-upstream-protocol",
    severity: "warning",
    facts: ["F13", "\xA75.9"],
    description: "https_proxy on edgeHub/edgeAgent without UpstreamProtocol AmqpWs or MqttWs; the fix adds AmqpWs when absent, a suggestion when another value is set.",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      if (!mod.system) continue;
      const proxy = effectiveEnv(mod, "https_proxy");
      if (proxy === void 0 || proxy.value === void 0 || proxy.value.trim() === "") continue;
      const upstream = effectiveEnv(mod, "UpstreamProtocol");
      const label = moduleLabel(mod);
      if (upstream === void 0) {
        const fix = addEnvEdit(mod, proxy, "UpstreamProtocol", "AmqpWs");
        report({
          node: proxy.node,
          module: mod,
          message: `${label}: '${proxy.name}' is set but UpstreamProtocol is not; through a web proxy ${mod.name} must reach IoT Hub over WebSockets, so set UpstreamProtocol: "AmqpWs" (or "MqttWs")`,
          ...fix !== void 0 ? { fix: [fix] } : {}
        });
        continue;
      }
      const v = upstream.value ?? "";
      if (isPlaceholder(v) || WEB_SOCKETS.includes(v.trim().toLowerCase())) continue;
      const want = v.trim().toLowerCase() === "mqtt" ? "MqttWs" : "AmqpWs";
      const edit = setEnvEdit(upstream, want);
      report({
        node: upstream.node,
        module: mod,
        message: `${label}: UpstreamProtocol is "${v}" while '${proxy.name}' is set; unless the proxy allows plain ${v || "AMQP"}, ${mod.name} must use WebSockets through it: "${want}"`,
        ...edit !== void 0 ? { suggestions: [{ message: `Set UpstreamProtocol to "${want}"`, edits: [edit] }] } : {}
      });
    }
  }
};
var proxy_upstream_protocol_default = rule38;

// rules/recreate-strategy.ts
function exclusiveHoldings(mod) {
  const out = [];
  const { limits, requests } = resourceMaps(mod);
  const hc = hostConfigOf(mod);
  const runtime = hc?.get("Runtime")?.value;
  if ([limits, requests].some((m) => m?.get(GPU) !== void 0 || m?.get(FPGA) !== void 0)) out.push("GPU/FPGA resources");
  else if (typeof runtime === "string" && runtime.toLowerCase() === "nvidia" || gpuDeviceRequests(mod) !== void 0) out.push("a GPU");
  if (portBindingsOf(mod).some((b) => b.hostPorts.some((h) => h.hostPortNode !== void 0))) out.push("host ports");
  const mounts = hc?.get("Mounts");
  const volumeMount = mounts?.items().some((m) => {
    const t = m.isObject ? m.get("Type")?.value : void 0;
    return typeof t === "string" && t.toLowerCase() === "volume";
  });
  const shareBind = hc?.get("Binds")?.items().some((b) => {
    if (typeof b.value !== "string") return false;
    const src = b.value.split(":")[0];
    return /^\/home\/hcsshares\/[^/]/.test(src) || src !== "" && !src.startsWith("/") && !/^[A-Za-z]$/.test(src) && !hasPlaceholder(src);
  });
  const pvc = k8sExperimentalOf(mod)?.get("volumes")?.items().some((v) => v.get("volume")?.get("persistentVolumeClaim") !== void 0);
  if (volumeMount || shareBind || pvc) out.push("volume mounts");
  const net = hc?.get("NetworkMode")?.value;
  if (typeof net === "string" && net.toLowerCase() === "host") out.push("the host network");
  return out;
}
var rule39 = {
  meta: {
    id: "recreate-strategy",
    severity: "warning",
    facts: ["F16", "\xA71.7"],
    description: "A user module holding GPU/FPGA resources, host ports, volume mounts or the host network without k8s-experimental.strategy.type: Recreate; the fix adds it.",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      if (mod.system || mod.createOptions.error !== void 0) continue;
      const holds = exclusiveHoldings(mod);
      if (holds.length === 0) continue;
      const strategy = k8sExperimentalOf(mod)?.get("strategy");
      const type = strategy?.isObject ? strategy.get("type") : void 0;
      const t = typeof type?.value === "string" ? type.value : void 0;
      if (t !== void 0 && (t.toLowerCase() === "recreate" || isPlaceholder(t))) continue;
      const why = `${moduleLabel(mod)} holds ${holds.join(", ")}; Kubernetes updates it with a rolling update by default, and the new pod waits for what the old one still holds, so set "k8s-experimental": {"strategy": {"type": "Recreate"}}`;
      if (t !== void 0 && type !== void 0) {
        const edits = [{ op: "set", node: strategy, value: { type: "Recreate" } }];
        report({ node: type, module: mod, part: "value", message: `${why} (it is "${t}")`, suggestions: [{ message: 'Set strategy.type to "Recreate"', edits }] });
        continue;
      }
      const fix = strategy !== void 0 && !strategy.isObject ? void 0 : ensureK8s(manifest, mod, { strategy: { type: "Recreate" } });
      report({ node: mod.node, module: mod, message: why, ...fix !== void 0 ? { fix } : {} });
    }
  }
};
var recreate_strategy_default = rule39;

// rules/reserved-module-name.ts
var WHY = {
  proxy: "every module pod already has a sidecar container named 'proxy'",
  iotedged: "the runtime's own Deployment and Service are named 'iotedged'",
  edgeagent: "the system module edgeAgent has that Kubernetes name, and the agent rejects the whole deployment",
  edgehub: "the system module edgeHub has that Kubernetes name, and the agent rejects the whole deployment"
};
var rule40 = {
  meta: {
    id: "reserved-module-name",
    severity: "error",
    facts: ["\xA71.5"],
    description: "A user module whose Kubernetes name is proxy, iotedged, edgeagent or edgehub.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      if (mod.system || mod.placeholderName) continue;
      const name = k8sName(mod.name);
      if (!RESERVED_K8S_NAMES.has(name)) continue;
      report({
        node: mod.node,
        part: "key",
        module: mod,
        message: `module '${mod.name}': its Kubernetes name '${name}' is reserved on Kubernetes-based IoT Edge (${WHY[name] ?? "the runtime uses it"}); rename the module (e.g. '${name}-module')`
      });
    }
  }
};
var reserved_module_name_default = rule40;

// rules/reserved-proxy-port.ts
var PROXY = /* @__PURE__ */ new Set([35e3, 35001]);
var ASE = /* @__PURE__ */ new Map([
  [31e3, "the Kubernetes dashboard"],
  [31001, "the Edge container registry"]
]);
var rule41 = {
  meta: {
    id: "reserved-proxy-port",
    severity: "error",
    facts: ["F15", "\xA75.5", "\xA71.6"],
    description: "A container or host port 35000/35001 (the IoT Edge proxy sidecar); host ports 31000/31001 (reserved on Azure Stack Edge) as a warning.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const proxyMsg = (what, port) => `${moduleLabel(mod)}: ${what} ${port} is used by the IoT Edge proxy sidecar in every module pod on Kubernetes-based IoT Edge (ports 35000 and 35001); move the module to another port`;
      const seen = /* @__PURE__ */ new Set();
      for (const ep of exposedPortsOf(mod)) {
        if (ep.parsed?.valid && PROXY.has(ep.parsed.port)) {
          seen.add(String(ep.parsed.port));
          report({ node: ep.node, module: mod, message: proxyMsg("container port", ep.parsed.port) });
        }
      }
      for (const pb of portBindingsOf(mod)) {
        if (pb.parsed?.valid && PROXY.has(pb.parsed.port) && !seen.has(String(pb.parsed.port))) {
          report({ node: pb.node, module: mod, message: proxyMsg("container port", pb.parsed.port) });
        }
        for (const hp of pb.hostPorts) {
          if (hp.hostPort === void 0 || hp.hostPortNode === void 0) continue;
          if (PROXY.has(hp.hostPort)) {
            report({ node: hp.hostPortNode, part: "value", module: mod, message: proxyMsg("host port", hp.hostPort) });
          } else if (ASE.has(hp.hostPort)) {
            report({
              node: hp.hostPortNode,
              part: "value",
              module: mod,
              severity: "warning",
              message: `${moduleLabel(mod)}: host port ${hp.hostPort} is reserved on Azure Stack Edge for ${ASE.get(hp.hostPort)}; publish the module on another host port`
            });
          }
        }
      }
    }
  }
};
var reserved_proxy_port_default = rule41;

// rules/route-unknown-module.ts
var LAYERED_ROUTE = /^properties\.desired\.routes\./;
var PERCENT_TOKEN = /^%[A-Za-z0-9_]+%$/;
var rule42 = {
  meta: {
    id: "route-unknown-module",
    severity: "warning",
    facts: ["\xA72.1", "\xA75.1"],
    description: "A route that names a module the manifest does not define (an info in layered deployments, where another layer may define it).",
    repair: "none"
  },
  check({ manifest, report }) {
    if (manifest.shape === "twin" || manifest.routes.length === 0) return;
    const names2 = new Set(manifest.modules.map((m) => m.name));
    const lower = new Map(manifest.modules.map((m) => [m.name.toLowerCase(), m.name]));
    const layered = manifest.layered || manifest.agentDesired === void 0 || manifest.routes.some((r) => r.node.key !== void 0 && LAYERED_ROUTE.test(r.node.key));
    for (const route of manifest.routes) {
      for (const ref of route.modules) {
        if (names2.has(ref.name) || hasPlaceholder(ref.name) || PERCENT_TOKEN.test(ref.name)) continue;
        const near = lower.get(ref.name.toLowerCase());
        const hint = near !== void 0 ? `; module names are case-sensitive: did you mean '${near}'?` : "; define the module or fix the name";
        report({
          node: route.node,
          range: [ref.start, ref.end],
          severity: layered ? "info" : void 0,
          message: layered ? `route '${route.name}' names module '${ref.name}', which this layered deployment does not define; make sure another layer or the base deployment does${near !== void 0 ? ` (module names are case-sensitive: '${near}' is defined here)` : ""}` : `route '${route.name}' names module '${ref.name}', which this deployment does not define, so the route never delivers${hint}`
        });
      }
    }
  }
};
var route_unknown_module_default = rule42;

// rules/schema-version.ts
var ONLY_IN_1_2 = { $edgeHub: ["mqttBroker"], $edgeAgent: [] };
function parseVersion(v) {
  const s = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : void 0;
  const m = s === void 0 ? null : /^(\d+)\.(\d+)(?:\.\d+)?$/.exec(s);
  return m === null ? void 0 : { major: Number(m[1]), minor: Number(m[2]) };
}
var rule43 = {
  meta: {
    id: "schema-version",
    severity: "error",
    facts: ["\xA71.8", "\xA75.2"],
    description: "schemaVersion above 1.1 on $edgeAgent or $edgeHub (rejected by the Kubernetes runtime); the fix sets 1.1 when no 1.2-only field is used.",
    repair: "fix"
  },
  check({ manifest, report }) {
    const targets = [
      ["$edgeAgent", manifest.agentDesired],
      ["$edgeHub", manifest.hubDesired]
    ];
    for (const [who, desired] of targets) {
      const node = desired?.getExact("schemaVersion");
      if (node === void 0 || typeof node.value === "string" && isPlaceholder(node.value)) continue;
      const v = parseVersion(node.value);
      if (v === void 0 || v.major < 1 || v.major === 1 && v.minor <= 1) continue;
      const used = v.major === 1 ? ONLY_IN_1_2[who].filter((k) => desired.getExact(k) !== void 0) : [];
      const base = `${who}: schemaVersion '${String(node.value)}' is rejected by Kubernetes-based IoT Edge, which accepts at most '1.1'`;
      if (v.major > 1) {
        report({ node, part: "value", message: `${base}; rewrite this configuration for schema 1.1` });
      } else if (used.length > 0) {
        report({ node, part: "value", message: `${base}; '${used.join("', '")}' needs schema 1.2 and is not available on Kubernetes-based IoT Edge: remove it and set '1.1'` });
      } else {
        report({ node, part: "value", message: `${base}; set '1.1' (no 1.2-only setting is used)`, fix: [{ op: "set", node, value: "1.1" }] });
      }
    }
  }
};
var schema_version_default = rule43;

// rules/security-context-container-keys.ts
var CONTAINER_ONLY = {
  privileged: "set HostConfig.Privileged: true, which the agent turns into the container's privileged flag",
  capabilities: "the agent offers no way to add capabilities; use HostConfig.Privileged: true if the module needs them",
  allowprivilegeescalation: "the agent offers no way to set it on the container; remove it",
  readonlyrootfilesystem: "the agent offers no way to set it on the container; remove it",
  procmount: "the agent offers no way to set it on the container; remove it"
};
var rule44 = {
  meta: {
    id: "security-context-container-keys",
    severity: "warning",
    facts: ["\xA71.2"],
    description: "Container-level keys (privileged, capabilities, ...) in k8s-experimental.securityContext, which is pod-level: silently lost.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const sc = k8sExperimentalOf(mod)?.get("securityContext");
      if (sc === void 0 || !sc.isObject) continue;
      for (const entry of sc.entries()) {
        const lower = entry.key.toLowerCase();
        let advice = CONTAINER_ONLY[lower];
        if (advice === void 0) continue;
        if (lower === "privileged" && hostConfigOf(mod)?.get("Privileged")?.value === true) {
          advice = "HostConfig.Privileged is already true, and that is what makes the container privileged; remove it";
        }
        report({
          node: entry,
          part: "key",
          module: mod,
          message: `${moduleLabel(mod)}: k8s-experimental.securityContext is the pod's security context, which has no '${entry.key}' (a container-level setting), so it is silently dropped; ${advice}`
        });
      }
    }
  }
};
var security_context_container_keys_default = rule44;

// rules/service-options.ts
var TYPES = /* @__PURE__ */ new Map([
  ["clusterip", "ClusterIP"],
  ["nodeport", "NodePort"],
  ["loadbalancer", "LoadBalancer"]
]);
var rule45 = {
  meta: {
    id: "service-options",
    severity: "warning",
    facts: ["F5", "\xA71.2", "\xA71.6"],
    description: "k8s-experimental.serviceOptions with a type other than ClusterIP/NodePort/LoadBalancer, loadBalancerIP without LoadBalancer, or on a module without ports.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const so = serviceOptionsOf(mod);
      if (so === void 0 || !so.isObject) continue;
      const label = moduleLabel(mod);
      if (!hasPorts(mod)) {
        report({
          node: so,
          module: mod,
          message: `${label}: k8s-experimental.serviceOptions has no effect, because the module has no ExposedPorts or PortBindings and so gets no Kubernetes Service; add the ports or remove serviceOptions`
        });
        continue;
      }
      const typeNode = so.get("type");
      let type;
      if (typeNode !== void 0) {
        const v = typeNode.value;
        if (typeof v === "string" && hasPlaceholder(v)) continue;
        if (typeof v !== "string" || !TYPES.has(v.toLowerCase())) {
          report({
            node: typeNode,
            part: "value",
            module: mod,
            message: `${label}: serviceOptions.type ${JSON.stringify(v)} is silently ignored by Kubernetes-based IoT Edge; use "ClusterIP" (inside the cluster only), "NodePort" or "LoadBalancer"`
          });
          continue;
        }
        type = TYPES.get(v.toLowerCase());
      }
      const ip = so.get("loadBalancerIP");
      if (ip === void 0 || ip.value === null || ip.value === "") continue;
      const effective = type ?? (portBindingsOf(mod).length > 0 ? "LoadBalancer" : "ClusterIP");
      if (effective === "LoadBalancer") continue;
      report({
        node: ip,
        module: mod,
        message: `${label}: serviceOptions.loadBalancerIP is used only by a LoadBalancer service, but this module's service is ${effective}${type === void 0 ? " (it has no PortBindings)" : ""}; set "type": "LoadBalancer" or remove loadBalancerIP`
      });
    }
  }
};
var service_options_default = rule45;

// rules/shared-memory.ts
var rule46 = {
  meta: {
    id: "shared-memory",
    severity: "warning",
    facts: ["F12", "\xA75.6"],
    description: "HostConfig.ShmSize, Tmpfs, or IpcMode other than host (ignored on Kubernetes); suggests IpcMode: host.",
    repair: "suggestion"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const hc = hostConfigOf(mod);
      if (hc === void 0) continue;
      const label = moduleLabel(mod);
      const ipc = hc.get("IpcMode");
      const ipcValue = typeof ipc?.value === "string" ? ipc.value : void 0;
      const hostIpc = ipcValue !== void 0 && ipcValue.toLowerCase() === "host";
      const toHost = (extra) => ipc !== void 0 ? [...extra, { op: "set", node: ipc, value: "host" }] : [...extra, { op: "add", parent: hc, key: "IpcMode", value: "host" }];
      const suggestion = (edits) => [{ message: `Share memory through the host's IPC namespace: HostConfig.IpcMode: "host"`, edits }];
      if (ipc !== void 0 && ipcValue !== void 0 && !hostIpc && !isPlaceholder(ipcValue)) {
        report({
          node: ipc,
          module: mod,
          part: "value",
          message: `${label}: HostConfig.${ipc.key}: "${ipcValue}" is ignored on Kubernetes-based IoT Edge (only "host" is mapped, to hostIPC), so modules sharing memory through it lose it; use "IpcMode": "host" on each of them`,
          suggestions: suggestion([{ op: "set", node: ipc, value: "host" }])
        });
      }
      const shm = hc.get("ShmSize");
      if (shm !== void 0 && !hostIpc && !(ipcValue !== void 0 && isPlaceholder(ipcValue))) {
        report({
          node: shm,
          module: mod,
          message: `${label}: HostConfig.${shm.key} is ignored on Kubernetes-based IoT Edge (the pod gets the default 64 MB /dev/shm); use "IpcMode": "host" to share the host's /dev/shm`,
          suggestions: suggestion(toHost([{ op: "remove", node: shm }]))
        });
      }
      const tmpfs = hc.get("Tmpfs");
      if (tmpfs !== void 0) {
        const paths = tmpfs.isObject ? tmpfs.entries().map((e) => e.key) : [];
        const shmOnly = paths.length > 0 && paths.every((p) => p.replace(/\/+$/, "") === "/dev/shm");
        if (shmOnly && hostIpc) continue;
        report({
          node: tmpfs,
          module: mod,
          message: `${label}: HostConfig.${tmpfs.key} is ignored on Kubernetes-based IoT Edge, so ${paths.length > 0 ? paths.join(", ") : "these paths"} will not be in-memory file systems; for /dev/shm use "IpcMode": "host", for other paths an emptyDir volume (medium Memory) under k8s-experimental.volumes`,
          ...shmOnly ? { suggestions: suggestion(toHost([{ op: "remove", node: tmpfs }])) } : {}
        });
      }
    }
  }
};
var shared_memory_default = rule46;

// rules/unsupported-create-option.ts
var TOP = {
  Hostname: "the pod's host name is the module's Kubernetes name; remove it",
  Domainname: "remove it",
  Healthcheck: "no liveness probe is created from it; make the module exit on failure (Kubernetes restarts it) and remove it",
  StopSignal: "Kubernetes always sends SIGTERM; handle SIGTERM and remove it",
  StopTimeout: "remove it",
  Tty: "remove it",
  OpenStdin: "remove it",
  StdinOnce: "remove it",
  AttachStdin: "remove it",
  AttachStdout: "remove it",
  AttachStderr: "remove it",
  Volumes: "anonymous volumes are not created; use HostConfig.Mounts",
  MacAddress: "remove it",
  NetworkDisabled: "remove it",
  Shell: "remove it",
  OnBuild: "remove it",
  ArgsEscaped: "remove it"
};
var SECURITY = "only HostConfig.Privileged is carried over; use it, or k8s-experimental.securityContext for the user and groups";
var HOST = {
  CapAdd: SECURITY,
  CapDrop: SECURITY,
  SecurityOpt: SECURITY,
  Sysctls: "remove it",
  Ulimits: "remove it",
  ReadonlyRootfs: "remove it",
  ExtraHosts: "no host entries are added; use DNS names (other modules by their Kubernetes names)",
  Dns: "the pod uses the cluster DNS; remove it",
  DnsOptions: "the pod uses the cluster DNS; remove it",
  DnsSearch: "the pod uses the cluster DNS; remove it",
  LogConfig: "the node's kubelet handles container logs; remove it",
  RestartPolicy: "Kubernetes always restarts the module's pod; remove it",
  Init: "remove it",
  Links: "reach other modules by their Kubernetes names; remove it",
  VolumesFrom: "use HostConfig.Mounts",
  PublishAllPorts: "publish each port with PortBindings and a HostPort",
  Isolation: "remove it",
  UsernsMode: "remove it",
  UTSMode: "remove it",
  GroupAdd: "use k8s-experimental.securityContext.supplementalGroups",
  OomKillDisable: "remove it",
  OomScoreAdj: "remove it",
  CgroupParent: "remove it",
  Cgroup: "remove it",
  CgroupnsMode: "remove it",
  KernelMemory: "set limits.memory under k8s-experimental.resources",
  KernelMemoryTCP: "set limits.memory under k8s-experimental.resources",
  PidsLimit: "remove it",
  BlkioWeight: "remove it",
  BlkioWeightDevice: "remove it",
  BlkioDeviceReadBps: "remove it",
  BlkioDeviceWriteBps: "remove it",
  BlkioDeviceReadIOps: "remove it",
  BlkioDeviceWriteIOps: "remove it",
  IOMaximumIOps: "remove it",
  IOMaximumBandwidth: "remove it",
  VolumeDriver: "use HostConfig.Mounts",
  ContainerIDFile: "remove it",
  AutoRemove: "remove it",
  StorageOpt: "remove it",
  MaskedPaths: "remove it",
  ReadonlyPaths: "remove it",
  ConsoleSize: "remove it",
  Annotations: "use Labels (they become annotations)"
};
var TOP_LC = new Map(Object.entries(TOP).map(([k, v]) => [k.toLowerCase(), v]));
var HOST_LC = new Map(Object.entries(HOST).map(([k, v]) => [k.toLowerCase(), v]));
function scan2(members, table, prefix, report) {
  for (const m of members) {
    const advice = table.get(m.key.toLowerCase());
    if (advice === void 0) continue;
    const empty = m.key.toLowerCase() === "volumes" && m.isObject ? Object.keys(m.value).length === 0 : isEmptyValue(m.value);
    if (empty) continue;
    report(m, `${prefix}${m.key}`, advice);
  }
}
var rule47 = {
  meta: {
    id: "unsupported-create-option",
    severity: "warning",
    facts: ["F0", "F18", "\xA71.3"],
    description: "A Docker create option the Kubernetes runtime ignores (Hostname, Healthcheck, CapAdd, ExtraHosts, LogConfig, RestartPolicy, ...).",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const root = createOptionsOf(mod);
      if (root === void 0) continue;
      const emit = (node, path, advice) => report({ node, module: mod, message: `${moduleLabel(mod)}: createOptions.${path} is ignored by Kubernetes-based IoT Edge; ${advice}` });
      scan2(root.entries(), TOP_LC, "", emit);
      const hc = hostConfigOf(mod);
      if (hc !== void 0) scan2(hc.entries(), HOST_LC, `${hc.key}.`, emit);
    }
  }
};
var unsupported_create_option_default = rule47;

// rules/upstream-protocol-value.ts
var PROTOCOLS = ["Amqp", "AmqpWs", "Mqtt", "MqttWs"];
var rule48 = {
  meta: {
    id: "upstream-protocol-value",
    severity: "error",
    facts: ["\xA71.8", "\xA75.9"],
    description: "UpstreamProtocol on edgeHub or edgeAgent that is not Amqp, AmqpWs, Mqtt or MqttWs.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      if (!mod.system) continue;
      for (const v of envVarsOf(mod)) {
        if (v.malformed || v.name.toLowerCase() !== "upstreamprotocol" || v.value === void 0) continue;
        const value = v.value.trim();
        if (value === "" || hasPlaceholder(value)) continue;
        if (PROTOCOLS.some((p) => p.toLowerCase() === value.toLowerCase())) continue;
        const node = v.from === "env" ? v.node.getExact("value") ?? v.node : v.node;
        report({
          node,
          part: "value",
          module: mod,
          message: `${moduleLabel(mod)}: UpstreamProtocol '${v.value}' is not a protocol the runtime knows, so it is ignored and the default is used; write one of ${PROTOCOLS.join(", ")} (AmqpWs or MqttWs behind a web proxy)`
        });
      }
    }
  }
};
var upstream_protocol_value_default = rule48;

// rules/user-option.ts
var NUMERIC_USER = /^([0-9]+|root)(?::([0-9]+|root))?$/;
var id = (s) => s === "root" ? 0 : Number(s);
function plan(mod, root, user, uid, gid) {
  const want = gid === void 0 ? { runAsUser: uid } : { runAsUser: uid, runAsGroup: gid };
  const x = k8sExperimentalOf(mod);
  if (x === void 0) {
    const other = root.entries().find((e) => e.key.toLowerCase() === "k8s-experimental");
    if (other !== void 0) return { migrated: false, conflict: `'${other.key}' must first be a 'k8s-experimental' object` };
    return { migrated: false, fix: [{ op: "rename", node: user, key: "k8s-experimental" }, { op: "set", node: user, value: { securityContext: want } }] };
  }
  const sc = x.get("securityContext");
  if (sc === void 0) return { migrated: false, fix: [{ op: "remove", node: user }, ensureValue(x, ["securityContext"], want)] };
  if (!sc.isObject) return { migrated: false, conflict: "k8s-experimental.securityContext is not an object" };
  const missing = {};
  for (const [k, v] of Object.entries(want)) {
    const have = sc.get(k);
    if (have === void 0) missing[k] = v;
    else if (have.value !== v) return { migrated: false, conflict: `k8s-experimental.securityContext.${have.key} is already ${JSON.stringify(have.value)}` };
  }
  const keys = Object.keys(missing);
  if (keys.length === 0) return { migrated: true };
  const add = keys.length === 1 ? ensureValue(sc, [keys[0]], missing[keys[0]]) : { op: "set", node: sc, value: { ...sc.value, ...missing } };
  return { migrated: false, fix: [{ op: "remove", node: user }, add] };
}
var rule49 = {
  meta: {
    id: "user-option",
    severity: "warning",
    facts: ["\xA71.3", "\xA75.6"],
    description: "createOptions.User, which Kubernetes ignores; a numeric uid[:gid] moves to k8s-experimental.securityContext.runAsUser/runAsGroup.",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const root = mod.createOptions.root;
      const user = root?.get("User");
      if (root === void 0 || user === void 0) continue;
      const v = user.value;
      if (typeof v !== "string" || v === "") continue;
      const base = `${moduleLabel(mod)}: User is ignored on Kubernetes-based IoT Edge, so the module runs as the image's user`;
      const m = NUMERIC_USER.exec(v);
      if (m === null) {
        const placeholder = hasPlaceholder(v);
        report({
          node: user,
          part: "key",
          module: mod,
          message: `${base}; set k8s-experimental.securityContext.runAsUser (and runAsGroup) to the numeric ${placeholder ? "ids that" : "uid and gid of"} ${JSON.stringify(v)}${placeholder ? " stands for" : ""}, and remove User`
        });
        continue;
      }
      const uid = id(m[1]);
      const gid = m[2] !== void 0 ? id(m[2]) : void 0;
      const p = plan(mod, root, user, uid, gid);
      if (p.migrated) continue;
      const target = `k8s-experimental.securityContext {"runAsUser": ${uid}${gid !== void 0 ? `, "runAsGroup": ${gid}` : ""}}`;
      report({
        node: user,
        part: "key",
        module: mod,
        message: p.conflict !== void 0 ? `${base}; write ${target} instead, but ${p.conflict}: reconcile them by hand` : `${base}; write ${target} instead`,
        ...p.fix !== void 0 ? { fix: p.fix } : {}
      });
    }
  }
};
var user_option_default = rule49;

// rules/volume-mount-share-name.ts
var SHARE_ROOT2 = /^\/home\/hcsshares\/([^/]+)/;
function shareNameProblem(name) {
  if (name.length < 3 || name.length > 63) return "has to be 3 to 63 characters long";
  if (/[^A-Za-z0-9-]/.test(name)) return "may only hold letters, digits and '-'";
  if (!/^[A-Za-z0-9]/.test(name) || !/[A-Za-z0-9]$/.test(name) || name.includes("--")) return "has to start and end with a letter or digit, and each '-' must stand between letters or digits";
  return void 0;
}
var rule50 = {
  meta: {
    id: "volume-mount-share-name",
    severity: "warning",
    facts: ["F2", "\xA75.4", "\xA71.6"],
    description: "A Mounts entry of Type volume whose Source is a path or not a valid share name.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      for (const m of mountsOf(mod)) {
        if (m.from !== "Mounts" || m.type !== "volume" || m.source === void 0 || m.sourceNode === void 0) continue;
        if (hasPlaceholder(m.source)) continue;
        const base = `${moduleLabel(mod)}: the volume mount Source '${m.source}'`;
        let message;
        const share = SHARE_ROOT2.exec(m.source);
        if (share !== null) {
          message = `${base} is the FPGA device's share path; on Kubernetes-based IoT Edge a Type volume Source is the share name: write '${share[1]}'`;
        } else if (m.source.includes("/") || m.source.includes("\\")) {
          message = `${base} is a path; on Kubernetes-based IoT Edge a Type volume Source is the name of an SMB/NFS share on the device (use Type bind for a host directory)`;
        } else {
          const why = shareNameProblem(m.source);
          if (why === void 0) continue;
          message = `${base} is not a valid share name: it ${why}; write the name of an SMB/NFS share on the device`;
        }
        report({ node: m.sourceNode, part: "value", module: mod, message });
      }
    }
  }
};
var volume_mount_share_name_default = rule50;

// rules/volume-name-collision.ts
var rule51 = {
  meta: {
    id: "volume-name-collision",
    severity: "error",
    facts: ["\xA71.5", "\xA71.6"],
    description: "Two different Binds/Mounts sources of one module that become the same Kubernetes volume name.",
    repair: "none"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      const sources = [];
      for (const b of bindsOf(mod)) {
        if (typeof b.value !== "string") continue;
        const parts = b.value.split(":");
        if (parts.length < 2 || hasPlaceholder(parts[0])) continue;
        const kind = parts[0].startsWith("/") ? "hostPath" : "claim";
        sources.push({ node: b, kind, source: parts[0], name: dnsLabelFromSource(parts[0]) });
      }
      for (const m of mountsOf2(mod)) {
        const t = m.type?.value;
        const s = m.source?.value;
        if (typeof t !== "string" || typeof s !== "string" || hasPlaceholder(s)) continue;
        const kind = t.toLowerCase() === "bind" ? "hostPath" : t.toLowerCase() === "volume" ? "claim" : void 0;
        if (kind === void 0) continue;
        sources.push({ node: m.source, kind, source: s, name: dnsLabelFromSource(s) });
      }
      const first = /* @__PURE__ */ new Map();
      for (const v of sources) {
        if (v.name === "") continue;
        const prev = first.get(v.name);
        if (prev === void 0) {
          first.set(v.name, v);
          continue;
        }
        if (prev.kind === v.kind && prev.source === v.source) continue;
        const what = (x) => `${x.kind === "hostPath" ? "host path" : "volume"} '${x.source}'`;
        report({
          node: v.node,
          part: "value",
          module: mod,
          message: `${moduleLabel(mod)}: ${what(v)} and ${what(prev)} both become the Kubernetes volume name '${v.name}', so this mount silently uses the other one's storage; rename one of them so that their lowercase letters, digits and '-' differ`
        });
      }
    }
  }
};
var volume_name_collision_default = rule51;

// rules/wireserver-env.ts
var rule52 = {
  meta: {
    id: "wireserver-env",
    severity: "warning",
    facts: ["F10"],
    description: "WIRESERVER_ADDRESS in env or createOptions.Env (FPGA only); the fix removes it.",
    repair: "fix"
  },
  check({ manifest, report }) {
    for (const mod of manifest.modules) {
      for (const v of envNamed(mod, "WIRESERVER_ADDRESS")) {
        report({
          node: v.node,
          module: mod,
          message: `${moduleLabel(mod)}: environment variable '${v.name}' points FPGA modules at the FPGA service; a GPU module needs no WIRESERVER_ADDRESS, remove it (request 'nvidia.com/gpu' in k8s-experimental.resources.limits instead)`,
          fix: [{ op: "remove", node: v.node }]
        });
      }
    }
  }
};
var wireserver_env_default = rule52;

// rules/index.ts
var builtinRules = [
  bind_mount_file_default,
  cmd_string_default,
  create_options_chunks_default,
  create_options_object_default,
  device_binding_default,
  docker_resource_limits_default,
  duplicate_host_port_default,
  entrypoint_default,
  env_name_colon_default,
  env_name_invalid_default,
  env_precedence_default,
  env_without_value_default,
  exposed_port_not_published_default,
  fpga_resource_default,
  gpu_requests_limits_default,
  host_network_default,
  ignored_module_field_default,
  ignored_network_option_default,
  inter_module_container_port_default,
  invalid_create_options_default,
  invalid_json_default,
  k8s_experimental_shape_default,
  label_key_default,
  legacy_module_content_default,
  manifest_schema_default,
  missing_resource_limits_default,
  mixed_tcp_udp_ports_default,
  module_name_collision_default,
  module_name_default,
  mount_incomplete_default,
  mount_type_ignored_default,
  multiple_host_network_default,
  no_host_binds_default,
  node_selector_string_default,
  nvidia_runtime_default,
  port_binding_needs_host_port_default,
  port_range_default,
  proxy_no_proxy_localhost_default,
  proxy_upstream_protocol_default,
  recreate_strategy_default,
  reserved_module_name_default,
  reserved_proxy_port_default,
  route_unknown_module_default,
  schema_version_default,
  security_context_container_keys_default,
  service_options_default,
  shared_memory_default,
  unsupported_create_option_default,
  upstream_protocol_value_default,
  user_option_default,
  volume_mount_share_name_default,
  volume_name_collision_default,
  wireserver_env_default
];

// src/engine/lint.ts
import * as crypto from "node:crypto";

// src/meta.ts
var REPOSITORY_URL = "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint";
var DOCS_BASE = `${REPOSITORY_URL}/blob/main/rules/`;
var TOOL_NAME = "iotedge-gpu-lint";
var VERSION = "0.1.0";
function docsUrl(ruleId) {
  return `${DOCS_BASE}${ruleId}.md`;
}

// src/json/path.ts
function toPointer(path) {
  let out = "";
  for (const seg of path) {
    const s = String(seg);
    out += "/" + (s.includes("~") || s.includes("/") ? s.replace(/~/g, "~0").replace(/\//g, "~1") : s);
  }
  return out;
}

// src/engine/position.ts
function fileSpan(node, part, range) {
  const space = node.space;
  const at = node.locate();
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
var oneShot = crypto.hash;
function fingerprint(parts) {
  const data = parts.join("\0");
  const hex = oneShot !== void 0 ? oneShot("sha256", data, "hex") : crypto.createHash("sha256").update(data).digest("hex");
  return hex.slice(0, 16);
}
var fixTextCache = /* @__PURE__ */ new WeakMap();
function fixTextOf(manifest, edits) {
  let t = fixTextCache.get(edits);
  if (t === void 0) fixTextCache.set(edits, t = fixAsTextEdit(manifest, edits) ?? null);
  return t === null ? void 0 : { ...t };
}
function describeFixes(manifest, messages) {
  for (const m of messages) {
    if (m.edits !== void 0) {
      const text = fixTextOf(manifest, m.edits);
      if (text !== void 0) m.fix = text;
    }
    for (const sg of m.suggestions ?? []) {
      const text = fixTextOf(manifest, sg.edits);
      if (text !== void 0) sg.fix = text;
    }
  }
}
function severityFor(rule53, settings, requested) {
  const configured = settings.severities?.[rule53.meta.id];
  if (configured === "off") return void 0;
  if (configured !== void 0) return configured;
  return requested ?? rule53.meta.severity;
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
  const display2 = settings.displayPath ?? filePath;
  if (read.kind === "not-a-manifest") return { result: summarize(filePath, [], { skipped: true }) };
  if (read.kind === "invalid-json") {
    const source = read.source;
    if (!MANIFEST_HINT.test(source.text) && !/(^|[\\/])deployment[^\\/]*\.json$/i.test(filePath)) {
      return { result: summarize(filePath, [], { skipped: true }) };
    }
    const messages2 = [];
    for (const rule53 of settings.rules) {
      if (rule53.checkSyntax === void 0) continue;
      const severity = severityFor(rule53, settings, void 0);
      if (severity === void 0) continue;
      rule53.checkSyntax(read.error, (message) => {
        messages2.push(textDiagnostic(source, rule53, severity, message, read.error.offset, read.error.offset + Math.max(read.error.length, 0), display2));
      });
    }
    return { result: summarize(filePath, messages2) };
  }
  const manifest = read.manifest;
  const messages = [];
  const seen = /* @__PURE__ */ new Map();
  for (const rule53 of settings.rules) {
    if (severityFor(rule53, settings, void 0) === void 0) continue;
    const ctx = {
      manifest,
      options: settings.ruleOptions?.[rule53.meta.id] ?? {},
      report(d) {
        const severity = severityFor(rule53, settings, d.severity);
        if (severity === void 0) return;
        messages.push(toDiagnostic(manifest, rule53, severity, d, display2, seen, settings.suppress));
      }
    };
    try {
      rule53.check(ctx);
    } catch (e) {
      messages.push(
        textDiagnostic(manifest.source, rule53, "error", `internal error in rule ${rule53.meta.id}: ${e.message}; please report it`, 0, 0, display2)
      );
    }
  }
  messages.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  if (settings.fixText !== false) describeFixes(manifest, messages);
  return { result: summarize(filePath, messages), manifest };
}
function textDiagnostic(source, rule53, severity, message, start, end, display2) {
  const s = source.position(start);
  const e = source.position(end);
  return {
    ruleId: rule53.meta.id,
    severity,
    message,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    offset: start,
    endOffset: end,
    pointer: "",
    fingerprint: fingerprint([rule53.meta.id, display2, "", ""]),
    docs: rule53.meta.docs ?? docsUrl(rule53.meta.id)
  };
}
function moduleName(d) {
  if (d.module === void 0) return void 0;
  return typeof d.module === "string" ? d.module : d.module.name;
}
function toDiagnostic(manifest, rule53, severity, d, display2, seen, suppress) {
  const span = fileSpan(d.node, d.part, d.range) ?? [0, 0];
  const s = manifest.source.position(span[0]);
  const e = manifest.source.position(span[1]);
  const pointer = pointerOf(d.node);
  const module = moduleName(d);
  const baseKey = rule53.meta.id + "\0" + (module ?? "") + "\0" + pointer;
  const n = seen.get(baseKey) ?? 0;
  seen.set(baseKey, n + 1);
  const diag = {
    ruleId: rule53.meta.id,
    severity,
    message: d.message,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    offset: span[0],
    endOffset: span[1],
    pointer,
    fingerprint: fingerprint([rule53.meta.id, display2, module ?? "", pointer, n === 0 ? "" : String(n)]),
    docs: rule53.meta.docs ?? docsUrl(rule53.meta.id)
  };
  if (module !== void 0) diag.module = module;
  if (d.fix !== void 0 && d.fix.length > 0) diag.edits = d.fix;
  if (d.suggestions !== void 0 && d.suggestions.length > 0) diag.suggestions = d.suggestions.map((sg) => ({ ...sg }));
  const sup = suppress?.({ ruleId: rule53.meta.id, module, pointer, filePath: display2 });
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
  const passSettings = { ...settings, fixText: false };
  let read = readManifest(filePath, raw);
  let { result, manifest } = lintRead(filePath, read, passSettings);
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
    ({ result, manifest } = lintRead(filePath, read, passSettings));
  }
  if (manifest !== void 0 && settings.fixText !== false) describeFixes(manifest, result.messages);
  return { output: current, changed: current !== raw, applied, passes, result, rejected };
}

// src/files.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, existsSync as existsSync2, lstatSync, mkdirSync, openSync, readFileSync as readFileSync3, readSync, readdirSync as readdirSync2, realpathSync, renameSync, statSync as statSync3, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname as dirname3, extname, isAbsolute as isAbsolute2, join as join3, relative as relative3, resolve as resolve3 } from "node:path";

// src/config/errors.ts
var ConfigError = class extends Error {
  constructor(message, file, key) {
    super(message);
    this.file = file;
    this.key = key;
  }
  file;
  key;
  name = "ConfigError";
};

// src/config/load.ts
var import_ajv3 = __toESM(require_ajv(), 1);
var import_picomatch2 = __toESM(require_picomatch2(), 1);
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { dirname as dirname2, join as join2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/blob/main/schemas/config.schema.json",
  title: "iotedge-gpu-lint configuration (.iotedge-gpu-lint.yml, .yaml or .json)",
  type: "object",
  additionalProperties: false,
  properties: {
    rules: {
      description: "Severity per rule id; off disables the rule.",
      type: "object",
      additionalProperties: { enum: ["error", "warning", "info", "off"] }
    },
    ruleOptions: {
      description: "Rule-specific options, per rule id.",
      type: "object",
      additionalProperties: { type: "object" }
    },
    include: {
      description: "Globs (relative to the working directory) of the files to lint when walking directories; default every *.json file.",
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    exclude: {
      description: "Globs (relative to the working directory) of files never to lint.",
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    suppressions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["files", "rule", "reason"],
        properties: {
          files: {
            anyOf: [
              { type: "string", minLength: 1 },
              { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }
            ]
          },
          module: { type: "string", minLength: 1 },
          pointer: { type: "string", pattern: "^(/.*)?$" },
          rule: {
            anyOf: [
              { type: "string", minLength: 1 },
              { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }
            ]
          },
          reason: { type: "string", minLength: 1, pattern: "\\S" },
          expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }
        }
      }
    },
    customRules: {
      description: "Policy-as-data rules (see the policy docs).",
      type: "array",
      items: { type: "object" }
    },
    maxFileSize: {
      description: "Largest file to read, in bytes (default 10 MiB).",
      type: "integer",
      minimum: 1
    }
  }
};

// src/config/close-matches.ts
function editDistance(a, b) {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n];
}
function closeMatches(name, known, limit = 3) {
  const lower = name.toLowerCase();
  const scored = [];
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase());
    const near = d <= Math.max(2, Math.floor(lower.length / 3));
    const contains = lower.length >= 4 && (k.includes(lower) || lower.includes(k));
    if (near || contains) scored.push({ k, d: near ? d : d + 10 });
  }
  scored.sort((x, y) => x.d - y.d || (x.k < y.k ? -1 : 1));
  return scored.slice(0, limit).map((s) => s.k);
}
function didYouMean(name, known) {
  const m = closeMatches(name, known);
  if (m.length === 0) return "";
  const quoted = m.map((x) => `'${x}'`);
  return ` (did you mean ${quoted.length === 1 ? quoted[0] : quoted.slice(0, -1).join(", ") + " or " + quoted[quoted.length - 1]}?)`;
}

// src/policy/custom-rules.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// schemas/custom-rule.schema.json
var custom_rule_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/iotedge-gpu-lint/iotedge-gpu-lint/schemas/custom-rule.schema.json",
  title: "A custom (policy-as-data) rule of iotedge-gpu-lint",
  description: "One declaration under customRules (in .iotedge-gpu-lint.yml or an included YAML file). See docs/custom-rules.md.",
  type: "object",
  required: ["id", "severity", "message", "scope"],
  properties: {
    id: {
      description: "the rule id: lowercase letters, digits and '-', not a built-in id",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9-]*$"
    },
    severity: { description: "error, warning or info", enum: ["error", "warning", "info"] },
    message: {
      description: "the finding's message; {module}, {value} and {path} are replaced",
      type: "string",
      minLength: 1
    },
    docs: { description: "a link to the policy's documentation", type: "string" },
    description: { description: "one line: what the rule reports", type: "string" },
    scope: {
      description: "what part of each module to look in: createOptions (keys case-insensitive), settings, env (the module env map and createOptions.Env, by variable name) or module (the whole module object)",
      enum: ["createOptions", "settings", "env", "module"]
    },
    target: {
      description: "which modules: modules (user modules, the default), system (edgeAgent and edgeHub) or all",
      enum: ["modules", "system", "all"]
    },
    path: {
      description: `a path inside the scope: keys separated by '.', ["key.with.dots"], array indexes, '*' for every member or element; or a list of keys`,
      type: ["string", "array"],
      minLength: 1,
      items: { type: ["string", "integer"] },
      minItems: 1
    },
    modules: { $ref: "#/definitions/names" },
    exceptModules: { $ref: "#/definitions/names" },
    schema: { description: "a JSON Schema (draft-07) the value must match", type: ["object", "boolean"] },
    notSchema: { description: "a JSON Schema (draft-07) the value must not match", type: ["object", "boolean"] },
    required: { description: "also report a module where the path is absent", type: "boolean" }
  },
  additionalProperties: false,
  definitions: {
    names: {
      description: "module names or globs (picomatch), one or a list",
      type: ["string", "array"],
      minLength: 1,
      items: { type: "string", minLength: 1 },
      minItems: 1
    }
  }
};

// src/config/pseudo-rules.ts
import { createHash as createHash2 } from "node:crypto";
var readErrorRule = {
  meta: {
    id: "read-error",
    severity: "error",
    facts: [],
    description: "A file that could not be read: unreadable, not UTF-8, larger than maxFileSize, or a symlink leading outside the working directory.",
    repair: "none"
  },
  check() {
  }
};
var suppressionExpiredRule = {
  meta: {
    id: "suppression-expired",
    severity: "warning",
    facts: [],
    description: "A configured suppression whose `expires` date has passed: it no longer suppresses anything; fix the findings or renew it.",
    repair: "none"
  },
  check() {
  }
};
var pseudoRules = [readErrorRule, suppressionExpiredRule];
function fingerprintOf(parts) {
  return createHash2("sha256").update(parts.join("\0")).digest("hex").slice(0, 16);
}
function fileDiagnostic(rule53, severity, message, displayPath, extra, at = { line: 1, column: 1, offset: 0 }) {
  return {
    ruleId: rule53.meta.id,
    severity,
    message,
    line: at.line,
    column: at.column,
    endLine: at.line,
    endColumn: at.column,
    offset: at.offset,
    endOffset: at.offset,
    pointer: "",
    fingerprint: fingerprintOf([rule53.meta.id, displayPath, extra]),
    docs: rule53.meta.docs ?? docsUrl(rule53.meta.id)
  };
}
var writeErrorRule = {
  meta: {
    id: "write-error",
    severity: "error",
    facts: [],
    description: "A fixed file that could not be written: --gpu-out outside the working directory or over a file that is not a previous output, or a failed write.",
    repair: "none"
  },
  check() {
  }
};
var runRules = [...pseudoRules, writeErrorRule];

// src/policy/custom-rules.ts
var CUSTOM_RULES_DOCS = `${REPOSITORY_URL}/blob/main/docs/custom-rules.md`;
var declarationValidator;
function validateDeclarationFn() {
  declarationValidator ??= newAjv().compile(custom_rule_schema_default);
  return declarationValidator;
}
var policyAjv = newAjv({ strictRequired: false });
function keyOf(base, path) {
  let k = base;
  for (const seg of path) k += typeof seg === "number" || /^[0-9]+$/.test(String(seg)) ? `[${seg}]` : `.${seg}`;
  return k;
}
function fail(place, path, why) {
  const key = keyOf(place.key, path);
  const line = place.lineOf?.(path);
  const where = line === void 0 ? place.origin : `${place.origin}:${line}`;
  throw new ConfigError(`${where}: ${key}: ${why}`, place.origin, key);
}
function parsePath(path) {
  const segs = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === "[") {
      const q = path[i + 1];
      if (q === '"' || q === "'") {
        const end = path.indexOf(`${q}]`, i + 2);
        if (end < 0) return `unclosed [${q} at character ${i + 1}`;
        segs.push(path.slice(i + 2, end));
        i = end + 2;
      } else {
        const end = path.indexOf("]", i);
        if (end < 0) return `unclosed [ at character ${i + 1}`;
        const inner = path.slice(i + 1, end);
        if (!/^([0-9]+|\*)$/.test(inner)) return `[${inner}] must be an index, '*' or a quoted key`;
        segs.push(inner);
        i = end + 1;
      }
    } else {
      let end = i;
      while (end < path.length && path[end] !== "." && path[end] !== "[") end++;
      const seg = path.slice(i, end);
      if (seg === "") return `empty key at character ${i + 1}`;
      segs.push(seg);
      i = end;
    }
    if (path[i] === ".") {
      i++;
      if (i === path.length) return "the path ends with '.'";
    } else if (i < path.length && path[i] !== "[") return `unexpected '${path[i]}' at character ${i + 1}`;
  }
  return segs;
}
function names(v) {
  return v === void 0 ? void 0 : typeof v === "string" ? [v] : v;
}
function walk(root, segs) {
  let current = [{ node: root, path: [] }];
  let deepest = root;
  for (const seg of segs) {
    const next = [];
    for (const { node, path } of current) {
      if (seg === "*") {
        for (const c of node.isArray ? node.items() : node.entries()) next.push({ node: c, path: [...path, c.key ?? String(c.path[c.path.length - 1])] });
      } else {
        const c = node.isArray ? childOf(node, seg) : node.get(seg);
        if (c !== void 0) next.push({ node: c, path: [...path, c.key ?? seg] });
      }
    }
    if (next.length === 0) return { matches: [], deepest, unknown: current.some(({ node }) => typeof node.value === "string" && isPlaceholder(node.value)) };
    current = next;
    deepest = next[0].node;
  }
  return { matches: current.map(({ node, path }) => ({ node, value: node.value, path })), deepest };
}
function scopeRoot(mod, scope) {
  if (scope === "module") return mod.node;
  if (scope === "settings") return mod.settings ?? "absent";
  const co = mod.createOptions;
  if (co.root !== void 0) return co.root;
  return co.error !== void 0 ? "skip" : "absent";
}
function envMatches(mod, segs) {
  const vars = envVarsOf(mod).filter((v) => !v.malformed);
  const deepest = mod.env ?? mod.settings ?? mod.node;
  const pick = (v) => {
    if (v.from === "env") {
      const valueNode = v.node.getExact("value");
      return valueNode !== void 0 ? { node: valueNode, part: "value", value: valueNode.value, path: [v.name] } : { node: v.node, value: void 0, path: [v.name] };
    }
    return { node: v.node, part: "value", value: v.value, path: [v.name] };
  };
  if (segs.length === 0) {
    const value = Object.fromEntries(vars.map((v) => [v.name, pick(v).value]));
    return { matches: [{ node: deepest, value, path: [] }], deepest };
  }
  const [name] = segs;
  return { matches: vars.filter((v) => name === "*" || v.name === name).map(pick), deepest };
}
function render(v) {
  if (v === void 0) return "";
  if (typeof v === "string") return v;
  return JSON.stringify(v) ?? String(v);
}
function interpolate(message, mod, value, path) {
  return message.replace(/\{(module|value|path)\}/g, (_, k) => k === "module" ? mod.name : k === "value" ? render(value) : path);
}
function toRule(d, place) {
  let segs = [];
  if (typeof d.path === "string") {
    const parsed = parsePath(d.path);
    if (typeof parsed === "string") fail(place, ["path"], `cannot read the path '${d.path}': ${parsed}`);
    segs = parsed;
  } else if (Array.isArray(d.path)) segs = d.path.map(String);
  if (d.scope === "env" && segs.length > 1) fail(place, ["path"], "in the env scope the path is one variable name (or '*')");
  const declaredPath = segs.join(".");
  const key = d.schema !== void 0 ? "schema" : "notSchema";
  let validate;
  try {
    validate = policyAjv.compile(d.schema ?? d.notSchema);
  } catch (e) {
    fail(place, [key], `not a valid JSON Schema: ${e.message}`);
  }
  const mustMatch = d.schema !== void 0;
  const only = names(d.modules);
  const except = names(d.exceptModules);
  const isOnly = only === void 0 ? void 0 : (0, import_picomatch.default)(only);
  const isExcept = except === void 0 ? void 0 : (0, import_picomatch.default)(except);
  const target = d.target ?? "modules";
  return {
    meta: {
      id: d.id,
      severity: d.severity,
      facts: [],
      description: d.description ?? d.message,
      repair: "none",
      docs: d.docs ?? CUSTOM_RULES_DOCS
    },
    check({ manifest, report }) {
      for (const mod of manifest.modules) {
        if (target === "modules" ? mod.system : target === "system" ? !mod.system : false) continue;
        if (isOnly !== void 0 && !isOnly(mod.name)) continue;
        if (isExcept !== void 0 && isExcept(mod.name)) continue;
        let resolved;
        if (d.scope === "env") resolved = envMatches(mod, segs);
        else {
          const root = scopeRoot(mod, d.scope);
          if (root === "skip") continue;
          resolved = root === "absent" ? { matches: [], deepest: d.scope === "createOptions" ? mod.settings ?? mod.node : mod.node } : walk(root, segs);
        }
        const emit = (node, part, value, path) => {
          const r = { node, message: interpolate(d.message, mod, value, path), module: mod };
          if (part !== void 0) r.part = part;
          report(r);
        };
        if (resolved.matches.length === 0) {
          if (d.required === true && resolved.unknown !== true) emit(resolved.deepest, void 0, void 0, declaredPath);
          continue;
        }
        for (const m of resolved.matches) {
          if (typeof m.value === "string" && isPlaceholder(m.value)) continue;
          if (m.value === void 0) continue;
          const ok = validate(m.value);
          const path = m.path.join(".");
          if (mustMatch) {
            if (ok) continue;
            const found = schemaFindings(m.node, validate.errors);
            if (found.length === 0) continue;
            const first = found[0];
            emit(first.node, first.part, m.value, path);
          } else if (ok) emit(m.node, m.part ?? "value", m.value, path);
        }
      }
    }
  };
}
var DECLARATION_KEYS = Object.keys(custom_rule_schema_default.properties);
function checkDeclaration(def, place, builtinIds) {
  const validateDeclaration = validateDeclarationFn();
  if (!validateDeclaration(def)) {
    if (def === null || typeof def !== "object" || Array.isArray(def)) fail(place, [], "a custom rule is an object {id, severity, message, scope, path, schema | notSchema}");
    const root = JNode.root({ id: 0, json: void 0 }, def);
    const [f] = schemaFindings(root, validateDeclaration.errors);
    if (f === void 0) fail(place, [], validateDeclaration.errors?.[0]?.message ?? "not a valid custom rule");
    const path = [...f.node.path];
    if (f.kind === "missing") {
      const desc = custom_rule_schema_default.properties[f.name]?.description;
      fail(place, [...path, f.name], `is required${desc ? ` (${desc})` : ""}`);
    }
    if (f.kind === "unknown") {
      const close = DECLARATION_KEYS.find((k) => k.toLowerCase() === f.name.toLowerCase());
      fail(place, path, close !== void 0 ? `is not a known key; did you mean '${close}'?` : `is not a known key (allowed: ${DECLARATION_KEYS.join(", ")})`);
    }
    fail(place, path, describeFinding(f, "the value"));
  }
  const d = def;
  if (builtinIds.has(d.id)) fail(place, ["id"], `'${d.id}' is the id of a built-in rule; choose another id`);
  if (d.schema === void 0 === (d.notSchema === void 0)) {
    fail(place, d.schema === void 0 ? [] : ["notSchema"], "give exactly one of 'schema' (the value must match) and 'notSchema' (the value must not match)");
  }
  return d;
}
function compileEntries(entries) {
  const builtinIds = new Set([...builtinRules, ...runRules].map((r) => r.meta.id));
  const seen = /* @__PURE__ */ new Map();
  const rules = [];
  for (const { def, place } of entries) {
    const d = checkDeclaration(def, place, builtinIds);
    const before = seen.get(d.id);
    if (before !== void 0) fail(place, ["id"], `the id '${d.id}' is already used by ${before.origin === place.origin ? "" : `${before.origin} `}${before.key}`);
    seen.set(d.id, place);
    rules.push(toRule(d, place));
  }
  return rules;
}
function compileCustomRules(defs, origin) {
  const entries = [];
  const baseDir = origin === "" ? process.cwd() : dirname(resolve(origin));
  defs.forEach((def, i) => {
    const place = { origin, key: `customRules[${i}]` };
    if (typeof def === "string") entries.push(...fileEntries(expand([def], baseDir, place, [])));
    else if (def !== null && typeof def === "object" && !Array.isArray(def) && "include" in def && Object.keys(def).length === 1) {
      const inc = def.include;
      const list = typeof inc === "string" ? [inc] : Array.isArray(inc) && inc.every((x) => typeof x === "string") ? inc : void 0;
      if (list === void 0 || list.length === 0) fail(place, ["include"], "must be a file path or glob, or a list of them");
      entries.push(...fileEntries(expand(list, baseDir, place, ["include"])));
    } else entries.push({ def, place });
  });
  return compileEntries(entries);
}
function expand(patterns, baseDir, place, key) {
  const out = /* @__PURE__ */ new Set();
  patterns.forEach((p, i) => {
    const at = patterns.length > 1 || key.length > 0 ? [...key, ...patterns.length > 1 ? [i] : []] : key;
    const abs = isAbsolute(p) ? p : join(baseDir, p);
    const scan3 = import_picomatch.default.scan(p);
    if (!scan3.isGlob) {
      let ok = false;
      try {
        ok = statSync(abs).isFile();
      } catch {
        ok = false;
      }
      if (!ok) fail(place, at, `custom rules file '${p}' does not exist`);
      out.add(abs);
      return;
    }
    const base = isAbsolute(scan3.base) ? scan3.base : join(baseDir, scan3.base);
    const isMatch = (0, import_picomatch.default)(scan3.glob);
    let files = [];
    try {
      files = readdirSync(base, { recursive: true }).filter((f) => isMatch(f.split(sep).join("/")) && statSync(join(base, f)).isFile());
    } catch {
      files = [];
    }
    if (files.length === 0) fail(place, at, `'${p}' matches no file`);
    for (const f of files.sort()) out.add(join(base, f));
  });
  return [...out];
}
function fileEntries(files) {
  const entries = [];
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    let text;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      throw new ConfigError(`${shown}: cannot read custom rules: ${e.message}`, shown);
    }
    const lineCounter = new import_yaml.LineCounter();
    const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
    const err = doc.errors[0];
    if (err !== void 0) {
      const line = err.linePos?.[0]?.line ?? lineCounter.linePos(err.pos[0]).line;
      throw new ConfigError(`${shown}:${line}: not valid YAML: ${err.message.split("\n")[0]}`, shown);
    }
    const data = doc.toJS();
    let list;
    let prefix;
    if (Array.isArray(data)) {
      list = data;
      prefix = [];
    } else if (data !== null && typeof data === "object" && Array.isArray(data.customRules)) {
      list = data.customRules;
      prefix = ["customRules"];
    } else {
      throw new ConfigError(`${shown}: a custom rules file holds a list of rules, or 'customRules:' with a list`, shown);
    }
    const lineOf = (path) => {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true);
        if (node?.range !== void 0) return lineCounter.linePos(node.range[0]).line;
      }
      return void 0;
    };
    list.forEach((def, i) => {
      const base = [...prefix, i];
      entries.push({
        def,
        place: { origin: shown, key: keyOf(prefix.length > 0 ? String(prefix[0]) : "", [i]), lineOf: (p) => lineOf([...base, ...p]) }
      });
    });
  }
  return entries;
}

// src/config/custom-rules-hook.ts
function compileCustom(defs, origin) {
  return defs.length === 0 ? [] : compileCustomRules(defs, origin);
}

// src/config/types.ts
var CONFIG_FILE_NAMES = [".iotedge-gpu-lint.yml", ".iotedge-gpu-lint.yaml", ".iotedge-gpu-lint.json"];
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
function defaultConfig() {
  return { origin: "", rules: {}, ruleOptions: {}, exclude: [], suppressions: [], customRules: [], extraRules: [], maxFileSize: DEFAULT_MAX_FILE_SIZE };
}

// src/config/load.ts
var validator2;
function getValidator() {
  if (validator2 === void 0) {
    validator2 = new import_ajv3.Ajv({ allErrors: true, verbose: true }).compile(config_schema_default);
  }
  return validator2;
}
function keyOf2(instancePath) {
  let out = "";
  for (const raw of instancePath.split("/").slice(1)) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}
var show2 = (v) => typeof v === "string" ? `'${v}'` : JSON.stringify(v);
function describe2(e) {
  const key = keyOf2(e.instancePath);
  switch (e.keyword) {
    case "additionalProperties": {
      const name = String(e.params.additionalProperty);
      const allowed = Object.keys(e.parentSchema?.properties ?? {});
      return {
        key: key === "" ? name : `${key}.${name}`,
        text: `unknown key '${name}'${didYouMean(name, allowed)}; allowed keys: ${allowed.join(", ")}`
      };
    }
    case "enum":
      return { key, text: `${show2(e.data)} is not allowed; allowed values: ${e.params.allowedValues.join(", ")}` };
    case "required": {
      const req = e.parentSchema?.required ?? [];
      return { key, text: `'${String(e.params.missingProperty)}' is missing (required: ${req.join(", ")})` };
    }
    case "pattern":
      if (key.endsWith(".expires")) return { key, text: `${show2(e.data)} is not a date; write YYYY-MM-DD` };
      if (key.endsWith(".pointer")) return { key, text: `${show2(e.data)} is not a JSON pointer; write "" or "/a/b"` };
      if (key.endsWith(".reason")) return { key, text: "a reason is required and cannot be blank" };
      return { key, text: `${show2(e.data)} must match ${String(e.params.pattern)}` };
    case "minLength":
      return { key, text: key.endsWith(".reason") ? "a reason is required and cannot be blank" : "must not be empty" };
    case "minimum":
      return { key, text: `${show2(e.data)} must be at least ${String(e.params.limit)}` };
    case "type":
      return { key, text: `${show2(e.data)} must be ${e.keyword === "type" ? `of type ${String(e.params.type)}` : e.message}` };
    case "anyOf":
      return { key, text: `${show2(e.data)} must be a non-empty string or a non-empty array of strings` };
    default:
      return { key, text: e.message ?? "is invalid" };
  }
}
function pickError(errors) {
  const depth = (e) => e.instancePath.split("/").length + (e.keyword === "additionalProperties" || e.keyword === "required" ? 1 : 0);
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  const candidates = errors.filter((e) => e.keyword === "anyOf" || !anyOfPaths.has(e.instancePath));
  return [...candidates].sort((a, b) => depth(b) - depth(a))[0] ?? errors[0];
}
function parseText(text, origin) {
  const body = text.replace(/^\ufeff/, "");
  if (/\.json$/i.test(origin)) {
    try {
      return JSON.parse(body);
    } catch (e) {
      throw new ConfigError(`${origin}: not valid JSON: ${e.message}`, origin);
    }
  }
  const doc = (0, import_yaml2.parseDocument)(body, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const at = err.linePos?.[0];
    const where = at ? ` at line ${at.line}, column ${at.col}` : "";
    throw new ConfigError(`${origin}: not valid YAML${where}: ${err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`, origin);
  }
  return doc.toJS({ maxAliasCount: 100 });
}
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isRealDate(s) {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
function knownRuleIds(extra = []) {
  return [...builtinRules, ...extra, ...runRules].map((r) => r.meta.id);
}
function parseConfigText(text, origin) {
  let data = parseText(text, origin);
  if (data === null || data === void 0) data = {};
  const validate = getValidator();
  if (!validate(data)) {
    const { key, text: why } = describe2(pickError(validate.errors ?? []));
    throw new ConfigError(`${origin}: ${key === "" ? "" : `${key}: `}${why}`, origin, key || void 0);
  }
  const raw = data;
  const config = defaultConfig();
  config.origin = origin;
  config.customRules = raw.customRules ?? [];
  config.extraRules = compileCustom(config.customRules, origin);
  const known = knownRuleIds(config.extraRules);
  const knownSet = new Set(known);
  const checkId = (id2, key) => {
    if (!knownSet.has(id2)) throw new ConfigError(`${origin}: ${key}: unknown rule id '${id2}'${didYouMean(id2, known)}`, origin, key);
  };
  for (const id2 of Object.keys(raw.rules ?? {})) checkId(id2, `rules.${id2}`);
  for (const id2 of Object.keys(raw.ruleOptions ?? {})) checkId(id2, `ruleOptions.${id2}`);
  config.rules = { ...raw.rules ?? {} };
  config.ruleOptions = { ...raw.ruleOptions ?? {} };
  if (raw.include !== void 0) config.include = raw.include;
  config.exclude = raw.exclude ?? [];
  config.maxFileSize = raw.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  config.suppressions = (raw.suppressions ?? []).map((s, i) => {
    const rules = typeof s.rule === "string" ? [s.rule] : s.rule;
    rules.forEach((id2, j) => checkId(id2, `suppressions[${i}].rule${typeof s.rule === "string" ? "" : `[${j}]`}`));
    if (s.expires !== void 0 && !isRealDate(s.expires)) {
      throw new ConfigError(`${origin}: suppressions[${i}].expires: '${s.expires}' is not a real date; write YYYY-MM-DD`, origin, `suppressions[${i}].expires`);
    }
    const entry = { files: typeof s.files === "string" ? [s.files] : s.files, rule: rules, reason: s.reason.trim() };
    if (s.module !== void 0) entry.module = s.module;
    if (s.pointer !== void 0) entry.pointer = s.pointer;
    if (s.expires !== void 0) entry.expires = s.expires;
    return entry;
  });
  return config;
}
function loadConfigFile(path) {
  let text;
  try {
    text = readFileSync2(path, "utf8");
  } catch (e) {
    const code = e.code;
    throw new ConfigError(`${path}: cannot read the configuration file (${code ?? e.message})`, path);
  }
  return parseConfigText(text, path);
}
function findConfig(startDir, stopDir) {
  let dir = resolve2(startDir);
  const stop = stopDir === void 0 ? void 0 : resolve2(stopDir);
  for (; ; ) {
    const found = CONFIG_FILE_NAMES.map((n) => join2(dir, n)).filter((p) => isFile(p));
    if (found.length > 1) {
      throw new ConfigError(`${dir}: several configuration files (${found.map((p) => p.slice(dir.length + 1)).join(", ")}); keep one`, found[0]);
    }
    if (found.length === 1) return found[0];
    if (dir === stop || existsSync(join2(dir, ".git"))) return void 0;
    const parent = dirname2(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function isFile(p) {
  try {
    return statSync2(p).isFile();
  } catch {
    return false;
  }
}
function displayPathOf(filePath, cwd) {
  const rel = relative2(cwd, resolve2(cwd, filePath));
  return sep2 === "/" ? rel : rel.split(sep2).join("/");
}
var matchers = /* @__PURE__ */ new Map();
function globMatch(globs, path) {
  return globs.some((g) => {
    let m = matchers.get(g);
    if (m === void 0) {
      m = (0, import_picomatch2.default)(g, { dot: true });
      matchers.set(g, m);
    }
    return m(path);
  });
}
function isIncluded(config, displayPath) {
  if (globMatch(config.exclude, displayPath)) return false;
  return config.include === void 0 || globMatch(config.include, displayPath);
}
function isExcluded(config, displayPath) {
  return globMatch(config.exclude, displayPath);
}
function isExpired(s, now) {
  return s.expires !== void 0 && now.toISOString().slice(0, 10) > s.expires;
}
function pointerCovers(prefix, pointer) {
  return prefix === "" || pointer === prefix || pointer.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
}
function suppressionMatcher(config, now) {
  const active = config.suppressions.filter((s) => !isExpired(s, now));
  return (d) => {
    for (const s of active) {
      if (!s.rule.includes(d.ruleId)) continue;
      if (s.module !== void 0 && s.module !== d.module) continue;
      if (s.pointer !== void 0 && !pointerCovers(s.pointer, d.pointer)) continue;
      if (!globMatch(s.files, d.filePath)) continue;
      return s.expires === void 0 ? { reason: s.reason } : { reason: s.reason, expires: s.expires };
    }
    return void 0;
  };
}
function settingsFromConfig(config, filePath, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const now = options.now ?? /* @__PURE__ */ new Date();
  const settings = {
    rules: [...builtinRules, ...config.extraRules],
    severities: { ...config.rules, ...options.rules ?? {} },
    ruleOptions: config.ruleOptions,
    displayPath: displayPathOf(filePath, cwd)
  };
  if (config.suppressions.length > 0) settings.suppress = suppressionMatcher(config, now);
  return settings;
}
function expiredSuppressionDiagnostics(config, displayPath, now, severities = config.rules) {
  const severity = severities[suppressionExpiredRule.meta.id] ?? suppressionExpiredRule.meta.severity;
  if (severity === "off") return [];
  const out = [];
  for (const s of config.suppressions) {
    if (!isExpired(s, now) || !globMatch(s.files, displayPath)) continue;
    const what = `${s.rule.join(", ")}${s.module !== void 0 ? ` in module '${s.module}'` : ""}${s.pointer !== void 0 ? ` at ${s.pointer || "/"}` : ""}`;
    const where = config.origin ? ` in ${config.origin}` : "";
    out.push(
      fileDiagnostic(
        suppressionExpiredRule,
        severity,
        `suppression of ${what} ("${s.reason}") expired on ${s.expires}: it no longer applies; fix the findings or extend 'expires'${where}`,
        displayPath,
        [s.rule.join(","), s.module ?? "", s.pointer ?? "", s.reason, s.expires ?? ""].join("")
      )
    );
  }
  return out;
}

// src/files.ts
var FileSearchError = class extends Error {
  name = "FileSearchError";
};
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", "dist"]);
var MANIFEST_HINT2 = /"(?:modulesContent|moduleContent|\$edgeAgent|\$edgeHub|properties\.desired[^"]*)"/;
var DEPLOYMENT_NAME = /(^|[\\/])deployment[^\\/]*\.json$/i;
function isInside(root, p) {
  const rel = relative3(root, p);
  return rel === "" || !rel.startsWith("..") && !isAbsolute2(rel);
}
var Finder = class {
  constructor(cwd) {
    this.cwd = cwd;
    this.cwdReal = realpathSync(cwd);
  }
  cwd;
  found = /* @__PURE__ */ new Map();
  visited = /* @__PURE__ */ new Set();
  cwdReal;
  add(c) {
    const prev = this.found.get(c.path);
    if (prev === void 0 || c.explicit && !prev.explicit) this.found.set(c.path, c);
  }
  /** The real path when it stays inside the working directory; a reason otherwise. */
  checkLink(p) {
    let real;
    try {
      real = realpathSync(p);
    } catch (e) {
      return { error: `cannot resolve (${e.code ?? e.message}): a dangling symlink?` };
    }
    if (isInside(this.cwd, p) && !isInside(this.cwdReal, real)) {
      return { error: `symlink leads outside the working directory (to ${real}); not followed` };
    }
    return { real };
  }
  pattern(pattern) {
    const abs = resolve3(this.cwd, pattern);
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      st = void 0;
    }
    if (st !== void 0) {
      const link = this.checkLink(abs);
      if (link.error !== void 0) return this.add({ path: abs, explicit: true, error: link.error });
      const target = statSync3(abs);
      if (target.isDirectory()) this.walk(abs, void 0);
      else this.add({ path: abs, explicit: true });
      return;
    }
    const scan3 = import_picomatch3.default.scan(pattern);
    if (!scan3.isGlob) throw new FileSearchError(`no such file or directory: ${pattern}`);
    const base = resolve3(this.cwd, scan3.base || ".");
    const relativeGlob = !isAbsolute2(pattern);
    const isMatch = (0, import_picomatch3.default)(relativeGlob ? pattern.replace(/^\.\//, "") : pattern);
    const before = this.found.size;
    if (existsSync2(base)) this.walk(base, (p) => isMatch(relativeGlob ? displayPathOf(p, this.cwd) : p));
    if (this.found.size === before) throw new FileSearchError(`no files match the pattern: ${pattern}`);
  }
  walk(dir, match) {
    let real;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (this.visited.has(real)) return;
    this.visited.add(real);
    let entries;
    try {
      entries = readdirSync2(dir, { withFileTypes: true });
    } catch (e) {
      this.add({ path: dir, explicit: true, error: `cannot read the directory (${e.code ?? e.message})` });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries) {
      const p = join3(dir, e.name);
      let isDir = e.isDirectory();
      let isFile2 = e.isFile();
      if (e.isSymbolicLink()) {
        const link = this.checkLink(p);
        if (link.error !== void 0) {
          let targetIsDir = false;
          try {
            targetIsDir = statSync3(p).isDirectory();
          } catch {
            targetIsDir = false;
          }
          const wanted = targetIsDir ? match === void 0 && !SKIP_DIRS.has(e.name) : match === void 0 ? /\.json$/i.test(e.name) : match(p);
          if (wanted) this.add({ path: p, explicit: false, error: link.error });
          continue;
        }
        const st = statSync3(p);
        isDir = st.isDirectory();
        isFile2 = st.isFile();
      }
      if (isDir) {
        if (!SKIP_DIRS.has(e.name)) this.walk(p, match);
      } else if (isFile2) {
        if (match === void 0 ? /\.json$/i.test(e.name) : match(p)) this.add({ path: p, explicit: false });
      }
    }
  }
};
function gpuOutPath(pattern, filePath, cwd) {
  const display2 = displayPathOf(filePath, cwd);
  const ext = extname(display2);
  const base = basename(display2);
  const name = base.slice(0, base.length - ext.length);
  const dir = dirname3(display2);
  const out = pattern.replace(/\{(dir|name|ext|base)\}/g, (_, k) => k === "dir" ? dir : k === "name" ? name : k === "ext" ? ext : base);
  return resolve3(cwd, out);
}
function firstInvalidUtf8(buf) {
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i];
    if (b < 128) {
      i++;
      continue;
    }
    const need = b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : 0;
    if (need === 0 || i + need >= n) return i;
    for (let k = 1; k <= need; k++) if ((buf[i + k] & 192) !== 128) return i;
    const b1 = buf[i + 1];
    if (b === 224 && b1 < 160 || b === 237 && b1 >= 160 || b === 240 && b1 < 144 || b === 244 && b1 >= 144) return i;
    i += need + 1;
  }
  return -1;
}
function readPrefix(path, bytes) {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
function readText(path, maxFileSize) {
  let size;
  try {
    size = statSync3(path).size;
  } catch (e) {
    return { error: `cannot read the file (${e.code ?? e.message})` };
  }
  if (size > maxFileSize) {
    try {
      if (!DEPLOYMENT_NAME.test(path) && !MANIFEST_HINT2.test(readPrefix(path, 65536))) return { skipped: true };
    } catch {
    }
    return { error: `file is ${size} bytes, larger than maxFileSize (${maxFileSize} bytes); not read. Raise maxFileSize in the configuration to lint it` };
  }
  let bytes;
  try {
    bytes = readFileSync3(path);
  } catch (e) {
    return { error: `cannot read the file (${e.code ?? e.message})` };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    let before = bytes.subarray(0, bad).toString("utf8");
    if (before.charCodeAt(0) === 65279) before = before.slice(1);
    const nl = before.lastIndexOf("\n");
    const line = before.split("\n").length;
    const at = { line, column: before.length - nl, offset: before.length };
    return { error: `file is not valid UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, "0")} at byte offset ${bad}); save it as UTF-8`, at };
  }
}
function writeAtomic(path, text, mode) {
  const tmp = join3(dirname3(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(tmp, text, { encoding: "utf8", flag: "wx", mode: mode ?? 420 });
    if (mode !== void 0) chmodSync(tmp, mode);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
    }
    throw e;
  }
}
function moduleNames(text, filePath) {
  const read = readManifest(filePath, text);
  return read.kind === "manifest" ? read.manifest.modules.map((m) => m.name).sort() : void 0;
}
function isPreviousOutput(existing, output, target, settings) {
  if (existing === output) return true;
  const a = moduleNames(existing, target);
  const b = moduleNames(output, target);
  if (a === void 0 || b === void 0 || a.join("\0") !== b.join("\0")) return false;
  return !fixText(target, existing, settings).changed;
}
function withMessages(result, extra) {
  if (extra.length === 0) return result;
  const messages = [...result.messages, ...extra].sort((a, b) => a.offset - b.offset || a.line - b.line);
  const counts = summarize(result.filePath, messages);
  return { ...result, ...counts };
}
async function lintFilesDetailed(patterns, options = {}) {
  const cwd = resolve3(options.cwd ?? process.cwd());
  const now = options.now ?? /* @__PURE__ */ new Date();
  const finder = new Finder(cwd);
  for (const p of patterns.length > 0 ? patterns : ["."]) finder.pattern(p);
  const fixed = options.config !== void 0 ? loadConfigFile(resolve3(cwd, options.config)) : void 0;
  const byDir = /* @__PURE__ */ new Map();
  const byFile = /* @__PURE__ */ new Map();
  const configFor = (file) => {
    if (fixed !== void 0) return fixed;
    const dir = dirname3(file);
    let c = byDir.get(dir);
    if (c === void 0) {
      const path = findConfig(dir);
      c = path === void 0 ? defaultConfig() : byFile.get(path) ?? loadConfigFile(path);
      if (path !== void 0) byFile.set(path, c);
      byDir.set(dir, c);
    }
    return c;
  };
  const candidates = [...finder.found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const outputs = /* @__PURE__ */ new Set();
  if (options.gpuOut !== void 0) {
    for (const c of candidates) {
      const out = gpuOutPath(options.gpuOut, c.path, cwd);
      if (out !== c.path) outputs.add(out);
    }
  }
  const rules = /* @__PURE__ */ new Map();
  for (const r of [...builtinRules, ...runRules]) rules.set(r.meta.id, r);
  const results = [];
  const fixing = options.fix === true || options.fixDryRun === true || options.gpuOut !== void 0;
  for (const c of candidates) {
    const config = configFor(c.path);
    for (const r of config.extraRules) rules.set(r.meta.id, r);
    const display2 = displayPathOf(c.path, cwd);
    if (c.explicit ? isExcluded(config, display2) : !isIncluded(config, display2)) continue;
    if (!c.explicit && outputs.has(c.path)) continue;
    const severities = { ...config.rules, ...options.rules ?? {} };
    const sev = (r) => severities[r.meta.id] ?? r.meta.severity;
    const failure = (rule53, message, at) => {
      const s = sev(rule53);
      return summarize(c.path, s === "off" ? [] : [fileDiagnostic(rule53, s, message, display2, message, at)]);
    };
    if (c.error !== void 0) {
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
    let result;
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
          if (written !== void 0) result.writtenTo = written;
        } catch (e) {
          const message = e instanceof WriteRefused ? e.message : `cannot write the fixed file (${e.code ?? e.message})`;
          result = withMessages(result, failure(writeErrorRule, message).messages);
        }
      }
    }
    if (result.skipped) {
      results.push(summarize(c.path, [], { skipped: true }));
      continue;
    }
    result = withMessages(result, expiredSuppressionDiagnostics(config, display2, now, severities));
    results.push(result);
  }
  return { results, rules: [...rules.values()] };
}
var WriteRefused = class extends Error {
};
function writeFixes(path, original, output, gpuOut, cwd, settings) {
  if (gpuOut === void 0) {
    if (output === original) return void 0;
    const real = realpathSync(path);
    writeAtomic(real, output, statSync3(real).mode & 4095);
    return path;
  }
  const target = gpuOutPath(gpuOut, path, cwd);
  const shown = displayPathOf(target, cwd);
  if (readManifest(path, original).kind !== "manifest") return void 0;
  if (!isInside(cwd, target)) throw new WriteRefused(`--gpu-out: ${shown} is outside the working directory; not written`);
  if (target === path || existsSync2(target) && realpathSync(target) === realpathSync(path)) {
    throw new WriteRefused(`--gpu-out: ${shown} is the input file itself; use a pattern such as {dir}/{name}.gpu{ext}`);
  }
  let probe = dirname3(target);
  while (!existsSync2(probe)) probe = dirname3(probe);
  if (!isInside(realpathSync(cwd), realpathSync(probe))) throw new WriteRefused(`--gpu-out: ${shown} leads outside the working directory through a symlink; not written`);
  let mode = statSync3(path).mode & 4095;
  if (existsSync2(target)) {
    const st = lstatSync(target);
    if (!st.isFile()) throw new WriteRefused(`--gpu-out: ${shown} exists and is not a regular file; not written`);
    const existing = readFileSync3(target, "utf8");
    if (!isPreviousOutput(existing, output, target, settings)) {
      throw new WriteRefused(`--gpu-out: ${shown} exists and is not a previous output of this tool; not overwritten (delete it or choose another pattern)`);
    }
    if (existing === output) return target;
    mode = st.mode & 4095;
  } else {
    mkdirSync(dirname3(target), { recursive: true });
  }
  writeAtomic(target, output, mode);
  return target;
}
async function lintFiles(patterns, options = {}) {
  return (await lintFilesDetailed(patterns, options)).results;
}

// src/formatters/types.ts
import { relative as relative4, sep as sep3 } from "node:path";
function relativePath(filePath, cwd) {
  const rel = relative4(cwd, filePath) || filePath;
  return sep3 === "/" ? rel : rel.split(sep3).join("/");
}
function linted(results) {
  return results.filter((r) => !r.skipped);
}
function visible(messages) {
  return messages.filter((m) => m.suppressed === void 0);
}

// src/formatters/github.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function format(results, ctx) {
  let out = "";
  for (const r of linted(results)) {
    const file = relativePath(r.filePath, ctx.cwd);
    for (const m of visible(r.messages)) {
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId)}`
      ].join(",");
      out += `::${COMMAND[m.severity]} ${props}::${escapeData(m.message)}
`;
    }
  }
  return out;
}

// src/formatters/json.ts
function format2(results, _ctx) {
  const out = linted(results).map((r) => {
    const entry = {
      filePath: r.filePath,
      messages: r.messages.map((m) => {
        const msg = {
          ruleId: m.ruleId,
          severity: m.severity,
          message: m.message,
          line: m.line,
          column: m.column,
          endLine: m.endLine,
          endColumn: m.endColumn,
          module: m.module ?? null,
          fingerprint: m.fingerprint
        };
        if (m.suppressed !== void 0) msg.suppressed = m.suppressed;
        if (m.fix !== void 0) msg.fix = { range: [m.fix.start, m.fix.end], text: m.fix.text };
        const sugg = (m.suggestions ?? []).filter((s) => s.fix !== void 0);
        if (sugg.length > 0) msg.suggestions = sugg.map((s) => ({ desc: s.message, fix: { range: [s.fix.start, s.fix.end], text: s.fix.text } }));
        return msg;
      }),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      infoCount: r.infoCount,
      fixableCount: r.fixableCount
    };
    if (r.output !== void 0) entry.output = r.output;
    return entry;
  });
  return JSON.stringify(out, null, 2) + "\n";
}

// src/formatters/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note" };
function uriOf(path) {
  return path.split("/").map((s) => s === ".." || s === "." ? s : encodeURIComponent(s)).join("/");
}
function ruleDescriptor(rule53) {
  return {
    id: rule53.meta.id,
    shortDescription: { text: rule53.meta.description },
    helpUri: rule53.meta.docs ?? docsUrl(rule53.meta.id),
    defaultConfiguration: { level: LEVEL[rule53.meta.severity] },
    properties: { facts: rule53.meta.facts, repair: rule53.meta.repair }
  };
}
function format3(results, ctx) {
  const rules = [];
  const index = /* @__PURE__ */ new Map();
  const addRule = (r) => {
    if (index.has(r.meta.id)) return;
    index.set(r.meta.id, rules.length);
    rules.push(r);
  };
  for (const r of ctx.rules) addRule(r);
  const files = linted(results);
  for (const f of files) {
    for (const m of f.messages) {
      if (!index.has(m.ruleId)) {
        addRule({ meta: { id: m.ruleId, severity: m.severity, facts: [], description: m.ruleId, repair: m.fix ? "fix" : "none", docs: m.docs }, check() {
        } });
      }
    }
  }
  const sarifResults = [];
  for (const f of files) {
    const uri = uriOf(relativePath(f.filePath, ctx.cwd));
    const artifactLocation = { uri, uriBaseId: "%SRCROOT%" };
    const change = (description2, edit) => ({
      description: { text: description2 },
      artifactChanges: [
        {
          artifactLocation,
          replacements: [{ deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start }, insertedContent: { text: edit.text } }]
        }
      ]
    });
    for (const m of f.messages) {
      const result = {
        ruleId: m.ruleId,
        ruleIndex: index.get(m.ruleId),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn }
            }
          }
        ],
        partialFingerprints: { "iotedgeGpuLint/v1": m.fingerprint }
      };
      if (m.module !== void 0) result.properties = { module: m.module, pointer: m.pointer };
      if (m.suppressed !== void 0) {
        result.suppressions = [{ kind: "external", justification: m.suppressed.reason + (m.suppressed.expires ? ` (until ${m.suppressed.expires})` : "") }];
      }
      const fixes = [];
      if (m.fix !== void 0) fixes.push(change(`Fix: ${m.ruleId}`, m.fix));
      for (const s of m.suggestions ?? []) if (s.fix !== void 0) fixes.push(change(s.message, s.fix));
      if (fixes.length > 0) result.fixes = fixes;
      sarifResults.push(result);
    }
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: REPOSITORY_URL,
            rules: rules.map(ruleDescriptor)
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileUri(ctx.cwd) } },
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
}
function pathToFileUri(dir) {
  const p = dir.replace(/\\/g, "/");
  const withSlash = p.endsWith("/") ? p : p + "/";
  return "file://" + (withSlash.startsWith("/") ? "" : "/") + withSlash.split("/").map((s) => encodeURIComponent(s).replace(/%3A/g, ":")).join("/");
}

// src/formatters/stylish.ts
var ansi = (code) => (s) => `\x1B[${code}m${s}\x1B[0m`;
var plain = (s) => s;
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function format4(results, ctx) {
  const c = ctx.color === true;
  const underline = c ? ansi("4") : plain;
  const dim = c ? ansi("2") : plain;
  const sevColor = { error: c ? ansi("31") : plain, warning: c ? ansi("33") : plain, info: c ? ansi("36") : plain };
  let out = "";
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of linted(results)) {
    const messages = visible(r.messages);
    if (messages.length === 0) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    fixable += r.fixableCount;
    const rows = messages.map((m) => [`${m.line}:${m.column}`, m.severity, m.message.replace(/\r?\n/g, " "), m.ruleId]);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    const w2 = Math.max(...rows.map((x) => x[2].length));
    out += `
${underline(relativePath(r.filePath, ctx.cwd))}
`;
    for (const [pos, sev, msg, id2] of rows) {
      const pad = (text, width) => " ".repeat(width - text.length);
      out += `  ${dim(pos)}${pad(pos, w0)}  ${sevColor[sev](sev)}${pad(sev, w1)}  ${msg}${pad(msg, w2)}  ${dim(id2)}
`;
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) return "";
  const summary = `\u2716 ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")})`;
  out += `
${c ? (errors > 0 ? ansi("1;31") : ansi("1;33"))(summary) : summary}
`;
  if (fixable > 0) out += `  ${fixable} fixable with --fix
`;
  return out + "\n";
}

// src/formatters/names.ts
var FORMAT_NAMES = ["stylish", "json", "sarif", "github"];

// src/formatters/index.ts
var formatters = { stylish: format4, json: format2, sarif: format3, github: format };
function getFormatter(name) {
  return Object.hasOwn(formatters, name) ? formatters[name] : void 0;
}

// src/index.ts
function settingsFor(options) {
  const rules = [...options.ruleSet ?? builtinRules, ...options.extraRules ?? []];
  const s = { rules };
  if (options.rules) s.severities = options.rules;
  if (options.ruleOptions) s.ruleOptions = options.ruleOptions;
  if (options.suppress) s.suppress = options.suppress;
  if (options.fixText === false) s.fixText = false;
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
  ConfigError,
  FORMAT_NAMES,
  FileSearchError,
  VERSION,
  builtinRules,
  displayPathOf,
  docsUrl,
  expiredSuppressionDiagnostics,
  findConfig,
  fixText2 as fixText,
  formatters,
  getFormatter,
  gpuOutPath,
  k8sName,
  lintFiles,
  lintFilesDetailed,
  lintText2 as lintText,
  loadConfigFile,
  parseConfigText,
  readErrorRule,
  readManifest,
  settingsFor,
  settingsFromConfig,
  suppressionExpiredRule,
  writeErrorRule
};
