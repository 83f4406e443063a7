// A name candidate: a capitalised run that may be a name, with the cues found around it (entities/candidates.ts), before
// classify.ts decides what it is. A leaf the language's candidate passes (lang/*/) can import.
import type { Layout } from "./layout";

export interface Candidate {
  /** Token range [a, b) of the name itself (titles excluded). */
  a: number;
  b: number;
  /** Role words before the name, inside or just before the capitalised run ("Health Minister"). */
  role?: string;
  /** Honorific just before the name ("M.", "Mrs."). */
  honorific?: string;
  gender?: "m" | "f";
  /** The line is mostly upper-case (a headline), so capitals say little. */
  shouting: boolean;
  /** What the line's shape says: a table row or a dateline. */
  layout?: Layout;
  /** An organisation head took in its "of" complement ("Bank of Japan", "Senate of the United States"). */
  org?: boolean;
  /** The words around made it a place ("au Locle", "rue des Halles": lang/fr/place-forms.ts). */
  place?: boolean;
}

/**
 * A candidate with every field present, in one order: every candidate then has one object shape, where fields
 * added as the cues were found made a shape per combination, and the rules' reads of them megamorphic.
 */
export function candidate(a: number, b: number, shouting: boolean, layout?: Layout): Candidate {
  return { a, b, role: undefined, honorific: undefined, gender: undefined, shouting, layout, org: undefined, place: undefined };
}
