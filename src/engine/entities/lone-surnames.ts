// A person's surname alone, settled over the whole article. A surname that is also a frequent word or a place's head
// ("Park", "Hill", "Fields") is no name candidate alone where it opens a sentence, so "Linda Park said …. Park said …"
// listed one mention of her where the article has two. The lone word, capitalised, beside a reporting verb ("Park
// said", "said Park"), is the surname of the person of the article whose full name ends with it. Likewise a given name
// before a place's head that the article names with no cue at the name ("Linda Park runs the clinic", read as a park)
// is that person once the head alone speaks elsewhere ("Park said"): the lone surname, the later mention and the first
// one agree. A place's head alone is never a place, and a place in a place's slot stays one ("in Park County").
import * as gaz from "../lexicon/gazetteer";
import type { Lexicon } from "../lexicon";
import { tokAt, type Token } from "../text/tokenize";
import { verbAfter, verbBefore } from "./cues";
import { named, retyped, span, type NameMention } from "./mention";
import { isPossessive } from "./possessive";
import { startsOf } from "../text/offsets";

/** The mentions with the lone surnames that speak added as the person's, and given-name-and-head places made people. */
export function withLoneSurnames(toks: Token[], ms: NameMention[], lex: Lexicon, text: string): NameMention[] {
  // Last word (lower case) → whether the name ending with it is a person already (true) or a place to retype (false).
  let ends: Map<string, boolean> | undefined;
  for (const m of ms) {
    if (m.b - m.a < 2 || m.byContext) continue;
    const last = toks[m.b - 1];
    if (!last.cap || last.upper || isPossessive(last)) continue;
    if (m.kind === "person" && m.strong) (ends ??= new Map()).set(last.lw, true);
    else if (headedByGivenName(toks, m, lex) && !(ends?.get(last.lw))) (ends ??= new Map()).set(last.lw, false);
  }
  if (!ends) return ms;
  // Tokens in a mention: 1, or 2 where the mention is a person of that one word ("Hill said", already read as one);
  // 0 outside any (by token index: a map of the indexes was a third of this pass).
  const covered = new Uint8Array(toks.length);
  for (const m of ms) for (let k = m.a; k < m.b; k++) covered[k] = m.b - m.a === 1 && m.kind === "person" ? 2 : 1;
  let added: NameMention[] | undefined;
  const speaking = new Set<string>();
  const starts = startsOf(toks);
  for (let k = 0; k < toks.length; k++) {
    const cover = covered[k];
    // (An ASCII first character other than a capital makes no capitalised word: read in the text, in order.)
    const c = text.charCodeAt(starts[k]);
    if (cover === 1 || c < 128 && (c < 65 || c > 90)) continue;
    const t = toks[k];
    if (!t.cap || t.upper || !t.word || !ends.has(t.lw) || !loneAt(toks, k, lex)) continue;
    if (!verbAfter(toks, k + 1, lex) && !verbBefore(toks, k, lex)) continue;
    speaking.add(t.lw);
    if (cover === 0) (added ??= []).push(named(span(toks, k, k + 1, text), "person", false));
  }
  if (!speaking.size) return ms;
  const out = ms.map((m) => m.kind === "place" && speaking.has(toks[m.b - 1].lw) && ends?.get(toks[m.b - 1].lw) === false &&
    headedByGivenName(toks, m, lex) ? retyped(m, "person", true) : m);
  return added ? out.concat(added).sort((x, y) => x.a - y.a) : out;
}

/**
 * A place of two words, a given name that is no frequent word ("Linda", not "Victoria") and a place's head, that no
 * table lists as a place and that stands in no place's slot ("Linda Park", not "in Linda Park" or "Stanley Park").
 */
function headedByGivenName(toks: Token[], m: NameMention, lex: Lexicon): boolean {
  if (m.kind !== "place" || m.b - m.a !== 2 || m.placeSlot) return false;
  const first = toks[m.a];
  const head = toks[m.b - 1];
  return gaz.isSureFirstName(first.form) && !gaz.placeInfo(first.form) &&
    gaz.isPlaceHead(head.form, lex.lang) && !gaz.placeInfo(`${first.t} ${head.t}`);
}

/** The word at k stands alone: no capitalised word joined to it on either side, and no article before it ("the Park"). */
function loneAt(toks: Token[], k: number, lex: Lexicon): boolean {
  const p = tokAt(toks, k - 1);
  const n = toks[k + 1];
  if (n?.cap && n.word && n.nl === 0) return false;
  return !p || p.nl > 0 || toks[k].sent || !(p.cap && p.word) && !lex.determiners.has(p.lw);
}
