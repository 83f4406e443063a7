// A capitalised word that only opens a sentence, read as a person or glued to the person's name
// after it: "Avoir Clarimonde, c'était…", "Chère Laurence !", "Aussitôt Léon emplit…", "Broker
// Khurshid Alam said", "Inutile de dire…", "– Laissez-moi partir", "Sourdement appuyé…". The
// gazetteers do not know every such word (infinitives, participles, adverbs, job words), but the
// article does: it writes the word in lower case elsewhere and never capitalises it inside a
// sentence. The name then starts after the word, or there is no name at all.
import * as gaz from "../lexicon/gazetteer";
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import { named, span, type NameMention } from "./mention";
import type { ArticleWords, Usage } from "./article-words";
import { WORD_GIVEN_NAMES } from "../lexicon/en/entities";
import { entityHooks } from "../lang/entity-hooks";
import { DIALOGUE_OPENING_MARKS as OPENING_MARKS } from "../lexicon/entity-words";


/** Word shapes that are never a name at a sentence opening, whatever the article says elsewhere (French clitics and adverbs). */
const neverName = (w: Token, lex: Lexicon): boolean => entityHooks(lex.lang).neverNameAtOpening(w);

/** "--" typed for a dialogue dash: two hyphen tokens. */
const doubleHyphen = (toks: Token[], a: number): boolean => toks[a - 1]?.t === "-" && toks[a - 2]?.t === "-";
export const opensSentence = (toks: Token[], a: number): boolean => toks[a].sent || OPENING_MARKS.has(toks[a - 1]?.t ?? "") || doubleHyphen(toks, a);

/** Whether a person mention opens with a word that may be only a sentence's capital. */
function suspect(toks: Token[], m: NameMention, lex: Lexicon): boolean {
  if (m.kind !== "person" || m.role || !opensSentence(toks, m.a)) return false;
  const w = toks[m.a];
  if (!w.word || !w.cap || w.upper || w.t.length < 2 || w.lw.endsWith("'")) return false;
  if (neverName(w, lex) && !gaz.isSurname(w.form)) return true;
  const next = m.b - m.a > 1 ? toks[m.a + 1] : undefined;
  // ("Fille de Cagliostro": a particle may follow; see nameOnItsOwn.)
  if (next && (!next.word || !next.cap && !lex.particles.has(next.lw) || next.nl > 0)) return false;
  return !gaz.isFirstName(w.form) && !WORD_GIVEN_NAMES.has(w.t) && !lex.honorifics.has(w.lw) && !lex.particles.has(w.lw) &&
    !gaz.isPlace(w.form) && !gaz.isKnownOrg(w.form) && !gaz.isSurname(w.form);
}

/** Whether the name after the opener names a person on its own: a given name, an honorific, or a name the article uses alone. */
function nameOnItsOwn(toks: Token[], m: NameMention, lex: Lexicon, usedNames: () => Set<string>, text: string): boolean {
  const rest = toks[m.a + 1];
  // "Roux d'Estiers", "Godefroy de Bouillon": a particle binds the first word to the surname unless the
  // article names the person without it ("Fille de Cagliostro" and "de Cagliostro").
  if (lex.particles.has(rest.lw) && !rest.cap) return usedNames().has(text.slice(rest.s, m.e));
  if (lex.honorifics.has(rest.lw)) return true;
  if (gaz.isSureFirstName(rest.form)) return true;
  const used = usedNames();
  return used.has(text.slice(rest.s, m.e)) || used.has(text.slice(toks[m.b - 1].s, m.e));
}

/**
 * The mentions without their sentence opener where the article shows the opener is a common word
 * (a frequent word of the language, or one it writes in lower case and never capitalises inside a
 * sentence): a longer name keeps the rest when the rest names a person on its own; a lone word is
 * dropped. Linear: one pass over the tokens (article-words.ts, shared with name-kind.ts's rule), only when a mention is suspect.
 */
export function withoutOpeners(toks: Token[], mentions: NameMention[], lex: Lexicon, text: string, article: ArticleWords): NameMention[] {
  const suspects = new Set(mentions.filter((m) => suspect(toks, m, lex)));
  if (!suspects.size) return mentions;
  const usage = article.usage(Array.from(suspects, (m) => toks[m.a].lw));
  // The people named otherwise, gathered on first need (most suspects are settled without them).
  let used: Set<string> | undefined;
  const usedNames = (): Set<string> => {
    if (!used) {
      used = new Set<string>();
      for (const m of mentions) if (m.kind === "person" && !suspects.has(m)) used.add(m.text);
    }
    return used;
  };
  const out: NameMention[] = [];
  for (const m of mentions) {
    if (!suspects.has(m) || keepsOpener(toks, m, lex, usage.get(toks[m.a].lw), usedNames, text)) out.push(m);
    else if (m.b - m.a > 1) out.push(named(span(toks, m.a + 1, m.b, text), "person", m.strong, m.role, m.gender));
  }
  return out;
}

function keepsOpener(toks: Token[], m: NameMention, lex: Lexicon, u: Usage | undefined, used: () => Set<string>, text: string): boolean {
  const w = toks[m.a];
  const multi = m.b - m.a > 1;
  if (neverName(w, lex) && !gaz.isSurname(w.form)) return multi && !nameOnItsOwn(toks, m, lex, used, text);
  const word = gaz.isCommonWord(w.form, lex.lang) || entityHooks(lex.lang).descriptorAtOpening(w) || !!u && u.lower;
  return !word || !!u?.capInside || multi && !nameOnItsOwn(toks, m, lex, used, text);
}
