// Bundles the extension and the command-line tool into dist/ (never committed).
// `node esbuild.js --watch` rebuilds on change; `--production` minifies.
//
// The engine is bundled once, into dist/engine.js; the extension, the worker and the CLI
// require it at run time as `./engine.js` (most of its weight is gazetteer data, which the
// .vsix would otherwise ship twice). The build fails if an engine file lands in another bundle.
const fs = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");

const ENGINE_DIR = path.join(__dirname, "src", "engine");
const ENGINE_OUT = "dist/engine.js";
const ENGINE_CACHE = path.join(__dirname, "scripts", "engine-cache.cjs");

/**
 * Imports of the engine from outside it become `require("./engine.js")`; with `codeCache` "cli", a load through
 * scripts/engine-cache.cjs, which reads V8's code cache of the engine (dist/engine.cache) when it fits; with
 * "host", its lazy load, which uses the cache the extension host makes in its global storage.
 */
const sharedEngine = (codeCache = undefined) => ({
  name: "shared-engine",
  setup(build) {
    if (codeCache) {
      const loader = codeCache === "host" ? "lazy" : "load";
      build.onLoad({ filter: /.*/, namespace: "engine-cached" }, () => ({
        contents: `module.exports = require(${JSON.stringify(ENGINE_CACHE)}).${loader}(require("node:path").join(__dirname, "engine.js"));`,
        resolveDir: __dirname,
        loader: "js",
      }));
    }
    build.onResolve({ filter: /engine/ }, (args) => {
      if (args.importer.startsWith(ENGINE_DIR + path.sep)) return undefined;
      const target = path.resolve(args.resolveDir, args.path);
      if (target !== ENGINE_DIR && target !== path.join(ENGINE_DIR, "index")) {
        if (target.startsWith(ENGINE_DIR + path.sep)) {
          return { errors: [{ text: `import the engine through src/engine/index.ts, not ${args.path}` }] };
        }
        return undefined;
      }
      return codeCache ? { path: "engine", namespace: "engine-cached" } : { path: "./engine.js", external: true };
    });
  },
});

/** @param {boolean} production */
function builds(production) {
  const common = {
    bundle: true,
    platform: "node",
    target: "node18",
    // esbuild rewrites a regex literal with \p{…} into `new RegExp(…)` for every node target (not only old
    // ones), which builds a RegExp object at each call of the function that holds it (~2 % of the
    // instructions of a run over the news articles). Every Node the extension and the CLI run on (>= 18) has Unicode property escapes.
    supported: { "regexp-unicode-property-escapes": true },
    format: "cjs",
    sourcemap: !production,
    minify: production,
    logLevel: "warning",
    metafile: true,
    absWorkingDir: __dirname,
  };
  // The extension host and its worker threads load the engine at its first use, with the code cache the host made
  // itself (its V8 is Electron's).
  const host = { ...common, plugins: [sharedEngine("host")] };
  // The command-line tool starts a process (and a worker per thread) per run: it loads the engine with its code cache.
  const cli = { ...common, plugins: [sharedEngine("cli")] };
  return [
    { ...common, entryPoints: ["src/engine/index.ts"], outfile: ENGINE_OUT },
    { ...host, entryPoints: ["src/vscode/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] },
    { ...host, entryPoints: ["src/vscode/worker.ts"], outfile: "dist/worker.js" },
    { ...cli, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js" },
    { ...cli, entryPoints: ["src/cli/corpus/worker.ts"], outfile: "dist/cli-worker.js" },
  ];
}

/** The bundles other than dist/engine.js that hold an engine source file: should be none. */
function engineCopies(results) {
  const found = [];
  for (const r of results) {
    for (const [out, meta] of Object.entries(r.metafile.outputs)) {
      if (out.endsWith(".map") || out === ENGINE_OUT) continue;
      const inputs = Object.keys(meta.inputs).filter((i) => i.startsWith("src/engine/"));
      if (inputs.length) found.push(`${out} (${inputs.length} engine files, e.g. ${inputs[0]})`);
    }
  }
  return found;
}

/**
 * The engine bundle written in ASCII: esbuild escapes every character beyond ASCII but those of regex literals
 * (~140 lines: « », ’, accented words), and one such character makes the whole 1.6 MB source a two-byte string in
 * V8 (3.2 MB, decoded from UTF-8 and copied again when wrapped as a module): about 3 ms of a fresh process's load.
 * Each such code unit becomes \uXXXX, which means the same character in a string, a template, a regex (with or
 * without the u flag: a surrogate pair written as two escapes is one code point under u) and a comment; after an
 * odd number of backslashes (an identity escape, "\’"), the escape replaces that backslash too.
 */
function asciiOnly(file) {
  const s = fs.readFileSync(file, "utf8");
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) continue;
    let slashes = 0;
    while (i - slashes - 1 >= 0 && s.charCodeAt(i - slashes - 1) === 92) slashes++;
    out += s.slice(from, slashes % 2 === 1 ? i - 1 : i) + "\\u" + c.toString(16).padStart(4, "0");
    from = i + 1;
  }
  if (from > 0) fs.writeFileSync(file, out + s.slice(from));
}

async function main() {
  const all = builds(process.argv.includes("--production"));
  if (process.argv.includes("--watch")) {
    for (const b of all) await (await esbuild.context(b)).watch();
    return;
  }
  const copies = engineCopies(await Promise.all(all.map((b) => esbuild.build(b))));
  if (copies.length) throw new Error(`the engine must be bundled once, in ${ENGINE_OUT}; also in: ${copies.join("; ")}`);
  asciiOnly(path.join(__dirname, ENGINE_OUT));
  require(ENGINE_CACHE).write(path.join(__dirname, ENGINE_OUT));
}

module.exports = { builds, engineCopies, ENGINE_OUT };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
