// How far a described speaker extends before its verb: the head noun phrase of the subject,
// "Un porte-parole du ministère" (not "ministère"), "Le parquet de Paris" (not the place),
// "l'avocat de Jean Dupont" (not Jean Dupont), "la ministre" (with its determiner).
import { tokenAt } from "../text/tokenize";
import { endsIn } from "../text/chars";
import type { Speaker } from "../types";
import { describedSpeaker, speakerOf, type Doc } from "./doc";
import { resolveSubject } from "./resolve/subject";
import { type SubjectPhrase, subjectPhraseAt } from "./subject-phrase";
import { isVerb } from "./verbs";
import { ARTICLE_FR, DEFINITE_FR, MEDIUM_HEADS } from "../lexicon/fr/quotes";
import { BREAKS, COMPLEMENT } from "../lexicon/quote-words";
import { AUXILIARY, BARE_VERB_FORM, COMPLEMENT_WORD, DETERMINER, PRONOUN, SPEAKER_NOUN } from "./word-bits";

/** How many words an aside between commas may hold ("quant à elle", "de son côté"). */
const ASIDE_MAX = 5;
/** How many tokens back a description may start from the word before the verb. */
const MAX_BACK = 8;

/**
 * Whether a subject phrase can end at token k (phraseEndingAt's loop): every phrase subjectPhraseAt finds has a name
 * token or a speaker noun within the words that loop reads back from k, or is a pronoun at k. A necessary test on the
 * word bits and the mention index, asked first: before most verbs no name nor speaker noun stands that close.
 */
function phraseMayEnd(ctx: Doc, k: number): boolean {
  const { toks, facts } = ctx;
  if ((facts[k] & PRONOUN) !== 0) return true;
  for (let s = k; s >= Math.max(0, k - MAX_BACK); s--) {
    const t = toks[s];
    if (!t.word && t.t !== "'") return false;
    if (ctx.mentionAt[s] >= 0 || (facts[s] & SPEAKER_NOUN) !== 0) return true;
    if (t.sent) return false;
  }
  return false;
}

/**
 * The subject phrase that ends at token k (inclusive): a pronoun or a name found first, else the
 * longest role description ending there (the name mention `skip` does not count). Undefined when none ends at k.
 */
export function phraseEndingAt(ctx: Doc, k: number, skip = -1): { s: number; p: SubjectPhrase } | undefined {
  const { toks, facts } = ctx;
  // "Le Premier ministre, lui, a répondu", "Martine Roux, 62 ans, affirme": an aside or an age between commas after the subject.
  if (toks[k]?.t === ",") {
    let o = k - 1;
    while (o > 0 && k - o <= ASIDE_MAX && toks[o].word) o--;
    if (toks[o]?.t === "," && o < k - 1 && (ctx.rules.subjectAside(ctx, o + 1, k) || age(ctx, o + 1, k))) k = o - 1;
    // skipMediumAside stopped at the subject's own comma: "Un pompier, entendu comme témoin, a …".
    else if (toks[k - 1]?.word && asideAfter(ctx, k)) k--;
  }
  if (k < 0 || !phraseMayEnd(ctx, k)) return undefined;
  let found: { s: number; p: SubjectPhrase } | undefined;
  for (let s = k; s >= Math.max(0, k - MAX_BACK); s--) {
    const t = toks[s];
    if (!t.word && t.t !== "'") break;
    // A description never reaches back past an auxiliary or a verb ("a", "est", "said"): stop there.
    const f = facts[s];
    if (found && s < k && ((f & (AUXILIARY | COMPLEMENT_WORD | DETERMINER)) === AUXILIARY || (f & BARE_VERB_FORM) !== 0)) break;
    const p = subjectPhraseAt(ctx, s);
    if (p && p.end === k + 1 && !(p.kind === "mention" && p.mention === skip)) {
      if (p.kind !== "role") {
        if (!found) return { s, p };
        break;
      }
      if (!found || opensDescription(ctx, s, p.role, k)) found = { s, p };
    }
    if (t.sent) break;
  }
  return found;
}

