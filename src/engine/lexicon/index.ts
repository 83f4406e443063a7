// Compiles the per-language data tables into lookup structures, once per language
// (and once more per set of user-added verbs).
import type { Lang } from "../types";
import { englishForms, frenchForms } from "./conjugate";
import { normApostrophe } from "./apostrophes";
import { WORD_LISTS } from "./data/word-lists.generated";
import { VERB_FORMS } from "./data/verb-forms.generated";
import { en } from "./en";
import { fr } from "./fr";
import type { LexiconData, Morphology, PhraseShapes } from "./types";
import type { ReportFrame, VerbForms } from "./verb-forms";

export type { ReportFrame } from "./verb-forms";

export const LEXICON_DATA: Record<Lang, LexiconData> = { fr, en };

/** "faire état|de+np" → the forms of "faire"'s table entry (conjugated at build time: VerbForms.frameForms), each with
 *  its frame (parsed at build time: VerbForms.frames). */
function compileFrames(forms: VerbForms): Map<string, ReportFrame[]> {
  const out = new Map<string, ReportFrame[]>();
  forms.frames.forEach((frame, i) => {
    for (const f of forms.frameForms[i]) out.set(f, [...out.get(f) ?? [], frame]);
  });
  return out;
}

export interface Lexicon {
  lang: Lang;
  data: LexiconData;
  /** LexiconData.morphology, every flag a boolean. */
  morph: Required<Morphology>;
  /** LexiconData.titleModifiers as sets (reach 0 when the language leaves it out). */
  titleModifiers: { reach: number; stops: Set<string>; atSentenceStart: Set<string>; nounsAlsoVerbs: Set<string> };
  /** LexiconData.phraseShapes, every fact set (false, or 8 words before a verb, when absent). */
  shapes: Required<PhraseShapes>;
  /** LexiconData.incidentalPhrases' ages, short asides' words, medium participles (with their agreements) and time words. */
  ageUnits: Set<string>;
  asideWords: Set<string>;
  mediumAsides: Set<string>;
  timeWords: Set<string>;
  /** LexiconData.clauseOpeners, portfolioPrepositions, finiteAfterComplementizer, clausePronouns, in lower case. */
  clauseOpeners: Set<string>;
  portfolioPrepositions: Set<string>;
  finiteAfterComplementizer: Set<string>;
  clausePronouns: Set<string>;
  /** LexiconData.genderedDeterminers. */
  genderedDeterminers: Map<string, "m" | "f">;
  /** Every inflected form of a reporting verb, lower-case, apostrophes as "'". */
  verbForms: Set<string>;
  /** Reporting verbs' infinitives that are no finite form ("mettre", "répondre"): never an incise's verb.
   *  Empty in English, whose base form is also a present ("they say"). */
  infinitives: Set<string>;
  /** Shapes of verbForms (see mayHaveShape): most words fail this before the hash lookup. */
  verbShapes: Uint8Array;
  /** Forms of verbs used pronominally in French ("félicité" of "se féliciter"). */
  pronominalForms: Set<string>;
  complementizers: Set<string>;
  /** Forms of the verbs that take a bare reported clause ("said the plan failed"). */
  bareClauseForms: Set<string>;
  /** Forms of the verbs whose object is the reported content ("denied the charges"). */
  objectForms: Set<string>;
  /** Forms of the verbs whose object is a report only with quoted words in it ("blamed “far-left activists”"). */
  quotedObjectForms: Set<string>;
  /** Forms of the verbs of belief: a report only with quoted words in the clause. */
  beliefForms: Set<string>;
  /** Verb form → the particle it needs before its content ("called" → "for" of "call for"). */
  objectParticle: Map<string, Set<string>>;
  subordinators: Set<string>;
  honorifics: Map<string, "m" | "f" | undefined>;
  roleNouns: Map<string, "m" | "f" | undefined>;
  /** Role nouns plus descriptors: every noun that can head a speaker description. */
  speakerNouns: Map<string, "m" | "f" | undefined>;
  pronouns: Map<string, "m" | "f" | "pl" | "x">;
  determiners: Set<string>;
  notNames: Set<string>;
  particles: Set<string>;
  auxiliaries: Set<string>;
  /** Source prepositions split into lower-case word sequences. */
  sourcePreps: string[][];
  /** Source prepositions (words joined by a space) after which a description is a source too. */
  describedSourcePreps: Set<string>;
  /** Forms of the verbs of request ("demande", whose "de" + infinitive is what was asked) and of the verbs whose
   *  quoted complement after a preposition is what was said ("ironise sur « … »"). */
  requestForms: Set<string>;
  prepositionalForms: Set<string>;
  /** Forms of the verbs whose content may be an infinitive ("vowed to …"). */
  infinitiveForms: Set<string>;
  /** Forms of the verbs that report an addressee and an infinitive ("asked voters to …"). */
  addresseeForms: Set<string>;
  /** Verb forms that report only right before a complementizer ("states that …"). */
  nounLikeVerbForms: Set<string>;
  /** Participles that report their object after a comma ("…, citing …"). */
  participleReports: Set<string>;
  irregularPast: Set<string>;
  /** Nouns that report their possessor's words before a complementizer ("X's claim that"). */
  reportNouns: Set<string>;
  /** LexiconData.reportCueWords, as written. */
  reportCueWords: Set<string>;
  /** First words of sourcePreps, with and without a final apostrophe ("d'" and "d"). */
  sourcePrepFirst: Set<string>;
  /** Shapes of sourcePrepFirst (see mayHaveShape). */
  sourcePrepShapes: Uint8Array;
  continuation: string[][];
  /** Incidental phrases split into lower-case words, longest first. */
  incidentals: string[][];
  /** First and last words of the incidental phrases: most tokens are neither, and are rejected at once. */
  incidentalFirst: Set<string>;
  incidentalLast: Set<string>;
  interviewCues: string[][];
  interviewerCues: string[][];
  /** Lower-case openings of an editor's note that ends an interview. */
  interviewNotes: string[];
  linkLabels: string[][];
  titleCues: Set<string>;
  evidenceNouns: Set<string>;
  channelNouns: Set<string>;
  namingVerbs: Set<string>;
  /** Verb form → its report frames (see LexiconData.reportFrames). */
  frames: Map<string, ReportFrame[]>;
  /** Forms of the verbs that report only through a frame (no reporting verb otherwise): "parle" of "parler|de+np". */
  frameOnlyForms: Set<string>;
  questionVerbs: Set<string>;
  questionWords: Set<string>;
  grantVerbs: Set<string>;
  grantObjects: Set<string>;
}

