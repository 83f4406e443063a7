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
// the extension host's V8 is Electron's, not the build's.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

/** Where the cache of an engine bundle lies: dist/engine.js → dist/engine.cache. */
const cacheOf = (file) => file.replace(/\.js$/, "") + ".cache";

/** What a cache must have been made for: this Node, this machine's architecture, this engine.js. */
function stamp(file) {
  const s = fs.statSync(file);
  return `${process.version} ${process.arch} ${s.size} ${s.mtimeMs}`;
}

/** engine.js compiled with cachedData, run as the module `file` (registered in require's cache). */
function compile(file, cachedData) {
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, "utf8")), { filename: file, cachedData });
  const m = new Module(file, null);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext().call(m.exports, m.exports, require, m, file, path.dirname(file));
  m.loaded = true;
  Module._cache[file] = m;
  return { script, exports: m.exports };
}

/** The cache's bytes when it was made for this Node and this engine.js, else undefined. */
function readCache(file) {
  let bytes;
  try {
    bytes = fs.readFileSync(cacheOf(file));
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(10);
  return end > 0 && bytes.toString("utf8", 0, end) === stamp(file) ? bytes.subarray(end + 1) : undefined;
}

/** The engine bundle `file` (dist/engine.js): with its code cache when it fits, else compiled as require would. */
function load(file) {
  if (Module._cache[file]) return Module._cache[file].exports;
  const cachedData = readCache(file);
  return cachedData ? compile(file, cachedData).exports : require(file);
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

/** Compiles the engine bundle `file`, runs it on the warm-up texts and saves V8's cache of what was compiled. */
function write(file) {
  const { script, exports } = compile(file, undefined);
  // The language found as the tool finds it (no option), then given.
  for (const [text, lang] of WARM_UP) {
    exports.analyze(text);
    exports.analyze(text, { lang });
  }
  // Written aside, then renamed: a tool starting meanwhile reads the old cache or the new one, never half of one.
  const tmp = `${cacheOf(file)}.${process.pid}`;
  fs.writeFileSync(tmp, Buffer.concat([Buffer.from(stamp(file) + "\n"), script.createCachedData()]));
  fs.renameSync(tmp, cacheOf(file));
}

module.exports = { load, write, cacheOf };