/** How many tokens such an aside may hold. */
const MEDIUM_ASIDE_MAX = 10;

/**
 * At a comma k closing an aside "interrogé sur France Inter," that follows the subject and its comma:
 * the subject's comma; at the name ending a medium participle with no comma ("Un responsable cité par l'agence X
 * a indiqué"), the word before the participle; else k. French only (doc.rules.skipMediumAside).
 */
export function skipMediumAside(ctx: Doc, k: number): number {
  const { toks } = ctx;
  if (toks[k]?.t !== ",") return mediumBy(ctx, k);
  let o = k - 1;
  while (o > 0 && k - o <= MEDIUM_ASIDE_MAX && toks[o].t !== "," && !toks[o].sent && !toks[o].nl) o--;
  // "Un pompier, entendu comme témoin, a expliqué": a short participle aside too (see aside()).
  return toks[o]?.t === "," && o < k - 2 && (ctx.lex.mediumAsides.has(toks[o + 1].lw) || ctx.rules.subjectAside(ctx, o + 1, k)) ? o : k;
}

/**
 * At the last token k of a name after a medium participle and "par" ("cité par l'AFP", "interrogé par le quotidien
 * Le Soir"): the token before the participle, where the source described ends (the medium only carries its words);
 * else k.
 */
function mediumBy(ctx: Doc, k: number): number {
  const { toks } = ctx;
  const mi = ctx.mentionAt[k];
  if (mi < 0) return k;
  // "par le quotidien La Gazette": the name's own article, the medium's noun, its article.
  let j = ctx.ents.mentions[mi].a - 1;
  if (j >= 0 && ARTICLE_FR.has(toks[j].lw)) j--;
  if (j >= 0 && MEDIUM_HEADS.has(toks[j].lw)) j--;
  if (j >= 0 && ARTICLE_FR.has(toks[j].lw)) j--;
  return j >= 2 && toks[j].lw === "par" && ctx.lex.mediumAsides.has(toks[j - 1].lw) && toks[j - 2].word ? j - 2 : k;
}

/** Whether a medium or participle aside runs from the comma k to the next comma. */
function asideAfter(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  let c = k + 1;
  while (c < toks.length && c - k <= MEDIUM_ASIDE_MAX && toks[c].t !== "," && !toks[c].nl) c++;
  return toks[c]?.t === "," && c > k + 1 && (ctx.lex.mediumAsides.has(toks[k + 1].lw) || ctx.rules.subjectAside(ctx, k + 1, c));
}

/** Whether tokens [a, b) are an age: "62 ans", "47 ans". */
function age(ctx: Doc, a: number, b: number): boolean {
  return b - a === 2 && /^\d{1,3}$/.test(ctx.toks[a].t) && ctx.lex.ageUnits.has(ctx.toks[a + 1].lw);
}

/**
 * Whether a description may run from token s to token k for the role noun at r: it opens on a
 * determiner, the noun itself or a capitalised title word, with only modifiers before the noun
 * ("Le Premier ministre", "un haut responsable") and only complements after it ("du ministère",
 * "de la CGT"; not "His office put out a statement").
 */
function opensDescription(ctx: Doc, s: number, r: number, k: number): boolean {
  const { toks, lex, facts } = ctx;
  const t = toks[s];
  if (s !== r && (facts[s] & DETERMINER) === 0 && !(t.cap && !lex.notNames.has(t.lw))) return false;
  for (let j = s + 1; j <= k; j++) {
    const w = toks[j];
    if (j === r || ctx.mentionAt[j] >= 0 && j > r) continue;
    // A name before the noun modifies it ("the Ontario health ministry", "a Pentagon spokesman").
    if (!w.word && w.t !== "'" || BREAKS.has(w.lw)) return false;
    if ((facts[j] & DETERMINER) !== 0 && (j < r || (facts[j - 1] & COMPLEMENT_WORD) === 0)) return false;
  }
  return true;
}

