// English titles: a title's modifiers before its noun ("the province's transportation minister"), capitals that are
// titles alone ("Attorney General"). Reached through the English entity hooks (entities.ts).
import type { Lexicon } from "../../lexicon";
import * as gaz from "../../lexicon/gazetteer";
import { PREPOSITIONS_EN, TITLE_MODIFIERS } from "../../lexicon/en/entities";
import type { Token } from "../../text/tokenize";
import { isPossessive } from "../../entities/possessive";
import { isSpaceCode } from "../../entities/name-keys";

/** Words an English title may take before its noun: "former", "deputy", "foreign", "transportation". */
const MAX_MODIFIERS = 3;

export function modifiersBefore(toks: Token[], start: number, lex: Lexicon): number {
  let s = start;
  while (start - s < MAX_MODIFIERS && s > 0) {
    const t = toks[s - 1];
    const plain = t.word && t.nl === 0 && !isPossessive(t) && !lex.determiners.has(t.lw) && !lex.auxiliaries.has(t.lw) &&
      !lex.verbForms.has(t.lw) && !lex.particles.has(t.lw) && !lex.complementizers.has(t.lw) && !PREPOSITIONS_EN.has(t.lw);
    // Lower case, or the capital of a sentence start ("Former foreign minister Anne Reed").
    if (!plain || t.cap && !(t.sent && TITLE_MODIFIERS.has(t.lw))) break;
    s--;
    if (t.sent) break;
  }
  return s;
}

function isRoleWord(w: string, lex: Lexicon): boolean {
  if (lex.roleNouns.has(w)) return true;
  const modern = gaz.longS(w);
  return modern !== w && lex.roleNouns.has(modern);
}

/** The index of the first space or hyphen of the name (`/[\s-]/`), or -1. */
function wordSeparator(name: string): number {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 45 || isSpaceCode(c)) return i;
  }
  return -1;
}

/**
 * Whether every word of the name (split at spaces and hyphens) is a role noun ("Vice-president",
 * "Attorney General"). The first word settles most names, before the whole name is lower-cased and split;
 * a name of one word is its lower case (`lower`, when the caller has it).
 */
export function roleWordsOnly(name: string, lex: Lexicon, lower?: string): boolean {
  const cut = wordSeparator(name);
  if (cut < 0) return isRoleWord(lower ?? name.toLowerCase(), lex);
  if (cut > 0 && !isRoleWord(name.slice(0, cut).toLowerCase(), lex)) return false;
  return name.toLowerCase().split(/[\s-]+/).every((w) => isRoleWord(w, lex));
}
