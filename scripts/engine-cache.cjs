// V8's code cache for the engine bundle, for the command-line tool (esbuild.js bundles this file into dist/cli.js
// and dist/cli-worker.js in place of `require("./engine.js")`; the extension host keeps the plain require).
//
// Loading dist/engine.js compiles 1.5 MB of JavaScript, and its first analyze compiles every function it calls
// (V8 compiles lazily): about 15 ms of a fresh process's load and 15 ms of its first analyze. `node esbuild.js`
// runs the engine once on invented sentences and saves V8's cache of everything compiled then (write below) as
// dist/engine.cache; a CLI process reads it back (load below) and skips those compilations. The cache holds
// bytecode for one V8 only: its header names the Node version, the architecture and the size and time of the
// engine.js it was made from, and a cache that does not match (another Node, a rebuilt engine, no cache at all)
// is ignored: the engine is then compiled as usual. Node 22's module.enableCompileCache() would do the same
// for every module; the Node the project supports (20) lacks it. The .vsix ships no cache (.vscodeignore):
// the extension host's V8 is Electron's, not the build's. The extension makes its own instead (lazy and
// useHostCache below, bundled into dist/extension.js): in its global storage, stamped with the host's Node and
// V8 versions, written after the host's first analysis.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const v8 = require("node:v8");
const Module = require("node:module");

/** Where the cache of an engine bundle lies: dist/engine.js → dist/engine.cache. */
const cacheOf = (file) => file.replace(/\.js$/, "") + ".cache";

/** What a cache must have been made for: this Node, this machine's architecture, this engine.js. */
function stamp(file) {
  const s = fs.statSync(file);
  return `${process.version} ${process.arch} ${s.size} ${s.mtimeMs}`;
}

/** The extension host's stamp: a new VS Code may bring another V8 under the same Node version. */
function hostStamp(file) {
  const s = fs.statSync(file);
  return `${process.version} ${process.versions.v8} ${process.arch} ${s.size} ${s.mtimeMs}`;
}

const { isAscii } = require("node:buffer");

/** The text of `file`: read as Latin-1 when it is ASCII (esbuild.js writes dist/engine.js so), which copies its bytes
 * into V8's one-byte string where decoding 1.6 MB of UTF-8 costs ~2 ms of the load; as UTF-8 otherwise. */
