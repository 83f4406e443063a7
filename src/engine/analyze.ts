// The pipeline: tokens → name candidates → entities → statements, as stages run in order. Each stage says
// which layers of the analysis it reads (requires) and which it writes or refines (assigns); a unit test
// (test/engine/pipeline/stages.test.ts) checks the order and that the declarations match what the code reads.
import type { Candidate } from "./entities/candidates";
import { findCandidates } from "./entities/candidates";
import { classify } from "./entities/classify";
import { cluster, type Clustered } from "./entities/cluster";
import { extendKnownOrgs } from "./entities/known-orgs";
import type { NameMention } from "./entities/mention";
import { acronymMentions } from "./entities/orgs";
import { rolesAfter } from "./entities/role-after";
import { rulesFor } from "./lang";
import { entityHooks } from "./lang/entity-hooks";
import { lexiconFor, type Lexicon } from "./lexicon";
import { makeDoc, type Doc } from "./quotes/doc";
import { findQuotes } from "./quotes/index";
import { bindReferences } from "./quotes/resolve/references";
import { detectLang } from "./text/lang";
import { tokenize, type Token } from "./text/tokenize";
import type { AnalyzeOptions, ArticleAnalysis, Lang, Quote } from "./types";

export const DEFAULT_MAX_LENGTH = 5_000_000;

/** The analysis as the stages build it: the inputs, then one field per layer. */
export interface Analysis {
  /** Input: the text analysed (already cut at the length limit). */
  text: string;
  /** Input: the caller's options. */
  options: AnalyzeOptions;
  lang: Lang;
  /** The language's rules and word tables. */
  lexicon: Lexicon;
  tokens: Token[];
  /** Capitalised runs that may be names, before they are classified. */
  candidates: Candidate[];
  /** Classified name mentions (person, organisation, place), in text order. */
  names: NameMention[];
  /** The name mentions with the acronyms defined in the text resolved. */
  mentions: NameMention[];
  /** Acronym → the name it stands for. */
  acronyms: Map<string, string>;
  /** People, organisations and places, each with its mentions (and roles, once roles-after has run). */
  entities: Clustered;
  /** The quote finders' document: tokens, lexicon, the language's hooks, mentions indexed by token, and its lazy layers (quotes/doc.ts). */
  doc: Doc;
  quotes: Quote[];
}

export type Layer = keyof Analysis;

export interface Stage {
  name: string;
  /** The layers run reads. */
  requires: readonly Layer[];
  /** The layers run writes, or refines in place (a layer it also requires). */
  assigns: readonly Layer[];
  run(a: Analysis): void;
}

/** The layers the caller provides. */
export const INPUTS: readonly Layer[] = ["text", "options"];

/** The pipeline, in order. */
export const STAGES: readonly Stage[] = [
  { name: "tokens", requires: ["text"], assigns: ["tokens"],
    run: (a) => { a.tokens = tokenize(a.text); } },
  // Detection counts function words from the tokens (a value cached on each word form).
  { name: "language", requires: ["options", "text", "tokens"], assigns: ["lang"],
    run: (a) => { a.lang = a.options.lang ?? detectLang(a.text, a.tokens); } },
  { name: "lexicon", requires: ["lang", "options"], assigns: ["lexicon"],
    run: (a) => { const lang = a.lang; a.lexicon = lexiconFor(lang, a.options.extraVerbs?.[lang] ?? []); } },
  { name: "candidates", requires: ["tokens", "lexicon", "text"], assigns: ["candidates"],
    run: (a) => { a.candidates = findCandidates(a.tokens, a.lexicon, a.text); } },
  { name: "known-orgs", requires: ["tokens", "candidates"], assigns: ["candidates"],
    run: (a) => extendKnownOrgs(a.tokens, a.candidates) },
  // The language's own candidate passes (French: "le ministre X", organisation heads): lang/*/entities.ts.
  { name: "language-candidates", requires: ["lang", "tokens", "candidates", "lexicon", "text"], assigns: ["candidates"],
    run: (a) => { const { tokens, candidates, lexicon, text } = a; for (const stage of entityHooks(a.lang).candidateStages) stage(tokens, candidates, lexicon, text); } },
  { name: "classify", requires: ["tokens", "candidates", "lexicon", "text"], assigns: ["names"],
    run: (a) => { a.names = classify(a.tokens, a.candidates, a.lexicon, a.text); } },
  { name: "acronyms", requires: ["tokens", "names", "text"], assigns: ["mentions", "acronyms"],
    run: (a) => { const r = acronymMentions(a.tokens, a.names, a.text); a.mentions = r.mentions; a.acronyms = r.acronyms; } },
  { name: "cluster", requires: ["mentions", "acronyms"], assigns: ["entities"],
    run: (a) => { a.entities = cluster(a.mentions, a.acronyms); } },
  // The language's canonical form of a person's name (English: "Joseph R. Biden Jr." is "Joseph R. Biden"): lang/*/entities.ts.
  { name: "canonical-names", requires: ["lang", "entities"], assigns: ["entities"],
    run: (a) => entityHooks(a.lang).canonicalNames(a.entities.people) },
  { name: "roles-after", requires: ["entities", "tokens", "lexicon"], assigns: ["entities"],
    run: (a) => rolesAfter(a.entities, a.tokens, a.lexicon) },
  { name: "quote-doc", requires: ["text", "tokens", "lexicon", "entities", "lang"], assigns: ["doc"],
    run: (a) => { a.doc = makeDoc(a.text, a.tokens, a.lexicon, a.entities, rulesFor(a.lang)); } },
  { name: "quotes", requires: ["doc"], assigns: ["quotes"],
    run: (a) => { a.quotes = findQuotes(a.doc); } },
  // The descriptions the article binds to a person ("le ministre chinois de la Défense") become the person's references.
  { name: "references", requires: ["doc", "entities"], assigns: ["entities"],
    run: (a) => bindReferences(a.doc, a.entities.people) },
];

/** The result, read from the layers. */
export function resultOf(a: Analysis): ArticleAnalysis {
  const ents = a.entities;
  return { lang: a.lang, people: ents.people, orgs: ents.orgs, places: ents.places, quotes: a.quotes };
}

export function analyze(input: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const text = input.length > max ? cutAt(input, max) : input;
  // The stages assign the other layers in order (checked by the stages test).
  const a = { text, options } as Analysis;
  for (const stage of STAGES) stage.run(a);
  const result = resultOf(a);
  if (text.length < input.length) result.truncated = { analysedLength: text.length, totalLength: input.length };
  return result;
}

/** Cuts at a line end near the limit, never inside a surrogate pair. */
function cutAt(text: string, max: number): string {
  const nl = text.lastIndexOf("\n", max);
  let end = nl > max * 0.9 ? nl : max;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end);
}