/**
 * The mention at token k is the complement of a role noun before it ("Le parquet de Paris",
 * "le porte-parole de la CGT", "l'avocat de Jean Dupont"): the whole description is the subject.
 */
export function describedOwner(ctx: Doc, k: number): Speaker | undefined {
  const { toks } = ctx;
  const mi = ctx.mentionAt[k];
  if (mi < 0) return undefined;
  const a = ctx.ents.mentions[mi].a;
  let p = a - 1;
  if (p >= 0 && ctx.lex.determiners.has(toks[p].lw) && toks[p].lw !== "son" && toks[p].lw !== "sa") p--;
  if (p < 1 || !COMPLEMENT.has(toks[p].lw)) return undefined;
  const found = phraseEndingAt(ctx, k, mi);
  if (!found || found.p.kind !== "role" || found.s >= a) return undefined;
  return resolveSubject(ctx, found.s, found.p).speaker;
}

/**
 * "said the minister, John Smith", "s'est félicitée la ministre du Travail, Astrid Panosyan-Bouvet": an
 * unnamed description after the verb is named by the person in apposition right after its comma.
 */
export function namedApposition(ctx: Doc, subj: { speaker: Speaker; end: number }): { speaker: Speaker; end: number } {
  const { toks } = ctx;
  // "le commissaire à l'Environnement, Jan Kowalski": a capitalised portfolio after "à" belongs to the description.
  const end = descriptionTail(ctx, portfolioEnd(ctx, subj.end));
  if (subj.speaker.pronoun || toks[end]?.t !== ",") return subj;
  // "a lancé le procureur, Stéphane Roux": a description the text names at once is that person, even when
  // an earlier person held a like role; a name already ("Jean Roux, 45 ans,") keeps its speaker.
  if (subj.speaker.entity && !describedOnly(ctx, subj.speaker)) return subj;
  // "son avocat, Me Paul Martin": an honorific may open the name.
  let n = end + 1;
  if (toks[n] && ctx.lex.honorifics.has(toks[n].lw) && ctx.mentionAt[n] < 0) n += toks[n + 1]?.t === "." ? 2 : 1;
  // "le porte-parole de la police, le commandant Jean Morel": an article and a title may open it too.
  else if (toks[n] && ctx.lex.determiners.has(toks[n].lw) && ctx.lex.roleNouns.has(toks[n + 1]?.lw ?? "") && ctx.mentionAt[n + 1] < 0) n += 2;
  const mi = ctx.mentionAt[n] ?? -1;
  const m = mi >= 0 ? ctx.ents.mentions[mi] : undefined;
  if (!m || m.a !== n || m.entity.kind !== "person") return subj;
  const after = toks[m.b];
  if (after && after.t !== "," && after.t !== "." && !after.nl && after.word) return subj;
  return { speaker: speakerOf(m.entity, ctx, m.a, m.b), end: m.b };
}

/** How many tokens a description may go on past where its phrase was cut, up to the apposition's comma. */
const TAIL = 8;

/**
 * "le président de l'Union française des industries pétrolières (Ufip), Jean Louis Schilansky": the words
 * of a long description past where its phrase was cut (lower-case words, and an acronym in parentheses),
 * up to a comma; k itself when anything else comes first.
 */
function descriptionTail(ctx: Doc, k: number): number {
  const { toks, lex } = ctx;
  for (let j = k, paren = false; j < toks.length && j - k <= TAIL; j++) {
    const t = toks[j];
    if (t.t === ",") return paren || j > k ? j : k;
    if (t.t === "(" && !paren) { paren = true; continue; }
    if (t.t === ")" && paren) continue;
    if (t.nl || !t.word || isVerb(ctx, j) || lex.auxiliaries.has(t.lw) || t.cap && !paren) return k;
  }
  return k;
}

