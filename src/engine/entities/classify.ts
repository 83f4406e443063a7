// Decides what each name candidate is (person, organisation, place, or nothing) from the cues
// around it and the gazetteers; the rule families live in the sibling files imported below, and what a language decides
// in its entity hooks (lang/entity-hooks.ts). One candidate's rules are name-kind.ts's; this file runs them over the
// candidates, then the passes that read them all (shouted places, lists, openers, lone surnames, settled kinds).
import type { Lexicon } from "../lexicon";
import { tokAt, type Token } from "../text/tokenize";
import type { Candidate } from "./candidates";
import { named, span, type NameMention } from "./mention";
import { shoutedPlaces } from "./shouted";
import { settleKinds } from "./settle";
import { withLoneSurnames } from "./lone-surnames";
import { garbledPlaces } from "./garbled";
import { opensSentence, withoutOpeners } from "./openers";
import { ArticleWords } from "./article-words";
import { listsOfPeople, withLinkedPeople } from "./lists";
import { classifyOne } from "./name-kind";
import { entityHooks } from "../lang/entity-hooks";
import { PLACE_SLOT_WORDS as PLACE_SLOT } from "../lexicon/entity-words";

export function classify(toks: Token[], cands: Candidate[], lex: Lexicon, text: string): NameMention[] {
  const out: NameMention[] = [];
  const linked: NameMention[] = [];
  const hooks = entityHooks(lex.lang);
  const townsfolk = hooks.townsfolk(text, lex);
  // What the article says about its words, read in one pass for this rule and the openers' (openers.ts).
  const article = new ArticleWords(toks, cands, text, opensSentence);
  const words = hooks.lowerCaseUseNamesNothing ? article : undefined;
  for (const c of cands) {
    let m = classifyOne(toks, c, lex, text, hooks, words);
    // "Edentonians ... moved from Edenton": a word whose "-ians" plural the article uses is a town.
    if (townsfolk?.size && c.b - c.a === 1 && townsfolk.has(toks[c.a].lw) && !c.honorific && (!m || m.kind === "person" && !m.strong)) {
      m = named(span(toks, c.a, c.b, text), "place", true);
    }
    if ((!m || m.kind === "person" && !m.strong) && c.b - c.a >= 2 && (c.shouting || allUpper(toks, c.a + 1, c.b))) {
      const ps = shoutedPlaces(toks, c, lex, text, townsfolk);
      if (ps.length) { out.push(...ps); continue; }
    }
    if (m?.kind === "place") {
      m.placeSlot = PLACE_SLOT.has(tokAt(toks, m.a - 1)?.lw ?? "") || tokAt(toks, m.a - 1)?.t === "-" || c.layout === "dateline";
      m.ofSlot = m.placeSlot && m.b - m.a === 1 && hooks.ofComplement(toks, m.a);
    }
    if (m && c.layout === "link" && m.kind === "person") linked.push(m);
    else if (m) out.push(m);
  }
  if (hooks.repairsOcrPlaces) garbledPlaces(out, lex);
  const kept = linked.length ? withLinkedPeople(out, linked) : out;
  const listed = withoutOpeners(toks, listsOfPeople(toks, kept, lex), lex, text, article);
  return hooks.headlineNames(toks, withLoneSurnames(toks, settleKinds(hooks.firmsByCue(toks, hooks.withoutAuthors(toks, listed, text), lex, text)), lex, text), text);
}

/** Whether every token of [a, b) is in capitals. */
function allUpper(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!toks[k].upper) return false;
  return true;
}
