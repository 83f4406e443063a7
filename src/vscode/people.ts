// Who a place in the text refers to: a name, or a bound reference (a role the engine binds to the person in
// Entity.references, or a pronoun or description it gives as a quote's speaker mention). Pure reading of the
// analysis; the providers in symbols.ts and the tree use it.
import type { Entity, Span } from "../engine";
import type { ArticleResult } from "./analysisService";

export interface Reference extends Span {
  /**
   * "name": a mention of the entity's name; "bound": a role or description the engine binds to the person
   * (Entity.references), or a pronoun or description it binds to it as a quote's speaker.
   */
  kind: "name" | "bound";
  /** Bound references only: true when the place is also a quote's speaker mention. */
  speaker?: boolean;
}

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

/**
 * Every place the article names the entity, every role bound to it (Entity.references) and every pronoun or
 * description bound to it as a speaker, in the order of the text, each place once.
 */
export function referencesOf(result: ArticleResult, entity: Entity): Reference[] {
  const refs: Reference[] = entity.mentions.map((m) => ({ start: m.start, end: m.end, kind: "name" }));
  const overlapping = (s: Span) => refs.find((r) => r.start < s.end && s.start < r.end);
  for (const s of entity.references ?? []) if (!overlapping(s)) refs.push({ start: s.start, end: s.end, kind: "bound" });
  for (const q of result.analysis.quotes) {
    const m = q.speaker?.entity === entity.id ? q.speaker.mention : undefined;
    if (!m) continue;
    const known = overlapping(m);
    if (!known) refs.push({ start: m.start, end: m.end, kind: "bound", speaker: true });
    else if (known.kind === "bound") known.speaker = true;
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** Where the article introduces the entity: its first mention by its full name, else its first mention. */
export function definitionOf(entity: Entity): Span | undefined {
  return entity.mentions.find((m) => m.text === entity.name) ?? entity.mentions[0];
}
