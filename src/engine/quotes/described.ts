// Sources the text describes rather than names: "A news report published Wednesday said",
// "Several cast members said", "according to a poll released Friday, …". Their extent is the noun
// phrase as written, without the auxiliaries, adverbs or time words that follow it ("Police had last
// month charged …" → "Police"), and a phrase that is a name mention resolves to that entity.
import type { Speaker } from "../types";
import { skipDateline } from "./sentences";
import { tokAt, tokenAt } from "../text/tokenize";
import { describedSpeaker, speakerOf, type Doc } from "./doc";
import { resolvePronoun } from "./resolve/pronoun";
import { subjectAt } from "./resolve/subject";
import { people } from "./resolve/plural-subject";
import { namedApposition } from "./described-subject";
import { isVerb } from "./verbs";
import { ownerOfNoun } from "./subject-phrase";
import { TIME } from "../lexicon/time-words";
import { NOT_SOURCE, CHANNEL_DETERMINER, OPENING, OUT_UP } from "../lexicon/en/quotes";
import { PHRASE_END, PREPOSITION, QUANTIFIER, QUOTE_MARK, RELATIVE_PRONOUN } from "../lexicon/quote-words";
import { endsIn } from "../text/chars";

/** How many words back from its verb a described subject may start ("A release sent to media from X late Friday said"). */
export const MAX_PHRASE = 12;
/** How many tokens a source after "according to" may hold before its comma or period. */
const MAX_SOURCE = 30;
const OBJECT_PRONOUN: Record<string, "m" | "f" | "pl"> = { him: "m", her: "f", them: "pl", lui: "m", elle: "f", eux: "pl" };

/** How many tokens back the sentence that holds "issued a statement saying" may start. */
const OBJECT_REACH = 25;

/**
 * "The senator's office issued a statement saying …": a channel after its verb is that verb's object, the
 * participle's subject is the sentence's subject (a name or a description that opens it). English.
 */
export function channelObjectSubject(ctx: Doc, a: number, k: number, v: number): Speaker | undefined {
  const { toks, lex } = ctx;
  // "issued a statement calling on …": a phrase found without its determiner.
  if (!CHANNEL_DETERMINER.test(toks[a].lw) && CHANNEL_DETERMINER.test(tokAt(toks, a - 1)?.lw ?? "")) a--;
  // "a pitch to Ohio voters saying", "a letter to the mayor saying": the channel heads a phrase its preposition extends.
  let head = k;
  if (!lex.channelNouns.has(toks[k].lw)) {
    for (let j = a + 1; j < k; j++) if (lex.channelNouns.has(toks[j].lw) && PREPOSITION.has(toks[j + 1].lw)) { head = j; break; }
    const j = a - 2;
    if (head === k && j > 0 && PREPOSITION.has(toks[a - 1]?.lw ?? "") && lex.channelNouns.has(toks[j].lw)) {
      head = j;
      a = CHANNEL_DETERMINER.test(toks[j - 1].lw) ? j - 1 : j - 2;
      if (a < 1) return undefined;
    }
  }
  // "sent out a press release": the verb and its particle.
  const e = OUT_UP.test(tokAt(toks, a - 1)?.lw ?? "") ? a - 2 : a - 1;
  const verb = tokAt(toks, e);
  if (!lex.morph.ingParticiples || !endsIn("ing", toks[v].lw) || !lex.channelNouns.has(toks[head].lw) || !CHANNEL_DETERMINER.test(toks[a].lw) ||
    !verb?.word || verb.cap || verb.sent || lex.determiners.has(verb.lw) || PREPOSITION.has(verb.lw)) return undefined;
  let s0 = e;
  while (s0 > 0 && e - s0 < OBJECT_REACH && !toks[s0].sent) s0--;
  if (!toks[s0].sent) return undefined;
  s0 = skipDateline(toks, s0);
  // "Later, her campaign …": an adverb set off before the subject.
  if (toks[s0 + 1]?.t === "," && (lex.auxiliaries.has(toks[s0].lw) || PHRASE_END.has(toks[s0].lw))) s0 += 2;
  return channelSubjectFrom(ctx, s0, e, v) ?? afterOpeningComma(ctx, s0, e, v);
}

