// The package: the engine is bundled once (dist/engine.js, required by the extension, the worker
// and the CLI), and the .vscodeignore allow-list lets in every file the extension loads at run time.
// Builds in memory with esbuild.js's own configuration (no dist/, no .vsix).
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BuildOptions, BuildResult, OutputFile } from "esbuild";

const root = join(__dirname, "..", "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const esbuild: typeof import("esbuild") = require("esbuild");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config: { builds(production: boolean): BuildOptions[]; engineCopies(r: BuildResult[]): string[]; ENGINE_OUT: string } = require(join(root, "esbuild.js"));

/** vsce's reading of .vscodeignore: gitignore order, the last matching line wins. */
function packaged(file: string): boolean {
  const lines = readFileSync(join(root, ".vscodeignore"), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  let inside = true;
  for (const line of lines) {
    const negate = line.startsWith("!");
    const glob = negate ? line.slice(1) : line;
    const re = new RegExp("^" + glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*/g, "\0").replace(/\*/g, "[^/]*").replace(/\0/g, ".*") + "$");
    if (re.test(file)) inside = negate;
  }
  return inside;
}

describe("package", function () {
  this.timeout(60_000);
  let results: BuildResult[];
  let outputs: OutputFile[];
  const rel = (f: OutputFile) => f.path.slice(root.length + 1).split("\\").join("/");

  before(async () => {
    results = await Promise.all(config.builds(true).map((b) => esbuild.build({ ...b, write: false, logLevel: "silent" })));
    outputs = results.flatMap((r) => r.outputFiles ?? []);
  });

  it("bundles the engine once, in dist/engine.js", () => {
    assert.deepEqual(config.engineCopies(results), []);
    const engine = outputs.find((f) => rel(f) === config.ENGINE_OUT);
    assert.ok(engine && engine.contents.length > 100_000, "dist/engine.js holds the engine");
    for (const f of outputs.filter((o) => o !== engine)) assert.ok(f.contents.length < engine.contents.length / 10, `${rel(f)} is too big to be glue only`);
  });

  it("the guard finds a second copy of the engine", async () => {
    const worker = config.builds(true).find((b) => String(b.outfile).endsWith("worker.js"))!;
    const copy = await esbuild.build({ ...worker, plugins: [], write: false, logLevel: "silent" });
    assert.equal(config.engineCopies([copy]).length, 1);
  });

  it("lets into the .vsix every file the extension loads, and not the CLI", () => {
    const main = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).main.replace(/^\.\//, "");
    const files = new Map(outputs.filter((f) => !f.path.endsWith(".map")).map((f) => [rel(f), f.text]));
    // From the manifest's main: the relative requires, and the worker started by file name.
    const runtime = new Set<string>([main]);
    for (const f of runtime) {
      const text = files.get(f);
      assert.ok(text !== undefined, `${f} is loaded at run time but not built`);
      for (const m of text.matchAll(/require\("\.\/([\w.-]+)"\)|"(\w+\.js)"/g)) {
        const dep = `dist/${m[1] ?? m[2]}`;
        if (files.has(dep)) runtime.add(dep);
      }
    }
    assert.deepEqual([...runtime].sort(), ["dist/engine.js", "dist/extension.js", "dist/worker.js"]);
    for (const f of runtime) assert.ok(packaged(f), `.vscodeignore leaves out ${f}`);
    assert.ok(!packaged("dist/cli.js") && !packaged("dist/engine.js.map") && !packaged("src/engine/index.ts"));
  });
});
