// The extension's side of the analysis worker for large articles: one worker thread from the pool, started on
// first use, requests answered in order, stopped on dispose. Falls back to the main thread if the worker cannot
// start (e.g. a host without worker_threads).
import type { AnalyzeOptions, ArticleAnalysis } from "../engine";
import { answer } from "./analysisJob";
import { WorkerPool } from "./workerPool";

export class AnalysisWorker {
  private readonly pool: WorkerPool;

  constructor(scriptDir: string) {
    this.pool = new WorkerPool(scriptDir, 1, answer, 0);
  }

  async run(text: string, options: AnalyzeOptions): Promise<ArticleAnalysis> {
    const res = await this.pool.request({ text, options });
    if ("error" in res) throw new Error(res.error);
    if (!("analysis" in res)) throw new Error("the worker answered without an analysis");
    return res.analysis;
  }

  dispose(): void {
    this.pool.dispose();
  }
}
