// The subject whose phrase ends right before a reporting verb: a name (past an apposition, a parenthesis,
// a medium aside or an affiliation), a role description or pronoun resolved forward, or a described
// source ("A news report published Wednesday said"). subjectBackward and nounPhraseBefore call each other.
import { openingDash } from "./dash-aside";
import type { Speaker } from "../types";
import { channelObjectSubject, phraseSpeaker } from "./described";
import { describedBeforeRelative, describedOwner, namedApposition, phraseEndingAt } from "./described-subject";
import { describedSpeaker, speakerOf, type Doc } from "./doc";
import { incidentalEndingAt } from "./incidentals";
import type { Topic } from "./resolve/salience";
import { pastFrontedPhrase, sentenceOpening } from "./sentences";
import { sourcePrepAt } from "./source-prep";
import { memberAside } from "./asides";
import { cleftSubject, relativeAntecedent, relativeObjectOf } from "./relative-subject";
import { relativeClauseHead, resolveSubject, subjectAt } from "./resolve/subject";
import { affiliationEnd, subjectPhraseAt } from "./subject-phrase";
import { bareSingularNoun, commaInVerb, mannerAdverb, MAX_PAREN, modifiedBareNoun, parenEnd, pastShortOpening } from "./subject-words";
import { isVerb } from "./verbs";
import { isDemonym } from "../lexicon/gazetteer";
import { CLITICS, OBJECT_CLITICS, REFLEXIVE } from "../lexicon/fr/quotes";
import { CONJ, FUNCTION_HEAD, APPOSITION_OPENER, SUBJECT_BREAK, PHRASE_END, PREPOSITION, QUANTIFIER } from "../lexicon/quote-words";
import { endsIn } from "../text/chars";
import { AUXILIARY, COMPLEMENTIZER, DETERMINER, NAMING_VERB, PRONOUN } from "./word-bits";
import { tokAt } from "../text/tokenize";

/** How many tokens an opening adverbial before the subject may hold. */
const MAX_OPENING = 20;

