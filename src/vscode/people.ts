// Who a place in the text refers to: a name, or a bound reference (a pronoun, a role, a description the engine
// gives as a quote's speaker_mention). Pure reading of the analysis; the providers in symbols.ts use it.
import type { Entity, Span } from "../engine";
import type { ArticleResult } from "./analysisService";

export interface Reference extends Span {
  /** "name": a mention of the entity's name; "bound": a pronoun or description the engine binds to it as a speaker. */
  kind: "name" | "bound";
}

const inside = (s: Span, offset: number) => s.start <= offset && offset < s.end;

/** The entity named, or bound as a quote's speaker, at the offset. */
export function entityAt(result: ArticleResult, offset: number): Entity | undefined {
  const a = result.analysis;
  for (const e of [...a.people, ...a.orgs, ...a.places]) if (e.mentions.some((m) => inside(m, offset))) return e;
  for (const q of a.quotes) {
    const s = q.speaker;
    if (s?.entity && s.mention && inside(s.mention, offset)) return result.entity(s.entity);
  }
  return undefined;
}

/** Every place the article names the entity, and every pronoun or description bound to it as a speaker, in order. */
export function referencesOf(result: ArticleResult, entity: Entity): Reference[] {
  const refs: Reference[] = entity.mentions.map((m) => ({ start: m.start, end: m.end, kind: "name" }));
  for (const q of result.analysis.quotes) {
    const m = q.speaker?.entity === entity.id ? q.speaker.mention : undefined;
    if (m && !refs.some((r) => r.start < m.end && m.start < r.end)) refs.push({ start: m.start, end: m.end, kind: "bound" });
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** Where the article introduces the entity: its first mention by its full name, else its first mention. */
export function definitionOf(entity: Entity): Span | undefined {
  return entity.mentions.find((m) => m.text === entity.name) ?? entity.mentions[0];
}