/**
 * "Hours later, she issued a statement …", "In response to X's comments, Y released a statement saying …": an
 * opening adverbial set off by a comma; the subject starts after its comma (tried when the sentence's start gave none).
 */
function afterOpeningComma(ctx: Doc, s0: number, e: number, v: number): Speaker | undefined {
  let c = e - 1;
  while (c > s0 && ctx.toks[c].t !== ",") c--;
  return c > s0 && e - c - 1 <= MAX_INVERTED ? channelSubjectFrom(ctx, c + 1, e, v) : undefined;
}

/** The subject that opens at s0 and ends right before the verb e of "issued a statement saying" (v: the participle). */
function channelSubjectFrom(ctx: Doc, s0: number, e: number, v: number): Speaker | undefined {
  const { toks, lex } = ctx;
  // "Ted Cruz is making a pitch …": the subject ends before the verb's auxiliaries.
  while (e - 1 > s0 && lex.auxiliaries.has(toks[e - 1].lw)) e--;
  if (e - s0 < 1 || e - s0 > MAX_INVERTED) return undefined;
  // "Texas Sen. Ted Cruz is making …": a capitalised modifier may stand before the name that ends at the verb.
  for (let s = s0; s < e && s - s0 <= 2 && (s === s0 || toks[s0].cap); s++) {
    const subj = subjectAt(ctx, s, v);
    // A dateline in capitals ("WASHINGTON — …") is no subject.
    const text = subj?.speaker.mentionText ?? "";
    if (subj && subj.end === e && text && text !== text.toUpperCase()) return subj.speaker;
  }
  // "Black Lives Matter issued …", "Her campaign's office released …": the words before the verb, when they are a description.
  const t0 = toks[s0];
  if (!(lex.determiners.has(t0.lw) || t0.cap) || t0.upper) return undefined;
  for (let j = s0; j < e; j++) if (!toks[j].word || isVerb(ctx, j) || lex.auxiliaries.has(toks[j].lw)) return undefined;
  const sp = phraseSpeaker(ctx, s0, e);
  return sp.mentionText || sp.entity ? sp : undefined;
}

/**
 * The source of "according to X" / "selon X" (prep starts at token v): a name or a role, else a described source where
 * the preposition takes one. "according to Ruiz's spokesman": a possessive name owns the source, the described source
 * speaks, or the name its apposition gives ("Ruiz's lawyer, Ana Bell"). `named` when a name or role phrase was read.
 */
export function sourceAfterPrep(ctx: Doc, v: number, prep: string[]): { x: { speaker: Speaker; end: number }; named: boolean } | undefined {
  const { toks, lex } = ctx;
  const k = v + prep.length;
  const mk = ctx.mentionAt[k] >= 0 || !toks[k]?.cap ? ctx.mentionAt[k] : ctx.mentionAt[k + 1] ?? -1;
  const own = mk >= 0 && ownerOfNoun(ctx, ctx.ents.mentions[mk].b);
  const named = own ? undefined : pastSourceParenthesis(ctx, subjectAt(ctx, k, v) ?? titledAfterModifiers(ctx, k, v));
  // "according to people familiar with …": a description cut before its lower-case complement reads on.
  const cut = named && named.speaker.name == null && !named.speaker.pronoun && toks[named.end]?.word && !toks[named.end].cap;
  if (named && !cut) return { x: named, named: true };
  const described = lex.describedSourcePreps.has(prep.join(" ")) ? describedAfter(ctx, k) : undefined;
  if (named && !described) return { x: named, named: true };
  if (!described) return undefined;
  return { x: own ? namedApposition(ctx, described) : described, named: false };
}

/** A source followed by a short parenthesis ends after it: "according to the World Health Organization (WHO), …". */
function pastSourceParenthesis<X extends { end: number }>(ctx: Doc, x: X | undefined): X | undefined {
  return x && { ...x, end: pastParenthesis(ctx, x.end) };
}

/** How many tokens a parenthesis after a source may hold ("(OEA)", "(Parti socialiste)"). */
const MAX_PARENTHESIS = 6;