/** Whether the speaker's mention is a description (a lower-case word or an article first), not a name. */
function describedOnly(ctx: Doc, sp: Speaker): boolean {
  if (!sp.mention) return false;
  const k = tokenAt(ctx.toks, sp.mention.start);
  const t = ctx.toks[k];
  return !!t && ctx.mentionAt[k] < 0 && !t.cap && !ctx.lex.honorifics.has(t.lw);
}

/** After a French description ending at k, the end of an "à [l'] Portfolio" complement ("à l'Environnement"), or k. */
function portfolioEnd(ctx: Doc, k: number): number {
  const { toks } = ctx;
  if (!ctx.lex.portfolioPrepositions.has(toks[k]?.lw ?? "")) return k;
  const n = DEFINITE_FR.test(toks[k + 1]?.lw ?? "") ? k + 2 : k + 1;
  // A place is where the person is, not a portfolio ("dit le garçon à Paris").
  const mi = ctx.mentionAt[n] ?? -1;
  if (mi >= 0 && ctx.ents.mentions[mi].entity.kind === "place") return k;
  return toks[n]?.cap && !toks[n].nl && !toks[n].sent ? n + 1 : k;
}

/** How many words a description may hold between the organisation or possessor that opens it and the name. */
const HEAD_WORDS = 5;

/**
 * After an inverted verb, an organisation, a place or a possessor that opens a description is no speaker;
 * the description's head is: "said Lakers head coach Tom Reyes" (Tom Reyes), "says Moreau's partner, Dan
 * Price" (Dan Price), "says Moreau's partner." (the description). A person's own name stays ("said John
 * Smith of Acme").
 */
