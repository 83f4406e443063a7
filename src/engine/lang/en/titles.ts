// English titles: capitals that are titles alone ("Attorney General"). Reached through the English entity hooks
// (entities.ts). (A title's modifiers before its noun, "the province's transportation minister", are read by
// phrases/title.ts from the lexicon's titleModifiers.)
import type { Lexicon } from "../../lexicon";
import * as gaz from "../../lexicon/gazetteer";
import { isSpaceCode } from "../../text/chars";

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
 * "Attorney General"). The first word settles most names, before the whole name is lower-cased and split; where it
 * is the name's first token (firstT), its lower case is the token's (firstLw): no string made, none hashed afresh.
 */
export function roleWordsOnly(name: string, lex: Lexicon, firstT: string, firstLw: string): boolean {
  const cut = wordSeparator(name);
  if (cut < 0) return isRoleWord(name === firstT ? firstLw : name.toLowerCase(), lex);
  if (cut > 0 && !isRoleWord(cut === firstT.length ? firstLw : name.slice(0, cut).toLowerCase(), lex)) return false;
  return name.toLowerCase().split(/[\s-]+/).every((w) => isRoleWord(w, lex));
}
