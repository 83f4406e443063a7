// Finds who said a direct quote: the incise after it ("», a réaffirmé le ministre", "” he said",
// "a-t-il réitéré"), the cue before it ("X a déclaré :", "said X,", "Et de poursuivre :"),
// or the previous speaker for a quote that floats on after another one.
import { tokenAt, type Token } from "../text/tokenize";
import { appositionEnd } from "../phrases/apposition";
import type { Entity, Speaker, Span } from "../types";
import { prepColonSpeaker } from "./colon-source";
import { abbreviationPeriod } from "../text/sentences";
import { participleSubject } from "./described";
import { commaAfter, descriptionHead, namedApposition, relativeSubject, verbAfterRelative } from "./described-subject";
import { entityById, isQuoteMark, speakerOf, type Doc } from "./doc";
import { skipIncidentals } from "./incidentals";
import { resolvePronoun } from "./resolve/pronoun";
import type { Topic } from "./resolve/salience";
import { resolveSubject, subjectAt } from "./resolve/subject";
import { subjectPhraseAt } from "./subject-phrase";
import { nounPhraseBefore, subjectBackward } from "./subject-before";
import { parenEnd } from "./subject-words";
import { isVerb } from "./verbs";
import { INDEFINITE_OPENER } from "../lexicon/quote-words";
import { INVERSION, TO as PREPOSITIONAL_QUOTE, CALLING, DE_BARE, REPROACH } from "../lexicon/fr/quotes";
import { AUXILIARY, CONJUNCTION_WORD, INVERTED_AUXILIARY, NAMING_VERB, RELATIVE_EN_WORD, TIME_WORD } from "./word-bits";
import { sameOrElided } from "../text/chars";
import { endsIn, isOneOf } from "../text/chars";

export interface Attribution {
  speaker: Speaker | null;
  cue?: Span;
  /** How it was found: after, before, continuation, floating, none. */
  how: "after" | "before" | "continuation" | "floating" | "none" | "inside" | "named";
  /** For "before": words between the verb and the opening mark ("said the plan was “…”" is a mixed report). */
  gap?: number;
}

const MAX_AFTER = 14;
const MAX_BEFORE = 25;
/** Skips auxiliaries, pronominal clitics and inverted auxiliaries ("a-t-il", "s'est-il"). */
function skipAux(ctx: Doc, k: number, limit: number): number {
  while (k < limit && ctx.toks[k] && (ctx.facts[k] & (AUXILIARY | INVERTED_AUXILIARY)) !== 0) {
    if (isVerb(ctx, k)) break;
    k++;
  }
  return k;
}

function inversionPronoun(ctx: Doc, from: number, to: number): { k: number; g: "m" | "f" | "pl" | "x" } | undefined {
  for (let k = from; k < to; k++) {
    const inv = INVERSION.exec(ctx.toks[k].lw);
    if (inv) { const g = ctx.lex.pronouns.get(inv[2]); if (g) return { k, g }; }
  }
  return undefined;
}

/** The statement before as a pronoun's topic: its speaker (a person or organisation of the article) and where it ends. */
export function topicOf(ctx: Doc, speaker: Speaker | null | undefined, end: number): Topic | undefined {
  const entity = entityById(ctx, speaker?.entity) ?? placeSpeaker(ctx, speaker);
  return entity && { entity, end: tokenAt(ctx.toks, end) };
}

/** "Kofi, a fisherman, said …" with "Kofi" typed as a place: the place entity of the speaker's own mention. */
function placeSpeaker(ctx: Doc, speaker: Speaker | null | undefined): Entity | undefined {
  if (!speaker?.entity || speaker.pronoun || !speaker.mention) return undefined;
  const mi = ctx.mentionAt[tokenAt(ctx.toks, speaker.mention.start)];
  const e = mi >= 0 ? ctx.ents.mentions[mi].entity : undefined;
  return e?.kind === "place" && e.id === speaker.entity ? e : undefined;
}

