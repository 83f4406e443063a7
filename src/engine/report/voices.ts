// Share of voice: who gets the quoted words. Per speaker, per gender hint, per kind of source.
// A pure function of the analysis: the CLI's Markdown report and the extension's chart read the same numbers.
import { givenNameGender } from "../lexicon/gazetteer";
import { LEXICON_DATA } from "../lexicon";
import { unnamedSource } from "../speaker";
import type { ArticleAnalysis, Entity, Quote } from "../types";
import { lazy } from "../text/lazy";

/** "f"/"m" only from evidence in the text or the first name; never guessed from anything else. */
export type GenderHint = "f" | "m" | "unknown";
/** Where a gender hint comes from: the analysis (title, "la ministre", "Mrs"), a pronoun bound to the person, the first name. */
export type GenderEvidence = "text" | "pronoun" | "firstName";
/** A named person, a named organisation, a described source ("un témoin"), or no source at all. */
export type SourceKind = "person" | "org" | "unnamed" | "unattributed";

export interface Tally {
  statements: number;
  words: number;
  /** Share of all quoted words, 0..1 (0 when nothing is quoted). */
  share: number;
}

export interface SpeakerVoice extends Tally {
  /** Entity id, "unnamed:<description>" or "unattributed". */
  key: string;
  /** The name, the description as written, or null for unattributed statements. */
  name: string | null;
  kind: SourceKind;
  gender: GenderHint;
  evidence?: GenderEvidence;
  entity?: string;
}

export interface ShareOfVoice {
  statements: number;
  words: number;
  /** Most words first, then most statements, then first quoted. */
  speakers: SpeakerVoice[];
  /** Over statements by people (named or described); organisations and unattributed statements are left out. */
  byGender: Record<GenderHint, Tally>;
  bySource: Record<SourceKind, Tally>;
}

// One word: letters or digits, with inner apostrophes or hyphens ("aujourd'hui", "well-known").
const WORD = lazy(() => /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);

/** Words of a quote, quote marks and punctuation aside. */
export function countWords(text: string): number {
  return text.match(WORD())?.length ?? 0;
}

/** The gender hint of a person: the analysis's own (titles, roles), else a gendered pronoun bound to them, else the first name. */
export function genderHint(analysis: ArticleAnalysis, person: Entity): { gender: GenderHint; evidence?: GenderEvidence } {
  if (person.kind !== "person") return { gender: "unknown" };
  if (person.gender) return { gender: person.gender, evidence: "text" };
  const pronouns = LEXICON_DATA[analysis.lang].pronouns;
  const votes = { m: 0, f: 0 };
  for (const q of analysis.quotes) {
    const s = q.speaker;
    if (s?.entity !== person.id || !s.pronoun || !s.mentionText) continue;
    const g = pronouns[s.mentionText.toLowerCase()];
    if (g === "m" || g === "f") votes[g]++;
  }
  if (votes.m && !votes.f) return { gender: "m", evidence: "pronoun" };
  if (votes.f && !votes.m) return { gender: "f", evidence: "pronoun" };
  const words = person.name.split(/\s+/);
  const g = words.length > 1 ? givenNameGender(words[0]) : undefined;
  return g ? { gender: g, evidence: "firstName" } : { gender: "unknown" };
}

/** Who a statement is by, as the report groups it. */
export function sourceOf(analysis: ArticleAnalysis, quote: Quote, byId = entityIndex(analysis)): { key: string; name: string | null; kind: SourceKind; entity?: Entity } {
  const s = quote.speaker;
  const entity = s?.entity ? byId.get(s.entity) : undefined;
  if (entity) return { key: entity.id, name: entity.name, kind: entity.kind === "org" ? "org" : "person", entity };
  const described = unnamedSource(s);
  if (described) return { key: `unnamed:${described.toLowerCase()}`, name: described, kind: "unnamed" };
  if (s?.name) return { key: `name:${s.name}`, name: s.name, kind: "person" };
  return { key: "unattributed", name: null, kind: "unattributed" };
}

export function entityIndex(analysis: ArticleAnalysis): Map<string, Entity> {
  return new Map([...analysis.people, ...analysis.orgs, ...analysis.places].map((e) => [e.id, e]));
}

/**
 * Each statement's own words: a report that holds another ("Selon l'AFP, le ministre a déclaré que …", the one
 * overlap the engine keeps) leaves the inner statement's words to the inner speaker, so no word counts twice.
 * Each statement still counts once for its own speaker. (Quotes are in text order; only the few that follow a
 * quote and start inside it are read again.)
 */
function ownWords(quotes: readonly Quote[]): number[] {
  const own = quotes.map((q) => countWords(q.text));
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length && quotes[j].start < quotes[i].end; j++) {
      if (quotes[j].end <= quotes[i].end) own[i] -= own[j];
    }
  }
  return own.map((n) => Math.max(0, n));
}

const tally = (): Tally => ({ statements: 0, words: 0, share: 0 });

export function shareOfVoice(analysis: ArticleAnalysis): ShareOfVoice {
  const byId = entityIndex(analysis);
  const speakers = new Map<string, SpeakerVoice>();
  const byGender: Record<GenderHint, Tally> = { f: tally(), m: tally(), unknown: tally() };
  const bySource: Record<SourceKind, Tally> = { person: tally(), org: tally(), unnamed: tally(), unattributed: tally() };
  let words = 0;
  const own = ownWords(analysis.quotes);
  analysis.quotes.forEach((q, i) => {
    const src = sourceOf(analysis, q, byId);
    const n = own[i];
    words += n;
    let v = speakers.get(src.key);
    if (!v) {
      const hint = src.entity ? genderHint(analysis, src.entity) : { gender: "unknown" as const };
      v = { key: src.key, name: src.name, kind: src.kind, ...hint, statements: 0, words: 0, share: 0 };
      if (src.entity) v.entity = src.entity.id;
      speakers.set(src.key, v);
    }
    v.statements++;
    v.words += n;
    for (const t of [bySource[src.kind], ...(src.kind === "person" || src.kind === "unnamed" ? [byGender[v.gender]] : [])]) {
      t.statements++;
      t.words += n;
    }
  });
  const share = (t: Tally) => { t.share = words ? t.words / words : 0; };
  [...speakers.values(), ...Object.values(byGender), ...Object.values(bySource)].forEach(share);
  // Map order is the order of first statements: the sort is stable, so it breaks ties by first appearance.
  const list = [...speakers.values()].sort((a, b) => b.words - a.words || b.statements - a.statements);
  return { statements: analysis.quotes.length, words, speakers: list, byGender, bySource };
}