/** The token after a short parenthesis opening at k ("(OEA)", "(WHO)", "(PS)": a source's initials or party), or k when none opens there. */
export function pastParenthesis(ctx: Doc, k: number): number {
  const { toks } = ctx;
  if (toks[k]?.t !== "(") return k;
  for (let i = k + 1; i < toks.length && i - k <= MAX_PARENTHESIS; i++) {
    if (toks[i].t === ")") return i + 1;
    if (toks[i].nl || !toks[i].word && toks[i].t !== "-" && toks[i].t !== "'" && toks[i].t !== "’") return k;
  }
  return k;
}


/**
 * "according to city planning director Omar Haddad, …": a name after a role noun that lower-case modifiers open
 * (up to three words before the role noun), read from the name.
 */
function titledAfterModifiers(ctx: Doc, k: number, v: number): { speaker: Speaker; end: number } | undefined {
  const { toks, lex } = ctx;
  for (let j = k + 1; j <= k + 4 && toks[j - 1]?.word && !toks[j - 1].cap; j++) {
    const mi = ctx.mentionAt[j] ?? -1;
    if (mi < 0) continue;
    if (ctx.ents.mentions[mi].entity.kind !== "person" || !Object.hasOwn(lex.data.roleNouns, toks[j - 1].lw)) return undefined;
    return subjectAt(ctx, j, v);
  }
  return undefined;
}

/**
 * The source after "according to" when it is neither a name nor a role ("a poll released Friday",
 * "the results", "several party officials", "him"), up to its comma or the sentence end; a relative
 * clause is left out of the description. `end` is the token after the source's clause.
 */