/** Attribution from the words right after the closing mark; `topic`: the statement before (for a pronoun). */
export function attributeAfter(ctx: Doc, q: Span, topic?: Topic): Attribution | undefined {
  const { toks } = ctx;
  let k = tokenAt(toks, q.end);
  const start = k;
  if (toks[k]?.nl) return undefined;
  if (toks[k]?.t === ",") k++;
  const limit = Math.min(toks.length, start + MAX_AFTER);
  // "», explique-t-on à Matignon": the place or the circle the inverted "on" stands for.
  // "», explique-t-on à Matignon", "», selon X": a language's own cue after the mark.
  const own = ctx.rules.cueAfterQuote(ctx, k);
  if (own) return { speaker: own.speaker, cue: own.cue, how: "after" };
  // ", a-t-il réitéré" / ", s'est-il félicité" / ", dit-il" / ", a réaffirmé le ministre" / ", said Mr. Smith"
  let v = skipAux(ctx, ctx.rules.skipClitic(ctx, k), limit);
  if (v < limit && (isVerb(ctx, v) || (toks[v]?.lw === "s'" && isVerb(ctx, v + 1)))) {
    if (toks[v].lw === "s'") v++;
    const inv = inversionPronoun(ctx, k, v + 1);
    const cue = { start: toks[k].s, end: toks[v].e };
    if (inv) {
      const ent = resolvePronoun(ctx, tokenAt(toks, q.start), inv.g, true, topic);
      const tk = toks[inv.k];
      const ps = tk.e - (INVERSION.exec(tk.lw)?.[2].length ?? 0);
      return { speaker: ent ? { ...speakerOf(ent, ctx, inv.k, inv.k + 1, true), mention: { start: ps, end: tk.e }, mentionText: ctx.text.slice(ps, tk.e) } : null, cue, how: "after" };
    }
    // "a defense of “Ohio values,” saying the city …": a participle right after the mark never inverts (the words after
    // it are its object's clause); the sentence before the quote says who speaks, if anyone.
    if (endsIn("ing", toks[v].lw) && v === k) return undefined;
    // "said the 58-year-old retired teacher.": an English description runs to its head (describedInverted), not two words.
    const ds = (k: number) => { const d = describedSubject(ctx, k); return d && (ctx.rules.describedInverted(ctx, k) ?? d); };
    // "said Cruz constituent Dan Golvach": the name after a title phrase, not the name inside it.
    const titled = ctx.rules.titledNameAfter?.(ctx, skipFiller(ctx, v + 1)) ?? -1;
    const subj = (titled >= 0 ? subjectAt(ctx, titled, tokenAt(toks, q.start), topic) : undefined) ??
      subjectAt(ctx, skipFiller(ctx, v + 1), tokenAt(toks, q.start), topic) ?? ds(skipFiller(ctx, v + 1)) ??
      (indefinite(ctx, v + 1) ? ctx.rules.describedInverted(ctx, v + 1) : undefined);
    if (subj) return { speaker: namedApposition(ctx, descriptionHead(ctx, subj)).speaker, cue, how: "after" };
    return undefined;
  }
  // "” he said" / ", Ms. Okafor told reporters" / "” UFCW Local 832 president Jeff Traeger said"
  const open = tokenAt(toks, q.start);
  for (let s = k; s < limit; s++) {
    if (toks[s].t === "." || toks[s].nl) break;
    // A quote that closes its sentence (“… .” But as of Friday, X said …): the cue must open the next one.
    // (Not after "?”" or "!”" before a lower-case word: “Does that fly?” former adviser X asked.)
    if (s > k && toks[k].sent && toks[k].cap) break;
    // "“rigged” in a tweet, and a few lawmakers have called …": a clause of its own after ", and".
    if (s > k && toks[s - 1].t === "," && (ctx.facts[s] & CONJUNCTION_WORD) !== 0) break;
    // Where the subject lies first; who it is only once a verb or an apposition makes it the speaker.
    const p = subjectPhraseAt(ctx, s);
    if (!p) continue;
    // "” Sen. Chuck Hale (D-N.Y.) said", "” the senator (R-Ky.) said": a short parenthesis (party and state) before the verb.
    const vv = skipAux(ctx, parenEnd(ctx, p.end), limit);
    // “… .” Cruz says he is not familiar with it: a new sentence whose verb reports a clause of its own.
    if (isVerb(ctx, vv) && toks[k].sent && opensClause(ctx, vv + 1)) return undefined;
    if (isVerb(ctx, vv)) return { speaker: resolveSubject(ctx, s, p, open, topic).speaker, cue: { start: toks[vv].s, end: toks[vv].e }, how: "after" };
    // "” the city's mayor, Ana Morales, told reporters": a description, the name it is given, the verb.
    const named = p.kind === "role" ? namedBeforeVerb(ctx, p.end, limit) : -1;
    if (named >= 0) {
      const vn = skipAux(ctx, ctx.ents.mentions[ctx.mentionAt[p.end + 1]].b + 1, limit);
      return { speaker: resolveSubject(ctx, p.end + 1, subjectPhraseAt(ctx, p.end + 1)!, open, topic).speaker, cue: { start: toks[vn].s, end: toks[vn].e }, how: "after" };
    }
    // "” Pierre Gignac, EDC's then-chief risk officer, mentioned": a named person, an apposition, the verb.
    if (toks[p.end]?.t === ",") {
      const subj = resolveSubject(ctx, s, p, open, topic);
      const ac = verbAfterApposition(ctx, subj);
      if (ac >= 0) return { speaker: subj.speaker, cue: { start: toks[ac].s, end: toks[ac].e }, how: "after" };
    }
    // "” a senior officer, who asked not to be named, told …": a description, a relative aside, the verb.
    const rc = p.kind === "role" && s === k ? commaAfter(toks, p.end, limit) : -1;
    // (The aside has its own bound: the verb may stand past MAX_AFTER.)
    const rv = rc >= 0 ? verbAfterRelative(ctx, rc, toks.length) : -1;
    const rs = rv >= 0 ? relativeSubject(ctx, s, rc) : undefined;
    if (rs) return { speaker: rs, cue: { start: toks[rv].s, end: toks[rv].e }, how: "after" };
    if (s > k + 6) break;
  }
  // "” another New Hampshire Republican said": a description that no role noun heads, then the verb.
  for (let v = k + 1; v < limit; v++) {
    const t = toks[v];
    // "Jane Porter, who said nothing, left": a relative clause's verb is not the quote's cue.
    if (t.nl || isOneOf(SENT_END_OR_MARK, t.t) || (ctx.facts[v] & RELATIVE_EN_WORD) !== 0) break;
    if (!isVerb(ctx, v)) continue;
    const sp = nounPhraseBefore(ctx, v);
    // Indefinite ("another Republican") or a name the analysis missed ("Michael Every, a strategist, said").
    const ok = sp?.mention?.start === toks[k].s && (indefinite(ctx, k) || !!sp.entity || toks[k].cap && !ctx.lex.determiners.has(toks[k].lw));
    return ok ? { speaker: sp, cue: { start: t.s, end: t.e }, how: "after" } : undefined;
  }
  return undefined;
}