export function descriptionHead(ctx: Doc, subj: { speaker: Speaker; end: number }): { speaker: Speaker; end: number } {
  const { toks } = ctx;
  const sp = subj.speaker;
  if (!sp.mention || sp.pronoun) return subj;
  const a = tokenAt(toks, sp.mention.start);
  const mi = ctx.mentionAt[a];
  if (mi < 0) return subj;
  const m = ctx.ents.mentions[mi];
  const possessor = /['’]s$/.test(toks[m.b - 1].lw);
  // "said Lakers head coach Tom Reyes": a name the entities took for a person's is the team when a role follows.
  let role = false;
  let j = m.b;
  // "said Acme Corp. spokeswoman Jane Doyle": the abbreviation's period.
  if (toks[j]?.t === "." && toks[j].s === toks[j - 1].e && toks[j + 1] && !toks[j + 1].cap && !toks[j + 1].nl) j++;
  const b = j;
  for (; j < toks.length && j < b + HEAD_WORDS; j++) {
    const t = toks[j];
    role ||= ctx.lex.roleNouns.has(t.lw);
    if (!t.word || t.nl || t.sent || ctx.mentionAt[j] >= 0 || BREAKS.has(t.lw) || ctx.lex.determiners.has(t.lw) || isVerb(ctx, j)) break;
  }
  if (j === b || m.entity.kind === "person" && !possessor && !role) return subj;
  // "says Moreau's partner, Dan Price": the name in apposition; without a comma, the name right after the role.
  let n = toks[j]?.t === "," && possessor ? j + 1 : j;
  if (toks[n] && ctx.lex.honorifics.has(toks[n].lw) && ctx.mentionAt[n] < 0) n += toks[n + 1]?.t === "." ? 2 : 1;
  const ni = ctx.mentionAt[n] ?? -1;
  const named = ni >= 0 ? ctx.ents.mentions[ni] : undefined;
  if (named && named.a === n && named.entity.kind === "person") return { speaker: speakerOf(named.entity, ctx, named.a, named.b), end: named.b };
  // "says Moreau's partner.": the description, unnamed (a name would be taken up by the resolvers).
  if (possessor && (toks[j]?.t === "." || toks[j]?.t === "," || !toks[j] || toks[j].nl)) {
    const s = toks[a].s, e = toks[j - 1].e;
    return { speaker: describedSpeaker(ctx, s, e), end: j };
  }
  return subj;
}

/** How many tokens a relative clause set off by commas between a subject and its verb may hold. */
const MAX_RELATIVE_ASIDE = 20;
/** Relative pronouns that open such an aside after a person or a body ("who", "qui"). */
const RELATIVE_OPENERS = new Set(["who", "whose", "qui", "dont"]);

/**
 * Whether token k opens such an aside: a relative pronoun, or, where the language has -ing participles, a participle
 * ("an Israeli official, speaking on condition of anonymity, said").
 */
function asideOpener(ctx: Doc, k: number): boolean {
  const t = ctx.toks[k];
  return !!t && (RELATIVE_OPENERS.has(t.lw) || ctx.lex.morph.ingParticiples && t.word && !t.cap && t.lw.length > 5 && endsIn("ing", t.lw));
}

/**
 * "A senior officer, who was not allowed to speak publicly, told …", "“…,” an aide, who asked not to be named, told …":
 * a relative clause set off by commas ends at the comma k before the verb; the subject is the description right before
 * its opening comma, where that description opens the clause (the sentence's start, or after a comma, a quote or a colon).
 */
export function describedBeforeRelative(ctx: Doc, k: number): Speaker | undefined {
  const { toks } = ctx;
  if (toks[k]?.t !== ",") return undefined;
  let o = k - 1;
  while (o > 0 && k - o <= MAX_RELATIVE_ASIDE && toks[o].t !== "," && !toks[o].sent && !toks[o].nl) o--;
  if (toks[o]?.t !== "," || !asideOpener(ctx, o + 1)) return undefined;
  // The description's start: back over its words, at most MAX_BACK.
  let s = o - 1;
  while (s > 0 && o - s < MAX_BACK && toks[s].word && !toks[s].sent && toks[s - 1].word) s--;
  if (!toks[s]?.word) return undefined;
  const before = toks[s - 1];
  if (!toks[s].sent && before && before.word) return undefined;
  return relativeSubject(ctx, s, o);
}

/**
 * The described subject that runs from token s to the comma o of its relative aside: the role phrase, or, when the
 * phrase goes on past its head ("an aide to the governor"), the description as written from its determiner.
 */
export function relativeSubject(ctx: Doc, s: number, o: number): Speaker | undefined {
  const p = subjectPhraseAt(ctx, s);
  if (!p || p.kind !== "role") return undefined;
  if (p.end === o) return resolveSubject(ctx, s, p).speaker;
  if ((ctx.facts[s] & DETERMINER) === 0 || o - s > MAX_BACK) return undefined;
  for (let j = p.end; j < o; j++) if (!ctx.toks[j].word || isVerb(ctx, j)) return undefined;
  return describedSpeaker(ctx, ctx.toks[s].s, ctx.toks[o - 1].e);
}

/** ", who asked not to be named, told": the verb after a relative aside that opens at the comma c (auxiliaries skipped), or -1. */
export function verbAfterRelative(ctx: Doc, c: number, limit: number): number {
  const { toks } = ctx;
  if (toks[c]?.t !== "," || !asideOpener(ctx, c + 1)) return -1;
  let e = c + 2;
  while (e < toks.length && e - c <= MAX_RELATIVE_ASIDE && toks[e].t !== "," && (toks[e].word || toks[e].t === "'" || toks[e].t === "-") && !toks[e].nl) e++;
  if (toks[e]?.t !== "," || e - c > MAX_RELATIVE_ASIDE) return -1;
  let v = e + 1;
  while (v < limit && (ctx.facts[v] & AUXILIARY) !== 0) v++;
  return v < limit && isVerb(ctx, v) ? v : -1;
}

/** The first comma from token k on, over words only ("an aide| to the governor,"), or -1. */
export function commaAfter(toks: Doc["toks"], k: number, limit: number): number {
  for (let j = k; j < limit && j - k <= MAX_BACK; j++) {
    if (toks[j].t === ",") return j;
    if (!toks[j].word || toks[j].nl) return -1;
  }
  return -1;
}
