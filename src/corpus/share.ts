// The share of voice of a folder: the totals each article's digest carries (computed in the index's workers),
// merged with the engine's reduce step under each file's own name. Nothing is analysed here. Pure.
import { emptyTotals, mergeInto, type CorpusTotals } from "../engine";
import type { ArticleDigest } from "./digest";

/** How many articles the folder's totals keep by name (those with most quoted words). */
export const FOLDER_ARTICLE_LIMIT = 50;

/** The merged totals of the digests; `idOf` names an article (its path in the folder). */
export function folderTotals(files: Iterable<[string, ArticleDigest]>, idOf: (file: string) => string, articleLimit = FOLDER_ARTICLE_LIMIT): CorpusTotals {
  const all = emptyTotals(articleLimit);
  for (const [file, digest] of files) {
    const t = digest.totals;
    // The digest is shared by files of the same content: its own totals are left as they are.
    const id = idOf(file);
    mergeInto(all, { ...t, byArticle: t.byArticle.map((a) => ({ ...a, id })) });
  }
  return all;
}
