// The bench's texts: real news read at run time from the shared dev corpora (never copied into the
// project; a corpus that is absent is skipped with a message), the project's own seeds, and one
// large document made by joining articles.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export interface Article { text: string; lang?: "fr" | "en" }
export interface Corpus { name: string; articles: Article[] }

export const ROOT = join(__dirname, "..");
const CORPUS_DIR = join(ROOT, "..", "shared", "corpus");
const DEV_CORPORA = ["ggt", "frnews", "hipe"];

function langOf(s: unknown): Article["lang"] {
  return s === "fr" || s === "en" ? s : undefined;
}

function devCorpus(name: string): Corpus | undefined {
  const file = join(CORPUS_DIR, `${name}.dev.jsonl`);
  if (!existsSync(file)) return undefined;
  const articles = readFileSync(file, "utf8").split("\n").filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; lang?: string })
    .map((r) => ({ text: r.text, lang: langOf(r.lang) }));
  return { name, articles };
}

export function seeds(): Corpus {
  const dir = join(ROOT, "seeds");
  const articles = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
    .map((f) => ({ text: readFileSync(join(dir, f), "utf8"), lang: langOf(f.split(".").at(-2)) }));
  return { name: "seeds", articles };
}

/** The dev corpora that are present, then the seeds; prints which ones are missing. */
export function corpora(): Corpus[] {
  const found: Corpus[] = [];
  for (const name of DEV_CORPORA) {
    const c = devCorpus(name);
    if (c) found.push(c);
    else console.log(`(skipped ${name}: ${join(CORPUS_DIR, `${name}.dev.jsonl`)} not found)`);
  }
  return [...found, seeds()];
}

/** One document of at least `chars` characters: the articles joined, round and round. */
export function largeDocument(articles: Article[], chars: number): string {
  const parts: string[] = [];
  for (let n = 0, i = 0; n < chars; i++) {
    const t = articles[i % articles.length].text;
    parts.push(t);
    n += t.length + 2;
  }
  return parts.join("\n\n").slice(0, chars);
}
