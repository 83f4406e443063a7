// Runs the engine off the extension host's main thread: for large articles (one worker), and for the workspace
// index (a pool of them). The host is shared with every other extension, so a long analysis must never block it.
// Built as dist/worker.js, which requires the engine from dist/engine.js, the one copy the extension host also
// loads (esbuild.js), with the V8 code cache the host made in its global storage (engineCache.ts).
import { parentPort, workerData } from "node:worker_threads";
import { answer, type WorkerRequest } from "./analysisJob";
import { readEngineCodeCache } from "./engineCache";

readEngineCodeCache((workerData as { engineCacheDir?: string } | null)?.engineCacheDir);

parentPort?.on("message", (req: WorkerRequest) => parentPort?.postMessage(answer(req)));