/** The subject whose noun phrase ends just before token v (skipping auxiliaries); a pronoun takes up `topic` first (resolve/salience.ts). */
export function subjectBackward(ctx: Doc, v: number, topic?: Topic): Speaker | undefined {
  const { toks, facts } = ctx;
  let k = ctx.rules.skipModal(ctx, v - 1);
  // "had initially welcomed": an adverb right after an auxiliary is skipped with it ("the family said" keeps its noun).
  while (k >= 0) {
    // "X s'est quant à lui dit": an incidental phrase between the subject and its verb.
    const inc = incidentalEndingAt(ctx, k);
    if (inc >= 0) k = inc - 1;
    // "X, a de son côté, déclaré que": commas set inside the verb group (see commaInVerb).
    else if (toks[k].t === "," && commaInVerb(ctx, k, v)) k--;
    else if ((facts[k] & AUXILIARY) !== 0 || CLITICS.has(toks[k].lw) ||
      OBJECT_CLITICS.has(toks[k].lw) && (ctx.facts[v] & NAMING_VERB) !== 0 && (k + 1 === v || (ctx.facts[k + 1] & AUXILIARY) !== 0) ||
      endsIn("ly", toks[k].lw) && !toks[k].cap && k > 0 && ((ctx.facts[k - 1] & AUXILIARY) !== 0 || mannerAdverb(ctx, k))) k--;
    else break;
  }
  if (k < 0) return undefined;
  // "…avec Arnaud Morel, le ministre de l'Industrie, qui a déclaré que": the relative's antecedent.
  if (toks[k].lw === "qui" && toks[k - 1]?.t === ",") {
    const ante = relativeAntecedent(ctx, k - 1);
    if (ante) return ante;
  }
  if (toks[k].lw === "qui") { const cleft = cleftSubject(ctx, k); if (cleft) return cleft; }
  // "Samsung Electronics Co. said": the abbreviation's period, when no sentence starts at the verb.
  if (toks[k].t === "." && k > 0 && !toks[v].sent && !toks[v].cap && ctx.mentionAt[k - 1] >= 0 && toks[k - 1].e === toks[k].s) k--;
  // "Sen. Bernie Sanders (Vt.) said", "Marco Rubio (R-Fla.) has said": a short parenthesis after the name.
  if (toks[k].t === ")") {
    let o = k - 1;
    while (o > 0 && k - o <= MAX_PAREN && toks[o].t !== "(" && toks[o].t !== ")" && !toks[o].nl) o--;
    if (toks[o]?.t === "(" && k - o <= MAX_PAREN && o > 0) {
      k = o - 1;
      while (k >= 0 && ((ctx.facts[k] & AUXILIARY) !== 0 || CLITICS.has(toks[k].lw))) k--;
      if (k < 0) return undefined;
    }
  }
  // "le ministre …, Wang Yi, avait assuré": the apposition's closing comma.
  // A place before that comma ends an apposition ("X, a senator from Vermont, said"): not the subject.
  // "Will Young, a mechanic and an organizer at Railroad Workers United, said" / "Sarah Buckley, who
  // attended …, played …, said": the name that opens the sentence, not the last one of its apposition.
  // "X, interrogé sur France Inter, a déclaré": the medium of a participial aside is not the subject.
  // "Un responsable cité par l'agence X a indiqué": the medium named after "cité par" is not the subject either.
  k = ctx.rules.skipMediumAside(ctx, k);
  if (toks[k].t === ",") {
    const head = appositionHead(ctx, k) ?? subjectBeforeAsides(ctx, k, v) ?? describedBeforeRelative(ctx, k);
    if (head) return head;
  }
  if (toks[k].t === "," && k > 0 && ctx.mentionAt[k - 1] >= 0) {
    if (ctx.ents.mentions[ctx.mentionAt[k - 1]].entity.kind === "place") return undefined;
    k--;
  }
  // "X welcomed the plan but warned that …": the subject of the first clause.
  if (CONJ.has(toks[k].lw)) {
    let s = k;
    while (s > 0 && !toks[s].sent) s--;
    // "Lors de son discours mardi, le ministre X a … , mais a …": the subject after an opening adverbial's comma.
    if (!subjectPhraseAt(ctx, s)) s = pastFrontedPhrase(ctx, s, k, MAX_OPENING);
    if (!subjectPhraseAt(ctx, s) && subjectPhraseAt(ctx, pastShortOpening(ctx, s, k))) s = pastShortOpening(ctx, s, k);
    const p = subjectPhraseAt(ctx, s);
    // "As the crowd chanted, X was joined on stage by Y and joked": else the name that opens the first verb's clause.
    return p && p.end < k ? namedApposition(ctx, resolveSubject(ctx, s, p)).speaker : ctx.rules.conjoinedVerbSubject(ctx, v, s);
  }
  const mi = ctx.mentionAt[k];
  if (mi >= 0) {
    const m = ctx.ents.mentions[mi];
    // "le ministre qui a reçu Amir Hatami lui a proposé": the object of a relative clause is no subject.
    const rel = relativeObjectOf(ctx, m.a);
    if (rel >= 0) return subjectBackward(ctx, rel, topic);
    const owner = describedOwner(ctx, k);
    if (owner) return owner;
    const head = relativeClauseHead(ctx, m.a);
    if (head) return head;
    // "Jingyi Pan of IG said": the person before "of/at/from", not the organisation.
    if (m.entity.kind !== "person" && m.a >= 2) {
      for (let d = 2; d <= 3 && m.a - d >= 0; d++) {
        const pi = ctx.mentionAt[m.a - d];
        if (pi < 0) continue;
        const p = ctx.ents.mentions[pi];
        if (p.entity.kind === "person" && affiliationEnd(ctx, p.b) === m.b) return speakerOf(p.entity, ctx, p.a, p.b);
        break;
      }
    }
    return speakerOf(m.entity, ctx, m.a, m.b);
  }
  // A role phrase or pronoun ending at k: walk back to its start (≤ 8 tokens) and resolve it forward.
  // The longest phrase wins: "the spokesman for the board said" is the spokesman's, not the board's.
  // Only the phrase that ends at k is resolved (resolving pronouns and roles is the costly part).
  const found = phraseEndingAt(ctx, k);
  const owned = found?.p.kind === "role" ? ownedSource(ctx, found.s, k) : undefined;
  if (owned) return owned;
  if (found && (bareSingularNoun(ctx, found.s, k) || found.p.kind === "role" && modifiedBareNoun(ctx, found.s, k))) return undefined;
  const rel = found ? relativeObjectOf(ctx, found.s) : -1;
  if (rel >= 0) return subjectBackward(ctx, rel, topic);
  // "le ministre … qui a reçu son homologue iranien lui a proposé": a relative clause's object is no subject.
  const head = found && relativeClauseHead(ctx, found.s);
  if (head) return head;
  // "Her office issued a statement saying …": the sentence's subject, not the statement.
  const owner = found?.p.kind === "role" ? channelObjectSubject(ctx, found.s, k, v) : undefined;
  return owner ?? (found && resolveSubject(ctx, found.s, found.p, found.s, topic).speaker);
}

