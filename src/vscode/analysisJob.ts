// One request to an analysis worker and its answer: the whole analysis (a large article in the editor) or the
// compact digest (the workspace index). The worker thread runs `answer`; so does the calling thread when no worker
// can start.
import { analyze, type AnalyzeOptions, type ArticleAnalysis } from "../engine";
import { digestOf, type ArticleDigest } from "../corpus/digest";

export interface WorkerRequest { id: number; text: string; options: AnalyzeOptions; digest?: boolean }
export type WorkerResponse =
  | { id: number; analysis: ArticleAnalysis }
  | { id: number; digest: ArticleDigest }
  | { id: number; error: string };

export function answer(req: WorkerRequest): WorkerResponse {
  try {
    const analysis = analyze(req.text, req.options);
    return req.digest ? { id: req.id, digest: digestOf(analysis, req.text) } : { id: req.id, analysis };
  } catch (e) {
    return { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
}
