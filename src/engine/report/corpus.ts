// Corpus totals: the share of voice of many articles, as one JSON-serialisable value that partial results fold
// into. `articleTotals` is the map step (one analysis → the totals of one article), `mergeTotals` the reduce step:
// associative and commutative, so a worker pool, the extension's index or a Dask reduce may combine partial
// totals in any grouping and order and get the same value. Decisions that need the whole corpus (which names are
// one person, a person's gender across articles, display names) wait for `corpusShare` (corpus-share.ts).
import type { ArticleAnalysis, EntityKind, Lang } from "../types";
import { entityIndex, genderHint, countWords, sourceOf, type GenderHint, type SourceKind } from "./voices";

export interface CorpusTally {
  statements: number;
  words: number;
}

/** Statements and words by gender hint (people, named or described) and by kind of source, as in `shareOfVoice`. */
export interface VoiceSplit extends CorpusTally {
  byGender: Record<GenderHint, CorpusTally>;
  bySource: Record<SourceKind, CorpusTally>;
}

/** A person, organisation or place across articles, or a described source ("un témoin"). */
export interface CorpusEntity extends CorpusTally {
  kind: EntityKind | "unnamed";
  /** The canonical names as the articles write them → in how many articles. */
  names: Record<string, number>;
  /** The article-level aliases (the name mentions: "Macron" for "Emmanuel Macron") → in how many articles. */
  aliases: Record<string, number>;
  articles: number;
  mentions: number;
  /** Articles whose evidence says a woman / a man (titles, pronouns, first name). */
  gender: { f: number; m: number };
  /** Roles the articles bind to the person → in how many articles. */
  roles: Record<string, number>;
}

export interface ArticleVoice extends VoiceSplit {
  id: string;
  lang: Lang;
  /** The article's date ("2012-07-05" or "2012-07"), when it carries one. */
  date?: string;
}

export interface CorpusTotals extends VoiceSplit {
  version: 1;
  articles: number;
  /** Articles with at least one statement. */
  quoting: number;
  /** Articles quoting at least one woman / man / person of unknown gender. */
  articlesQuoting: Record<GenderHint, number>;
  /** Key: kind and normalised canonical name ("person:emmanuel macron"; "unnamed:un temoin"). */
  entities: Record<string, CorpusEntity>;
  /** By the articles' dates ("2012-07-05", or "2012-07" when only a month is given); undated articles are left out. */
  byDate: Record<string, VoiceSplit & { articles: number }>;
  /** The articles with most quoted words (then most statements, then by id), at most `articleLimit` of them. */
  byArticle: ArticleVoice[];
  articleLimit: number;
}

const tally = (): CorpusTally => ({ statements: 0, words: 0 });
const split = (): VoiceSplit => ({
  statements: 0, words: 0, byGender: { f: tally(), m: tally(), unknown: tally() },
  bySource: { person: tally(), org: tally(), unnamed: tally(), unattributed: tally() },
});

export function emptyTotals(articleLimit = 50): CorpusTotals {
  return { version: 1, articles: 0, quoting: 0, articlesQuoting: { f: 0, m: 0, unknown: 0 }, ...split(), entities: {}, byDate: {}, byArticle: [], articleLimit };
}

