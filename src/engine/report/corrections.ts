// A reader's corrections of an analysis, as annotation tools allow: a statement's speaker, an entity's type
// ("not a person", "an organisation"), two entities that are one. Kept apart from the article (a sidecar file
// in the extension) and applied to every new analysis. Keys are names and quote spans with their text, never
// ids, which are only stable within one analysis.
import type { ArticleAnalysis, Entity, EntityKind, Quote, Span } from "../types";

export type Correction =
  /** The statement at this span (found again by its text if the offsets moved) is by `speaker` (a name), or nobody. */
  | { op: "speaker"; quote: Span & { text: string }; speaker: string | null }
  /** The entity of this name is of another kind, or no entity at all ("none"). */
  | { op: "retype"; name: string; kind: EntityKind | "none" }
  /** The entity named `from` is the one named `into` (its mentions and statements go there). */
  | { op: "merge"; from: string; into: string };

export interface CorrectionsFile {
  version: 1;
  corrections: Correction[];
}

const LIST: Record<EntityKind, "people" | "orgs" | "places"> = { person: "people", org: "orgs", place: "places" };
const PREFIX: Record<EntityKind, string> = { person: "p", org: "o", place: "l" };

/** The corrected analysis (a copy); a correction that finds nothing to correct is skipped. */
export function applyCorrections(analysis: ArticleAnalysis, corrections: readonly Correction[]): ArticleAnalysis {
  const a: ArticleAnalysis = structuredClone(analysis);
  const all = () => [...a.people, ...a.orgs, ...a.places];
  const byName = (name: string) => all().find((e) => e.name === name);
  const rebind = (from: Entity, to: Entity | null) => {
    for (const q of a.quotes) {
      if (q.speaker?.entity !== from.id) continue;
      if (to && to.kind !== "place") q.speaker = { ...q.speaker, entity: to.id, name: to.name };
      else q.speaker = { ...q.speaker, entity: undefined, name: null, pronoun: undefined };
      if (q.speaker.entity === undefined) delete q.speaker.entity;
    }
  };
  const remove = (e: Entity) => { a[LIST[e.kind]] = a[LIST[e.kind]].filter((x) => x !== e); };
  let fresh = 0;
  for (const c of corrections) {
    if (c.op === "retype") {
      const e = byName(c.name);
      if (!e || e.kind === c.kind) continue;
      remove(e);
      if (c.kind === "none") { rebind(e, null); continue; }
      const moved: Entity = { ...e, kind: c.kind, id: `${PREFIX[c.kind]}x${fresh++}` };
      if (c.kind !== "person") { delete moved.gender; delete moved.role; }
      moved.mentions = e.mentions.map((m) => ({ ...m, entity: moved.id }));
      a[LIST[c.kind]].push(moved);
      rebind(e, moved);
    } else if (c.op === "merge") {
      const from = byName(c.from);
      const into = byName(c.into);
      if (!from || !into || from === into) continue;
      remove(from);
      into.mentions = [...into.mentions, ...from.mentions.map((m) => ({ ...m, entity: into.id }))].sort((x, y) => x.start - y.start);
      rebind(from, into);
    } else {
      const q = findQuote(a.quotes, c.quote);
      if (!q) continue;
      const who = c.speaker === null ? undefined : byName(c.speaker);
      if (c.speaker !== null && (!who || who.kind === "place")) continue;
      q.speaker = who ? { entity: who.id, name: who.name } : null;
    }
  }
  return a;
}

/** The quote at the span, else the one with the same text nearest to it (the article was edited since). */
function findQuote(quotes: Quote[], at: Span & { text: string }): Quote | undefined {
  const exact = quotes.find((q) => q.start === at.start && q.end === at.end && q.text === at.text);
  if (exact) return exact;
  const same = quotes.filter((q) => q.text === at.text);
  return same.sort((x, y) => Math.abs(x.start - at.start) - Math.abs(y.start - at.start))[0];
}

/** Reads a sidecar file's JSON; anything unexpected is dropped rather than trusted. */
export function parseCorrections(json: string): Correction[] {
  let data: unknown;
  try { data = JSON.parse(json); } catch { return []; }
  const list = (data as { corrections?: unknown })?.corrections;
  if (!Array.isArray(list)) return [];
  return list.filter((c): c is Correction => {
    if (!c || typeof c !== "object") return false;
    const o = c as Record<string, unknown>;
    if (o.op === "retype") return typeof o.name === "string" && ["person", "org", "place", "none"].includes(o.kind as string);
    if (o.op === "merge") return typeof o.from === "string" && typeof o.into === "string";
    if (o.op === "speaker") {
      const q = o.quote as Record<string, unknown> | undefined;
      return !!q && typeof q.start === "number" && typeof q.end === "number" && typeof q.text === "string" && (o.speaker === null || typeof o.speaker === "string");
    }
    return false;
  });
}
