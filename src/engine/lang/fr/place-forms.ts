// French places written with the words around them, as the press (old and new) prints them; a stage French adds
// after the candidates are found (lang/fr/entities.ts):
//   "La Rochelle", "la Flèche", "au Locle", "du Havre": a town whose name opens with its article, the article
//   written or contracted with "à"/"de" (the name alone, "Rochelle", "Locle", is no place or a given name);
//   "rue des Halles", "place de la République", "boulevard de la Madeleine": a street named with its particle;
//   "CHATELET. — 8 h. 30 : …", "TH. DES ARTS. — 8 h. 45": a theatre heading an entry of the programme listings (and
//   the play's title after the hour names no one); "Carnavalet. — Dimanches, mardis et jeudis, de 11 h. à 4 h.": a
//   museum, a library, a monument heading an entry of a guide's opening hours.
import type { Lexicon } from "../../lexicon";
import * as gaz from "../../lexicon/gazetteer";
import { memo } from "../../lexicon/gazetteer-tables";
import { tokAt, type Token, tokenAt } from "../../text/tokenize";
import { candidate, type Candidate } from "../../entities/candidate";
import { ARTICLE_OF_CONTRACTION, DE_FORMS as OF, DEFINITE_ARTICLES as ARTICLE, FINITE_FR, STREET_HEADS, WEEKDAYS_FR } from "../../lexicon/fr/entities";

export function frenchPlaceForms(toks: Token[], cands: Candidate[], lex: Lexicon, text: string): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.honorific || c.org || c.place) continue;
    const art = articlePlace(toks, c);
    if (art >= 0) { c.a = art; c.place = true; continue; }
    const street = streetStart(toks, c, lex);
    if (street >= 0 && !(i > 0 && cands[i - 1].b > street)) { c.a = street; c.place = true; c.role = undefined; }
  }
  // Both listings hang on an em dash ("AMBIGU. — 8 h. 30", "Carnavalet. — Dimanches"): the dashes' tokens, found
  // once, in the text (each dash is a token of its own).
  const dashes: number[] = [];
  for (let o = text.indexOf("—"); o >= 0; o = text.indexOf("—", o + 1)) {
    const d = tokenAt(toks, o);
    if (d >= 2 && d < toks.length - 1) dashes.push(d);
  }
  if (!dashes.length) return;
  theatres(toks, cands, dashes);
  openingHours(toks, cands, dashes);
}

const nameOf = (toks: Token[], a: number, b: number): string => toks.slice(a, b).map((t) => t.t).join(" ");
const titleCase = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * "La Rochelle", "la Flèche", "au Locle": the candidate's first token (the article written) when the article and the
 * name make a known town that the name alone does not; the candidate's own start when the article was contracted
 * ("au", "du": the article is no word of the span); -1 otherwise.
 */
function articlePlace(toks: Token[], c: Candidate): number {
  const before = tokAt(toks, c.a - 1);
  if (!before || before.nl > 0 && c.a > 0 && toks[c.a].nl > 0) return -1;
  // (No article, written or contracted, before the name: nothing to read; tested first, as the cheapest.)
  const written = ARTICLE.has(before.lw) && before.lw !== "l'";
  if (!written && !ARTICLE_OF_CONTRACTION.has(before.lw)) return -1;
  // "la Porte ottomane", "au Palais", "La Chambre a voté": after an article in lower case or opening the sentence, a
  // frequent noun is that noun ("Pour Le Havre": a capital article inside the sentence belongs to the name).
  // A frequent noun before a verb is a body that acts ("La Chambre a discuté").
  const one = c.b - c.a === 1;
  if (one && gaz.isCommonWord(toks[c.a].form, "fr") && (!before.cap || before.sent || FINITE_FR.has(toks[c.b]?.lw ?? ""))) return -1;
  const name = one ? toks[c.a].t : nameOf(toks, c.a, c.b);
  const article = written ? titleCase(before.lw) : ARTICLE_OF_CONTRACTION.get(before.lw);
  if (!article) return -1;
  const info = one ? withArticle(article)(toks[c.a].form) : gaz.placeInfo(`${article} ${name}`);
  if (!info || info.ambiguous) return -1;
  // (Asked last, as the rarest to matter; one word by its form, whose answers the gazetteers keep on it.)
  const known: gaz.Word = one ? toks[c.a].form : name;
  if (gaz.placeInfo(known) || gaz.isKnownOrg(known)) return -1;
  return written ? c.a - 1 : c.a;
}

/**
 * The gazetteer's place for an article and one word ("La" "Rochelle"), its answer kept on the word's form, one fact
 * slot per article (the articles are a short fixed list): no name built and hashed per candidate.
 */
const articleAsks = new Map<string, (w: gaz.Word) => gaz.PlaceInfo | undefined>();
function withArticle(article: string): (w: gaz.Word) => gaz.PlaceInfo | undefined {
  let ask = articleAsks.get(article);
  if (!ask) articleAsks.set(article, ask = memo((t) => gaz.placeInfo(`${article} ${t}`)));
  return ask;
}

/**
 * "rue des Halles", "place de la République", "quai d'Orsay": the head's token when a street head, "de"/"du"/"des"
 * (and an article) come right before the candidate; -1 otherwise. "à la place de Jacques" is no street.
 */
