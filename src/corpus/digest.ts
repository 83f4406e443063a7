// What the workspace index keeps of one article: a compact, JSON-serialisable digest of its analysis (entities
// with their mention and reference spans, statements with their speaker), plus the line starts, so that a span
// becomes a line and column without opening the file, and the article's share-of-voice totals (the map step of the
// folder's share of voice: merged on the host, never re-analysed there). Computed in the index's worker threads; pure.
import { articleTotals, dateKey, readDate, unnamedSource, type ArticleAnalysis, type CorpusTotals, type EntityKind, type Lang, type QuoteKind, type Span } from "../engine";
import { quoteBands } from "./echoes";
import { entityReferences } from "./references";

/** The digest's shape: a cache of digests with another version is not reused. */
export const DIGEST_VERSION = 3;

export interface DigestEntity {
  kind: EntityKind;
  /** The canonical name in this article. */
  name: string;
  /** The other forms this article names the entity by ("Macron" for "Emmanuel Macron"): its aliases. */
  aliases: string[];
  role?: string;
  gender?: "f" | "m";
  /** Name mentions, flat: start, end, form, start, end, form… where form 0 is `name`, form i is `aliases[i - 1]`. */
  mentions: number[];
  /** Bound references: roles, pronouns or descriptions the article binds to the person. */
  bound: DigestRef[];
}

export interface DigestRef extends Span {
  text: string;
}

export interface DigestQuote extends Span {
  kind: QuoteKind;
  text: string;
  /** Index of the speaker in `entities`, when the speaker is one of them. */
  speaker?: number;
  /** The speaker as a reader sees it: the name, or the description of an unnamed source. */
  who?: string;
  /** Direct quotes long enough to compare: the buckets of their words (echoes.ts). */
  bands?: number[];
}

export interface ArticleDigest {
  lang: Lang;
  /** Length of the text in UTF-16 code units. */
  length: number;
  /** Offset of the start of each line after the first. */
  lines: number[];
  entities: DigestEntity[];
  quotes: DigestQuote[];
  /** Set when the text was longer than the analysis limit. */
  truncated?: boolean;
  /**
   * The article's share-of-voice totals (engine `articleTotals`, dated by its front matter or dateline), with an
   * empty id: one digest serves every file of the same content, `folderTotals` gives each its own.
   */
  totals: CorpusTotals;
}

const LINE_BREAK = /\r\n|\r|\n/g;

export function lineStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(LINE_BREAK)) starts.push(m.index + m[0].length);
  return starts;
}

/** The zero-based line and character of an offset, from the digest's line starts. */
export function positionOf(digest: ArticleDigest, offset: number): { line: number; character: number } {
  const lines = digest.lines;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return { line: lo, character: offset - (lo === 0 ? 0 : lines[lo - 1]) };
}

/** An entity's name mentions with their text. */
export function mentionsOf(entity: DigestEntity): DigestRef[] {
  const out: DigestRef[] = [];
  const m = entity.mentions;
  for (let i = 0; i + 2 < m.length; i += 3) out.push({ start: m[i], end: m[i + 1], text: m[i + 2] === 0 ? entity.name : entity.aliases[m[i + 2] - 1] });
  return out;
}

/** Name mentions, then bound references, in the order of the text. */
export function referencesIn(entity: DigestEntity): (DigestRef & { bound: boolean })[] {
  return [...mentionsOf(entity).map((r) => ({ ...r, bound: false })), ...entity.bound.map((r) => ({ ...r, bound: true }))]
    .sort((a, b) => a.start - b.start);
}

export function digestOf(analysis: ArticleAnalysis, text: string): ArticleDigest {
  const all = [...analysis.people, ...analysis.orgs, ...analysis.places];
  const index = new Map(all.map((e, i) => [e.id, i]));
  const entities = all.map((e): DigestEntity => {
    const aliases = [...new Set(e.mentions.map((m) => m.text))].filter((t) => t !== e.name);
    const form = (t: string) => (t === e.name ? 0 : aliases.indexOf(t) + 1);
    const entity: DigestEntity = {
      kind: e.kind,
      name: e.name,
      aliases,
      mentions: e.mentions.flatMap((m) => [m.start, m.end, form(m.text)]),
      bound: entityReferences(analysis, e).filter((r) => r.kind === "bound").map((r) => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end) })),
    };
    if (e.role) entity.role = e.role;
    if (e.gender) entity.gender = e.gender;
    return entity;
  });
  const quotes = analysis.quotes.map((q): DigestQuote => {
    const quote: DigestQuote = { start: q.start, end: q.end, kind: q.kind, text: q.text };
    const speaker = q.speaker?.entity === undefined ? undefined : index.get(q.speaker.entity);
    if (speaker !== undefined) quote.speaker = speaker;
    const who = q.speaker?.name ?? (speaker !== undefined ? all[speaker].name : unnamedSource(q.speaker));
    if (who) quote.who = who;
    const bands = q.kind === "direct" ? quoteBands(q.text) : undefined;
    if (bands) quote.bands = bands;
    return quote;
  });
  const totals = articleTotals("", analysis, { date: dateKey(readDate(text)) });
  const digest: ArticleDigest = { lang: analysis.lang, length: text.length, lines: lineStarts(text), entities, quotes, totals };
  if (analysis.truncated) digest.truncated = true;
  return digest;
}
