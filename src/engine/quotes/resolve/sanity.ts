// Whether the words found where a described source should be ("Several local officials said") make a
// description a reader would accept as a speaker. A description has a head noun: not a time word ("this
// month"), a number, a pronoun ("I am"), an adjective left alone ("The current"), a headline label
// ("EXCLUSIVE", "The Latest", "Wow"); it does not end on a preposition, a conjunction or a modal ("his campaign
// by", "Comey cannot"), nor hold a verb and its object ("Their plan faced some …"). A description that ends on a
// person's name is that person ("Republican presidential candidate Jo Lee"). English only.
import { tokenAt } from "../../text/tokenize";
import type { Speaker } from "../../types";
import {
  ADJECTIVE_HEAD, AFTER_NAME, BAD_LAST, LABEL, LEADING, NAME_PREPOSITION, NOUN_LY_ED, TIME_HEAD, TITLE_FUNCTION, TRAILING_ADVERB,
  NO_SOURCE_HEAD, COMPARISON,
} from "../../lexicon/en/sanity-words";
import { affiliationEnd } from "../subject-phrase";
import { type Doc, describedSpeaker, speakerOf } from "../doc";
import { TIME_PREP, OF_PRONOUN, DEGREE, OF_TO, QUANTIFIER_EN } from "../../lexicon/en/quotes";
import { endsIn } from "../../text/chars";

/** The extent to keep ([a, b) tokens, or a person mention's index), or null when the words are no description. */
export type Sane = { a: number; b: number; mention?: number } | null;