/** The key part of a name: accents, case, apostrophes, hyphens and spacing aside ("Jean-Marc Ayrault" = "jean marc ayrault"). */
export function nameKey(name: string): string {
  return name.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[’'`]/g, "'").replace(/[\s\u2010\u2011\u2012\u2013\u2014\u2015-]+/g, " ").trim();
}

/** The totals key of an entity of an article (`CorpusEntityView.keys` lists the keys folded into one view). */
export function entityKey(kind: CorpusEntity["kind"], name: string): string {
  return `${kind}:${nameKey(name)}`;
}

function entityEntry(totals: CorpusTotals, kind: CorpusEntity["kind"], name: string): CorpusEntity {
  const key = entityKey(kind, name);
  return totals.entities[key] ??= { kind, names: {}, aliases: {}, articles: 0, mentions: 0, statements: 0, words: 0, gender: { f: 0, m: 0 }, roles: {} };
}

const bump = (r: Record<string, number>, k: string, n = 1) => { r[k] = (r[k] ?? 0) + n; };

/** The totals of one article (the map step). `date`: the article's date key (see `dateKey(readDate(text))`). */
export function articleTotals(id: string, analysis: ArticleAnalysis, opts: { date?: string; articleLimit?: number } = {}): CorpusTotals {
  const t = emptyTotals(opts.articleLimit);
  const article: ArticleVoice = { id, lang: analysis.lang, ...(opts.date ? { date: opts.date } : {}), ...split() };
  // Each entity once per article: two entities of the article with one key (rare) count as one article.
  const seen = new Set<CorpusEntity>();
  const once = (e: CorpusEntity, name: string) => {
    if (seen.has(e)) return;
    seen.add(e);
    e.articles = 1;
    e.names[name] = 1;
  };
  for (const e of [...analysis.people, ...analysis.orgs, ...analysis.places]) {
    const c = entityEntry(t, e.kind, e.name);
    once(c, e.name);
    c.mentions += e.mentions.length;
    for (const m of e.mentions) c.aliases[m.text.replace(/\s+/g, " ")] = 1;
    if (e.role) c.roles[e.role] = 1;
    const g = e.kind === "person" ? genderHint(analysis, e).gender : "unknown";
    if (g !== "unknown") c.gender[g] = 1;
  }
  const byId = entityIndex(analysis);
  const quoted = new Set<GenderHint>();
  for (const q of analysis.quotes) {
    const src = sourceOf(analysis, q, byId);
    const words = countWords(q.text);
    const gender = src.entity ? genderHint(analysis, src.entity).gender : "unknown";
    const parts: CorpusTally[] = [article, article.bySource[src.kind]];
    if (src.kind === "person" || src.kind === "unnamed") {
      parts.push(article.byGender[gender]);
      quoted.add(gender);
    }
    if (src.name !== null && src.kind !== "unattributed") {
      const c = entityEntry(t, src.kind, src.name);
      once(c, src.name);
      parts.push(c);
    }
    for (const p of parts) { p.statements++; p.words += words; }
  }
  addSplit(t, article);
  t.articles = 1;
  t.quoting = analysis.quotes.length ? 1 : 0;
  for (const g of quoted) t.articlesQuoting[g] = 1;
  if (opts.date) t.byDate[opts.date] = { articles: 1, ...copySplit(article) };
  if (t.articleLimit > 0) t.byArticle.push(article);
  return t;
}

function copySplit(s: VoiceSplit): VoiceSplit {
  const out = split();
  addSplit(out, s);
  return out;
}

function addTally(into: CorpusTally, t: CorpusTally): void {
  into.statements += t.statements;
  into.words += t.words;
}

function addSplit(into: VoiceSplit, s: VoiceSplit): void {
  addTally(into, s);
  for (const g of Object.keys(into.byGender) as GenderHint[]) addTally(into.byGender[g], s.byGender[g]);
  for (const k of Object.keys(into.bySource) as SourceKind[]) addTally(into.bySource[k], s.bySource[k]);
}

const articleOrder = (a: ArticleVoice, b: ArticleVoice) =>
  b.words - a.words || b.statements - a.statements || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Adds `b` into `a` (mutates and returns `a`; `b` is left as it was and never shared with `a`). */
export function mergeInto(a: CorpusTotals, b: CorpusTotals): CorpusTotals {
  a.articles += b.articles;
  a.quoting += b.quoting;
  for (const g of Object.keys(a.articlesQuoting) as GenderHint[]) a.articlesQuoting[g] += b.articlesQuoting[g];
  addSplit(a, b);
  for (const [k, e] of Object.entries(b.entities)) {
    const into = a.entities[k];
    if (!into) { a.entities[k] = structuredClone(e); continue; }
    for (const f of ["articles", "mentions", "statements", "words"] as const) into[f] += e[f];
    into.gender.f += e.gender.f;
    into.gender.m += e.gender.m;
    for (const f of ["names", "aliases", "roles"] as const) for (const [n, c] of Object.entries(e[f])) bump(into[f], n, c);
  }
  for (const [d, s] of Object.entries(b.byDate)) {
    const into = a.byDate[d];
    if (!into) { a.byDate[d] = structuredClone(s); continue; }
    into.articles += s.articles;
    addSplit(into, s);
  }
  a.articleLimit = Math.min(a.articleLimit, b.articleLimit);
  a.byArticle = [...a.byArticle, ...structuredClone(b.byArticle)].sort(articleOrder).slice(0, a.articleLimit);
  return a;
}

/** a + b as a new value (neither is changed). */
export function mergeTotals(a: CorpusTotals, b: CorpusTotals): CorpusTotals {
  return mergeInto(structuredClone(a), b);
}

const sortKeys = <T>(r: Record<string, T>, f: (v: T) => T = (v) => v): Record<string, T> =>
  Object.fromEntries(Object.keys(r).sort().map((k) => [k, f(r[k])]));

/** The same totals with every map's keys sorted: one JSON text for one value, whatever the order of the merges. */
export function canonicalTotals(t: CorpusTotals): CorpusTotals {
  return {
    ...t,
    entities: sortKeys(t.entities, (e) => ({ ...e, names: sortKeys(e.names), aliases: sortKeys(e.aliases), roles: sortKeys(e.roles) })),
    byDate: sortKeys(t.byDate),
  };
}
