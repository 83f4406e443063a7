// The same quote elsewhere: for a quote's words, the quotes of other articles that carry the same or nearly the
// same words. Words are normalised (case, accents, apostrophes, punctuation and quote marks ignored), cut into
// overlapping pairs (shingles) and summed up by a MinHash signature; signatures go into buckets by bands
// (locality-sensitive hashing), so a lookup compares a quote with the few quotes that share a bucket, never with
// every quote of the folder. Pure.
import type { ArticleDigest } from "./digest";

/** Quotes shorter than this many words are too common ("We will see") to say anything. */
export const MIN_WORDS = 5;
/** Word-pair sets at least this similar (Jaccard) count as nearly the same words. */
export const MIN_SIMILARITY = 0.5;
const BANDS = 16;
const ROWS = 2;
const HASHES = BANDS * ROWS;

/** The quote's words, normalised. */
export function quoteWords(text: string): string[] {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’‘`´]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

/** 32-bit FNV-1a. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function shingles(words: string[]): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i + 1 < words.length; i++) set.add(hash(`${words[i]} ${words[i + 1]}`));
  return set;
}

/** A family of HASHES hash functions h(x) = (a·x + b) mod 2^32 with fixed odd multipliers. */
const A = Array.from({ length: HASHES }, (_, i) => (hash(`a${i}`) | 1) >>> 0);
const B = Array.from({ length: HASHES }, (_, i) => hash(`b${i}`));

export function signature(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < HASHES; i++) {
      const h = (Math.imul(A[i], x) + B[i]) >>> 0;
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common || 1);
}

/** The words of `a` that `b` lacks and those `b` adds, from a longest common subsequence of the two. */
export function wordDiff(a: string[], b: string[]): { removed: string[]; added: string[] } {
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { i++; j++; } else if (lcs[i + 1][j] >= lcs[i][j + 1]) removed.push(a[i++]); else added.push(b[j++]);
  }
  return { removed: [...removed, ...a.slice(i)], added: [...added, ...b.slice(j)] };
}

export interface QuoteRef { file: string; quote: number }

export interface Echo extends QuoteRef {
  /** Jaccard similarity of the word pairs, 1 for the same words. */
  similarity: number;
  /** The same words in the same order. */
  same: boolean;
  /** Words of the quote asked about that this one lacks, and words this one has instead. */
  removed: string[];
  added: string[];
}

export class QuoteIndex {
  private readonly buckets = new Map<number, QuoteRef[]>();

  constructor(private readonly digestOf: (file: string) => ArticleDigest | undefined, files: Iterable<[string, ArticleDigest]>) {
    for (const [file, digest] of files) {
      digest.quotes.forEach((q, quote) => {
        if (q.kind !== "direct") return;
        for (const key of q.bands ?? quoteBands(q.text) ?? []) {
          const list = this.buckets.get(key);
          if (list) list.push({ file, quote });
          else this.buckets.set(key, [{ file, quote }]);
        }
      });
    }
  }

  /** The direct quotes of other files with the same or nearly the same words, most similar first. */
  echoes(text: string, exceptFile?: string): Echo[] {
    const words = quoteWords(text);
    if (words.length < MIN_WORDS) return [];
    const set = shingles(words);
    const seen = new Set<string>();
    const found: Echo[] = [];
    for (const key of bandKeys(signature(set))) {
      for (const ref of this.buckets.get(key) ?? []) {
        const id = `${ref.file}#${ref.quote}`;
        if (ref.file === exceptFile || seen.has(id)) continue;
        seen.add(id);
        const other = this.digestOf(ref.file)?.quotes[ref.quote];
        if (!other) continue;
        const otherWords = quoteWords(other.text);
        const similarity = jaccard(set, shingles(otherWords));
        if (similarity < MIN_SIMILARITY) continue;
        const same = otherWords.join(" ") === words.join(" ");
        found.push({ ...ref, similarity, same, ...(same ? { removed: [], added: [] } : wordDiff(words, otherWords)) });
      }
    }
    return found.sort((a, b) => b.similarity - a.similarity || (a.file < b.file ? -1 : 1));
  }
}

/** One number per band: a hash of the band's rows and of its index. */
function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = Math.imul(0x9e3779b1, b + 1);
    for (let r = b * ROWS; r < (b + 1) * ROWS; r++) h = Math.imul(h ^ sig[r], 0x01000193) + 0x7f4a7c15;
    keys.push(h >>> 0);
  }
  return keys;
}

/**
 * The bucket keys of a direct quote's words, or undefined when it is too short to compare. Computed with the digest
 * in the index's worker threads, so that building the buckets on the host's thread is only a matter of filing.
 */
export function quoteBands(text: string): number[] | undefined {
  const words = quoteWords(text);
  return words.length < MIN_WORDS ? undefined : bandKeys(signature(shingles(words)));
}