function source(file) {
  const bytes = fs.readFileSync(file);
  return isAscii?.(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString("utf8");
}

/** engine.js compiled with cachedData, run as the module `file` (registered in require's cache); under `name`, a
 * second copy of it that require never sees (eagerCache). */
function compile(file, cachedData, name = file) {
  const script = new vm.Script(Module.wrap(source(file)), { filename: name, cachedData });
  const m = new Module(name, null);
  m.filename = name;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext().call(m.exports, m.exports, require, m, name, path.dirname(file));
  m.loaded = true;
  if (name === file) Module._cache[file] = m;
  return { script, exports: m.exports };
}

/** The bytes of the cache at `cachePath` when its header is `expected` (the stamp it must have), else undefined. */
function readCache(cachePath, expected) {
  let bytes;
  try {
    bytes = fs.readFileSync(cachePath);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(10);
  return end > 0 && bytes.toString("utf8", 0, end) === expected ? bytes.subarray(end + 1) : undefined;
}

/** Writes V8's cache of `script` at `cachePath` under the header `header`: aside, then renamed, so that a process
 * starting meanwhile reads the old cache or the new one, never half of one. */
function saveCache(script, cachePath, header) {
  const tmp = `${cachePath}.${process.pid}`;
  fs.mkdirSync(path.dirname(cachePath), { recursive: true });
  try {
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(header + "\n"), script.createCachedData()]));
    fs.renameSync(tmp, cachePath);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * The engine bundle `file` (dist/engine.js) compiled with the cache at `cachePath` when its header is `expected`,
 * else compiled as require would; `used` says whether V8 took the cache (a corrupt one it rejects).
 */
function open(file, cachePath = cacheOf(file), expected = stamp(file)) {
  const cachedData = readCache(cachePath, expected);
  const { script, exports } = compile(file, cachedData);
  return { script, exports, used: cachedData !== undefined && !script.cachedDataRejected };
}

/** The engine bundle `file` (dist/engine.js): with its code cache when it fits, else compiled as require would. */
function load(file) {
  if (Module._cache[file]) return Module._cache[file].exports;
  const cachedData = readCache(cacheOf(file), stamp(file));
  return cachedData ? compile(file, cachedData).exports : require(file);
}

/** Where the extension host keeps its cache, how it reports (useHostCache), and whether this thread writes it. */
const host = { cachePath: undefined, log: () => {}, write: true };

/**
 * activate(): the host's cache lies in `dir` (the extension's global storage); `log` takes its reports. A worker
 * thread only reads it (`write` false): the index's threads would race on it. Returns the cache's path.
 */
function useHostCache(dir, log, write = true) {
  host.cachePath = path.join(dir, "engine.cache");
  host.log = log;
  host.write = write;
  return host.cachePath;
}

/** The folder of the host's cache, for its worker threads; undefined before activate() (or outside the host). */
const hostCacheDir = () => host.cachePath && path.dirname(host.cachePath);

/** The engine for the host: with its cache when it fits; else compiled, and the cache written after the first
 * analysis, in the background, errors only logged. Not the cache of the engine it runs, which holds only the functions
 * that first analysis called: that of a second copy compiled eagerly (eagerCache), so that a later session's first
 * analysis of another article or language compiles nothing. Under another name: for the same source and name V8
 * would hand back the engine's own script (its compilation cache). A cache does not name its script: it loads under
 * `file`. (Electron's extension host, like Node, starts V8 with --no-freeze-flags-after-init: eagerCache's flags can
 * be set there.) */
function openInHost(file) {
  if (!host.cachePath || Module._cache[file]) return { exports: require(file), afterAnalysis: undefined };
  const { cachePath, log } = host;
  const header = hostStamp(file);
  const { exports, used } = open(file, cachePath, header);
  log(`engine code cache ${used ? "used" : "not used"}: ${cachePath}`);
  const afterAnalysis = used || !host.write ? undefined : () => setTimeout(() => {
    try {
      saveCache(eagerCache(file, `${file}#eager`), cachePath, header);
      log(`engine code cache written: ${cachePath}`);
    } catch (e) {
      log(`engine code cache not written: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, 0);
  return { exports, afterAnalysis };
}

/**
 * The engine bundle `file` as the extension host imports it (esbuild.js): loaded at the first use of one of its
 * exports, that is after activate() has named the cache's place. The object's prototype is the proxy, so that
 * esbuild's import helper (which copies own properties and asks for __esModule) does not load it early.
 */
function lazy(file) {
  let engine;
  let afterAnalysis;
  const analyze = (...args) => {
    const result = engine.analyze(...args);
    const then = afterAnalysis;
    afterAnalysis = undefined;
    then?.();
    return result;
  };
  const get = (_, key) => {
    if (key === "__esModule" || typeof key !== "string") return undefined;
    if (!engine) ({ exports: engine, afterAnalysis } = openInHost(file));
    return key === "analyze" && afterAnalysis ? analyze : engine[key];
  };
  return Object.create(new Proxy({}, { get }));
}

// Invented sentences that take the analysis through its readers in both languages (no corpus text).
const WARM_UP = [
  ["« Nous ne céderons pas », a déclaré mardi à Paris la ministre de la Santé, Marie Lenoir. Selon l'AFP, le " +
    "président du groupe Orvel, Jean-Marc Dubois, a estimé que « la décision est prématurée ». Il a ajouté : « Rien " +
    "n'est joué. » La porte-parole de l'ONU à Genève a indiqué qu'elle attendait la réponse de la Chine.", "fr"],
  ["\"We will not back down,\" Health Minister Mary Lane said in London on Tuesday. According to Reuters, the " +
    "chief executive of Orvel Inc., John Smith, said the decision was premature. \"Nothing is settled,\" he added. " +
    "A United Nations spokeswoman in Geneva told reporters that she was waiting for an answer from China.", "en"],
];

/**
 * The script of the engine bundle `file` compiled, run on the warm-up texts, for V8's cache of what was compiled. V8
 * compiles a function at its first call, so the warm-up left out every function its sentences did not reach, which
 * a CLI process then compiled during its first analyze (~15 % of that analyze's instructions on a seed article):
 * the bundle is compiled eagerly (--no-lazy while V8 compiles and runs it) and its cache holds every function. The
 * flag is set back before the cache is made: V8 takes a cache only under the flags it was made with (the bytecode
 * is the same either way), and this cache then loads in a process started with none. The warm-up still counts: a
 * cache of the bundle compiled eagerly but never analysed with made the first analyze ~7 % slower (callgrind).
 */
function eagerCache(file, name = file) {
  v8.setFlagsFromString("--no-lazy");
  let compiled;
  try {
    compiled = compile(file, undefined, name);
  } finally {
    v8.setFlagsFromString("--lazy");
  }
  const { script, exports } = compiled;
  // The language found as the tool finds it (no option), then given.
  for (const [text, lang] of WARM_UP) {
    exports.analyze(text);
    exports.analyze(text, { lang });
  }
  return script;
}

/** Writes dist/engine.cache, the cache of the engine bundle `file` for the command-line tool (esbuild.js). */
function write(file) {
  saveCache(eagerCache(file), cacheOf(file), stamp(file));
}

module.exports = { load, write, cacheOf, open, saveCache, hostStamp, lazy, useHostCache, hostCacheDir };
