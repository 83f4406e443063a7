// A person's gender, as the analysis knows it, as the text shows it (the pronoun after the person opens
// a clause), or as the given name says; and whether a name mention stands in subject position.
import { givenNameGender } from "../../lexicon/gazetteer";
import type { Entity } from "../../types";
import type { Doc } from "../doc";
import { AUXILIARY, BARE_VERB_FORM, HONORIFIC, PRONOUN, QUOTE_MARK_WORD, SPEAKER_NOUN } from "../word-bits";

/** How far back a name looks for the comma that opened the apposition it would close. */
const APPOSITION = 25;

const GENDER_SCAN = 25;
/**
 * A person's gender: the one the analysis knows (Mr./Mme, "la ministre"), else the one the text shows
 * when the person opens a clause and the first subject pronoun after it in the same sentence, with no
 * other person or quote mark between, is "he"/"she" ("Yuni, a resident of Lampung, was watching
 * television when she heard …"). Kept only when that evidence is one-sided (twice as many votes).
 */
export function genderOf(ctx: Doc, e: Entity): "m" | "f" | undefined {
  return e.gender || shownGenders(ctx).get(e);
}

/** The genders the text shows for people with no known gender (see genderOf), built once per analysis. */
export function shownGenders(ctx: Doc): Map<Entity, "m" | "f"> {
  let map = ctx.shownGenders;
  if (!map) {
    map = new Map();
    const votes = new Map<Entity, [number, number]>();
    const { toks, lex, facts } = ctx;
    const ms = ctx.ents.mentions;
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i];
      if (m.entity.kind !== "person" || m.entity.gender || !inSubjectPosition(ctx, i)) continue;
      const stop = Math.min(toks.length, m.b + GENDER_SCAN);
      for (let k = m.b; k < stop; k++) {
        if (toks[k].sent || (facts[k] & QUOTE_MARK_WORD) !== 0) break;
        const mk = ctx.mentionAt[k];
        if (mk >= 0 && ms[mk].entity.kind === "person") break;
        if ((facts[k] & PRONOUN) === 0) continue;
        const g = lex.pronouns.get(toks[k].lw);
        if (!g) continue;
        if (g === "m" || g === "f") {
          const v = votes.get(m.entity) ?? [0, 0];
          v[g === "m" ? 0 : 1]++;
          votes.set(m.entity, v);
        }
        break;
      }
    }
    for (const [e2, [vm, vf]] of votes) {
      if (vm >= 2 * vf && vm > 0) map.set(e2, "m");
      else if (vf >= 2 * vm && vf > 0) map.set(e2, "f");
    }
    ctx.shownGenders = map;
  }
  return map;
}

/**
 * subjectPosition of mention i, memoised per analysis (mention index → 2 yes, 1 no, 0 not yet known):
 * every pronoun asks about the same last few dozen mentions.
 */
export function inSubjectPosition(ctx: Doc, i: number): boolean {
  let memo = ctx.subjectPositions;
  if (!memo) {
    memo = new Uint8Array(ctx.ents.mentions.length);
    ctx.subjectPositions = memo;
  }
  if (memo[i] === 0) { const m = ctx.ents.mentions[i]; memo[i] = subjectPosition(ctx, m.a, m.b) ? 2 : 1; }
  return memo[i] === 2;
}

/** The gender of a given name listed only one way in the lexicon ("David" → m, "Julie" → f), from the first word of the name. */
export function nameGender(ctx: Doc, e: Entity): "m" | "f" | undefined {
  const memo = ctx.nameGenders ??= new Map();
  let g = memo.get(e);
  if (g === undefined) {
    const first = e.name.split(/\s+/);
    g = (first.length > 1 ? givenNameGender(first[0]) : undefined) ?? null;
    memo.set(e, g);
  }
  return g ?? undefined;
}

