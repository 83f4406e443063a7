// The engine's V8 code cache in the extension host: the first analysis writes it into the extension's global
// storage, and a second load of the engine in this host's V8 takes it.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as vm from "node:vm";
import * as vscode from "vscode";
import { EXTENSION_ID, EN_SEED, openSeed, waitFor } from "./helpers";

interface EngineCache {
  open(file: string, cachePath: string, expected: string): { script: vm.Script; used: boolean };
  hostStamp(file: string): string;
}

describe("engine code cache in the host", () => {
  it("is written into global storage after an analysis and taken by a second load", async () => {
    const { api } = await openSeed(EN_SEED);
    const file = api.engineCacheFile;
    assert.match(file, /globalStorage/);
    const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
    assert.ok(!file.startsWith(vscode.workspace.workspaceFolders![0].uri.fsPath), "never in the workspace");
    await waitFor("the engine's code cache", () => fs.existsSync(file));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cache = require(path.join(root, "scripts", "engine-cache.cjs")) as EngineCache;
    const engine = path.join(root, "dist", "engine.js");
    const { script, used } = cache.open(engine, file, cache.hostStamp(engine));
    assert.equal(script.cachedDataRejected, false);
    assert.equal(used, true);
  });
});
