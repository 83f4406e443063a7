// French clubs named by a head word and their town (a candidate stage French adds: lang/fr/entities.ts). After a
// masculine article, a club's head opens a name that goes on through its town's demonym in lower case ("le Stade
// rennais", "l'Olympique lyonnais"), or through "de" and a town ("l'Olympique de Marseille", "le Racing Club de
// Strasbourg"): the whole run is the club, where it was nothing, or the town alone as a place. A country after "de"
// names a stadium or a national body ("le Stade de France"); no article, no club ("Stade rennais" opening a heading
// stays as the other rules read it).
import * as gaz from "../../lexicon/gazetteer";
import { tokAt, type Token } from "../../text/tokenize";
import { lowerWithEnding } from "../../text/unicode";
import type { Candidate } from "../../entities/candidates";
import { CLUB_ARTICLES, CLUB_DEMONYM_ENDINGS, CLUB_HEADS_FR, DE_FORMS as OF } from "../../lexicon/fr/entities";

const demonymInLowerCase = lowerWithEnding(CLUB_DEMONYM_ENDINGS);

/** Makes the candidates that open with a club's head after an article the club's whole name. */
export function frenchClubs(toks: Token[], cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const head = toks[c.a];
    if (c.honorific || c.role || !CLUB_HEADS_FR.has(head.lw) || head.upper || !CLUB_ARTICLES.has(tokAt(toks, c.a - 1)?.lw ?? "")) continue;
    // "le Racing Club de Strasbourg": the run already holds the town after "de".
    const ofAt = c.b - 2;
    if (c.b - c.a >= 3 && OF.has(toks[ofAt].lw) && !toks[ofAt].cap && clubTown(toks[c.b - 1])) { c.org = true; continue; }
    if (c.b - c.a !== 1) continue;
    const n = toks[c.b];
    if (!n || n.nl > 0) continue;
    // "le Stade rennais", "l'Olympique lyonnais".
    if (demonymInLowerCase.test(n.t) && !gaz.isCommonWord(n.form, "fr") || gaz.isDemonym(n.form) && !n.cap) { c.b++; c.org = true; continue; }
    // "l'Olympique de Marseille": the town's candidate is taken in.
    const next = cands[i + 1];
    if (OF.has(n.lw) && next && next.a === c.b + 1 && next.b === next.a + 1 && clubTown(toks[next.a])) {
      c.b = next.b;
      c.org = true;
      cands.splice(i + 1, 1);
    }
  }
}

/** A town a club is of: a known place that is no country, no continent and no region ("Marseille", not "France"). */
function clubTown(t: Token): boolean {
  const p = gaz.placeInfo(t.form);
  return !!p && p.kind !== "country" && p.kind !== "continent" && p.kind !== "region";
}