/**
 * A description that introduces someone new ("another Republican", "one adviser", "a witness"); a
 * definite one ("the Kentucky Republican") stands for someone named before, so it is left to the
 * other rules.
 */
function indefinite(ctx: Doc, k: number): boolean {
  return INDEFINITE_OPENER.test(ctx.toks[k]?.lw ?? "");
}

function opensClause(ctx: Doc, k: number): boolean {
  const t = ctx.toks[k];
  return !!t && !t.nl && ctx.lex.clauseOpeners.has(t.lw);
}

/** How many tokens an apposition between a quote's named speaker and its verb may hold (its closing comma is the 25th): "Trump, the frontrunner nationally and polling leader in the state by a wide margin after winning …, said". */
const MAX_APPOSITION_AFTER = 24;

/**
 * "X, the agency's chief economist, said": the verb after the apposition that follows a named
 * person (no verb, quote mark or sentence end inside it; phrases/apposition.ts appositionEnd finds where it closes), or -1.
 */
/** ", Ana Morales, told": a person's name set off by commas after a description at comma c, then the verb; the verb's token or -1. */
function namedBeforeVerb(ctx: Doc, c: number, limit: number): number {
  const { toks } = ctx;
  const mi = toks[c]?.t === "," ? ctx.mentionAt[c + 1] ?? -1 : -1;
  if (mi < 0 || ctx.ents.mentions[mi].a !== c + 1 || ctx.ents.mentions[mi].entity.kind !== "person") return -1;
  const b = ctx.ents.mentions[mi].b;
  if (toks[b]?.t !== ",") return -1;
  const v = skipAux(ctx, b + 1, limit);
  return v < limit && isVerb(ctx, v) ? v : -1;
}

