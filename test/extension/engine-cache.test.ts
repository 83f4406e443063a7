// The engine's code cache as the extension host uses it (scripts/engine-cache.cjs): a cache is used only when its
// header names this Node, this V8 and this engine.js; a corrupt one is ignored; the host writes it after its first
// analysis. A small invented module stands in for dist/engine.js.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type * as vm from "node:vm";

interface Opened {
  script: vm.Script;
  exports: { analyze(text: string): number };
  used: boolean;
}
interface EngineCache {
  open(file: string, cachePath: string, expected: string): Opened;
  saveCache(script: vm.Script, cachePath: string, header: string): void;
  hostStamp(file: string): string;
  lazy(file: string): { analyze(text: string): number };
  useHostCache(dir: string, log: (message: string) => void, write?: boolean): string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const cache = require(path.resolve(__dirname, "../../../scripts/engine-cache.cjs")) as EngineCache;

const ENGINE = "module.exports.analyze = (text) => text.split(' ').filter((w) => /^[A-Z]/.test(w)).length;\n";

describe("engine code cache", () => {
  let dir: string;
  let count = 0;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "wsw-engine-cache-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A fresh engine file (a new path each time: a loaded module stays in require's cache) and its cache's path. */
  function engine(source = ENGINE): { file: string; cachePath: string } {
    const file = path.join(dir, `engine${count++}.js`);
    fs.writeFileSync(file, source);
    return { file, cachePath: path.join(dir, "storage", "engine.cache") };
  }

  /** Compiles `file` without a cache, runs it once and saves its cache under `header`. */
  function made(file: string, cachePath: string, header: string): void {
    const { script, exports } = cache.open(file, cachePath, header);
    exports.analyze("Marie Lenoir said so");
    cache.saveCache(script, cachePath, header);
  }

  it("uses a cache made for this Node, this V8 and this engine.js", () => {
    const { file, cachePath } = engine();
    made(file, cachePath, cache.hostStamp(file));
    const opened = cache.open(file, cachePath, cache.hostStamp(file));
    assert.equal(opened.used, true);
    assert.equal(opened.exports.analyze("Marie Lenoir said so"), 2);
  });

  it("stamps the Node and V8 versions, the architecture and engine.js's size and time", () => {
    const { file } = engine();
    const s = fs.statSync(file);
    assert.equal(cache.hostStamp(file), `${process.version} ${process.versions.v8} ${process.arch} ${s.size} ${s.mtimeMs}`);
  });

  it("ignores a cache made for another V8", () => {
    const { file, cachePath } = engine();
    made(file, cachePath, cache.hostStamp(file).replace(process.versions.v8, "0.0.0"));
    const opened = cache.open(file, cachePath, cache.hostStamp(file));
    assert.equal(opened.used, false);
    assert.equal(opened.exports.analyze("Marie Lenoir said so"), 2);
  });

  it("ignores a cache made for another engine.js", () => {
    const { file, cachePath } = engine();
    made(file, cachePath, cache.hostStamp(file));
    const rebuilt = engine(ENGINE + "module.exports.version = 2;\n").file;
    const opened = cache.open(rebuilt, cachePath, cache.hostStamp(rebuilt));
    assert.equal(opened.used, false);
    assert.equal(opened.exports.analyze("Marie Lenoir said so"), 2);
  });

  it("ignores a corrupt cache file, with a right header or none", () => {
    for (const body of [undefined, "not a header"]) {
      const { file, cachePath } = engine();
      fs.mkdirSync(path.dirname(cachePath), { recursive: true });
      const header = body ?? cache.hostStamp(file);
      fs.writeFileSync(cachePath, Buffer.concat([Buffer.from(header + "\n"), Buffer.from("garbage bytes, not V8's")]));
      const opened = cache.open(file, cachePath, cache.hostStamp(file));
      assert.equal(opened.used, false);
      assert.equal(opened.exports.analyze("Marie Lenoir said so"), 2);
    }
  });

  it("loads the host's engine at its first use and writes the cache after its first analysis", async () => {
    const { file, cachePath } = engine();
    const logged: string[] = [];
    cache.useHostCache(path.dirname(cachePath), (m) => logged.push(m));
    const lazy = cache.lazy(file);
    assert.equal(fs.existsSync(cachePath), false);
    assert.equal(lazy.analyze("Marie Lenoir said so"), 2);
    for (let i = 0; i < 100 && !fs.existsSync(cachePath); i++) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(fs.readdirSync(path.dirname(cachePath)), ["engine.cache"]);
    assert.equal(cache.open(file, cachePath, cache.hostStamp(file)).used, true);
    assert.match(logged.join("\n"), /not used.*\n.*written/);
  });

  it("writes a cache of every function, not only of those the first analysis called", async () => {
    // A function the first analysis never calls: in the cache only when the bundle was compiled eagerly.
    const unused = `module.exports.unused = (t) => { ${Array.from({ length: 40 }, (_, i) => `if (t === "w${i}") return ${i};`).join(" ")} return -1; };\n`;
    const { file, cachePath } = engine(ENGINE + unused);
    cache.useHostCache(path.dirname(cachePath), () => {});
    assert.equal(cache.lazy(file).analyze("Marie Lenoir said so"), 2);
    for (let i = 0; i < 100 && !fs.existsSync(cachePath); i++) await new Promise((r) => setTimeout(r, 10));
    const lazyCache = path.join(dir, "lazy", "engine.cache");
    made(engine(ENGINE + unused).file, lazyCache, "header");
    assert.ok(fs.statSync(cachePath).size > fs.statSync(lazyCache).size + 200);
    assert.equal(cache.open(file, cachePath, cache.hostStamp(file)).used, true);
    // The eager copy is compiled under another name, which require never sees.
    assert.equal(Object.keys(require.cache).some((k) => k.endsWith("#eager")), false);
  });

  it("in a worker thread, reads the host's cache but never writes one", async () => {
    const { file, cachePath } = engine();
    cache.useHostCache(path.dirname(cachePath), () => {}, false);
    assert.equal(cache.lazy(file).analyze("Marie Lenoir said so"), 2);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(fs.existsSync(cachePath), false);
  });
});
