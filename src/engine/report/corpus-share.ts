// The corpus share of voice, read from merged totals (corpus.ts): names folded into one person by the articles'
// own aliases, a gender per person from the evidence of every article, shares of words, lists sorted. A pure
// function of the totals, so the CLI's report, the extension's corpus view and its chart read the same numbers.
import { nameKey as nameKeyOf, type CorpusEntity, type CorpusTally, type CorpusTotals, type VoiceSplit } from "./corpus";
import type { GenderHint, SourceKind, Tally } from "./voices";

export interface CorpusEntityView extends Tally {
  /** The key of the entry the others were folded into ("person:emmanuel macron"). */
  key: string;
  /** Every totals key folded into this one (itself included). */
  keys: string[];
  kind: CorpusEntity["kind"];
  /** The most frequent canonical form of the entry's own name. */
  name: string;
  /** Every name mention and canonical form, most frequent first. */
  aliases: string[];
  articles: number;
  mentions: number;
  /** From the evidence of all articles: the majority of the articles that give any, unknown on a tie. */
  gender: GenderHint;
  /** The role most articles bind to the person. */
  role?: string;
}

export interface CorpusSpeaker extends Tally {
  key: string;
  /** null for the unattributed statements. */
  name: string | null;
  kind: SourceKind;
  gender: GenderHint;
  articles: number;
}

export interface SplitShare extends Tally {
  byGender: Record<GenderHint, Tally>;
  bySource: Record<SourceKind, Tally>;
}

export interface CorpusShare {
  articles: number;
  quoting: number;
  statements: number;
  words: number;
  /**
   * Over statements by people (named or described), each counted under the gender its article gives evidence of
   * (as the sum of the articles' own shares of voice); shares are of all quoted words, as in `shareOfVoice`.
   */
  byGender: Record<GenderHint, Tally>;
  bySource: Record<SourceKind, Tally>;
  articlesQuoting: Record<GenderHint, number>;
  /** Most words first; the unattributed statements as one row with name null. */
  speakers: CorpusSpeaker[];
  /** Most articles first, then most mentions. */
  people: CorpusEntityView[];
  orgs: CorpusEntityView[];
  places: CorpusEntityView[];
  unnamed: CorpusEntityView[];
  /** In date order; `share`: of the corpus's words, byGender and bySource: within the date. */
  byDate: (SplitShare & { date: string; articles: number })[];
  /** As in the totals (most words first); `share`: of the corpus's words, byGender and bySource: within the article. */
  byArticle: (SplitShare & { id: string; lang: string; date?: string })[];
}

const nameOf = (key: string) => key.slice(key.indexOf(":") + 1);
const byCount = (r: Record<string, number>) => Object.entries(r).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));

/**
 * key → the key it folds into. A name that is an alias (a name mention) of exactly one fuller name of the same kind
 * in the corpus is that entity ("Macron", where the articles only ever wrote it for "Emmanuel Macron"); a name that
 * is an alias of two ("Smith": "Ann Smith", "John Smith") stays apart. Longer names are settled first, so chains fold
 * to the fullest name, and a fold always goes to a longer name (no cycles).
 */
export function foldAliases(entities: Record<string, Pick<CorpusEntity, "kind" | "aliases">>): Map<string, string> {
  const byAlias = new Map<string, string[]>();
  for (const [key, e] of Object.entries(entities)) {
    if (e.kind === "unnamed") continue;
    for (const a of new Set(Object.keys(e.aliases).map((x) => `${e.kind}:${nameKeyOf(x)}`))) {
      if (a === key) continue;
      const list = byAlias.get(a);
      if (list) list.push(key);
      else byAlias.set(a, [key]);
    }
  }
  const root = new Map<string, string>();
  const keys = Object.keys(entities).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const key of keys) {
    const targets = new Set((byAlias.get(key) ?? []).filter((t) => nameOf(t).length > nameOf(key).length).map((t) => root.get(t) ?? t));
    root.set(key, targets.size === 1 ? [...targets][0] : key);
  }
  return root;
}

const share = (t: CorpusTally, total: number): Tally => ({ statements: t.statements, words: t.words, share: total ? t.words / total : 0 });