/** A name that opens its sentence (after a role or honorific) or that a verb follows. */
function subjectPosition(ctx: Doc, a: number, b: number): boolean {
  const { toks, facts } = ctx;
  let k = a;
  for (let n = 0; n < 4 && k > 0 && !toks[k].sent; n++) {
    // "But Mr. Comey painted …": an honorific's period belongs to the name.
    if (toks[k - 1].t === "." && k > 1 && (facts[k - 2] & HONORIFIC) !== 0 && toks[k - 2].e === toks[k - 1].s) k -= 2;
    else if (toks[k - 1].word && (toks[k - 1].cap || (facts[k - 1] & SPEAKER_NOUN) !== 0)) k--;
    else break;
  }
  if (toks[k].sent || toks[k].nl) return true;
  // "», a affirmé M. Erdogan": the subject after an inverted French reporting verb (and its honorific).
  const h = toks[k - 1]?.t === "." ? k - 2 : k - 1;
  const v = h >= 0 && (facts[h] & HONORIFIC) !== 0 ? h - 1 : k - 1;
  if (ctx.rules.verbBeforeSubject && v >= 0 && (facts[v] & BARE_VERB_FORM) !== 0) return true;
  const next = toks[b];
  if (!next) return false;
  return (facts[b] & (AUXILIARY | BARE_VERB_FORM)) !== 0 ||
    (next.t === "," && toks[b + 1]?.word === true && !toks[b + 1].cap && !inApposition(ctx, a) && !objectApposition(ctx, a));
}

/** How many title words may stand between an apposition's comma and its name. */
const TITLE_WORDS = 4;
/** How far back (tokens) the sentence of an apposed name may open. */
const SENTENCE_BACK = 40;

/**
 * "Carson brought in a new manager, retired general Bob Dees, late last month": a name (and its titles) set off by commas after a
 * lower-case word, in a sentence that opens on another person's name (no possessor), names an object or a complement;
 * its closing comma is no subject's ("Its chief executive, Jane Roe, said" opens on no name).
 */
function objectApposition(ctx: Doc, a: number): boolean {
  const { toks } = ctx;
  // The apposition's opening comma, past its title words ("…, retired Army general Bob Dees").
  let c = a - 1;
  while (c > 0 && a - c <= TITLE_WORDS && toks[c].word && !toks[c].sent) c--;
  if (toks[c]?.t !== "," || !toks[c - 1]?.word || toks[c - 1].cap) return false;
  let s = c - 1;
  while (s > 0 && a - s < SENTENCE_BACK && !toks[s].sent && !toks[s].nl) s--;
  if (!toks[s].sent && !toks[s].nl && s !== 0) return false;
  const self = ctx.mentionAt[a];
  for (let k = s; k < s + 3 && k < c - 1 && toks[k].word && toks[k].cap; k++) {
    const mi = ctx.mentionAt[k];
    if (mi < 0) continue;
    const m = ctx.ents.mentions[mi];
    return m.entity.kind === "person" && m.entity !== ctx.ents.mentions[self]?.entity && !/['’]s?$/.test(toks[m.b - 1].lw) && !/^['’]s?$/.test(toks[m.b]?.t ?? "");
  }
  return false;
}

/**
 * The name at token a closes another person's apposition ("Nick Sandmann, the student facing the
 * activist Nathan Phillips, has said"): a comma right after a person's name comes before it, in the
 * same sentence, with no verb between. Its own closing comma is then not its own subject's.
 */
function inApposition(ctx: Doc, a: number): boolean {
  const { toks, facts } = ctx;
  for (let k = a - 1, n = 0; k > 0 && n < APPOSITION && !toks[k + 1].sent; k--, n++) {
    const t = toks[k];
    if ((facts[k] & (QUOTE_MARK_WORD | BARE_VERB_FORM | AUXILIARY)) !== 0) return false;
    if (t.t !== ",") continue;
    const mi = ctx.mentionAt[k - 1];
    return mi >= 0 && ctx.ents.mentions[mi].entity.kind === "person" && ctx.ents.mentions[mi].entity !== ctx.ents.mentions[ctx.mentionAt[a]]?.entity;
  }
  return false;
}