export function describedAfter(ctx: Doc, k: number): { speaker: Speaker; end: number } | undefined {
  const { toks, lex } = ctx;
  const first = toks[k];
  if (!first?.word) return undefined;
  const g = OBJECT_PRONOUN[first.lw];
  if (g) {
    const ent = resolvePronoun(ctx, k, g);
    const speaker: Speaker = ent ? speakerOf(ent, ctx, k, k + 1, true) : { name: null, mention: { start: first.s, end: first.e }, mentionText: first.t, pronoun: true };
    return { speaker, end: k + 1 };
  }
  if (NOT_SOURCE.has(first.lw) || NOT_SOURCE.has(toks[k + 1]?.lw ?? "")) return undefined;
  let head = -1;
  let stop = -1;
  for (let i = k; i < toks.length && i < k + MAX_SOURCE; i++) {
    const t = toks[i];
    if (i > k && (t.sent || t.nl || t.t === "," || t.t === "." || t.t === ";" || t.t === ":")) { stop = i; break; }
    if (!t.word && t.t !== "-" && t.t !== "'" && t.t !== "’") return undefined;
    if (head < 0 && i > k && RELATIVE_PRONOUN.test(t.lw)) head = i;
  }
  if (stop < 0) return undefined;
  const last = toks[(head < 0 ? stop : head) - 1];
  // "a poll released Friday", "Variety", "experts", "early returns": a determiner, a name, or a plural noun.
  const plural = (w: string) => lex.morph.sPlurals && /[^s'’]s$/.test(w) && w.length > 3;
  const opens = lex.determiners.has(first.lw) || first.cap || /^\d/.test(first.t) || QUANTIFIER.test(first.lw) || plural(first.lw) || plural(last.lw);
  if (!opens) return undefined;
  // "according to the union's Friday release": the document's owner is the source.
  const end = head < 0 ? stop : head;
  for (let i = k; i < end - 1; i++) {
    if (/['’]s$/.test(toks[i].lw) && lex.channelNouns.has(toks[end - 1].lw)) {
      const sp = phraseSpeaker(ctx, k, i + 1, true);
      const cut = sp.mentionText?.replace(/['’]s$/, "");
      if (!sp.entity && sp.mention && cut) return { speaker: { ...sp, mention: { start: sp.mention.start, end: sp.mention.start + cut.length }, mentionText: cut }, end: stop };
      return { speaker: sp, end: stop };
    }
  }
  return { speaker: phraseSpeaker(ctx, k, end), end: stop };
}

/** How many tokens a description after an inverted verb may hold ("said the winter railroading report"). */
const MAX_INVERTED = 6;
/** Relative pronouns that may follow an inverted description. */
const RELATIVE_WHO = /^(?:who|whose)$/;

/**
 * A description after an inverted verb that closes the sentence: "…, say some Democrats.", "…, said
 * the winter railroading report.". It opens with a determiner or a quantifier and holds no verb.
 */
export function describedInverted(ctx: Doc, k: number): { speaker: Speaker; end: number } | undefined {
  const { toks, lex } = ctx;
  const first = toks[k];
  // French novels invert after every incise ("…, dit la servante"): there a description stays a direct quote's speaker only.
  if (!first?.word || !(lex.determiners.has(first.lw) || QUANTIFIER.test(first.lw))) return undefined;
  for (let i = k + 1; i < toks.length && i <= k + MAX_INVERTED; i++) {
    const t = toks[i];
    // "said an official who asked not to be named": a relative clause after the description closes it too.
    if (t.nl || t.t === "." || t.t === "," || RELATIVE_WHO.test(t.lw)) return i > k + 1 ? { speaker: phraseSpeaker(ctx, k, i), end: i } : undefined;
    // The head may be a noun that is also a verb form ("the report"), the words before it may not.
    const head = toks[i + 1]?.nl || toks[i + 1]?.t === "." || toks[i + 1]?.t === ",";
    if (!t.word || isVerb(ctx, i) && !head || lex.auxiliaries.has(t.lw) || lex.complementizers.has(t.lw) || lex.pronouns.has(t.lw)) return undefined;
  }
  return undefined;
}

/**
 * ", saying …" / ", stating …" (or after a dash) after a main clause: the participle's subject is the sentence's subject
 * when a name opens the sentence and a verb follows it ("Obama addressed the concerns Thursday, stating …").
 */
export function participleSubject(ctx: Doc, v: number, s0: number): Speaker | undefined {
  const { toks, lex } = ctx;
  // (Asked first for every reporting verb of an indirect report: the cheap test first.)
  if (!lex.morph.ingParticiples || !endsIn("ing", toks[v].lw)) return undefined;
  // "…, saying …" or "… – saying …".
  // "drew boos upon saying, “…”", "circled the square while chanting": after a subordinating preposition too.
  // Only before its quote or clause ("by mentioning the wall" names a topic, no report).
  const opener = toks[v - 1]?.word && lex.data.participleOpeners?.includes(toks[v - 1].lw) === true && v - 1 > s0 &&
    (toks[v + 1]?.t === "," || toks[v + 1]?.t === ":" || lex.complementizers.has(toks[v + 1]?.lw ?? ""));
  // (A comma inside the closing mark before it counts: "a defense of “New York values,” saying …".)
  const comma = toks[v - 1]?.t === "," || QUOTE_MARK.has(toks[v - 1]?.t ?? "") && toks[v - 2]?.t === ",";
  if (!comma && toks[v - 1]?.t !== "–" && toks[v - 1]?.t !== "—" && !opener || !endsIn("ing", toks[v].lw) || !lex.morph.ingParticiples) return undefined;
  // "MIRAMICHI, N.B. — Justin Trudeau is warning …": the dateline is no subject.
  s0 = skipDateline(toks, s0);
  s0 = lastConjoinedClause(ctx, afterOpeningClause(ctx, s0, v), v);
  const opening = subjectAt(ctx, s0, v);
  const subj = ownedSubject(ctx, s0, opening);
  // "Ortiz's brother, Sam, defended her on Twitter, writing …": the owned description stands when no name follows it.
  const owned = subj !== opening && subj?.speaker.mentionText !== undefined;
  if (!subj || subj.end >= v - 1 || !subj.speaker.entity && !subj.speaker.pronoun && !owned) return describedOpening(ctx, v, s0);
  // The subject's own verb comes right after it (auxiliaries and adverbs aside): "Obama also addressed".
  let k = asideEnd(ctx, subj.end, v);
  // "Donald Trump on Thursday ratcheted up …": a time phrase between the subject and its verb.
  if (toks[k]?.lw === "on" && TIME.has(toks[k + 1]?.lw ?? "")) k += 2;
  while (k < v && (lex.auxiliaries.has(toks[k].lw) || endsIn("ly", toks[k].lw))) k++;
  const w = toks[k];
  // A past or present form, or a progressive after its auxiliary ("is warning voters …, suggesting …").
  const progressive = k > subj.end && endsIn("ing", w?.lw ?? "") && lex.auxiliaries.has(toks[k - 1].lw);
  return w?.word && !w.cap && !lex.determiners.has(w.lw) && !PREPOSITION.has(w.lw) && (/(?:ed|s)$/.test(w.lw) || lex.irregularPast.has(w.lw) || progressive) ? subj.speaker : describedOpening(ctx, v, s0);
}

/** How many tokens back from the participle a conjoined clause's "and"/"but" may stand. */
const MAX_CONJOINED = 30;

/**
 * "Prosecutors charged the officer and Emanuel fired his chief, acknowledging …": the participle hangs on the last of
 * two clauses joined by "and"/"but"; its subject is that clause's name (a person's, followed by a past verb). s0 else.
 */
function lastConjoinedClause(ctx: Doc, s0: number, v: number): number {
  const { toks, lex } = ctx;
  for (let j = v - 3; j > s0 && v - j <= MAX_CONJOINED; j--) {
    if (toks[j].lw !== "and" && toks[j].lw !== "but") continue;
    const mi = ctx.mentionAt[j + 1];
    const m = mi >= 0 ? ctx.ents.mentions[mi] : undefined;
    if (!m || m.a !== j + 1 || m.entity.kind !== "person") continue;
    const w = toks[m.b];
    if (w?.word && !w.cap && (endsIn("ed", w.lw) || lex.irregularPast.has(w.lw))) return j + 1;
  }
  return s0;
}

/**
 * "Ortiz's husband, Bill, hurled insults …, accusing …": a possessive name that opens the sentence owns its subject;
 * the person noun after it, named by its apposition, is the subject, never the owner.
 */
function ownedSubject(ctx: Doc, s0: number, subj: { speaker: Speaker; end: number } | undefined): { speaker: Speaker; end: number } | undefined {
  const { toks, lex } = ctx;
  if (!subj?.speaker.entity || !/['’]s$/.test(toks[subj.end - 1]?.lw ?? "") || !lex.speakerNouns.has(toks[subj.end]?.lw ?? "")) return subj;
  const start = toks[s0].s, end = toks[subj.end].e;
  return namedApposition(ctx, { speaker: describedSpeaker(ctx, start, end), end: subj.end + 1 });
}

/** How many tokens an aside between a subject and its verb may hold ("Ortiz, clearly angry, responded …"). */
const MAX_ASIDE = 12;

/** Past an aside set off by commas right after the subject, with no verb of its own: the token after its second comma; else k. */
function asideEnd(ctx: Doc, k: number, v: number): number {
  const { toks } = ctx;
  if (toks[k]?.t !== ",") return k;
  for (let c = k + 1; c < v - 1 && c - k <= MAX_ASIDE; c++) {
    if (toks[c].t === ",") return c > k + 1 ? c + 1 : k;
    if (!toks[c].word || isVerb(ctx, c) && c > k + 1) return k;
  }
  return k;
}

/**
 * "When her family moved back to rural Ohio, her father refused …, insisting …", "After meeting Smith in Ohio, the
 * senator …": an opening adverbial (a subordinate clause or a prepositional phrase) set off by a comma; the subject
 * starts after its comma, so a name or a place inside it is no subject. s0 itself when the sentence opens otherwise.
 */
export function afterOpeningClause(ctx: Doc, s0: number, v: number): number {
  const { toks } = ctx;
  if (!OPENING.test(toks[s0]?.lw ?? "")) return s0;
  for (let c = s0 + 1; c < v - 1 && c - s0 <= MAX_OPENING; c++) if (toks[c].t === ",") return c + 1;
  return s0;
}
/** How many tokens an opening adverbial may hold. */
const MAX_OPENING = 25;

/**
 * "in Ohio", "to rural Tennessee", "in the Philippines", "the Committee on Benghazi": a place that is a preposition's
 * object is no subject of the verb after it; the phrase that holds it, or the sentence's subject, is.
 */
export function placeObject(ctx: Doc, sp: Speaker | undefined): boolean {
  if (!sp?.mention || sp.pronoun) return false;
  const { toks, lex } = ctx;
  const a = tokenAt(toks, sp.mention.start);
  const mi = ctx.mentionAt[a];
  if (mi < 0 || ctx.ents.mentions[mi].a !== a || ctx.ents.mentions[mi].entity.kind !== "place") return false;
  let p = a - 1;
  if (p > 0 && lex.determiners.has(toks[p].lw)) p--;
  // "to rural Tennessee": one lower-case adjective between.
  else if (p > 0 && toks[p].word && !toks[p].cap && !PREPOSITION.has(toks[p].lw) && PREPOSITION.has(toks[p - 1].lw)) p--;
  return p >= 0 && PREPOSITION.has(toks[p].lw);
}

/**
 * The speaker for tokens [a, b): the entity when the phrase is one name mention (after a determiner) or ends
 * on a person's name, else the description; no text (no source shown) when the words are no description
 * (resolve/sanity.ts). An
 * `owner` ends on a possessive ("the union's" before "Friday release").
 */
export function phraseSpeaker(ctx: Doc, a0: number, b0: number, owner = false): Speaker {
  const { toks, lex } = ctx;
  const sane = ctx.rules.saneDescription(ctx, a0, b0, owner);
  // The cue keeps its subject's place (the report's extent depends on it) but shows no source.
  if (!sane) return { name: null, mention: { start: toks[a0].s, end: toks[b0 - 1].e } };
  const { a, b } = sane;
  if (sane.mention !== undefined) return speakerOf(ctx.ents.mentions[sane.mention].entity, ctx, a, b);
  const mi = ctx.mentionAt[b - 1];
  if (mi >= 0) {
    const m = ctx.ents.mentions[mi];
    if (m.b === b && (m.a === a || m.a === a + 1 && lex.determiners.has(toks[a].lw)) && m.entity.kind !== "place") return speakerOf(m.entity, ctx, a, b);
  }
  // "The 54-year-old said": a description standing for the person just named.
  const taken = ctx.rules.descriptionTakeUp(ctx, a, b);
  if (taken) return speakerOf(taken, ctx, a, b);
  const s = toks[a].s;
  const e = toks[b - 1].e;
  return describedSpeaker(ctx, s, e);
}

/**
 * "A Superior Court judge chastised the station on Friday, saying …": a description that opens the
 * sentence with an article, up to its past-tense verb (at most MAX_PHRASE words), speaks the participle.
 * So does a bare plural for people ("Officials praised the bill, saying …", "Republican leaders rejected …", "Critics
 * …"), its head right before the verb (plural-subject.ts people): "Shares fell, suggesting …" has no such head.
 */
function describedOpening(ctx: Doc, v: number, s0: number): Speaker | undefined {
  const { toks, lex } = ctx;
  const article = lex.determiners.has(toks[s0]?.lw ?? "");
  if (article && (toks[s0].lw === "this" || toks[s0].lw === "that") || !toks[s0]?.word) return undefined;
  for (let k = s0 + (article ? 2 : 1); k < v - 1 && k - s0 <= MAX_PHRASE; k++) {
    const w = toks[k];
    if (!w.word) return undefined;
    if (!w.cap && (endsIn("ed", w.lw) || lex.irregularPast.has(w.lw)) && !lex.determiners.has(toks[k - 1].lw))
      return article || people(ctx, toks[k - 1].lw) ? phraseSpeaker(ctx, s0, k) : undefined;
  }
  return undefined;
}

/**
 * ", citing X" / ", referring to X" after a main clause (English): the participle reports its object for
 * the name or pronoun that opens the sentence ("The union called off the strike, citing …").
 */
export function openingSubject(ctx: Doc, v: number, s0: number): Speaker | undefined {
  const { toks, lex } = ctx;
  if (toks[v - 1]?.t !== "," || !lex.participleReports.has(toks[v].lw)) return undefined;
  const open = ownedSubject(ctx, s0, subjectAt(ctx, s0, v));
  return open && open.end < v - 1 && (open.speaker.entity || open.speaker.pronoun || open.speaker.mentionText) ? open.speaker : undefined;
}
