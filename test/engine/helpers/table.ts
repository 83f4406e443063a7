// The one table helper of the engine tests (compromise's tests/three style: one array per layer, one helper).
// The tests mirror the engine: test/engine/<layer>/<phenomenon>.test.ts, where <layer> is text/ (tokens, sentences,
// language), lexicon/ (gazetteer, word bits), entities/ (names, people, places, orgs, roles, credits), quotes/ (marks,
// terms, incises, indirect, postposed, object reports, participles, according-to, mixed, headlines, dialogue,
// interviews, asked questions, not-statements), speakers/ (subjects, described sources, pronouns, continuation,
// take-up, sanity), invariants/ and seeds/. A new case goes in the file of its phenomenon, never of its campaign.
//
// Statements: a row is [text, [[quote, speaker | null, kind?], …]], one `it` per row, named by its text.
//  - `quote` is the statement's text as written (text.slice(start, end));
//  - `speaker` is what the jsonl shows: the name, else the description as written, else null
//    (a table may read the name only: { speaker: named });
//  - `kind` ("direct" | "indirect" | "mixed") is checked when the triple gives it, and only then;
//  - `[]` means the text must produce no statement at all, or, in a table that keeps only some statements
//    ({ only: direct }, { only: reported }), none of those: "must not produce this one" is written that way.
// Entities: a row says which mentions must be among the people, organisations and places, and which must not.
// Language: every table names its language ("fr" or "en"); rows never carry one.
import * as assert from "node:assert/strict";
import { analyze, type AnalyzeOptions, type ArticleAnalysis, type Lang, type Quote, type QuoteKind } from "../../../src/engine";

export type { Lang };
export const fr: Lang = "fr";
export const en: Lang = "en";

/** A non-breaking space (French typography before » and after «), and the narrow one. */
export const NB = "\u00a0";
export const NNB = "\u202f";
/** « text » with the non-breaking spaces of French typography. */
export const g = (s: string) => `«${NB}${s}${NB}»`;

export type Said = [quote: string, speaker: string | null, kind?: QuoteKind];
export type Row = [text: string, expected: Said[]];

/** The speaker as the jsonl shows it: the name, else the description as written. */
export const who = (q: Quote) => q.speaker?.name ?? q.speaker?.mentionText ?? null;
/** The speaker's name only (null for a described or unresolved source). */
export const named = (q: Quote) => q.speaker?.name ?? null;
/** Keep only direct quotes, or only reports (indirect and mixed). */
export const direct = (q: Quote) => q.kind === "direct";
export const reported = (q: Quote) => q.kind !== "direct";
/** Keep only statements with a speaker (a name or a description). */
export const attributed = (q: Quote) => who(q) !== null;

export interface TableOptions {
  /** How the speaker column is read (default: who). */
  speaker?: (q: Quote) => string | null;
  /** Which statements the row lists (default: all). */
  only?: (q: Quote) => boolean;
  /** More analyze options (extraVerbs, …). */
  analyze?: Omit<AnalyzeOptions, "lang">;
}

/** The statements of a text in the row shape, giving the kind where the expected triple gives one. */
export function said(text: string, lang: Lang, expected: readonly Said[] = [], o: TableOptions = {}): Said[] {
  const speaker = o.speaker ?? who;
  const quotes = analyze(text, { ...o.analyze, lang }).quotes.filter(o.only ?? (() => true));
  return quotes.map((q, i): Said => (expected[i]?.length === 2 ? [q.text, speaker(q)] : [q.text, speaker(q), q.kind]));
}

/** One `it` per row, inside the current describe. */
export function statements(lang: Lang, rows: Row[], o: TableOptions = {}): void {
  for (const [text, expected] of rows) it(text, () => assert.deepEqual(said(text, lang, expected, o), expected));
}

/** A describe holding one table. */
export function table(title: string, lang: Lang, rows: Row[], o: TableOptions = {}): void {
  describe(title, () => statements(lang, rows, o));
}

/** The speaker of one statement of a text, as [name, mention as written]: for rows about the mention itself. */
export type MentionRow = [text: string, name: string | null, mention: string | undefined];
export function speakerMentions(lang: Lang, rows: MentionRow[], pick: (qs: Quote[]) => Quote | undefined = (qs) => qs[0]): void {
  for (const [text, name, mention] of rows) {
    it(text, () => {
      const q = pick(analyze(text, { lang }).quotes);
      assert.deepEqual([q?.speaker?.name ?? null, q?.speaker?.mentionText], [name, mention]);
    });
  }
}

export type EntityKind = "people" | "orgs" | "places";

/** The canonical names of each kind of entity asked for (all three by default), in order. */
export function names(text: string, lang: Lang, kinds: EntityKind[] = ["people", "orgs", "places"]): Partial<Record<EntityKind, string[]>> {
  const a = analyze(text, { lang });
  return Object.fromEntries(kinds.map((k) => [k, a[k].map((e) => e.name)]));
}

/** The people of a text, as entities. */
export const peopleOf = (text: string, lang: Lang) => analyze(text, { lang }).people;

/** The people of a text with their roles, as [name, role | null]. */
export const rolesOf = (text: string, lang: Lang): [string, string | null][] => peopleOf(text, lang).map((p) => [p.name, p.role ?? null]);

/** Every mention text of one kind of entity, in order. */
export const mentions = (a: ArticleAnalysis, kind: EntityKind): string[] => a[kind].flatMap((e) => e.mentions.map((m) => m.text));
export const mentionsOf = (text: string, lang: Lang, kind: EntityKind): string[] => mentions(analyze(text, { lang }), kind);

/** An entity row: mentions that must be found (any order, repeats counted once) and mentions that must not. */
export interface EntityRow {
  /** What the row shows (the test's name; the text when absent). */
  why?: string;
  text: string;
  people?: string[];
  orgs?: string[];
  places?: string[];
  not?: Partial<Record<EntityKind, string[]>>;
  /** Kinds that must have no mention at all (the entity row's must-not-match). */
  none?: EntityKind[];
}

/** One `it` per row, named by what the row shows (else by its text), inside the current describe. */
export function entities(lang: Lang, rows: EntityRow[]): void {
  for (const row of rows) {
    it(row.why ?? row.text, () => {
      const a = analyze(row.text, { lang });
      for (const kind of ["people", "orgs", "places"] as const) {
        const got = new Set(mentions(a, kind));
        for (const want of row[kind] ?? []) assert.ok(got.has(want), `${kind}: missing "${want}" in ${JSON.stringify([...got])}`);
        for (const bad of row.not?.[kind] ?? []) assert.ok(!got.has(bad), `${kind}: "${bad}" is a false positive`);
      }
      for (const kind of row.none ?? []) assert.deepEqual(mentions(a, kind), [], `${kind}: none expected`);
    });
  }
}