function streetStart(toks: Token[], c: Candidate, lex: Lexicon): number {
  let k = c.a - 1;
  const article = tokAt(toks, k)?.lw;
  if (article === "la" || article === "l'") k--;
  const of = tokAt(toks, k);
  if (!of || !OF.has(of.lw) || of.cap && of.lw !== "d'") return -1;
  const h = k - 1;
  const head = toks[h];
  if (!head || !STREET_HEADS.has(head.lw) || head.nl > 0 && toks[k].nl > 0) return -1;
  if (head.lw === "place") {
    // "à la place de", "sa place de": a stead, not a square; nor before a person's given name.
    const det = toks[h - 1];
    if (gaz.isFirstName(toks[c.a].form) || det && (det.lw === "la" && toks[h - 2]?.lw === "à" || lex.determiners.has(det.lw) && det.lw !== "la")) return -1;
  }
  return h;
}

const isUpperWord = (t: Token | undefined): t is Token => !!t && t.word && (t.upper || t.t.length === 1 && t.cap);
/** "TH." (théâtre) opening a theatre's name in the listings. */
const isTheatreAbbr = (toks: Token[], k: number): boolean => toks[k]?.t === "TH" && toks[k + 1]?.t === "." && toks[k + 1].s === toks[k].e;
const MAX_VENUE_TOKENS = 6;

/**
 * Programme listings: a name in capitals, its period, a dash and an hour ("AMBIGU. — 8 h. 30 : …") is the theatre's.
 * The venue's candidates (one per word run, "TH" cut off by its period) become one place candidate.
 */
function theatres(toks: Token[], cands: Candidate[], dashes: readonly number[]): void {
  for (const d of dashes) {
    if (d >= toks.length - 2 || toks[d + 2].lw !== "h" || toks[d + 1].nl > 0 || !/^\d{1,2}$/.test(toks[d + 1].t)) continue;
    const e = toks[d - 1].t === "." ? d - 1 : d;
    if (!isUpperWord(toks[e - 1]) || toks[e].nl > 0) continue;
    let a = e - 1;
    // Back over the capitals of the same line: "PORTE-SAINT-MARTIN", "TH. DE PARIS".
    for (;;) {
      const p = tokAt(toks, a - 1);
      if (!p || toks[a].nl > 0 || e - a >= MAX_VENUE_TOKENS) break;
      if (isUpperWord(p) && p.t !== "TH") { a--; continue; }
      if (p.t === "-" && isUpperWord(toks[a - 2]) && p.s === toks[a - 2].e && p.e === toks[a].s) { a -= 2; continue; }
      if (p.t === "." && isTheatreAbbr(toks, a - 2)) { a -= 2; break; }
      break;
    }
    // "ET PUBLICITE TH. DE PARIS": the abbreviation opens the name.
    for (let k = a; k < e - 1; k++) if (isTheatreAbbr(toks, k)) { a = k; break; }
    // The candidates inside the venue's name give way; one that opens before it keeps its words before it
    // ("11, Boulevard Montmartre TH. SARAH-BERNHARDT").
    let at = cands.findIndex((c) => c.b > a);
    if (at < 0) at = cands.length;
    if (at < cands.length && cands[at].a < a) cands[at++].b = a;
    let last = at;
    while (last < cands.length && cands[last].a < e) last++;
    const venue = candidate(a, e, false);
    venue.place = true;
    cands.splice(at, last - at, venue);
    playTitle(toks, cands, d + 3, at + 1);
  }
}

const MAX_TITLE_TOKENS = 12;

/**
 * "— 8 h. 30 : Les Millions de l'oncle Sam.": the play's title after the hour names no one ("Georges Dandin",
 * "Mlle Josette, ma femme"); an author in brackets after it does ("Le Baptême (Lugné-Poë)"). from: a token after
 * the hour; at: the first candidate that may lie in the title.
 */
function playTitle(toks: Token[], cands: Candidate[], from: number, at: number): void {
  let k = from;
  while (k < toks.length && k - from < 4 && toks[k].t !== ":" && toks[k].nl === 0) k++;
  if (toks[k]?.t !== ":") return;
  let end = k + 1;
  while (end < toks.length && end - k <= MAX_TITLE_TOKENS && toks[end].t !== "." && toks[end].t !== "—" && (end === k + 1 || toks[end].nl === 0)) end++;
  for (let i = at; i < cands.length && cands[i].a < end; i++) {
    const c = cands[i];
    if (c.a > k && c.b <= end && toks[c.a - 1].t !== "(" && !c.place) cands.splice(i--, 1);
  }
}

/** Whether the words at k open a schedule: "Tous les jours", "Dimanches, mardis", "Le jeudi", "De midi à 4 h.". */
function schedule(toks: Token[], k: number): boolean {
  const w = toks[k];
  if (!w) return false;
  const day = (t: Token | undefined) => !!t && WEEKDAYS_FR.has(t.lw.endsWith("s") ? t.lw.slice(0, -1) : t.lw);
  if (day(w) || w.lw === "tous" && toks[k + 1]?.lw === "les") return true;
  // (An hour alone opens the next entry of a radio or theatre listing, not this one's hours.)
  const n = toks[k + 1];
  return (w.lw === "le" || w.lw === "les" || w.lw === "de") && (day(n) || n?.lw === "midi");
}

/** A guide's entries: the name closed by a period, a dash and opening hours is the place's (a museum, a library). */
function openingHours(toks: Token[], cands: Candidate[], dashes: readonly number[]): void {
  let at = 0;
  for (const d of dashes) {
    if (toks[d - 1].t !== "." || !schedule(toks, d + 1)) continue;
    while (at < cands.length && cands[at].b < d - 1) at++;
    const c = cands[at];
    if (!c || c.b !== d - 1 || c.honorific || c.place) continue;
    // "BIBLIOTHÈQUES Arsenal": the section's heading in capitals is no part of the name.
    while (c.b - c.a > 1 && toks[c.a].upper && !toks[c.b - 1].upper) c.a++;
    c.place = true;
    c.org = undefined;
    c.role = undefined;
  }
}
