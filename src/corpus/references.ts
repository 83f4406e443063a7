// Every place an article refers to an entity: its name mentions, the roles the engine binds to the person
// (Entity.references), the pronouns or descriptions bound to it as a quote's speaker. Pure reading of an analysis;
// the editor's providers (src/vscode/people.ts) and the workspace index's digests (digest.ts) both use it.
import type { ArticleAnalysis, Entity, Span } from "../engine";

export interface Reference extends Span {
  /**
   * "name": a mention of the entity's name; "bound": a role or description the engine binds to the person
   * (Entity.references), or a pronoun or description it binds to it as a quote's speaker.
   */
  kind: "name" | "bound";
  /** Bound references only: true when the place is also a quote's speaker mention. */
  speaker?: boolean;
}

/** The references in the order of the text, each place once. */
export function entityReferences(analysis: ArticleAnalysis, entity: Entity): Reference[] {
  const refs: Reference[] = entity.mentions.map((m) => ({ start: m.start, end: m.end, kind: "name" }));
  const overlapping = (s: Span) => refs.find((r) => r.start < s.end && s.start < r.end);
  for (const s of entity.references ?? []) if (!overlapping(s)) refs.push({ start: s.start, end: s.end, kind: "bound" });
  for (const q of analysis.quotes) {
    const m = q.speaker?.entity === entity.id ? q.speaker.mention : undefined;
    if (!m) continue;
    const known = overlapping(m);
    if (!known) refs.push({ start: m.start, end: m.end, kind: "bound", speaker: true });
    else if (known.kind === "bound") known.speaker = true;
  }
  return refs.sort((a, b) => a.start - b.start);
}