/** Shares within `s` (of all its quoted words, as `shareOfVoice` counts them); `s`'s own share of `total`. */
function splitShare(s: VoiceSplit, total: number): SplitShare {
  const g = s.byGender;
  const k = s.bySource;
  return {
    ...share(s, total),
    byGender: { f: share(g.f, s.words), m: share(g.m, s.words), unknown: share(g.unknown, s.words) },
    bySource: { person: share(k.person, s.words), org: share(k.org, s.words), unnamed: share(k.unnamed, s.words), unattributed: share(k.unattributed, s.words) },
  };
}

function view(key: string, members: string[], entities: Record<string, CorpusEntity>, total: number): CorpusEntityView {
  const own = entities[key];
  const sum: CorpusTally & { articles: number; mentions: number; f: number; m: number } = { statements: 0, words: 0, articles: 0, mentions: 0, f: 0, m: 0 };
  const aliases: Record<string, number> = {};
  const roles: Record<string, number> = {};
  for (const k of members) {
    const e = entities[k];
    sum.statements += e.statements; sum.words += e.words; sum.articles += e.articles; sum.mentions += e.mentions;
    sum.f += e.gender.f; sum.m += e.gender.m;
    for (const [n, c] of [...Object.entries(e.aliases), ...Object.entries(e.names)]) aliases[n] = (aliases[n] ?? 0) + c;
    for (const [n, c] of Object.entries(e.roles)) roles[n] = (roles[n] ?? 0) + c;
  }
  const role = byCount(roles)[0]?.[0];
  return {
    key, keys: [...members].sort(), kind: own.kind, name: byCount(own.names)[0][0], aliases: byCount(aliases).map(([n]) => n),
    articles: sum.articles, mentions: sum.mentions, ...share(sum, total),
    gender: sum.f > sum.m ? "f" : sum.m > sum.f ? "m" : "unknown", ...(role ? { role } : {}),
  };
}

const entityOrder = (a: CorpusEntityView, b: CorpusEntityView) =>
  b.articles - a.articles || b.mentions - a.mentions || b.words - a.words || (a.key < b.key ? -1 : 1);

export function corpusShare(totals: CorpusTotals): CorpusShare {
  const root = foldAliases(totals.entities);
  const groups = new Map<string, string[]>();
  for (const key of Object.keys(totals.entities).sort()) {
    const r = root.get(key) ?? key;
    const g = groups.get(r);
    if (g) g.push(key);
    else groups.set(r, [key]);
  }
  const views = [...groups].map(([k, members]) => view(k, members, totals.entities, totals.words));
  const list = (kind: CorpusEntity["kind"]) => views.filter((v) => v.kind === kind).sort(entityOrder);
  const speakers: CorpusSpeaker[] = views.filter((v) => v.statements > 0).map((v) => ({
    key: v.key, name: v.name, kind: v.kind === "place" ? "person" : v.kind, gender: v.kind === "person" ? v.gender : "unknown",
    articles: v.articles, statements: v.statements, words: v.words, share: v.share,
  }));
  const u = totals.bySource.unattributed;
  if (u.statements) speakers.push({ key: "unattributed", name: null, kind: "unattributed", gender: "unknown", articles: 0, ...share(u, totals.words) });
  speakers.sort((a, b) => b.words - a.words || b.statements - a.statements || (a.key < b.key ? -1 : 1));
  const all = splitShare(totals, totals.words);
  return {
    articles: totals.articles, quoting: totals.quoting, statements: totals.statements, words: totals.words,
    byGender: all.byGender, bySource: all.bySource, articlesQuoting: { ...totals.articlesQuoting }, speakers,
    people: list("person"), orgs: list("org"), places: list("place"), unnamed: list("unnamed"),
    byDate: Object.keys(totals.byDate).sort().map((date) => ({ date, articles: totals.byDate[date].articles, ...splitShare(totals.byDate[date], totals.words) })),
    byArticle: totals.byArticle.map((a) => ({ id: a.id, lang: a.lang, ...(a.date ? { date: a.date } : {}), ...splitShare(a, totals.words) })),
  };
}
