import type { AnalyzeOptions, ArticleAnalysis } from "./types";

// Placeholder wiring: replaced by the real pipeline in the next commits.
export function analyze(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  return { lang: options.lang ?? "fr", people: [], orgs: [], places: [], quotes: [] };
}
