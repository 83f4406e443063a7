// The engine's public data model. Everything here is JSON-serialisable.
// Every span is {start, end} in UTF-16 code units: text.slice(start, end) is the span's text.

export type Lang = "fr" | "en";

export interface Span {
  start: number;
  end: number;
}

export type EntityKind = "person" | "org" | "place";

/** One occurrence of an entity's name in the text (without titles or honorifics). */
export interface Mention extends Span {
  text: string;
  /** Id of the entity this mention belongs to. */
  entity: string;
}

export interface Entity {
  /** Stable within one analysis: "p0", "o3", "l2"... */
  id: string;
  kind: EntityKind;
  /** Canonical name: the fullest form the article gives. */
  name: string;
  mentions: Mention[];
  /** Role or title the article binds to the person ("ministre chinois de la Défense"). */
  role?: string;
  /** Only from explicit evidence (Mme, la ministre, Mr., she said). */
  gender?: "f" | "m";
  /**
   * People only: the descriptions the article binds to this person beside the name mentions ("le ministre
   * chinois de la Défense", wherever it is written, also before the name first appears). Absent when none.
   */
  references?: Reference[];
}

/** A description of the text that stands for a person (not a name mention: see Entity.references). */
export interface Reference extends Span {
  text: string;
  /** The person's canonical name. */
  person: string;
}

export type QuoteKind = "direct" | "indirect" | "mixed";

export interface Speaker {
  /** Entity id when the speaker is a person or organisation of the article. */
  entity?: string;
  /** Canonical name, or null when the source is only a description ("un témoin"). */
  name: string | null;
  /** The mention the cue binds to this quote (the name, the pronoun, or the description as written). */
  mention?: Span;
  /** The text of that mention. */
  mentionText?: string;
  /** True when the speaker was resolved through a pronoun. */
  pronoun?: boolean;
}

export interface Quote extends Span {
  id: string;
  kind: QuoteKind;
  text: string;
  /** For a direct quote split by an incise: each piece with its own marks. Absent otherwise. */
  fragments?: Span[];
  speaker: Speaker | null;
  /** The reporting cue ("a déclaré", "said", "selon"), when there is one. */
  cue?: Span;
}

export interface AnalyzeOptions {
  /** Force the language; detected when absent. */
  lang?: Lang;
  /** Extra reporting verbs (lemmas or forms), per language. */
  extraVerbs?: Partial<Record<Lang, string[]>>;
  /** Characters beyond which the text is not analysed (the analysis says so). Default 5_000_000. */
  maxLength?: number;
}

export interface ArticleAnalysis {
  lang: Lang;
  people: Entity[];
  orgs: Entity[];
  places: Entity[];
  quotes: Quote[];
  /** Set when the input was cut at maxLength: the analysis covers [0, analysedLength). */
  truncated?: { analysedLength: number; totalLength: number };
}
