// French press words in lower case around a capitalised name that say what the name is:
//   "le ministère de l'Intérieur": the lower-case head and its
//   complement are the organisation's name (the capitals alone, "Intérieur", named a person);
//   "le groupe pharmaceutique Veronis", "le constructeur automobile Ardel": a head noun and one
//   adjective before the name make it an organisation;
//   "la Suissesse Anna Keller", "l'Italien Marco Bellini": a nationality before a given name is
//   no part of the person's name;
//   "le député Renaissance de la Gironde": a party after a role, then the constituency;
//   "la Coupe du monde": an event's head before "du"/"de" is no person;
//   "selon des informations du Monde": "Monde" is the newspaper "Le Monde", its article contracted.
import type { Lexicon } from "../../lexicon";
import * as gaz from "../../lexicon/gazetteer";
import { tokAt, type Token } from "../../text/tokenize";
import { candidate, type Candidate } from "../../entities/candidate";
import {
  ADJECTIVE_ENDINGS as ADJECTIVE, COMPANY_HEADS, CONTRACTED_DE_A, DE_FORMS as OF, DEFINITE_ARTICLES as ARTICLE, EPONYM_DE_HEADS,
  EPONYM_HEADS, EVENT_HEADS, MORE_DEMONYMS,
  MINISTER_ADJECTIVES, OFFICE_HEADS, ORG_APPOSED, PORTFOLIO_HOLDERS, POSSESSIVE_DETERMINERS as POSSESSIVE, SINGULAR_DETERMINERS as DETERMINER, SURVEY_HEADS,
} from "../../lexicon/fr/entities";
import { bitsOf, bitTable } from "../../entities/list-bits";
import { endsLower } from "../../text/unicode";

// What the word before a candidate may be for the rules below: one table lookup.
const ARTICLE_BIT = 1;
const OF_BIT = 2;
const EPONYM_BIT = 4;
const SURVEY_BIT = 8;
const DETERMINER_BIT = 16;
const BEFORE = bitTable([[ARTICLE, ARTICLE_BIT], [OF, OF_BIT], [EPONYM_HEADS, EPONYM_BIT], [SURVEY_HEADS, SURVEY_BIT], [DETERMINER, DETERMINER_BIT]]);

