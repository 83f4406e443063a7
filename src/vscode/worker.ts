// Runs the engine off the extension host's main thread, for large articles: the host is shared
// with every other extension, so a long analysis must never block it. Built as dist/worker.js,
// which requires the engine from dist/engine.js, the one copy the extension host also loads (esbuild.js).
import { parentPort } from "node:worker_threads";
import { analyze, type AnalyzeOptions } from "../engine";

export interface WorkerRequest { id: number; text: string; options: AnalyzeOptions }
export type WorkerResponse = { id: number; analysis: ReturnType<typeof analyze> } | { id: number; error: string };

parentPort?.on("message", (req: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    res = { id: req.id, analysis: analyze(req.text, req.options) };
  } catch (e) {
    res = { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(res);
});
