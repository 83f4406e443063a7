// The extension's side of the analysis worker: one worker thread, started on first use,
// requests answered in order, stopped on dispose. Falls back to the main thread if the
// worker cannot start (e.g. a host without worker_threads).
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { analyze, type AnalyzeOptions, type ArticleAnalysis } from "../engine";
import type { WorkerRequest, WorkerResponse } from "./worker";

export class AnalysisWorker {
  private worker?: Worker;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (a: ArticleAnalysis) => void; reject: (e: Error) => void }>();

  constructor(private readonly scriptDir: string) {}

  run(text: string, options: AnalyzeOptions): Promise<ArticleAnalysis> {
    const worker = this.start();
    if (!worker) return Promise.resolve().then(() => analyze(text, options));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, text, options } satisfies WorkerRequest);
    });
  }

  private start(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const w = new Worker(path.join(this.scriptDir, "worker.js"));
      w.on("message", (res: WorkerResponse) => {
        const p = this.pending.get(res.id);
        this.pending.delete(res.id);
        if (!p) return;
        if ("error" in res) p.reject(new Error(res.error));
        else p.resolve(res.analysis);
      });
      w.on("error", (e) => this.failAll(e));
      w.on("exit", () => { this.worker = undefined; this.failAll(new Error("analysis worker stopped")); });
      w.unref();
      this.worker = w;
      return w;
    } catch {
      return undefined;
    }
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