function verbAfterApposition(ctx: Doc, subj: { speaker: Speaker; end: number }): number {
  const { toks } = ctx;
  if (toks[subj.end]?.t !== "," || !subj.speaker.entity || subj.speaker.pronoun) return -1;
  // (The name's last token, before the period of a closing "Jr.".)
  const mi = ctx.mentionAt[abbreviationPeriod(toks, subj.end - 1) ? subj.end - 2 : subj.end - 1];
  if (mi < 0 || ctx.ents.mentions[mi].entity.kind !== "person") return -1;
  // "Mitch McConnell, R-Ky., said": a tag whose periods would end the apposition.
  const tag = ctx.rules.partyTagEnd?.(ctx, subj.end + 1) ?? -1;
  if (tag >= 0) { const v = skipAux(ctx, tag + 1, toks.length); return isVerb(ctx, v) ? v : -1; }
  const c = appositionEnd(toks, subj.end + 1, MAX_APPOSITION_AFTER, ctx, notInApposition);
  // "X, speaking on condition of anonymity, said": a relative or participle aside, which holds a verb.
  if (c < 0) return verbAfterRelative(ctx, subj.end, toks.length);
  const v = skipAux(ctx, c + 1, toks.length);
  return isVerb(ctx, v) ? v : -1;
}
const SENT_END_OR_MARK = ".!?;:\"“”«»„‹›()";

/** A token no apposition before a quote's verb holds: a sentence end, a quote mark, a bracket, a verb. */
function notInApposition(ctx: Doc, t: Token, k: number): boolean {
  return isOneOf(SENT_END_OR_MARK, t.t) || isVerb(ctx, k);
}

/**
 * A subject described, not named, after an inverted verb: "répondit le postillon", "dit la servante
 * ébahie", "said a witness". The speaker has no name; the description is its mention.
 */
function describedSubject(ctx: Doc, k: number): { speaker: Speaker; end: number } | undefined {
  const { toks, lex } = ctx;
  const det = toks[k];
  const noun = toks[k + 1];
  if (!det || !noun || !lex.determiners.has(det.lw) || !noun.word || noun.cap || isVerb(ctx, k + 1)) return undefined;
  const end = ctx.rules.descriptionEnd(ctx, k + 2);
  const s = det.s;
  const e = toks[end - 1].e;
  return { speaker: { name: null, mention: { start: s, end: e }, mentionText: ctx.text.slice(s, e) }, end };
}

/** Adverbials between an inverted verb and its subject: "said on Tuesday Mr. X" (rare), "a déclaré mardi X". */
function skipFiller(ctx: Doc, k: number): number {
  while (ctx.toks[k] && (ctx.facts[k] & TIME_WORD) !== 0) k++;
  return ctx.rules.skipAddressee(ctx, skipIncidentals(ctx, k));
}

