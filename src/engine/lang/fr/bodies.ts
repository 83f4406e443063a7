// French bodies named with lower-case words inside: "l'Office national des forêts", "la Cour européenne des droits de
// l'homme", "Réseau ferré de France", "l'agence Santé publique France". The run of capitals stopped at the first
// lower-case adjective; the name goes on through its adjectives, up to two "de" complements in lower case, and a
// country closing it. (A candidate stage French adds: lang/fr/entities.ts.)
import type { Lexicon } from "../../lexicon";
import * as gaz from "../../lexicon/gazetteer";
import { tokAt, type Token } from "../../text/tokenize";
import type { Candidate } from "../../entities/candidates";
import { ADJECTIVE_ENDINGS as ADJECTIVE, BODY_ADJECTIVES, BODY_HEADS, DE_FORMS as OF, ORG_HEADS_FR } from "../../lexicon/fr/entities";

const MAX_ADJECTIVES = 3;
const MAX_COMPLEMENTS = 2;

/** Extends a one-word candidate that opens a body's name (or follows "l'agence") through its lower-case words. */
export function frenchBodies(toks: Token[], cands: Candidate[], lex: Lexicon): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.b - c.a !== 1 || c.honorific || c.role) continue;
    const head = toks[c.a];
    if (!BODY_HEADS.has(head.lw) && !ORG_HEADS_FR.has(tokAt(toks, c.a - 1)?.lw ?? "")) continue;
    let k = adjectives(toks, c.b, lex);
    if (k === c.b) continue;
    for (let n = 0; n < MAX_COMPLEMENTS; n++) {
      const end = complement(toks, k, lex);
      if (end === k) break;
      k = end;
    }
    // "Réseau ferré de France", "Santé publique France": a country closes the name.
    const next = cands[i + 1];
    const of = OF.has(toks[k]?.lw ?? "") && toks[k].nl === 0 ? k + 1 : k;
    // (The country's candidate, once taken in, is no longer the next one.)
    const country = !!next && next.a === of && next.b === of + 1 && gaz.placeInfo(toks[of].form)?.kind === "country";
    if (country) { k = of + 1; cands.splice(i + 1, 1); }
    else if (next && next.a < k) continue;
    c.b = k;
    c.org = true;
  }
  countryClosed(toks, cands, lex);
}

/**
 * "Santé publique France", "Réseau ferré de France" opening a sentence (where a common word gives no candidate): a
 * country after lower-case adjectives closes the name of a body whose capitalised head stands before them; after "de",
 * only a body's head opens it ("l'Emprunt royal d'Espagne" is a loan).
 * The country's candidate becomes the body's, or the head's one-word candidate takes in the rest.
 */
function countryClosed(toks: Token[], cands: Candidate[], lex: Lexicon): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.b - c.a !== 1 || c.org || c.role || c.honorific || gaz.placeInfo(toks[c.a].form)?.kind !== "country") continue;
    let k = c.a;
    const of = OF.has(tokAt(toks, k - 1)?.lw ?? "") && toks[k - 1].nl === 0 && toks[k].nl === 0;
    if (of) k--;
    let n = 0;
    while (n < MAX_ADJECTIVES && toks[k].nl === 0 && isAdjective(tokAt(toks, k - 1), lex)) { k--; n++; }
    const head = tokAt(toks, k - 1);
    if (n === 0 || toks[k].nl > 0 || !head?.word || !head.cap || head.upper || gaz.placeInfo(head.form) || gaz.isFirstName(head.form) ||
      lex.determiners.has(head.lw) || of && !BODY_HEADS.has(head.lw)) continue;
    const prev = cands[i - 1];
    if (prev && prev.b > k - 1) {
      if (prev.a !== k - 1 || prev.b !== k || prev.role || prev.honorific) continue;
      prev.b = c.b;
      prev.org = true;
      cands.splice(i--, 1);
    } else {
      c.a = k - 1;
      c.org = true;
    }
  }
}

/** The token after the lower-case adjectives from k ("national", "européenne", "ferré"), at most MAX_ADJECTIVES. */
function adjectives(toks: Token[], k: number, lex: Lexicon): number {
  let n = 0;
  while (n < MAX_ADJECTIVES && isAdjective(toks[k], lex)) { k++; n++; }
  return k;
}

function isAdjective(t: Token | undefined, lex: Lexicon): boolean {
  return !!t && t.word && !t.cap && t.nl === 0 && !lex.verbForms.has(t.lw) &&
    (ADJECTIVE.test(t.t) || BODY_ADJECTIVES.has(t.lw) || gaz.isDemonym(t.form));
}

/** After "de"/"des"/"du" and an article, a lower-case noun and its adjectives ("des forêts", "de la santé"): the token after it, or k. */
function complement(toks: Token[], k: number, lex: Lexicon): number {
  const of = toks[k];
  if (!of || of.nl > 0 || !OF.has(of.lw)) return k;
  let j = k + 1;
  if (toks[j]?.lw === "la" || toks[j]?.lw === "l'") j++;
  const noun = toks[j];
  if (!noun || !noun.word || noun.cap || noun.nl > 0 || noun.t.length < 3 || lex.verbForms.has(noun.lw) || lex.determiners.has(noun.lw)) return k;
  return adjectives(toks, j + 1, lex);
}