/**
 * "Mayor Ortiz's office said", "Paul Grant's campaign said": a source noun alone after a named owner's possessive
 * is the described source with its owner ("Mayor Ortiz's office"), never the bare noun ("office").
 */
function ownedSource(ctx: Doc, s: number, k: number): Speaker | undefined {
  const { toks } = ctx;
  const p = s - 1;
  if (s !== k || p < 0 || !/['’]s$/.test(toks[p].lw) || !ctx.lex.data.sourceNouns.includes(toks[k].lw)) return undefined;
  const mi = ctx.mentionAt[p];
  if (mi < 0 || ctx.ents.mentions[mi].entity.kind === "place") return undefined;
  let a = ctx.ents.mentions[mi].a;
  // The title before the name belongs to the owner ("Mayor Ortiz's office").
  while (a > 0 && toks[a - 1].cap && !toks[a].sent && (ctx.lex.roleNouns.has(toks[a - 1].lw) || ctx.lex.honorifics.has(toks[a - 1].lw))) a--;
  const start = toks[a].s, end = toks[k].e;
  return describedSpeaker(ctx, start, end);
}

/** How many tokens an aside between a subject and its verb may hold, and how many asides may follow each other. */
const MAX_ASIDE = 14;
const MAX_ASIDES = 2;

/**
 * French news: the subject before one or two asides set off by commas, with no verb inside them: "Le secrétaire
 * général, encore en fonction jusqu'en mars, demande …" (the role that opens the sentence), "…, Timor Goksel,
 * aujourd'hui professeur à l'université de Beyrouth, a indiqué que …" (the person named before the aside).
 * Not before an inverted cue ("…, a déclaré le maire"), whose subject follows the verb.
 */
function subjectBeforeAsides(ctx: Doc, k: number, v: number): Speaker | undefined {
  const { toks, lex } = ctx;
  if (!lex.data.subjectAsides) return undefined;
  const next = toks[v + 1];
  // (A relative clause right before the verb's comma leaves no room for an inverted subject: "La CGT, qui …, réclame l'arrêt …".)
  // (Nor after an English participle's aside: "Gov. Ann Lee, hoping to win, called Obama …" inverts nothing.)
  const participle = participleAsideBefore(ctx, k);
  if ((!next || next.cap || lex.determiners.has(next.lw) && !relativeAsideBefore(ctx, k)) && !participle) return undefined;
  // The press's tenses only: "Pauline, ne voulant pas …, exigea que" narrates; "X, rongé de …, se disait que" thinks.
  if (/(?:[^éiu]a|èrent|irent|urent)$/.test(toks[v].lw) || REFLEXIVE.test(toks[v - 1]?.lw ?? "")) return undefined;
  // "Le maire, Paul Durand, a annoncé": a name right before the comma is the subject (see subjectBackward).
  const named = k > 0 ? ctx.mentionAt[k - 1] : -1;
  if (named >= 0 && ctx.ents.mentions[named].entity.kind === "person") return undefined;
  let c = k;
  let after = k;
  // (One step more than MAX_ASIDES for a source or fronted phrase that opens the sentence, below.)
  for (let n = 0; n <= MAX_ASIDES; n++) {
    let o = c - 1;
    while (o > 0 && c - o <= MAX_ASIDE && toks[o].t !== "," && (toks[o].word || toks[o].t === "'" || toks[o].t === "-") && !isVerb(ctx, o) && !toks[o].sent) o--;
    // "Tom Reyes, speaking from his porch, explained:": a participle that opens the aside is no verb of the sentence.
    if (o > 0 && o < c - 1 && isVerb(ctx, o) && endsIn("ing", toks[o].lw) && toks[o - 1].t === ",") o--;
    // (One word may open the sentence before a participle's aside: "Others, reacting to the delay, shouted".)
    if (o === c - 1 && !(participle && n > 0 && toks[o].word && (toks[o].sent || o === 0)) || isVerb(ctx, o)) return undefined;
    if (toks[o].t !== ",") {
      // The aside reaches the sentence's start: what opens it, up to the first comma, is the subject phrase.
      if (!toks[o].sent && o !== 0 || n === 0) return undefined;
      // "Selon l'AFP, la CGT, principal syndicat …, a affirmé": a source or a fronted phrase opens the sentence,
      // and the subject phrase is the one after its comma.
      const opener = n > 1 && (!!sourcePrepAt(ctx, o) || pastFrontedPhrase(ctx, o, after, MAX_OPENING) === c + 1);
      if (n === MAX_ASIDES && !opener) return undefined;
      const s = opener ? c + 1 : o;
      const p = subjectPhraseAt(ctx, s);
      if (!p && s === o && participle) {
        // "Others, reacting to …, shouted": a described source that no role noun heads, filling the words before the comma.
        const d = nounPhraseBefore(ctx, c, 1);
        return d?.mention?.start === toks[s].s ? d : undefined;
      }
      return p && p.kind !== "pronoun" && pastDemonyms(ctx, p.end) === (s === o ? c : after) ? resolveSubject(ctx, s, p).speaker : undefined;
    }
    if (n === MAX_ASIDES) return undefined;
    const mi = o > 0 ? ctx.mentionAt[o - 1] : -1;
    if (mi >= 0 && ctx.ents.mentions[mi].entity.kind === "person") {
      const m = ctx.ents.mentions[mi];
      return speakerOf(m.entity, ctx, m.a, m.b);
    }
    after = c;
    c = o;
  }
  return undefined;
}

/** "le Conseil national syrien, …": past the lower-case nationality adjectives after a subject's name, from token e. */
function pastDemonyms(ctx: Doc, e: number): number {
  let k = e;
  while (k < ctx.toks.length && ctx.toks[k].word && !ctx.toks[k].cap && isDemonym(ctx.toks[k].lw)) k++;
  return k;
}

/** Whether the aside that ends at the comma k opens with a participle after its own comma: "X, speaking on condition of anonymity, said". */
function participleAsideBefore(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  let o = k - 1;
  while (o > 0 && k - o <= MAX_ASIDE && toks[o].t !== "," && !toks[o].sent) o--;
  return toks[o]?.t === "," && ctx.rules.participleAt(ctx, o + 1);
}

/** Whether the aside that ends at the comma k opens with a relative pronoun after its own comma: "X, qui regroupe …, réclame". */
function relativeAsideBefore(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  let o = k - 1;
  while (o > 0 && k - o <= MAX_ASIDE && toks[o].t !== "," && !toks[o].sent) o--;
  return toks[o]?.t === "," && (toks[o + 1]?.lw === "qui" || toks[o + 1]?.lw === "dont");
}

/**
 * A described source before the verb when no name or role is there: "A news report published
 * Wednesday said", "Several cast members said", "Sanders, a senator from Vermont, said".
 */
export function nounPhraseBefore(ctx: Doc, v: number, depth = 0): Speaker | undefined {
  const { toks, lex, facts } = ctx;
  let k = v - 1;
  // Auxiliaries and adverbs before the verb ("officials quickly said"); "The family said" keeps its noun.
  while (k >= 0 && ((facts[k] & AUXILIARY) !== 0 || lex.morph.lyAdverbs && endsIn("ly", toks[k].lw) && !toks[k].cap &&
    k > 0 && (facts[k - 1] & DETERMINER) === 0 && !/['’]s$/.test(toks[k - 1].lw))) k--;
  if (k < 0) return undefined;
  // "X, who said …": the relative pronoun stands for the name before its comma.
  if ((toks[k].lw === "who" || toks[k].lw === "qui") && toks[k - 1]?.t === ",") return subjectBackward(ctx, k);
  // "a growing list of veteran MPs who say …": the noun phrase the relative clause hangs on.
  if (toks[k].lw === "who" && depth === 0) return subjectBackward(ctx, k) ?? nounPhraseBefore(ctx, k, 1);
  // "Insiders in two states — Nevada and South Carolina — said": the subject stands before the opening dash.
  const dash = depth === 0 ? openingDash(ctx, k) : -1;
  if (dash > 0) return subjectBackward(ctx, dash) ?? nounPhraseBefore(ctx, dash, 1);
  if (toks[k].t === "," && depth === 0) {
    // An apposition, a relative clause or members named in a "dont" aside ("Les syndicats, dont la CGT, ont …"): the subject is before its opening comma.
    for (let c = k - 1; c >= 0 && c > k - 30; c--) {
      // An apposition holds no dash and no verb: "MIRAMICHI, N.B. — Justin Trudeau is warning …, suggesting" is a dateline and a clause.
      if (toks[c].t === "—" || toks[c].t === "–" || (ctx.facts[c] & AUXILIARY) !== 0 && lex.shapes.auxiliaryEndsApposition) return undefined;
      if (toks[c].t === ",") {
        const first = toks[c + 1];
        const appositive = lex.determiners.has(first.lw) || first.cap || lex.speakerNouns.has(first.lw) ||
          first.lw === "who" || first.lw === "qui" || memberAside(ctx, c + 1, k);
        return appositive && !lex.auxiliaries.has(first.lw) ? subjectBackward(ctx, c) ?? nounPhraseBefore(ctx, c, 1) : undefined;
      }
      if (toks[c].sent || toks[c].nl || toks[c].t === "." || toks[c].t === ";") break;
    }
    return undefined;
  }
  let a = k;
  // French novels chain long clauses without commas: there the phrase stays short.
  const max = lex.shapes.wordsBeforeVerb;
  for (let n = 0; a >= 0 && n < max; n++, a--) {
    const t = toks[a];
    // A verb form after a determiner is a noun: "the report said".
    const noun = a > 0 && (facts[a - 1] & DETERMINER) !== 0;
    if (!t.word || isVerb(ctx, a) && !noun || (facts[a] & COMPLEMENTIZER) !== 0 || lex.subordinators.has(t.lw) ||
      SUBJECT_BREAK.has(t.lw)) { a++; break; }
    if (t.sent) break;
  }
  if (a < 0) a = 0;
  if (a > k) return undefined;
  // "The party faces a growing list of members who say": a determiner after a verb-like word opens the phrase.
  for (let j = k; j > a && lex.shapes.determinerOpensPhrase; j--) {
    if ((ctx.facts[j] & DETERMINER) !== 0 && !PREPOSITION.has(toks[j - 1].lw) && (ctx.facts[j - 1] & DETERMINER) === 0) { a = j; break; }
  }
  // "Police had last month charged", "The department has already warned": the phrase ends before them.
  for (let j = a + 1; j <= k; j++) {
    const w = toks[j].lw;
    const day = (w === "late" || w === "early") && PHRASE_END.has(toks[j + 1]?.lw ?? "");
    if ((ctx.facts[j] & AUXILIARY) !== 0 || PHRASE_END.has(w) || day || /n['’]t$/.test(w) || lex.morph.lyAdverbs && j < k && endsIn("ly", w) && !toks[j].cap && w.length > 4) { k = j - 1; break; }
  }
  // "A court document filed Thursday says": a participle left at the end after the time word goes too.
  if (k > a + 1 && lex.morph.edPast && endsIn("ed", toks[k].lw) && !toks[k].cap && k < v - 1) k--;
  // A pronoun is no head of a description ("a declaration ensuring they …").
  if ((facts[k] & PRONOUN) !== 0 && a < k) return undefined;
  // "received expert reports": a lone noun right after a past verb is that verb's object's modifier, not a subject.
  const pv = tokAt(toks, k - 1);
  if (lex.morph.edPast && pv && !pv.cap && (endsIn("ed", pv.lw) || lex.irregularPast.has(pv.lw)) && (ctx.facts[k - 2] & DETERMINER) === 0) return undefined;
  const first = toks[a];
  const head = toks[k];
  // "but forecasters say …": a bare plural noun after a conjunction is the subject.
  const barePlural = a === k && !first.cap && lex.morph.sPlurals && /[^s'’]s$/.test(first.lw) && first.lw.length > 3;
  const opens = (facts[a] & DETERMINER) !== 0 || first.cap || /^\d/.test(first.t) || barePlural || QUANTIFIER.test(first.lw) ||
    bareDescription(ctx, a, k);
  if (!opens || head.lw.length < 2 || (facts[k] & DETERMINER) !== 0 || FUNCTION_HEAD.test(head.lw)) return undefined;
  // A capitalised sentence opener that is not a name ("However said", "On Sunday …") is no subject.
  // A role noun may open a headline on its own: "Vice-president says …", "Witness says …".
  // (Asked last, and without splitting the word: most phrases do not open a sentence.)
  if (first.sent && ctx.mentionAt[a] < 0 && !QUANTIFIER.test(first.lw) && (a === k || lex.notNames.has(first.lw) && (facts[a] & DETERMINER) === 0) &&
    !lex.speakerNouns.has(first.lw.slice(first.lw.lastIndexOf("-") + 1))) return undefined;
  // "The data suggests …": evidence is no source.
  if (lex.evidenceNouns.has(head.lw)) return undefined;
  return channelObjectSubject(ctx, a, k, v) ?? phraseSpeaker(ctx, a, k + 1);
}

/**
 * "…, city officials said.", "health officials say …": a bare description of two or three lower-case words whose last
 * is a source noun in the plural (English: a noun's modifiers stand before it, and a bare plural needs no determiner),
 * unless it closes a list.
 */
function bareDescription(ctx: Doc, a: number, k: number): boolean {
  const { toks, lex } = ctx;
  const head = toks[k].lw;
  if (!lex.morph.sPlurals || a >= k || k - a > 2 || !lex.speakerNouns.has(head) || !/[^s'’]s$/.test(head)) return false;
  // "bakers, farmers and shop owners who say": the last member of a list is no subject of its own.
  if (CONJ.has(toks[a - 1]?.lw ?? "")) return false;
  for (let j = a; j < k; j++) {
    const t = toks[j];
    if (!t.word || t.cap || lex.pronouns.has(t.lw) || lex.determiners.has(t.lw) || FUNCTION_HEAD.test(t.lw) || PREPOSITION.has(t.lw)) return false;
  }
  return true;
}

/** How far back an apposition's head may be, in tokens. */
const MAX_APPOSITION = 40;

/**
 * The named subject that opens the sentence when an apposition or relative clause follows it and
 * ends at the comma k: "X, a senator from Vermont," / "X, who …," / "X, the … with Y,".
 */
function appositionHead(ctx: Doc, k: number): Speaker | undefined {
  const { toks, lex } = ctx;
  let s = sentenceOpening(toks, k, MAX_APPOSITION);
  if (s < 0) return undefined;
  // "And Sen. Rob Portman (R-Ohio), another incumbent, said": a conjunction opening the sentence is skipped.
  if (CONJ.has(toks[s].lw) && s + 1 < k) s++;
  // "The director of the European Centre, Ina Kirsch, told": a described head is named by its apposition.
  if ((ctx.facts[s] & DETERMINER) !== 0) return undefined;
  const subj = subjectAt(ctx, s, s);
  if (!subj || subj.end >= k || subj.speaker.pronoun || !subj.speaker.entity) return undefined;
  const mi = ctx.mentionAt[subj.end - 1];
  // A short parenthesis after the name: "Rob Portman (R-Ohio), …".
  const comma = parenEnd(ctx, subj.end);
  if (toks[comma]?.t !== "," || comma >= k) return undefined;
  if (mi < 0 || ctx.ents.mentions[mi].entity.kind === "place") return undefined;
  const first = toks[comma + 1];
  if (!first?.word) return undefined;
  const second = toks[comma + 2];
  const appositive = lex.determiners.has(first.lw) || lex.speakerNouns.has(first.lw) || (!!second && lex.speakerNouns.has(second.lw)) || APPOSITION_OPENER.test(first.lw) ||
    /^\d/.test(first.t) || (first.cap && !isVerb(ctx, comma + 1)) || ctx.rules.subjectAside(ctx, comma + 1, k);
  return appositive ? subj.speaker : undefined;
}
