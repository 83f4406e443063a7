// A last-resort subject for "say" and "tell" (English): when no name, role or described phrase is found
// right before the verb, the report is still a report ("Democrats and independent voters who said they
// would vote …", "Sen. X (R-Ga.), one of the few co-authors still in office, said he …"). The speaker is
// the name that opens the sentence, or the words before the verb back to a comma, as written.
import { phraseSpeaker } from "../../quotes/described";
import { speakerOf, type Doc } from "../../quotes/doc";
import { subjectAt } from "../../quotes/resolve/subject";
import { nounPhraseBefore, subjectBackward } from "../../quotes/subject-before";
import { isVerb } from "../../quotes/verbs";
import type { Entity, Speaker } from "../../types";
import { endsIn } from "../../text/chars";

/** The verbs that always report what follows them. */
const LOOSE_VERBS = new Set(["said", "says", "say", "told", "tells"]);
/** Words right before the verb that make it no report of its own subject: "to say", "would say", "did not say". */
const NOT_BEFORE = new Set(["to", "not", "never", "n't", "cannot", "can't", "won't", "didn't", "doesn't", "don't",
  "the", "a", "an", "this", "that", "as", "if", "been", "being", "be", "was", "were", "is", "are", "get", "got", "and",
  // "when you say …": the generic "you" reports nothing.
  "you"]);
/** Words that end the described speaker on the left: "where local party leaders say", "less credit than aides say". */
const PHRASE_STOP = new Set(["where", "than", "that", "which", "what", "whom", "whose", "when", "while", "whereas", "because",
  "if", "as", "since", "although", "though", "once", "unless", "until"]);
/** How many words the described speaker keeps, back from the verb. */
const MAX_WORDS = 8;

/** Each name's last word to the first person (then organisation) that ends with it, built once per analysis. */
function lastWordIndex(ctx: Doc): Map<string, Entity> {
  let index = ctx.lastWords;
  if (!index) {
    index = new Map();
    for (const x of [...ctx.ents.people, ...ctx.ents.orgs]) {
      const last = x.name.split(" ").at(-1) ?? "";
      if (!index.has(last)) index.set(last, x);
    }
    ctx.lastWords = index;
  }
  return index;
}

export function looseSubject(ctx: Doc, v: number, s0: number): Speaker | undefined {
  const { toks, lex } = ctx;
  if (!LOOSE_VERBS.has(toks[v].lw) || v <= s0) return undefined;
  const before = toks[v - 1];
  const conj = before && CONJ.has(before.lw) ? conjoinedSubject(ctx, v, s0) : undefined;
  if (conj) return conj;
  if (!before || NOT_BEFORE.has(before.lw) || lex.auxiliaries.has(before.lw) && before.lw !== "who") return undefined;
  // The name that opens the sentence: "Sen. X (R-Ga.), one of …, said".
  const open = subjectAt(ctx, s0, v);
  if (open && open.end < v && open.speaker.entity && !open.speaker.pronoun) return open.speaker;
  // "Patch, a former party director, said": a surname alone before the apposition, that the entity pass left out.
  if (before.t === "," && toks[s0].cap && toks[s0 + 1]?.t === ",") {
    const ent = lastWordIndex(ctx).get(toks[s0].t);
    if (ent) return speakerOf(ent, ctx, s0, s0 + 1);
  }
  if (!before.word) return undefined;
  // The words before the verb, back to a comma or the sentence start: "independent voters who said".
  let a = v - 1;
  if (toks[a].lw === "who" || toks[a].lw === "that") a--;
  const b = a + 1;
  while (a > s0 && b - a < MAX_WORDS && toks[a - 1].word && !lex.auxiliaries.has(toks[a - 1].lw) && !isVerb(ctx, a - 1) && !phraseStop(toks[a - 1].lw, a - 1 === s0)) a--;
  if (b <= a || !toks[a].word) return undefined;
  // "Young said": a surname alone that the entity pass left out stands for the article's "Will Young".
  if (b - a === 1 && toks[a].cap) {
    const ent = lastWordIndex(ctx).get(toks[a].t);
    if (ent) return speakerOf(ent, ctx, a, b);
  }
  // "A senior aide who spoke on condition of anonymity said": the noun phrase the relative clause hangs on.
  if (a - 2 > s0 && toks[a - 2].lw === "who" && isVerb(ctx, a - 1)) return subjectBackward(ctx, a - 2) ?? nounPhraseBefore(ctx, a - 2);
  return phraseSpeaker(ctx, a, b);
}

