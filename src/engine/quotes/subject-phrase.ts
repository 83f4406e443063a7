// Where a subject noun phrase lies, before anyone asks who it stands for: a name mention (after an
// honorific, or with its affiliation "of IG"), a pronoun, or a role description ("le ministre chinois de
// la Défense", "the spokesman for the ministry"). The resolvers (resolve/) bind the phrase to a person.
import type { Doc } from "./doc";
import { abbreviationPeriod } from "../text/sentences";
import { AFFILIATION } from "../lexicon/quote-words";
import { nameModifiesTitle, titleModifiersStart } from "../phrases/title";
import { AUXILIARY, BARE_VERB_FORM, COMPLEMENT_WORD, DETERMINER, HONORIFIC, PRONOUN, RELATIVE_WORD, ROLE_NOUN, SPEAKER_NOUN, TRAILING_WORD } from "./word-bits";

/**
 * After a person's name, "of/at/from ORG" (an organisation or place mention, optionally after "the")
 * still belongs to the subject: "Jingyi Pan of IG said" is Jingyi Pan's. Returns the token after it.
 */
export function affiliationEnd(ctx: Doc, b: number): number {
  const { toks, lex } = ctx;
  if (!toks[b] || !AFFILIATION.has(toks[b].lw)) return b;
  let j = b + 1;
  if (toks[j] && lex.determiners.has(toks[j].lw) && ctx.mentionAt[j] < 0) j++;
  const mi = ctx.mentionAt[j] ?? -1;
  if (mi < 0) return b;
  const m = ctx.ents.mentions[mi];
  return m.entity.kind === "person" || m.a !== j ? b : m.b;
}

/**
 * Where the subject noun phrase starting at token k lies, before resolving who it stands for: a name
 * mention (index into ents.mentions), a pronoun (its gender), or a role description headed by the
 * noun at token `role`. Cheap, so callers that try several starts resolve only the one that fits.
 */
export type SubjectPhrase =
  | { kind: "mention"; mention: number; end: number }
  | { kind: "pronoun"; gender: "m" | "f" | "pl" | "x"; end: number }
  | { kind: "role"; role: number; end: number };

/** The title that lower-case modifiers opening at token k lead to (within the language's reach), else k. */
function titleAfterModifiers(ctx: Doc, k: number, title: (i: number) => boolean): number {
  for (let i = k + 1; i <= k + ctx.lex.titleModifiers.reach; i++) if (title(i)) return titleModifiersStart(ctx.toks, i, ctx.lex) <= k ? i : k;
  return k;
}

export function subjectPhraseAt(ctx: Doc, k: number): SubjectPhrase | undefined {
  const { toks, lex, facts } = ctx;
  const t = toks[k];
  if (!t) return undefined;
  // (The word facts are word-bits.ts bits: lexicon and quote-words sets, read per token without hashing its string.)
  const f = facts[k];
  // Honorific then name: "M. Wei", "Ms. Okafor", "former Gov. Lopez" (English report matrix).
  let j = k;
  // "said former President Maria Lopez": a capitalised role noun before the name stands for the title too.
  const title = (i: number) => (facts[i] & HONORIFIC) !== 0 || toks[i]?.cap && (facts[i] & SPEAKER_NOUN) !== 0 && ctx.mentionAt[i + 1] >= 0;
  // "said former Gov. Lopez", "said former state Sen. Lopez": lower-case modifiers before the title, as the one title-phrase
  // reader (phrases/title.ts) reads them.
  const h = titleAfterModifiers(ctx, k, title);
  if (h > k && (facts[h] & HONORIFIC) === 0 && ctx.mentionAt[h] < 0) j = h + 1;
  else if ((facts[h] & HONORIFIC) !== 0 && ctx.mentionAt[h] < 0) j = toks[h + 1]?.t === "." ? h + 2 : h + 1;
  const mi = ctx.mentionAt[j] ?? -1;
  if (mi >= 0) {
    const m = ctx.ents.mentions[mi];
    // "James Comey Jr. said", "Joseph Biden Jr., the vice president, said": a name's closing abbreviation keeps its period.
    const b = abbreviationPeriod(toks, m.b) ? m.b + 1 : m.b;
    return { kind: "mention", mention: mi, end: m.entity.kind === "person" ? affiliationEnd(ctx, b) : b };
  }
  const pr = (f & PRONOUN) !== 0 ? lex.pronouns.get(t.lw) : undefined;
  if (pr) return { kind: "pronoun", gender: pr, end: k + 1 };
  // Determiner + (adjectives) + role noun: "le ministre chinois de la Défense", "the minister".
  const det = (f & DETERMINER) !== 0;
  if (det || (f & SPEAKER_NOUN) !== 0 || t.cap) {
    // "l'agence iranienne Mehr News", "the Ontario health ministry": a name within a few words; not past
    // "à"/"qui", where the name is the addressee or a relative's ("un responsable à l'AFP" is the responsable).
    if (det) {
      // Nor past "to"/"with" ("a person close to Ruiz", "an aide to Mayor Ruiz": the name is the complement's).
      for (let r = k + 1; r < k + 5 && toks[r]?.word && (facts[r] & (COMPLEMENT_WORD | RELATIVE_WORD)) === 0 && !LINK.has(toks[r].lw); r++) {
        const mi = ctx.mentionAt[r];
        if (mi >= 0) {
          // "the mayor's aide", "a Ruiz's aide": a possessive name before a speaker noun owns the speaker.
          if (ownerOfNoun(ctx, ctx.ents.mentions[mi].b)) break;
          // "a Pentagon spokesman", "the Clinton campaign": a name that modifies the role noun after it.
          if (nameModifiesTitle(toks, ctx.ents.mentions[mi].b, lex, lex.speakerNouns)) break;
          if (ctx.ents.mentions[mi].entity.kind !== "place") { const pi = partyThenPerson(ctx, mi); return { kind: "mention", mention: pi, end: ctx.ents.mentions[pi].b }; }
          break;
        }
      }
    }
    let r = det ? k + 1 : k;
    // Only modifiers stand between the determiner and the head: "that will make people think" is a clause, no phrase.
    for (let n = 0; n < 4 && toks[r] && (facts[r] & SPEAKER_NOUN) === 0; n++, r++) if (!toks[r].word || (facts[r] & AUXILIARY) !== 0) return undefined;
    if (!toks[r] || (facts[r] & SPEAKER_NOUN) === 0) return undefined;
    // A compound head: "a party aide", "the campaign spokesman".
    while ((facts[r + 1] & SPEAKER_NOUN) !== 0 && r < k + 6) r++;
    let end = r + 1;
    // English puts only prepositional phrases after the head ("the spokesman for the ministry"), French also
    // adjectives ("le ministre chinois de la Défense"); a relative pronoun always ends it ("an aide who spoke …").
    if (ctx.rules.adjectivesAfterNoun || (facts[end] & TRAILING_WORD) !== 0) {
      while (end < toks.length && end - r < 7 && toks[end].word && (facts[end] & (BARE_VERB_FORM | RELATIVE_WORD)) === 0 &&
        ((facts[end] & AUXILIARY) === 0 || (facts[end] & COMPLEMENT_WORD) !== 0) && toks[end].nl === 0) {
        // "le porte-parole de la CGT", "le parquet de Paris": a name after "de"/"of" completes the description,
        // but a place after a descriptor is where the speaker lives ("a resident of Texas").
        const mi = ctx.mentionAt[end];
        if (mi >= 0 && (!complementAt(ctx, end) || ctx.ents.mentions[mi].entity.kind === "place" && (facts[r] & ROLE_NOUN) === 0)) break;
        // "l'instance dans un communiqué", "un responsable cité par l'agence X": the channel or the medium that carries
        // the words is no part of who speaks.
        if (mi < 0 && channelOrMediumAt(ctx, end)) break;
        end = mi >= 0 ? Math.max(end + 1, ctx.ents.mentions[mi].b) : end + 1;
      }
    }
    // A name right after the role: "the minister, Wei Fenghe" is handled by the mention itself.
    // A place there is where the described source lives ("residents of Sumatra"), not who speaks.
    if (ctx.mentionAt[end] >= 0 && ctx.ents.mentions[ctx.mentionAt[end]].entity.kind !== "place") {
      const mi = partyThenPerson(ctx, ctx.mentionAt[end]);
      return { kind: "mention", mention: mi, end: ctx.ents.mentions[mi].b };
    }
    // "a resident of [Texas]": the description stops before a dangling preposition.
    while (end - 1 > r && (facts[end - 1] & TRAILING_WORD) !== 0) end--;
    return { kind: "role", role: r, end };
  }
  return undefined;
}

