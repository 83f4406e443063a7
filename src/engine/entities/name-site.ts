// The name site the language's hooks read (lang/entity-hooks.ts NameSite), made by name-kind.ts for each candidate.
import type * as gaz from "../lexicon/gazetteer";
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import type { Candidate } from "./candidates";
import { roleBefore } from "./cues";
import type { NameSite } from "../lang/entity-hooks";

/**
 * The name site the language's hooks read. Its role phrase is read from the words before the name on first need:
 * most candidates are settled before a rule asks for it.
 */
export class Site implements NameSite {
  readonly words: number;
  private roleRead = false;
  private roleFound: NameSite["role"];

  constructor(
    readonly toks: Token[], readonly lex: Lexicon, readonly c: Candidate, readonly a: number, readonly b: number, readonly name: string,
    readonly first: Token, readonly firstT: string, readonly firstLw: string, readonly firstW: gaz.Word, readonly lastT: string, readonly known: boolean,
    readonly place: gaz.PlaceInfo | undefined,
  ) {
    this.words = b - a;
  }

  get role(): NameSite["role"] {
    if (!this.roleRead) {
      const c = this.c;
      this.roleFound = c.role ? { role: c.role, gender: c.gender } : roleBefore(this.toks, this.a, this.lex);
      this.roleRead = true;
    }
    return this.roleFound;
  }
}