/** Whether a word ends the described speaker: "where local party leaders say"; a sentence's first "that" is a determiner ("That person said"). */
function phraseStop(w: string, first: boolean): boolean {
  return PHRASE_STOP.has(w) && !(first && w === "that");
}

/** "X tweeted a photograph and said …": a second verb of the sentence's subject. */
const CONJ = new Set(["and", "but"]);
/** Words that may open the sentence before its subject: "But he …", "Still, she …". */
const OPENERS = new Set(["but", "and", "so", "yet", "still", "then", "now"]);

/**
 * "Fields later tweeted a photograph and said she …": the name or pronoun that opens the sentence, also a
 * surname alone that the entity pass left out at a sentence start; nothing else (a description may be the object).
 */
function conjoinedSubject(ctx: Doc, v: number, s0: number): Speaker | undefined {
  const { toks } = ctx;
  // "But he shook his head and said no …": a conjunction may open the sentence.
  if (OPENERS.has(toks[s0]?.lw ?? "") && s0 + 1 < v) s0++;
  const open = subjectAt(ctx, s0, v);
  if (open) return open.end < v - 1 && (open.speaker.entity || open.speaker.pronoun) ? open.speaker : undefined;
  const t = toks[s0];
  if (!t?.cap || toks[s0 + 1]?.cap) return undefined;
  const ent = lastWordIndex(ctx).get(t.t);
  return ent && speakerOf(ent, ctx, s0, s0 + 1);
}

/** Words that may follow a subject-gapped report: "a poem she said was written by …". */
const GAP_AUX = new Set(["was", "is", "were", "are", "will", "would", "could", "had", "has"]);
/** Words before the gapped report's subject that make it no report: "what he said was true". */
const NOT_GAP = new Set(["what", "whatever", "all", "everything", "anything", "something", "nothing"]);

/**
 * Short reports after "said" (English): "said no when …" / "said yes" (the answer: returns its end
 * token and "answer"), and "a poem she said was written by …" (a pronoun subject inside a noun's
 * relative clause: the content opens at the auxiliary, returns "gap"; also after "which"/"that" and a noun
 * phrase: "a strike that executives said could …", and "aside" when a comma opens the relative clause).
 */
export function shortReport(ctx: Doc, v: number): "answer" | "gap" | "aside" | "what" | undefined {
  const { toks, lex } = ctx;
  if (!LOOSE_VERBS.has(toks[v].lw) && toks[v].lw !== "say") return undefined;
  const n = toks[v + 1];
  if (!n) return undefined;
  const after = toks[v + 2];
  if ((n.lw === "no" || n.lw === "yes") && (!after || !after.word || lex.subordinators.has(after.lw) || after.nl > 0)) return "answer";
  const subj = toks[v - 1];
  const noun = toks[v - 2];
  if (GAP_AUX.has(n.lw) && subj && lex.pronouns.has(subj.lw) && noun?.word && !noun.cap && !NOT_GAP.has(noun.lw) &&
    !lex.determiners.has(noun.lw) && !lex.auxiliaries.has(noun.lw) && !isVerb(ctx, v - 2) && !lex.subordinators.has(noun.lw)) return "gap";
  // "complained about what they said was a lack of transparency": "what" inside the sentence, then the copula.
  if (COPULA.has(n.lw) && whatBefore(ctx, v)) return "what";
  // "changes, which officials said will take effect …", "a surge that Democrats say could help …".
  if (GAP_AUX.has(n.lw) || MODAL_GAP.has(n.lw)) {
    for (let k = v - 1; k >= 0 && k >= v - 5; k--) {
      const t = toks[k];
      // After a comma the relative clause ends at the next comma ("aside").
      if (RELATIVE.has(t.lw)) return k < v - 1 && !lex.pronouns.has(toks[k + 1].lw) ? toks[k - 1]?.t === "," ? "aside" : "gap" : undefined;
      if (!t.word || isVerb(ctx, k) || lex.auxiliaries.has(t.lw)) return undefined;
    }
  }
  return undefined;
}