/** Rewrites the French candidates in place (see the file comment): a stage French adds (lang/fr/entities.ts). */
export function frenchHeads(toks: Token[], cands: Candidate[], lex: Lexicon): void {
  const companies = new Set<string>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.honorific || c.org) continue;
    // "la Coupe du monde", "le Championnat d'Europe": an event's opening head names nobody.
    if (c.b === c.a + 1 && EVENT_HEADS.has(toks[c.a].lw) && OF.has(toks[c.b]?.lw ?? "") && !toks[c.a].sent) { cands.splice(i--, 1); continue; }
    // (Most rules read the word before: its bits, once.)
    const pb = c.a > 0 ? bitsOf(BEFORE, toks[c.a - 1]) : 0;
    // "le ministre de l'Économie": a portfolio names nobody.
    // "le ministre de la Défense Paul Girard": the run took in the holder's name after the portfolio; the name stays.
    if (pb & (ARTICLE_BIT | OF_BIT) && portfolio(toks, c)) {
      const name = holderName(toks, c);
      if (name < 0) { cands.splice(i--, 1); continue; }
      c.a = name;
      continue;
    }
    // "la loi Macron", "la tempête Ciara", "le boson de Higgs": a thing named after a person is no mention of one.
    if (pb & (EPONYM_BIT | OF_BIT) && eponym(toks, c)) { cands.splice(i--, 1); continue; }
    // "un sondage Ifop", "une étude Elabe": the polling institute.
    if (pb & SURVEY_BIT && !toks[c.a - 1].cap) { c.org = true; continue; }
    const office = pb & (ARTICLE_BIT | OF_BIT) ? officeStart(toks, c.a) : -1;
    // Never swallow the candidate before.
    if (office >= 0 && !(i > 0 && cands[i - 1].b > office)) {
      c.a = office;
      c.org = true;
      c.role = undefined;
      // "ministère de la Transition écologique", "de l'Éducation nationale": its adjectives close the name.
      while (c.b < toks.length && c.b - c.a < 8 && ADJECTIVE.test(toks[c.b].t) && toks[c.b].nl === 0 && !lex.verbForms.has(toks[c.b].lw) &&
        !(cands[i + 1] && cands[i + 1].a <= c.b)) c.b++;
      continue;
    }
    // "du Monde", "au Figaro": the newspaper "Le Monde" with its article contracted.
    if (c.b === c.a + 1 && CONTRACTED_DE_A.test(tokAt(toks, c.a - 1)?.lw ?? "") && gaz.orgInfo(`Le ${toks[c.a].t}`)?.kind === "media") { c.org = true; continue; }
    // "la députée Renaissance de la Gironde": the party, then the place; not a person "Renaissance de la Gironde".
    const rest = partyThenPlace(toks, c, lex);
    if (rest) { cands.splice(i + 1, 0, rest); c.b = c.a + 1; c.org = true; i++; continue; }
    // "sa maison de disques, Azur Musique,", "son club, l'AS Vauban,": an organisation in apposition.
    if (orgApposition(toks, c.a)) { c.org = true; companies.add(nameOf(toks, c)); continue; }
    if (companyBefore(toks, c.a, lex)) { c.org = true; companies.add(nameOf(toks, c)); continue; }
    // "chef économiste chez Natixeo", "analyste chez Ardel": after a job and "chez", the employer.
    if (employerAfterJob(toks, c, lex)) { c.org = true; companies.add(nameOf(toks, c)); continue; }
    if (c.b - c.a >= 2 && pb & DETERMINER_BIT && (gaz.isDemonym(toks[c.a].form) || MORE_DEMONYMS.has(toks[c.a].lw)) && gaz.isFirstName(toks[c.a + 1].form) &&
      !gaz.isKnownOrg(nameOf(toks, c))) c.a++;
  }

  // "Un porte-parole de Veronis": the company keeps its kind when named again bare.
  if (companies.size) for (const c of cands) if (!c.honorific && companies.has(nameOf(toks, c))) c.org = true;
}

/** One capitalised word, not a given name, after a role noun and "chez": the person's employer. */
function employerAfterJob(toks: Token[], c: Candidate, lex: Lexicon): boolean {
  const job = tokAt(toks, c.a - 2);
  return c.b === c.a + 1 && tokAt(toks, c.a - 1)?.lw === "chez" && !!job && !job.cap && lex.roleNouns.has(job.lw) && !gaz.isFirstName(toks[c.a].form);
}

const nameOf = (toks: Token[], c: Candidate): string => toks.slice(c.a, c.b).map((t) => t.t).join(" ");

/** After a lower-case role, a known party then "de [la]" and a capital: the candidate for the place after it. */
function partyThenPlace(toks: Token[], c: Candidate, lex: Lexicon): Candidate | undefined {
  const role = tokAt(toks, c.a - 1);
  if (c.b - c.a < 3 || !role || role.cap || !lex.roleNouns.has(role.lw) || gaz.orgInfo(toks[c.a].form)?.kind !== "party") return undefined;
  let k = c.a + 1;
  if (!OF.has(toks[k].lw)) return undefined;
  k++;
  if (ARTICLE.has(toks[k].lw)) k++;
  return k < c.b && toks[k].cap ? candidate(k, c.b, c.shouting, c.layout) : undefined;
}

/** "…, sa maison de disques, Azur Musique, …": the candidate at a follows the comma of such an apposition. */
function orgApposition(toks: Token[], a: number): boolean {
  if (tokAt(toks, a - 1)?.t !== "," || !ORG_APPOSED.has(toks[a - 2]?.lw ?? "")) return false;
  for (let k = a - 3; k >= 0 && a - k <= 6; k--) {
    if (POSSESSIVE.has(toks[k].lw)) return true;
    if (!toks[k].word || toks[k].cap) return false;
  }
  return false;
}

