// Invented article digests for the corpus tests: entities by name (and aliases), statements by speaker index.
import type { ArticleDigest, DigestEntity } from "../../src/corpus/digest";
import { emptyTotals, type EntityKind } from "../../src/engine";

export function entity(name: string, aliases: string[] = [], kind: EntityKind = "person", mentions = 1 + aliases.length): DigestEntity {
  const flat: number[] = [];
  for (let i = 0; i < mentions; i++) flat.push(i * 10, i * 10 + 5, Math.min(i, aliases.length));
  return { kind, name, aliases, mentions: flat, bound: [] };
}

export function digest(entities: DigestEntity[], saidBy: number[] = []): ArticleDigest {
  return {
    lang: "en", length: 100, lines: [], entities, totals: emptyTotals(),
    quotes: saidBy.map((speaker, i) => ({ start: i, end: i + 1, kind: "direct", text: `q${i}`, speaker })),
  };
}
