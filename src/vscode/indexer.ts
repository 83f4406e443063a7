// The workspace index's core, without vscode (the bench runs it in plain Node): each file's bytes are hashed, a
// digest already known for that hash is reused (from this run or from the cache of the last one), the others are
// analysed on the worker pool. Never writes a file itself: the caller stores `toCache()` where it likes.
import { createHash } from "node:crypto";
import type { AnalyzeOptions } from "../engine";
import type { ArticleDigest } from "../corpus/digest";
import type { WorkerRequest, WorkerResponse } from "./analysisJob";

export interface IndexSource {
  /** The file's URI (any scheme). */
  key: string;
  read(): Promise<Uint8Array>;
}

export type IndexEntry =
  | { hash: string; digest: ArticleDigest }
  | { hash: string; skipped: "tooLarge"; length: number }
  | { hash: string; skipped: "error"; message: string };

/** What is stored between sessions: the digests by content hash, and which file had which hash. */
export interface IndexCache {
  version: 1;
  /** The engine build and its options: a cache made with others is dropped. */
  fingerprint: string;
  files: Record<string, string>;
  digests: Record<string, ArticleDigest>;
}

export interface IndexSettings {
  options: AnalyzeOptions;
  /** Files longer than this many characters are not analysed (the setting for one article). */
  maxLength: number;
  fingerprint: string;
}

export interface UpdateReport { analysed: number; reused: number; skipped: number; cancelled: boolean }

type Analyse = (req: Omit<WorkerRequest, "id">) => Promise<WorkerResponse>;

const decoder = new TextDecoder("utf-8");

export class Indexer {
  readonly entries = new Map<string, IndexEntry>();
  private known = new Map<string, ArticleDigest>();

  constructor(
    private readonly analyse: Analyse,
    private readonly settings: IndexSettings,
  ) {}

  /**
   * Takes the digests of a previous session's cache, if it was made with the same engine and options, and its
   * files as they were then (shown at once; `update` then checks each file's content).
   */
  load(cache: unknown): number {
    const c = cache as Partial<IndexCache> | undefined;
    if (!c || c.version !== 1 || c.fingerprint !== this.settings.fingerprint || !c.digests || !c.files) return 0;
    this.known = new Map(Object.entries(c.digests));
    for (const [key, hash] of Object.entries(c.files)) {
      const digest = this.known.get(hash);
      if (digest) this.entries.set(key, { hash, digest });
    }
    return this.entries.size;
  }

  /** Brings the entries of `sources` up to date; with `prune`, forgets the files that are not among them. */
  async update(
    sources: IndexSource[],
    options: { prune?: boolean; concurrency?: number; onProgress?: (done: number, total: number) => void; isCancelled?: () => boolean } = {},
  ): Promise<UpdateReport> {
    const report: UpdateReport = { analysed: 0, reused: 0, skipped: 0, cancelled: false };
    if (options.prune) {
      const keep = new Set(sources.map((s) => s.key));
      for (const k of [...this.entries.keys()]) if (!keep.has(k)) this.entries.delete(k);
    }
    let next = 0;
    let done = 0;
    const lane = async () => {
      while (next < sources.length) {
        if (options.isCancelled?.()) {
          report.cancelled = true;
          return;
        }
        const source = sources[next++];
        const outcome = await this.updateOne(source);
        report[outcome]++;
        options.onProgress?.(++done, sources.length);
      }
    };
    // Enough files read ahead to keep every worker busy, few enough to bound the texts held at once.
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 16) }, lane));
    return report;
  }

  /** Reads one file and analyses it unless its content is already known. */
  async updateOne(source: IndexSource): Promise<"analysed" | "reused" | "skipped"> {
    let bytes: Uint8Array;
    try {
      bytes = await source.read();
    } catch (e) {
      this.entries.set(source.key, { hash: "", skipped: "error", message: e instanceof Error ? e.message : String(e) });
      return "skipped";
    }
    const hash = createHash("sha1").update(bytes).digest("hex");
    const current = this.entries.get(source.key);
    if (current?.hash === hash) return "reused";
    const digest = this.known.get(hash);
    if (digest) {
      this.entries.set(source.key, { hash, digest });
      return "reused";
    }
    const text = decoder.decode(bytes);
    if (text.length > this.settings.maxLength) {
      this.entries.set(source.key, { hash, skipped: "tooLarge", length: text.length });
      return "skipped";
    }
    const res = await this.analyse({ text, options: this.settings.options, digest: true });
    if ("digest" in res) {
      this.known.set(hash, res.digest);
      this.entries.set(source.key, { hash, digest: res.digest });
      return "analysed";
    }
    this.entries.set(source.key, { hash, skipped: "error", message: "error" in res ? res.error : "no digest" });
    return "skipped";
  }

  remove(key: string): boolean {
    return this.entries.delete(key);
  }

  /** The analysed files and their digests. */
  *digests(): IterableIterator<[string, ArticleDigest]> {
    for (const [k, e] of this.entries) if ("digest" in e) yield [k, e.digest];
  }

  digest(key: string): ArticleDigest | undefined {
    const e = this.entries.get(key);
    return e && "digest" in e ? e.digest : undefined;
  }

  /** The digests of the files indexed now (not of contents since replaced), for the next session. */
  toCache(): IndexCache {
    const files: Record<string, string> = {};
    const digests: Record<string, ArticleDigest> = {};
    for (const [k, e] of this.entries) {
      if (!("digest" in e)) continue;
      files[k] = e.hash;
      digests[e.hash] = e.digest;
    }
    return { version: 1, fingerprint: this.settings.fingerprint, files, digests };
  }
}
