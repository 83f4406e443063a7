// The engine's code cache in the extension host: dist/extension.js loads the engine at its first use, through
// scripts/engine-cache.cjs (esbuild.js), which compiles it with the V8 code cache the host made in an earlier
// session and, without one that fits, writes it after the first analysis. Here activate() names its place: the
// extension's global storage (never the workspace), and the output channel that takes its reports. The worker
// threads (dist/worker.js, built the same way) read the cache the host wrote; no vscode at run time here.
import type * as vscode from "vscode";

interface EngineCache {
  useHostCache(dir: string, log: (message: string) => void, write?: boolean): string;
  hostCacheDir(): string | undefined;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const engineCache = require("../../scripts/engine-cache.cjs") as EngineCache;

/** Keeps the engine's code cache in `storage`; reports go to `log` (never shown as errors). The cache's path. */
export function useEngineCodeCache(storage: vscode.Uri, log: vscode.LogOutputChannel): string {
  return engineCache.useHostCache(storage.fsPath, (message) => log.info(message));
}

/** The folder of the engine's code cache, for a worker thread's workerData; undefined outside the extension. */
export const engineCacheDir = (): string | undefined => engineCache.hostCacheDir();

/** In a worker thread: the engine is compiled with the cache the host wrote in `dir`, if any; never writes it. */
export function readEngineCodeCache(dir: string | undefined): void {
  if (dir) engineCache.useHostCache(dir, () => {}, false);
}
