// Runs the engine off the extension host's main thread: for large articles (one worker), and for the workspace
// index (a pool of them). The host is shared with every other extension, so a long analysis must never block it.
// Built as dist/worker.js, which requires the engine from dist/engine.js, the one copy the extension host also
// loads (esbuild.js).
import { parentPort } from "node:worker_threads";
import { answer, type WorkerRequest } from "./analysisJob";

parentPort?.on("message", (req: WorkerRequest) => parentPort?.postMessage(answer(req)));
