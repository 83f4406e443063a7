// People, organisations and places across a folder of articles: the entities of every article's digest merged by
// canonical name, and by the aliases an article gives ("Macron" where another article has "Emmanuel Macron" and
// names him "Macron"). An alias that two different full names share ("Le Pen") merges nothing. Pure.
import { entityKey, foldAliases, nameKey, type EntityKind } from "../engine";
import type { ArticleDigest } from "./digest";

/** One article's share of a corpus entity. */
export interface Occurrence {
  file: string;
  /** Indexes of the entities in the article's digest (two when the article did not link "Macron" to "Emmanuel Macron"). */
  entities: number[];
  mentions: number;
  statements: number;
}

export interface CorpusEntity {
  /** The folded canonical name, unique per kind. */
  key: string;
  kind: EntityKind;
  name: string;
  /** Other names the articles give it. */
  aliases: string[];
  roles: string[];
  articles: Occurrence[];
  mentions: number;
  statements: number;
}

export interface Corpus {
  people: CorpusEntity[];
  orgs: CorpusEntity[];
  places: CorpusEntity[];
  /** The corpus entity an article's entity was merged into. */
  find(kind: EntityKind, name: string): CorpusEntity | undefined;
}

/** The engine's name key (case, accents, apostrophes, hyphens and spacing aside), the one the folder's totals use. */
export { nameKey };

interface Item { file: string; index: number; name: string; key: string; aliases: string[]; role?: string; mentions: number; statements: number }

export function buildCorpus(files: Iterable<[string, ArticleDigest]>): Corpus {
  const byKind: Record<EntityKind, Item[]> = { person: [], org: [], place: [] };
  for (const [file, digest] of files) {
    const said = new Map<number, number>();
    for (const q of digest.quotes) if (q.speaker !== undefined) said.set(q.speaker, (said.get(q.speaker) ?? 0) + 1);
    digest.entities.forEach((e, index) => {
      byKind[e.kind].push({
        file, index, name: e.name, key: nameKey(e.name), aliases: e.aliases.map(nameKey), role: e.role,
        mentions: e.mentions.length / 3, statements: said.get(index) ?? 0,
      });
    });
  }
  const lookup = new Map<string, CorpusEntity>();
  const merged = (kind: EntityKind) => {
    const list = mergeKind(kind, byKind[kind]);
    for (const [k, e] of list.keys) lookup.set(`${kind}\u0000${k}`, e);
    return list.entities;
  };
  return {
    people: merged("person"),
    orgs: merged("org"),
    places: merged("place"),
    find: (kind, name) => lookup.get(`${kind}\u0000${nameKey(name)}`),
  };
}

function mergeKind(kind: EntityKind, items: Item[]): { entities: CorpusEntity[]; keys: Map<string, CorpusEntity> } {
  // A short form merges into the one full name it stands for, if only one: the engine's rule (foldAliases), so that
  // the Folder view and the folder's share of voice merge the same names.
  const table: Record<string, { kind: EntityKind; aliases: Record<string, number> }> = {};
  for (const it of items) {
    const e = (table[entityKey(kind, it.key)] ??= { kind, aliases: {} });
    for (const a of it.aliases) e.aliases[a] = 1;
  }
  const folded = foldAliases(table);
  const rootOf = (key: string): string => {
    const root = folded.get(entityKey(kind, key));
    return root === undefined ? key : root.slice(root.indexOf(":") + 1);
  };
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    const root = rootOf(it.key);
    const g = groups.get(root);
    if (g) g.push(it);
    else groups.set(root, [it]);
  }
  const keys = new Map<string, CorpusEntity>();
  const entities: CorpusEntity[] = [];
  for (const [key, group] of groups) {
    const entity = corpusEntity(kind, key, group);
    entities.push(entity);
    keys.set(key, entity);
    for (const it of group) keys.set(it.key, entity);
  }
  entities.sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { entities, keys };
}

function corpusEntity(kind: EntityKind, key: string, group: Item[]): CorpusEntity {
  const names = new Map<string, number>();
  for (const it of group) if (it.key === key) names.set(it.name, (names.get(it.name) ?? 0) + 1);
  // The most frequent form; on a tie, the one with its accents ("Élisabeth" over "Elisabeth"), then the first seen.
  const marks = (s: string) => s.normalize("NFD").length - s.length;
  const name = [...names].sort((a, b) => b[1] - a[1] || marks(b[0]) - marks(a[0]))[0]?.[0] ?? group[0].name;
  const aliases = new Set<string>();
  for (const it of group) if (it.name !== name) aliases.add(it.name);
  const byFile = new Map<string, Occurrence>();
  const articles: Occurrence[] = [];
  let mentions = 0;
  let statements = 0;
  for (const it of group) {
    mentions += it.mentions;
    statements += it.statements;
    // Two entities of one article merged into one: the article counts once.
    const seen = byFile.get(it.file);
    if (seen) {
      seen.entities.push(it.index);
      seen.mentions += it.mentions;
      seen.statements += it.statements;
      continue;
    }
    const occ = { file: it.file, entities: [it.index], mentions: it.mentions, statements: it.statements };
    byFile.set(it.file, occ);
    articles.push(occ);
  }
  const roles = [...new Set(group.map((it) => it.role).filter((r): r is string => !!r))];
  return { key, kind, name, aliases: [...aliases], roles, articles, mentions, statements };
}
