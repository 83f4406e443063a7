// The pipeline: tokens → name candidates → entities → statements. One pass per stage, linear.
import { findCandidates } from "./entities/candidates";
import { classify } from "./entities/classify";
import { cluster } from "./entities/cluster";
import { entityHooks } from "./lang/entity-hooks";
import { extendKnownOrgs } from "./entities/known-orgs";
import { acronymMentions } from "./entities/orgs";
import { rolesAfter } from "./entities/role-after";
import { lexiconFor } from "./lexicon";
import { makeContext } from "./quotes/context";
import { findQuotes } from "./quotes/index";
import { detectLang } from "./text/lang";
import { tokenize } from "./text/tokenize";
import type { AnalyzeOptions, ArticleAnalysis } from "./types";

export const DEFAULT_MAX_LENGTH = 5_000_000;

export function analyze(input: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const text = input.length > max ? cutAt(input, max) : input;
  const toks = tokenize(text);
  const lang = options.lang ?? detectLang(text, toks);
  const lex = lexiconFor(lang, options.extraVerbs?.[lang] ?? []);
  const cands = findCandidates(toks, lex);
  extendKnownOrgs(toks, cands);
  for (const stage of entityHooks(lang).candidateStages) stage(toks, cands, lex);
  const names = classify(toks, cands, lex, text);
  const { mentions, acronyms } = acronymMentions(toks, names, text);
  const ents = cluster(mentions, acronyms);
  rolesAfter(ents, toks, lex);
  const quotes = findQuotes(makeContext(text, toks, lex, ents));
  const result: ArticleAnalysis = { lang, people: ents.people, orgs: ents.orgs, places: ents.places, quotes };
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