const possessive = (w: string) => /['’]s?$/.test(w);

/**
 * Whether the word at j reads as a finite verb after a name: "Lee cannot", "Lee began"; an -s form ("Lee avoids")
 * only when `opens` (a full name opening the phrase: in "Several Lee associates" the name is a modifier).
 */
function verbLike(ctx: Doc, j: number, opens: boolean): boolean {
  const { toks, lex } = ctx;
  const t = toks[j];
  if (!t?.word || t.cap) return false;
  const w = t.lw;
  if (BAD_LAST.has(w) && !NAME_PREPOSITION.has(w) || lex.auxiliaries.has(w) || lex.irregularPast.has(w) || lex.verbForms.has(w)) return true;
  if (endsIn("ed", w) && w.length > 4 && !NOUN_LY_ED.has(w)) return true;
  // "avoids", not "supporters", "allies", "aides"; after "Several Cruz …" the name is a modifier.
  return opens && /[^s'’]s$/.test(w) && !/(?:ers|ors|ists|ians|ans|ants|ents|ies|ees|ites)$/.test(w) &&
    !lex.speakerNouns.has(w) && !lex.speakerNouns.has(w.slice(0, -1));
}

/** Whether tokens [a, r) are words that may stand before a name as its title: "Republican presidential candidate", "his running mate". */
function titleWords(ctx: Doc, a: number, r: number): boolean {
  const { toks, lex } = ctx;
  for (let j = a; j < r; j++) {
    const t = toks[j];
    if (!t.word || NAME_PREPOSITION.has(t.lw) || BAD_LAST.has(t.lw) && !lex.determiners.has(t.lw) || possessive(t.lw) && j === r - 1 ||
      !t.cap && (lex.irregularPast.has(t.lw) || endsIn("ed", t.lw) && !NOUN_LY_ED.has(t.lw))) return false;
  }
  return true;
}

/** Whether a word opens an object after a verb: "faced some steep …", "entered Thursday’s …", "voted 6-1". */
function opensObject(ctx: Doc, j: number): boolean {
  const t = ctx.toks[j];
  return !!t?.word && (ctx.lex.determiners.has(t.lw) || QUANTIFIER_EN.test(t.lw) || /^\d/.test(t.t) ||
    t.cap && possessive(t.lw));
}

/** The description's extent after the checks above, see Sane. */
export function saneDescription(ctx: Doc, a: number, b: number, owner = false): Sane {
  const { toks, lex } = ctx;
  // "But the former president", "that government officials": the clause's conjunction is no part of it.
  while (a < b - 1 && (LEADING.has(toks[a].lw) || toks[a].t === "that")) a++;
  // "a report released Friday": a participle and its date after a noun phrase stay, as written.
  const pt = toks[b - 2];
  const dated = b - a >= 4 && TIME_HEAD.has(toks[b - 1].lw) && !pt.cap && (endsIn("ed", pt.lw) || lex.irregularPast.has(pt.lw));
  // "A campaign official later", "The campaign on Monday also".
  let time = false;
  while (!dated && b - 1 > a && TRAILING_ADVERB.has(toks[b - 1].lw)) { time = true; b--; }
  if (time && b - 1 > a && TIME_PREP.has(toks[b - 1].lw)) b--;
  const first = toks[a];
  const last = toks[b - 1];
  const n = b - a;
  // Ends on a person's name not after a preposition: "the Democratic candidate Jo Lee" is Jo Lee.
  const li = ctx.mentionAt[b - 1];
  if (li >= 0 && !owner) {
    const m = ctx.ents.mentions[li];
    const title = toks[m.a - 1];
    if (m.b === b && m.entity.kind === "person" && !possessive(last.lw) && (m.a === a || !possessive(title.lw) && titleWords(ctx, a, m.a))) {
      return { a: m.a, b: m.b, mention: li };
    }
  }
  for (let j = a; j < b; j++) {
    const mi = ctx.mentionAt[j];
    if (mi < 0) continue;
    const m = ctx.ents.mentions[mi];
    if (m.entity.kind !== "person" || m.b >= b || possessive(toks[m.b - 1].lw)) { j = Math.max(j, m.b - 1); continue; }
    // "Jo Lee herself", "Jo Lee of Ohio": the name.
    if (m.b === b - 1 && AFTER_NAME.has(toks[m.b].lw) || m.a === a && affiliationEnd(ctx, m.b) === b) return { a: m.a, b: m.b, mention: mi };
    if (m.b === b - 1 && AFTER_NAME.has(toks[m.b].lw) && !NAME_PREPOSITION.has(toks[m.a - 1]?.lw ?? "")) return { a: m.a, b: m.b, mention: mi };
    // "Jo Lee cannot …", "Jo Lee began …": a clause whose subject is the name.
    if (verbLike(ctx, m.b, m.a === a && m.entity.name.includes(" "))) return { a: m.a, b: m.b, mention: mi };
    j = m.b - 1;
  }
  // A verb and its object inside: "Their plan faced some steep", "The email appears to contradict".
  for (let j = a + 1; j < b - 1; j++) {
    const w = toks[j];
    if (!w.word || w.cap || ctx.mentionAt[j] >= 0) continue;
    const past = lex.irregularPast.has(w.lw) || endsIn("ed", w.lw) && w.lw.length > 4 && !NOUN_LY_ED.has(w.lw);
    if (past && opensObject(ctx, j + 1) || /[^s'’]s$/.test(w.lw) && !lex.speakerNouns.has(w.lw.slice(0, -1)) &&
      (toks[j + 1].lw === "to" && toks[j + 2]?.word && !toks[j + 2].cap || opensObject(ctx, j + 1) && !lex.speakerNouns.has(w.lw))) {
      // "The council voted 6-1 for …": the words before the verb may be the subject.
      return j - a >= 2 ? saneDescription(ctx, a, j, owner) : null;
    }
  }
  if (!dated && !plausibleHead(ctx, a, b, owner) || figure(ctx, a, b)) return null;
  // "It's worth", "I've": a pronoun and its verb.
  if (/^(?:it|i|he|she|they|we|you)['’]/.test(first.lw)) return null;
  // A preposition opens no subject: "of Sanders supporters", "Among those".
  // A participle neither: "compared with 23 percent".
  if (!first.cap && n > 1 && endsIn("ed", first.lw) && !NOUN_LY_ED.has(first.lw)) return null;
  if (NAME_PREPOSITION.has(first.lw) && !/^\d/.test(toks[a + 1]?.t ?? "") || TIME_HEAD.has(first.lw) && n > 1 && !possessive(first.lw)) return null;
  // A headline label or interjection: "Wow", "Just Leaked", "Look".
  if (first.cap && LABEL.has(first.lw) || n <= 2 && last.cap && LABEL.has(last.lw)) return null;
  if (n === 1 && first.t.length >= 5 && /^[A-Z]+$/.test(first.t) && ctx.mentionAt[a] < 0) return null;
  // A headline in title case: "Clinton For Her Courage", "About Minimum Wage By".
  if (n >= 3) {
    let titled = true;
    let fn = false;
    for (let j = a; j < b && titled; j++) {
      if (!toks[j].word) continue;
      titled = toks[j].cap;
      if (j > a && TITLE_FUNCTION.has(toks[j].lw)) fn = true;
    }
    if (titled && fn) return null;
  }
  return { a, b };
}

/**
 * A credit or a caption, and a figure compared to a number, are no source: "Photo", "Numbers above 40" (lexicon
 * NO_SOURCE_HEAD, COMPARISON).
 */
function figure(ctx: Doc, a: number, b: number): boolean {
  const { toks, lex } = ctx;
  const h = lex.determiners.has(toks[a].lw) && a + 1 < b ? a + 1 : a;
  if (NO_SOURCE_HEAD.has(toks[h].lw) || NO_SOURCE_HEAD.has(toks[b - 1].lw)) return true;
  return b - h >= 3 && COMPARISON.has(toks[h + 1].lw) && /^\d/.test(toks[h + 2].t);
}

/** Whether the last word of tokens [a, b) can head a description (a possessive only for an `owner`). */
function plausibleHead(ctx: Doc, a: number, b: number, owner: boolean): boolean {
  const { toks, lex } = ctx;
  const t = toks[b - 1];
  const w = t.lw;
  if (possessive(w) && !owner) return false;
  if (ctx.mentionAt[b - 1] >= 0) return true;
  // "Some of them", "most of whom", "a source close to him": a pronoun after a preposition.
  if (OF_PRONOUN.has(w) && OF_TO.test(toks[b - 2]?.lw ?? "")) return true;
  // A number alone ("280"), not "… census data from 2014" or "Local 832".
  if (!t.word || /^\d[\d,.]*$/.test(t.t) && (b - a === 1 || lex.determiners.has(toks[b - 2].lw)) || lex.pronouns.has(w) ||
    lex.determiners.has(w) || lex.honorifics.has(w) || !t.cap && lex.irregularPast.has(w)) return false;
  if ((!t.cap || /^I(?:['’]|$)/.test(t.t)) && BAD_LAST.has(w) || TIME_HEAD.has(w) && w !== "may") return false;
  if (!t.cap && b - a >= 2 && (ADJECTIVE_HEAD.has(w) || endsIn("ing", w) && DEGREE.has(toks[b - 2].lw))) return false;
  if (NOUN_LY_ED.has(w)) return true;
  // "a widely", "an impassioned", "GOP Candidates Resoundingly".
  if (endsIn("ly", w) && w.length > 5 && (!t.cap || w.length > 8)) return false;
  return !(!t.cap && endsIn("ed", w) && w.length > 4);
}

/**
 * A quote's unnamed source after the same check, whichever rule found it (English): the description kept,
 * trimmed, or turned into the person it names; null (no speaker) when it is no description.
 */
export function saneSpeaker(ctx: Doc, sp: Speaker): Speaker | null {
  if (sp.entity || sp.pronoun || sp.name != null || !sp.mention) return sp;
  // A subject place kept for the rules (described.ts phraseSpeaker) with no source: no speaker.
  if (!sp.mentionText) return null;
  const { toks } = ctx;
  const a = tokenAt(toks, sp.mention.start);
  let b = a;
  while (b < toks.length && toks[b].e <= sp.mention.end) b++;
  // A description cut inside a token ("the union" of "the union's release") is left as it is.
  if (toks[a]?.s !== sp.mention.start || b <= a || toks[b - 1].e !== sp.mention.end) return sp;
  const sane = saneDescription(ctx, a, b);
  if (!sane) return null;
  if (sane.a === a && sane.b === b && sane.mention === undefined) return sp;
  if (sane.mention !== undefined) return speakerOf(ctx.ents.mentions[sane.mention].entity, ctx, sane.a, sane.b);
  const s = toks[sane.a].s;
  const e = toks[sane.b - 1].e;
  return describedSpeaker(ctx, s, e);
}

/** "Photo: Jane Roe/Reuters", "Numbers above 40 said …": a statement whose described source is a credit or a figure is none. */
export function figureSource(ctx: Doc, sp: Speaker): boolean {
  if (sp.entity || sp.pronoun || sp.name != null || !sp.mention) return false;
  const { toks } = ctx;
  const a = tokenAt(toks, sp.mention.start);
  let b = a;
  while (b < toks.length && toks[b].e <= sp.mention.end) b++;
  return b > a && figure(ctx, a, b);
}