/** The relative pronouns before a gapped report's subject: "which officials said", "a man who witnesses said". */
const RELATIVE = new Set(["which", "that", "who"]);

/** Whether the verb v reports a gapped relative clause ("a bridge that officials said was unsafe"). */
function gapped(ctx: Doc, v: number): boolean {
  const short = shortReport(ctx, v);
  return short === "gap" || short === "aside";
}

/** A gapped report's content of two words is whole: "which officials said was unsafe" (rules.shortObject). */
export function gapObject(ctx: Doc, v: number, a: number, b: number): boolean {
  return a === v + 1 && b - a === 2 && gapped(ctx, v);
}

/**
 * "The bridge that officials said was unsafe will close in May.": a gapped report inside its sentence ends before the
 * main clause's auxiliary, a word or two after its own (rules.reportTail).
 */
export function gapTail(ctx: Doc, a: number, b: number): number {
  const { toks } = ctx;
  if (a < 1 || !GAP_AUX.has(toks[a].lw) || !LOOSE_VERBS.has(toks[a - 1].lw) || !gapped(ctx, a - 1)) return b;
  const aux = (j: number) => GAP_AUX.has(toks[j]?.lw ?? "") || MODAL_GAP.has(toks[j]?.lw ?? "");
  for (let j = a + 2; j < b && j <= a + 3; j++) {
    // "The bridge, which he said was unsafe, will close": the relative clause's closing comma.
    if (toks[j].t === "," && aux(j + 1)) return j;
    if (!toks[j].word) break;
    if (aux(j) && !CONJ.has(toks[j - 1].lw)) return j;
  }
  return b;
}

/** "about what they said": a "what" inside the sentence, then a subject of a few words, before the verb v. */
function whatBefore(ctx: Doc, v: number): boolean {
  const { toks } = ctx;
  for (let k = v - 1; k >= 1 && k >= v - 4; k--) {
    if (toks[k].lw === "what") return k < v - 1 && !toks[k].sent && toks[k - 1].word;
    if (!toks[k].word || isVerb(ctx, k)) break;
  }
  return false;
}

/** The copula after "what X said": the report is what follows it. */
const COPULA = new Set(["was", "is", "were", "are"]);
/** Modals that may follow a relative clause's "say": "which Democrats say could help". */
const MODAL_GAP = new Set(["could", "might", "may", "should", "can", "must"]);

/** A lower-case -ing word that opens no clause of its own ("…, taking a step toward …"); English only. */
export function participleAt(ctx: Doc, k: number): boolean {
  const t = ctx.toks[k];
  return !!t?.word && !t.cap && t.lw.length > 4 && t.lw.endsWith("ing") && ctx.toks[k + 1]?.word === true;
}

/** Words that open an aside between a subject and its verb: "X, in contrast, told …", "The firm, meanwhile, said …". */
const ASIDE_OPEN = new Set(["in", "for", "at", "on", "by", "like", "unlike", "after", "before", "meanwhile", "however",
  "too", "also", "though", "instead", "then", "now", "later", "separately", "likewise", "similarly", "nevertheless"]);
/** How many words the aside may hold. */
const MAX_ASIDE = 4;

/**
 * "Paul Gates, in contrast, told AP …", "The company, meanwhile, said …" (English): the subject before an
 * aside set off by commas right before the verb; the aside opens with a preposition or a linking adverb
 * and holds no verb.
 */