/**
 * "ministre de l'Économie", "le ministre chinois de la Défense", "ministre iranien des Affaires étrangères": the
 * candidate is the portfolio of a lower-case minister (up to two lower-case adjectives between), and no place.
 */
function portfolio(toks: Token[], c: Candidate): boolean {
  let k = c.a - 1;
  if (ARTICLE.has(tokAt(toks, k)?.lw ?? "")) k--;
  const of = tokAt(toks, k);
  if (!of || !OF.has(of.lw)) return false;
  // (The minister stands at most three words before "de": without one there, the adjectives need no reading.)
  if (!holderAt(toks, k - 1) && !holderAt(toks, k - 2) && !holderAt(toks, k - 3)) return false;
  let h = k - 1;
  while (h > 0 && k - h <= 2 && isNationalAdjective(toks[h])) h--;
  const head = toks[h];
  // (A one-word name is asked by its form.)
  return !!head && !head.cap && PORTFOLIO_HOLDERS.has(head.lw) && !gaz.isFirstName(toks[c.a].form) &&
    !gaz.placeInfo(c.b - c.a === 1 ? toks[c.a].form : nameOf(toks, c));
}

/** The given name inside a portfolio's run that opens its holder's name, with a word after it ("Défense Paul Girard"), or -1. */
function holderName(toks: Token[], c: Candidate): number {
  for (let p = c.a + 1; p < c.b - 1; p++) if (gaz.isSureFirstName(toks[p].form)) return p;
  return -1;
}

const holderAt = (toks: Token[], k: number): boolean => k >= 0 && PORTFOLIO_HOLDERS.has(toks[k].lw);

/** A lower-case adjective between a minister and the portfolio: "chinois", "iranien", "délégué", "fédéral". */
const isNationalAdjective = (t: Token): boolean =>
  t.word && !t.cap && t.nl === 0 && (MINISTER_ADJECTIVES.has(t.lw) || ADJECTIVE.test(t.t) || gaz.isDemonym(t.form));

/** A lower-case thing noun right before the name ("la loi Macron"), or before its "de" ("le boson de Higgs"), after a determiner. */
function eponym(toks: Token[], c: Candidate): boolean {
  const h = toks[c.a - 1];
  if (!h || h.cap || h.nl) return false;
  if (EPONYM_HEADS.has(h.lw)) return DETERMINER.has(toks[c.a - 2]?.lw ?? "") || ARTICLE.has(toks[c.a - 2]?.lw ?? "") || OF.has(toks[c.a - 2]?.lw ?? "");
  const head = toks[c.a - 2];
  return OF.has(h.lw) && !!head && !head.cap && EPONYM_DE_HEADS.has(head.lw);
}

/** "ministère de l'Intérieur" with the name at token a: the head's token, or -1. */
function officeStart(toks: Token[], a: number): number {
  let k = a - 1;
  if (ARTICLE.has(tokAt(toks, k)?.lw ?? "")) k--;
  const of = tokAt(toks, k);
  if (!of || !OF.has(of.lw)) return -1;
  const head = toks[k - 1];
  if (!head || head.nl || head.cap && !toks[k - 1].sent || !OFFICE_HEADS.has(head.lw)) return -1;
  // "Le Ministère" opening a sentence is capitalised; the article stays out of the name.
  return k - 1;
}

/** "le groupe pharmaceutique Veronis", "le constructeur automobile Ardel": a head and one adjective right before a. */
function companyBefore(toks: Token[], a: number, lex: Lexicon): boolean {
  const adj = tokAt(toks, a - 1);
  const head = tokAt(toks, a - 2);
  if (!adj || !head || adj.cap || !adj.word || adj.nl || head.nl) return false;
  if (!COMPANY_HEADS.has(head.lw) || !DETERMINER.has(toks[a - 3]?.lw ?? "") && !OF.has(toks[a - 3]?.lw ?? "")) return false;
  // An adjective, not a preposition, a role ("le groupe socialiste", fine; "le parti de", no) or a verb.
  return !OF.has(adj.lw) && !lex.roleNouns.has(adj.lw) && !lex.verbForms.has(adj.lw) && !lex.determiners.has(adj.lw) && endsLower(adj.t, 4);
}
