#!/usr/bin/env node
import { createRequire as __lkmCreateRequire } from 'node:module'; const require = __lkmCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x2) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x2, {
  get: (a, b2) => (typeof require !== "undefined" ? require : a)[b2]
}) : x2)(function(x2) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x2 + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
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

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = Symbol.for("yaml.alias");
    var DOC = Symbol.for("yaml.document");
    var MAP = Symbol.for("yaml.map");
    var PAIR = Symbol.for("yaml.pair");
    var SCALAR = Symbol.for("yaml.scalar");
    var SEQ = Symbol.for("yaml.seq");
    var NODE_TYPE = Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
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
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
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
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove node");
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
    function visit_(key, node, visitor, path4) {
      const ctrl = callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visit_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path4);
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
          path4 = Object.freeze(path4.concat(node));
          const ck = visit_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path4);
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
    async function visitAsync_(key, node, visitor, path4) {
      const ctrl = await callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visitAsync_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path4);
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
          path4 = Object.freeze(path4.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path4);
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
    function callVisitor(key, node, visitor, path4) {
      if (typeof visitor === "function")
        return visitor(key, node, path4);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path4);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path4);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path4);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path4);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path4);
      return void 0;
    }
    function replaceNode(key, path4, node) {
      const parent = path4[path4.length - 1];
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
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
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
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
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
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
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
          for (const k2 of Array.from(val.keys())) {
            const v0 = val.get(k2);
            const v1 = applyReviver(reviver, val, k2, v0);
            if (v1 === void 0)
              val.delete(k2);
            else if (v1 !== v0)
              val.set(k2, v1);
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
          for (const [k2, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k2, v0);
            if (v1 === void 0)
              delete val[k2];
            else if (v1 !== v0)
              val[k2] = v1;
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
        return value.map((v2, i) => toJS(v2, String(i), ctx));
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
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
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
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
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
    function collectionFromPath(schema, path4, value) {
      let v2 = value;
      for (let i = path4.length - 1; i >= 0; --i) {
        const k2 = path4[i];
        if (typeof k2 === "number" && Number.isInteger(k2) && k2 >= 0) {
          const a = [];
          a[k2] = v2;
          v2 = a;
        } else {
          v2 = /* @__PURE__ */ new Map([[k2, v2]]);
        }
      }
      return createNode.createNode(v2, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path4) => path4 == null || typeof path4 === "object" && !!path4[Symbol.iterator]().next().done;
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
      addIn(path4, value) {
        if (isEmptyPath(path4))
          this.add(value);
        else {
          const [key, ...rest] = path4;
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
      deleteIn(path4) {
        const [key, ...rest] = path4;
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
      getIn(path4, keepScalar) {
        const [key, ...rest] = path4;
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
      hasIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        const [key, ...rest] = path4;
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
              const j2 = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j2])
                return text;
              folds.push(j2);
              escapedFolds[j2] = true;
              end = j2 + endStep;
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
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
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
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
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
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
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
      const k2 = createNode.createNode(key, void 0, ctx);
      const v2 = createNode.createNode(value, void 0, ctx);
      return new Pair(k2, v2);
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
      toJSON(_2, ctx) {
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
      const k2 = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k2)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k2)
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
      toJSON(_2, ctx, Type) {
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
      toJSON(_2, ctx) {
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
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
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
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
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
      toJSON(_2, ctx) {
        if (!ctx)
          return super.toJSON(_2);
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
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
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
      toJSON(_2, ctx) {
        return super.toJSON(_2, ctx, Set);
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
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
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
    var sortMapEntriesByKey = (a, b2) => a.key < b2.key ? -1 : a.key > b2.key ? 1 : 0;
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
      addIn(path4, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path4, value);
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
          const keyToStr = (v2) => typeof v2 === "number" || v2 instanceof String || v2 instanceof Number;
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
        const k2 = this.createNode(key, null, options);
        const v2 = this.createNode(value, null, options);
        return new Pair.Pair(k2, v2);
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
      deleteIn(path4) {
        if (Collection.isEmptyPath(path4)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path4) : false;
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
      getIn(path4, keepScalar) {
        if (Collection.isEmptyPath(path4))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path4, keepScalar) : void 0;
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
      hasIn(path4) {
        if (Collection.isEmptyPath(path4))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path4) : false;
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
      setIn(path4, value) {
        if (Collection.isEmptyPath(path4)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path4), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path4, value);
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
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
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
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
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
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
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
      let anchor = null;
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
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
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
            if (anchor || tag)
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
        anchor,
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
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b2) => a === b2 || identity.isScalar(a) && identity.isScalar(b2) && a.value === b2.value;
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
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
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
          if (!keyProps.anchor && !keyProps.tag && !sep) {
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
        const valueProps = resolveProps.resolveProps(sep ?? [], {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
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
        let sep = "";
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
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
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
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
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
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
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
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
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
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
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
          if (isMap2) {
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
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce2, ...ee] = fc.end;
      let cePos = offset;
      if (ce2?.source === expectedEnd)
        cePos = ce2.offset + ce2.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce2 && ce2.source.length !== 1)
          ee.unshift(ce2);
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
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
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
      let sep = "";
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
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
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
      const m2 = first.match(/^( *)/);
      const line0 = m2?.[1] ? [m2[1], first.slice(m2[1].length)] : ["", first];
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
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
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
      const valueEnd2 = offset + source.length;
      const re2 = resolveEnd.resolveEnd(end, valueEnd2, strict, onError);
      return {
        value,
        type: _type,
        comment: re2.comment,
        range: [offset, valueEnd2, re2.offset]
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
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
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
      N: "",
      // Unicode next line
      _: " ",
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
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
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
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
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
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
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
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
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
      const valueEnd2 = offset + source.length;
      const re2 = resolveEnd.resolveEnd(end, valueEnd2, options.strict, onError);
      alias.range = [offset, valueEnd2, re2.offset];
      if (re2.comment)
        alias.comment = re2.comment;
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
      const re2 = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re2.comment)
        doc.comment = re2.comment;
      doc.range = [offset, contentEnd, re2.offset];
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
    var errors = require_errors();
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
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
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
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
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
          const he2 = source.indexOf("\n");
          const head = source.substring(0, he2);
          const body = source.substring(he2 + 1) + "\n";
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
      const he2 = source.indexOf("\n");
      const head = source.substring(0, he2);
      const body = source.substring(he2 + 1) + "\n";
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
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
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
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path4) => {
      let item = cst;
      for (const [field, index] of path4) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path4) => {
      const parent = visit.itemAtPath(cst, path4.slice(0, -1));
      const field = path4[path4.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path4, item, visitor) {
      let ctrl = visitor(item, path4);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path4.concat([[field, i]])), token.items[i], visitor);
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
            ctrl = ctrl(item, path4);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path4) : ctrl;
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
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isScalar = isScalar2;
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
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
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
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
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
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
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
    var errors = require_errors();
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
    function parseDocument2(source, options = {}) {
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
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
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
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
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
    var errors = require_errors();
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

// node_modules/spdx-license-ids/index.json
var require_spdx_license_ids = __commonJS({
  "node_modules/spdx-license-ids/index.json"(exports, module) {
    module.exports = [
      "0BSD",
      "3D-Slicer-1.0",
      "AAL",
      "ADSL",
      "AFL-1.1",
      "AFL-1.2",
      "AFL-2.0",
      "AFL-2.1",
      "AFL-3.0",
      "AGPL-1.0-only",
      "AGPL-1.0-or-later",
      "AGPL-3.0-only",
      "AGPL-3.0-or-later",
      "AMD-newlib",
      "AMDPLPA",
      "AML",
      "AML-glslang",
      "AMPAS",
      "ANTLR-PD",
      "ANTLR-PD-fallback",
      "APAFML",
      "APL-1.0",
      "APSL-1.0",
      "APSL-1.1",
      "APSL-1.2",
      "APSL-2.0",
      "ASWF-Digital-Assets-1.0",
      "ASWF-Digital-Assets-1.1",
      "Abstyles",
      "AdaCore-doc",
      "Adobe-2006",
      "Adobe-Display-PostScript",
      "Adobe-Glyph",
      "Adobe-Utopia",
      "Afmparse",
      "Aladdin",
      "Apache-1.0",
      "Apache-1.1",
      "Apache-2.0",
      "App-s2p",
      "Arphic-1999",
      "Artistic-1.0",
      "Artistic-1.0-Perl",
      "Artistic-1.0-cl8",
      "Artistic-2.0",
      "Artistic-dist",
      "Aspell-RU",
      "BSD-1-Clause",
      "BSD-2-Clause",
      "BSD-2-Clause-Darwin",
      "BSD-2-Clause-Patent",
      "BSD-2-Clause-Views",
      "BSD-2-Clause-first-lines",
      "BSD-2-Clause-pkgconf-disclaimer",
      "BSD-3-Clause",
      "BSD-3-Clause-Attribution",
      "BSD-3-Clause-Clear",
      "BSD-3-Clause-HP",
      "BSD-3-Clause-LBNL",
      "BSD-3-Clause-Modification",
      "BSD-3-Clause-No-Military-License",
      "BSD-3-Clause-No-Nuclear-License",
      "BSD-3-Clause-No-Nuclear-License-2014",
      "BSD-3-Clause-No-Nuclear-Warranty",
      "BSD-3-Clause-Open-MPI",
      "BSD-3-Clause-Sun",
      "BSD-3-Clause-acpica",
      "BSD-3-Clause-flex",
      "BSD-4-Clause",
      "BSD-4-Clause-Shortened",
      "BSD-4-Clause-UC",
      "BSD-4.3RENO",
      "BSD-4.3TAHOE",
      "BSD-Advertising-Acknowledgement",
      "BSD-Attribution-HPND-disclaimer",
      "BSD-Inferno-Nettverk",
      "BSD-Protection",
      "BSD-Source-Code",
      "BSD-Source-beginning-file",
      "BSD-Systemics",
      "BSD-Systemics-W3Works",
      "BSL-1.0",
      "BUSL-1.1",
      "Baekmuk",
      "Bahyph",
      "Barr",
      "Beerware",
      "BitTorrent-1.0",
      "BitTorrent-1.1",
      "Bitstream-Charter",
      "Bitstream-Vera",
      "BlueOak-1.0.0",
      "Boehm-GC",
      "Boehm-GC-without-fee",
      "Borceux",
      "Brian-Gladman-2-Clause",
      "Brian-Gladman-3-Clause",
      "C-UDA-1.0",
      "CAL-1.0",
      "CAL-1.0-Combined-Work-Exception",
      "CATOSL-1.1",
      "CC-BY-1.0",
      "CC-BY-2.0",
      "CC-BY-2.5",
      "CC-BY-2.5-AU",
      "CC-BY-3.0",
      "CC-BY-3.0-AT",
      "CC-BY-3.0-AU",
      "CC-BY-3.0-DE",
      "CC-BY-3.0-IGO",
      "CC-BY-3.0-NL",
      "CC-BY-3.0-US",
      "CC-BY-4.0",
      "CC-BY-NC-1.0",
      "CC-BY-NC-2.0",
      "CC-BY-NC-2.5",
      "CC-BY-NC-3.0",
      "CC-BY-NC-3.0-DE",
      "CC-BY-NC-4.0",
      "CC-BY-NC-ND-1.0",
      "CC-BY-NC-ND-2.0",
      "CC-BY-NC-ND-2.5",
      "CC-BY-NC-ND-3.0",
      "CC-BY-NC-ND-3.0-DE",
      "CC-BY-NC-ND-3.0-IGO",
      "CC-BY-NC-ND-4.0",
      "CC-BY-NC-SA-1.0",
      "CC-BY-NC-SA-2.0",
      "CC-BY-NC-SA-2.0-DE",
      "CC-BY-NC-SA-2.0-FR",
      "CC-BY-NC-SA-2.0-UK",
      "CC-BY-NC-SA-2.5",
      "CC-BY-NC-SA-3.0",
      "CC-BY-NC-SA-3.0-DE",
      "CC-BY-NC-SA-3.0-IGO",
      "CC-BY-NC-SA-4.0",
      "CC-BY-ND-1.0",
      "CC-BY-ND-2.0",
      "CC-BY-ND-2.5",
      "CC-BY-ND-3.0",
      "CC-BY-ND-3.0-DE",
      "CC-BY-ND-4.0",
      "CC-BY-SA-1.0",
      "CC-BY-SA-2.0",
      "CC-BY-SA-2.0-UK",
      "CC-BY-SA-2.1-JP",
      "CC-BY-SA-2.5",
      "CC-BY-SA-3.0",
      "CC-BY-SA-3.0-AT",
      "CC-BY-SA-3.0-DE",
      "CC-BY-SA-3.0-IGO",
      "CC-BY-SA-4.0",
      "CC-PDDC",
      "CC-PDM-1.0",
      "CC-SA-1.0",
      "CC0-1.0",
      "CDDL-1.0",
      "CDDL-1.1",
      "CDL-1.0",
      "CDLA-Permissive-1.0",
      "CDLA-Permissive-2.0",
      "CDLA-Sharing-1.0",
      "CECILL-1.0",
      "CECILL-1.1",
      "CECILL-2.0",
      "CECILL-2.1",
      "CECILL-B",
      "CECILL-C",
      "CERN-OHL-1.1",
      "CERN-OHL-1.2",
      "CERN-OHL-P-2.0",
      "CERN-OHL-S-2.0",
      "CERN-OHL-W-2.0",
      "CFITSIO",
      "CMU-Mach",
      "CMU-Mach-nodoc",
      "CNRI-Jython",
      "CNRI-Python",
      "CNRI-Python-GPL-Compatible",
      "COIL-1.0",
      "CPAL-1.0",
      "CPL-1.0",
      "CPOL-1.02",
      "CUA-OPL-1.0",
      "Caldera",
      "Caldera-no-preamble",
      "Catharon",
      "ClArtistic",
      "Clips",
      "Community-Spec-1.0",
      "Condor-1.1",
      "Cornell-Lossless-JPEG",
      "Cronyx",
      "Crossword",
      "CryptoSwift",
      "CrystalStacker",
      "Cube",
      "D-FSL-1.0",
      "DEC-3-Clause",
      "DL-DE-BY-2.0",
      "DL-DE-ZERO-2.0",
      "DOC",
      "DRL-1.0",
      "DRL-1.1",
      "DSDP",
      "DocBook-DTD",
      "DocBook-Schema",
      "DocBook-Stylesheet",
      "DocBook-XML",
      "Dotseqn",
      "ECL-1.0",
      "ECL-2.0",
      "EFL-1.0",
      "EFL-2.0",
      "EPICS",
      "EPL-1.0",
      "EPL-2.0",
      "EUDatagrid",
      "EUPL-1.0",
      "EUPL-1.1",
      "EUPL-1.2",
      "Elastic-2.0",
      "Entessa",
      "ErlPL-1.1",
      "Eurosym",
      "FBM",
      "FDK-AAC",
      "FSFAP",
      "FSFAP-no-warranty-disclaimer",
      "FSFUL",
      "FSFULLR",
      "FSFULLRSD",
      "FSFULLRWD",
      "FSL-1.1-ALv2",
      "FSL-1.1-MIT",
      "FTL",
      "Fair",
      "Ferguson-Twofish",
      "Frameworx-1.0",
      "FreeBSD-DOC",
      "FreeImage",
      "Furuseth",
      "GCR-docs",
      "GD",
      "GFDL-1.1-invariants-only",
      "GFDL-1.1-invariants-or-later",
      "GFDL-1.1-no-invariants-only",
      "GFDL-1.1-no-invariants-or-later",
      "GFDL-1.1-only",
      "GFDL-1.1-or-later",
      "GFDL-1.2-invariants-only",
      "GFDL-1.2-invariants-or-later",
      "GFDL-1.2-no-invariants-only",
      "GFDL-1.2-no-invariants-or-later",
      "GFDL-1.2-only",
      "GFDL-1.2-or-later",
      "GFDL-1.3-invariants-only",
      "GFDL-1.3-invariants-or-later",
      "GFDL-1.3-no-invariants-only",
      "GFDL-1.3-no-invariants-or-later",
      "GFDL-1.3-only",
      "GFDL-1.3-or-later",
      "GL2PS",
      "GLWTPL",
      "GPL-1.0-only",
      "GPL-1.0-or-later",
      "GPL-2.0-only",
      "GPL-2.0-or-later",
      "GPL-3.0-only",
      "GPL-3.0-or-later",
      "Game-Programming-Gems",
      "Giftware",
      "Glide",
      "Glulxe",
      "Graphics-Gems",
      "Gutmann",
      "HDF5",
      "HIDAPI",
      "HP-1986",
      "HP-1989",
      "HPND",
      "HPND-DEC",
      "HPND-Fenneberg-Livingston",
      "HPND-INRIA-IMAG",
      "HPND-Intel",
      "HPND-Kevlin-Henney",
      "HPND-MIT-disclaimer",
      "HPND-Markus-Kuhn",
      "HPND-Netrek",
      "HPND-Pbmplus",
      "HPND-UC",
      "HPND-UC-export-US",
      "HPND-doc",
      "HPND-doc-sell",
      "HPND-export-US",
      "HPND-export-US-acknowledgement",
      "HPND-export-US-modify",
      "HPND-export2-US",
      "HPND-merchantability-variant",
      "HPND-sell-MIT-disclaimer-xserver",
      "HPND-sell-regexpr",
      "HPND-sell-variant",
      "HPND-sell-variant-MIT-disclaimer",
      "HPND-sell-variant-MIT-disclaimer-rev",
      "HTMLTIDY",
      "HaskellReport",
      "Hippocratic-2.1",
      "IBM-pibs",
      "ICU",
      "IEC-Code-Components-EULA",
      "IJG",
      "IJG-short",
      "IPA",
      "IPL-1.0",
      "ISC",
      "ISC-Veillard",
      "ImageMagick",
      "Imlib2",
      "Info-ZIP",
      "Inner-Net-2.0",
      "InnoSetup",
      "Intel",
      "Intel-ACPI",
      "Interbase-1.0",
      "JPL-image",
      "JPNIC",
      "JSON",
      "Jam",
      "JasPer-2.0",
      "Kastrup",
      "Kazlib",
      "Knuth-CTAN",
      "LAL-1.2",
      "LAL-1.3",
      "LGPL-2.0-only",
      "LGPL-2.0-or-later",
      "LGPL-2.1-only",
      "LGPL-2.1-or-later",
      "LGPL-3.0-only",
      "LGPL-3.0-or-later",
      "LGPLLR",
      "LOOP",
      "LPD-document",
      "LPL-1.0",
      "LPL-1.02",
      "LPPL-1.0",
      "LPPL-1.1",
      "LPPL-1.2",
      "LPPL-1.3a",
      "LPPL-1.3c",
      "LZMA-SDK-9.11-to-9.20",
      "LZMA-SDK-9.22",
      "Latex2e",
      "Latex2e-translated-notice",
      "Leptonica",
      "LiLiQ-P-1.1",
      "LiLiQ-R-1.1",
      "LiLiQ-Rplus-1.1",
      "Libpng",
      "Linux-OpenIB",
      "Linux-man-pages-1-para",
      "Linux-man-pages-copyleft",
      "Linux-man-pages-copyleft-2-para",
      "Linux-man-pages-copyleft-var",
      "Lucida-Bitmap-Fonts",
      "MIPS",
      "MIT",
      "MIT-0",
      "MIT-CMU",
      "MIT-Click",
      "MIT-Festival",
      "MIT-Khronos-old",
      "MIT-Modern-Variant",
      "MIT-Wu",
      "MIT-advertising",
      "MIT-enna",
      "MIT-feh",
      "MIT-open-group",
      "MIT-testregex",
      "MITNFA",
      "MMIXware",
      "MPEG-SSG",
      "MPL-1.0",
      "MPL-1.1",
      "MPL-2.0",
      "MPL-2.0-no-copyleft-exception",
      "MS-LPL",
      "MS-PL",
      "MS-RL",
      "MTLL",
      "Mackerras-3-Clause",
      "Mackerras-3-Clause-acknowledgment",
      "MakeIndex",
      "Martin-Birgmeier",
      "McPhee-slideshow",
      "Minpack",
      "MirOS",
      "Motosoto",
      "MulanPSL-1.0",
      "MulanPSL-2.0",
      "Multics",
      "Mup",
      "NAIST-2003",
      "NASA-1.3",
      "NBPL-1.0",
      "NCBI-PD",
      "NCGL-UK-2.0",
      "NCL",
      "NCSA",
      "NGPL",
      "NICTA-1.0",
      "NIST-PD",
      "NIST-PD-fallback",
      "NIST-Software",
      "NLOD-1.0",
      "NLOD-2.0",
      "NLPL",
      "NOSL",
      "NPL-1.0",
      "NPL-1.1",
      "NPOSL-3.0",
      "NRL",
      "NTIA-PD",
      "NTP",
      "NTP-0",
      "Naumen",
      "NetCDF",
      "Newsletr",
      "Nokia",
      "Noweb",
      "O-UDA-1.0",
      "OAR",
      "OCCT-PL",
      "OCLC-2.0",
      "ODC-By-1.0",
      "ODbL-1.0",
      "OFFIS",
      "OFL-1.0",
      "OFL-1.0-RFN",
      "OFL-1.0-no-RFN",
      "OFL-1.1",
      "OFL-1.1-RFN",
      "OFL-1.1-no-RFN",
      "OGC-1.0",
      "OGDL-Taiwan-1.0",
      "OGL-Canada-2.0",
      "OGL-UK-1.0",
      "OGL-UK-2.0",
      "OGL-UK-3.0",
      "OGTSL",
      "OLDAP-1.1",
      "OLDAP-1.2",
      "OLDAP-1.3",
      "OLDAP-1.4",
      "OLDAP-2.0",
      "OLDAP-2.0.1",
      "OLDAP-2.1",
      "OLDAP-2.2",
      "OLDAP-2.2.1",
      "OLDAP-2.2.2",
      "OLDAP-2.3",
      "OLDAP-2.4",
      "OLDAP-2.5",
      "OLDAP-2.6",
      "OLDAP-2.7",
      "OLDAP-2.8",
      "OLFL-1.3",
      "OML",
      "OPL-1.0",
      "OPL-UK-3.0",
      "OPUBL-1.0",
      "OSET-PL-2.1",
      "OSL-1.0",
      "OSL-1.1",
      "OSL-2.0",
      "OSL-2.1",
      "OSL-3.0",
      "OpenPBS-2.3",
      "OpenSSL",
      "OpenSSL-standalone",
      "OpenVision",
      "PADL",
      "PDDL-1.0",
      "PHP-3.0",
      "PHP-3.01",
      "PPL",
      "PSF-2.0",
      "Parity-6.0.0",
      "Parity-7.0.0",
      "Pixar",
      "Plexus",
      "PolyForm-Noncommercial-1.0.0",
      "PolyForm-Small-Business-1.0.0",
      "PostgreSQL",
      "Python-2.0",
      "Python-2.0.1",
      "QPL-1.0",
      "QPL-1.0-INRIA-2004",
      "Qhull",
      "RHeCos-1.1",
      "RPL-1.1",
      "RPL-1.5",
      "RPSL-1.0",
      "RSA-MD",
      "RSCPL",
      "Rdisc",
      "Ruby",
      "Ruby-pty",
      "SAX-PD",
      "SAX-PD-2.0",
      "SCEA",
      "SGI-B-1.0",
      "SGI-B-1.1",
      "SGI-B-2.0",
      "SGI-OpenGL",
      "SGP4",
      "SHL-0.5",
      "SHL-0.51",
      "SISSL",
      "SISSL-1.2",
      "SL",
      "SMAIL-GPL",
      "SMLNJ",
      "SMPPL",
      "SNIA",
      "SOFA",
      "SPL-1.0",
      "SSH-OpenSSH",
      "SSH-short",
      "SSLeay-standalone",
      "SSPL-1.0",
      "SUL-1.0",
      "SWL",
      "Saxpath",
      "SchemeReport",
      "Sendmail",
      "Sendmail-8.23",
      "Sendmail-Open-Source-1.1",
      "SimPL-2.0",
      "Sleepycat",
      "Soundex",
      "Spencer-86",
      "Spencer-94",
      "Spencer-99",
      "SugarCRM-1.1.3",
      "Sun-PPP",
      "Sun-PPP-2000",
      "SunPro",
      "Symlinks",
      "TAPR-OHL-1.0",
      "TCL",
      "TCP-wrappers",
      "TGPPL-1.0",
      "TMate",
      "TORQUE-1.1",
      "TOSL",
      "TPDL",
      "TPL-1.0",
      "TTWL",
      "TTYP0",
      "TU-Berlin-1.0",
      "TU-Berlin-2.0",
      "TermReadKey",
      "ThirdEye",
      "TrustedQSL",
      "UCAR",
      "UCL-1.0",
      "UMich-Merit",
      "UPL-1.0",
      "URT-RLE",
      "Ubuntu-font-1.0",
      "Unicode-3.0",
      "Unicode-DFS-2015",
      "Unicode-DFS-2016",
      "Unicode-TOU",
      "UnixCrypt",
      "Unlicense",
      "Unlicense-libtelnet",
      "Unlicense-libwhirlpool",
      "VOSTROM",
      "VSL-1.0",
      "Vim",
      "W3C",
      "W3C-19980720",
      "W3C-20150513",
      "WTFPL",
      "Watcom-1.0",
      "Widget-Workshop",
      "Wsuipa",
      "X11",
      "X11-distribute-modifications-variant",
      "X11-swapped",
      "XFree86-1.1",
      "XSkat",
      "Xdebug-1.03",
      "Xerox",
      "Xfig",
      "Xnet",
      "YPL-1.0",
      "YPL-1.1",
      "ZPL-1.1",
      "ZPL-2.0",
      "ZPL-2.1",
      "Zed",
      "Zeeff",
      "Zend-2.0",
      "Zimbra-1.3",
      "Zimbra-1.4",
      "Zlib",
      "any-OSI",
      "any-OSI-perl-modules",
      "bcrypt-Solar-Designer",
      "blessing",
      "bzip2-1.0.6",
      "check-cvs",
      "checkmk",
      "copyleft-next-0.3.0",
      "copyleft-next-0.3.1",
      "curl",
      "cve-tou",
      "diffmark",
      "dtoa",
      "dvipdfm",
      "eGenix",
      "etalab-2.0",
      "fwlw",
      "gSOAP-1.3b",
      "generic-xts",
      "gnuplot",
      "gtkbook",
      "hdparm",
      "iMatix",
      "jove",
      "libpng-1.6.35",
      "libpng-2.0",
      "libselinux-1.0",
      "libtiff",
      "libutil-David-Nugent",
      "lsof",
      "magaz",
      "mailprio",
      "man2html",
      "metamail",
      "mpi-permissive",
      "mpich2",
      "mplus",
      "ngrep",
      "pkgconf",
      "pnmstitch",
      "psfrag",
      "psutils",
      "python-ldap",
      "radvd",
      "snprintf",
      "softSurfer",
      "ssh-keyscan",
      "swrule",
      "threeparttable",
      "ulem",
      "w3m",
      "wwl",
      "xinetd",
      "xkeyboard-config-Zinoviev",
      "xlock",
      "xpp",
      "xzoom",
      "zlib-acknowledgement"
    ];
  }
});

// node_modules/spdx-license-ids/deprecated.json
var require_deprecated = __commonJS({
  "node_modules/spdx-license-ids/deprecated.json"(exports, module) {
    module.exports = [
      "AGPL-1.0",
      "AGPL-3.0",
      "BSD-2-Clause-FreeBSD",
      "BSD-2-Clause-NetBSD",
      "GFDL-1.1",
      "GFDL-1.2",
      "GFDL-1.3",
      "GPL-1.0",
      "GPL-2.0",
      "GPL-2.0-with-GCC-exception",
      "GPL-2.0-with-autoconf-exception",
      "GPL-2.0-with-bison-exception",
      "GPL-2.0-with-classpath-exception",
      "GPL-2.0-with-font-exception",
      "GPL-3.0",
      "GPL-3.0-with-GCC-exception",
      "GPL-3.0-with-autoconf-exception",
      "LGPL-2.0",
      "LGPL-2.1",
      "LGPL-3.0",
      "Net-SNMP",
      "Nunit",
      "StandardML-NJ",
      "bzip2-1.0.5",
      "eCos-2.0",
      "wxWindows"
    ];
  }
});

// node_modules/spdx-exceptions/index.json
var require_spdx_exceptions = __commonJS({
  "node_modules/spdx-exceptions/index.json"(exports, module) {
    module.exports = [
      "389-exception",
      "Asterisk-exception",
      "Autoconf-exception-2.0",
      "Autoconf-exception-3.0",
      "Autoconf-exception-generic",
      "Autoconf-exception-generic-3.0",
      "Autoconf-exception-macro",
      "Bison-exception-1.24",
      "Bison-exception-2.2",
      "Bootloader-exception",
      "Classpath-exception-2.0",
      "CLISP-exception-2.0",
      "cryptsetup-OpenSSL-exception",
      "DigiRule-FOSS-exception",
      "eCos-exception-2.0",
      "Fawkes-Runtime-exception",
      "FLTK-exception",
      "fmt-exception",
      "Font-exception-2.0",
      "freertos-exception-2.0",
      "GCC-exception-2.0",
      "GCC-exception-2.0-note",
      "GCC-exception-3.1",
      "Gmsh-exception",
      "GNAT-exception",
      "GNOME-examples-exception",
      "GNU-compiler-exception",
      "gnu-javamail-exception",
      "GPL-3.0-interface-exception",
      "GPL-3.0-linking-exception",
      "GPL-3.0-linking-source-exception",
      "GPL-CC-1.0",
      "GStreamer-exception-2005",
      "GStreamer-exception-2008",
      "i2p-gpl-java-exception",
      "KiCad-libraries-exception",
      "LGPL-3.0-linking-exception",
      "libpri-OpenH323-exception",
      "Libtool-exception",
      "Linux-syscall-note",
      "LLGPL",
      "LLVM-exception",
      "LZMA-exception",
      "mif-exception",
      "OCaml-LGPL-linking-exception",
      "OCCT-exception-1.0",
      "OpenJDK-assembly-exception-1.0",
      "openvpn-openssl-exception",
      "PS-or-PDF-font-exception-20170817",
      "QPL-1.0-INRIA-2004-exception",
      "Qt-GPL-exception-1.0",
      "Qt-LGPL-exception-1.1",
      "Qwt-exception-1.0",
      "SANE-exception",
      "SHL-2.0",
      "SHL-2.1",
      "stunnel-exception",
      "SWI-exception",
      "Swift-exception",
      "Texinfo-exception",
      "u-boot-exception-2.0",
      "UBDL-exception",
      "Universal-FOSS-exception-1.0",
      "vsftpd-openssl-exception",
      "WxWindows-exception-3.1",
      "x11vnc-openssl-exception"
    ];
  }
});

// node_modules/spdx-expression-parse/scan.js
var require_scan = __commonJS({
  "node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated());
    var exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index);
          var match = chars.match(value);
          if (match) {
            index += match[0].length;
            return match[0];
          }
        } else {
          if (source.indexOf(value, index) === index) {
            index += value.length;
            return value;
          }
        }
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        var string;
        var possibilities = [/^WITH/i, /^AND/i, /^OR/i, "(", ")", ":", "+"];
        for (var i = 0; i < possibilities.length; i++) {
          string = read(possibilities[i]);
          if (string) {
            break;
          }
        }
        if (string === "+" && index > 1 && source[index - 2] === " ") {
          throw new Error("Space before `+`");
        }
        return string && {
          type: "OPERATOR",
          string: string.toUpperCase()
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string) {
          throw new Error("Expected idstring at offset " + index);
        }
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index;
        var string = idstring();
        if (licenses.indexOf(string) !== -1) {
          return {
            type: "LICENSE",
            string
          };
        } else if (exceptions.indexOf(string) !== -1) {
          return {
            type: "EXCEPTION",
            string
          };
        }
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      var tokens = [];
      while (hasMore()) {
        skipWhitespace();
        if (!hasMore()) {
          break;
        }
        var token = parseToken();
        if (!token) {
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        }
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-expression-parse/parse.js
var require_parse = __commonJS({
  "node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore()) {
          throw new Error();
        }
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string) {
          next();
          return t.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION") {
            next();
            return t.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t = token();
        if (t.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t = token();
        if (t.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t.string;
          return { license: string };
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          if (parseOperator("+")) {
            node2.plus = true;
          }
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (!left) {
          return;
        }
        var expr = parseExpression();
        if (!parseOperator(")")) {
          throw new Error("Expected `)`");
        }
        return expr;
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (!left) {
            return;
          }
          if (!parseOperator(operator)) {
            return left;
          }
          var right = parseBinaryOp();
          if (!right) {
            throw new Error("Expected expression");
          }
          return {
            left,
            conjunction: operator.toLowerCase(),
            right
          };
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom);
      var parseExpression = makeBinaryOpParser("OR", parseAnd);
      var node = parseExpression();
      if (!node || hasMore()) {
        throw new Error("Syntax error");
      }
      return node;
    };
  }
});

// node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse = __commonJS({
  "node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse3 = require_parse();
    module.exports = function(source) {
      return parse3(scan(source));
    };
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_TEST_BLANK_LINE = /^\s+$/;
    var REGEX_INVALID_TRAILING_BACKSLASH = /(?:[^\\]|^)\\$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var REGEX_TEST_INVALID_PATH = /^\.{0,2}\/|^\.{1,2}$/;
    var REGEX_TEST_TRAILING_SLASH = /\/$/;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var REGEX_REGEXP_RANGE = /([0-z])-([0-z])/g;
    var RETURN_FALSE = () => false;
    var sanitizeRange = (range) => range.replace(
      REGEX_REGEXP_RANGE,
      (match, from, to) => from.charCodeAt(0) <= to.charCodeAt(0) ? match : EMPTY
    );
    var cleanRangeBackSlash = (slashes) => {
      const { length } = slashes;
      return slashes.slice(0, length - length % 2);
    };
    var REPLACERS = [
      [
        // Remove BOM
        // TODO:
        // Other similar zero-width characters?
        /^\uFEFF/,
        () => EMPTY
      ],
      // > Trailing spaces are ignored unless they are quoted with backslash ("\")
      [
        // (a\ ) -> (a )
        // (a  ) -> (a)
        // (a ) -> (a)
        // (a \ ) -> (a  )
        /((?:\\\\)*?)(\\?\s+)$/,
        (_2, m1, m2) => m1 + (m2.indexOf("\\") === 0 ? SPACE : EMPTY)
      ],
      // Replace (\ ) with ' '
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        /(\\+?)\s/g,
        (_2, m1) => {
          const { length } = m1;
          return m1.slice(0, length - length % 2) + SPACE;
        }
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^"
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/"
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*\\\*\\\*\\\//,
        // '**/foo' <-> 'foo'
        () => "^(?:.*\\/)?"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        /^(?=[^^])/,
        function startingReplacer() {
          return !/\/(?!$)/.test(this) ? "(?:^|\\/)" : "^";
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_2, index, str) => index + 6 < str.length ? "(?:\\/[^\\/]+)*" : "\\/.+"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\]+)(\\\*)+(?=.+)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        (_2, p1, p2) => {
          const unescaped = p2.replace(/\\\*/g, "[^\\/]*");
          return p1 + unescaped;
        }
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE
      ],
      [
        // > The range notation, e.g. [a-zA-Z],
        // > can be used to match one of the characters in a range.
        // `\` is escaped by step 3
        /(\\)?\[([^\]/]*?)(\\*)($|\])/g,
        (match, leadEscape, range, endEscape, close) => leadEscape === ESCAPE ? `\\[${range}${cleanRangeBackSlash(endEscape)}${close}` : close === "]" ? endEscape.length % 2 === 0 ? `[${sanitizeRange(range)}${endEscape}]` : "[]" : "[]"
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        /(?:[^*])$/,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (match) => /\/$/.test(match) ? `${match}$` : `${match}(?=$|\\/$)`
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\\\*$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var TRAILING_WILD_CARD_REPLACERS = {
      [MODE_IGNORE](_2, p1) {
        const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
        return `${prefix}(?=$|\\/$)`;
      },
      [MODE_CHECK_IGNORE](_2, p1) {
        const prefix = p1 ? `${p1}[^/]*` : "[^/]*";
        return `${prefix}(?=$|\\/$)`;
      }
    };
    var makeRegexPrefix = (pattern) => REPLACERS.reduce(
      (prev, [matcher, replacer]) => prev.replace(matcher, replacer.bind(pattern)),
      pattern
    );
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern) && !REGEX_TEST_BLANK_LINE.test(pattern) && !REGEX_INVALID_TRAILING_BACKSLASH.test(pattern) && pattern.indexOf("#") !== 0;
    var splitPattern = (pattern) => pattern.split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = this.regexPrefix.replace(
          REGEX_REPLACE_TRAILING_WILDCARD,
          // It does not need to bind pattern
          TRAILING_WILD_CARD_REPLACERS[mode]
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var createRule = ({
      pattern,
      mark
    }, ignoreCase) => {
      let negative = false;
      let body = pattern;
      if (body.indexOf("!") === 0) {
        negative = true;
        body = body.substr(1);
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
      }
      _add(pattern) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._added = true;
          return;
        }
        if (isString(pattern)) {
          pattern = {
            pattern
          };
        }
        if (checkPattern(pattern.pattern)) {
          const rule = createRule(pattern, this._ignoreCase);
          this._added = true;
          this._rules.push(rule);
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        makeArray(
          isString(pattern) ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        return this._added;
      }
      // Test one single path without recursively checking parent directories
      //
      // - checkUnignored `boolean` whether should check if the path is unignored,
      //   setting `checkUnignored` to `false` could reduce additional
      //   path matching.
      // - check `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult} true if a file is ignored
      test(path4, checkUnignored, mode) {
        let ignored = false;
        let unignored = false;
        let matchedRule;
        this._rules.forEach((rule) => {
          const { negative } = rule;
          if (unignored === negative && ignored !== unignored || negative && !ignored && !unignored && !checkUnignored) {
            return;
          }
          const matched = rule[mode].test(path4);
          if (!matched) {
            return;
          }
          ignored = !negative;
          unignored = negative;
          matchedRule = negative ? UNDEFINED : rule;
        });
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path4, originalPath, doThrow) => {
      if (!isString(path4)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path4) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path4)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path4) => REGEX_TEST_INVALID_PATH.test(path4);
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, checkUnignored, slices) {
        const path4 = originalPath && checkPath.convert(originalPath);
        checkPath(
          path4,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return this._t(path4, cache, checkUnignored, slices);
      }
      checkIgnore(path4) {
        if (!REGEX_TEST_TRAILING_SLASH.test(path4)) {
          return this.test(path4);
        }
        const slices = path4.split(SLASH).filter(Boolean);
        slices.pop();
        if (slices.length) {
          const parent = this._t(
            slices.join(SLASH) + SLASH,
            this._testCache,
            true,
            slices
          );
          if (parent.ignored) {
            return parent;
          }
        }
        return this._rules.test(path4, false, MODE_CHECK_IGNORE);
      }
      _t(path4, cache, checkUnignored, slices) {
        if (path4 in cache) {
          return cache[path4];
        }
        if (!slices) {
          slices = path4.split(SLASH).filter(Boolean);
        }
        slices.pop();
        if (!slices.length) {
          return cache[path4] = this._rules.test(path4, checkUnignored, MODE_IGNORE);
        }
        const parent = this._t(
          slices.join(SLASH) + SLASH,
          cache,
          checkUnignored,
          slices
        );
        return cache[path4] = parent.ignored ? parent : this._rules.test(path4, checkUnignored, MODE_IGNORE);
      }
      ignores(path4) {
        return this._test(path4, this._ignoreCache, false).ignored;
      }
      createFilter() {
        return (path4) => !this.ignores(path4);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path4) {
        return this._test(path4, this._testCache, true);
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path4) => checkPath(path4 && checkPath.convert(path4), path4, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path4) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path4) || isNotRelative(path4);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, Symbol.for("setupWindows"), setupWindows);
  }
});

// src/cli.ts
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

// src/audit.ts
import { existsSync, readFileSync } from "node:fs";
import path3 from "node:path";

// src/config/load.ts
var import_yaml = __toESM(require_dist(), 1);
var SEVERITIES = /* @__PURE__ */ new Set(["off", "note", "warning", "error"]);
var KNOWN_KEYS = /* @__PURE__ */ new Set(["rules", "ignore", "kernels"]);
var VERSION = /^\d+\.\d+(\.\d+)?$/;
var EMPTY_CONFIG = { rules: /* @__PURE__ */ new Map(), ignore: [] };
function parseConfig(file, text, knownRuleIds) {
  const lc = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lc, prettyErrors: false });
  const errors = [];
  const lineOf = (n) => n?.range ? lc.linePos(n.range[0]).line : void 0;
  const config = { path: file, rules: /* @__PURE__ */ new Map(), ignore: [] };
  for (const e of doc.errors) errors.push({ file, line: e.linePos?.[0]?.line, message: e.message.split("\n")[0] });
  if (errors.length) return { config, errors };
  const root = doc.contents;
  if (root === null || root === void 0) return { config, errors };
  if (!(0, import_yaml.isMap)(root)) return { config, errors: [{ file, line: 1, message: "the config must be a mapping (rules:, ignore:, kernels:)" }] };
  for (const pair of root.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
    const line = lineOf(pair.key);
    if (!KNOWN_KEYS.has(key)) {
      errors.push({ file, line, message: `unknown key "${key}" (expected rules, ignore or kernels)` });
      continue;
    }
    const value = pair.value;
    if (key === "rules") {
      if (!(0, import_yaml.isMap)(value)) {
        errors.push({ file, line, message: "rules: must map rule ids to off, note, warning or error" });
        continue;
      }
      for (const r of value.items) {
        const id = (0, import_yaml.isScalar)(r.key) ? String(r.key.value) : "";
        const rl = lineOf(r.key) ?? 0;
        const sev = (0, import_yaml.isScalar)(r.value) ? String(r.value.value) : "";
        if (!knownRuleIds.has(id)) errors.push({ file, line: rl, message: `unknown rule id "${id}"` });
        else if (!SEVERITIES.has(sev))
          errors.push({ file, line: rl, message: `"${sev}" is not a severity for ${id} (use off, note, warning or error)` });
        else config.rules.set(id, { severity: sev, line: rl });
      }
    } else if (key === "ignore") {
      if (!(0, import_yaml.isSeq)(value) || !value.items.every((i) => (0, import_yaml.isScalar)(i) && typeof i.value === "string")) {
        errors.push({ file, line, message: "ignore: must be a list of glob strings" });
        continue;
      }
      config.ignore = value.items.map((i) => String(i.value));
    } else if (key === "kernels") {
      if (!(0, import_yaml.isMap)(value)) {
        errors.push({ file, line, message: 'kernels: must be a mapping with min and/or max, e.g. { min: "5.10", max: "6.12" }' });
        continue;
      }
      const k2 = { line: line ?? 1 };
      for (const p of value.items) {
        const kk = (0, import_yaml.isScalar)(p.key) ? String(p.key.value) : "";
        const v2 = (0, import_yaml.isScalar)(p.value) ? String(p.value.value) : "";
        if (kk !== "min" && kk !== "max") errors.push({ file, line: lineOf(p.key), message: `kernels: unknown key "${kk}"` });
        else if (!VERSION.test(v2))
          errors.push({ file, line: lineOf(p.key), message: `kernels.${kk}: "${v2}" is not a version like 5.10` });
        else k2[kk] = v2;
      }
      config.kernels = k2;
    }
  }
  return { config, errors };
}

// src/engine/suppressions.ts
var MARK = /(?:\/\/|\/\*|#)\s*lkm-audit-ignore\s+([a-z]+\/[a-z0-9-]+)/g;
function findSuppressions(scan) {
  const out = [];
  for (const f of scan.files.values()) {
    if (f.text === void 0 || !f.text.includes("lkm-audit-ignore")) continue;
    const lines = f.text.split("\n");
    lines.forEach((text, i) => {
      MARK.lastIndex = 0;
      for (let m2 = MARK.exec(text); m2; m2 = MARK.exec(text))
        out.push({ file: f.path, line: i + 1, column: m2.index + 1, ruleId: m2[1], used: false });
    });
  }
  return out;
}
function applySuppressions(findings, sups) {
  const byKey = /* @__PURE__ */ new Map();
  for (const s of sups) {
    for (const line of [s.line, s.line + 1]) {
      const k2 = `${s.file}\0${line}\0${s.ruleId}`;
      byKey.set(k2, [...byKey.get(k2) ?? [], s]);
    }
  }
  const kept = [];
  const suppressed = [];
  for (const f of findings) {
    const hits = f.file && f.line ? byKey.get(`${f.file}\0${f.line}\0${f.ruleId}`) : void 0;
    if (hits) {
      for (const h2 of hits) h2.used = true;
      suppressed.push(f);
    } else kept.push(f);
  }
  return { kept, suppressed };
}

// src/model/classify.ts
var KERNEL_INCLUDE = /#\s*include\s*<(linux|asm|net|media|sound|drm|scsi|crypto|uapi|trace|acpi|xen|rdma|video|misc|kunit)\//;
var USERSPACE_INCLUDE = /#\s*include\s*<(stdio|stdlib|unistd|string|errno|fcntl|pthread|sys\/[a-z_]+|getopt|signal|time|stdint|stdbool|inttypes|assert|dirent|poll|termios|netdb|arpa\/inet)\.h>/;
var KERNEL_MARKERS = /\b(module_init|module_exit|MODULE_LICENSE|MODULE_AUTHOR|EXPORT_SYMBOL|module_[a-z0-9_]+_driver|init_module)\s*\(/;
var MAIN = /\bint\s+main\s*\(/;
function isCPath(path4) {
  return /\.[ch]$/.test(path4);
}
function isBuildFile(path4) {
  const base = path4.slice(path4.lastIndexOf("/") + 1);
  if (base === "Kbuild") return "Kbuild";
  if (base === "Makefile" || base === "makefile" || base === "GNUmakefile") return "Makefile";
  return void 0;
}
function looksLikeKernelC(text) {
  if (MAIN.test(text) && !KERNEL_MARKERS.test(text)) return false;
  if (USERSPACE_INCLUDE.test(text) && !KERNEL_MARKERS.test(text)) return false;
  return KERNEL_INCLUDE.test(text) || KERNEL_MARKERS.test(text);
}
function isAuxiliaryPath(path4) {
  return /(^|\/)(tools?|tests?|selftests?|userspace|user|examples?|samples?|utils?|scripts|docs?|Documentation|contrib)\//.test(path4);
}

// src/model/c/lines.ts
function lineIndex(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const find = (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    lineAt: (offset) => find(offset) + 1,
    columnAt: (offset) => offset - starts[find(offset)] + 1
  };
}

// src/model/c/mask.ts
var SPECIAL = /\/\*|\/\/|"|'/g;
function maskComments(text) {
  const parts = [];
  const problems = [];
  let pos = 0;
  SPECIAL.lastIndex = 0;
  for (; ; ) {
    SPECIAL.lastIndex = pos;
    const m2 = SPECIAL.exec(text);
    if (!m2) break;
    const start = m2.index;
    parts.push(text.slice(pos, start));
    const tok = m2[0];
    let end;
    if (tok === "/*") {
      const close = text.indexOf("*/", start + 2);
      if (close < 0) {
        problems.push("unterminated /* comment");
        end = text.length;
      } else end = close + 2;
      parts.push(blank(text, start, end));
    } else if (tok === "//") {
      end = lineCommentEnd(text, start + 2);
      parts.push(blank(text, start, end));
    } else {
      end = literalEnd(text, start + 1, tok);
      if (end < 0) {
        problems.push(`unterminated ${tok === '"' ? "string" : "character"} literal`);
        end = text.indexOf("\n", start);
        if (end < 0) end = text.length;
        parts.push(blank(text, start, end));
      } else {
        parts.push(tok, blank(text, start + 1, end - 1), tok);
      }
    }
    pos = end;
  }
  parts.push(text.slice(pos));
  return { code: parts.join(""), problems };
}
function lineCommentEnd(text, from) {
  let i = from;
  for (; ; ) {
    const nl = text.indexOf("\n", i);
    if (nl < 0) return text.length;
    let j2 = nl - 1;
    if (text[j2] === "\r") j2--;
    if (text[j2] !== "\\") return nl;
    i = nl + 1;
  }
}
function literalEnd(text, from, quote) {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === quote) return i + 1;
    if (c === "\n") return -1;
  }
  return -1;
}
function blank(text, start, end) {
  return text.slice(start, end).replace(/[^\n]/g, " ");
}

// src/model/c/preproc.ts
var DIRECTIVE = /^[ \t]*#[ \t]*(\w+)?/gm;
function readPreprocessor(text, code2, lineAt) {
  const includes = [];
  const defines = /* @__PURE__ */ new Map();
  const errors = [];
  const problems = [];
  const changeLines = [1];
  const stacks = [[]];
  const groups = [];
  const current = () => groups.flatMap((g) => g.conds);
  const bodyParts = [];
  let last = 0;
  DIRECTIVE.lastIndex = 0;
  for (let m2 = DIRECTIVE.exec(code2); m2; m2 = DIRECTIVE.exec(code2)) {
    const start = m2.index;
    const end = directiveEnd(code2, start);
    const name = m2[1] ?? "";
    const raw = text.slice(start + m2[0].length, end);
    const rest = joinLines(code2.slice(start + m2[0].length, end)).trim();
    const line = lineAt(start);
    const endLine = lineAt(end);
    bodyParts.push(code2.slice(last, start), code2.slice(start, end).replace(/[^\n]/g, " "));
    last = end;
    DIRECTIVE.lastIndex = end;
    switch (name) {
      case "include": {
        const inc = /^\s*(?:<([^>]+)>|"([^"]+)")/.exec(raw);
        if (inc) includes.push({ path: (inc[1] ?? inc[2]).trim(), system: !!inc[1], line });
        break;
      }
      case "define": {
        const d = /^\s*([A-Za-z_]\w*)(\(([^)]*)\))?/.exec(rest);
        if (d) {
          const value = joinLines(raw).trim().slice(d[0].length).trim();
          defines.set(d[1], { name: d[1], params: d[3]?.split(",").map((p) => p.trim()), value, line });
        }
        break;
      }
      case "if":
      case "ifdef":
      case "ifndef":
        groups.push({ conds: [{ directive: name, expr: rest, line, previous: [] }], prev: [] });
        break;
      case "elif":
      case "elifdef":
      case "elifndef":
      case "else": {
        const g = groups[groups.length - 1];
        if (!g) {
          problems.push(`line ${line}: #${name} without #if`);
          break;
        }
        const head = g.conds[0];
        g.prev.push(
          head.directive === "ifdef" ? `defined(${head.expr})` : head.directive === "ifndef" ? `!defined(${head.expr})` : head.expr
        );
        const directive = name === "else" ? "else" : "elif";
        const expr = name === "elifdef" ? `defined(${rest})` : name === "elifndef" ? `!defined(${rest})` : rest;
        g.conds = [{ directive, expr: name === "else" ? "" : expr, line, previous: [...g.prev] }];
        break;
      }
      case "endif":
        if (!groups.pop()) problems.push(`line ${line}: #endif without #if`);
        break;
      case "error":
        errors.push({ text: joinLines(raw).trim(), line, conditions: current() });
        break;
      default:
        break;
    }
    if (name === "if" || name === "ifdef" || name === "ifndef" || name === "elif" || name === "elifdef" || name === "elifndef" || name === "else" || name === "endif") {
      changeLines.push(endLine + 1);
      stacks.push(current());
    }
  }
  bodyParts.push(code2.slice(last));
  if (groups.length) problems.push(`${groups.length} #if block(s) not closed by #endif`);
  const conditionsAt = (line) => {
    let lo = 0;
    let hi = changeLines.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (changeLines[mid] <= line) lo = mid;
      else hi = mid - 1;
    }
    return stacks[lo];
  };
  return { includes, defines, errors, conditionsAt, body: bodyParts.join(""), problems };
}
function directiveEnd(code2, from) {
  let i = from;
  for (; ; ) {
    const nl = code2.indexOf("\n", i);
    if (nl < 0) return code2.length;
    let j2 = nl - 1;
    if (code2[j2] === "\r") j2--;
    if (code2[j2] !== "\\") return nl;
    i = nl + 1;
  }
}
function joinLines(s) {
  return s.replace(/\\\r?\n/g, " ");
}

// src/model/c/file.ts
var NOT_CALLS = /* @__PURE__ */ new Set([
  "if",
  "for",
  "while",
  "switch",
  "return",
  "sizeof",
  "typeof",
  "__typeof__",
  "__typeof",
  "_Generic",
  "defined",
  "__attribute__",
  "__attribute",
  "asm",
  "__asm__",
  "__asm",
  "volatile",
  "__volatile__",
  "alignof",
  "_Alignof",
  "__alignof__",
  "case",
  "do",
  "else",
  "_Static_assert",
  "static_assert",
  "__builtin_expect"
]);
var MACRO_PREFIX = /* @__PURE__ */ new Set(["static", "const"]);
var MAX_ARGS_SPAN = 64 * 1024;
var IDENT_PAREN = /\b([A-Za-z_]\w*)\s*\(/g;
var FIELD_INIT = /\.\s*([A-Za-z_]\w*)\s*=(?!=)/g;
function readCFile(path4, text) {
  const masked = maskComments(text);
  const idx = lineIndex(text);
  const pp = readPreprocessor(text, masked.code, idx.lineAt);
  const body = pp.body;
  const notes = [...masked.problems, ...pp.problems];
  const { functions, initializers, braceProblems } = findBlocks(text, body, idx);
  notes.push(...braceProblems);
  const calls = [];
  const macros = [];
  const fnStarts = new Set(functions.map((f) => f.offset));
  let fi = 0;
  IDENT_PAREN.lastIndex = 0;
  for (let m2 = IDENT_PAREN.exec(body); m2; m2 = IDENT_PAREN.exec(body)) {
    const name = m2[1];
    const start = m2.index;
    if (NOT_CALLS.has(name) || fnStarts.has(start)) continue;
    const open = start + m2[0].length - 1;
    const close = matchParen(body, open);
    const args = close < 0 ? [] : splitArgs(text, body, open + 1, close);
    const end = close < 0 ? open + 1 : close + 1;
    while (fi < functions.length && functions[fi].bodyEnd < start) fi++;
    const inFn = fi < functions.length && functions[fi].bodyStart < start && start < functions[fi].bodyEnd ? functions[fi] : void 0;
    const span = spanOf(idx, start, end);
    if (inFn) {
      calls.push({ name, args, ...span, function: inFn.name });
      continue;
    }
    const inInit = initializers.some((r) => r.start < start && start < r.end);
    if (!inInit) {
      const prev = previousToken(body, start);
      const declaration = prev !== "" && prev !== ";" && prev !== "}" && prev !== "{" && !MACRO_PREFIX.has(prev);
      if (declaration) continue;
      macros.push({ name, args, ...span });
    }
    calls.push({ name, args, ...span });
  }
  const fieldInits = [];
  FIELD_INIT.lastIndex = 0;
  for (let m2 = FIELD_INIT.exec(body); m2; m2 = FIELD_INIT.exec(body)) {
    const prev = previousToken(body, m2.index);
    if (prev !== "{" && prev !== ",") continue;
    const vStart = m2.index + m2[0].length;
    const vEnd = valueEnd(body, vStart);
    const region = initializers.find((r) => r.start < m2.index && m2.index < r.end);
    fieldInits.push({
      field: m2[1],
      value: text.slice(vStart, vEnd).trim(),
      struct: region?.struct,
      variable: region?.variable,
      ...spanOf(idx, m2.index, vEnd)
    });
  }
  return {
    path: path4,
    text,
    code: masked.code,
    includes: pp.includes,
    defines: pp.defines,
    macros,
    functions,
    calls,
    fieldInits,
    conditionsAt: pp.conditionsAt,
    lineAt: idx.lineAt,
    columnAt: idx.columnAt,
    notes
  };
}
function findBlocks(text, body, idx) {
  const functions = [];
  const initializers = [];
  const braceProblems = [];
  let depth = 0;
  let blockStart = -1;
  let stmtStart = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 123) {
      if (depth === 0) blockStart = i;
      depth++;
    } else if (c === 125) {
      depth--;
      if (depth < 0) {
        braceProblems.push(`unbalanced } at line ${idx.lineAt(i)}`);
        depth = 0;
        continue;
      }
      if (depth === 0) {
        classifyBlock(text, body, stmtStart, blockStart, i, idx, functions, initializers);
        stmtStart = i + 1;
      }
    } else if (c === 59 && depth === 0) {
      stmtStart = i + 1;
    }
  }
  if (depth > 0) braceProblems.push(`${depth} unclosed { at end of file`);
  return { functions, initializers, braceProblems };
}
function classifyBlock(text, body, stmtStart, open, close, idx, functions, initializers) {
  let j2 = open - 1;
  while (j2 >= stmtStart && /\s/.test(body[j2])) j2--;
  const head = body.slice(stmtStart, j2 + 1);
  if (body[j2] === "=") {
    const decl = /(?:struct\s+([A-Za-z_]\w*)\s+)?\**\s*([A-Za-z_]\w*)\s*(?:\[[^\]]*\]\s*)*=$/.exec(head.replace(/\s+/g, " ").trimEnd());
    initializers.push({ start: open, end: close, struct: decl?.[1], variable: decl?.[2] });
    return;
  }
  if (body[j2] !== ")") return;
  const lp = matchParenBack(body, j2);
  if (lp < 0) return;
  let k2 = lp - 1;
  while (k2 >= stmtStart && /\s/.test(body[k2])) k2--;
  const nameEnd = k2 + 1;
  while (k2 >= stmtStart && /\w/.test(body[k2])) k2--;
  const name = body.slice(k2 + 1, nameEnd);
  if (!/^[A-Za-z_]\w*$/.test(name) || NOT_CALLS.has(name)) return;
  const prefix = body.slice(stmtStart, k2 + 1).replace(/\s+/g, " ").trim();
  if (prefix === "" || /[=]/.test(prefix)) return;
  const nameStart = k2 + 1;
  const annotations = prefix.match(/\b__\w+/g) ?? [];
  functions.push({
    name,
    isStatic: /\bstatic\b/.test(prefix),
    annotations,
    prefix,
    bodyStart: open,
    bodyEnd: close,
    ...spanOf(idx, nameStart, close + 1)
  });
  void text;
}
function spanOf(idx, start, end) {
  return {
    offset: start,
    endOffset: end,
    line: idx.lineAt(start),
    column: idx.columnAt(start),
    endLine: idx.lineAt(Math.max(start, end - 1)),
    endColumn: idx.columnAt(Math.max(start, end - 1)) + 1
  };
}
function previousToken(code2, before) {
  let j2 = before - 1;
  while (j2 >= 0 && /\s/.test(code2[j2])) j2--;
  if (j2 < 0) return "";
  if (!/\w/.test(code2[j2])) return code2[j2];
  const end = j2 + 1;
  while (j2 >= 0 && /\w/.test(code2[j2])) j2--;
  return code2.slice(j2 + 1, end);
}
function matchParen(code2, open) {
  let depth = 0;
  const limit = Math.min(code2.length, open + MAX_ARGS_SPAN);
  for (let i = open; i < limit; i++) {
    const c = code2[i];
    if (c === "(") depth++;
    else if (c === ")") {
      depth--;
      if (depth === 0) return i;
    } else if (c === ";" && depth > 0 && code2[open - 1] !== "r") {
      if (!/\bfor\s*$/.test(code2.slice(Math.max(0, open - 8), open))) return -1;
    }
  }
  return -1;
}
function matchParenBack(code2, close) {
  let depth = 0;
  const limit = Math.max(0, close - MAX_ARGS_SPAN);
  for (let i = close; i >= limit; i--) {
    const c = code2[i];
    if (c === ")") depth++;
    else if (c === "(") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
function splitArgs(text, code2, from, to) {
  const out = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = code2[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start, to).trim();
  if (last !== "" || out.length > 0) out.push(last);
  return out;
}
function valueEnd(code2, from) {
  let depth = 0;
  for (let i = from; i < code2.length; i++) {
    const c = code2[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) return i;
      depth--;
    } else if ((c === "," || c === ";") && depth === 0) return i;
  }
  return code2.length;
}

// node_modules/marked/lib/marked.esm.js
function L() {
  return { async: false, breaks: false, extensions: null, gfm: true, hooks: null, pedantic: false, renderer: null, silent: false, tokenizer: null, walkTokens: null };
}
var T = L();
function G(u3) {
  T = u3;
}
var I = { exec: () => null };
function h(u3, e = "") {
  let t = typeof u3 == "string" ? u3 : u3.source, n = { replace: (r, i) => {
    let s = typeof i == "string" ? i : i.source;
    return s = s.replace(m.caret, "$1"), t = t.replace(r, s), n;
  }, getRegex: () => new RegExp(t, e) };
  return n;
}
var m = { codeRemoveIndent: /^(?: {1,4}| {0,3}\t)/gm, outputLinkReplace: /\\([\[\]])/g, indentCodeCompensation: /^(\s+)(?:```)/, beginningSpace: /^\s+/, endingHash: /#$/, startingSpaceChar: /^ /, endingSpaceChar: / $/, nonSpaceChar: /[^ ]/, newLineCharGlobal: /\n/g, tabCharGlobal: /\t/g, multipleSpaceGlobal: /\s+/g, blankLine: /^[ \t]*$/, doubleBlankLine: /\n[ \t]*\n[ \t]*$/, blockquoteStart: /^ {0,3}>/, blockquoteSetextReplace: /\n {0,3}((?:=+|-+) *)(?=\n|$)/g, blockquoteSetextReplace2: /^ {0,3}>[ \t]?/gm, listReplaceTabs: /^\t+/, listReplaceNesting: /^ {1,4}(?=( {4})*[^ ])/g, listIsTask: /^\[[ xX]\] /, listReplaceTask: /^\[[ xX]\] +/, anyLine: /\n.*\n/, hrefBrackets: /^<(.*)>$/, tableDelimiter: /[:|]/, tableAlignChars: /^\||\| *$/g, tableRowBlankLine: /\n[ \t]*$/, tableAlignRight: /^ *-+: *$/, tableAlignCenter: /^ *:-+: *$/, tableAlignLeft: /^ *:-+ *$/, startATag: /^<a /i, endATag: /^<\/a>/i, startPreScriptTag: /^<(pre|code|kbd|script)(\s|>)/i, endPreScriptTag: /^<\/(pre|code|kbd|script)(\s|>)/i, startAngleBracket: /^</, endAngleBracket: />$/, pedanticHrefTitle: /^([^'"]*[^\s])\s+(['"])(.*)\2/, unicodeAlphaNumeric: /[\p{L}\p{N}]/u, escapeTest: /[&<>"']/, escapeReplace: /[&<>"']/g, escapeTestNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/, escapeReplaceNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, unescapeTest: /&(#(?:\d+)|(?:#x[0-9A-Fa-f]+)|(?:\w+));?/ig, caret: /(^|[^\[])\^/g, percentDecode: /%25/g, findPipe: /\|/g, splitPipe: / \|/, slashPipe: /\\\|/g, carriageReturn: /\r\n|\r/g, spaceLine: /^ +$/gm, notSpaceStart: /^\S*/, endingNewline: /\n$/, listItemRegex: (u3) => new RegExp(`^( {0,3}${u3})((?:[	 ][^\\n]*)?(?:\\n|$))`), nextBulletRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}(?:[*+-]|\\d{1,9}[.)])((?:[ 	][^\\n]*)?(?:\\n|$))`), hrRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}((?:- *){3,}|(?:_ *){3,}|(?:\\* *){3,})(?:\\n+|$)`), fencesBeginRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}(?:\`\`\`|~~~)`), headingBeginRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}#`), htmlBeginRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}<(?:[a-z].*>|!--)`, "i") };
var be = /^(?:[ \t]*(?:\n|$))+/;
var Re = /^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/;
var Te = /^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}\1[~`]* *(?=\n|$)|$)/;
var E = /^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/;
var Oe = /^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/;
var F = /(?:[*+-]|\d{1,9}[.)])/;
var ie = /^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |blockCode|fences|blockquote|heading|html|table))+?)\n {0,3}(=+|-+) *(?:\n+|$)/;
var oe = h(ie).replace(/bull/g, F).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}/).replace(/html/g, / {0,3}<[^\n>]+>\n/).replace(/\|table/g, "").getRegex();
var we = h(ie).replace(/bull/g, F).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}/).replace(/html/g, / {0,3}<[^\n>]+>\n/).replace(/table/g, / {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).getRegex();
var j = /^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table| +\n)[^\n]+)*)/;
var ye = /^[^\n]+/;
var Q = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\])+/;
var Pe = h(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<.*?>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label", Q).replace("title", /(?:"(?:\\"?|[^"\\])*"|'[^'\n]*(?:\n[^'\n]+)*\n?'|\([^()]*\))/).getRegex();
var Se = h(/^( {0,3}bull)([ \t][^\n]+?)?(?:\n|$)/).replace(/bull/g, F).getRegex();
var v = "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul";
var U = /<!--(?:-?>|[\s\S]*?(?:-->|$))/;
var $e = h("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n+|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>\\n*|$)|<![A-Z][\\s\\S]*?(?:>\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>\\n*|$)|</?(tag)(?: +|\\n|/?>)[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|<(?!script|pre|style|textarea)([a-z][\\w-]*)(?:attribute)*? */?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|</(?!script|pre|style|textarea)[a-z][\\w-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$))", "i").replace("comment", U).replace("tag", v).replace("attribute", / +[a-zA-Z:_][\w.:-]*(?: *= *"[^"\n]*"| *= *'[^'\n]*'| *= *[^\s"'=<>`]+)?/).getRegex();
var ae = h(j).replace("hr", E).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("|table", "").replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*\\n)|~{3,})[^\\n]*\\n").replace("list", " {0,3}(?:[*+-]|1[.)]) ").replace("html", "</?(?:tag)(?: +|\\n|/?>)|<(?:script|pre|style|textarea|!--)").replace("tag", v).getRegex();
var _e = h(/^( {0,3}> ?(paragraph|[^\n]*)(?:\n|$))+/).replace("paragraph", ae).getRegex();
var K = { blockquote: _e, code: Re, def: Pe, fences: Te, heading: Oe, hr: E, html: $e, lheading: oe, list: Se, newline: be, paragraph: ae, table: I, text: ye };
var re = h("^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr", E).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("blockquote", " {0,3}>").replace("code", "(?: {4}| {0,3}	)[^\\n]").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*\\n)|~{3,})[^\\n]*\\n").replace("list", " {0,3}(?:[*+-]|1[.)]) ").replace("html", "</?(?:tag)(?: +|\\n|/?>)|<(?:script|pre|style|textarea|!--)").replace("tag", v).getRegex();
var Le = { ...K, lheading: we, table: re, paragraph: h(j).replace("hr", E).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("table", re).replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*\\n)|~{3,})[^\\n]*\\n").replace("list", " {0,3}(?:[*+-]|1[.)]) ").replace("html", "</?(?:tag)(?: +|\\n|/?>)|<(?:script|pre|style|textarea|!--)").replace("tag", v).getRegex() };
var Me = { ...K, html: h(`^ *(?:comment *(?:\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1> *(?:\\n{2,}|\\s*$)|<tag(?:"[^"]*"|'[^']*'|\\s[^'"/>\\s]*)*?/?> *(?:\\n{2,}|\\s*$))`).replace("comment", U).replace(/tag/g, "(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(), def: /^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/, heading: /^(#{1,6})(.*)(?:\n+|$)/, fences: I, lheading: /^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/, paragraph: h(j).replace("hr", E).replace("heading", ` *#{1,6} *[^
]`).replace("lheading", oe).replace("|table", "").replace("blockquote", " {0,3}>").replace("|fences", "").replace("|list", "").replace("|html", "").replace("|tag", "").getRegex() };
var ze = /^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/;
var Ae = /^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/;
var le = /^( {2,}|\\)\n(?!\s*$)/;
var Ie = /^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/;
var D = /[\p{P}\p{S}]/u;
var W = /[\s\p{P}\p{S}]/u;
var ue = /[^\s\p{P}\p{S}]/u;
var Ee = h(/^((?![*_])punctSpace)/, "u").replace(/punctSpace/g, W).getRegex();
var pe = /(?!~)[\p{P}\p{S}]/u;
var Ce = /(?!~)[\s\p{P}\p{S}]/u;
var Be = /(?:[^\s\p{P}\p{S}]|~)/u;
var qe = h(/link|code|html/, "g").replace("link", /\[(?:[^\[\]`]|(?<!`)(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("code", /(?<!`)(?<b>`+)[^`]+\k<b>(?!`)/).replace("html", /<(?! )[^<>]*?>/).getRegex();
var ce = /^(?:\*+(?:((?!\*)punct)|[^\s*]))|^_+(?:((?!_)punct)|([^\s_]))/;
var ve = h(ce, "u").replace(/punct/g, D).getRegex();
var De = h(ce, "u").replace(/punct/g, pe).getRegex();
var he = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)";
var He = h(he, "gu").replace(/notPunctSpace/g, ue).replace(/punctSpace/g, W).replace(/punct/g, D).getRegex();
var Ze = h(he, "gu").replace(/notPunctSpace/g, Be).replace(/punctSpace/g, Ce).replace(/punct/g, pe).getRegex();
var Ge = h("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)", "gu").replace(/notPunctSpace/g, ue).replace(/punctSpace/g, W).replace(/punct/g, D).getRegex();
var Ne = h(/\\(punct)/, "gu").replace(/punct/g, D).getRegex();
var Fe = h(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme", /[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email", /[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex();
var je = h(U).replace("(?:-->|$)", "-->").getRegex();
var Qe = h("^comment|^</[a-zA-Z][\\w:-]*\\s*>|^<[a-zA-Z][\\w-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment", je).replace("attribute", /\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex();
var q = /(?:\[(?:\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+[^`]*?`+(?!`)|[^\[\]\\`])*?/;
var Ue = h(/^!?\[(label)\]\(\s*(href)(?:(?:[ \t]*(?:\n[ \t]*)?)(title))?\s*\)/).replace("label", q).replace("href", /<(?:\\.|[^\n<>\\])+>|[^ \t\n\x00-\x1f]*/).replace("title", /"(?:\\"?|[^"\\])*"|'(?:\\'?|[^'\\])*'|\((?:\\\)?|[^)\\])*\)/).getRegex();
var de = h(/^!?\[(label)\]\[(ref)\]/).replace("label", q).replace("ref", Q).getRegex();
var ke = h(/^!?\[(ref)\](?:\[\])?/).replace("ref", Q).getRegex();
var Ke = h("reflink|nolink(?!\\()", "g").replace("reflink", de).replace("nolink", ke).getRegex();
var se = /[hH][tT][tT][pP][sS]?|[fF][tT][pP]/;
var X = { _backpedal: I, anyPunctuation: Ne, autolink: Fe, blockSkip: qe, br: le, code: Ae, del: I, emStrongLDelim: ve, emStrongRDelimAst: He, emStrongRDelimUnd: Ge, escape: ze, link: Ue, nolink: ke, punctuation: Ee, reflink: de, reflinkSearch: Ke, tag: Qe, text: Ie, url: I };
var We = { ...X, link: h(/^!?\[(label)\]\((.*?)\)/).replace("label", q).getRegex(), reflink: h(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label", q).getRegex() };
var N = { ...X, emStrongRDelimAst: Ze, emStrongLDelim: De, url: h(/^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("protocol", se).replace("email", /[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![-_])/).getRegex(), _backpedal: /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/, del: /^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/, text: h(/^([`~]+|[^`~])(?:(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|www\.|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)))/).replace("protocol", se).getRegex() };
var Xe = { ...N, br: h(le).replace("{2,}", "*").getRegex(), text: h(N.text).replace("\\b_", "\\b_| {2,}\\n").replace(/\{2,\}/g, "*").getRegex() };
var C = { normal: K, gfm: Le, pedantic: Me };
var M = { normal: X, gfm: N, breaks: Xe, pedantic: We };
var Je = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var ge = (u3) => Je[u3];
function w(u3, e) {
  if (e) {
    if (m.escapeTest.test(u3)) return u3.replace(m.escapeReplace, ge);
  } else if (m.escapeTestNoEncode.test(u3)) return u3.replace(m.escapeReplaceNoEncode, ge);
  return u3;
}
function J(u3) {
  try {
    u3 = encodeURI(u3).replace(m.percentDecode, "%");
  } catch {
    return null;
  }
  return u3;
}
function V(u3, e) {
  let t = u3.replace(m.findPipe, (i, s, o) => {
    let a = false, l = s;
    for (; --l >= 0 && o[l] === "\\"; ) a = !a;
    return a ? "|" : " |";
  }), n = t.split(m.splitPipe), r = 0;
  if (n[0].trim() || n.shift(), n.length > 0 && !n.at(-1)?.trim() && n.pop(), e) if (n.length > e) n.splice(e);
  else for (; n.length < e; ) n.push("");
  for (; r < n.length; r++) n[r] = n[r].trim().replace(m.slashPipe, "|");
  return n;
}
function z(u3, e, t) {
  let n = u3.length;
  if (n === 0) return "";
  let r = 0;
  for (; r < n; ) {
    let i = u3.charAt(n - r - 1);
    if (i === e && !t) r++;
    else if (i !== e && t) r++;
    else break;
  }
  return u3.slice(0, n - r);
}
function fe(u3, e) {
  if (u3.indexOf(e[1]) === -1) return -1;
  let t = 0;
  for (let n = 0; n < u3.length; n++) if (u3[n] === "\\") n++;
  else if (u3[n] === e[0]) t++;
  else if (u3[n] === e[1] && (t--, t < 0)) return n;
  return t > 0 ? -2 : -1;
}
function me(u3, e, t, n, r) {
  let i = e.href, s = e.title || null, o = u3[1].replace(r.other.outputLinkReplace, "$1");
  n.state.inLink = true;
  let a = { type: u3[0].charAt(0) === "!" ? "image" : "link", raw: t, href: i, title: s, text: o, tokens: n.inlineTokens(o) };
  return n.state.inLink = false, a;
}
function Ve(u3, e, t) {
  let n = u3.match(t.other.indentCodeCompensation);
  if (n === null) return e;
  let r = n[1];
  return e.split(`
`).map((i) => {
    let s = i.match(t.other.beginningSpace);
    if (s === null) return i;
    let [o] = s;
    return o.length >= r.length ? i.slice(r.length) : i;
  }).join(`
`);
}
var y = class {
  options;
  rules;
  lexer;
  constructor(e) {
    this.options = e || T;
  }
  space(e) {
    let t = this.rules.block.newline.exec(e);
    if (t && t[0].length > 0) return { type: "space", raw: t[0] };
  }
  code(e) {
    let t = this.rules.block.code.exec(e);
    if (t) {
      let n = t[0].replace(this.rules.other.codeRemoveIndent, "");
      return { type: "code", raw: t[0], codeBlockStyle: "indented", text: this.options.pedantic ? n : z(n, `
`) };
    }
  }
  fences(e) {
    let t = this.rules.block.fences.exec(e);
    if (t) {
      let n = t[0], r = Ve(n, t[3] || "", this.rules);
      return { type: "code", raw: n, lang: t[2] ? t[2].trim().replace(this.rules.inline.anyPunctuation, "$1") : t[2], text: r };
    }
  }
  heading(e) {
    let t = this.rules.block.heading.exec(e);
    if (t) {
      let n = t[2].trim();
      if (this.rules.other.endingHash.test(n)) {
        let r = z(n, "#");
        (this.options.pedantic || !r || this.rules.other.endingSpaceChar.test(r)) && (n = r.trim());
      }
      return { type: "heading", raw: t[0], depth: t[1].length, text: n, tokens: this.lexer.inline(n) };
    }
  }
  hr(e) {
    let t = this.rules.block.hr.exec(e);
    if (t) return { type: "hr", raw: z(t[0], `
`) };
  }
  blockquote(e) {
    let t = this.rules.block.blockquote.exec(e);
    if (t) {
      let n = z(t[0], `
`).split(`
`), r = "", i = "", s = [];
      for (; n.length > 0; ) {
        let o = false, a = [], l;
        for (l = 0; l < n.length; l++) if (this.rules.other.blockquoteStart.test(n[l])) a.push(n[l]), o = true;
        else if (!o) a.push(n[l]);
        else break;
        n = n.slice(l);
        let c = a.join(`
`), p = c.replace(this.rules.other.blockquoteSetextReplace, `
    $1`).replace(this.rules.other.blockquoteSetextReplace2, "");
        r = r ? `${r}
${c}` : c, i = i ? `${i}
${p}` : p;
        let g = this.lexer.state.top;
        if (this.lexer.state.top = true, this.lexer.blockTokens(p, s, true), this.lexer.state.top = g, n.length === 0) break;
        let d = s.at(-1);
        if (d?.type === "code") break;
        if (d?.type === "blockquote") {
          let R = d, f = R.raw + `
` + n.join(`
`), O = this.blockquote(f);
          s[s.length - 1] = O, r = r.substring(0, r.length - R.raw.length) + O.raw, i = i.substring(0, i.length - R.text.length) + O.text;
          break;
        } else if (d?.type === "list") {
          let R = d, f = R.raw + `
` + n.join(`
`), O = this.list(f);
          s[s.length - 1] = O, r = r.substring(0, r.length - d.raw.length) + O.raw, i = i.substring(0, i.length - R.raw.length) + O.raw, n = f.substring(s.at(-1).raw.length).split(`
`);
          continue;
        }
      }
      return { type: "blockquote", raw: r, tokens: s, text: i };
    }
  }
  list(e) {
    let t = this.rules.block.list.exec(e);
    if (t) {
      let n = t[1].trim(), r = n.length > 1, i = { type: "list", raw: "", ordered: r, start: r ? +n.slice(0, -1) : "", loose: false, items: [] };
      n = r ? `\\d{1,9}\\${n.slice(-1)}` : `\\${n}`, this.options.pedantic && (n = r ? n : "[*+-]");
      let s = this.rules.other.listItemRegex(n), o = false;
      for (; e; ) {
        let l = false, c = "", p = "";
        if (!(t = s.exec(e)) || this.rules.block.hr.test(e)) break;
        c = t[0], e = e.substring(c.length);
        let g = t[2].split(`
`, 1)[0].replace(this.rules.other.listReplaceTabs, (H) => " ".repeat(3 * H.length)), d = e.split(`
`, 1)[0], R = !g.trim(), f = 0;
        if (this.options.pedantic ? (f = 2, p = g.trimStart()) : R ? f = t[1].length + 1 : (f = t[2].search(this.rules.other.nonSpaceChar), f = f > 4 ? 1 : f, p = g.slice(f), f += t[1].length), R && this.rules.other.blankLine.test(d) && (c += d + `
`, e = e.substring(d.length + 1), l = true), !l) {
          let H = this.rules.other.nextBulletRegex(f), ee = this.rules.other.hrRegex(f), te = this.rules.other.fencesBeginRegex(f), ne = this.rules.other.headingBeginRegex(f), xe = this.rules.other.htmlBeginRegex(f);
          for (; e; ) {
            let Z = e.split(`
`, 1)[0], A;
            if (d = Z, this.options.pedantic ? (d = d.replace(this.rules.other.listReplaceNesting, "  "), A = d) : A = d.replace(this.rules.other.tabCharGlobal, "    "), te.test(d) || ne.test(d) || xe.test(d) || H.test(d) || ee.test(d)) break;
            if (A.search(this.rules.other.nonSpaceChar) >= f || !d.trim()) p += `
` + A.slice(f);
            else {
              if (R || g.replace(this.rules.other.tabCharGlobal, "    ").search(this.rules.other.nonSpaceChar) >= 4 || te.test(g) || ne.test(g) || ee.test(g)) break;
              p += `
` + d;
            }
            !R && !d.trim() && (R = true), c += Z + `
`, e = e.substring(Z.length + 1), g = A.slice(f);
          }
        }
        i.loose || (o ? i.loose = true : this.rules.other.doubleBlankLine.test(c) && (o = true));
        let O = null, Y;
        this.options.gfm && (O = this.rules.other.listIsTask.exec(p), O && (Y = O[0] !== "[ ] ", p = p.replace(this.rules.other.listReplaceTask, ""))), i.items.push({ type: "list_item", raw: c, task: !!O, checked: Y, loose: false, text: p, tokens: [] }), i.raw += c;
      }
      let a = i.items.at(-1);
      if (a) a.raw = a.raw.trimEnd(), a.text = a.text.trimEnd();
      else return;
      i.raw = i.raw.trimEnd();
      for (let l = 0; l < i.items.length; l++) if (this.lexer.state.top = false, i.items[l].tokens = this.lexer.blockTokens(i.items[l].text, []), !i.loose) {
        let c = i.items[l].tokens.filter((g) => g.type === "space"), p = c.length > 0 && c.some((g) => this.rules.other.anyLine.test(g.raw));
        i.loose = p;
      }
      if (i.loose) for (let l = 0; l < i.items.length; l++) i.items[l].loose = true;
      return i;
    }
  }
  html(e) {
    let t = this.rules.block.html.exec(e);
    if (t) return { type: "html", block: true, raw: t[0], pre: t[1] === "pre" || t[1] === "script" || t[1] === "style", text: t[0] };
  }
  def(e) {
    let t = this.rules.block.def.exec(e);
    if (t) {
      let n = t[1].toLowerCase().replace(this.rules.other.multipleSpaceGlobal, " "), r = t[2] ? t[2].replace(this.rules.other.hrefBrackets, "$1").replace(this.rules.inline.anyPunctuation, "$1") : "", i = t[3] ? t[3].substring(1, t[3].length - 1).replace(this.rules.inline.anyPunctuation, "$1") : t[3];
      return { type: "def", tag: n, raw: t[0], href: r, title: i };
    }
  }
  table(e) {
    let t = this.rules.block.table.exec(e);
    if (!t || !this.rules.other.tableDelimiter.test(t[2])) return;
    let n = V(t[1]), r = t[2].replace(this.rules.other.tableAlignChars, "").split("|"), i = t[3]?.trim() ? t[3].replace(this.rules.other.tableRowBlankLine, "").split(`
`) : [], s = { type: "table", raw: t[0], header: [], align: [], rows: [] };
    if (n.length === r.length) {
      for (let o of r) this.rules.other.tableAlignRight.test(o) ? s.align.push("right") : this.rules.other.tableAlignCenter.test(o) ? s.align.push("center") : this.rules.other.tableAlignLeft.test(o) ? s.align.push("left") : s.align.push(null);
      for (let o = 0; o < n.length; o++) s.header.push({ text: n[o], tokens: this.lexer.inline(n[o]), header: true, align: s.align[o] });
      for (let o of i) s.rows.push(V(o, s.header.length).map((a, l) => ({ text: a, tokens: this.lexer.inline(a), header: false, align: s.align[l] })));
      return s;
    }
  }
  lheading(e) {
    let t = this.rules.block.lheading.exec(e);
    if (t) return { type: "heading", raw: t[0], depth: t[2].charAt(0) === "=" ? 1 : 2, text: t[1], tokens: this.lexer.inline(t[1]) };
  }
  paragraph(e) {
    let t = this.rules.block.paragraph.exec(e);
    if (t) {
      let n = t[1].charAt(t[1].length - 1) === `
` ? t[1].slice(0, -1) : t[1];
      return { type: "paragraph", raw: t[0], text: n, tokens: this.lexer.inline(n) };
    }
  }
  text(e) {
    let t = this.rules.block.text.exec(e);
    if (t) return { type: "text", raw: t[0], text: t[0], tokens: this.lexer.inline(t[0]) };
  }
  escape(e) {
    let t = this.rules.inline.escape.exec(e);
    if (t) return { type: "escape", raw: t[0], text: t[1] };
  }
  tag(e) {
    let t = this.rules.inline.tag.exec(e);
    if (t) return !this.lexer.state.inLink && this.rules.other.startATag.test(t[0]) ? this.lexer.state.inLink = true : this.lexer.state.inLink && this.rules.other.endATag.test(t[0]) && (this.lexer.state.inLink = false), !this.lexer.state.inRawBlock && this.rules.other.startPreScriptTag.test(t[0]) ? this.lexer.state.inRawBlock = true : this.lexer.state.inRawBlock && this.rules.other.endPreScriptTag.test(t[0]) && (this.lexer.state.inRawBlock = false), { type: "html", raw: t[0], inLink: this.lexer.state.inLink, inRawBlock: this.lexer.state.inRawBlock, block: false, text: t[0] };
  }
  link(e) {
    let t = this.rules.inline.link.exec(e);
    if (t) {
      let n = t[2].trim();
      if (!this.options.pedantic && this.rules.other.startAngleBracket.test(n)) {
        if (!this.rules.other.endAngleBracket.test(n)) return;
        let s = z(n.slice(0, -1), "\\");
        if ((n.length - s.length) % 2 === 0) return;
      } else {
        let s = fe(t[2], "()");
        if (s === -2) return;
        if (s > -1) {
          let a = (t[0].indexOf("!") === 0 ? 5 : 4) + t[1].length + s;
          t[2] = t[2].substring(0, s), t[0] = t[0].substring(0, a).trim(), t[3] = "";
        }
      }
      let r = t[2], i = "";
      if (this.options.pedantic) {
        let s = this.rules.other.pedanticHrefTitle.exec(r);
        s && (r = s[1], i = s[3]);
      } else i = t[3] ? t[3].slice(1, -1) : "";
      return r = r.trim(), this.rules.other.startAngleBracket.test(r) && (this.options.pedantic && !this.rules.other.endAngleBracket.test(n) ? r = r.slice(1) : r = r.slice(1, -1)), me(t, { href: r && r.replace(this.rules.inline.anyPunctuation, "$1"), title: i && i.replace(this.rules.inline.anyPunctuation, "$1") }, t[0], this.lexer, this.rules);
    }
  }
  reflink(e, t) {
    let n;
    if ((n = this.rules.inline.reflink.exec(e)) || (n = this.rules.inline.nolink.exec(e))) {
      let r = (n[2] || n[1]).replace(this.rules.other.multipleSpaceGlobal, " "), i = t[r.toLowerCase()];
      if (!i) {
        let s = n[0].charAt(0);
        return { type: "text", raw: s, text: s };
      }
      return me(n, i, n[0], this.lexer, this.rules);
    }
  }
  emStrong(e, t, n = "") {
    let r = this.rules.inline.emStrongLDelim.exec(e);
    if (!r || r[3] && n.match(this.rules.other.unicodeAlphaNumeric)) return;
    if (!(r[1] || r[2] || "") || !n || this.rules.inline.punctuation.exec(n)) {
      let s = [...r[0]].length - 1, o, a, l = s, c = 0, p = r[0][0] === "*" ? this.rules.inline.emStrongRDelimAst : this.rules.inline.emStrongRDelimUnd;
      for (p.lastIndex = 0, t = t.slice(-1 * e.length + s); (r = p.exec(t)) != null; ) {
        if (o = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !o) continue;
        if (a = [...o].length, r[3] || r[4]) {
          l += a;
          continue;
        } else if ((r[5] || r[6]) && s % 3 && !((s + a) % 3)) {
          c += a;
          continue;
        }
        if (l -= a, l > 0) continue;
        a = Math.min(a, a + l + c);
        let g = [...r[0]][0].length, d = e.slice(0, s + r.index + g + a);
        if (Math.min(s, a) % 2) {
          let f = d.slice(1, -1);
          return { type: "em", raw: d, text: f, tokens: this.lexer.inlineTokens(f) };
        }
        let R = d.slice(2, -2);
        return { type: "strong", raw: d, text: R, tokens: this.lexer.inlineTokens(R) };
      }
    }
  }
  codespan(e) {
    let t = this.rules.inline.code.exec(e);
    if (t) {
      let n = t[2].replace(this.rules.other.newLineCharGlobal, " "), r = this.rules.other.nonSpaceChar.test(n), i = this.rules.other.startingSpaceChar.test(n) && this.rules.other.endingSpaceChar.test(n);
      return r && i && (n = n.substring(1, n.length - 1)), { type: "codespan", raw: t[0], text: n };
    }
  }
  br(e) {
    let t = this.rules.inline.br.exec(e);
    if (t) return { type: "br", raw: t[0] };
  }
  del(e) {
    let t = this.rules.inline.del.exec(e);
    if (t) return { type: "del", raw: t[0], text: t[2], tokens: this.lexer.inlineTokens(t[2]) };
  }
  autolink(e) {
    let t = this.rules.inline.autolink.exec(e);
    if (t) {
      let n, r;
      return t[2] === "@" ? (n = t[1], r = "mailto:" + n) : (n = t[1], r = n), { type: "link", raw: t[0], text: n, href: r, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  url(e) {
    let t;
    if (t = this.rules.inline.url.exec(e)) {
      let n, r;
      if (t[2] === "@") n = t[0], r = "mailto:" + n;
      else {
        let i;
        do
          i = t[0], t[0] = this.rules.inline._backpedal.exec(t[0])?.[0] ?? "";
        while (i !== t[0]);
        n = t[0], t[1] === "www." ? r = "http://" + t[0] : r = t[0];
      }
      return { type: "link", raw: t[0], text: n, href: r, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  inlineText(e) {
    let t = this.rules.inline.text.exec(e);
    if (t) {
      let n = this.lexer.state.inRawBlock;
      return { type: "text", raw: t[0], text: t[0], escaped: n };
    }
  }
};
var x = class u {
  tokens;
  options;
  state;
  tokenizer;
  inlineQueue;
  constructor(e) {
    this.tokens = [], this.tokens.links = /* @__PURE__ */ Object.create(null), this.options = e || T, this.options.tokenizer = this.options.tokenizer || new y(), this.tokenizer = this.options.tokenizer, this.tokenizer.options = this.options, this.tokenizer.lexer = this, this.inlineQueue = [], this.state = { inLink: false, inRawBlock: false, top: true };
    let t = { other: m, block: C.normal, inline: M.normal };
    this.options.pedantic ? (t.block = C.pedantic, t.inline = M.pedantic) : this.options.gfm && (t.block = C.gfm, this.options.breaks ? t.inline = M.breaks : t.inline = M.gfm), this.tokenizer.rules = t;
  }
  static get rules() {
    return { block: C, inline: M };
  }
  static lex(e, t) {
    return new u(t).lex(e);
  }
  static lexInline(e, t) {
    return new u(t).inlineTokens(e);
  }
  lex(e) {
    e = e.replace(m.carriageReturn, `
`), this.blockTokens(e, this.tokens);
    for (let t = 0; t < this.inlineQueue.length; t++) {
      let n = this.inlineQueue[t];
      this.inlineTokens(n.src, n.tokens);
    }
    return this.inlineQueue = [], this.tokens;
  }
  blockTokens(e, t = [], n = false) {
    for (this.options.pedantic && (e = e.replace(m.tabCharGlobal, "    ").replace(m.spaceLine, "")); e; ) {
      let r;
      if (this.options.extensions?.block?.some((s) => (r = s.call({ lexer: this }, e, t)) ? (e = e.substring(r.raw.length), t.push(r), true) : false)) continue;
      if (r = this.tokenizer.space(e)) {
        e = e.substring(r.raw.length);
        let s = t.at(-1);
        r.raw.length === 1 && s !== void 0 ? s.raw += `
` : t.push(r);
        continue;
      }
      if (r = this.tokenizer.code(e)) {
        e = e.substring(r.raw.length);
        let s = t.at(-1);
        s?.type === "paragraph" || s?.type === "text" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.text, this.inlineQueue.at(-1).src = s.text) : t.push(r);
        continue;
      }
      if (r = this.tokenizer.fences(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.heading(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.hr(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.blockquote(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.list(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.html(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.def(e)) {
        e = e.substring(r.raw.length);
        let s = t.at(-1);
        s?.type === "paragraph" || s?.type === "text" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.raw, this.inlineQueue.at(-1).src = s.text) : this.tokens.links[r.tag] || (this.tokens.links[r.tag] = { href: r.href, title: r.title }, t.push(r));
        continue;
      }
      if (r = this.tokenizer.table(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.lheading(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      let i = e;
      if (this.options.extensions?.startBlock) {
        let s = 1 / 0, o = e.slice(1), a;
        this.options.extensions.startBlock.forEach((l) => {
          a = l.call({ lexer: this }, o), typeof a == "number" && a >= 0 && (s = Math.min(s, a));
        }), s < 1 / 0 && s >= 0 && (i = e.substring(0, s + 1));
      }
      if (this.state.top && (r = this.tokenizer.paragraph(i))) {
        let s = t.at(-1);
        n && s?.type === "paragraph" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = s.text) : t.push(r), n = i.length !== e.length, e = e.substring(r.raw.length);
        continue;
      }
      if (r = this.tokenizer.text(e)) {
        e = e.substring(r.raw.length);
        let s = t.at(-1);
        s?.type === "text" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = s.text) : t.push(r);
        continue;
      }
      if (e) {
        let s = "Infinite loop on byte: " + e.charCodeAt(0);
        if (this.options.silent) {
          console.error(s);
          break;
        } else throw new Error(s);
      }
    }
    return this.state.top = true, t;
  }
  inline(e, t = []) {
    return this.inlineQueue.push({ src: e, tokens: t }), t;
  }
  inlineTokens(e, t = []) {
    let n = e, r = null;
    if (this.tokens.links) {
      let o = Object.keys(this.tokens.links);
      if (o.length > 0) for (; (r = this.tokenizer.rules.inline.reflinkSearch.exec(n)) != null; ) o.includes(r[0].slice(r[0].lastIndexOf("[") + 1, -1)) && (n = n.slice(0, r.index) + "[" + "a".repeat(r[0].length - 2) + "]" + n.slice(this.tokenizer.rules.inline.reflinkSearch.lastIndex));
    }
    for (; (r = this.tokenizer.rules.inline.anyPunctuation.exec(n)) != null; ) n = n.slice(0, r.index) + "++" + n.slice(this.tokenizer.rules.inline.anyPunctuation.lastIndex);
    for (; (r = this.tokenizer.rules.inline.blockSkip.exec(n)) != null; ) n = n.slice(0, r.index) + "[" + "a".repeat(r[0].length - 2) + "]" + n.slice(this.tokenizer.rules.inline.blockSkip.lastIndex);
    n = this.options.hooks?.emStrongMask?.call({ lexer: this }, n) ?? n;
    let i = false, s = "";
    for (; e; ) {
      i || (s = ""), i = false;
      let o;
      if (this.options.extensions?.inline?.some((l) => (o = l.call({ lexer: this }, e, t)) ? (e = e.substring(o.raw.length), t.push(o), true) : false)) continue;
      if (o = this.tokenizer.escape(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.tag(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.link(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.reflink(e, this.tokens.links)) {
        e = e.substring(o.raw.length);
        let l = t.at(-1);
        o.type === "text" && l?.type === "text" ? (l.raw += o.raw, l.text += o.text) : t.push(o);
        continue;
      }
      if (o = this.tokenizer.emStrong(e, n, s)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.codespan(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.br(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.del(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.autolink(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (!this.state.inLink && (o = this.tokenizer.url(e))) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      let a = e;
      if (this.options.extensions?.startInline) {
        let l = 1 / 0, c = e.slice(1), p;
        this.options.extensions.startInline.forEach((g) => {
          p = g.call({ lexer: this }, c), typeof p == "number" && p >= 0 && (l = Math.min(l, p));
        }), l < 1 / 0 && l >= 0 && (a = e.substring(0, l + 1));
      }
      if (o = this.tokenizer.inlineText(a)) {
        e = e.substring(o.raw.length), o.raw.slice(-1) !== "_" && (s = o.raw.slice(-1)), i = true;
        let l = t.at(-1);
        l?.type === "text" ? (l.raw += o.raw, l.text += o.text) : t.push(o);
        continue;
      }
      if (e) {
        let l = "Infinite loop on byte: " + e.charCodeAt(0);
        if (this.options.silent) {
          console.error(l);
          break;
        } else throw new Error(l);
      }
    }
    return t;
  }
};
var P = class {
  options;
  parser;
  constructor(e) {
    this.options = e || T;
  }
  space(e) {
    return "";
  }
  code({ text: e, lang: t, escaped: n }) {
    let r = (t || "").match(m.notSpaceStart)?.[0], i = e.replace(m.endingNewline, "") + `
`;
    return r ? '<pre><code class="language-' + w(r) + '">' + (n ? i : w(i, true)) + `</code></pre>
` : "<pre><code>" + (n ? i : w(i, true)) + `</code></pre>
`;
  }
  blockquote({ tokens: e }) {
    return `<blockquote>
${this.parser.parse(e)}</blockquote>
`;
  }
  html({ text: e }) {
    return e;
  }
  def(e) {
    return "";
  }
  heading({ tokens: e, depth: t }) {
    return `<h${t}>${this.parser.parseInline(e)}</h${t}>
`;
  }
  hr(e) {
    return `<hr>
`;
  }
  list(e) {
    let t = e.ordered, n = e.start, r = "";
    for (let o = 0; o < e.items.length; o++) {
      let a = e.items[o];
      r += this.listitem(a);
    }
    let i = t ? "ol" : "ul", s = t && n !== 1 ? ' start="' + n + '"' : "";
    return "<" + i + s + `>
` + r + "</" + i + `>
`;
  }
  listitem(e) {
    let t = "";
    if (e.task) {
      let n = this.checkbox({ checked: !!e.checked });
      e.loose ? e.tokens[0]?.type === "paragraph" ? (e.tokens[0].text = n + " " + e.tokens[0].text, e.tokens[0].tokens && e.tokens[0].tokens.length > 0 && e.tokens[0].tokens[0].type === "text" && (e.tokens[0].tokens[0].text = n + " " + w(e.tokens[0].tokens[0].text), e.tokens[0].tokens[0].escaped = true)) : e.tokens.unshift({ type: "text", raw: n + " ", text: n + " ", escaped: true }) : t += n + " ";
    }
    return t += this.parser.parse(e.tokens, !!e.loose), `<li>${t}</li>
`;
  }
  checkbox({ checked: e }) {
    return "<input " + (e ? 'checked="" ' : "") + 'disabled="" type="checkbox">';
  }
  paragraph({ tokens: e }) {
    return `<p>${this.parser.parseInline(e)}</p>
`;
  }
  table(e) {
    let t = "", n = "";
    for (let i = 0; i < e.header.length; i++) n += this.tablecell(e.header[i]);
    t += this.tablerow({ text: n });
    let r = "";
    for (let i = 0; i < e.rows.length; i++) {
      let s = e.rows[i];
      n = "";
      for (let o = 0; o < s.length; o++) n += this.tablecell(s[o]);
      r += this.tablerow({ text: n });
    }
    return r && (r = `<tbody>${r}</tbody>`), `<table>
<thead>
` + t + `</thead>
` + r + `</table>
`;
  }
  tablerow({ text: e }) {
    return `<tr>
${e}</tr>
`;
  }
  tablecell(e) {
    let t = this.parser.parseInline(e.tokens), n = e.header ? "th" : "td";
    return (e.align ? `<${n} align="${e.align}">` : `<${n}>`) + t + `</${n}>
`;
  }
  strong({ tokens: e }) {
    return `<strong>${this.parser.parseInline(e)}</strong>`;
  }
  em({ tokens: e }) {
    return `<em>${this.parser.parseInline(e)}</em>`;
  }
  codespan({ text: e }) {
    return `<code>${w(e, true)}</code>`;
  }
  br(e) {
    return "<br>";
  }
  del({ tokens: e }) {
    return `<del>${this.parser.parseInline(e)}</del>`;
  }
  link({ href: e, title: t, tokens: n }) {
    let r = this.parser.parseInline(n), i = J(e);
    if (i === null) return r;
    e = i;
    let s = '<a href="' + e + '"';
    return t && (s += ' title="' + w(t) + '"'), s += ">" + r + "</a>", s;
  }
  image({ href: e, title: t, text: n, tokens: r }) {
    r && (n = this.parser.parseInline(r, this.parser.textRenderer));
    let i = J(e);
    if (i === null) return w(n);
    e = i;
    let s = `<img src="${e}" alt="${n}"`;
    return t && (s += ` title="${w(t)}"`), s += ">", s;
  }
  text(e) {
    return "tokens" in e && e.tokens ? this.parser.parseInline(e.tokens) : "escaped" in e && e.escaped ? e.text : w(e.text);
  }
};
var $ = class {
  strong({ text: e }) {
    return e;
  }
  em({ text: e }) {
    return e;
  }
  codespan({ text: e }) {
    return e;
  }
  del({ text: e }) {
    return e;
  }
  html({ text: e }) {
    return e;
  }
  text({ text: e }) {
    return e;
  }
  link({ text: e }) {
    return "" + e;
  }
  image({ text: e }) {
    return "" + e;
  }
  br() {
    return "";
  }
};
var b = class u2 {
  options;
  renderer;
  textRenderer;
  constructor(e) {
    this.options = e || T, this.options.renderer = this.options.renderer || new P(), this.renderer = this.options.renderer, this.renderer.options = this.options, this.renderer.parser = this, this.textRenderer = new $();
  }
  static parse(e, t) {
    return new u2(t).parse(e);
  }
  static parseInline(e, t) {
    return new u2(t).parseInline(e);
  }
  parse(e, t = true) {
    let n = "";
    for (let r = 0; r < e.length; r++) {
      let i = e[r];
      if (this.options.extensions?.renderers?.[i.type]) {
        let o = i, a = this.options.extensions.renderers[o.type].call({ parser: this }, o);
        if (a !== false || !["space", "hr", "heading", "code", "table", "blockquote", "list", "html", "def", "paragraph", "text"].includes(o.type)) {
          n += a || "";
          continue;
        }
      }
      let s = i;
      switch (s.type) {
        case "space": {
          n += this.renderer.space(s);
          continue;
        }
        case "hr": {
          n += this.renderer.hr(s);
          continue;
        }
        case "heading": {
          n += this.renderer.heading(s);
          continue;
        }
        case "code": {
          n += this.renderer.code(s);
          continue;
        }
        case "table": {
          n += this.renderer.table(s);
          continue;
        }
        case "blockquote": {
          n += this.renderer.blockquote(s);
          continue;
        }
        case "list": {
          n += this.renderer.list(s);
          continue;
        }
        case "html": {
          n += this.renderer.html(s);
          continue;
        }
        case "def": {
          n += this.renderer.def(s);
          continue;
        }
        case "paragraph": {
          n += this.renderer.paragraph(s);
          continue;
        }
        case "text": {
          let o = s, a = this.renderer.text(o);
          for (; r + 1 < e.length && e[r + 1].type === "text"; ) o = e[++r], a += `
` + this.renderer.text(o);
          t ? n += this.renderer.paragraph({ type: "paragraph", raw: a, text: a, tokens: [{ type: "text", raw: a, text: a, escaped: true }] }) : n += a;
          continue;
        }
        default: {
          let o = 'Token with "' + s.type + '" type was not found.';
          if (this.options.silent) return console.error(o), "";
          throw new Error(o);
        }
      }
    }
    return n;
  }
  parseInline(e, t = this.renderer) {
    let n = "";
    for (let r = 0; r < e.length; r++) {
      let i = e[r];
      if (this.options.extensions?.renderers?.[i.type]) {
        let o = this.options.extensions.renderers[i.type].call({ parser: this }, i);
        if (o !== false || !["escape", "html", "link", "image", "strong", "em", "codespan", "br", "del", "text"].includes(i.type)) {
          n += o || "";
          continue;
        }
      }
      let s = i;
      switch (s.type) {
        case "escape": {
          n += t.text(s);
          break;
        }
        case "html": {
          n += t.html(s);
          break;
        }
        case "link": {
          n += t.link(s);
          break;
        }
        case "image": {
          n += t.image(s);
          break;
        }
        case "strong": {
          n += t.strong(s);
          break;
        }
        case "em": {
          n += t.em(s);
          break;
        }
        case "codespan": {
          n += t.codespan(s);
          break;
        }
        case "br": {
          n += t.br(s);
          break;
        }
        case "del": {
          n += t.del(s);
          break;
        }
        case "text": {
          n += t.text(s);
          break;
        }
        default: {
          let o = 'Token with "' + s.type + '" type was not found.';
          if (this.options.silent) return console.error(o), "";
          throw new Error(o);
        }
      }
    }
    return n;
  }
};
var S = class {
  options;
  block;
  constructor(e) {
    this.options = e || T;
  }
  static passThroughHooks = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens", "emStrongMask"]);
  static passThroughHooksRespectAsync = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens"]);
  preprocess(e) {
    return e;
  }
  postprocess(e) {
    return e;
  }
  processAllTokens(e) {
    return e;
  }
  emStrongMask(e) {
    return e;
  }
  provideLexer() {
    return this.block ? x.lex : x.lexInline;
  }
  provideParser() {
    return this.block ? b.parse : b.parseInline;
  }
};
var B = class {
  defaults = L();
  options = this.setOptions;
  parse = this.parseMarkdown(true);
  parseInline = this.parseMarkdown(false);
  Parser = b;
  Renderer = P;
  TextRenderer = $;
  Lexer = x;
  Tokenizer = y;
  Hooks = S;
  constructor(...e) {
    this.use(...e);
  }
  walkTokens(e, t) {
    let n = [];
    for (let r of e) switch (n = n.concat(t.call(this, r)), r.type) {
      case "table": {
        let i = r;
        for (let s of i.header) n = n.concat(this.walkTokens(s.tokens, t));
        for (let s of i.rows) for (let o of s) n = n.concat(this.walkTokens(o.tokens, t));
        break;
      }
      case "list": {
        let i = r;
        n = n.concat(this.walkTokens(i.items, t));
        break;
      }
      default: {
        let i = r;
        this.defaults.extensions?.childTokens?.[i.type] ? this.defaults.extensions.childTokens[i.type].forEach((s) => {
          let o = i[s].flat(1 / 0);
          n = n.concat(this.walkTokens(o, t));
        }) : i.tokens && (n = n.concat(this.walkTokens(i.tokens, t)));
      }
    }
    return n;
  }
  use(...e) {
    let t = this.defaults.extensions || { renderers: {}, childTokens: {} };
    return e.forEach((n) => {
      let r = { ...n };
      if (r.async = this.defaults.async || r.async || false, n.extensions && (n.extensions.forEach((i) => {
        if (!i.name) throw new Error("extension name required");
        if ("renderer" in i) {
          let s = t.renderers[i.name];
          s ? t.renderers[i.name] = function(...o) {
            let a = i.renderer.apply(this, o);
            return a === false && (a = s.apply(this, o)), a;
          } : t.renderers[i.name] = i.renderer;
        }
        if ("tokenizer" in i) {
          if (!i.level || i.level !== "block" && i.level !== "inline") throw new Error("extension level must be 'block' or 'inline'");
          let s = t[i.level];
          s ? s.unshift(i.tokenizer) : t[i.level] = [i.tokenizer], i.start && (i.level === "block" ? t.startBlock ? t.startBlock.push(i.start) : t.startBlock = [i.start] : i.level === "inline" && (t.startInline ? t.startInline.push(i.start) : t.startInline = [i.start]));
        }
        "childTokens" in i && i.childTokens && (t.childTokens[i.name] = i.childTokens);
      }), r.extensions = t), n.renderer) {
        let i = this.defaults.renderer || new P(this.defaults);
        for (let s in n.renderer) {
          if (!(s in i)) throw new Error(`renderer '${s}' does not exist`);
          if (["options", "parser"].includes(s)) continue;
          let o = s, a = n.renderer[o], l = i[o];
          i[o] = (...c) => {
            let p = a.apply(i, c);
            return p === false && (p = l.apply(i, c)), p || "";
          };
        }
        r.renderer = i;
      }
      if (n.tokenizer) {
        let i = this.defaults.tokenizer || new y(this.defaults);
        for (let s in n.tokenizer) {
          if (!(s in i)) throw new Error(`tokenizer '${s}' does not exist`);
          if (["options", "rules", "lexer"].includes(s)) continue;
          let o = s, a = n.tokenizer[o], l = i[o];
          i[o] = (...c) => {
            let p = a.apply(i, c);
            return p === false && (p = l.apply(i, c)), p;
          };
        }
        r.tokenizer = i;
      }
      if (n.hooks) {
        let i = this.defaults.hooks || new S();
        for (let s in n.hooks) {
          if (!(s in i)) throw new Error(`hook '${s}' does not exist`);
          if (["options", "block"].includes(s)) continue;
          let o = s, a = n.hooks[o], l = i[o];
          S.passThroughHooks.has(s) ? i[o] = (c) => {
            if (this.defaults.async && S.passThroughHooksRespectAsync.has(s)) return (async () => {
              let g = await a.call(i, c);
              return l.call(i, g);
            })();
            let p = a.call(i, c);
            return l.call(i, p);
          } : i[o] = (...c) => {
            if (this.defaults.async) return (async () => {
              let g = await a.apply(i, c);
              return g === false && (g = await l.apply(i, c)), g;
            })();
            let p = a.apply(i, c);
            return p === false && (p = l.apply(i, c)), p;
          };
        }
        r.hooks = i;
      }
      if (n.walkTokens) {
        let i = this.defaults.walkTokens, s = n.walkTokens;
        r.walkTokens = function(o) {
          let a = [];
          return a.push(s.call(this, o)), i && (a = a.concat(i.call(this, o))), a;
        };
      }
      this.defaults = { ...this.defaults, ...r };
    }), this;
  }
  setOptions(e) {
    return this.defaults = { ...this.defaults, ...e }, this;
  }
  lexer(e, t) {
    return x.lex(e, t ?? this.defaults);
  }
  parser(e, t) {
    return b.parse(e, t ?? this.defaults);
  }
  parseMarkdown(e) {
    return (n, r) => {
      let i = { ...r }, s = { ...this.defaults, ...i }, o = this.onError(!!s.silent, !!s.async);
      if (this.defaults.async === true && i.async === false) return o(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));
      if (typeof n > "u" || n === null) return o(new Error("marked(): input parameter is undefined or null"));
      if (typeof n != "string") return o(new Error("marked(): input parameter is of type " + Object.prototype.toString.call(n) + ", string expected"));
      if (s.hooks && (s.hooks.options = s, s.hooks.block = e), s.async) return (async () => {
        let a = s.hooks ? await s.hooks.preprocess(n) : n, c = await (s.hooks ? await s.hooks.provideLexer() : e ? x.lex : x.lexInline)(a, s), p = s.hooks ? await s.hooks.processAllTokens(c) : c;
        s.walkTokens && await Promise.all(this.walkTokens(p, s.walkTokens));
        let d = await (s.hooks ? await s.hooks.provideParser() : e ? b.parse : b.parseInline)(p, s);
        return s.hooks ? await s.hooks.postprocess(d) : d;
      })().catch(o);
      try {
        s.hooks && (n = s.hooks.preprocess(n));
        let l = (s.hooks ? s.hooks.provideLexer() : e ? x.lex : x.lexInline)(n, s);
        s.hooks && (l = s.hooks.processAllTokens(l)), s.walkTokens && this.walkTokens(l, s.walkTokens);
        let p = (s.hooks ? s.hooks.provideParser() : e ? b.parse : b.parseInline)(l, s);
        return s.hooks && (p = s.hooks.postprocess(p)), p;
      } catch (a) {
        return o(a);
      }
    };
  }
  onError(e, t) {
    return (n) => {
      if (n.message += `
Please report this to https://github.com/markedjs/marked.`, e) {
        let r = "<p>An error occurred:</p><pre>" + w(n.message + "", true) + "</pre>";
        return t ? Promise.resolve(r) : r;
      }
      if (t) return Promise.reject(n);
      throw n;
    };
  }
};
var _ = new B();
function k(u3, e) {
  return _.parse(u3, e);
}
k.options = k.setOptions = function(u3) {
  return _.setOptions(u3), k.defaults = _.defaults, G(k.defaults), k;
};
k.getDefaults = L;
k.defaults = T;
k.use = function(...u3) {
  return _.use(...u3), k.defaults = _.defaults, G(k.defaults), k;
};
k.walkTokens = function(u3, e) {
  return _.walkTokens(u3, e);
};
k.parseInline = _.parseInline;
k.Parser = b;
k.parser = b.parse;
k.Renderer = P;
k.TextRenderer = $;
k.Lexer = x;
k.lexer = x.lex;
k.Tokenizer = y;
k.Hooks = S;
k.parse = k;
var Ht = k.options;
var Zt = k.setOptions;
var Gt = k.use;
var Nt = k.walkTokens;
var Ft = k.parseInline;
var Qt = b.parse;
var Ut = x.lex;

// src/model/docs/readme.ts
var README = /^readme(\.(md|markdown|rst|txt|adoc|org))?$/i;
var OTHER_DOCS = /^(docs?|documentation)\/[^/]+\.(md|markdown|rst|txt)$|^(INSTALL|BUILDING|COMPAT|SUPPORT|CHANGELOG)(\.(md|txt|rst))?$/i;
function buildDocsModel(scan) {
  const readmes = [...scan.files.values()].filter((f) => f.text !== void 0 && isReadmePath(f.path));
  readmes.sort((a, b2) => rank(a.path) - rank(b2.path) || a.path.localeCompare(b2.path));
  const readme2 = readmes[0] ? readDoc(readmes[0].path, readmes[0].text) : void 0;
  const others = [...scan.files.values()].filter((f) => f.text !== void 0 && f.path !== readme2?.path && (OTHER_DOCS.test(f.path) || isReadmePath(f.path))).map((f) => readDoc(f.path, f.text));
  return { readme: readme2, others };
}
function isReadmePath(p) {
  const base = p.slice(p.lastIndexOf("/") + 1);
  const dir = p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
  return README.test(base) && (dir === "" || /^(docs?|\.github)$/i.test(dir));
}
function rank(p) {
  if (!p.includes("/")) return /\.md$/i.test(p) ? 0 : 1;
  return p.startsWith(".github/") ? 2 : 3;
}
function readDoc(path4, text) {
  const model = { path: path4, text, sections: [], code: [], prose: [] };
  if (!/\.(md|markdown)$/i.test(path4) && /\.(rst|txt|adoc|org)$/i.test(path4)) return readPlain(model);
  let tokens;
  try {
    tokens = new x({ gfm: true }).lex(text);
  } catch {
    return readPlain(model);
  }
  const line = 1;
  const walk = (list, baseLine) => {
    let l = baseLine;
    for (const t of list) {
      visit(t, l);
      l += countLines(t.raw);
    }
  };
  const visit = (t, at) => {
    switch (t.type) {
      case "heading":
        model.sections.push({ heading: plain(t.text), depth: t.depth, line: at });
        model.prose.push({ text: plain(t.text), line: at });
        break;
      case "code":
        model.code.push({
          text: t.text,
          line: at + (/^\s*(```|~~~)/.test(t.raw) ? 1 : 0),
          lang: t.lang || void 0
        });
        break;
      case "paragraph":
      case "text":
      case "blockquote":
      case "list":
      case "table": {
        for (const m2 of t.raw.matchAll(/`([^`\n]+)`/g)) model.code.push({ text: m2[1], line: at + countLines(t.raw.slice(0, m2.index)) });
        t.raw.split("\n").forEach((s, i) => {
          const p = plain(s);
          if (p.trim()) model.prose.push({ text: p, line: at + i });
        });
        break;
      }
      case "html":
        break;
      default:
        break;
    }
  };
  walk(tokens, line);
  return model;
}
function readPlain(model) {
  model.text.split("\n").forEach((s, i) => {
    if (/^\s{4,}|^\s*\$ /.test(s)) model.code.push({ text: s.trim(), line: i + 1 });
    if (s.trim()) model.prose.push({ text: s, line: i + 1 });
  });
  return model;
}
function countLines(s) {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
}
function plain(s) {
  return s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`]+/g, "").replace(/^\s*(#+|[-*+]|\d+\.|>|\|)\s*/, "").replace(/\s*\|\s*/g, " | ");
}

// src/data/license-fingerprints.json
var license_fingerprints_default = {
  source: "spdx-license-list@6.10.0",
  licenses: [
    {
      id: "GPL-2.0",
      versioned: true,
      later: 1,
      size: 1301,
      shingles: "ADRSAFAfAGo3AJYaAN0vAR71ASPtAUmtAXguAYDQAagXAeIvApJVAuB4AyqTA0RCA1V2A4vtA4xUA6fyA/kzBDcgBFLiBHeoBJrNBQT5BR1hBT2+BfC7BiyTBnFHBnRvBorlBwRCB1fQB3vUB6U4B7eVB9L4B/z1CAKjCAdzCG3ACJYfCKz0CRm9CUUHCUimCWy3CYHtCYVeCdrMCh5KCoBrCoP4Cs7ACtNrCtrSCxaqCx5tCySqC4XqC51SC9NHC9WuC+34C/0KDBhADCiQDHBmDNpxDNvHDQUCDQg5DTPsDYNHDjTuDoZSDt1FDzVFDzVdD2eRD7C0D87OEDVQEMYlEM1VEP7YESHiESuYEU+vEZIFEbJHEbXDEfeFEfm7EgVFEkchEllWEr/dEwc5Ey34E07KE1oME24GE3glFJGVFLYKFNhLFNoBFODZFQteFTEUFW2DFZF/FZOsFbFXFhSxFh9dFmY5FnDqFoSVFogWFp2KFqrEFwMeF1olF4TZF/mQGBOqGCNwGEgBGE1uGGvjGHXsGIRrGK8LGN7SGQU1GQ6kGRFfGSfJGVnOGYXgGcVuGiTTGnnwGoVPGtubGyxuGzSYG0OIG6vOG/olHKqTHPtwHSzSHWGDHWbaHZekHZexHavYHa4tHfsYHjnHHkLLHklTHlHfHmg3HovcHsDbHt8sHvhdH1dbH3igIA2hICV/IIQrIJFBIJyrINt5IR1SIWeZIliiInm6Ix11IyvjIzmWIztbI4ZkI455JBwbJcaAJhO+JhqPJnj+JrQSJxJHJxnHJyYJJ2LwJ2+5J4rqJ7JJJ8P0J97nJ/O8KDocKFSLKcudKdI/KdqiKfz0KjbVKmm2KsVJKt6lKxOQKywYKzzuK3jeK4vnK5BAK+l6LA2xLG/BLKBELKcNLLGULQeBLXq3LYkpLcuHLefaLfahLiLULt5QLvrqLzCtL0naL3GKL6yzL/07MA6bMJErMNsSMXsbMhZBMvaWMvr1Mv0gMzcTM0siM052M3oHM4WEM6VeM9qiM/xcNFMmNFk1NHbfNKfZNL6hNQvuNUqeNVP6NgLYNgiMNgxINm29NnP0Np4nNuSoNvR/NyQNNytMNzRmN3jYN4k9OCMCODtJOGviOHUCOIQkOJrSOK0zORa5ORtKOSNnOSeUOTtHObhTOcClOhSXOr8IO0/MO1kVO6EZO9lSO+MMO/XTPBKkPD+JPEKUPJ8BPL5fPMNuPQjuPUezPXQAPfvEPsjCPvPfP1pvP58AQBIsQEWzQIQpQItkQLEEQMglQQF1QSqUQX/jQYcLQeYsQlcXQq4KQ9JERBzVRDvIRFzoRH1nRLoGRMUkRO7hRXQ5RfIlRgX6RhuRRjOORpcpRsb/RxVfRzIZR2qzR3loR53GR6KyR6SeR7lGSDIQSEafSEbpSGtzSLq9SPORSQDZSUcDScYvScZ7SeiHSfVjSf36SiKCSiKsSkQmSorHSqwYSrwWSsc9SuuCSyctSyt/S1urS4lKS4wjTCNyTCc3TC6gTGFnTG1FTM8GTO2UTQB7TQWxTRL+TWjKTYhGTZMKTa15TcNQTgDgTjd5Tv3OTyIJT1TdUAWRUAb2UBBHUMDAUN2FUOMKUO74UP9BUQnxURUPUX64UYNHUZUsUannUiGEUk9HUl1/UoEiUsFJUt3UUwumUzdwU1AFU1cCU26VU9T6U+wwVACaVC60VFOmVI41VJWyVKhAVQGhVSHMVYORVcjaVfBuVfi1Vf3KVnaFVojRVpmTVpyEVq5yV02aV5AcV+ECWAx9WCYJWGnIWIBJWI7NWJ5YWLghWMSFWWOEWWceWW93WXERWYWYWZD7WdmVWgHNWjc2WjlEWoWHWpRBWrEYWseZWtH8WtenWyCqWyXKW8nWXAuxXC4oXDjDXE7BXFA3XG47XI5EXLjRXN2QXWujXaX1XfElXj5dXkgeXlorXps9XrGAXyGnX2iXX6RLYCZoYCeoYDHtYHU6YKJuYKWxYNs0YRl9YWFxYW6wYXp2YXxTYawWYa24YetLYfSbYgf0YhqPYiAWYiPmYj4RYnf5YqLyYtsAYu/JYwIUY0p0Y7QtY8dOY+EbY+VZY/XZZD1pZVW3ZgXSZh5QZiovZlraZsY8ZvG8Zw8/ZzMsZ3cSZ9cTZ+YaZ+07aB1faJyJaOPmaWqPaXyEagRVahMPan8Iaq3Naw8va0Dwa3UZa6qNa8lsa/2vbC0wbJxAbPKjbPombSFEbSQDbSiubWixbaCZbgKJbh2tbxCJbz+Bb0RVb1enb6D3b6JDcCPgcGdScIixcJjWcJ/4cK8bcLQDcMTVcP2mcQnocUSRcUsTcZ1fcamKchd8cjNscjzVcm+OcqfzcwGJcwVZc5pkc6PDc657c7l8c81odBbvdDkRdFlMdILHdPCUdRGGdUUwdVsbdWgRdYSlda2ddbC6dgQAdisHdk1Sdk8zdp0odr9Odz5Wd1UEd7vheAYceBTPeDsFeFxieG2ueHJFeH8peI+5eQKSeTAZeTGfeT+secJ+ekJ9epWCeroIesChesdFesmletGKeyCwfDwFfG/sfIhafIipfI0ofQOrfRZnfUnHfVfRfY6QfbydfeRYfeUZflzQfqiYft8QfuBXfvhef2WBf22uf29Df30af5ZDf7uHf+XigFfWgQdGgacTgajjga/HgcOlgiWsgnBLgntCgpGngyPEg5G/g8A7hAVBhColhHEZhM1ChOQ5hUFphUHMhUnJhVJ2hXXXhguwhlPChmKXhn4phuT7huUYhu2ghxJRhyJrh3tVh4Kqh72wh8ADh83HiGs7iLHWiLOJiLkciR4IiTFyiT8XiURtiUffiUhciY/0iZzvieSKimTTinDlioaRipqnitYwiwe4ixWHi0d6i1IUi5B4i9T/i+b3jCM1jE4KjJycjLvqjNeijQUWjS8djXhpjYoajbKCjerpje1fjfYIjteQju52j4j/j6DXj8HskAVzkBZ+kBpLkDgskL1jkNyRkOIikUrXkVMrkWpGkXEGkZQtkcF1klH8kl7wkrOhkuYrkvzek3BUk42GlGfMlIpDlJgglLPulMuklNU4lQQKlT29lWdGlYUglasFlbgylfJglnE8lnZslnrulsfylsljlv8klwM/lyBilyh7lz16lz56lz96l2F8mB/ZmME1mNFvmOo3mRujmTesmXhxmhF+mpD/mp8Kmp9PmuLOmvegnBfenDgznD3RnGg+nMOjnOWxngI9nlCJnmI4npwJnqFynsJ3nyBHnznpn1vrn2Fjn7hHn78Dn/xWoDQSoHT7oJRBoQxAoRSvoSkOoTEloTT2og1tosdTotvqo0kYo5R5o5d2o6s1o9J2o+vPpCX/pCyfpG8wpHcXpIWwpKHfpK4+pNInpOPWpSkhpUlwpWEbpW0KpbSQpcRCpouxptbIpt1vpt2CpvS3pwl+pxbNp0bPp1n+p3TDp46VqB+LqMeZqMoVqSHPqSwEqZfuqap+qa41qeHrqhPaqipJqk2yqk3OqpAuqs6Sq0Rgq3Luq4Rjq6Coq99tq/gqrDVDrDq7rEcbrQRvrSaRrabrrqVBrsH/rsfnr1Nqr3Dkr57br8Q3r9n8r+hPsCj1sDGusD23sEiksGVfsNXHsN7VsOJEsPMosT1EsXOosbxcscxCsefbsg0NsiVQsoyVsrlusr8mssx+st/CsxaPsxlds1vWs+pvs+7Ls/UvtCzDtNcptawetbgVtgZwtq1NtrF+tryktr20ttTytuJgtuoCtwI6twp/tyT2tyZFtyZNt4hkt65cuEeZuE9luJQIuJqYuNxGuRfWuUa1ujJKumkZuob5uuFau14xu5nku9n/vCVKvC9rvEs8vG1gvLCCvReqvYBbvZGIveM9veQHvhOavirRvlblvrxkvvz+vzMBv2rdv5ePwAljwBBkwDADwJ48wOTkwSSBwVwqwYWCwkKvwk4KwmcCwwcRw8zGxA9HxGHHxVhIxdZ8xd25xd75xhB/xj1ZxmaMxnP2xpPExqqlx3KEx38kx4UYx6Tjx7Wkx9J/yCg3yG+fyH2QyMhgyP2/yUttyU/lyVj2yWO5yZx8yaUaycs2ydFKyh+6yiSkyjG7yjIiylEPynYUynx8yryIyzUBy0Gjy33mzB5azEr6zONIzQU1zRZhzRqOzSqTzUVqzWYBza5jzcqNzuxRzvPuzwWTzxfOzzRmzzTjz1sAz4n+z6x+z9pm0I3+0SDu0Te00YLr0ZTd0dDs0nuc0oqB0xLc0y9z00o905Uw07co0/fD1CTp1Ct51Fqf1Irp1KrA1K311MXB1PAG1Syt1eQq1fi41fzd1jsl1sa31sgL1uoP13q716Uy19e41+vR2FTH2M5K2PPi2VXS2ZjL2a6N2gd72mcv2tpU2uWn2vTa2zC02zvy2zwH20Fc20sM21V724Dz24Vj247226E626LC29pA3B+m3ELB3JEh3JU13KfZ3LM83W5I3X/S3YDT3e7w3lZR3nA83oJu3rNV3r6V3r7U3uRW31Wv33cw39Ad390l3+bJ4C3C4Frn4GCL4Ir94Pry4Qr04Sxy4W1h4ea64h154m+G4pCj4pvO4rvh4rxP4sah4v/04y084z/d45Lw4/yr5Bh+5C0e5Eup5MBh5McO5MwO5P0D5SAc5Tlg5Z5v5ahb5gFF5jT25nxu5xZd5x5x5y6m53fz53r/553I57D458q25+EX6Cdg6GKY6Jeo6Lso6U2/6YQq6buU6cY46gGv6j6N6kzE6mjp6m8J6pcY6r6X61OC62v77BLu7DkN7GZQ7Llk7MVK7Pe87RCC7W0l7bQQ7cb/7c3u7fcn7gGX7l9K7oKC7sGC7wUJ7x+r75Yg76Wy8FyX8G/c8Hu18Ilt8P1u8UlI8W0M8dDl8eeW8hu98iOO8kw48lGh8lww8p3t8tKk8urd8yWr8zw/81HQ810E86Dm8+dy8+5W9A+W9BJa9B7N9D/r9IG99NBw9Om79Ows9a0B9ctx9ec79hvw9ie+9nGJ9nHm9q2E9sSg9xVw9x//9zcI9z/B93KV937j9+sZ+Bj4+C1O+LXh+OlE+UyS+ZVm+a85+biD+jXJ+qd7+qrG+xjJ+3s5+4y0+6CW++j5++q8/Eb4/Ehi/Fvv/HUb/HZy/KS0/L+m/VYL/YC3/eR0/j0s/m87/r5m/sWv/tkI/wdK/yRk/0xp/2Gy//Nx//Zw"
    },
    {
      id: "GPL-3.0",
      versioned: true,
      later: 1,
      size: 2507,
      shingles: "AA1lAEbSAIwiANhpANxwAR71ASPtAUmtAXGEAXGHAXguAYdrAZApAamXAcFtAdR9AeS2AgBxAiJpAjzWAmcJAsdnAtKfAuB4AvACAwBOAx7pAyIOAyyyA01CA1aEA3GFA3MnA4vtA4xUA4+6A9sHA+KbA+veBHeoBKISBM5TBM79BNkZBNydBO+nBPouBQDwBRF5BR1hBU/1BZUKBbByBep1BfC7Bf1YBiyTBkVaBmNNBnRvBxSoBxzZBx3DB0oJB3h4B3vUB3+xB4sxB5b2B6JzB7C2B9ptCAKjCAdzCCuACG/vCI2BCJhsCKz0CK1rCMtwCM9GCRLXCUimCUl7CVcfCWy3CYHtCZOGCbODCch5Cc5cCdrMCeURCeyKCf2mCg+lChxvClb6CnkxCoP4Cr1zCsX/CtNrCtqCCvqMCv1DCyITCyJVCySqC2oPC3XKC5AYC5HBC51SC69VC9WuDABEDCiQDH3uDIJUDI9DDNNUDNvHDOLcDQNtDQUCDQjWDR6bDUUZDX90DaLhDbF+DcAJDcfCDeM9DeSTDeqvDe1VDj9gDk2kDmE4DnQ3Dn9ZDrO2DrbHDsC5DtXwDuZtDvRpDvasDv2oDy5lDzVFD0ZHD1cFD1s9D4UaD4tHD4/ND7C0D/QiEAW6EA3REGR8ELUsEL+rEMYlENYSEPO2EP7YER7RESR5ES9OEVj3EW35EYGpEZIFEaQZEbXDEddGEdgJEe2LEfeFEfm7EgZvEg8gEi4cEkHrEka5ElMMEltXEpHRErPpEr/dEtB5EuI6Eu67Ewc5ExtaEyYxEy57E2P0E22PE3F6E56oE8nPE9lkE+fCFAvCFBRuFC18FDfuFFe3FJGVFJhsFJ7OFKz/FLYKFMQoFMnIFNoBFO1AFQteFS6QFU9yFVS9FWvrFZOsFdTNFemhFfSZFhSxFhtjFh9dFjq4FleiFmFMFmY5FmkcFnDqFoSVFogWFpWKFqYIFqhOFqt3FwT1Fwt7F1olF3NVF4uVF5NoF6A8F/mQF/4HGBOqGBuwGE1uGGkGGK8LGMP9GNIQGOX4GPHVGPN1GPQNGU7OGVnOGVrXGXB3GXcYGYXgGae/GbnrGcQ7GcmQGd5HGfmUGgYcGiTTGlIrGlNRGm4HGpAhGrDhGtubGyxuGzFFG06ZG3q7G3tAG4EwG5PTG8JfG8rWG9XFG+ADG/olG/7iHAnqHC7OHDI3HD5mHD9dHFIeHGaFHHdvHI3oHJNJHJioHKqTHMvfHNQNHPtwHTl0HUjIHWbaHavYHbqJHchlHfadHflPHgc8HherHiXhHklTHl+aHs6FHuI6HzGnH0gnH5yMH8SVIA2hIBu1IFk9IG/GIIQrIJwkIJyrIMZxIQITIRjNIR1SITuFIU1sIVoMIYEVIZQhIaeHIdMhIeHqIioYIkKlIkaaIklyImbTIuGlIv+uIzwtI1c+I455I75WI+UeJB+fJF89JGwtJH4DJIzDJJZiJJ+tJLKJJLZLJLZRJLfFJMqZJQ5WJTGTJUjXJUufJV5/Ja0/Jbv+JcaAJfhDJhO+JhqPJiY4Jk6QJlZ8JoIeJok+JpFqJrQSJuyoJxnHJyYJJ2LwJ2+5J3CPJ3yeJ4G9J4rqJ59bJ6W8J7JJJ7ypJ8ukJ9SvJ9gvKBUkKD+BKEx1KE/7KFSLKHNDKIcLKL6kKNOvKPGbKTpQKYDbKZy6Kah8Kf7UKgAIKjD1KjbVKkvUKk21Kn+dKp5XKrmTKsQtKsVJKt6lKwEMKwY5KxFoKxOQKyNTKzO7K0ukK2DQK3n0K4vnK9oUK9v3LC+ZLDbOLD3cLEm1LG/BLI6tLJiSLKysLLGULMDMLOISLO8TLS/cLWysLXq3LYkpLZjwLcuHLeK7LefaLeywLfahLgPPLh4XLiLULkjuLnJ2LnkFLqVjLuvQLvrqLy01LzCtL0+xL3GKL4d8L6yzL8L4L9DOL/WSL/07MA6bMClRMC1VMEv/MHPtMIXwMNVyMNsSMPrhMWrZMXQRMYxKMZVGMcVzMdUGMhZBMhgrMmN1MmtIMm8dMob8MpvPMv0gMv0qMwcYMyq+MzC7M0siM2XeM3zRM44UM5TXM6VeM9qiM9zVM+HtM+dZM+teM/xcNDLtNFRFNHbfNJYCNLPRNNGUNNe2NQsCNVP6NV20NWFqNYewNbJrNblfNgiMNgxINiYdNp4nNp6ENsWYNt+oNu/sNvR/NytMN5ETN794OB5dODtJOGviOHUCOIQkOI5dOJOUOJx8OK5/OMJgOMqDOPqtOQOQORtKOSG9OSNnOTHOOTfzOaDTObMeObP0OgCIOg8oOiu8OkV8OnOlOuoXOzPZO0/MO1GKO1kVO3nBO6fcO7ozO89yO9+HO+I9O/XTPCEWPD1tPD+JPEGZPEKUPIgzPKIAPKWpPLysPL5fPNmWPOcGPPwbPQjuPR4rPTT9PTrNPYigPZKcPcDsPfQyPfvEPgHzPhLJPiiWPju3Pk7zPlbCPm73PrSoPsRoPt9fPvPfPv33PyEfPzS0PzgSP1HhP5T5P7vMP9FpP962P/h/P/zgQCc8QIIzQIQpQLEEQLVkQQF1QQ/2QRITQRjRQSqUQUP2QU8ZQWe1QXxqQbHgQfg0Qf/AQheRQhppQiVyQnzjQpW3QsyaQwTIQzqGQ1vaQ2FuQ3RnQ6xXQ8ORQ8/zQ9KPQ9/eQ9/yQ+V5RFQnRFlJRFzoRF2lRHqFRH1nRKBsRK78RLoGRL9IRM5xRQ6IRS51RVXPRWYQRa2SRgmbRgn/RhkMRhuRRipNRjOORlpiRpcpRqUPRsb/RtlcRuObRxdDR0SiR0k/R3loR4hqR6KyR7lGR7mDR9mVR+xeR/4sSB0gSCj9SEafSJLtSJpLSLq9SNFLSP93SQDZSRdASUZiSUf9Sd0TSd9HSe/BSkz4Sq/kSsTHSsc9Syt/Syv8SznhS2ztS4SHS4lKS6M1S+4yTG1FTLpwTMAtTOBlTQT8TQyHTUnITWjKTYxlTaiuTaz1TbNnTbx9Tb3aTceaTfXeTffjTimrTioYTmneTnrnTp6yTqWgTs8CTvr9TxWUTz4+T0axT1TdT49lT/kST/1ZUBBHUC5SUEdRUGv2UG/wUHWaUImIUMYhUOMKUP8kUP9BURUPUSieUTEXUVwBUX64UdHVUdc3UdoyUfa/Ui0BUk9HUl1/UnW/UoEiUoSSUpL5UsFJUt3UUu8RUvj3UwumUxftUyeMUzSCU1l5U16wU79SU+wwVAz1VB4ZVFOmVFPJVFQQVGi1VJLiVQGhVQ36VXU1VYORVYbyVZ29VdBfVdlCVd8PVeyBVfBuVfHbVfi1Vi+CVlKCVl+LVmEMVnOkVpReVpmTVpyEVqzUVuPtVuUvV0qNV02aV07nV5AcV6BSV7oeV9mEV+ZAV/mEWArFWAx9WFTCWFjRWH6eWH9XWJ5YWKGsWMNxWOqaWSJ/WVebWWOEWWceWXFXWYWYWYY4WZJvWcXsWdmVWdsFWe27WfWgWgHNWjc2WmAHWnSPWoWHWpJXWrEYWseZWyCqW1mGW2iKW7AAW7rtW8nWW/bOXAuxXC5fXDjDXEJBXEjkXE2IXE5nXGQbXJMtXKKIXL6GXND8XOQoXObFXOnCXQAmXQJ0XTvCXVO7XWc5XWujXZAkXaX1XaiuXdDKXdIIXelLXfLTXgrMXi2BXm9CXpQ7Xps9Xq2DXrGAXsBQXsPwXynNX34JX5dgX6ncX70QYAYbYCmzYDHtYDIHYD7IYEs8YJiqYKJuYKWxYK0mYNs0YOgaYPkIYP3LYR6pYSo9YUXpYWTgYWWnYXp2YXxTYbEWYfIJYgy1YhqPYh7CYiPmYik8Yj4RYnf5YojiYpE2YpSEYrZAYrkYYtsAYxqkYz+yY3LkY4jjY48MY6r0Y7QtY8dOY8fmY9FeY9QIY+VZY/XZY/oDZDm2ZFxWZL0GZL4hZN6ZZQOGZT18ZVN1ZVW3ZXqOZYkqZb8uZcqrZczcZg9UZiovZl5WZnVuZndgZoanZqdoZsY8ZvG8ZwUeZzMsZz7RZ0AtZ2AYZ4UCZ44rZ6XsZ+07aA9xaB1faDrSaIIFaJyJaL+QaN/iaOC8aSrUaTfHaUR5aVW3aW+baXyEaZotaesyahMPaipeamYOamq6an8IaoQ3aowfaqPoawV1ayhBazzNa0Dwa2HIa3Y+a8gka8kha8lsa9++bBXCbClWbC/JbDCjbE3JbHMlbHbSbJAebKjfbLoSbOLkbPombR4PbSiubStbbUzFbVvdbWixbXURbXXPbYB/bZeMbdAzbdLobeSCbf1abgKJbhx6bh2tbjLRbjMYbkDvbkI6bmbObnnEbrpibtv+bvTybw1/bxfObyrLbz+Bb0RYb4Vmb4c7b4sjb5Gfb6D3b77db8pkb83bcCQMcCwMcFSRcFgvcFnWcIHKcIzPcJjWcJpTcJqRcLqNcUYTcVHTcYP0cZ1fcamKccybceR8cfGYchd8cjnAclSXcm+OcrGHctUScv3Hcv6Rcy8Kc04oc3Rac6PDc657c81oc9LxdBDbdBbvdFlMdILHdKnvdPCUdRGGdRfYdRwWdVsbdXv6dX7QdYoGdbC6dbWPdcSadcw4de/5dfyvdilydisHdjeidk1SdlLYdlkqdmhLdn16dpandp1hdr9OdsZ8ds0JdvPodyP0dz5Wd0PGd2nRd2t6d5h/d7vhd+bTd/D4eAYceBTPeC9+eDBjeGe2eHJFeI+5eKjWeLILeQKSeQr9eTAZeT+seYJweZ/SecY7efp+ek+3emYtenu/eroIesu+etlTeu5Xevy7eyCweyome1pIe2jDe3OQe3WXe3rde4mTe+Cwe+qAe/4efBCTfBOvfDwFfH0SfIokfI0ofJYrfKFpfQsXfUnHfWNNfXgkfZClfZxqfcIUfd/5feRYfeUZfeVdfeXLffuEfjPjfjvrfkKefp3+fqiYfqnmfq61fvZefvhefwDMfwLYfxmnf0ZIf1vYf2WBf2ZDf29Df3oif30af7uHf84Df+Xif/1Jf/2egBuGgEKggExegFfWgKk6gM1GgO4qgSetgUoEgVVWgWRCgZOogajjga/HgcOlgcrYgeGwgecaggjQgioSgjWNgntCgolVgpGngp/DgyPEg5j2g5yZhAVBhAm8hCR8hEAlhIhdhJEahKejhM1ChNbuhOQ5hUKShUMVhUY6hUnJhZVhhdlLheaUhfMBhflnhfx/hguwhhbGhl9Xhmnthn4phosIhpcbhuT7huUYhu9vhxJRh1jKh3tVh4Kqh68fh8ADh83Hh+ERiD5PiGs7iKUkiLkciR4IiSH4iTFyiUhciVepiVffiWKpiZzvicffiiPhim4cinq2in6kioNJipPaip17irz5isXwixKjiz1Ei0dai6cJi6sFi7Spi8JHi9Wyi/PAjAI8jCM1jEAFjEKtjE4KjFQYjFp7jJThjJycjLvqjMkHjMzSjNeijQUWjSIJjS8djTwpjT71jX2ljX6OjYhYjYoaja99jbKCjcQPjcfWjc+UjfYIjhgbji4Sjj5tjlCqjm3FjpvcjtAYju52jwBwjzc5j1HVj4j/j4lIj5CBj5rXj8Hsj+4BkBISkDgskLKkkL1jkNyRkPQnkPyokQYTkRrlkVm8kVyGkWRTkWpGkWxJkW1ikZdckZtJka5hkbOqkb5UkdFSkhkjkj4pklH8kl7wkrOhkvF+kyRQkyXMky0CkzIbkz1Ok1DAk5aLk7R3k/W4k/jwlCUSlDKelDPvlDQvlJgglJmblK2mlLaPlMuklMv/lOOjlQQKlQswlT29lWRblW8mlXBXlX+YlYUglbgylb0glfJglhGelh8eli/9ljP9lkbjlnE8lqq7lv8klwM/lwh8lxl/lz16lz96l2N9l2Pgl5RvmAJMmCComCmzmF34mF5tmHjimJo/mME1mNFvmNrZmOgNmRzamSj0mXehmYSImd7qmk1bmp9Pmspnms1wmuLOmu0WmvObmyUVm2Jfm7fMm7p8m8aRnBKgnBfenDLjnGg+nLm+nL2gnOErnOWxnPaxnTdXnVsMndoUnd2HneZzneyqnjLXnlCJnmI4nmahnoKunoWqnosenqPvnqftnsJ3nspJnsx1ntOInu+JnvEfnv/fnznSn1X3n4O3n5Xkn7hHn8gzoA8coCAToHT7oH/foIEQoIMroJRBoNb6oNb7oQxAoRSvoTEloTT2oT/soUoKoUt0oUzjoWFroXwlofswokSQolpqomb5ome0ovFJoxBfoxcAoyCloyF5o2Oho2bho4KEo4s7o5R5o5d2o9J2o9ZOo+qCpAMOpAMRpAhSpCippCk/pCyfpGczpHcXpIWwpIk9pKHfpLMwpMLbpOPWpPBHpP2EpSKnpT8FpVMipWEbpWaVpYOqpYi1paMrpbSQpbWVpcRCpeXhpe0spijYpjpfpmyLpmz+pqhpprS0psNVpwl+pxbNpxcupxyfpypBpzEYp1j9p3TDp44Qp7F2qA9JqG4JqIQQqJTEqMjMqMwxqNlfqOXDqObnqRUrqSPKqTWrqT4kqT8LqZfuqap+qdQkqfXoqfscqhPaqh1gqipJqjQcqjwJqkTLqk2yql62qmgSqogFqo7pqpR8qt68quKAqwrVqz1Aqz9kq0Rgq0sUq2rVq4Rjq6lCq6nVq8SEq99tq+vqq/gqrDMOrDq7rEcbrFairGgWrI40rJMfrJXIrLnKrMDirPy+rRigrSaRrVADrX0TrYderYlarbTSrfSkrfYwriUprlajrm1brnRcrnUqroYGrsT8rsyDruvMrwmJrxqYr0e+r3Ykr57br7gKr7lvr8O6r9cKr+OXr+gXr+hPr/B6r/ZfsA2zsBaUsCWzsCj1sDUCsD23sEylsG7MsIm2sJkzsKLssLWmsN6GsPMosTFjsT1EsV6DsXU2sZ63sbxcscDbsd3ysgPksg0NsiVQskwFslRlsmyasnmCsoFksoyVsp8Wsrlusr8msshhstx0svBsswG0sweZsxlds0YCs0dzs1vWs3pos5BGs5zTs7cPs+pvs/ActCzDtEJ5tLXTtNcptNn0tNrKtOHztPVxtPbrtTQ5tTSztThptUn1tWyRtXO0tawetbgVtcBPtlZntlc9tle4tnaUtrhCtryktt8OtuUqtugntvoqtwNjtwkhtyT2tyZNt0vht4hkt5Xwt5fyt66Ot7PXt7wjt78FuA3vuA+iuE9luFPRuIJWuJqYuKNKuLbyuNWmuNXAuPXLuRDHuRfWuSNtuUa1uUwruVSNuW8LuYPhuZlGuehzugCkugM7uhA3uhiBuiJXuj25uknJumvvurJNusWcuspbuuFauvmUu0Cfu14xu2u+u2wyu3Gau4zxu5Z5u5nku6tsu9n/u+hyvCeCvC9rvGkVvG1gvJFMvLCCvPHIvReqvShBvSzEvT3SvW6ovYxDvbl4vbxGvb5gvc+mvdPAveJhvhOavibOviqmvjyUvj7/vkzLvk8svmenvmpKvnAPvnjMvveEvwrDv0nZv0zov2rdv2xXv59Pv6mhv789v9KKwBBkwDADwEg6wGd6wHwhwJLUwJ48wMTywOTkwQXhwSSBwShDwWYewYXFwd9zwhnjwjlOwkKvwlNOwmR4wmcCwoktwpqUwsCwwwcRwwknwxRtwxi7wyh+w0eow2V/w2i+w3Mww3sHw4fdw74aw9oZw/kxxB56xGHHxI1KxL0rxL1yxQibxQwXxRaUxRfWxZZZxarHxcUuxcjwxdQjxdZ8xd75xehPxf8CxjFmxj1ZxkSgxm04xnP2xpPExqqlxu09xvtTxv8oxwU0xxKJxzw+x2LCx7JQx7NJx9J/x+rgyAvGyBVUyEYgyIkMyK6pyMMEyNCeyOSWySyMyUSsyVj2yWO5yWauyZrQyaUaybkkybzGycYIydFKyeWgyh+6yk0Lyk5tylEPyluCyngpyn85yo7qyqzbytB8ytLAytVFyu0XyweKyytSyzUByznmy0Gjy27Yy35Xy40ry+Ugy+6dzB5azCz5zC2wzGsDzKQbzLnnzMKMzMMrzQU1zRo1zSqTzTezzUJvzUVqze/gzjsSzm6pzpKJzp+czrSIzromzt+7zwc7zy9wzzRmz0k6z1sAz28ez4n+z8Dwz85Lz9jKz+Tp0CDC0MNi0Rit0SDu0Te00UaK0Xo30YLr0aRj0cfq0dDs0j000kop0kzq0oqB0o3v0pGM0rDX0rgw0sG70s2m0t8K0yzF00sh01eF02qt03GO03IC046w07co1ATM1Atk1BwI1CGp1Coa1Cu+1Diw1D4h1Fyd1F211Irp1JCb1LUx1MXB1NTf1Pxn1SLS1TGP1Urz1WYX1X/G1YEq1YbD1c3l1fi41gRb1hXz1hiq1jsl1kcx1r0U1sa31uoP1y/J12WS18G31+MA1+MD1+vR1/Sx1/Zs2DOf2GoM2Jlq2KSp2K6q2Ls62MjF2Nry2OE02OqK2Rdy2S1L2TAh2VXS2bEI2kZB2phj2w4T2xPH2zC02zvy20Fc20sM22qf23Em24Dz247226E626LC28ce285m3BAd3B+m3ELr3Ecf3FP43FRa3GMo3Gtl3JEh3JU13KPu3Kd83KfZ3PQm3TbO3Thg3Wyf3YDT3ZLD3fl83hpd3im53iyM3kMt3oJu3q5T3rNG3rxj3r7U3s4M3u+o31IS31JR32dD32og33aT33sa36x739Ad3+bJ3/Ak3/Ge4HKR4HVK4Ir94JbT4K8g4PHt4RAv4Sxy4Uud4VN84d004grn4hsN4h154jsA4mHx4m+G4ntl4oml4pCj4pDx4qhV4sah4tDX4tWg4usr4v7O4v/04yrY4y084zOm4zoS4zoq4z/d400V41t+42do43ul44YB46Fj4+cl4/yr5Bh+5CC05CP55CzJ5C0e5EIo5Eup5FTU5GRn5JLW5KtD5MBh5McO5Mov5MwO5Nq45NtS5P0D5RXm5Rvv5SAc5SbY5TDU5U+u5Z5v5aA95ahb5cZF5cvp5fKv5iB75ikX5i0S5jAB5j/G5kg/5klN5nwB5oGp5pKi5qI/5qYQ5thI5w6f5xBr5xUg5x5x5yhM5zlf51a/51jj52bj53fx53r/54C855Dn553I56c256ww57MY5+EX5/256Bhl6Cdg6Cix6DTe6HBZ6Jeo6KvL6MG16Ohg6RXX6TLY6Wqm6YQq6YZR6aqy6cY46fu36gGv6h7J6h//6j6N6r6X6sMp6tc26uu66zTN608w62er62v762/166o+67AF68+A6+rf6/HW6/NX7BK97BLu7C3W7DkN7G927IyQ7KlH7Llk7MZN7NKY7ONJ7Pe87TAo7YQB7bQQ7bTo7bix7cb/7eRj7iPr7jyX7lWO7l9K7oKC7o4K7ppW7sGC7sNT7tlW7vnf7v/i7yDR72Fu74L875Yg78hB78kw798G8FYU8FyX8G/c8Hun8I+f8Jmf8L5t8Mug8P1u8Qng8ULe8U7i8Z+T8ail8dDl8d8b8i5N8kU28orG8qHj8rpy8tKk8urd8xT08xpK8yWr8yqM8zw/80ay81Tb84B484lk8+T58+5W8/Ks9BJa9D/r9FrI9FzI9H9w9JGP9LUK9LzC9L9d9Mrj9NYc9Ows9TMq9Tgn9VYO9ZzY9ady9a0B9ec79fJ69fZN9hvw9mip9nHm9nLy9obG9om79o4i9pUG9ppb9rES9rLO9sAb9z5z90Y590w7937j97EQ98Ai98U79+ii+CAO+C1O+EVz+FSr+Frs+GTM+Kad+LS5+OlE+P0U+P3u+RDZ+RO++UyS+a70+cx8+e9D+fZQ+fbz+hIN+hQi+kBj+o8X+pwT+qd7+rA2+rIN+xjJ+23m+3s5+5bu+6wW+/UX+/fP/Eb4/Ehi/E5N/IsN/Iwr/LuM/L+m/PQk/Poj/R9g/TLe/Veh/YMP/aVR/fjh/f1b/f/0/hj9/hwD/jqX/ktO/mIi/pdg/p8x/rgU/r5m/sJQ/tkI/vYE/wdK/yRk/zAy/zXU/0iX/2Gy/3BS/4Gz/6go/7tD/8Px/9BM//Zw//+w"
    },
    {
      id: "LGPL-2.0",
      versioned: true,
      later: 1,
      size: 1851,
      shingles: "AFAfAIMbAMbmAMk/AMtjANMzAN0vAR71ASPtAUmtAXguAagXAeLPAmvZApJVAtzKAuB4Av8CAyqTA0RCA1V2A4xUA7oVA8y1A/kzBBy8BDm0BEkVBFLiBHeoBH1XBJrNBKHIBT2+BWx1BepiBiyTBjyFBnFHBorlBt70BuEFBwRCBxUaB1N7B3vUB6U4B7eVB9L4CAKjCG3ACIsgCJYfCKlzCKz0CLgCCMtwCUUHCUimCWy3CXyXCYHtCYVeCY7sCcOfCch5CdrMCeJCCgpdCh5KCmBFCoP4CrW0Cs7ACtNrCxJ1CxaqCx5tCySqCzcxC5F0C51SC5+YC6ODC8aQC9NHC9WuC+piC+34DBR9DCiQDFw8DHBmDMb5DM/0DNvHDOzEDPxHDQNtDTPsDU0XDYNHDjTuDlcyDnHtDoZSDvgrDzVFDzVdDz03D2WzD2eRD6WSD7C0D87OEG+XEJIvELHtEL+rEMYlEP7YESHiESuYETANETt3EU+vEVEXEVHJEV10EZIFEbJHEbXDEfeFEfm7EfrMEg+gEkchEr/dEwc5Ey34E0FVE07KE08+E1oME2ovE24GE+dXFAwyFEPMFJGVFKEvFLYKFNhLFODZFS/wFW2DFY3XFZF/FZOsFbFXFhSxFjBoFl6bFoSVFpFbFqrEFrSoFsuGFs1MFwMeFzR1F1olF+65GATwGBOqGCNwGGxMGHXsGIRrGK8LGMP9GMRYGN7SGQU1GQ6kGSfJGTR4GU/HGVnOGYAuGYXgGZ+hGcVuGfuqGiTTGi0gGnnwGoVPGqWiGrvUGtJ3GtubGuWGGyA8GyFaGyRBGypIGyxuGzOaG0OIG11ZG4JwG5oRG6vOG9N/G+uvG/olHMjKHNQPHPtwHSGSHSzSHT90HVuOHWGDHWbaHZekHavYHbTeHh8oHjnHHkLLHklTHmg3H1dbH3igH7H0H7XmIAAHIAjgIA2hIB5/ICV/IG/GIIQrIJFBIJyrIR1SIUAIIVSqIWeZIYksIc8KIf9yIh2QIliiInm6IyvjIzmWIztbI1PXI4ZkI455JAXPJDlpJFVuJFzpJG/yJITrJMFGJcaAJd9cJhO+JhqPJm9sJnj+JoQgJqcxJrQSJuCkJxJHJxnHJyYJJyatJy8tJzYUJ1dcJ2J1J2LwJ2+5J4G9J4rqJ6WRJ7JJJ7N9J8P0J97nJ/O8KDocKFSLKGg8KK+MKNCCKdI/KdqiKemAKfz0KgSHKjbVKt6lKxOQKxvPK3jeK3nfK3n0K4vnK5BAK54nK7obK+pVK/2pLA2xLG/BLJ+jLKBELKcNLLGULLqaLMS5LQeBLXq3LcuHLd4xLfahLiLULjYLLvrqLzCtL/07MA6bMCABMGgoMJErMJuoMNsSMQCNMQNLMTZZMUfVMWq6MXsbMgSmMu4/MvaWMvr1Mv0gMv0qMxBDMxSNMyh9M0siM3oHM4WEM6VeM6z2M/xcNBYpNFMmNFxnNHbfNILNNKfZNL6hNMKpNQvuNUe2NUqeNVP6NY20NZ2NNf/xNgLYNgiMNgxINm29NnP0Np4nNuSoNu0/NvR/NxCGNytMNzRmN1afN2KhN3jYN36JOCMCODtJOE2yOGviOHUCOIQkOJrSOMx3ORa5ORtKOUadOZ/xObhTOcClOeRNOhSXOlGBOmhZOo+ZOr8IOxSZOyu4O1sGO4u8O9lSO+MMO/XTPBKkPD+JPEKUPJ8BPL5fPMNuPM96PQjuPR4rPXQAPeSfPfvEPf0OPjEEPkZGPpJPPsjCPvPfPzU8P1pvP58AP6H/QBIsQCYCQEWzQIQpQLEEQMglQOYOQPyfQQF1QSqUQTstQU2dQWkyQX/jQYNyQbOnQeAGQlcXQlgoQyHWQzEHQ5nfQ9JERBSzRBzVRDvIRFzoRH1nRLoGRMUkRRy/RSiYRVM0RXQ5RaAoRfIlRhuRRiV1RjOORpcpRpr7Rsb/RxVfRzIZR2qzR3loR53GR6KyR6SeR/rdSAoHSEafSEbpSEoISGkOSGtzSLq9SN3sSQDZSSU8SUcDSWKeScYvScZ7SczLSeiHSfVjSiKCSiKsSiYCSik+SkQmSnIiSnSkSoOPSorHSoxASpubSqwYSrwWSsc9SyctSyt/S1urS4lKS4wjS5GzS5nlS6S8S9jCS98CTAhzTBU/TCc3TC6gTF6kTGFnTGZJTG1FTJYDTJqfTKERTQB7TQWxTTczTWjKTZMKTa15TcNQTco7Tc4eTgDgTi6yTjd5TlDLTv3OTwpKTyDfTyIJTz3ET1TdT2+2T4wjT8+tT/1ZUAWRUAb2UBBHUKsHUMDAUN2FUOMKUO2bUO74UQnxURUPUU8iUWfXUX64UZUsUZgyUannUiGEUi0BUj4XUk9HUmhwUoEiUo75UqRtUsFJUt3UUu6eUvHsUwB0UwhqUwumU1AFU1cCU26VU3ynU69CU7mLU+wwVACaVAOMVAf4VFOmVGg7VIOmVIfbVJWyVJx0VQsUVSHMVUGCVYORVcjaVfBuVfDyVfLxVfi1Vf3KVihYViswVkSgVnaFVojRVpmTVptBVpyEVq5yVvu0V02aV2l7V5dpV+ECWAx9WCYJWIBJWI7NWKlrWMSFWMWTWMkwWNmvWWceWYWYWZD7WaZHWbXOWdmVWeUvWfOaWgHNWhnIWishWjlEWoWHWpRBWqhyWrEYWryCWseZWs5CWtH8WtenWyCqWyXKWyuPW4YtW6/iW8nWXAuxXC4oXDjDXE7BXFA3XFYxXG47XHPRXJ+6XLjRXS6cXWujXaX1XbXyXfElXj/IXkgeXlorXrGAXwiwXyGnX1oyX2iXX2i1X6RLYCeoYDHtYG3WYKJuYKWxYNs0YOm9YRl9YSB8YWFxYWTgYXp2YXxTYawWYa24Ya4OYetLYgf0YhqPYiPmYjGqYj4RYkH8YlCIYomOYqOzYtsAYwIUY0p0Y6zOY8dOY+VZY/oDZDLwZD1pZExXZLSZZRddZVOOZVW3ZbddZbwuZdnrZgXSZh5QZlWMZlraZm1uZndgZr5WZsY8ZvG8Zw8/ZzMsZ3cSZ8cgZ9cTZ+YaZ+07aB1faDiyaJyJaJ2daOPmaWHgaWqPaXyEab8/acwwagn5ahMPan8Iaq3NauKhaw8vazsAa0Dwa3RMa6qNa8lsbF8bbF92bIMsbPKjbSFEbSiubSnJbT8MbWixbakkbgKJbgUMbhEmbh2tbjwwbmDbbr+cbxCJbytDbz+Bb0RVb1Mob2iUb42sb6D3cCZmcGdScIixcJjWcMTVcNGtcO5lcP2mcQnocR4tcTppcUSRcUsTcVGQcVJWcZ1fcalOcamKccykcdVrchd8cjNscjzVclEmcmwPcm+OcqfzcsCGcvvAcwGJcwVZcwaic5pkc6PDc657c7Dfc8euc81odA4BdDkRdD5MdE6ydFlMdILHdI3ydNIHdPCUdRGGdSsqdUUwdVsbdYH4dZANdZLKdbC6dfwpdgQAdisHdk1Sdk8zdp0odrxedr9OdsODdz5Wd7vhd9UyeAYceBTPeDsFeFxieGoqeG2ueHJFeI+5eKDaeL5beOBHeQKSeTAZeTGfeViyeWAWeZW3ecJ+edxqekJ9epWCeroIesdFetGKev9leyCweyU9ezsAe3rde6/Te+WdfDwFfG/sfIhafI0ofPhMfQOrfRZnfUnHfVMHfVfRfV4mfXrgfY6QfaXkfa5+fbydfeRYfeUZfmnOfp3+fqiYfrUtfsEufuBXfvhefx2nf2WBf22uf30af5ZDf7uHf8I8f9hff+Xif/hXgFZzgFfWgJEBgJYCgOa3gQdGgXcggacTgajjga/HgeJcghL+glXsgnBLgpGngr5JguFKgvd2gv2wgwtTgyPEg1WWg5G/g698g8A7g9FHhAVBhHEZhILrhM1ChOQ5hRe1hUFphUHMhUnJhVJ2hXXXheYVhguwhjjlhlPChliFhmKXhuUYhu2ghxJRhyJrhzuvh3nph3tVh4Kqh72wh83HiC+YiF5DiGs7iLEYiLHWiLOJiQuSiR4IiTFyiT8XiURtiUffieSKimTTim4cinDlioaRipqnitYwit81ixWHi1IUi5B4i6Phi9WyjAdojDAzjDJCjE4KjGACjJycjLvqjQUWjSedjS8djT71jXhpjYoajbKCjbdQjcSljduzjerpjev2je1fjfYIjqDHjsiLjteQju52j59Cj73GkBZ+kBpLkDgskEmAkLDfkL1jkNyRkQockTPmkYCDkYXCkZQtkZhlkcF1klG+klH8kl7wkrHPkuYrkutykvzek42Gk8VklBEAlBX4lFSSlIpDlI2nlKAglMuklQQKlR1NlS2WlT29lVPvlWdGlWiFlXXilYUglZt0lasFlbgylfJglnE8lnrulv8klwM/lyh7lz16lz56lz96l2F8l4XVmB/ZmG3AmME1mNFvmOo3mSX4mTesmT0FmXhxmYSImY7Zmk1bmmNQmpD/mp8KmsaimuLOmvegm2SVm3qpm97xnBfenDgznD3RnMOjnMsrnObpngI9nlCJnmI4nm+JnpZXnpwJnqFynrfjnsJ3ntngnvg4nyBHnznpn1vrn7hHn78Dn/Z4n/xWoDQSoDZUoErwoHT7oJRBoL+FoMZroQJKoRSvoSk0oTEloTT2obKIoc04odBlodLSog1tohjOolWxosdTotvqoyl3o5Hpo5R5o57co6s1o8Mto9J2o9mgo/B3pCX/pCyfpG8wpHcXpKHfpKPBpK4+pNInpOO+pQiBpQ4QpSkhpW0KpXxrpX+FpZSwpbSQpbS6pcQsph56piRypmz+ppzJptbIpt1vpvS3pwl+pxbNp0bPp1n+p9KZp+c0qAbCqHhpqMoVqQpgqRMIqR3SqSHPqX80qYFfqYejqZfuqap+qa41qeHrqgP4qhPaqipJqk3OqpAuqs6Sq0Rgq1hqq3Luq4Rjq6Coq9VTq99tq+Rtq/gqrBR+rDq7rMOWrQRvrTiurTqVrXlzrYJCrYujrabrrbPIrbqXrnIyrqVBrrhOrsH/rsfnrvd8rwSwrwowrx/frzrWr0tor1Nqr408r57br7lvr8Q3r9n8r+hPsBSVsCj1sDE0sD23sES8sEiksGMnsGVfsJ61sNXHsN7VsPMosS74sT1EsWrAsXOosbxcscxCsefbsiVQsi31smtFsnmCsoyVsq1Hsrlusr8mssx+sszbst/Csv4zsxaPs0Rus+pvs+7LtBQKtCE5tCzDtDuktFJjtIJVtIYdtNcptRZntX5qtZh1tbJltbgVtdS6teLItgZwtp7Qtq1NtrF+trLEtryktr20ttMbttTytwI6twp/tyT2tyZFtyZNt48Ht65cuBPLuCViuDHKuDLluEeZuE9luJqYuLoyuNxGuOx+uRfWuS5OuUa1uUtNuU9ZuVoquX1VuZKJubNpuf5kujJKumkZuoErur4LuuFauuO7uuypu0BSu14xu5HZu5nku5y5u9n/u+s6vC9rvDybvGByvG1gvJFuvLCCvReqvTOLvT3SvWS3vYBbvZGIveM9vhOavjGovlblvmUYvnzVvo2ivvz+vw8Fv1Iev2rdv5ePv6aUv704v8yqv+qvwBBkwDADwE6PwGd6wJ48wOvCwSSBwVwqwXADwYWCwdCHwj36wkKvwk4KwmcCwqV6wtauwt3MwwcRw5r+xA9HxF3cxGHHxHjrxIu5xJ98xM87xPCAxUtnxVr+xWUOxc6YxdZ8xd25xhB/xjINxjmOxj1ZxmEHxmaMxnP2xpPExpfZxpj6xqqlxskuxw4rx0ezx3KEx38kx4UYx6Tjx7Wkx9J/x9vuyA9SyCg3yFmryG+fyKISyLd8yL/ByMhgyO/PyP2/yRz7yUncyU/lyVj2yWO5yaUaya46ycElycaZycs2ydFKyh+6yjG7yjIiyks6ylEPynYUynx8yo7qyrAmysGJywlkyzUByz/oy0Gjy2Wwy33my94/zB5azEr6zOD5zONIzQU1zRqOzTBnzYBRzcqNzeiLzg4VzjS3zmbczsXFztDTztHmzuxRzwWTzzRmzzTjz40oz6x+0F5J0I3+0JGW0MQB0RHi0SDu0Te00XVC0ZTd0dDs0iyX0kcA0mv10nuc0oqB0wyu0w4V0w+C0xLc05Uw07co07sc0/fD1BjD1Ct51Fmw1Fqf1Irp1K311MXB1PAG1QEi1eQq1fzd1jsl1pce1sa31sgL1yLa10F313q716Uy19GD19aZ19e419oW1+vR2AAA2CS72Et/2FTH2In92Kf42M5K2QSr2VXS2Zm32gd72h322lCl2mcv2qri2tpU2uWn2vTa2zC02zvy2zwH20Fc20sM21V721pH24Dz24Vj247226E626LC27FV29pA3Bvp3B+m3CXM3Dvw3ELB3Hl33JEh3JU13W5I3X/S3gXE3oB73oJu3pB73qyn3rgJ3r6V3r7U3t8N3uRW3xtL30do31Wv33cw35W637yh39Ad390l3+bJ4Bhf4FSl4Frn4GCL4Ir94KzY4LO64MlN4Pry4Qr04RTb4SGP4W1h4X/U4ea64e4Y4hDW4heL4h154pvO4rxP4sah4v/04yQR4y084z/d4/uU4/yr5Bv05CFa5C0e5C+I5GAf5MBh5McO5P0D5SAc5S6u5Tlg5WbR5XYX5Z5v5ahb5gFF5jT25ll65nxu5pt85p3L5xZd5x5x5y6m5zsP52qe53fx53fz535q54oU553I58q25+EX6CCy6Cdg6GKY6Guw6Jeo6KzI6Lso6NS86N686Ub16U2/6WGV6W0f6YQq6buU6cY46gGv6j6N6kzE6mjp6mr36qwK6r6X6tXh6yc560NP61OC62v7660B6+ME7AXS7Ahr7BLu7DAK7DkN7GZQ7IyM7LZJ7MVK7NAI7PYo7Pe87Tlx7T/97UNo7axH7cb/7fcn7gGX7l9K7r527sGC71P/75Yg75tc76Wy79Hq7+jn8Dix8EQZ8FyX8G/c8Hu18IfM8P1u8SPU8UlI8W0M8dDl8fgf8h0h8kw48lGh8luB8lww8nSx8oQW8tKk8urd8yWr810E82s983+T86dI89Gr8+5W9BJa9B7N9D/r9FWA9IG99LeQ9Om79Rac9Rrp9U+z9Y/a9arN9a0B9cjC9ctx9ec79guS9hvw9nGJ9nHm9q2E9x//9yCO9zD69zcI9z/B99z5+Bj4+C1O+D7M+EpN+OlE+UyS+WBJ+ZVm+a85+biD+h5j+jXJ+kBj+mtL+qd7+qrG+tzi+xjJ+0Ik+107+3s5+4y0+645+7Je+8bs+98D++j5++q8+/fP/AvO/Eb4/Ehi/GzK/HZy/KS0/L+m/NgP/TZD/Tiq/VYL/eR0/gBn/j0s/kIW/kro/lGb/m87/seZ/tkI/wdK/yRk/yUX/z0D/0xp/2Gy/34f/8Eq/9r+//Zw//qq"
    },
    {
      id: "LGPL-2.1",
      versioned: true,
      later: 1,
      size: 1885,
      shingles: "AD7zAFAfAIMbAMbmAMk/AMtjANMzAN0vAPc+AR71ASPtAUmtAXguAagXAeLPAmvZApJVAq8JAuA/AuB4Av8CAyqTA0RCA1V2A4jRA4xUA8y1A/kzBBy8BDm0BFLiBHeoBH1XBJrNBKHIBT2+BiyTBjyFBnFHBorlBt70BuEFBwRCBxUaB1N7B3vUB6U4B7eVB8JzB9L4CAKjCG3ACIsgCJYfCKlzCKz0CLgCCMtwCUimCWy3CXyXCYHtCYVeCY7sCcOfCch5CdrMCeJCCfpsCh5KCmBFCmn0CoP4CrW0CrrWCrr8Cs7ACtNrCuJaCxJ1CxaqCx5tCySqC5F0C51SC5+YC6ODC8aQC9NHC9WuC+34DBR9DCiQDFw8DHBmDMb5DM/0DNvHDOzEDPxHDQEADQNtDTPsDU0XDfUIDjTuDlcyDnHtDoZSDvgrDzVFDzVdDz03D2WzD2eRD6WSD7C0D87OEAwPEIY2EJIvELHtEL+rEMYlEP7YESHiESuYETANETKHETt3EU+vEVEXEYOZEZIFEZwlEbJHEbXDEckYEfeFEfi+Efm7EfrMEkchEr/dE0FVE07KE1oME2ovE24GE3glE+dXFAwyFBvVFJGVFKEvFLYKFNM8FNhLFODZFQteFS/wFW2DFY3XFZF/FZOsFbC1FhSxFjBoFoSVFrSoFsuGFs1MFzR1F1olF8POF+65GATwGBOqGCNwGGxMGHXsGIRrGK8LGMP9GMRYGN7SGQU1GQ6kGSfJGTR4GU/HGVnOGYAuGYXgGZ+hGcVuGfiRGfuqGiTTGi0gGnnwGoVPGpMmGqWiGtJ3GtubGuWGGyA8GyFaGyRBGypIGyxuGzOaG0OIG1Z9G4JwG5oRG6vOG9A2G/olHEczHMjKHNQPHPtwHResHSzSHT90HWGDHWbaHZekHavYHfHFHh8oHjnHHkLLHklTHl+2Hmg3HrMNH1dbH3igH7H0H87lIAAHIAjgIA2hIB5/ICV/IClAIFBmIG/GIIQrIJFBIJyrIR1SIUAIIVSqIWeZIW1VIf9yIh2QIliiIlleInm6IvQqIyvjIzmWIztbI1PXI455JDlpJFVuJFzpJG/yJWmXJcaAJd9cJhBOJhO+JhqPJm9sJnjkJnj+JoQgJqcxJrQSJuCkJxJHJxnHJyYJJyatJy8tJ1dcJ2J1J2LwJ2+5J4G9J4rqJ7JJJ97nJ/O8KDocKFSLKGg8KNCCKUGPKdI/KdqiKemAKfz0KgSHKgoaKjbVKrR5Kt6lKxG0KxOQKxvPKyzSK3jeK3nfK3n0K4vnK5BAK54nK7obK+pVK/2pLA2xLG/BLIMULKBELLGULMS5LQeBLVd7LW7dLXq3LX7eLcuHLd4xLfahLiLULjYLLt5QLvrqLzCtL4JuL/07MA6bMCABMGgoMJErMJuoMNsSMQNLMTZZMTpJMUfVMWq6MXsbMZirMgSmMu4/Mvr1Mv0gMv0qMyh9M0siM3oHM4WEM6VeM6z2M/xcNBYpNFMmNHbfNKfZNL6hNMKpNPEONP/KNUqeNVP6NY20NZ2NNbQUNf/xNgLYNgiMNgxINm29NnP0Np4nNuSoNu0/NvR/NxCGNytMNzRmN0IZN1afN2KhN3jYOCMCODtJOGviOHUCOIQkOJrSOMx3ORa5OSeUOUadOW5bOZ/xOcClOeRNOhSXOlGBOo+ZOpyuOr8IOxSZOyu4O0yNO1sGO2haO4u8O8HnO9lSO+MMPBKkPD+JPEKUPJ8BPL5fPMNuPM96PQjuPR4rPXQAPZSAPfvEPjEEPkZGPqcZPsjCPvPfPzBYPzU8P1pvP58AP6H/QBIsQCYCQEWzQIQpQJBLQLEEQMglQOYOQPyfQQF1QSqUQTstQX/jQYNyQYazQeAGQlgoQpunQyHWQzEHQ5nfQ9JERBSzRBzVRDvIRFzoRHbdRH1nRLoGRMUkRSiYRXQ5RaAoRfIlRhuRRiV1RjOORpcpRpr7Rsb/Rw8jRxVfRzIZR2qzR3loR53GR58CR6KyR6SeR/rdSAoHSEbpSGkOSGtzSHSrSLq9SN3sSQDZSSU8SUcDSVi9SWKeScYvScZ7SczLSeiHSfVjSiKsSiYCSik+SnIiSnSkSorHSpubSqwYSrwWSsc9SsgUSyctSyt/S1urS4lKS4wjS6S8S9jCS98CS/fFTAhzTBU/TCc3TC6gTF6kTGFnTG1FTI7vTJYDTJqfTKERTQB7TQWxTWEYTWjKTZMKTa15TcNQTco7Tc4eTgDgTi6yTjd5TlDLTnZ5Tv3OTwpKTyDfTyIJTz3ET1TdT2+2T4wjT8+tT/1ZUAWRUAb2UBBHUCcEUKsHUMDAUN2FUOMKUO2bUO74UQnxURUPUU8iUWfXUX64UY+LUZUsUZgyUannUiGEUi0BUj4XUk9HUlSTUoEiUo75UqRtUsE3UsFJUt3UUu6eUvHCUvHsUwhqUwumU1AFU1cCU26VU3ynU69CU+wwVAOMVAf4VCKDVFOmVGg7VIOmVIfbVJWyVJmoVJx0VQsUVSHMVUGCVYORVcjaVfBuVfDyVfLxVfi1Vf3KVihYViswVkSgVnaFVojRVpmTVptBVpyEVvu0V02aV06JV5dpV6mjV7+NV+ECWAx9WCTqWCYJWIBJWI7NWMWTWMkwWNmvWOFeWSEpWUpZWWceWXO+WYWYWYweWZD7WaZHWdmVWfOaWgHNWhNtWhnIWishWjlEWlqsWoWHWpFRWpRBWqQwWqhyWrEYWseZWs5CWtH8WtenWyCqWyXKWysrWyuPW8nWXAuxXC4oXDjDXE7BXFA3XG47XHPRXLjRXMzpXS6cXWujXXyRXaX1XbXyXfElXi2BXj/IXkgeXlorXrGAXwiwXyGnX2iXX2i1X6RLYCeoYDHtYJlXYKJuYKWxYMxSYNs0YOm9YRl9YVmOYWFxYWTgYXp2YXxTYawWYa24Ya4OYeq4YetLYhqPYiPmYjGqYj4RYkH8YlCIYoJpYomOYqOzYtsAYwIUY0p0Y6zOY8dOY+VZY/oDZDLwZD1pZExXZRddZVOOZVW3ZWeRZbddZbwuZcqrZdnrZgXSZh5QZh/6ZlWMZlraZm1uZndgZsY8ZtqyZvG8ZvcGZw8/Zy3CZzMsZ3cSZ8cgZ9cTZ+YaZ+07Z/1IaB1faCpmaDiyaJyJaJ2daOPmaWHgaWqPaXyEaZsmacwwagn5aid3an8Iaq3NauKhaw8vazsAa0Dwa0Jda0Zna3RMa6qNa8lsbF8bbF92bIMsbPKjbSFEbSiubT8MbWixbYwwbakkbbGabcTNbgKJbh2tbt0ubxCJbytDbz+Bb0RVb1Mob2iUb42sb6D3cIixcJjWcJ1hcMTVcMdmcO5lcP2mcQnocTppcUSRcVGQcVJWcZ1fcalOcamKccykcdftchd8cjNscjzVcmwPcm+OcqfzcsCGctk2cvvAcwGJcwaic4r+c5pkc6PDc657c7Dfc8euc81odA4BdDkRdD5MdE6ydFlMdILHdI3ydNIHdPCUdRGGdSsqdUUwdVsbdWo5dYH4dZANdZLKdbC6dfwpdgQAdk1Sdrxedr9OdsODdz5Wd7vhd9UyeAYceBTPeDsFeFxieGoqeG2ueHJFeI+5eKDaeOBHeOvOeQKSeTAZeTGfeT+seUq3eViyeWAWeYA5eZW3ecJ+ekJ9epWCeroIesdFetGKev9leyCweyU9ez37e3rde4Ile6/Te+WdfDwFfG/sfIhafI0ofPhMfQOrfRZnfUnHfVMHfVfRfV4mfXrgfY6QfaXkfbydfeUZfegsfmnOfp3+fqiYfsEufuBXfvhefx2nf2WBf22uf30af7uHf8I8f9hff+Xif/hXf/t+gAS7gBwZgDRUgFZzgFfWgJEBgJYCgOa3gQdGgWtvgXcggacTgajjga/HgcOlgeJcghL+glXsgnBLgpGngr5JguFKgvd2gvuXgv2wgyPEgyVAg041g1WWg2GWg5G/g5opg698g8A7hAVBhHEZhILrhJcmhM1ChOQ5hRe1hUFphUHMhUnJhVJ2heYVhef5hguwhjjlhlPChliFhl9XhmKXhuUYhxJRhyJrhzuvh3nph3tVh4Kqh72wh83HiGs7iLEYiLHWiLOJiQuSiR4IiTFyiT8XiURtiWKpieSKim4cinDlipqnisNiit81ixWHi5B4i6Phi9WyjDJCjE4KjGACjJycjKAQjLvqjMFnjQUWjS8djT71jXhpjYoajbKCjbdQjcSljerpjev2jfYIjqDHjsiLjteQju52jxX2j1vWj59Cj73Gj+ekkBZ+kBpLkDgskEmAkLDfkL1jkNyRkQockTPmkYCDkZQtkZhlkcF1ki92klG+klH8kl2Xkl7wkozckuYrkutykvxNkvzekygZkylKk2Cdk42Gk8VklBEAlC23lDfGlFSSlIpDlI2nlKAglMuklQQKlT29lT9mlWdGlWiFlXXilYUglZt0lasFlbgylcaUlfJglnE8lnrultf3lv8klwM/lxbdlyh7lz16lz56lz96l1oel2F8l4XVmBRkmB/ZmG3AmME1mNFvmOo3mSX4mTesmT0FmXhxmYSImY7Zma8hmekImk1bmk54mpD/mp8KmsaimuLOmvegm0hwm2SVm3qpm97xnBfenDgznD3RnMOjnMOnnObpnVbpngI9nkyznlCJnmI4nm+JnpZXnpwJnqFynvg4nyBHnznpn1vrn2Fjn7hHn78Dn/Z4n/xWoDQSoDZUoErwoGPJoHT7oMZroP3DoQJKoRSvoSk0oTT2oa4oobKIoc04odBlodLSohjOolWxosNJosdTotvqo5Hpo5R5o57co6s1o8Mto9J2o9mgo/B3pCX/pCyfpDNFpGFrpHcXpJifpKHfpK4+pL/3pNInpOYbpQiBpQ4QpRgApSkhpW0KpXxrpX+FpZSwpbSQpbS6pcQsph56pkN+pmz+ppzJptbIpt1vpwl+pxpMpyKqp0bPp1n+p9KZp+c0qAbCqHhpqK3wqMoVqQpgqRMIqRUrqR3SqSHPqXMaqX80qYFfqYejqZfuqap+qa41qeHrqgNfqgP4qhPaqipJqk3OqpAuqqFQqs6Sqta8q0Rgq1hqq3Luq4Rjq5PIq6Coq9VTq99tq/gqrBJOrBR+rDq7rMOWrQRvrTqVrXlzrYJCrYujrabrrbPIrbqXrnIyrp50rrhOrsH/rsfnrwSwrwowrxqYrx/fr0tor1Nqr408r57br7lvr8Q3r9n8r+hPsBSVsChSsCj1sD23sES8sEiksGMnsGVfsJ61sNXHsN7VsRXAsS74sT1EsWrAsXOosbxcscxCsiVQsi31skqxsmtFsnmCsoyVsq1Hsrlusr8mssx+st/Csv4zsxaPs0Rus1vWs+pvs+7Ls/ewtBQKtCE5tCzDtDuktIYdtM5ltNcptRZntX5qtbJltbgVtdS6teLItgZwtp7Qtq1NtrFEtrF+trLEtryktr20ttTytwI6tyT2tyZFtyZNt48Ht65ct/lCuAGTuDHKuDLluEeZuE9luIJPuJqYuLoyuNxGuOx+uOyluQ6kuRfWuUa1uUtNuVoquX1VuZKJubNpucemuf5kugiLugqgujJKumkZur4LuuFauuO7u14xu5nku5y5u9n/u+s6vCALvCCzvC9rvEcdvGByvG1gvJFuvLCCvReqvTOLvT3SvWS3vYBbvZGIveM9vhOavjGovlblvmUYvnzVvo2ivrBCvvz+vw8Fv1Iev2rdv3Dlv5ePv6aUv704v8yqv+qvwBBkwDADwGd6wJ48wSSBwVwqwXADwXsIwk4KwmcCwtauwt3MwwcRw5Gpw5r+w/r3xA9HxF3cxGHHxHjrxIu5xJ98xM87xNblxPCAxUtnxWUOxYHAxY1Kxc6YxdZ8xd25xhB/xjmOxj1ZxlDQxmaMxnP2xpPExpfZxpj6xqqlxskux0ezx3KEx38kx4UYx7Wkx8ySx9J/x+oryA9SyCg3yFmryGwVyG+fyKISyKnMyLd8yL/ByMhgyO/PyP2/yRz7yUncyU/lyVj2yWO5yaUaya46ycaZycs2yh+6yjG7ylEPymI8ynYUynx8yrAmysGJywlkyzUByz/oy0Gjy2Wwy33my9A/y94/zB5azEr6zOD5zONIzQU1zRqOzTBnzYBRzcqNzg4VzmbczsXFztDTztHmzuxRzwWTzzRmzzTjz40oz6x+0F5J0JGW0MQB0RHi0SDu0TU+0Te00XVC0ZTd0dDs0iyX0kcA0ky80mv10mv90nuc0oqB0p6h0wyu0w4V0w+C0xLc0zXx05Uw07co07sc096O0/fD1BjD1Ct51DKv1Fmw1Fqf1Irp1MXB1QEi1eQq1fzd1jsl1pce1sa31sgL1yLa10F313q716Uy19GD19e419oW1+vR2CS72Et/2In92Kox2M5K2PiW2QSr2VXS2gMN2gd72lCl2mcv2qri2tpU2uWn2vTa2zC02zvy2zwH20Fc20sM21pH22c124Dz24Vj247226E626LC29pA3B+m3Dvw3ELB3Hl33JEh3JU13ME/3NKX3W5I3X/S3ewt3oB73oJu3pB73r6V3r7U3uRW30do31Wv33cw35W637yh39Ad390l3+bJ4Bhf4FSl4Frn4GCL4KzY4LO64MlN4Pry4Qr04RTb4R9H4SGP4W1h4X/U4ea64e4Y4hDW4heL4h154l8u4pvO4rxP4sah4v/04z/d4/yr5Bv05CFa5C0e5C+I5EhG5GAf5MBh5McO5NTm5P0D5QMS5SAc5Tlg5WbR5XYX5Z5v5ahb5gFF5jD/5jmk5ll65nxu5pIV5pt85p3L5xT05xZd5x5x5y6m5zsP527853fx53fz535q54oU541u553I58q25+EX6BQM6CCy6Cdg6GKY6Guw6Jeo6KzI6Lso6NS86N686Ub16U2/6WGV6W0f6W6L6YQq6buU6cY46gGv6j6N6kzE6mjp6mpz6mr36qwK6r6X6tXh6yc560NP61OC62v7660B7AXS7BBg7BLu7DAK7DkN7GZQ7LZJ7MVK7Pe87Tlx7Tzm7T/97XgV7bTf7cb/7fcn7gGX7l9K7sGC71P/75Yg76Wy7+jn8Dix8EQZ8FyX8G/c8Hu18IfM8KDu8MJd8P1u8Q/K8SPU8UlI8W0M8bIA8dDl8fgf8h0h8kw48lGh8lww8nqi8oQW8tKk8urd8yWr8zO+810E82s986dI87FG89Gr8+5W9BJa9B7N9D/r9FWA9IG99Om79arN9a0B9cjC9ctx9ec79guS9hvw9nGJ9nHm9q2E9x//9yCO9zD69zcI9z/B94dd97r397yV99z5+Bj4+C1O+D7M+EpN+OlE+UyS+WBJ+ZVm+h5j+jXJ+kBj+lbg+mtL+qd7+qrG+tzi+wCW+xjJ+0Ik+107+3s5+4y0+645+7Je+7tW+8bs++j5++q8+/fP/AvO/Eb4/Ehi/GzK/HZy/KS0/L+m/NgP/TZD/Tiq/VYL/eR0/hX5/j0s/kIW/lGb/m87/seZ/tkI/uWy/wdK/yRk/yUX/z0D/0xp/2Gy/34f/8Eq/9r+//Zw//qq"
    },
    {
      id: "LGPL-3.0",
      versioned: true,
      later: 0,
      size: 486,
      shingles: "ANMzAR71AeS2AuB4A4+6BDm0BFqlBHjOBIknBKISBcmVBdXIBeaNBkVaBuEFCGvACG/vCHxjCYHtCbIaCcOfCdrMCfpsCkMICxJ1C3XKDPxHDQNtDRI+DU0XDeM9DhnZDtZBEfm7EfrMEvjsE+yLFJRUFKTNFLWWFTt2FmY5FnYJF319GATwGBzTGZlKGrDhGre/GtJ3GtXAGuWGGwusGyFaGyxuG1Z9G4EwG4JwHF0bHMjKHResHT7xHfHFHh8oH5yMH59KIQBgIVSqIy+7I455I7gmJFg6JHc0JgvdJhqPJyYJJy8tJ2ZZJ4G9J7JJKEx1KRsKKcudKgoaKuIGKxG0K+pVLXq3LYkpLcpyLnJ4LtBqLvrqL4d8MWq6MrkNMrmXMt/kMv0qM0siM8FQM/xcNHbfNWQwNklkNnP0N942OD1IOGviOIQkOO1COQBqOTm7OkNJOo+ZOur2O8wHPKIAPNDcPO1JPQjuPRtXPqeBPtAPP4/SQSqUQUPrQYazQeU8Qf/DQtRQQuz8Q/Q9RGe/RP3oRaJXRhz2RuBQR0UwR3hCR3loR4hqR9sbSAoHSGZsSKTrSQDZSjQWSsgUSvILS4wjTAhzTG1FTQzGTtlgTyDfT2vfT8+tT/ufUQpoUVbYUX64UdALUdKTUf7MUiipUj4XUootUqRtUrpsUu2ZU0uEVGg7VIOmVIfbVVk+Vb/3Vfi1VihYV3PBWT7DWfXQWlqsWo4ZXN9iXe/mXuNvYDIHYVmOYa+GYfSbY4HOY41/ZTuRZb8uZu1MaJyJahBxaoSMaqPoavIsbTAvbXjwb6AFb6JDcJjWcMdmcaimcalOca6wc8eudKN0dNIHdRfGduf6d59PeBoBeD9PeGoqeHsyeUq3edU1eqY5erRoevy7e3rde4Ile6/TfNePfWXEfofwfpmyfp3+fqiYft8+f1K+f6fGgB4KgLAigLZGgXcggcOlgjWNgolVgpGngs5MgvuXgyPEgyVAg041g08Kg2GWg3k7hEAlhVSmhYDihip7hxJRhxmqh4Kqh6arh/SWiBUwiIMpiMBoiR4IilfQjDJCjGACjfJVjnjmjqDHjuW8j6SFj7m9kR6WkTPmkUrXkWaQkYkOkZtJkutykyRQk8VklBEAlI2nlPxWlQQKlbgyl2bwmKZlmYSImY7Zmd7qmiO8mkDom2SVm3qpnEmEnIwHnKjDnVKfnm+JnqaHns9tnu+Jnym3n9aFoQJKoSIQoWFroX7SoZaGolWxosNJo2hho5HppFkEpb+opgBKph56pijYpwl+pxpMp3SnqAh9qNHDqOXDqTKvqVZ2qZfuqwHPqw1Kq0Rgq9GErC+9rnTcrrhOrxqYr0tosChSsJ61skfmsq1Hsr8ms1vWs9b8tDuktNwPtdS6tle4ttmStyT2t9GouH9CuOx+uQ6kuRfWukURusWcu5y5vG1gvJFuvLCCvRW9vTOLvT3SvkzLvo2iv8yqwCn0wCvMwGd6wHwhwiFXwl1qwpT+wsILwznRw2aww7Iiw9HoxOwCxVHjxWUOxYPYxfIBxnP2xpPExpj6x7NJx+oryoHHyucfyzUBy+6dzTBnzg2NzrPszvPu0B6J0F5J0kcA0p6h0vyp0wyu0w4V07co1Irw1MRm1QEi1QcO1jsl1pce10F32HCJ2Xfq2vWF2zNW3BIp3qyn3zla39Ad4FSl4Hlg4K/U4Zgj4i/75H9k5JP75SAc5SbY5WbR5XYX5aA95k/X5x5x553I5/256BQM6Fl96KzI6LQp6cZO6gGv6s+J60NP62v77Tlx7Tzm7bTo7cb/7ckK7sGC7+jn8BIL8Fl78N+08oQW8tKk83RD9WBU9ciV9cjC9dUi+QG8+WBJ+e9D+h5j+lbg+mtL+qTk+62B+/fP/AvO/DJM/Ehi/MxQ/REV/aEP/dX0/fLk/seZ/2Gy/34f/8Eq"
    },
    {
      id: "MIT",
      versioned: false,
      later: 0,
      size: 85,
      shingles: "CXSqDHSZELQNEUAXE95vGtubGyxuHJsmJAPsJL5JJsqlJ4rqKDmjKPgtLM0TL1eDL3GKMKTkNpmsPTrNPpgnPuJoPwOsQLEEQ0hcRr2yR9gwSEafS+9oTDo9TpGxUOMKVYORWn3FXKwiXWKXYKJuYQ/RY+VZa8rOcwVZc9Fqd1ANeBTPeR0GeT+se1OignbtgrsrgyYpjPhdjh5tjsm6ksOhlQQKli/9mW0yol8po7Gho9g1pND0pWTpprYip0CwqLxSqUs1sx8NtF6HvskLwQN3xei/zrb72GBo2WuT6DwY6frb6fxo7f8h7ubj8U7i9T179nzk+CQ/+aLW+3EB"
    },
    {
      id: "X11",
      versioned: false,
      later: 0,
      size: 105,
      shingles: "CXSqDHSZEUAXE95vGpm6GtubGyxuHJsmJAPsJL5JJsqlJ4rqKDmjKPgtKzc9LM0TLxBlL1eDL3GKMKTkMVojMhEVNpmsOKmNPTrNPpgnPuJoPwOsQLEEQyxVQ0hcRr2yR9gwSEafS+9oTDo9TRGoTpGxT3PSUOMKUX8EVYORWn3FXWKXYKJuYQ/RY+VZZR0ScwVZc9Fqd1ANeBTPeR0GeT+se1OignbtgrsrgyYpjPhdjeStjh5tjsm6ksOhlQQKli/9l+wvmW0yn/Emol8po7Gho9g1pND0pWTpprYip0CwqLxSqUs1rNe3sx8NtF6HvskLwQN3xei/zrb71pSQ2GBo2WuT2eo2323m353A4Pul5VT86DwY6frb6fxo7f8h7ubj8DpN8U7i9T179bV39nzk+CQ/+ztQ+3EB"
    },
    {
      id: "ISC",
      versioned: false,
      later: 0,
      size: 53,
      shingles: "AQIGAqSSA8FmA9yBFzYjGpzjIG/GJ4rqKCRgLM0TLlvHMxPDNgiMNvR/N5d9N7iaQ65URr2yVYORV/qTXXBpXy63ZOd5dV+Ed1ANeD+Fe1OifMUEhbPnhso+jbqzjh5tkUTeli/9mW0ymxADnrv3oT9mp0CwqUs1uLgcvskLxei/yptrzFWs1rh/5fKv6frb7ubj8U7i+rD4+rhl/hX5"
    },
    {
      id: "0BSD",
      versioned: false,
      later: 0,
      size: 44,
      shingles: "AQIGAqSSD7uCEfXkFzYjGIwlJ4rqKDmjLM0TLlvHMxPDNgiMNvR/N5d9N7iaOKNrVYORXXBpXy63dV+Ed1ANeD+Fe1OihbPnjbqzkUTeli/9nrv3oT9mp0CwqUs1uLgcvskLwPHkxei/yptr1rh/2jf85fKv6frb8GhJ8U7i+rD4/hX5"
    },
    {
      id: "BSD-2-Clause",
      versioned: false,
      later: 0,
      size: 93,
      shingles: "Alg8BoPgDvAZEG6iEKsUEMYlFZOsIG/GJBwLJPY8Jr5lJ4rqKDmjKyz+LlvHLp4vNAmENgiMNvR/NytMOy+7PAwZQL6pQYNyQ6cuRK9hRnhJTDZKTTGVUCipUOMKUiipUpKtUszGVcAvVpmqVtEiYDHtYKJuZ10zaxombSxYbhH+brHhb0OGcFm+cekQc6PDc9FqdFROdV+EdnXbdwwed1ANeFcWfILrgqwJhIhphdgzhguwhpcbiBL8lMa/lv8kl3joofk9olTqr+hPsUxNtRIhtogpuIFOvEaVvXaxvpKRvvX3xei/ywYQzLnX3ztH4XND4Z825RXm5fKv6H8t6ZZQ6fxo7F4m7ubj8gGA8tKp+lhn+rkD"
    },
    {
      id: "BSD-3-Clause",
      versioned: false,
      later: 0,
      size: 110,
      shingles: "Alg8BoPgDvAZEG6iEKsUEMYlFZOsIG/GJPY8Jr5lJ4rqKDmjKg7NKyz+LlvHLp4vMG8bNAmENgiMNvR/NytMOy+7PAwZPEffQL6pQYNyQyxVQ6cuRK9hRnhJSEVVTDZKTRGoTTGVUCipUOMKUiipUpKtUszGVcAvVpmqWGtvXI8mXJzJYCe4YDHtYKJuZ10zaxombSxYbhH+brHhb0OGcFgvcFm+cekQc6PDc9FqdFROdV+EdnXbdwwed1ANeFcWfILrgqwJhIhphdgzhguwhpcbiBL8lMa/lv8kl3jomB89ofk9olTqr+hPsUxNtRIhtogpuIFOujr6vEaVvXaxvpKRvvX3v8FTxei/ywYQzLnX3ztH323m4XND4Z825RXm5fKv51jj6H8t6ZZQ6fxo7F4m7ubj8PJu8gGA8tKp9DTl9lM4+lhn+rkD"
    },
    {
      id: "BSD-3-Clause-Clear",
      versioned: false,
      later: 0,
      size: 126,
      shingles: "ALDhAlg8A6qBBoPgCo7iDEbgDl4qDvAZEG6iEKsUEMYlFZOsGC/mIG/GJPY8Jr5lJ4rqKDmjKg7NKyz+LlvHLp4vNAmENgiMNvR/NytMOy+7PAwZQL6pQYNyQyxVQ6cuRnhJSEVVTDZKTTGVUCipUOMKUiipUpKtUszGVcAvVpmqWGtvXI8mXJzJYCe4YDHtYKJuZ10zaHCkaxombSxYbhH+brHhb0OGcFgvcekQc6PDc9FqdFROdV+EdnXbdwwed1ANeFcWeQOsfILrgqwJhdgzhguwhpcbiBL8jPQklMa/lv8kl3jomB89ofk9olTqo3MYqKeXq75kr+hPsUxNskP0srwastUJtRIhtdKQtogpuIFOujr6vXaxvpKRvvX3v8FTxcSJxei/ywYQzLnX0vhb2dIF3RZ+3ztH323m4KA+4XND4Z825Frt5RXm5fKv51jj6ZZQ6fxo7F4m7ubj8PJu8gGA8tKp9DTl9lM4+jCj+lhn+rkD/ZbS"
    },
    {
      id: "Zlib",
      versioned: false,
      later: 0,
      size: 61,
      shingles: "CE5PDHSZEcdMFChTFqfmGZlKGiFoGxnzH0+DIPiRKKsuKVPcMyu2QYNyRnhJR9NmS2HtTkXFUbptU3FbU4dVYDZoZTk0Z7VRaZTxa8BbbEuNbQA6eqvBe1Oif4QIlPwTmyNWoxcAoyZspAgRpM/vruxer9Z1sNRxsh/3togpt2yJvmPtvskLww2izwmt0EoU6QxL6fxo7CWB7OkE8tWx9uz6+DDx+GU/+OXu+rD4/Eho/lLR/oYL"
    },
    {
      id: "MPL-1.1",
      versioned: false,
      later: 0,
      size: 1540,
      shingles: "ABx7AFHrAMuHAO0XAR1mATLxAXX+AaNsAmxPAuDMAulPAwOfAxPdAyMgA19RA6tABD2aBIO2BKqXBMpABNP9BNlrBWhJBYp0BaAxBayMBbc6BdHTBep1BhBPBjyFBk0yBmdhBny0Br2wBunIBwGRBxUBBz3BB4jXB6JzB9GkB9HLB97UCAKjCGvACHgRCJddCLebCRIaCU4XCYF/Cd75Cf2mChP7CiwyCjtUCmBFCnmxCo7iCr5WCs/iCtIuCyG1CyJVC3BOC9WuDCb2DHbiDHhlDIQQDLITDLcADLrYDMUJDPgNDQTvDRDODR96DSU/DTavDUDtDUyQDXo5DbZRDcAJDlnKDngBD0nBD1u0D4RfD511D6OOD+iMD/ABEA60EBvCEMN1EPAjEPO2EQ5rETpAEUUcEUgvEV4DEWlnEZA1Efm7Ef8uEhkiEk6WEl6JEmp4EnCOEsanEtm/Ew4IExVEEyYxEzVJE0VUE3khE32IFBORFEJ9FFe3FLYaFNKTFNpgFOI/FPkAFUBtFVlwFW7UFZOsFdMLFqeuFr1jFssSFyUmFyt8Fy3MFzYkF3sCF5xgF6mrF+HKF/T4GCNwGGqBGHXsGHchGSELGTSbGVnOGWnCGXfkGYWaGbMEGfmUGhJAGqESGqMBGqYDGq+AGr9TGt+zGvb6GxIWG0RCG5GCG8nqG/PvHErtHFF5HHdeHJsmHLCQHPGjHQ9lHSUBHTdPHWrHHYXlHY2AHZLPHapBHc+RHeMYHiphHlLTHlx5HrMNHw+WHzaIH0bPIDq0IIriII2AIM5KIOEiIOjiIOsHIUcCIekzIhqoIiy/InEQInUWIoWyIreDIvJ6IxJOIxOHIx11IyHBIyT5IzIUI5sRJAawJBxGJCJCJKJxJKvNJLMJJOTuJX8xJYi7Jbt6Jck4JflaJgMlJgPlJhqPJiHNJmMjJoBxJo0iJte/JvJfJwY1JwzYJw15Jz3bJ+KbJ+ZfKBqhKCYkKDr4KI2tKNWkKOwBKQuhKRd0KRs9KT3eKUm6KYFUKbK1KcObKfr1Kf/PKjAdKkW2KmWDKowTKpE+KrbPKr7PKxypK0emK0pMK05lK3n0K5g9K/joLDjvLEkpLUh7LVgTLWvALXSiLYkpLaWhLdFoLgGcLhjHL008L1VuL2WaMAUYMCpnMEMaMF16MISHMJ50MZb7MZwwMb+AMevaMhBrMhOQMknsMnTNMuNzMvH/MyT8M0MmM1VyM7QOM7oYM8QpM+THM+6BNBBfNDLtNEUeNP3nNS1ENYU2NcpdNdVgNdg+NjDZNnQvNoiENroQNtvUNxTON1HYN36CN6qdN+tQOA36OBzbOF34OGviOH2lOOACOVKvOkGoOoO7OpXMOtmMOwI0O1HHO2WaO4ryO6N1O65MPBKkPD+JPE0ZPGG1PHVyPKh5PLnWPM7TPNIRPQkhPZNKPezOPgHzPj+ZPmf6PsGjPwdEPwvTPw/jP0vlP1A3P58AP6H/P705P8phP/1lQC7yQDo+QEWzQHSrQHW6QLEEQM2aQRm3QSqUQTgKQU8ZQYtMQcMhQj1GQlyBQmFGQo+zQuVTQxBmQyxVQ22TQ8QyQ89JRBXiRKcLRM5xROK8RYKeRYfBRaJXRdFLRdTkReQWRf95RiaFRjZgRkprRnacRpcpRrzJRr0QRsU7Rsb/Rsc6RyS1Rz9cR1RUR2QSR6H5SEAOSJWBSL62SWf1SY+DSbhPScZ7SkcXSn9dSpb+SpnwStqfSvJ0S01YS5YbS9HUS9i/TAFRTA9JTDygTG1FTIZWTMCDTRGoTSFFTh5hTioYTjxbTkY8ToWUTonyTqXUTriOTsYfTtiNTu2vTzXJT0HmT3xiT4SST6xtT7jpUAb2UB2hUGrZUGuPUIU1UMKlUMvyUOMKUOT1UOijUUInUUhKUZZvUcheUeh5UgjmUiKxUiipUkIrUnNYUn67Uo75UpEbUrpsUtoQUt3UU2aLU4VzVJ8WVPb4VRTvVRzoVWtpVfi1VfmEVf+/VgYTVgb8VixYVkBKVon+VtejVu8HVvilVywEV0EeV0ypV02aV0+/V2LGV2dfV24QV5AcV5B6V5PWV9JVWCYJWEgRWJk3WJ7wWMOrWTw0WUBsWVjUWa4DWcoQWdLVWfQEWf4WWqrrWq68Wr6zWsXQWtNBWvV0WwTFWxADW9ElW9UpW+tWW/gyXC5fXDjDXJ7DXLDTXLzTXObFXO6nXQySXUHzXYMlXYSnXZK7XgR+XiRPXih9XjFJXkLeXm0aXqN1XrGAXtUQXtl8XxKfXybVXy2IXzAgX4s8X6d5X64YX9swX+PYX+W2X/oZYCmzYFLhYJi1YMqJYNrrYP3LYQ9QYTlCYWFxYWHjYW6wYZthYawWYa24YePrYiU8YrsnYvs4Yz+3Y06UY6HTY7UeY+VZY/drZCx1ZDVcZEI8ZFjAZLUNZM+JZO/2ZPiAZXVmZdM9ZfPAZsmpZ6GsZ6jKZ65tZ7ZkZ8QYaAhsaBvBaCUpaG+HaIREaOfBaRtYaUyUaVPSaVbnaXDkaYmOaY8kab8/aePPagj/aj9VaoCKaoG+asaSauKha0Gma4cAa9vAa9vaa+D7bDCjbErQbFJrbH93bLF+bNfTbP7ubSQDbTTvbWATbWxubd0Jbg2qbi5zbjKtbmQ6bm+2bm/aboRxbqRdbtfsbtv+bzivbzsKb2peb7RVb7Y/b81ob9TDcDEZcGrBcRnecSkicUlgchd8cjNsckrwcqjLcsCGcu7Tc6PDc7dNdG/mdKKKdO86dPI3dPe2dRGGdSAxdTbYdUyndV5KdWpfdeQVdm2ndsgfdtR7dtsAdtu7dv6kdyS7d0yEd1vBd5ARd9Uyd+b8d+mfeBDQeBTPeCtMeGj0eHzIeKfqePtieR0seS7peS9VeVMreVjjeWbleWnVeXsJecNGeiRkejJdejNYenlGepJTeqkmeui0ezQwe0tPe4vhe5bMe7c9e+/dfCD5fGi+fGmIfI0ofJUOfJi6fLE6fLg7fNBhfQKxfWtKfYuvfaoQfa9Ofdv5ffsNfhCofjvrfmEIfp3+fuhgfvIjf+XigAySgHQbgJlVgNQwgRGqgSzegdqAgl83gqCagq+wgs5Mg1WWg2uWg/KChGFNhRRDhSJ3hWEihaqdhcljhh7ShjzLhmwvhnhdhoA0hp6Qhw1OhxJRhyOph3tVh4Azh4Kqh965h+uNiACYiAUtiEDhiEmciGs7iG0/iHcdiJZMiKJWiLcuiNSiiN8jiRYviTWXiUffiY11iY9Jic9Uidh3igE0io8Fir15itehitgriwdGiz5fi1++i2DMi2/Si54li8MhjAWtjCnnjGACjHaHjMV2jM8mjQ3ZjS3zjWUPjeGTjeTIjiRGjin+jmLdjoX5jpppjwhbj0jyj1l/j2QFj51Sj/K5kAlGkA5AkBhVkCTjkG2JkKSvkRxckUrXkUvRkZtJkbOqkbmDkb5ukjcdkqntkt9WkxWKkz69k08bk3BBk7Qqk8THk8YflBH9lEr4lKLmlMUWlQQKlYUglYWClYXrlZ7ylaiBlcV4le6elnABln24lo3UlrtbltxElt9yl1KIl9Jpl9MQl/Q1mEfWmGkTmHFkmJTrmMfqmNuImURymVlWmW0ymXqGmbObmjAimliemuLOmwHum1rDm30Em4EwnAW7nFu8nHXTnMKtnMOnnNYonTWynWVWnYMEnelzniiYnjFInodLno5pnvQTnzWVn0x4n3Hmn6JCn7hHn8Z5n9TvoDWSoEGFoFuLoKxioKyfoMLvoMZdoNlLoPVqoRl6oTk2oUPQoUS5oUg2obbKob8FocBcocUKodLSogkxog7OohD4ohwGok07oliFopYforieotJdovDvoxEJoyFvo0cRo3Ozo7rRpBiDpFTApH8jpKGNpKQUpKsppMAXpQyppUX+pWRPpXxrpZBVpZvRpbYwpdLlpl67psNVp7T9p+IaqEVTqJ0wqOyHqPGnqS6pqYR+qap+qb8oqb9UqccTqfgnqiSLqi3SqlhuqrpYqvi2qv3jqw+Pqx45q0Rxq4x8q6qEq+Huq+cFq+56rAzErLHBrLNlrLPDrLQrrL0YrNlxrOyQrVQPraJdrcYtrfYwrkbnrnNzrngKrnyLrp6errntrzAVr0Hor9Yxr9nRr+hAr+hPsAgzsCDHsDFCsJXVsRoHsSVrsUKwsUxNsYepsY8dshzEsi2ZspMAsq1HsrlusxjOs7qTs8OxtBbNtF4/tIYdtK7ntNVhtZeqtiNmtle4tnzdtsgCtwIutxvRtyT2tyZNtymmt1Dlt6rmt7PGuAkduFdSuF6WuHF9uIbuuQUTuVQcuXcNubNpubQiud7uufIAufXfuiJAujJKulh+ureUuu1wuws1u7oXu8Vzu+Aau/xOvBGrvFc6vHWgvJtfvMnevN3UvOTEvOjDvPhJvVTzvVxXvb1uvd6IvhjPviJdvnRQv1U5v2uxv22pv5ePv7Zev9BQv9Q5wHljwOKbwQVpwaJ9wbT8wgS3wj0SwldHwmw3wpr7ws8zwtpSwt4bwudYwwL2wz5pw06Hw2iYw4cow57Hw7EZxATExD8zxHENxJN4xLy8xOtjxO6yxPZnxQBHxRmIxUZ6xUaqxZC4xZgcxclNxdZcxf20xiA/xj1ZxmaMx0Ftx0eix1Rqx682x8EvyBv1yHOoyL6ZyNCeyNGTyPUoyQIyySwYyZb2ybObyc47yeF7ygZyygx3yh+6yic3yjoPylEPylyDym+ayq6oysCmysakysixyu62ywUgyxxgy4Poy+hly/DkzCz5zDfnzEpWzHsNzIWpzNm/zQSyzQWNzTBnzVGnzYNrzaqhzcKXziWgzkYezl/Rzr0ozsMpzvqrzw+Dzxfoz0Acz7QEz7/lz9c7z9410Ccz0KsQ0NZH0SMv0S3X0baL0fHq0go30hl70l/00nHp0nJk0oqB0pL80uOf0yEF0yWF00rv02IR04Xz04X705Ao07GY1Bvj1EIi1HQE1Hqk1Irp1K3V1LOz1MT31NRN1Olk1PW31WBB1duc1dxi1jDk1jr61mr01q7K1rMa1smv11FY12z215HY18Zf19LK1/7n2Bnv2C8y2DwB2EOL2Fd12FyQ2G1a2LFC2Nzv2N+m2OGT2Ymg2bgE2eI62fPv2kqp2on82pE42s932uNS2vYg2vZb2yjq22dj22qf247225k2278O29aw3ELB3Fka3IQv3JU13LV53L9E3Nr+3RXJ3TKD3Thg3USd3YYf3Y5g3bTG3fi63fl83jv73kNG3keV3kju3nYZ3nm53oJu3r7U3sVK3uO13vX03vub3yLL3yx430iu4DVX4De94EoR4FJ64Fs54GJg4Gt14KKx4L0P4ORY4RlJ4Sfd4UPS4WTR4ZCu4eRW4mHx4nJI4ptf4xer4xvA4zoq432A45KM4+h/5EXB5Er75HLE5Ia35MJH5MWP5OwT5RXm5TDU5UhS5XLn5YfT5Zyf5Z015bxF5fKv5f4t5mn05oGp5opH5rVt5wBo5xj/5x0m5yHc51jj525+527853wd54pi582W599t6EdM6ISR6Ieu6SFq6Tdq6YZ16ZFy6aaJ6bZZ6dlI6fk36fxo6gGv6gpQ6ld56p+H6tXh6u1e6zGX63Zl69t86+8c7BcP7BsO7B9E7DkN7F3R7H9Y7I9Z7JlX7KRf7MkS7NDk7UoJ7U3L7VXA7WTk7W9A7X6F7Z817f8h7hQe7l9K7rme7tkq7u227wUJ7xRU7z1I74nO774p78n279zV798K7+jn8CIq8I3R8Jsz8MRm8MY68PSV8P4s8Qee8Tjn8UVh8fTE8juN8k8X8lIj8nOe8qqq8yfb8zap8zft84B485Nl85U48/cH9Bhs9FrI9I2p9ML79VHh9X1L9cV49c2n9jIl9kap9lsQ9p1E9rHo9tZe9xjF9yMt9yVC91FL96+U99/39/7G+Hud+LSD+Mlb+M0K+N9s+Odf+Od5+Q8u+T2T+UDt+U3i+WBJ+bAu+c2M+h1W+kvI+n3S+pSS+rBz+yuQ+2aa+3s5+50M+7Zt++Mt++q8++rS+++g+/de/AWs/IeK/MxQ/Psf/WAH/Wmi/XKU/hy6/nPR/rgU/vk+/wWY/wuN/y3//zEw/zzR/2C7/4Gz/4VV/7L7//pm"
    },
    {
      id: "MPL-2.0",
      versioned: false,
      later: 0,
      size: 1018,
      shingles: "AMuHAQczATLxAV6sAboTAkg4AmcJAusCAxPdA0K5A19RA3PpA6tABD2aBGIXBKqXBMiKBNP9BWhJBYp0BayMBdHTBdjTBep1BfxyBqzpBz3BB4ArB9HLB+6pB/TjCAKjCHgRCI1HCJddCOqjCU4XCkRyCmBFCyG1C7rsDBOgDCb2DHbiDIJUDIRSDRDODUyQDW7vDXo5Dad7DnLXDsiMDu3WD4RfEJJDEMN1ESmUEVQzEWlnEXKrEfm7EhEdEhkiEmfwEr/dEsLfEterEw4IExpLEyYxEzVJE2CuE35fE35+E4KwE/5wFBqKFByiFFe3FJvNFLYaFNpgFODxFP5MFR7AFZOsFg6rFs8DFy3MFzYkFzwaFz0NGEaKGEgBGVnOGXfkGZPIGbMEGfmUGjU7Gk/dGoenGr27Gt+zGxIWGzFFG2pBG5GCG7z8HErtHGl1HIlhHJsmHPxpHc1qHeMYHfadHgLQHhWjHlLTHlx5Hw+WH0bPH6kvH9vVICJ8IDq0IG/GIIriII2AIM5KIOsHIZAKIcYWIekzIfvyIhqoIlr7ItoyIuG5IxJOIyHBIyT5IzIUI0b/I455JAawJAmuJCr2JKJxJKvNJL8/JOTuJWUAJXCYJbYkJbt6Jck4JflaJggwJhqPJiHNJoBxJuHzJ1R2KCYkKRd0KYDbKYFUKYfoKbK1KbV1KcudKmWDKnnSKsQtKvZLK0emK0pMK2/9K3n0K4vnLEkpLFSOLJ+cLKBELMz3LTsvLW1ILXq3LYkpLdFoLfUsLhHLLqVjLrv2LxBlL/07MDjuMEMaMFGTMF16MF/KMLtxMSG8MUX0MV0nMdtIMhOQMisiMknsMlKqMmtIMnTNM1VyM1XOM4v3M+THNBBfNDLtNKTXNK10Ndg+NoZGNz4YN1HYN6qdN8KSOBzbOF34OGviOHUCOH7kOITdOV3YOYR/Oh5DOkEEOkV8OoO7Oo+ZOr8IOtmMOwI0OwwgO0hBO1HHO4ryPDJcPD+JPEwBPJuTPQkhPZNKPa53Pd2vPgHzPiphPmf6PpcHPp2qP0vlP9fMQArpQC+jQGfHQLEEQMajQhcxQj1GQtFbQtvwQuVTQxBmQyxVQ22TQ7EeQ8QyRNc5RW4wRdPpRf95RiaFRjZgRjp3RnacRpcpRsU7Rsb/SB0gSCWkSDWBSEb6SL62SRFeSXLfSY+DSdTqSkcXSupISwcrS01YS9HUS/03TIZWTLXPTRGoTUdQTWjKTb3aThZATh5hTioYTkY8TmrjTriOTwIoTxjJT4SST6A2T7eOT7tjT7+ZT8ryUFJ/UI3jULJOUMvyUOMKUOT1UO7fURuBUbb+Ueh5Ufa/Un67Ut3UUu/aUxO9UzWkU2aLU6X6VAK2VAyRVBUfVRTvVfi1Vf+/VihYVkdDVtC3VvilVz9iV02aV0+/V5B6V5PWV7FfWQDMWdPjWfQEWhh4WmitWsXQWs5CXC5fXDjDXJ7DXLS5XOxbXiQOXih9XjNoXrDWXrGAXtUQXu2mXxKfXy2IX6d5YCmzYJi1YLDZYMS1YNrrYP3LYQ9QYQ/RYTlCYWTgYW6wYaXmYifNYjduYmYzYrGZYu0xYvs4YydeY48MY+VZY/drY/oDZEI8ZKoyZKsAZQOGZbmnZdJAZjjAZkIyZkxFZsmpZ0Z+Z6GsZ9A3aLYQaRtYaTcgaYx+aZT9aZfeaaPSab8/aePPajdSam4caqPoavjGaw6Ta6gGa9vabBWobDCjbDuUbLF+bP7ubTTvbWbTbkRGbm+2boDsboRxbqHvbqsRb6JDb8fzcDF9cFgvcSkicUYTcVPqchd8coO0cqjLcu7TcvJac2fnc6PDc7dNc9/NdJRydKH2dKKKdLW6dO86dcB7dl6cdmhfdrxedsZ8dsgfdyS7d1HDd1vBd7kgd+X7eBTPeGDqeR0seS9VeVjjeWbleWnVeYFdecNGechKei2eejJdelH4euNQe2YIe+Cwe/9OfCD5fGvWfNBhfWtKfYuvfa9Ofh7JfjE5fmEIfrbRftPzfvIjf533f+XigAySgDo3gFvtgJNFgLa0gVm0gcOlggYmgnddgoZvgqCags5Mg2uWg8Nbg+5khDhghO41hVSmhX8DhgRjhjzLhl9XhoA0hp6QhqU3huWchvSUhw1Oh3tVh4Kqh4P+h5zch6sFh+uNiGs7iHcdiJZMiLcuiSRpidh3igE0ipiHitH8itvwiwfYi2DMi2zAi49Mi6D1i8MhjCFmjHI6jT71jZfCjmLdjsiLjugnjwhbj1X5j2QFj3Kaj+kVkG2JkKSvkRxckacpkbOqkcs1kdrQkdyGkebJkiNkkjcdklH8kpnikx3lk08bk4C/k7hGk8VklFqhlKLmlQQKlSz9lXBXlYUglYZtlaiBlblLlqndlrtbltxElt9yluQUl1vOmCctmEfWmHASmNuImRNlmXehmekImodtmuLOmvTVm1rDm4Ewm67zm8Oqm8zGnABnnAW7nHXTnKCMnMKtnMOnnRXMnSsxnWVWnYMEnbfPndqMnelznkodnlCJnvHhn6JCn7Hqn9Tvn/CfoFe/oFuLoMLvoQnYoUPQobbKogkxohwGoyFvo4C8o4YGo7UepDx3pHEKpREppbS6pbYwpgBKpnyKppkVpsNVpu0QpycRp3kmp9UjqQnHqbm3qb8oqjwJqkbVqrfJqsUqqvi2q4aJq9RcrAlprAzErHgbrJofrLQrrNBKrW0mraJdrfYwrngKrolarrntr3TEr9Yxr9nRr+hPsCDHsDFCsDOSsUKwsUxNsWLtsYb4sYepsb7osd3yshzEsxjOs1vWs7dYtIYdtNVhtb3Qtf2BtgE5tiVHti4YtkV6tlJrtle4toWQtq1NtsgCtyT2tyZNt5KvuF6WuHF9uIo0uQUTuUw1uZIquZtTubNpubQiubptud7uueq/ufIAuoMwur6suu1wuws1u2fku5jJu+Aau/xOvJIFvKQwvK34vM0IvOTEvVxXvYxDviJdvipDvnp4vtKOv7Zev8ynv9BQv+LZwBKAwSBSwiCPwwL2wwrIw06Hw1MCw1OJw2P6w8vAxATExDWixEtkxHENxIpFxLdOxO6yxSjmxclNxjAPxj1ZxmaMx682yDZjyHOoyIr8yNCeySphyY8QyZb2ybObyc47ygr+yhEyyh+6yksxylEPyq6oysCmysixyzr5y00ZzArzzFnZzhD8ziWgzl/Rzpwfzqf7zrkgzr0ozvqrz1jTz9410HcC0H4K0NCd0PcC0b/i0eJ50eva0fzx0pL80z/b01Fm04X705Ao0/Nj1EIi1GM31Hqk1Irp1LR81NJE1NRN1Pzb1TrL1V/q1bVG1duc1hYc1smv11FY2Lrc2Rdy2VYI2Ymg2fPv2kqp2phj2sJC2vZb20sM22dj22qf25k225r93Gtl3HMv3L9E3Q483Thg3USd3YYf3hAI3nnV3nom3ro93r7U3uO13vX03vub3zla30iu39Ad390d4De94Fs54Gly4JDx4KKx4ORY4RlJ4Sfd4bD24d4K4mHx4nJI4xHC4xXj4xer4xvA41Gc432A4+h/5EXB5FQL5HLE5MJH5MWP5TDU5UhS5YfT5Zyf5nLT5oGp5osy5rgz5wBo5x0m5yHc52Ss527853wd6VRf6YZ16a826cyU6fk36gGv6kd56ld56lmA6oCo6s6o62wK63Zl67AF69eA6+8c7AiQ7B9E7DkN7F4m7KRf7MkS7QlC7Qrm7TPO7UoJ7X6F7ZNs7bTo7l9K7pH17t9D7xRU7y6N77CY78n27+Ia7+jn8BIL8BZN8Gf+8Gxv8G/c8Hun8Jsz8MY68P3U8Wee8aZQ8ot18yfb8zap84B485Nl87ZZ8+E09FrI9Gp79HIO9ady9awj9c2n9kap9xfU9z7296+U99z89+ii+Bm1+DsV+GcG+N9s+UyS+Yj++bAu+cV++k5U+oXV+ppw+rBz+yGq+3s5+58H+7nh+9if+++g/AWs/DpM/EPh/GNZ/IeK/KiF/MxQ/Wmi/elL/l+j/m0j/rgU/tkI/wuN/y3//zEw/zLs/2C7/30P/4Gz/7jv/+6i"
    },
    {
      id: "Apache-2.0",
      versioned: false,
      later: 0,
      size: 678,
      shingles: "AIBOAR71ASeuAV6sAXGHAYxuAch6AqemA1aEA8DtBH7PBLILBPHeBPbvBa6oBhBPBjoQBl9FBo0WBtjEBwOkBwVTBz0cCF6DCI8ECVQNCbiSCch5Cg+lCksBCrW0DLcADQfADU5uDi2FDkASDr2bDxaGD+iMEBL/EJ78EMYlEfDpEgVFEhEdEpmfExtaEyYxFE2wFFnKFIhkFNpgFPkAFZOsFemhF3ydGCBTGEWPGFVzGGz2GHm4GK8LGM9iGcFrGfTpGq+AGtKvGyxuG5XgHErtHFx9HJsmHQAWHRCmHTaRHXROHa0CH5fGH6qZH7xYIAE8IBOLIIK0IJzPINejIem0IkZ8IlwFIw2sIx11IyT5I5H+JBxGJJZiJSYhJa58JfhDJflaJmCtJm0mJsd+JwzYJxlvJ+KbKCYkKE1XKJnQKScPKcudKdG7KdOTKx2xKywYK0emK4ZAK9s1K+l6LIZJLKBELYkpLbrcLhE9LlmQLunxL94kMKWAMSDMMXsbMjpkMlA5NBBFNF+YNLQxNOJPNbLINbNUNnRGNpqkNp4nN3DYN6qdOAA1OAxeOGviOMbjOYX1OorlOotOOpBAOtmMO1bCO4ryO6+dPC6fPD+JPEffPEoDPHY3PRnOPRwHPR4rPTciPU14PZNKPldtP0fzP3DfQLEEQV5wQj1GQnxHQoY5QrFOQsjJQuVTQvemQwd3Q2FuQ7BMQ8ZHQ+kFRDB6RDPaREhaRE8tRKsCRLIdRVGqRltjRr42SGttSP93SU+OSYzVSq/kSrosS01YTD5GTMAtTWjKTfkrTsMcT3yET4B/T4SST5YtUATFUNezUOMKUPk6URUPUSaRUb/2UewJUklqUnNYUv05U1KKU9T6VFG0VHfmVJwZVJ8WVKmQVYORVfi1VghqVoqlVtZ6VtfKVuUvVv48VwyyVx2+V5+1WCYJWEVDWUBsWWwtWb4dWo2hW0JZW7rtW8lmW9eIW/QrXCJtXGRqXJquXO6nXQHIXS1qXWBUXWujXZjEXZraXauzXbW5Xb/nXhEpXsBQX6EYX64YYHD1YKJuYSo9YZ6KYbwBYifBYyhYYyuTY48MY9jTZI1QZMaQZTKTZX37ZYh4Zf9OZnqlZoB5ZtuUZy23Z1dPZ6GsZ8mmZ/HOaAVRaIxDaOd/aR1WaXyEaxsLazR+a/SZbLF+bSiubSolb6Ztb8V1cU+8cWiCcbGFcibqcjNscmWTcw0Lc6PDdBA9dKKKdNk+dQPBdcB7dnGYdn+fdsgfduE9d3DXd5wBeI+5eRdSeYFdef8EelH6enL6eyCwe/XifAvPfJ/vfV0Fffglfj5zfkU9fp3+fqt9f0mpf1qsf+XigLa0gjO7g8Nbg8jqhE7yhI/fhPtWhTDyhYM5hguwhjzLhl9Xhw1Ohypvh3tVh4Kqh6eliD38iEBYiGs7iIFKiToziZKgiecSie6CigE0inmai0Q0i+GBjBwgjIvAjQUWjS3zjaG8kDbYkKjxkNyRkUu6kZpekh0nlDiulFqhlLaPlM5olOCwlQQKlZtclc9DlgASl1vOl5I0l8bumBmqmIfOmIfmmXnwmY5xmhi9miRymuLOm5Xym5tXnfgnnqcfnqlknzWVn1zUn5TzoIMroT7hogMNoiTOosBPo0KZo0kYo5vgo69tpIk9pWA4pjsnptPgpyXxp7PCp/XSqHNpqQMzqRUrqZd3qhxuqipJqrBVquseq2Gjq9NsrDP3rFKQrGxNrHtCrIAQrLJWrL9brM80rRr9rVk8rckvr+hPsBTrsB+HsUxNsj13spums0vNs17ns7cts7y+s8xTtKz9tVrZtXQltiC8trF+tyT2t7PGuQUTuUl3uWowuYhJubQiusvHus5Muu1wuxp+uyupu0W5u+hyu+mdvJVvvSzCvToLvZkfvd7HvfjHvhTiviJdviuuvmu/vnAPvnp4vo2ivp/qv6Inv74Mv+g7wA+uwJ48wUjxwV46wZrpwk/wwlyKwwlXwzpew06Hw5i2w+DrxGjkxHbJxKXIxN//xVwrxXSbxXW6xclNxdZ8xdvWxeTaxfBWxjyhxmaMxsSWxs3dx38MyD9/yZINyZb2ybuwypmtysCmy2y9zFnZzN/OzORzzX0PzdYnze/gzic0zqAmz1dMz2LDz38sz828z/4U0IEt0SbR0UaK0W4i0mv10nJk0qIk0z2p02Ak06w31HvI1RLW1YI51da51sbd1vUj1voG1yax1yww152719Sb1+ny2GfW2TGt2kqp2niD2sh/20sM25Ly3B+m3MaE3Q483USd3VNZ3ZzS3ivL3mLx3r7U3uO13vub36X84BWN4Cks4GCL4HjD4PQx4Pry4SBi4Sfd4Taj4Vxw4eZL4m434tcd45qg5McO5TDU5Ue05bmX5fKv5rVt5sLE5slS5wBo5+EX6Bbh6BkO6D006aaJ6fxo6gGv6iKz6mr36ok36u3v62D/642068A76+8c7ENw7F4m7I9Z7UoJ7eNk7k8A7ltv7mMW7rtb7uU971pm78n28Asp8D398FDA8F+C8Ime8JTt8MY68NH38NuO8PSV8Tfg8YYE8juN8mut82Nj85Nl87ZZ8+5W9BPr9FKL9Jnf9ONh9XEv9ibg9xAW96+U+G4p+JFZ+U7y+Zcp+bAu+e9D+gIY+nKY+osw+3s5+/de/TdE/a4Q/faD/hX5/jE0/nWQ/s4N/tkI/+eT/+6i"
    },
    {
      id: "CDDL-1.0",
      versioned: false,
      later: 0,
      size: 1010,
      shingles: "AMuHAR1mAVFGAaNsAyMgBD2aBI6bBKqXBNP9BPi2BV1ZBWhJBYp0BaAxBayMBbc6BdHTBep1BjyFB6JzB8uBB9HLCAKjCEfrCGvACHgRCJddCMiICRIaCU4XCmBFCr5WCtIuCyMWC+keC/LdDCb2DHbiDIQQDIRSDLcADRDODUyQDXo5DqVdD0RbD0nBD1u0EPAjEPO2EPhgEWlnEY0LEZA1EZvlEfm7EhkiEmfwEmp4EnCOEniuEt04Ew4IExM+ExpLEzVJE0f3E4mMFBORFDJ5FFe3FLYaFMqXFNKTFNpgFPkAFUBtFUUDFVlwFZOsFtIKFyQGFy3MFzYkF3sCF38dF+HKGArTGEgBGSELGSiQGTSbGVnOGWnCGXfkGYWaGbMEGcWKGfmUGhJAGjU7GqCRGqMBGqYDGxIWG2pBG5GCHB3uHErtHJsmHPGjHPxpHQA4HWrHHapBHhWjHlLTHlgbHrMNHw+WH0bPICJ8IDq0IDr1IIkHIIriII2AIM5KIO0ZIPiRIZQgIhqoIoq3IreDItoyIvJ6IxJOIyHBIyT5IzIUI9kWJAawJBxGJKJxJX8xJZksJbYkJbt6Jck4JflaJheqJhqPJoBxJsNIJte/JvJfJvgnJwY1KAccKCYkKI2tKNXaKRd0KSxaKT2dKYFUKbK1KbV1KcObKcudKfr1KowTK0emK0pMK7yZK+nZK/joLDjvLEm1LIA5LV1QLZj9LdFoLgwgLhjHL1VuMEMaMFGTMF16MLtxMS4IMZwwMhOQMnTNMoPeMvH/M1VyM6c1M7oYM+THM+qkM+6BNBBfNDLtNEUeNI7TNRRYNZO3NdVgNdg+NgV7NoZGNoiENr//Nux8N0UbN1HYN36CN6qdN+tQOBzbOGviOITdOKKgOOACOkEEOkGoOoO7OpzqOqkuOr8IOtmMOwI0O1HHO4ryO5D1O6N1PBKkPD+JPHVyPKh5PLnWPQkhPVU2PZNKPezOPfXmPmf6PwdEP8phP/1lQC7yQDo+QHSrQLEEQM1rQRm3QSqUQU8ZQWk1QcMhQejWQj1GQlyBQo+zQuVTQxBmQxoyQyxVQ22TQ8QyRVXPRYKeRYfBReQWRf95RiQLRiaFRjAoRjZgRkprRnacRoIFRpcpRsU7Rsb/Rz9cR2QSR9TnSEAOSL62SViySWf1SXN6SY+DSbhPSeVCShFzSkcXSpb+SpnwStqfS01YS2aDS5YbS9HUTAFRTDygTIZWTLXPTRGoTh5hTioYTkY8TmrjTm8JToWUTqc1TriOTsYfTzXJT6xtT8ryUB2hUGrZUGuPULJOUMKlUMvyUOMKUSaRUUInUUhKUeh5UiKxUn67UsrKUt3UUxO9U2aLU5kIU6X6VBUfVfi1Vf+/VpuqVvilV0ypV0+/V2LGV2dfV5AcV5B6V5PWWCYJWFvwWJ7wWOZCWcMtWfQEWfu1WqrrWr6zWsXQWtNBWxADXC5fXDjDXObFXYSnXZRWXiCdXih9XjFJXrGAXxKfX9swX+PYX+W2X/oZYCmzYFLhYHBsYLDZYMS1YMqJYNrrYQ9QYTlCYW6wYbfJYePrYgXBYnhVYrsnY06UY6HTY+VZY/drZDThZDVcZKsAZLUNZX97ZfPAZsmpZ0Z+Z6GsZ7ZkaDRdaIREaKfmaY8kaaPSab8/aePPagj/al6/arFuasaSauKha0Gma5v0a9vAa+D7a+6abFJrbH93bKihbLC/bLF+bSQDbTTvbbhKbd0JbjKtbkRGboRxbqRdbqsRbtfsbuRUbzsKb6JDb7Y/cAU+cAnUcB82cF5/cGrBcSkichd8cqW1cqjLcu7Tc21cc6PDc6/mc7dNdG/mdKKKdTbYdV5KdWpfdeQVdsgfdwetdyS7d0lpd1XHd1vBd3steBDQeBTPeC1deD7neGj0eHzIeMvPeNheeR0seS9VeVjjeWnVecNGeeDcejJdejNYelH4enlGeui0e30ve9Q9e/9OfI0ofJi6fLE6fM6ifWtKfYuvfa9OffsNfjvrfmEIfoLxfp3+frpUfvIjfxDLf+XigAySgEWLgHQbgJlVgVLkgWzQgbOzgqCagq+wg1WWhA38hM8AhQPAhRRDhjzLhoA0hw1OhyOph3tVh4Kqh5zch+uNiACYiAUtiEDhiEmciGc4iGs7iHcdiJZMiLcuiN8jiTWXiUffidSwidh3igE0i0ddi1++i2DMi2/Si49Mi8Mhi9AqjAWtjGACjHI6jHaHjM8mjP35jQ3ZjS3zjZfCjcKejeTIjie/jkigjmCzjpppjwhbkG2JkHk8kIM5kKSvkUvRkZD9kZtJkbOqkcs1kjcdkk3hkybrkz69k08bk4C/k8YflEr4lKLmlQQKlYUglYXrlZ7ylaiBlcV4le6ele/elkZ7ln24lrtbltxElt9ylyWTl/Q1mEAImEfWmF/kmHFkmIFYmJTrmMjumVlWm1rDnAW7nHXTnMKtnMOnnNYonOGqnSYMnSsxnTWynWVWnYMEnee0niiYnjFInzWVn0x4n6JCn9TvoEGFoMLvoNlLoUPQodLSogkxog0tohwGok07opYforBwoyFvo1nWo69to7Ueo95ipBiDpKGNpKsppQyppWRPpbYwpnyKpsNVp7T9p+92qEVTqPGnqS6pqWVCqb8oqb9Uqi3SqlhuqpPuqvi2qv3jqx45q6Gxq7lpq+Huq+56rAzErCIurLPDrLQrrNBKrNlxrOyQrSN9rfYwrjP8rnNzrngKrpXxr11Gr2iMr9Yxr9nRr9wor+hAr+hPr+l+sDFCsT7FsUxNsYepsfqwsrlusxjOtBbNtF4/tIYdtK7ntNVhtPbctZeqtiNmtlJrtlq5toWQtrF+tsgCtxvRtyT2tyZNtymmt2Uat6rmuAkduGBYuHF9uQUTuRh/uXcNubNpubQiud7uufIAufXfuiJAuiJfunFuuu1wu7IOu+AavBGrvJtfvPhJvReqvVTzvVxXvYZ5vdlMvfylviJdvipDvjS+vyv/v2uxv5ePv7ZewEFMweRmwmw3wppYwtpSwwL2wz5pw06Hw4coxATExEtkxHENxJN4xOtjxO6yxQBHxRmIxclNxdZcxijhxj1ZxmaMxpj6xzgYx0Ftx16Fx682yGuRyHOoyNCeyPUoyRbdySwYyTWYyY8QyZb2ybObyc47yhEyyh+6yic3yjoPym+ayqjqyq6oysCmysixyxxgzCz5zHsNzJa8zbstzcKXziWgzpwfzr0oz9c7z9410H4K0NZH0hgz0nJk0pL80wU20yEF02Av04X705Ao07GY1EIi1Gl81Hqk1Irp1LR81NRN1Ugv1V/q1jDk1jr61pSq1q7K1rMa1smv11FY12z218bW1/842Bnv2DwB2EOL2G1a2N+m2VYI2bwu2fPv2kqp2on82pE42vZb2yjq21cW22dj22qf25k23HMv3IQv3JU13L9E3RXJ3Thg3USd3WBN3YYf3Zc93dWM3i3q3kju3pYW3r7U3uO13vX03vub3yLL3yx43zyl30iu4De94EoR4FJ64Fs54JDx4KKx4L0P4ORY4Sfd4UPS4WTR4eRW4uLo4xer4xvA462A5EXB5MJH5MWP5RXm5TDU5Ue05XLn5YfT5Zyf5drP5fKv5f4t5oGp5osy5wBo5x0m5yHc5278599t6ISR6M8h6Tdq6T666Urw6YZ16aaJ6fk36gGv6lA56p+H6veM6zGX63Zl67AF6+8c7AiQ7BsO7B9E7DkN7KRf7TPO7UoJ7U3L7X6F7ZNs7Z817c3u7hQe7l9K74IZ78n27+jn8Asp8BZN8CIq8IJE8I3R8Jsz8MY68P4s8Tjn8UVh8X3f8lIj8loR8nOe8yfb8zap84B485Nl85rn87yW89WP8/cH9Cyt9FrI9VHh9c2n9jIl9kap9rHo9tFZ9v5S9xjF96+U+Bj4+BwA+LSD+Op5+bAu+c2M+iv0+nAd+n3S+rBz+sa6+yuQ+0v0+2aa+3s5+7Zt++Mt++rS/AWs/IeK/MxQ/VFV/Wmi/XnW/kzb/rgU/wuN/y3//zEw/30P/7L7"
    },
    {
      id: "Unlicense",
      versioned: false,
      later: 0,
      size: 94,
      shingles: "CW6kCwTiDSgjELQNESHiEUAXFJs2GeDiGnnwGuk2HYLjIjQWI7D5JL5JJ4rqKDmjLM0TMYUPNsspOUoOPuJoPwOsQD2SQLEEQb6BQ/f0RqxPSEafUOMKVYORWn3FW6WoXS3gXWKXXocuYKJuYmEEY8dOY+VZaFNzc9Fqd1ANeBTPeR0Ge1Oigrsrg8mAhrlDh7h6iO5YjPhdjaxWjsm6jxQykvVFli/9mJtAnSu4nsNaoE3do7GhpND0p0Cwq3v1sx8NvTZ9vVSbvskLwaCRxei/x6kSyltizaDuzrSIz3Al0lrT2R9r3QMG6frb6fxo69bv6+gz7LzI7f8h7lWO8Jod8U7i84B499nD+CQ/+QQJ+rD4+3EB+/UD"
    }
  ]
};

// src/model/license/shingles.ts
function licenceWords(text) {
  const kept = text.split(/\r?\n/).filter((l) => !/^\s*(copyright\b|\(c\)|©)/i.test(l)).join("\n").toLowerCase().replace(/licence/g, "license").replace(/https?:\/\/\S+/g, " ").replace(/<[^>\n]{1,60}>|\[[^\]\n]{1,60}\]/g, " ");
  return kept.split(/[^a-z0-9]+/).filter((w2) => w2.length > 0);
}
function fnv1a(s) {
  let h2 = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h2 ^= s.charCodeAt(i);
    h2 = Math.imul(h2, 16777619);
  }
  return h2 >>> 0;
}
function shingleSet(words2) {
  const out = /* @__PURE__ */ new Set();
  for (let i = 0; i + 2 < words2.length; i++) {
    const h2 = fnv1a(`${words2[i]} ${words2[i + 1]} ${words2[i + 2]}`);
    if ((h2 & 1) === 0) out.add(h2 >>> 8);
  }
  return out;
}
function decodeShingles(b64) {
  const bytes = Buffer.from(b64, "base64");
  const out = /* @__PURE__ */ new Set();
  for (let i = 0; i + 2 < bytes.length; i += 3) out.add(bytes[i] << 16 | bytes[i + 1] << 8 | bytes[i + 2]);
  return out;
}
function laterVersionCount(words2) {
  return countPhrase(words2, ["at", "your", "option", "any", "later", "version"]);
}
function countPhrase(words2, phrase) {
  let n = 0;
  outer: for (let i = 0; i + phrase.length <= words2.length; i++) {
    for (let j2 = 0; j2 < phrase.length; j2++) if (words2[i + j2] !== phrase[j2]) continue outer;
    n++;
  }
  return n;
}

// src/model/license/identify.ts
var CANDIDATES = license_fingerprints_default.licenses.map((l) => ({
  id: l.id,
  versioned: l.versioned,
  later: l.later,
  set: decodeShingles(l.shingles)
}));
var MIN_CONTAINMENT = 0.6;
var MIN_RESIDUAL = 12;
function identifyLicenceText(text) {
  const tagged = spdxTagsIn(text);
  const words2 = licenceWords(text);
  const fileSet = shingleSet(words2);
  const found = matchTexts(fileSet);
  if (found.length > 0) {
    const ownLater = found.reduce((n, m2) => n + m2.cand.later, 0);
    const ids = found.map((m2) => versionedId(m2, words2, ownLater));
    const explained = /* @__PURE__ */ new Set();
    for (const m2 of found) for (const h2 of m2.cand.set) if (fileSet.has(h2)) explained.add(h2);
    const licenceSize = found.reduce((n, m2) => n + m2.cand.set.size, 0);
    const confidence = round(2 * explained.size / (licenceSize + fileSet.size));
    return {
      spdx: combineFound(ids),
      confidence,
      method: "text",
      matches: found.map((m2, i) => ({ id: ids[i], containment: round(m2.containment) }))
    };
  }
  if (tagged.length > 0) {
    const uniq = [...new Set(tagged)];
    return { spdx: uniq.length === 1 ? uniq[0] : uniq.map((e) => `(${e})`).join(" OR "), confidence: 1, method: "spdx-tag", matches: [] };
  }
  const notice = noticeLicence(words2);
  if (notice) return { spdx: notice, confidence: 0.7, method: "notice", matches: [] };
  return { confidence: 0, method: "none", matches: [] };
}
function matchTexts(fileSet) {
  const residual = new Set(fileSet);
  const found = [];
  while (residual.size >= MIN_RESIDUAL) {
    let best;
    for (const cand of CANDIDATES) {
      if (found.some((f) => f.cand === cand)) continue;
      let inter = 0;
      for (const h2 of cand.set) if (residual.has(h2)) inter++;
      const containment = inter / cand.set.size;
      if (containment < MIN_CONTAINMENT) continue;
      const dice = 2 * inter / (cand.set.size + residual.size);
      if (!best || dice > best.dice) best = { cand, dice, containment };
    }
    if (!best) break;
    found.push({ cand: best.cand, containment: best.containment });
    for (const h2 of best.cand.set) residual.delete(h2);
  }
  return found;
}
function versionedId(m2, words2, ownLater) {
  if (!m2.cand.versioned) return m2.cand.id;
  return laterVersionCount(words2) > ownLater ? `${m2.cand.id}-or-later` : `${m2.cand.id}-only`;
}
function combineFound(ids) {
  const lgpl3 = ids.find((i) => i.startsWith("LGPL-3.0"));
  const rest = lgpl3 ? ids.filter((i) => !i.startsWith("GPL-3.0")) : ids;
  return rest.length === 1 ? rest[0] : rest.join(" OR ");
}
function spdxTagsIn(text) {
  const out = [];
  for (const m2 of text.matchAll(/SPDX-License-Identifier:\s*([^\r\n]*)/g)) {
    const e = m2[1].replace(/\*\/\s*$/, "").trim();
    if (e) out.push(e);
  }
  return out;
}
function noticeLicence(words2) {
  const s = ` ${words2.join(" ")} `;
  const later = laterVersionCount(words2) > 0 || / or later /.test(s);
  const suffix = later ? "-or-later" : "-only";
  const family = /(lesser|library) general public license/.test(s) ? "LGPL" : / general public license | gpl /.test(s) ? "GPL" : void 0;
  if (!family) {
    if (countPhrase(words2, ["mit", "license"]) > 0) return "MIT";
    return void 0;
  }
  const version = / (version|v) ?3(\s|0 )/.test(s) ? "3.0" : / (version|v) ?2 1 /.test(s) ? "2.1" : / (version|v) ?2 /.test(s) ? "2.0" : void 0;
  if (!version) return void 0;
  if (family === "LGPL" && version === "2.0") return `LGPL-2.0${suffix}`;
  return `${family}-${version}${suffix}`;
}
function round(x2) {
  return Math.round(x2 * 1e3) / 1e3;
}

// src/model/license/files.ts
var NAMED = /^((licen[cs]es?|copying|unlicense)([-._ ][^/]*)?|[a-z0-9.+]+[-_.](licen[cs]e|copying)(\.(txt|md|rst))?)$/i;
var CODE_EXT = /\.(c|h|cc|cpp|s|py|sh|js|mjs|ts|go|rs|pl|rb|o|ko|json|ya?ml|toml|in|am|mk)$/i;
var LICENSES_DIR = /(^|\/)LICENSES\/(.+\/)?[^/]+$/;
function isLicenceFileName(path4) {
  const base = path4.slice(path4.lastIndexOf("/") + 1);
  return NAMED.test(base) && !CODE_EXT.test(base);
}
function findLicenceFiles(scan) {
  const out = [];
  for (const f of scan.files.values()) {
    const library = LICENSES_DIR.test(f.path);
    if (!library && !isLicenceFileName(f.path)) continue;
    if (f.text === void 0) continue;
    const dir = f.path.includes("/") ? f.path.slice(0, f.path.lastIndexOf("/")) : ".";
    const base = { path: f.path, confidence: 0, method: "none", matches: [], dir, role: library ? "library" : "main" };
    const declared = library ? validIdentifiers(f.text) : [];
    if (declared.length > 0) {
      out.push({ ...base, spdx: declared.join(" OR "), confidence: 1, method: "spdx-tag" });
      continue;
    }
    const id = identifyLicenceText(f.text);
    out.push({ ...base, spdx: id.spdx, confidence: id.confidence, method: id.method, matches: id.matches });
  }
  resolvePointers(out, scan);
  return out;
}
function validIdentifiers(text) {
  const ids = [...text.matchAll(/^Valid-License-Identifier:\s*(\S[^\r\n]*)$/gm)].map((m2) => m2[1].trim());
  return ids.length > 0 ? [ids[0]] : [];
}
function resolvePointers(files, scan) {
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const f of files) {
    if (f.role !== "main" || f.spdx) continue;
    const text = scan.files.get(f.path)?.text ?? "";
    const targets = [...text.matchAll(/\bLICENSES\/[\w.+/-]+/g)].map((m2) => (f.dir === "." ? m2[0] : `${f.dir}/${m2[0]}`).replace(/[./]+$/, "")).map((p) => byPath.get(p)).filter((t) => t?.spdx !== void 0);
    const ids = [...new Set(targets.map((t) => t.spdx))];
    if (ids.length === 0) continue;
    f.spdx = ids.length === 1 ? ids[0] : ids.map((e) => `(${e})`).join(" OR ");
    f.confidence = 0.9;
    f.method = "pointer";
  }
}

// src/model/license/spdx.ts
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);
var SPDX_SEARCH_LINES = 20;
function parseSpdx(expression) {
  let node;
  try {
    node = (0, import_spdx_expression_parse.default)(expression);
  } catch (e) {
    return { ids: [], exceptions: [], alternatives: [], error: e instanceof Error ? e.message : String(e) };
  }
  const ids = [];
  const exceptions = [];
  const walk = (n) => {
    if ("license" in n) {
      const id = n.plus ? `${n.license}+` : n.license;
      ids.push(id);
      if (n.exception) exceptions.push(n.exception);
      return [[id]];
    }
    const l = walk(n.left);
    const r = walk(n.right);
    if (n.conjunction === "or") return [...l, ...r];
    return l.flatMap((a) => r.map((b2) => [...a, ...b2]));
  };
  const alternatives = walk(node);
  return { ids: [...new Set(ids)], exceptions: [...new Set(exceptions)], alternatives };
}
function findSpdxTag(text) {
  const lines = text.split("\n", SPDX_SEARCH_LINES + 1).slice(0, SPDX_SEARCH_LINES);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, "");
    const at = raw.indexOf("SPDX-License-Identifier");
    if (at < 0) continue;
    const style = raw.slice(0, at).trim();
    let rest = raw.slice(at + "SPDX-License-Identifier".length).replace(/^\s*:?/, "");
    const closed = /\*\/\s*$/.test(rest);
    rest = rest.replace(/\*\/\s*$/, "").replace(/-->\s*$/, "").trim();
    return { line: i + 1, column: at + 1, style, expression: rest, closed };
  }
  return void 0;
}

// src/model/license/index.ts
function buildLicenseModel(scan, kernelFiles2) {
  const spdx = /* @__PURE__ */ new Map();
  for (const f of scan.files.values()) {
    if (f.text === void 0 || f.binary) continue;
    const tag = findSpdxTag(f.text);
    if (!tag) continue;
    spdx.set(f.path, { file: f.path, ...tag, shebang: f.text.startsWith("#!"), parsed: parseSpdx(tag.expression) });
  }
  return { files: findLicenceFiles(scan), spdx, kernelFiles: [...new Set(kernelFiles2)].sort() };
}

// src/model/modules.ts
import path from "node:path/posix";

// src/model/c/strings.ts
var LITERALS = /^(?:\s*(?:L|u8|u|U)?"(?:[^"\\\n]|\\.)*"\s*)+$/;
var ONE_LITERAL = /"((?:[^"\\\n]|\\.)*)"/g;
function stringValue(arg, lookup, depth = 0) {
  const a = arg.trim();
  if (LITERALS.test(a)) {
    let out = "";
    ONE_LITERAL.lastIndex = 0;
    for (let m2 = ONE_LITERAL.exec(a); m2; m2 = ONE_LITERAL.exec(a)) out += unescapeC(m2[1]);
    return { value: out, resolved: true };
  }
  if (depth < 8) {
    const parts = a.match(/"(?:[^"\\\n]|\\.)*"|[A-Za-z_]\w*/g);
    if (parts && parts.join("").replace(/\s/g, "") === a.replace(/\s/g, "")) {
      let out = "";
      for (const p of parts) {
        if (p.startsWith('"')) out += unescapeC(p.slice(1, -1));
        else {
          const d = lookup(p);
          if (!d || d.params) return { resolved: false };
          const v2 = stringValue(d.value, lookup, depth + 1);
          if (!v2.resolved) return v2;
          out += v2.value;
        }
      }
      return { value: out, resolved: true };
    }
  }
  return { resolved: false };
}
function unescapeC(s) {
  return s.replace(/\\(["\\'nt?])/g, (_2, c) => c === "n" ? "\n" : c === "t" ? "	" : c);
}

// src/model/entry-macros.ts
var DRIVER_HELPERS = [
  "platform",
  "pci",
  "usb",
  "i2c",
  "spi",
  "hid",
  "virtio",
  "serio",
  "acpi",
  "amba",
  "auxiliary",
  "phy",
  "sdio",
  "pcmcia",
  "usb_serial",
  "i3c",
  "wmi",
  "mhi",
  "rpmsg",
  "sdw",
  "spmi",
  "isa",
  "pnp",
  "parport",
  "gameport",
  "hda_codec",
  "snd_seq",
  "mdio",
  "fsl_mc",
  "ccw",
  "ap",
  "vio",
  "ishtp",
  "tee",
  "ulpi",
  "greybus",
  "mipi_dbi",
  "sa1111",
  "locomo",
  "mcb",
  "dfl",
  "cdx",
  "ssam",
  "bcma",
  "ssb",
  "fsi",
  "mei_cl",
  "gio",
  "tc",
  "zorro",
  "nubus",
  "eisa",
  "scmi",
  "ffa",
  "qcom_smd",
  "apr",
  "slim",
  "sbus",
  "mips_cdmm",
  "most",
  "visorbus",
  "xenbus",
  "hv",
  "comedi_pci",
  "comedi_usb",
  "comedi_pcmcia",
  "comedi"
];
var ENTRY_MACROS = new Map([
  ["module_init", { init: true, exit: false }],
  ["module_exit", { init: false, exit: true }],
  ["late_initcall", { init: true, exit: false }],
  ["device_initcall", { init: true, exit: false }],
  ["subsys_initcall", { init: true, exit: false }],
  ["fs_initcall", { init: true, exit: false }],
  ["arch_initcall", { init: true, exit: false }],
  ["core_initcall", { init: true, exit: false }],
  ["postcore_initcall", { init: true, exit: false }],
  ["rootfs_initcall", { init: true, exit: false }],
  ["module_driver", { init: true, exit: true }],
  ["module_misc_device", { init: true, exit: true }],
  ["module_platform_driver_probe", { init: true, exit: true }],
  ["module_serdev_device_driver", { init: true, exit: true }],
  ["module_comedi_driver", { init: true, exit: true }],
  ...DRIVER_HELPERS.map((h2) => [`module_${h2}_driver`, { init: true, exit: true }]),
  ...DRIVER_HELPERS.map((h2) => [`builtin_${h2}_driver`, { init: true, exit: false }])
]);
function entryFunction(macro, args, which) {
  const first = args[0]?.trim();
  if (!first || !/^[A-Za-z_]\w*$/.test(first)) return void 0;
  if (macro === "module_init" || macro === "module_exit" || macro.endsWith("_initcall")) return first;
  return `${first}_${which}`;
}

// src/model/modules.ts
var PARAM_MACROS = /^module_param(_named|_array|_array_named|_string|_cb|_call|_hw|_hw_named|_unsafe|_named_unsafe)?$/;
function discoverModules(objEntries, c, notes) {
  const modules = [];
  const seen = /* @__PURE__ */ new Set();
  const ordered = [...objEntries].sort((a, b2) => kindRank(a.file) - kindRank(b2.file));
  for (const e of ordered) {
    if (e.subdir) continue;
    const dir = path.dirname(e.file);
    const key = `${dir}\0${e.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const objs = e.parts.length ? e.parts : [`${e.name}.o`];
    const sources = [];
    for (const o of objs) {
      const base = path.normalize(path.join(dir, o.replace(/\.o$/, "")));
      const found = [".c", ".S"].map((ext) => base + ext).find((p) => c.has(p));
      if (found) sources.push(found);
      else if (!o.endsWith("/"))
        notes.push({ file: e.file, line: e.partsLine ?? e.line, message: `module ${e.name}: no source found for ${o}` });
    }
    modules.push(describe(e.name, dir, e.file, e.line, sources, c, notes));
  }
  if (modules.length === 0) modules.push(...orphanModules(c, notes));
  return modules;
}
function kindRank(file) {
  return file.endsWith("Kbuild") ? 0 : 1;
}
function orphanModules(c, notes) {
  const byDir = /* @__PURE__ */ new Map();
  for (const [p, f] of c) {
    if (!p.endsWith(".c")) continue;
    if (!f.macros.some((m2) => ENTRY_MACROS.has(m2.name) || m2.name === "MODULE_LICENSE") && !f.functions.some((fn) => fn.name === "init_module"))
      continue;
    const d = path.dirname(p);
    byDir.set(d, [...byDir.get(d) ?? [], p]);
  }
  return [...byDir].map(([dir, sources]) => {
    const name = path.basename(sources[0], ".c");
    return describe(name, dir, "", 0, sources, c, notes);
  });
}
function describe(name, dir, buildFile, buildLine, sources, c, notes) {
  const files = sources.map((s) => c.get(s)).filter((f) => !!f);
  const headers = includedHeaders(files, dir, c);
  const defineFiles = [...files, ...headers.map((h2) => c.get(h2)).filter((f) => !!f)];
  const lookup = (n) => {
    for (const f of defineFiles) {
      const d = f.defines.get(n);
      if (d) return d;
    }
    return void 0;
  };
  const fact = (f, m2, arg = 0) => {
    const raw = m2.args[arg];
    if (raw === void 0) return void 0;
    const v2 = stringValue(raw, lookup);
    if (!v2.resolved)
      notes.push({ file: f.path, line: m2.line, message: `${m2.name}(${raw}): value not resolved from the module's own files` });
    return {
      value: v2.value ?? "",
      file: f.path,
      line: m2.line,
      column: m2.column,
      raw: /^\s*"/.test(raw) ? void 0 : raw,
      resolved: v2.resolved
    };
  };
  const mod = { name, dir, buildFile, buildLine, sources, headers, authors: [], params: [] };
  const descs = /* @__PURE__ */ new Map();
  for (const f of files) {
    for (const m2 of f.macros) {
      const entry = ENTRY_MACROS.get(m2.name);
      if (entry?.init && !mod.init) mod.init = entryPoint(f, m2, "init");
      if (entry?.exit && !mod.exit) mod.exit = entryPoint(f, m2, "exit");
      if (m2.name === "MODULE_LICENSE") mod.license ??= fact(f, m2);
      else if (m2.name === "MODULE_DESCRIPTION") mod.description ??= fact(f, m2);
      else if (m2.name === "MODULE_VERSION") mod.version ??= fact(f, m2);
      else if (m2.name === "MODULE_AUTHOR") {
        const a = fact(f, m2);
        if (a) mod.authors.push(a);
      } else if (m2.name === "MODULE_PARM_DESC") {
        const d = fact(f, m2, 1);
        if (d && m2.args[0]) descs.set(m2.args[0].trim(), d);
      } else if (PARAM_MACROS.test(m2.name)) {
        mod.params.push(param(f, m2));
      }
    }
    for (const fn of f.functions) {
      if (fn.name === "init_module" && !mod.init) mod.init = { function: fn.name, file: f.path, line: fn.line, via: "init_module" };
      if (fn.name === "cleanup_module" && !mod.exit) mod.exit = { function: fn.name, file: f.path, line: fn.line, via: "cleanup_module" };
    }
  }
  for (const p of mod.params) p.description = descs.get(p.name);
  mod.mainSource = mod.init?.file ?? files.find((f) => f.macros.some((m2) => m2.name === "MODULE_LICENSE"))?.path ?? sources.find((s) => path.basename(s, ".c") === name) ?? sources[0];
  return mod;
}
function entryPoint(f, m2, which) {
  const fn = entryFunction(m2.name, m2.args, which);
  if (!fn) return void 0;
  const def = f.functions.find((d) => d.name === fn);
  return { function: fn, file: f.path, line: def?.line ?? m2.line, via: m2.name };
}
function param(f, m2) {
  const named = m2.name.includes("named");
  const name = (m2.args[0] ?? "").trim();
  const type = (m2.args[named ? 2 : 1] ?? "").trim() || void 0;
  const perm = (m2.args[m2.args.length - 1] ?? "").trim();
  return { name, macro: m2.name, type, perm, file: f.path, line: m2.line, column: m2.column };
}
function includedHeaders(files, dir, c) {
  const out = /* @__PURE__ */ new Set();
  const queue = [...files];
  while (queue.length) {
    const f = queue.pop();
    for (const inc of f.includes) {
      if (inc.system && !inc.path.includes("/")) continue;
      const candidates = [path.join(path.dirname(f.path), inc.path), path.join(dir, inc.path), path.join(dir, "include", inc.path)];
      const hit = candidates.map((p) => path.normalize(p)).find((p) => c.has(p));
      if (hit && !out.has(hit)) {
        out.add(hit);
        queue.push(c.get(hit));
      }
    }
  }
  return [...out].sort();
}

// src/model/make/expand.ts
var MAX_DEPTH = 25;
var MAX_LENGTH = 1e5;
function closingIndex(text, open) {
  const o = text[open];
  const c = o === "(" ? ")" : "}";
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === o) depth++;
    else if (ch === c) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
function splitArgs2(text, max = Number.POSITIVE_INFINITY) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "{") depth++;
    else if (ch === ")" || ch === "}") depth--;
    else if (ch === "," && depth === 0 && out.length < max - 1) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}
var words = (s) => s.split(/\s+/).filter(Boolean);
function patternToRegExp(pattern) {
  const i = pattern.indexOf("%");
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (i < 0) return { re: new RegExp(`^${esc(pattern)}$`), hasPercent: false };
  return { re: new RegExp(`^${esc(pattern.slice(0, i))}(.*)${esc(pattern.slice(i + 1))}$`), hasPercent: true };
}
function patsubst(pattern, replacement, text) {
  const { re: re2, hasPercent } = patternToRegExp(pattern);
  return words(text).map((w2) => {
    const m2 = re2.exec(w2);
    if (!m2) return w2;
    return hasPercent ? replacement.replace("%", m2[1]) : replacement;
  }).join(" ");
}
var Expander = class {
  constructor(lookup) {
    this.lookup = lookup;
  }
  unresolved = /* @__PURE__ */ new Set();
  recursive = false;
  expand(text, stack) {
    if (stack.length > MAX_DEPTH) {
      this.recursive = true;
      return "";
    }
    let out = "";
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== "$") {
        out += ch;
        continue;
      }
      const next = text[i + 1];
      if (next === void 0) break;
      if (next === "$") {
        out += "$";
        i++;
        continue;
      }
      if (next === "(" || next === "{") {
        const end = closingIndex(text, i + 1);
        if (end < 0) {
          this.unresolved.add(text.slice(i));
          return out;
        }
        out += this.reference(text.slice(i + 2, end), stack);
        i = end;
      } else {
        out += this.variable(next, stack);
        i++;
      }
      if (out.length > MAX_LENGTH) {
        this.recursive = true;
        return out.slice(0, MAX_LENGTH);
      }
    }
    return out;
  }
  variable(name, stack) {
    if (stack.includes(name)) {
      this.recursive = true;
      return "";
    }
    const raw = this.lookup(name);
    if (raw === void 0) {
      this.unresolved.add(name);
      return "";
    }
    return this.expand(raw, [...stack, name]);
  }
  reference(body, stack) {
    const fn = /^([a-z-]+)[ \t]+([\s\S]*)$/.exec(body);
    if (fn) {
      const result = this.call(fn[1], fn[2], stack);
      if (result !== void 0) return result;
    }
    const sub = /^([^:=]+):([^=]*)=(.*)$/s.exec(body);
    if (sub && !body.includes(" ")) {
      const value = this.variable(this.expand(sub[1], stack), stack);
      const from = this.expand(sub[2], stack);
      const to = this.expand(sub[3], stack);
      return from.includes("%") ? patsubst(from, to, value) : patsubst(`%${from}`, `%${to}`, value);
    }
    return this.variable(this.expand(body, stack).trim(), stack);
  }
  /** Known functions; undefined when `name` is not a function (then it is a variable name with a space). */
  call(name, argText, stack) {
    const arg = (a) => this.expand(a, stack);
    switch (name) {
      case "shell":
      case "wildcard":
      case "realpath":
      case "abspath":
      case "file":
      case "eval":
      case "call":
      case "value":
      case "foreach":
      case "guile":
        this.unresolved.add(`$(${name} ...)`);
        return "";
      case "info":
      case "warning":
      case "error":
        return "";
      case "origin": {
        const v2 = arg(argText).trim();
        return this.lookup(v2) === void 0 ? "undefined" : "file";
      }
      case "strip":
        return words(arg(argText)).join(" ");
      case "subst": {
        const [from, to, text] = splitArgs2(argText, 3).map(arg);
        return from ? (text ?? "").split(from).join(to ?? "") : text ?? "";
      }
      case "patsubst": {
        const [p, r, text] = splitArgs2(argText, 3).map(arg);
        return patsubst(p.trim(), (r ?? "").trim(), text ?? "");
      }
      case "addprefix": {
        const [p, text] = splitArgs2(argText, 2).map(arg);
        return words(text ?? "").map((w2) => p.trim() + w2).join(" ");
      }
      case "addsuffix": {
        const [s, text] = splitArgs2(argText, 2).map(arg);
        return words(text ?? "").map((w2) => w2 + s.trim()).join(" ");
      }
      case "notdir":
        return words(arg(argText)).map((w2) => w2.slice(w2.lastIndexOf("/") + 1)).join(" ");
      case "dir":
        return words(arg(argText)).map((w2) => w2.includes("/") ? w2.slice(0, w2.lastIndexOf("/") + 1) : "./").join(" ");
      case "basename":
        return words(arg(argText)).map((w2) => w2.replace(/\.[^./]*$/, "")).join(" ");
      case "suffix":
        return words(arg(argText)).map((w2) => /\.[^./]*$/.exec(w2)?.[0] ?? "").filter(Boolean).join(" ");
      case "sort":
        return [...new Set(words(arg(argText)))].sort().join(" ");
      case "firstword":
        return words(arg(argText))[0] ?? "";
      case "lastword":
        return words(arg(argText)).at(-1) ?? "";
      case "filter":
      case "filter-out": {
        const [ps, text] = splitArgs2(argText, 2).map(arg);
        const res = words(ps).map((p) => patternToRegExp(p).re);
        const keep = name === "filter";
        return words(text ?? "").filter((w2) => res.some((re2) => re2.test(w2)) === keep).join(" ");
      }
      case "if": {
        const [cond, then, otherwise] = splitArgs2(argText, 3);
        return arg(cond).trim() ? arg(then ?? "") : arg(otherwise ?? "");
      }
      case "or": {
        for (const a of splitArgs2(argText)) {
          const v2 = arg(a).trim();
          if (v2) return v2;
        }
        return "";
      }
      case "and": {
        let last = "";
        for (const a of splitArgs2(argText)) {
          last = arg(a).trim();
          if (!last) return "";
        }
        return last;
      }
      default:
        return void 0;
    }
  }
};
function expand(text, lookup) {
  const e = new Expander(lookup);
  const value = e.expand(text, []);
  return { value, resolved: e.unresolved.size === 0 && !e.recursive, unresolved: [...e.unresolved], recursive: e.recursive };
}

// src/model/make/conditions.ts
var USER_INVOCATION = { KERNELRELEASE: "", KBUILD_MODULES: "", KBUILD_EXTMOD: "" };
var KBUILD_INVOCATION = { KERNELRELEASE: "6.x", KBUILD_MODULES: "1", KBUILD_EXTMOD: "/ext" };
function comparisonOperands(args) {
  const t = args.trim();
  if (t.startsWith("(") && t.endsWith(")")) {
    const parts = splitArgs2(t.slice(1, -1), 2);
    if (parts.length !== 2) return void 0;
    return [parts[0].trim(), parts[1].trim()];
  }
  const m2 = /^(["'])(.*?)\1\s*(["'])(.*?)\3$/.exec(t);
  return m2 ? [m2[2], m2[4]] : void 0;
}
function evalCondition(cond, assume) {
  let result;
  if (cond.directive === "ifdef" || cond.directive === "ifndef") {
    const name = cond.args.trim();
    if (!(name in assume)) return void 0;
    result = assume[name] !== "";
    if (cond.directive === "ifndef") result = !result;
  } else {
    const ops = comparisonOperands(cond.args);
    if (!ops) return void 0;
    const lookup = (n) => n in assume ? assume[n] : void 0;
    const [a, b2] = ops.map((o) => expand(o, lookup));
    if (!a.resolved || !b2.resolved) return void 0;
    result = a.value.trim() === b2.value.trim();
    if (cond.directive === "ifneq") result = !result;
  }
  return cond.negated ? !result : result;
}
function evalConditions(conds, assume) {
  let unknown = false;
  for (const c of conds) {
    const r = evalCondition(c, assume);
    if (r === false) return false;
    if (r === void 0) unknown = true;
  }
  return unknown ? void 0 : true;
}

// src/model/make/parse.ts
var MAX_LINES = 2e5;
function logicalLines(physical) {
  const out = [];
  for (let i = 0; i < physical.length; i++) {
    const start = i;
    let text = physical[i];
    const tab = text.startsWith("	");
    while (endsWithContinuation(text) && i + 1 < physical.length) {
      i++;
      const next = tab ? physical[i].replace(/^\t/, "") : physical[i].trimStart();
      text = tab ? `${text.slice(0, -1)} ${next}` : `${text.slice(0, -1).trimEnd()} ${next}`;
    }
    out.push({ text, line: start + 1, tab });
  }
  return out;
}
function endsWithContinuation(s) {
  const m2 = /\\+$/.exec(s);
  return !!m2 && m2[0].length % 2 === 1;
}
function stripComment(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === "#") return s.slice(0, i);
  }
  return s;
}
function firstOperator(s, withSemi) {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "$" && (s[i + 1] === "(" || s[i + 1] === "{")) {
      const end = closingIndex(s, i + 1);
      if (end < 0) return void 0;
      i = end;
      continue;
    }
    if (c === "$") {
      i++;
      continue;
    }
    if (c === "=") return { kind: "assign", op: "=", index: i };
    if ((c === "?" || c === "+" || c === "!") && s[i + 1] === "=") return { kind: "assign", op: `${c}=`, index: i };
    if (c === ":") {
      if (s.startsWith(":::=", i)) return { kind: "assign", op: ":::=", index: i };
      if (s.startsWith("::=", i)) return { kind: "assign", op: "::=", index: i };
      if (s.startsWith(":=", i)) return { kind: "assign", op: ":=", index: i };
      if (i === 1 && /[A-Za-z]/.test(s[0]) && (s[2] === "\\" || s[2] === "/")) continue;
      return { kind: "colon", index: i, double: s[i + 1] === ":" };
    }
    if (withSemi && c === ";") return { kind: "semi", index: i };
  }
  return void 0;
}
function modifiers(s) {
  let rest = s.trimStart();
  let override = false;
  let exp = false;
  for (; ; ) {
    const m2 = /^(override|export|private)\s+/.exec(rest);
    if (!m2) break;
    if (m2[1] === "override") override = true;
    if (m2[1] === "export") exp = true;
    rest = rest.slice(m2[0].length);
  }
  return { override, export: exp, rest };
}
var CONDITIONAL = /^(ifeq|ifneq|ifdef|ifndef)(?:\s+|(?=[("']))(.*)$/;
function isSpecialTarget(t) {
  return t.startsWith(".") && !t.includes("/") || t.includes("%");
}
function parseMakefile(path4, text, kind) {
  const file = { path: path4, kind, assignments: [], rules: [], includes: [], notes: [] };
  let physical = text.replace(/\r\n?/g, "\n").split("\n");
  if (physical.length > 0 && physical.at(-1) === "") physical.pop();
  if (physical.length > MAX_LINES) {
    file.notes.push({ message: `only the first ${MAX_LINES} of ${physical.length} lines were read` });
    physical = physical.slice(0, MAX_LINES);
  }
  file.lineCount = physical.length;
  let garbage = 0;
  physical = physical.map((l) => {
    if (/[\x00-\x08\x0e-\x1f]/.test(l)) {
      garbage++;
      return "";
    }
    return l;
  });
  if (garbage > 0) file.notes.push({ message: `${garbage} line(s) hold binary data and were skipped; the model is partial` });
  const frames = [];
  const conditions = () => frames.flat();
  let rule;
  const lines = logicalLines(physical);
  let strayNotes = 0;
  for (let li = 0; li < lines.length; li++) {
    const { text: raw, line, tab } = lines[li];
    if (tab && rule) {
      const cmd = raw.replace(/^\t/, "");
      if (cmd.trim() !== "") rule.recipe.push({ text: cmd.trim(), line });
      continue;
    }
    const stmt = stripComment(raw).trim();
    if (stmt === "") continue;
    const def = /^((?:override\s+|export\s+|private\s+)*)define\s+(\S+)\s*(=|:=|::=|:::=|\?=|\+=|!=)?\s*$/.exec(stmt);
    if (def) {
      let depth = 1;
      const body = [];
      let j2 = li + 1;
      for (; j2 < lines.length; j2++) {
        const t = lines[j2].text.trim();
        if (/^((override|export|private)\s+)*define(\s|$)/.test(t)) depth++;
        else if (/^endef(\s|$|#)/.test(t) && --depth === 0) break;
        body.push(lines[j2].text);
      }
      if (j2 >= lines.length) file.notes.push({ line, message: `define ${def[2]} has no endef; the rest of the file was not read` });
      file.assignments.push({
        name: def[2],
        op: def[3] ?? "=",
        value: body.join("\n"),
        line,
        override: /override/.test(def[1]),
        export: /export/.test(def[1]),
        conditions: conditions(),
        define: true
      });
      li = j2;
      rule = void 0;
      continue;
    }
    if (/^endef(\s|$)/.test(stmt)) {
      file.notes.push({ line, message: "endef without define" });
      continue;
    }
    const cond = CONDITIONAL.exec(stmt);
    if (cond) {
      frames.push([{ directive: cond[1], args: cond[2].trim(), negated: false, line }]);
      continue;
    }
    const els = /^else(?:\s+(.*))?$/.exec(stmt);
    if (els) {
      const frame = frames.at(-1);
      if (!frame) {
        file.notes.push({ line, message: "else without a matching if; ignored" });
        continue;
      }
      const last = frame[frame.length - 1];
      if (last.negated) {
        file.notes.push({ line, message: "more than one else for one conditional" });
        continue;
      }
      frame[frame.length - 1] = { ...last, negated: true };
      const chained = els[1] ? CONDITIONAL.exec(els[1].trim()) : void 0;
      if (chained) frame.push({ directive: chained[1], args: chained[2].trim(), negated: false, line });
      else if (els[1]) file.notes.push({ line, message: `unexpected text after else: ${els[1].trim()}` });
      continue;
    }
    if (/^endif(\s|$)/.test(stmt)) {
      if (!frames.pop()) file.notes.push({ line, message: "endif without a matching if; ignored" });
      continue;
    }
    rule = void 0;
    const inc = /^(-include|sinclude|include)\s+(.*)$/.exec(stmt);
    if (inc && !/^(=|:=|::=|\?=|\+=|!=)/.test(inc[2].trim())) {
      for (const p of inc[2].trim().split(/\s+/)) {
        file.includes.push({ path: p, optional: inc[1] !== "include", line, conditions: conditions() });
      }
      continue;
    }
    if (/^(vpath|unexport|undefine|load)(\s|$)/.test(stmt)) continue;
    const mods = modifiers(stmt);
    const hit = firstOperator(mods.rest, false);
    if (!hit) {
      if (/^export(\s|$)/.test(stmt) || mods.export) continue;
      if (/^\$[({](eval|info|warning|error|call)\s/.test(stmt)) {
        if (stmt.startsWith("$(eval") || stmt.startsWith("${eval")) {
          file.notes.push({ line, message: "$(eval ...) generates make text the audit does not model" });
        }
        continue;
      }
      if (strayNotes++ < 5) file.notes.push({ line, message: "line is neither an assignment, a rule nor a directive (make would stop: missing separator)" });
      continue;
    }
    if (hit.kind === "assign") {
      file.assignments.push({
        name: mods.rest.slice(0, hit.index).trim(),
        op: hit.op,
        value: mods.rest.slice(hit.index + hit.op.length).trim(),
        line,
        override: mods.override,
        export: mods.export,
        conditions: conditions()
      });
      continue;
    }
    if (hit.kind !== "colon") continue;
    const targets = mods.rest.slice(0, hit.index).trim().split(/\s+/).filter(Boolean);
    let rest = mods.rest.slice(hit.index + (hit.double ? 2 : 1));
    const tmods = modifiers(rest);
    const inner = firstOperator(tmods.rest, true);
    if (inner?.kind === "assign") {
      for (const t of targets) {
        file.assignments.push({
          name: tmods.rest.slice(0, inner.index).trim(),
          op: inner.op,
          value: tmods.rest.slice(inner.index + inner.op.length).trim(),
          line,
          override: tmods.override,
          export: tmods.export,
          conditions: conditions(),
          target: t
        });
      }
      continue;
    }
    let inlineRecipe;
    const semi = firstOperator(rest, true);
    if (semi?.kind === "colon") rest = rest.slice(semi.index + 1);
    const semi2 = firstOperator(rest, true);
    if (semi2?.kind === "semi") {
      inlineRecipe = rest.slice(semi2.index + 1).trim();
      rest = rest.slice(0, semi2.index);
    }
    const [normal, orderOnly] = rest.split("|");
    rule = {
      targets,
      prerequisites: normal.trim().split(/\s+/).filter(Boolean),
      recipe: inlineRecipe ? [{ text: inlineRecipe, line }] : [],
      line,
      conditions: conditions(),
      doubleColon: hit.double
    };
    if (orderOnly !== void 0) rule.orderOnly = orderOnly.trim().split(/\s+/).filter(Boolean);
    if (inlineRecipe !== void 0) {
      const rawSemi = raw.indexOf(";", raw.indexOf(":"));
      if (rawSemi >= 0) rule.recipe = [{ text: raw.slice(rawSemi + 1).trim(), line }];
    }
    file.rules.push(rule);
  }
  for (const frame of frames) {
    file.notes.push({ line: frame[0].line, message: `${frame[0].directive} without endif; the conditional runs to the end of the file` });
  }
  if (strayNotes > 5) file.notes.push({ message: `${strayNotes - 5} more line(s) make could not parse` });
  file.defaultTarget = defaultTarget(file);
  return file;
}
function defaultTarget(file) {
  const goal = file.assignments.find((a) => a.name === ".DEFAULT_GOAL" && !a.target);
  if (goal && goal.value && !goal.value.includes("$")) return goal.value.split(/\s+/)[0];
  for (const r of file.rules) {
    if (evalConditions(r.conditions, USER_INVOCATION) === false) continue;
    const t = r.targets.find((x2) => !isSpecialTarget(x2));
    if (t && !isSpecialTarget(r.targets[0])) return t;
  }
  return void 0;
}

// src/model/make/obj-entries.ts
import { posix } from "node:path";
var dirOf = (p) => {
  const d = posix.dirname(p);
  return d === "" ? "." : d;
};
var BUILTIN_DIR_VARS = /* @__PURE__ */ new Set(["src", "obj", "M", "CURDIR", "PWD", "KBUILD_EXTMOD", "srctree"]);
function resolveIncludePath(file, written, vars) {
  const dir = dirOf(file.path);
  const e = expand(written, (n) => BUILTIN_DIR_VARS.has(n) && n !== "srctree" ? `/@root/${dir}` : vars?.(n));
  if (!e.resolved) return void 0;
  const v2 = e.value.trim();
  const joined = v2.startsWith("/@root/") ? v2.slice("/@root/".length) : v2.startsWith("/") ? void 0 : posix.join(dir, v2);
  return joined === void 0 ? void 0 : posix.normalize(joined);
}
function commandLineConfig(files) {
  const out = /* @__PURE__ */ new Map();
  for (const f of files) {
    for (const r of f.rules) {
      for (const step of r.recipe) {
        if (!/(\$[({]MAKE[)}]|\bmake\b)/.test(step.text)) continue;
        for (const m2 of step.text.matchAll(/(?:^|\s)(CONFIG_[A-Za-z0-9_]+)=([^\s'"]*)/g)) out.set(m2[1], m2[2]);
      }
    }
  }
  return out;
}
var Reader = class {
  constructor(byPath, cmdline, rootDir) {
    this.byPath = byPath;
    this.cmdline = cmdline;
    this.rootDir = rootDir;
  }
  vars = /* @__PURE__ */ new Map();
  /** Assignments kbuild sees, in reading order, with the file they came from. */
  seen = [];
  lookup = (name) => {
    const c = this.cmdline.get(name);
    if (c !== void 0) return c;
    const v2 = this.vars.get(name);
    if (v2) return v2.simple ? v2.value.replace(/\$/g, "$$$$") : v2.value;
    if (BUILTIN_DIR_VARS.has(name)) return this.rootDir;
    return void 0;
  };
  read(file, visiting) {
    if (visiting.has(file.path)) return;
    visiting.add(file.path);
    const events = [
      ...file.assignments.map((a) => ({ line: a.line, assign: a })),
      ...file.includes.map((i) => ({ line: i.line, include: i }))
    ].sort((x2, y2) => x2.line - y2.line);
    for (const ev of events) {
      if (ev.include) {
        if (ev.include.conditions && evalConditions(ev.include.conditions, KBUILD_INVOCATION) === false) continue;
        const target = resolveIncludePath(file, ev.include.path, this.lookup);
        const inc = target ? this.byPath.get(target) : void 0;
        if (inc) this.read(inc, visiting);
        continue;
      }
      const a = ev.assign;
      if (a.target || evalConditions(a.conditions, KBUILD_INVOCATION) === false) continue;
      const entry = { a, file };
      if (/^obj-|-(y|m|objs)$|^\$/.test(a.name) || a.name.includes("$")) {
        if (a.op === ":=" || a.op === "::=" || a.op === ":::=") entry.obj = expand(a.value, this.lookup);
      }
      this.seen.push(entry);
      this.assign(a);
    }
    visiting.delete(file.path);
  }
  assign(a) {
    const name = a.name.includes("$") ? expand(a.name, this.lookup).value.trim() : a.name;
    if (this.cmdline.has(name) && !a.override) return;
    const cur = this.vars.get(name);
    switch (a.op) {
      case "=":
        this.vars.set(name, { value: a.value, simple: false });
        break;
      case ":=":
      case "::=":
      case ":::=":
        this.vars.set(name, { value: expand(a.value, this.lookup).value, simple: true });
        break;
      case "?=":
        if (!cur) this.vars.set(name, { value: a.value, simple: false });
        break;
      case "+=":
        if (!cur) this.vars.set(name, { value: a.value, simple: false });
        else if (cur.simple) cur.value = `${cur.value} ${expand(a.value, this.lookup).value}`.trim();
        else cur.value = `${cur.value} ${a.value}`.trim();
        break;
      case "!=":
        this.vars.set(name, { value: "$(shell ...)", simple: false });
        break;
    }
  }
};
function resolveObjEntries(files, notes) {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const cmdline = commandLineConfig(files);
  const kbuildDirs = new Set(files.filter((f) => posix.basename(f.path) === "Kbuild").map((f) => dirOf(f.path)));
  const roots = files.filter((f) => {
    const base = posix.basename(f.path);
    if (base === "Kbuild") return true;
    return base === "Makefile" && !kbuildDirs.has(dirOf(f.path));
  });
  const out = [];
  const keys = /* @__PURE__ */ new Set();
  const note = (file, line, message) => notes?.push({ file, line, message });
  for (const root of roots) {
    const dir = dirOf(root.path);
    const reader = new Reader(byPath, cmdline, dir);
    reader.read(root, /* @__PURE__ */ new Set());
    const names = (a) => a.name.includes("$") ? expand(a.name, reader.lookup).value : a.name;
    const partsOf = /* @__PURE__ */ new Map();
    for (const s of reader.seen) {
      const n = names(s.a);
      const m2 = /^(.+)-(y|m|objs)$/.exec(n.trim());
      if (!m2 || m2[1] === "obj" || m2[1].startsWith("obj-") || m2[1].includes("flags") || m2[1].startsWith("subdir")) continue;
      const v2 = s.obj ?? expand(s.a.value, reader.lookup);
      if (!v2.resolved) note(s.file.path, s.a.line, `parts of ${m2[1]} depend on ${v2.unresolved.join(", ")}, which the audit does not evaluate`);
      const cur = partsOf.get(m2[1]) ?? { parts: [], line: s.a.line, file: s.file.path };
      if (s.a.op === ":=" || s.a.op === "=") cur.parts = [];
      cur.parts.push(...v2.value.split(/\s+/).filter(Boolean));
      partsOf.set(m2[1], cur);
    }
    for (const s of reader.seen) {
      const suffixRaw = /^obj-(.+)$/.exec(s.a.name)?.[1];
      if (suffixRaw === void 0) continue;
      let unresolvedConfig;
      const suffix = expand(suffixRaw, reader.lookup);
      let kind = suffix.value.trim();
      if (!suffix.resolved) {
        const cfg = /^\$[({](CONFIG_[A-Za-z0-9_]+)[)}]$/.exec(suffixRaw)?.[1];
        if (!cfg) {
          note(s.file.path, s.a.line, `obj-${suffixRaw} depends on ${suffix.unresolved.join(", ")}; its entries were not resolved`);
          continue;
        }
        unresolvedConfig = cfg;
        kind = "m";
        note(s.file.path, s.a.line, `${cfg} is never set in the repository; obj-$(${cfg}) builds only when the kernel config or the command line sets it to m`);
      }
      if (kind !== "m" && kind !== "y") continue;
      const v2 = s.obj ?? expand(s.a.value, reader.lookup);
      if (!v2.resolved) {
        const why = v2.recursive ? "a variable that refers to itself" : v2.unresolved.join(", ");
        note(s.file.path, s.a.line, `obj-${suffixRaw} uses ${why}, which the audit does not evaluate; its entries are not listed`);
        continue;
      }
      for (const word of v2.value.split(/\s+/).filter(Boolean)) {
        const subdir = word.endsWith("/");
        if (!subdir && kind === "y") continue;
        if (!subdir && (!word.endsWith(".o") || word === ".o")) continue;
        const name = subdir ? word : word.slice(0, -2);
        const key = `${s.file.path}:${s.a.line}:${name}`;
        if (keys.has(key)) continue;
        keys.add(key);
        const entry = {
          name,
          subdir,
          file: s.file.path,
          line: s.a.line,
          parts: [],
          dir: subdir ? posix.normalize(posix.join(dir, word)).replace(/\/$/, "") : dir,
          via: `obj-${suffixRaw}`
        };
        if (unresolvedConfig) entry.unresolvedConfig = unresolvedConfig;
        const parts = subdir ? void 0 : partsOf.get(name);
        if (parts) {
          entry.parts = parts.parts;
          entry.partsLine = parts.line;
          entry.partsFile = parts.file;
        }
        out.push(entry);
      }
    }
  }
  return out;
}

// src/model/build.ts
function buildModel(scan, config) {
  const notes = scan.notes.map((n) => ({ file: n.file, message: n.message }));
  const make = /* @__PURE__ */ new Map();
  for (const f of scan.files.values()) {
    const kind = isBuildFile(f.path);
    if (!kind || f.text === void 0) continue;
    const mf = parseMakefile(f.path, f.text, kind);
    make.set(f.path, mf);
    for (const n of mf.notes) notes.push({ file: f.path, line: n.line, message: n.message });
  }
  const objEntries = resolveObjEntries([...make.values()]);
  const c = /* @__PURE__ */ new Map();
  for (const f of scan.files.values()) {
    if (!isCPath(f.path) || f.text === void 0) continue;
    if (!looksLikeKernelC(f.text) && !f.path.endsWith(".h")) continue;
    if (isAuxiliaryPath(f.path) && !namedByKbuild(f.path, objEntries)) continue;
    const cf = readCFile(f.path, f.text);
    c.set(f.path, cf);
    for (const n of cf.notes) notes.push({ file: f.path, message: n });
  }
  const modules = discoverModules(objEntries, c, notes);
  return {
    root: scan.root,
    scan,
    config,
    make,
    objEntries,
    c,
    modules,
    docs: buildDocsModel(scan),
    license: buildLicenseModel(scan, kernelFiles(scan, c, make)),
    ci: { files: [], builds: [], tested: [] },
    dkms: [],
    kernels: { tested: [], implied: { min: null, max: null } },
    notes
  };
}
function namedByKbuild(p, entries) {
  const stem = p.replace(/\.[ch]$/, "");
  return entries.some((e) => {
    const dir = e.file.includes("/") ? e.file.slice(0, e.file.lastIndexOf("/") + 1) : "";
    return [`${e.name}.o`, ...e.parts].some((o) => dir + o.replace(/\.o$/, "") === stem);
  });
}
function kernelFiles(scan, c, make) {
  const out = /* @__PURE__ */ new Set([...c.keys(), ...[...make.keys()].filter((p) => !isAuxiliaryPath(p))]);
  for (const p of scan.files.keys()) if (/(^|\/)Kconfig$/.test(p) && !isAuxiliaryPath(p)) out.add(p);
  return [...out].sort();
}

// src/rules/rule.ts
var DOCS_BASE = "https://github.com/lkm-audit/lkm-audit/blob/main/docs/rules.md";
function docsAnchor(id) {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}
function defineRule(meta) {
  const [category] = meta.id.split("/");
  return { ...meta, category, docs: `${DOCS_BASE}#${docsAnchor(meta.id)}` };
}

// src/rules/build/missing-makefile.ts
var missing_makefile_default = defineRule({
  id: "build/missing-makefile",
  severity: "error",
  title: "No Makefile or Kbuild builds a module",
  why: "An out-of-tree module is built by kbuild: `make -C <kernel headers> M=<dir>` reads the Makefile or Kbuild of the module folder. Without one, nobody can build the module against their kernel (kbuild modules.rst §3).",
  fix: "Add a Kbuild file with `obj-m := <name>.o` and a Makefile wrapper calling `$(MAKE) -C $(KDIR) M=$(CURDIR) modules`.",
  check(model) {
    if (model.make.size > 0) return [];
    const code2 = model.modules.map((m2) => m2.mainSource).filter((s) => !!s);
    if (code2.length === 0 && model.c.size === 0) return [];
    return [
      {
        file: code2[0],
        line: code2[0] ? 1 : void 0,
        message: `no Makefile or Kbuild file in the repository, so the module code${code2.length ? ` (${code2.join(", ")})` : ""} cannot be built with kbuild`
      }
    ];
  }
});

// src/rules/build/no-obj-m.ts
var no_obj_m_default = defineRule({
  id: "build/no-obj-m",
  severity: "error",
  title: "Build files never assign obj-m",
  why: "kbuild builds a loadable module only for objects listed in `obj-m`; without it `make modules` builds nothing (kbuild modules.rst §3, makefiles.rst §3.2).",
  fix: "Declare the module in Kbuild or the Makefile: `obj-m := <name>.o` (and `<name>-y := a.o b.o` for several sources).",
  check(model) {
    if (model.make.size === 0 || model.objEntries.length > 0) return [];
    const first = [...model.make.values()].sort((a, b2) => a.path.split("/").length - b2.path.split("/").length)[0];
    return [
      { file: first.path, line: 1, message: `${first.path} and the other build files never assign obj-m, so kbuild builds no module` }
    ];
  }
});

// src/rules/build/index.ts
var rules = [missing_makefile_default, no_obj_m_default];

// src/rules/docs/doc-text.ts
function docLines(model) {
  const docs = [];
  if (model.docs.readme) docs.push(model.docs.readme);
  docs.push(...model.docs.others);
  const lines = [];
  for (const doc of docs) {
    for (const block of doc.code) {
      block.text.split("\n").forEach((text, i) => {
        lines.push({ file: doc.path, line: block.line + i, text, kind: "code" });
      });
    }
    for (const p of doc.prose) lines.push({ file: doc.path, line: p.line, text: p.text, kind: "prose" });
  }
  return lines;
}
function findDocLine(lines, pattern, where = "any") {
  return lines.find((l) => (where === "any" || l.kind === "code") && pattern.test(l.text));
}
function holdsKernelCode(model) {
  return model.modules.length > 0 || model.c.size > 0;
}
function docsAnchorFinding(model, message) {
  const readme2 = model.docs.readme;
  return readme2 ? { file: readme2.path, line: 1, message } : { message };
}

// src/rules/docs/examples.ts
var HELLO_C = `// SPDX-License-Identifier: GPL-2.0
#include <linux/init.h>
#include <linux/module.h>

static int __init hello_init(void)
{
	pr_info("hello\\n");
	return 0;
}

static void __exit hello_exit(void)
{
	pr_info("bye\\n");
}

module_init(hello_init);
module_exit(hello_exit);

MODULE_LICENSE("GPL");
MODULE_AUTHOR("Jane Doe <jane@example.org>");
MODULE_DESCRIPTION("Says hello");
`;
var HELLO_MAKEFILE = `# SPDX-License-Identifier: GPL-2.0
obj-m := hello.o

KDIR ?= /lib/modules/$(shell uname -r)/build

all:
	$(MAKE) -C $(KDIR) M=$(CURDIR) modules

clean:
	$(MAKE) -C $(KDIR) M=$(CURDIR) clean
`;
var HELLO_MODULE = { "hello.c": HELLO_C, Makefile: HELLO_MAKEFILE };
var README_BUILD = `## Build

Install the headers of the running kernel (\`linux-headers-$(uname -r)\` on Debian), then:

\`\`\`sh
make
make KDIR=/path/to/other/headers   # another kernel
\`\`\`
`;
var README_INSTALL = `## Install

\`\`\`sh
sudo insmod hello.ko
sudo make -C /lib/modules/$(uname -r)/build M=$PWD modules_install
\`\`\`
`;
var README_SIGNING = `## Secure Boot

With Secure Boot the kernel refuses unsigned modules. Sign it with your MOK key:

\`\`\`sh
/usr/src/linux-headers-$(uname -r)/scripts/sign-file sha256 MOK.priv MOK.der hello.ko
\`\`\`
`;
function readme(...sections) {
  return ["# hello", "", "A kernel module that says hello.", "", ...sections].join("\n");
}

// src/rules/docs/missing-build-instructions.ts
var MAKE_IN_CODE = /(^|[\s$;&|(`])make(?![-\w.])/;
var MAKE_IN_PROSE = /\bmake\s+(-C\b|KDIR=|KERNELDIR=|KSRC=|M=)/;
var DKMS_BUILD = /\bdkms\s+(add|build|install)\b/;
var HEADERS = /kernel[ -]?headers|linux-headers|kernel-devel|kernel[ -]sources?|\/lib\/modules\/|\b(KDIR|KERNELDIR|KERNEL_DIR|KSRC|KERNEL_SRC|KERNEL_SOURCE)\b|-C\s+\S+\s+M=/i;
var missing_build_instructions_default = defineRule({
  id: "docs/missing-build-instructions",
  severity: "warning",
  title: "The documentation does not say how to build the module against kernel headers",
  why: "An external module builds only against the headers of the exact kernel it will run on (`make -C <headers> M=$PWD`, Documentation/kbuild/modules.rst); users who are not told which headers to install, or how to point the build at another tree (`KDIR=`), build against the wrong kernel or not at all.",
  fix: "Add a Build section: the headers package to install, `make`, and `make KDIR=/path/to/headers` for another kernel.",
  example: {
    bad: { ...HELLO_MODULE, "README.md": readme("Load it and enjoy.\n") },
    good: { ...HELLO_MODULE, "README.md": readme(README_BUILD) }
  },
  check(model) {
    if (!holdsKernelCode(model)) return [];
    const lines = docLines(model);
    if (findDocLine(lines, DKMS_BUILD)) return [];
    const make = findDocLine(lines, MAKE_IN_CODE, "code") ?? lines.find((l) => l.kind === "prose" && MAKE_IN_PROSE.test(l.text));
    if (!make) {
      return [docsAnchorFinding(model, "nothing in the documentation says how to build the module (`make` against kernel headers)")];
    }
    if (findDocLine(lines, HEADERS)) return [];
    return [
      {
        file: make.file,
        line: make.line,
        message: "the build instructions do not say which kernel headers they need or how to point at another tree (`make KDIR=/path/to/headers`)"
      }
    ];
  }
});

// src/rules/docs/missing-install-instructions.ts
var INSTALL = /\binsmod\b|\bmodprobe\b|\bmodules_install\b|\bdkms\b|\bmake\s+install\b/i;
var missing_install_instructions_default = defineRule({
  id: "docs/missing-install-instructions",
  severity: "warning",
  title: "The documentation does not say how to load or install the module",
  why: "A built `.ko` does nothing until it is loaded (`insmod`), installed where `modprobe` finds it (`make modules_install` puts it in /lib/modules/<release>/extra) or handed to DKMS to be rebuilt on kernel updates; the guide asks for clear installation instructions.",
  fix: "Add an Install section: `insmod` to try it, `modules_install` + `modprobe` or `dkms install` to keep it.",
  example: {
    bad: { ...HELLO_MODULE, "README.md": readme(README_BUILD) },
    good: { ...HELLO_MODULE, "README.md": readme(README_BUILD, README_INSTALL) }
  },
  check(model) {
    if (!holdsKernelCode(model)) return [];
    if (findDocLine(docLines(model), INSTALL)) return [];
    return [
      docsAnchorFinding(
        model,
        "nothing in the documentation says how to load or install the module (insmod, modprobe, modules_install, dkms)"
      )
    ];
  }
});

// src/rules/docs/module-anchor.ts
function moduleAnchor(mod) {
  const facts = [mod.license, mod.description, mod.version, ...mod.authors, mod.init, mod.exit];
  const inMain = facts.filter((f) => f && f.file === mod.mainSource).map((f) => f.line);
  if (mod.mainSource && inMain.length > 0) return { file: mod.mainSource, line: Math.min(...inMain) };
  if (mod.mainSource) return { file: mod.mainSource, line: 1 };
  return { file: mod.buildFile, line: mod.buildLine };
}
function sourcesRead(mod) {
  return mod.sources.length > 0;
}

// src/rules/docs/missing-module-author.ts
var missing_module_author_default = defineRule({
  id: "docs/missing-module-author",
  severity: "note",
  title: "A module has no MODULE_AUTHOR",
  why: '`MODULE_AUTHOR("Name <email>")` (one per author, include/linux/module.h) is how `modinfo` tells users and distributions whom to contact about a module they found loaded.',
  fix: 'Add `MODULE_AUTHOR("Name <email>");`, one line per author.',
  example: {
    bad: { "hello.c": HELLO_C.replace('MODULE_AUTHOR("Jane Doe <jane@example.org>");\n', ""), Makefile: HELLO_MAKEFILE },
    good: { "hello.c": HELLO_C, Makefile: HELLO_MAKEFILE }
  },
  check(model) {
    return model.modules.filter((mod) => sourcesRead(mod) && mod.authors.length === 0).map((mod) => ({ ...moduleAnchor(mod), message: `module ${mod.name} has no MODULE_AUTHOR()` }));
  }
});

// src/rules/docs/missing-module-description.ts
var missing_module_description_default = defineRule({
  id: "docs/missing-module-description",
  severity: "warning",
  title: "A module has no MODULE_DESCRIPTION",
  why: "`modinfo` shows the description to users and packagers, and since Linux 6.5 modpost warns about a module without `MODULE_DESCRIPTION()` when built with `W=1` (commit 1fffe7a34c89); upstream expects one.",
  fix: 'Add `MODULE_DESCRIPTION("what the module does");` next to `MODULE_LICENSE`.',
  example: {
    bad: { "hello.c": HELLO_C.replace('MODULE_DESCRIPTION("Says hello");\n', ""), Makefile: HELLO_MAKEFILE },
    good: { "hello.c": HELLO_C, Makefile: HELLO_MAKEFILE }
  },
  check(model) {
    return model.modules.filter((mod) => sourcesRead(mod) && !mod.description).map((mod) => ({ ...moduleAnchor(mod), message: `module ${mod.name} has no MODULE_DESCRIPTION()` }));
  }
});

// src/rules/docs/missing-readme.ts
var missing_readme_default = defineRule({
  id: "docs/missing-readme",
  severity: "warning",
  title: "No README",
  why: 'Users of an out-of-tree module must build it themselves against their kernel headers; without a README they do not know how to build, load or which kernels are supported (guide: "Provide clear documentation and installation instructions").',
  fix: "Add a README.md that says what the module does, how to build it (`make KDIR=...`), how to load it and which kernels it supports.",
  check(model) {
    if (model.docs.readme) return [];
    return [{ message: "the repository has no README (README.md, README, docs/README.md ...)" }];
  }
});

// src/rules/docs/missing-signing-guidance.ts
var SIGNING = /sign-file|\bsign_file\b|\bMOK\b|mokutil|secure\s*boot|module[ -]signing|\bsign(?:ing|ed)?\s+(?:the\s+)?(?:kernel\s+)?modules?\b|mok_signing_key|mok_certificate|KBUILD_SIGN_PIN|sig_enforce/i;
var missing_signing_guidance_default = defineRule({
  id: "docs/missing-signing-guidance",
  severity: "note",
  title: "The documentation says nothing about module signing, Secure Boot or MOK",
  why: "With Secure Boot (lockdown) or `CONFIG_MODULE_SIG_FORCE` the kernel rejects unsigned modules, and elsewhere they load with taint 'E'; users need to know to sign with `scripts/sign-file` or DKMS's `mok_signing_key` and to enrol the certificate with `mokutil --import` (admin-guide/module-signing.rst).",
  fix: "Add a Secure Boot section: how to sign (`sign-file`, or DKMS signing) and how to enrol the key (`mokutil --import`).",
  example: {
    bad: { ...HELLO_MODULE, "README.md": readme(README_BUILD) },
    good: { ...HELLO_MODULE, "README.md": readme(README_BUILD, README_SIGNING) }
  },
  check(model) {
    if (!holdsKernelCode(model)) return [];
    if (findDocLine(docLines(model), SIGNING)) return [];
    return [docsAnchorFinding(model, "nothing in the documentation covers module signing, Secure Boot or MOK enrolment")];
  }
});

// src/rules/docs/undocumented-module-param.ts
var PARAM = "static int count = 1;\nmodule_param(count, int, 0444);\n";
var PARAM_DESC = 'MODULE_PARM_DESC(count, "How many times to say hello");\n';
var undocumented_module_param_default = defineRule({
  id: "docs/undocumented-module-param",
  severity: "warning",
  title: "A module parameter has no MODULE_PARM_DESC",
  why: '`MODULE_PARM_DESC(name, "...")` (include/linux/moduleparam.h) is the only description `modinfo -p` can show; without it users must read the source to learn what a parameter does and which values it takes.',
  fix: 'Add `MODULE_PARM_DESC(<name>, "what it does, its unit and default");` after the `module_param`.',
  example: {
    bad: { "hello.c": HELLO_C.replace("\nstatic int __init", `
${PARAM}
static int __init`), Makefile: HELLO_MAKEFILE },
    good: {
      "hello.c": HELLO_C.replace("\nstatic int __init", `
${PARAM}${PARAM_DESC}
static int __init`),
      Makefile: HELLO_MAKEFILE
    }
  },
  check(model) {
    return model.modules.flatMap(
      (mod) => mod.params.filter((p) => !p.description).map((p) => ({
        file: p.file,
        line: p.line,
        column: p.column,
        message: `parameter ${p.name} of module ${mod.name} has no MODULE_PARM_DESC()`
      }))
    );
  }
});

// src/rules/docs/index.ts
var rules2 = [
  missing_readme_default,
  missing_build_instructions_default,
  missing_install_instructions_default,
  missing_signing_guidance_default,
  missing_module_description_default,
  missing_module_author_default,
  undocumented_module_param_default
];

// src/rules/hygiene/unused-suppression.ts
var unused_suppression_default = defineRule({
  id: "hygiene/unused-suppression",
  severity: "note",
  title: "A suppression matched nothing",
  why: "A `lkm-audit-ignore` comment that silences nothing hides the next real finding on that line and misleads readers about the code.",
  fix: "Remove the comment, or correct the rule id it names.",
  check: () => []
});

// src/rules/hygiene/index.ts
var rules3 = [unused_suppression_default];

// src/rules/license/missing-license-file.ts
var LICENSE_FILE = /(^|\/)(licen[cs]e|copying)([.-][^/]*)?$/i;
var missing_license_file_default = defineRule({
  id: "license/missing-license-file",
  severity: "error",
  title: "No licence file",
  why: "Without a LICENSE or COPYING file nobody may legally redistribute or package the module, and distributions and upstream reviewers cannot check that the code is GPL-compatible (process/license-rules.rst).",
  fix: "Add the licence text as LICENSE or COPYING at the root (GPL-2.0 for code meant for upstream).",
  check(model) {
    for (const p of model.scan.files.keys()) if (LICENSE_FILE.test(p) && !p.includes("node_modules/")) return [];
    return [{ message: "the repository has no LICENSE, LICENCE or COPYING file" }];
  }
});

// src/rules/license/index.ts
var rules4 = [missing_license_file_default];

// src/rules/index.ts
var allRules = [...rules, ...rules4, ...rules2, ...rules3];
var rulesById = new Map(allRules.map((r) => [r.id, r]));

// src/scan/git-files.ts
import { execFileSync } from "node:child_process";
function readGitView(root) {
  try {
    const inside = execFileSync("git", ["-C", root, "rev-parse", "--is-inside-work-tree"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 1e4
    }).trim();
    if (inside !== "true") return void 0;
    const out = execFileSync("git", ["-C", root, "-c", "core.fsmonitor=false", "ls-files", "-z", "--full-name", "."], {
      encoding: "buffer",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 256 * 1024 * 1024,
      timeout: 3e4
    });
    const prefix = execFileSync("git", ["-C", root, "rev-parse", "--show-prefix"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 1e4
    }).trim();
    const tracked = /* @__PURE__ */ new Set();
    for (const p of out.toString("utf8").split("\0")) {
      if (!p) continue;
      if (prefix && !p.startsWith(prefix)) continue;
      tracked.add(p.slice(prefix.length));
    }
    return { tracked };
  } catch {
    return void 0;
  }
}

// src/scan/walk.ts
var import_ignore = __toESM(require_ignore(), 1);
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import path2 from "node:path";

// src/scan/decode.ts
var decoder = new TextDecoder("utf-8", { fatal: false });
function isBinary(buf) {
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}
function decodeText(buf) {
  const s = decoder.decode(buf);
  return s.charCodeAt(0) === 65279 ? s.slice(1) : s;
}

// src/scan/walk.ts
var DEFAULT_WALK = { maxFileBytes: 1024 * 1024, ignore: [], maxDepth: 64, maxFiles: 5e4 };
function walkRepository(root, git, opts) {
  const realRoot = realpathSync(root);
  const out = { root: realRoot, files: /* @__PURE__ */ new Map(), git: !!git, trackedIgnored: [], notes: [] };
  const configIgnore = (0, import_ignore.default)().add(opts.ignore);
  const seenDirs = /* @__PURE__ */ new Set();
  let count = 0;
  let truncated = false;
  const byRealPath = /* @__PURE__ */ new Map();
  const readCached = (abs, rel) => {
    let real = abs;
    try {
      real = realpathSync(abs);
    } catch {
    }
    const tracked = git ? git.tracked.has(rel) : true;
    const hit = byRealPath.get(real);
    if (hit) return { ...hit, path: rel, tracked };
    const f = readOne(real, rel, tracked, opts, out);
    byRealPath.set(real, { size: f.size, text: f.text, binary: f.binary });
    return f;
  };
  const visit = (dirAbs, dirRel, depth, scoped) => {
    if (depth > opts.maxDepth) {
      out.notes.push({ file: dirRel, message: `skipped: folder nesting deeper than ${opts.maxDepth}` });
      return;
    }
    let real;
    try {
      real = realpathSync(dirAbs);
    } catch {
      out.notes.push({ file: dirRel || ".", message: "skipped: folder could not be resolved" });
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = readdirSync(dirAbs).sort();
    } catch (e) {
      out.notes.push({ file: dirRel || ".", message: `skipped: folder not readable (${e.code})` });
      return;
    }
    let rules5 = scoped;
    const giRel = dirRel ? `${dirRel}/.gitignore` : ".gitignore";
    if (entries.includes(".gitignore") && lstatSafe(path2.join(dirAbs, ".gitignore"))?.isFile()) {
      const gi = readCached(path2.join(dirAbs, ".gitignore"), giRel);
      out.files.set(giRel, gi);
      count++;
      if (gi.text !== void 0) rules5 = [...scoped, { base: dirRel, ig: (0, import_ignore.default)().add(gi.text) }];
    }
    const relTo = (rel, s) => s.base ? rel.slice(s.base.length + 1) : rel;
    for (const name of entries) {
      if (name === ".git") continue;
      const rel = dirRel ? `${dirRel}/${name}` : name;
      if (out.files.has(rel)) continue;
      const abs = path2.join(dirAbs, name);
      let st;
      try {
        st = lstatSync(abs);
      } catch {
        out.notes.push({ file: rel, message: "skipped: could not stat" });
        continue;
      }
      let isDir = st.isDirectory();
      let isFile = st.isFile();
      if (st.isSymbolicLink()) {
        let target;
        try {
          target = realpathSync(abs);
        } catch {
          out.notes.push({ file: rel, message: "skipped: dangling or looping symbolic link" });
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + path2.sep)) {
          out.notes.push({ file: rel, message: "skipped: symbolic link points outside the audited root" });
          continue;
        }
        try {
          const t = statSync(target);
          isDir = t.isDirectory();
          isFile = t.isFile();
        } catch {
          continue;
        }
      }
      const ignoredBy = (d) => configIgnore.ignores(d ? `${rel}/` : rel) || rules5.some((s) => s.ig.ignores(relTo(rel, s) + (d ? "/" : "")));
      if (isDir) {
        if (ignoredBy(true)) {
          if (git) noteTrackedUnder(rel, git, out);
          continue;
        }
        visit(abs, rel, depth + 1, rules5);
        continue;
      }
      if (!isFile) {
        out.notes.push({ file: rel, message: "skipped: not a regular file (FIFO, socket or device)" });
        continue;
      }
      if (ignoredBy(false)) {
        if (git?.tracked.has(rel)) out.trackedIgnored.push(rel);
        continue;
      }
      if (count >= opts.maxFiles) {
        truncated = true;
        continue;
      }
      count++;
      out.files.set(rel, readCached(abs, rel));
    }
  };
  visit(realRoot, "", 0, []);
  if (truncated) out.notes.push({ message: `stopped after ${opts.maxFiles} files; the rest was not audited` });
  return out;
}
function noteTrackedUnder(relDir, git, out) {
  const prefix = `${relDir}/`;
  for (const t of git.tracked) if (t.startsWith(prefix)) out.trackedIgnored.push(t);
}
function readOne(abs, rel, tracked, opts, out) {
  let fd;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    out.notes.push({ file: rel, message: `skipped: not readable (${e.code})` });
    return { path: rel, size: 0, binary: false, tracked };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      out.notes.push({ file: rel, message: "skipped: not a regular file" });
      return { path: rel, size: 0, binary: false, tracked };
    }
    if (st.size > opts.maxFileBytes) {
      out.notes.push({ file: rel, message: `skipped: ${st.size} bytes, over the ${opts.maxFileBytes}-byte limit` });
      return { path: rel, size: st.size, binary: false, tracked };
    }
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n <= 0) break;
      off += n;
    }
    const data = buf.subarray(0, off);
    if (isBinary(data)) {
      if (/\.(c|h|s|S|md|txt|conf)$|Makefile$|Kbuild$|Kconfig$/.test(rel))
        out.notes.push({ file: rel, message: "skipped: binary content in a file with a text name" });
      return { path: rel, size: off, binary: true, tracked };
    }
    return { path: rel, size: off, text: decodeText(data), binary: false, tracked };
  } catch (e) {
    out.notes.push({ file: rel, message: `skipped: read failed (${e.code ?? e})` });
    return { path: rel, size: 0, binary: false, tracked };
  } finally {
    closeSync(fd);
  }
}
function lstatSafe(abs) {
  try {
    return lstatSync(abs);
  } catch {
    return void 0;
  }
}

// src/scan/index.ts
function scanRepository(root, opts = {}) {
  return walkRepository(root, readGitView(root), { ...DEFAULT_WALK, ...opts });
}

// src/types.ts
var SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
var CATEGORIES = [
  "build",
  "license",
  "docs",
  "ci",
  "compat",
  "cleanup",
  "security",
  "style",
  "dkms",
  "upstream",
  "hygiene"
];

// src/score/model.ts
var CATEGORY_WEIGHTS = {
  license: 20,
  cleanup: 20,
  build: 15,
  security: 10,
  compat: 8,
  ci: 8,
  docs: 8,
  dkms: 4,
  upstream: 4,
  style: 3,
  hygiene: 0
};
var SEVERITY_COST = { error: 50, warning: 20, note: 5 };
var REPEAT_FACTOR = 0.5;
var GRADE_FLOORS = [
  ["A", 90],
  ["B", 80],
  ["C", 70],
  ["D", 60],
  ["E", 50]
];
var GRADE_WITH_ERRORS = "B";

// src/score/index.ts
var EPSILON = 1e-9;
function computeScore(findings) {
  const categories = {};
  let total = 0;
  for (const category of CATEGORIES) {
    const own = findings.filter((f) => categoryOf(f) === category);
    const byRule = groupByRule(own);
    const lost = Math.min(100, [...byRule.values()].reduce((sum, fs) => sum + ruleCost(fs), 0));
    categories[category] = {
      score: Math.floor(100 - lost + EPSILON),
      findings: own.length,
      reason: reason(category, byRule, lost)
    };
    total += CATEGORY_WEIGHTS[category] * (100 - lost) / 100;
  }
  const score = Math.floor(total + EPSILON);
  const hasErrors = findings.some((f) => f.severity === "error");
  return { score, grade: grade(score, hasErrors), categories };
}
function grade(score, hasErrors = false) {
  const byScore = GRADE_FLOORS.find(([, floor]) => score >= floor)?.[0] ?? "F";
  return hasErrors && byScore === "A" ? GRADE_WITH_ERRORS : byScore;
}
function ruleCost(findings) {
  const costs = findings.map((f) => SEVERITY_COST[f.severity]).sort((a, b2) => b2 - a);
  return costs.reduce((sum, cost, i) => sum + cost * REPEAT_FACTOR ** i, 0);
}
function categoryOf(f) {
  const prefix = f.ruleId.slice(0, f.ruleId.indexOf("/"));
  return CATEGORIES.includes(prefix) ? prefix : void 0;
}
function groupByRule(findings) {
  const byRule = /* @__PURE__ */ new Map();
  for (const f of [...findings].sort((a, b2) => a.ruleId < b2.ruleId ? -1 : a.ruleId > b2.ruleId ? 1 : 0)) {
    byRule.set(f.ruleId, [...byRule.get(f.ruleId) ?? [], f]);
  }
  return byRule;
}
function reason(category, byRule, lost) {
  if (byRule.size === 0) return "";
  const parts = [...byRule.entries()].map(([id, fs]) => ({ id, fs, cost: ruleCost(fs) })).sort((a, b2) => b2.cost - a.cost || (a.id < b2.id ? -1 : 1)).map(({ id, fs }) => `${id} (${severityCounts(fs)})`);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  if (CATEGORY_WEIGHTS[category] === 0) return `No points at stake (weight 0), but reported: ${list}.`;
  const capped = lost >= 100 ? ", the most a category can lose" : "";
  return `Lost ${Math.ceil(lost - EPSILON)} of 100${capped} to ${list}.`;
}
function severityCounts(findings) {
  const counts = ["error", "warning", "note"].map((s) => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0);
  return counts.map(([s, n]) => `${n} ${s}${n === 1 ? "" : "s"}`).join(", ");
}

// src/version.ts
var VERSION2 = "1.0.0";

// src/audit.ts
var ConfigFileError = class extends Error {
  constructor(errors) {
    super(errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ""}: ${e.message}`).join("\n"));
    this.errors = errors;
  }
};
function loadConfig(root, configPath) {
  const abs = configPath ? path3.resolve(root, configPath) : path3.join(root, ".lkm-audit.yml");
  if (!existsSync(abs)) {
    if (configPath) throw new ConfigFileError([{ file: configPath, message: "config file not found" }]);
    return EMPTY_CONFIG;
  }
  const rel = path3.relative(root, abs).split(path3.sep).join("/");
  const display = rel.startsWith("..") ? abs : rel;
  const { config, errors } = parseConfig(display, readFileSync(abs, "utf8"), new Set(rulesById.keys()));
  if (errors.length) throw new ConfigFileError(errors);
  return config;
}
async function audit(root, options = {}) {
  const config = loadConfig(root, options.config);
  const scan = scanRepository(root, { ignore: config.ignore });
  const model = buildModel(scan, config);
  const raw = [];
  for (const rule of allRules) {
    let found;
    try {
      found = rule.check(model);
    } catch (e) {
      model.notes.push({ message: `rule ${rule.id} failed: ${e.message}` });
      continue;
    }
    for (const f of found) raw.push(finish(rule, f, config));
  }
  if (options.extraFindings) {
    for (const f of await options.extraFindings(model)) {
      const rule = rulesById.get(f.ruleId);
      if (rule) raw.push(finish(rule, f, config));
    }
  }
  const sups = findSuppressions(scan);
  const { kept, suppressed } = applySuppressions(
    raw.filter((f) => (config.rules.get(f.ruleId)?.severity ?? f.severity) !== "off"),
    sups
  );
  const unused = rulesById.get("hygiene/unused-suppression");
  for (const s of sups) {
    if (s.used) continue;
    const known = rulesById.has(s.ruleId);
    kept.push(
      finish(
        unused,
        {
          file: s.file,
          line: s.line,
          column: s.column,
          message: known ? `suppression of ${s.ruleId} matches no finding on this line or the next` : `suppression names ${s.ruleId}, which is not a rule id`
        },
        config
      )
    );
  }
  const findings = kept.filter((f) => f.severity !== "off").sort(compareFindings);
  return { report: makeReport(root, model, findings, suppressed), model };
}
function finish(rule, f, config) {
  const override = config.rules.get(rule.id)?.severity;
  return {
    ruleId: rule.id,
    severity: override ?? rule.severity,
    ...f,
    help: rule.docs
  };
}
var RANK = { error: 0, warning: 1, note: 2 };
function compareFindings(a, b2) {
  return (a.file ?? "").localeCompare(b2.file ?? "") || (a.line ?? 0) - (b2.line ?? 0) || (a.column ?? 0) - (b2.column ?? 0) || RANK[a.severity] - RANK[b2.severity] || a.ruleId.localeCompare(b2.ruleId) || a.message.localeCompare(b2.message);
}
function makeReport(root, model, findings, suppressed) {
  const score = computeScore(findings);
  const count = (s) => findings.filter((f) => f.severity === s).length;
  const k2 = model.kernels;
  const declared = k2.declared ? `${k2.declared.min ?? ""}-${k2.declared.max ?? ""}` : null;
  return {
    tool: { name: "lkm-audit", version: VERSION2 },
    root,
    modules: model.modules.map((m2) => ({
      name: m2.name,
      dir: m2.dir,
      sources: m2.sources.map((s) => m2.dir === "." ? s : s),
      buildFile: m2.buildFile,
      init: m2.init ? { function: m2.init.function, file: m2.init.file, line: m2.init.line } : null,
      exit: m2.exit ? { function: m2.exit.function, file: m2.exit.file, line: m2.exit.line } : null,
      license: m2.license?.resolved ? m2.license.value : null
    })),
    kernels: { declared, tested: k2.tested, implied: k2.implied },
    licenses: model.license.files.map((l) => ({ file: l.path, spdx: l.spdx ?? null, confidence: l.confidence })),
    score: score.score,
    grade: score.grade,
    categories: score.categories,
    findings,
    suppressed,
    notes: model.notes,
    summary: {
      errors: count("error"),
      warnings: count("warning"),
      notes: count("note"),
      suppressed: suppressed.length,
      filesScanned: model.scan.files.size
    }
  };
}

// src/report/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/text.ts
var COLORS = {
  error: [31, 39],
  warning: [33, 39],
  note: [36, 39],
  dim: [2, 22],
  bold: [1, 22]
};
function renderText(report, opts) {
  const paint = (k2, s2) => opts.color ? `\x1B[${COLORS[k2][0]}m${s2}\x1B[${COLORS[k2][1]}m` : s2;
  const out = [];
  const groups = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    const key = f.file ?? "(repository)";
    groups.set(key, [...groups.get(key) ?? [], f]);
  }
  for (const [file, list] of groups) {
    out.push(paint("bold", file));
    for (const f of list) {
      const pos = f.line ? `${f.line}:${f.column ?? 1}` : "-";
      const kernel = f.kernel ? ` [${f.kernel}]` : "";
      out.push(
        `  ${paint("dim", pos.padEnd(8))} ${paint(f.severity, f.severity.padEnd(7))} ${f.message}${kernel}  ${paint("dim", f.ruleId)}`
      );
      const hint = opts.hints.get(f.ruleId);
      if (hint) out.push(`  ${" ".repeat(8)} ${" ".repeat(7)} ${paint("dim", `fix: ${hint}`)}`);
    }
    out.push("");
  }
  const s = report.summary;
  const mods = report.modules.map((m2) => `${m2.name}${m2.dir === "." ? "" : ` (${m2.dir})`}`).join(", ") || "none found";
  out.push(`modules: ${mods}`);
  out.push(
    `${paint("bold", `score ${report.score}/100 (${report.grade})`)}: ${s.errors} error(s), ${s.warnings} warning(s), ${s.notes} note(s)${s.suppressed ? `, ${s.suppressed} suppressed` : ""}; ${s.filesScanned} files scanned`
  );
  if (report.notes.length) out.push(paint("dim", `${report.notes.length} analysis note(s); see --format json for details`));
  return `${out.join("\n")}
`;
}

// src/report/index.ts
var FORMATS = ["text", "json"];
function render(format, report, opts) {
  switch (format) {
    case "json":
      return renderJson(report);
    default:
      return renderText(report, { color: opts.color, hints: new Map(allRules.map((r) => [r.id, r.fix])) });
  }
}

// src/threshold.ts
function failsThreshold(findings, failOn) {
  if (failOn === "never") return false;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

// src/cli.ts
var HELP = `Usage: lkm-audit [PATH] [options]

Audit a repository holding an out-of-tree Linux kernel module.

Options:
  --format <fmt>          ${FORMATS.join("|")} (default text)
  --output <file>         write the report to a file instead of stdout
  --config <file>         config file (default PATH/.lkm-audit.yml)
  --fail-on <level>       error|warning|note|never (default error)
  --build                 also compile the module against kernel header trees (runs its Makefile)
  --kernel-headers <dir>  a kernel header tree for --build (repeatable)
  --list-rules            list every rule with its default severity
  --no-color              no colours in text output
  --version               print the version
  --help                  this help

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or internal error.
`;
async function main(argv, io) {
  let parsed;
  try {
    parsed = parse2(argv);
  } catch (e) {
    io.stderr(`lkm-audit: ${e.message}
Try 'lkm-audit --help'.
`);
    return 2;
  }
  const { values: v2, positionals } = parsed;
  if (v2.help) {
    io.stdout(HELP);
    return 0;
  }
  if (v2.version) {
    io.stdout(`${VERSION2}
`);
    return 0;
  }
  if (v2["list-rules"]) {
    for (const r of allRules) io.stdout(`${r.id.padEnd(40)} ${r.severity.padEnd(8)} ${r.title}
`);
    return 0;
  }
  const format = v2.format ?? "text";
  if (!FORMATS.includes(format)) return usage(io, `--format must be one of ${FORMATS.join(", ")}`);
  const failOn = v2["fail-on"] ?? "error";
  if (!["error", "warning", "note", "never"].includes(failOn)) return usage(io, "--fail-on must be error, warning, note or never");
  if (positionals.length > 1) return usage(io, `one PATH at most (got ${positionals.length})`);
  const root = positionals[0] ?? ".";
  try {
    const { report } = await audit(root, { config: v2.config });
    const text = render(format, report, { color: format === "text" && io.isTTY && !v2["no-color"] && !io.env.NO_COLOR });
    if (v2.output) writeFileSync(v2.output, text);
    else io.stdout(text);
    return failsThreshold(report.findings, failOn) ? 1 : 0;
  } catch (e) {
    if (e instanceof ConfigFileError) {
      io.stderr(`lkm-audit: invalid config:
${e.message}
`);
      return 2;
    }
    const err = e;
    if (err.code === "ENOENT" || err.code === "ENOTDIR") {
      io.stderr(`lkm-audit: cannot audit ${root}: no such folder
`);
      return 2;
    }
    io.stderr(`lkm-audit: internal error: ${err.stack ?? err.message}
`);
    return 2;
  }
}
function parse2(argv) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string" },
      output: { type: "string", short: "o" },
      config: { type: "string" },
      "fail-on": { type: "string" },
      build: { type: "boolean" },
      "kernel-headers": { type: "string", multiple: true },
      "list-rules": { type: "boolean" },
      "no-color": { type: "boolean" },
      version: { type: "boolean", short: "v" },
      help: { type: "boolean", short: "h" }
    }
  });
}
function usage(io, msg) {
  io.stderr(`lkm-audit: ${msg}
Try 'lkm-audit --help'.
`);
  return 2;
}

// src/cli-bin.ts
var code = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: !!process.stdout.isTTY,
  env: process.env
});
process.exitCode = code;