export function asideSubject(ctx: Doc, v: number): Speaker | undefined {
  const { toks } = ctx;
  if (toks[v - 1]?.t !== ",") return undefined;
  for (let c = v - 2; c >= 0 && c >= v - 2 - MAX_ASIDE; c--) {
    const t = toks[c];
    if (t.t === ",") return c < v - 2 && ASIDE_OPEN.has(toks[c + 1].lw) ? subjectBackward(ctx, c) ?? nounPhraseBefore(ctx, c) : undefined;
    if (!t.word || t.sent || isVerb(ctx, c)) return undefined;
  }
  return undefined;
}

/** How far back from "and" the first verb's subject may stand. */
const MAX_CONJOINED = 25;

/**
 * "Sanders claimed momentum and argued he is …" (English): the subject of a second verb after "and"/"but"
 * is the nearest name or pronoun before it that opens a clause and that a past or present verb follows
 * ("Sanders claimed"), adverbs and auxiliaries aside; none when a semicolon or a colon comes first.
 */
export function conjoinedVerbSubject(ctx: Doc, v: number, s0: number): Speaker | undefined {
  const { toks, lex } = ctx;
  let c = v - 1;
  if (c > 0 && lex.auxiliaries.has(toks[c].lw)) c--;
  if (!CONJ.has(toks[c]?.lw ?? "")) return undefined;
  for (let i = c - 1; i >= s0 && i >= c - MAX_CONJOINED; i--) {
    const t = toks[i];
    if (t.t === ";" || t.t === ":") return undefined;
    const mi = ctx.mentionAt[i];
    const starts = mi >= 0 ? ctx.ents.mentions[mi].a === i && ctx.ents.mentions[mi].entity.kind !== "place" : lex.pronouns.has(t.lw);
    // The subject opens its clause: "after Obama called …", "…, Sanders claimed …", not "called Wall Street bankers".
    const p = toks[i - 1];
    if (!starts || i > s0 && p && p.word && !lex.subordinators.has(p.lw) && !CONJ.has(p.lw) && !PHRASE_STOP.has(p.lw) && !p.sent) continue;
    const x = subjectAt(ctx, i, v);
    if (!x || x.end >= c) continue;
    let k = x.end;
    while (k < c && (lex.auxiliaries.has(toks[k].lw) || endsIn("ly", toks[k].lw) && !toks[k].cap)) k++;
    const w = toks[k];
    if (k < c && w.word && !w.cap && (/(?:ed|[^s]s)$/.test(w.lw) || lex.irregularPast.has(w.lw)) && !lex.determiners.has(w.lw)) return x.speaker;
  }
  return undefined;
}

/** Prepositions and subordinators before a participle that reports: "after saying", "by saying", "while insisting". */
const PARTICIPLE_PREP = new Set(["after", "before", "while", "when", "since", "by", "without", "in"]);

/**
 * "Sanders, after initially saying he would not …, took …", "Sanders began by saying he …" (English): a
 * participle after a preposition reports for the name or pronoun that opens the sentence, when a verb of
 * its own follows that subject (or a comma sets the participle off).
 */
export function prepositionParticipleSubject(ctx: Doc, v: number, s0: number): Speaker | undefined {
  const { toks } = ctx;
  if (!toks[v].lw.endsWith("ing")) return undefined;
  let p = v - 1;
  if (p > 0 && endsIn("ly", toks[p].lw) && !toks[p].cap) p--;
  if (!PARTICIPLE_PREP.has(toks[p]?.lw ?? "") || p <= s0) return undefined;
  const open = subjectAt(ctx, OPENERS.has(toks[s0].lw) && s0 + 1 < p ? s0 + 1 : s0, v);
  if (!open || open.end > p || !open.speaker.entity && !open.speaker.pronoun) return undefined;
  const next = toks[open.end];
  // "Sanders, after …" (the comma) or "Sanders began by …" (a verb between).
  return next && (next.t === "," && open.end === p - 1 || next.word && !next.cap) ? open.speaker : undefined;
}
