// A capitalised word that only opens a sentence, glued to the person's name after it: "Avoir
// Clarimonde, c'était…", "Chère Laurence !", "Aussitôt Léon emplit…", "Broker Khurshid Alam said".
// The gazetteers do not know every such word (infinitives, participles, adverbs, job words), but the
// article does: it writes the word in lower case elsewhere and never capitalises it inside a sentence,
// and it names the person without it. The name then starts after the word.
import * as gaz from "../lexicon/gazetteer";
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import { WORD_GIVEN_NAMES } from "./lists";
import { named, span, type NameMention } from "./mention";

/** Marks that open a line of dialogue or a quotation: the word after them starts a sentence too. */
const OPENING_MARKS = new Set(["«", "“", "—", "–", "\""]);

interface Usage {
  /** Written in lower case somewhere in the article. */
  lower: boolean;
  /** Capitalised somewhere other than at a sentence start. */
  capInside: boolean;
}

const opensSentence = (toks: Token[], a: number): boolean => toks[a].sent || OPENING_MARKS.has(toks[a - 1]?.t ?? "");

/** Whether tokens [a, b) of a person's name open with a word that may be only a sentence's capital. */
function suspect(toks: Token[], m: NameMention, lex: Lexicon): boolean {
  if (m.kind !== "person" || m.b - m.a < 2 || !opensSentence(toks, m.a)) return false;
  const w = toks[m.a];
  const next = toks[m.a + 1];
  if (!w.word || !w.cap || w.upper || w.t.length < 2 || w.lw.endsWith("'") || w.lw.endsWith("’")) return false;
  // "Roux d'Estiers", "Godefroy de Bouillon": a particle after the first word binds it to the surname.
  if (!next.word || !next.cap || next.nl > 0 || lex.particles.has(next.lw)) return false;
  return !gaz.isFirstName(w.t) && !WORD_GIVEN_NAMES.has(w.t) && !lex.honorifics.has(w.lw) && !lex.particles.has(w.lw) &&
    !gaz.isPlace(w.t) && !gaz.isKnownOrg(w.t) && !gaz.isSurname(w.t);
}

/** Whether the name after the opener names a person on its own: a given name, an honorific, or a name the article uses alone. */
function nameOnItsOwn(toks: Token[], m: NameMention, lex: Lexicon, used: Set<string>, text: string): boolean {
  const rest = toks[m.a + 1];
  if (lex.honorifics.has(rest.lw)) return true;
  if (gaz.isFirstName(rest.t) && !gaz.isAmbiguousFirstName(rest.t)) return true;
  return used.has(text.slice(rest.s, m.e)) || used.has(text.slice(toks[m.b - 1].s, m.e));
}

/**
 * The mentions with the sentence opener cut off where the article shows the opener is a common word
 * (a frequent word of the language, or one it writes in lower case and never capitalises inside a
 * sentence) and the rest names a person on its own. Linear: one pass over the tokens, only when a
 * mention is suspect.
 */
export function withoutOpeners(toks: Token[], mentions: NameMention[], lex: Lexicon, text: string): NameMention[] {
  const suspects = new Set(mentions.filter((m) => suspect(toks, m, lex)));
  if (!suspects.size) return mentions;
  const usage = new Map<string, Usage>();
  for (const m of suspects) usage.set(toks[m.a].lw, { lower: false, capInside: false });
  for (let k = 0; k < toks.length; k++) {
    const u = toks[k].word ? usage.get(toks[k].lw) : undefined;
    if (!u) continue;
    if (!toks[k].cap) u.lower = true;
    else if (!opensSentence(toks, k)) u.capInside = true;
  }
  const used = new Set<string>();
  for (const m of mentions) if (m.kind === "person" && !suspects.has(m)) used.add(m.text);
  return mentions.map((m) => {
    if (!suspects.has(m)) return m;
    const w = toks[m.a];
    const u = usage.get(w.lw);
    const word = gaz.isCommonWord(w.t, lex.lang) || !!u && u.lower;
    if (!word || u?.capInside || !nameOnItsOwn(toks, m, lex, used, text)) return m;
    return named(span(toks, m.a + 1, m.b, text), "person", m.strong, m.role, m.gender);
  });
}