/** Attribution from the words before the opening mark, in the same sentence or the line before a colon. */
export function attributeBefore(ctx: Doc, q: Span, prev: Speaker | null, topic?: Topic): Attribution | undefined {
  const { toks, lex } = ctx;
  const open = tokenAt(toks, q.start);
  let k = open - 1;
  if (k < 0) return undefined;
  const colon = toks[k].t === ":" || toks[k].t === ",";
  if (toks[open].nl && !colon) return undefined;
  if (colon) k--;
  // "Et de poursuivre :" continues the previous speaker.
  for (const cue of lex.continuation) {
    const a = k - cue.length + 1;
    if (a >= 0 && spells(toks, a, cue)) {
      return { speaker: prev, cue: { start: toks[a].s, end: toks[k].e }, how: "continuation" };
    }
  }
  // Nearest reporting verb before the mark, within the sentence.
  const stop = Math.max(0, open - MAX_BEFORE);
  for (let v = k; v >= stop; v--) {
    const t = toks[v];
    if (t.nl && v < k || (t.t === "." && v < k)) break;
    const put = putIt(ctx, v, k);
    if (!isVerb(ctx, v) && !put) continue;
    const cue = { start: t.s, end: t.e };
    const gap = k - v;
    // "it" after "put" is its object, never an inverted subject.
    if (put) return { speaker: subjectBackward(ctx, v) ?? ctx.rules.describedBefore(ctx, v) ?? null, cue, how: "before", gap };
    const inv = inversionPronoun(ctx, v, v + 1);
    if (inv) { const ent = resolvePronoun(ctx, v, inv.g, true, topic); return { speaker: ent ? speakerOf(ent, ctx, v, v + 1, true) : null, cue, how: "before", gap }; }
    // "He voiced his anger on Twitter, writing “…”": a participle's subject opens the sentence.
    let s0 = v;
    while (s0 > 0 && !toks[s0].sent && !toks[s0].nl && v - s0 < MAX_BEFORE * 2) s0--;
    const participle = participleSubject(ctx, v, s0);
    if (participle) return { speaker: participle, cue, how: "before", gap };
    // Subject before the verb: "Wei Fenghe a déclaré :", "She said:".
    const subj = subjectBackward(ctx, v, topic);
    // "À Matignon, on assure que « … »": the source set before "on".
    if (subj) return { speaker: ctx.rules.isHearsay(ctx, subj) ? ctx.rules.topicSource(ctx, v, s0) ?? subj : subj, cue, how: "before", gap };
    // Subject after: "said Reagan Ruslim, who joined the board, said “…”" → the nearest name after the verb.
    // "s'est réjoui son entraîneur, Marc Dubreuil. « … »": the name in apposition names the description.
    // "one lawmaker called Trump “the orange prince”": after a naming verb the name is its object, never its subject.
    const after = (ctx.facts[v] & NAMING_VERB) !== 0 ? undefined : subjectAt(ctx, v + 1, v);
    if (after) return { speaker: namedApposition(ctx, descriptionHead(ctx, after)).speaker, cue, how: "before", gap };
    // A described subject: "a friend wondered loudly, “…”".
    const described = ctx.rules.describedBefore(ctx, v);
    if (described) return { speaker: described, cue, how: "before", gap };
    return undefined;
  }
  if (toks[open - 1]?.t !== ":") return undefined;
  // "According to HuffPo: “…”", "Selon le ministère : « … »": a source preposition's source closed by the colon.
  const source = prepColonSpeaker(ctx, open - 1);
  if (source) return { speaker: source, cue: { start: toks[open - 1].s, end: toks[open - 1].e }, how: "before" };
  // "Donald Trump: “…”", "Mr. Christie gloated: “…”" (English): the name that opens the sentence before a colon.
  return ctx.rules.colonBefore(ctx, open - 1);
}

