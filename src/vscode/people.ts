// Who a place in the text refers to: a name, or a bound reference (a role the engine binds to the person in
// Entity.references, or a pronoun or description it gives as a quote's speaker mention). Pure reading of the
// analysis; the providers in symbols.ts and the tree use it.
import type { Entity, Span } from "../engine";
import { entityReferences, type Reference } from "../corpus/references";
import type { ArticleResult } from "./analysisService";

export type { Reference };

const inside = (s: Span, offset: number) => s.start <= offset && offset < s.end;

/** The entity named, referred to by a bound role, or bound as a quote's speaker, at the offset. */
export function entityAt(result: ArticleResult, offset: number): Entity | undefined {
  const a = result.analysis;
  for (const e of [...a.people, ...a.orgs, ...a.places]) if (e.mentions.some((m) => inside(m, offset))) return e;
  for (const e of a.people) if (e.references?.some((r) => inside(r, offset))) return e;
  for (const q of a.quotes) {
    const s = q.speaker;
    if (s?.entity && s.mention && inside(s.mention, offset)) return result.entity(s.entity);
  }
  return undefined;
}

/** Every place the article refers to the entity, in the order of the text (see entityReferences). */
export function referencesOf(result: ArticleResult, entity: Entity): Reference[] {
  return entityReferences(result.analysis, entity);
}

/** Where the article introduces the entity: its first mention by its full name, else its first mention. */
export function definitionOf(entity: Entity): Span | undefined {
  return entity.mentions.find((m) => m.text === entity.name) ?? entity.mentions[0];
}