/** Whether token k opens a medium aside ("cité par", "interrogé sur") or a preposition before a channel noun ("dans un communiqué"). */
function channelOrMediumAt(ctx: Doc, k: number): boolean {
  const { toks, lex } = ctx;
  if (lex.mediumAsides.has(toks[k].lw)) return true;
  if ((ctx.facts[k] & COMPLEMENT_WORD) !== 0) return false;
  const n = (ctx.facts[k + 1] & DETERMINER) !== 0 ? k + 2 : k + 1;
  return !!toks[n]?.word && lex.channelNouns.has(toks[n].lw) && !toks[k].cap;
}

/** Prepositions that tie a description to someone else: "a person close to X", "an aide to X", "a person familiar with X's views". */
const LINK = new Set(["to", "with"]);

/** Whether the name ending at token b is a possessive that owns the speaker noun after it ("Ruiz's spokesman"). */
export function ownerOfNoun(ctx: Doc, b: number): boolean {
  const { toks, facts } = ctx;
  return b > 0 && /['’]s$/.test(toks[b - 1].lw) && (facts[b] & SPEAKER_NOUN) !== 0;
}

/** Whether the token at k follows a complement preposition (with an optional article): "de [la] CGT". */
export function complementAt(ctx: Doc, k: number): boolean {
  const { facts } = ctx;
  const p = k >= 1 && (facts[k - 1] & DETERMINER) !== 0 && (facts[k - 1] & COMPLEMENT_WORD) === 0 ? k - 2 : k - 1;
  return p >= 0 && (facts[p] & COMPLEMENT_WORD) !== 0;
}

/** "la députée LFI Mathilde Panot": an organisation right before a person's name is the person's party or employer. */
export function partyThenPerson(ctx: Doc, mi: number): number {
  const m = ctx.ents.mentions[mi];
  const next = ctx.mentionAt[m.b] ?? -1;
  return m.entity.kind === "org" && next >= 0 && ctx.ents.mentions[next].a === m.b && ctx.ents.mentions[next].entity.kind === "person" ? next : mi;
}

/**
 * "…, the city's mayor, Ana Morales, said.": a description before the name's comma opens the subject (the report ends
 * before it). The description's start, or s.
 */
export function describedBefore(ctx: Doc, s: number): number {
  const { toks } = ctx;
  if (s < 3 || toks[s - 1].t !== "," || ctx.mentionAt[s] < 0) return s;
  for (let d = s - 2; d > 0 && s - d <= MAX_DESCRIPTION; d--) {
    if (toks[d - 1].t !== ",") continue;
    const p = subjectPhraseAt(ctx, d);
    return p?.kind === "role" && p.end === s - 1 ? d : s;
  }
  return s;
}
/** How many words a description before a name's comma may run to. */
const MAX_DESCRIPTION = 7;