/** Whether the tokens from a spell the cue's words, a word also matching without its final "'" ("d" of "d'"). */
function spells(toks: Doc["toks"], a: number, cue: readonly string[]): boolean {
  for (let i = 0; i < cue.length; i++) if (!sameOrElided(toks[a + i].lw, cue[i])) return false;
  return true;
}

/**
 * "As Tom Ridge put it: “…”", "as one analyst recently put it, “…”" (English idiom): "put it" right before the
 * mark's colon or comma reports the quote for its subject.
 */
function putIt(ctx: Doc, v: number, k: number): boolean {
  const { toks } = ctx;
  return toks[v].lw === "put" && toks[v + 1]?.lw === "it" && v + 1 === k && (toks[k + 1]?.t === ":" || toks[k + 1]?.t === ",");
}

/** How many words a naming verb may stand before the quoted term it governs. */
const NAMING_WINDOW = 5;

/**
 * A naming verb a few words before the mark, in the same sentence: "X called the plan “unworkable”",
 * "X a qualifié le projet d'« irréaliste »". The quoted words are X's.
 */
export function attributeNamed(ctx: Doc, q: Span): Attribution | undefined {
  const { toks } = ctx;
  const open = tokenAt(toks, q.start);
  for (let k = open - 1; k >= Math.max(0, open - NAMING_WINDOW); k--) {
    const t = toks[k];
    if (namingCue(ctx, k, open)) return { speaker: subjectBackward(ctx, k) ?? null, cue: { start: t.s, end: t.e }, how: "named" };
    if (t.sent || t.nl || t.t === ".") break;
  }
  return undefined;
}

/**
 * Whether the verb at token k names the quoted term opening at token open: "a appelé cette réforme « une
 * trahison »", not "a appelé « au calme »" (a preposition right after the verb: what was called for), nor
 * "a appelé son chien « Rex »" (a name of one or two capitalised words: a nickname). "reprocher" is no naming verb but
 * gives the quoted words after its "de" the same way.
 */
export function namingCue(ctx: Doc, k: number, open: number): boolean {
  const { toks } = ctx;
  // "a reproché au gouvernement de « mentir »": a reproach, only with its "de" right before the mark (and its object before that).
  if (REPROACH.test(toks[k].lw)) return open > k + 2 && DE_BARE.test(toks[open - 1].lw);
  if ((ctx.facts[k] & NAMING_VERB) === 0 || k === open - 1 && PREPOSITIONAL_QUOTE.has(toks[open + 1]?.lw ?? "")) return false;
  return !(CALLING.test(toks[k].lw) && toks[open + 1]?.cap && (isQuoteMark(toks[open + 2]?.t ?? "") || toks[open + 2]?.cap && isQuoteMark(toks[open + 3]?.t ?? "")));
}

/** An incise inside the marks: « Nous sommes prêts, a-t-il dit, à tout entendre ». */
export function attributeInside(ctx: Doc, q: Span, topic?: Topic): Attribution | undefined {
  const { toks } = ctx;
  let commas = 0;
  for (let k = tokenAt(toks, q.start) + 1; k < toks.length && toks[k].s < q.end && commas < 4; k++) {
    if (toks[k].t !== ",") continue;
    commas++;
    const att = attributeAfter(ctx, { start: toks[k].s, end: toks[k].s }, topic);
    if (!att?.cue) continue;
    // The incise opens with its speaker or its verb: "…, that will make people think, …" holds a clause, no incise.
    const opener = toks[k + 1]?.s;
    if (att.cue.start !== opener && att.speaker?.mention?.start !== opener && !att.speaker?.pronoun) continue;
    // The incise must close with a comma before the quote goes on.
    const close = tokenAt(toks, Math.max(att.speaker?.mention?.end ?? 0, att.cue.end));
    if (toks[close]?.t === "," && toks[close].s < q.end - 2) return { ...att, how: "inside" };
  }
  return undefined;
}