const cache = new Map<string, Lexicon>();

export function lexiconFor(lang: Lang, extraVerbs: readonly string[] = []): Lexicon {
  const key = lang + "\u0000" + extraVerbs.join("\u0001");
  let lex = cache.get(key);
  if (!lex) {
    lex = compile(LEXICON_DATA[lang], lang, extraVerbs);
    if (cache.size > 16) cache.clear();
    cache.set(key, lex);
  }
  return lex;
}

export { normApostrophe } from "./apostrophes";

/**
 * A word's shape: its length (capped) and the low bits of its first and last char codes. A table of
 * the shapes of a word set rejects most other words with one array read, before a string hash lookup
 * (the quote finders test every token against a few sets). It never rejects a member.
 */
function shapeOf(w: string): number {
  return ((w.length < 31 ? w.length : 31) * 64 + (w.charCodeAt(0) & 63)) * 64 + (w.charCodeAt(w.length - 1) & 63);
}

function shapeTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(32 * 64 * 64);
  for (const w of words) table[shapeOf(w)] = 1;
  return table;
}

/** False when no word of the table's set has w's shape (so w is not in the set); true means maybe. */
export function mayHaveShape(table: Uint8Array, w: string): boolean {
  return table[shapeOf(w)] === 1;
}

function compile(d: LexiconData, lang: Lang, extra: readonly string[]): Lexicon {
  // The tables' verb forms come conjugated at build time (verb-forms.ts); a user's extra verbs here.
  const forms = VERB_FORMS[lang];
  const verbForms = new Set(forms.verbForms);
  const inflect = lang === "fr" ? frenchForms : englishForms;
  for (const lemma of extra) {
    const bare = normApostrophe(lemma.toLowerCase()).replace(/^s'|^se /, "");
    for (const f of inflect(bare)) verbForms.add(f);
    for (const f of d.irregularForms?.[bare] ?? []) verbForms.add(f);
  }
  const infinitives = new Set(forms.infinitives);
  const pronominalForms = new Set(forms.pronominalForms);
  const bareClauseForms = new Set(forms.bareClauseForms);
  const objectForms = new Set(forms.objectForms);
  const quotedObjectForms = new Set(forms.quotedObjectForms);
  const beliefForms = new Set(forms.beliefForms);
  for (const f of forms.quotedObjectForms) objectForms.add(f);
  const objectParticle = new Map(forms.objectParticle.map(([f, ps]) => [f, new Set(ps)]));
  // Maps and sets filled in place, in the order the spread arrays gave (no array of pairs to build and collect on a
  // first analysis: its first garbage collections copy whatever the lexicon left in the young generation).
  const roleNouns = new Map<string, "m" | "f" | undefined>();
  for (const k of d.sourceNouns) roleNouns.set(k, undefined);
  for (const k in d.roleNouns) roleNouns.set(k.toLowerCase(), d.roleNouns[k]);
  const speakerNouns = new Map(roleNouns);
  for (const k of d.descriptors ?? []) speakerNouns.set(k, undefined);
  // The word lists come split and in lower case from the build (word-lists.ts).
  const w = WORD_LISTS[lang];
  const { sourcePreps, incidentals, continuation, interviewCues, interviewerCues, interviewNotes, linkLabels, describedSourcePreps } = w;
  const sourcePrepFirst = new Set(sourcePreps.map((p) => p[0].replace(/'$/, "")).concat(sourcePreps.map((p) => p[0])));
  const m = d.morphology ?? {};
  const p = d.phraseShapes ?? {};
  const frames = compileFrames(forms);
  // (The shape tables are built at their first read: SHAPES.)
  const lex: Compiled = {
    builtVerbShapes: undefined,
    builtSourcePrepShapes: undefined,
    lang,
    data: d,
    morph: { lyAdverbs: !!m.lyAdverbs, edPast: !!m.edPast, sPlurals: !!m.sPlurals, ingParticiples: !!m.ingParticiples },
    titleModifiers: { reach: d.titleModifiers?.reach ?? 0, stops: new Set(d.titleModifiers?.stops), atSentenceStart: new Set(d.titleModifiers?.atSentenceStart),
      nounsAlsoVerbs: new Set(d.titleModifiers?.nounsAlsoVerbs) },
    shapes: { nounBeforeNoun: !!p.nounBeforeNoun, auxiliaryEndsApposition: !!p.auxiliaryEndsApposition, determinerOpensPhrase: !!p.determinerOpensPhrase,
      wordsBeforeVerb: p.wordsBeforeVerb ?? 8, sourceHeadlines: !!p.sourceHeadlines, sourceInsideClause: !!p.sourceInsideClause,
      commaBeforeComplementizer: !!p.commaBeforeComplementizer, shortClauseAfterComplementizer: !!p.shortClauseAfterComplementizer },
    ageUnits: new Set(w.ageUnits),
    asideWords: new Set(w.asideWords),
    mediumAsides: new Set(w.mediumAsides),
    timeWords: new Set(w.timeWords),
    clauseOpeners: new Set(w.clauseOpeners),
    portfolioPrepositions: new Set(w.portfolioPrepositions),
    finiteAfterComplementizer: new Set(w.finiteAfterComplementizer),
    clausePronouns: new Set(w.clausePronouns),
    genderedDeterminers: new Map(Object.entries(d.genderedDeterminers ?? {})),
    verbForms,
    infinitives,
    pronominalForms,
    complementizers: new Set(w.complementizers),
    bareClauseForms,
    objectForms,
    quotedObjectForms,
    beliefForms,
    objectParticle,
    subordinators: new Set(w.subordinators),
    honorifics: new Map(Object.entries(d.honorifics)),
    roleNouns,
    speakerNouns,
    pronouns: new Map(Object.entries(d.pronouns)),
    determiners: new Set(w.determiners),
    notNames: new Set(w.notNames),
    particles: new Set(w.particles),
    auxiliaries: new Set(w.auxiliaries),
    sourcePreps,
    reportCueWords: new Set(d.reportCueWords ?? []),
    sourcePrepFirst,
    continuation,
    incidentals,
    incidentalFirst: new Set(incidentals.map((p) => p[0])),
    incidentalLast: new Set(incidentals.map((p) => p[p.length - 1])),
    interviewCues,
    interviewerCues,
    interviewNotes,
    linkLabels,
    titleCues: new Set(w.titleCues),
    evidenceNouns: new Set(w.evidenceNouns),
    channelNouns: new Set(w.channelNouns),
    nounLikeVerbForms: new Set(w.nounLikeVerbForms),
    participleReports: new Set(w.participleReports),
    irregularPast: new Set(w.irregularPast),
    reportNouns: new Set(w.reportNouns),
    infinitiveForms: new Set(forms.infinitiveForms),
    addresseeForms: new Set(forms.addresseeForms),
    requestForms: new Set(forms.requestForms),
    prepositionalForms: new Set(forms.prepositionalForms),
    describedSourcePreps: new Set(describedSourcePreps),
    namingVerbs: new Set(w.namingVerbs),
    frames,
    frameOnlyForms: new Set([...frames.keys()].filter((f) => !verbForms.has(f))),
    questionVerbs: new Set(w.questionVerbs),
    questionWords: new Set(w.questionWords),
    grantVerbs: new Set(w.grantVerbs),
    grantObjects: new Set(w.grantObjects),
  };
  return Object.defineProperties(lex, SHAPES) as Compiled & Lexicon;
}

/** The lexicon as compiled, before SHAPES adds the shape tables' getters, with the tables once built. */
type Compiled = Omit<Lexicon, "verbShapes" | "sourcePrepShapes"> & { builtVerbShapes?: Uint8Array; builtSourcePrepShapes?: Uint8Array };

/**
 * The shape tables, built at their first read: the first analysis reads neither (word-bits.ts asks the sets once per
 * distinct word), where building them took ~2 ms of it. The getters are added after the literal, the same two
 * functions on every lexicon: a literal with an accessor makes a dictionary-mode object, whose every property read
 * (lex.verbForms, on each token) is a hash lookup, ~30 ns, where a fast object's is one load.
 */
const SHAPES: PropertyDescriptorMap = {
  verbShapes: { get(this: Compiled) { return this.builtVerbShapes ??= shapeTable(this.verbForms); }, enumerable: true },
  sourcePrepShapes: { get(this: Compiled) { return this.builtSourcePrepShapes ??= shapeTable(this.sourcePrepFirst); }, enumerable: true },
};
