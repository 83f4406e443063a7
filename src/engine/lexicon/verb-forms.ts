// The inflected forms of a language's reporting verbs, generated from the lemmas of its table (see
// conjugate.ts). Build time: `npm run lexicons` (scripts/compile-lexicons.mjs) writes them to
// data/verb-forms.generated.ts, which the engine reads, so that the first analysis does not conjugate
// some 400 lemmas; a unit test checks the file matches the tables. (A user's extra verbs are
// conjugated at run time, by index.ts.)
import type { Lang } from "../types";
import { englishForms, frenchForms } from "./conjugate";
import { normApostrophe } from "./apostrophes";
import type { LexiconData } from "./types";

/** One report frame of a verb form: the fixed words after it, whether an object comes first, the particle ("" when
 *  none), the content. */
export interface ReportFrame {
  rest: string[];
  obj: boolean;
  particle: string;
  content: "inf" | "np" | "adj" | "obj" | "clause" | "que";
  /** Reported only with the reflexive pronoun ("s'est engagé à"); other frames, never with it ("se demandait"). */
  pronominal: boolean;
}

/** "faire état|de+np" → its frame: rest ["état"], particle "de", content "np". */
function parseFrame(entry: string): ReportFrame {
  const [full, comp] = entry.split("|");
  // "s'engager|à+inf": a pronominal frame, reported only with its reflexive pronoun.
  const pronominal = /^s'|^se /.test(full);
  const rest = full.replace(/^s'|^se /, "").split(" ").slice(1);
  const words = comp.split(" ");
  const obj = words[0] === "obj";
  const last = words[words.length - 1];
  const [particle, kind] = last.includes("+") ? last.split("+") : obj && words.length > 1 ? [last, "obj"] : ["", last];
  return { rest, obj, particle, content: kind as ReportFrame["content"], pronominal };
}

/** What compile (index.ts) builds its verb Sets and Maps from; lists are in first-added order. */
export interface VerbForms {
  /** Forms of the reporting verbs and of the object-reporting verbs, and every irregular form. */
  verbForms: string[];
  infinitives: string[];
  pronominalForms: string[];
  bareClauseForms: string[];
  objectForms: string[];
  /** Verb form → the particles it needs before its content. */
  objectParticle: [string, string[]][];
  infinitiveForms: string[];
  /** Forms of LexiconData.addresseeInfinitiveVerbs. */
  addresseeForms: string[];
  /** Forms of the verbs of belief (LexiconData.beliefVerbs). */
  beliefForms: string[];
  /** Forms of the verbs whose object is a report only with quoted words in it (LexiconData.quotedObjectVerbs). */
  quotedObjectForms: string[];
  /** Per entry of LexiconData.reportFrames, in order: the forms of its verb. */
  frameForms: string[][];
  /** Per entry of LexiconData.reportFrames, in order: its frame. */
  frames: ReportFrame[];
  /** Forms of the verbs of request and of the prepositional reporting verbs (their first word conjugated). */
  requestForms: string[];
  prepositionalForms: string[];
}

/** The verb of a report frame entry ("s'engager|à+inf" → "engager", "faire état|de+np" → "faire"), as written. */
export function frameLemma(entry: string): string {
  return entry.split("|")[0].replace(/^s'|^se /, "").split(" ")[0];
}

export function inflectorOf(lang: Lang): (lemma: string) => string[] {
  return lang === "fr" ? frenchForms : englishForms;
}

/** "S'inquiéter" → "inquiéter": a reporting verb's lemma as conjugated (apostrophes as "'"). */
export function bareLemma(lemma: string): string {
  return normApostrophe(lemma.toLowerCase()).replace(/^s'|^se /, "");
}

/** Forms of one reporting verb: its inflections and its irregular forms. */
export function reportingVerbForms(d: LexiconData, lang: Lang, lemma: string): string[] {
  const bare = bareLemma(lemma);
  return [...inflectorOf(lang)(bare), ...d.irregularForms?.[bare] ?? []];
}

export function conjugateLexicon(d: LexiconData, lang: Lang): VerbForms {
  const inflect = inflectorOf(lang);
  const verbForms = new Set<string>();
  for (const lemma of d.reportingVerbs) for (const f of reportingVerbForms(d, lang, lemma)) verbForms.add(f);
  // Not the irregular forms of a verb that reports only through its frames ("maintient que", not "se maintient à son cours").
  const onlyFrames = new Set(d.frameOnlyVerbs ?? []);
  for (const [lemma, forms] of Object.entries(d.irregularForms ?? {})) if (!onlyFrames.has(lemma)) for (const f of forms) verbForms.add(f);
  const finite = new Set(Object.values(d.irregularForms ?? {}).flat());
  const infinitives = new Set(lang !== "fr" ? [] : [...d.reportingVerbs, ...(d.objectReportVerbs ?? []).map((v) => v.split(" ")[0])]
    .map(bareLemma).filter((l) => /(?:er|ir|re)$/.test(l) && !finite.has(l)));
  const pronominalForms = new Set<string>();
  for (const lemma of d.pronominalVerbs ?? []) {
    for (const f of inflect(lemma)) pronominalForms.add(f);
    for (const f of d.irregularForms?.[lemma] ?? []) pronominalForms.add(f);
  }
  const bareClauseForms = new Set<string>();
  for (const lemma of d.bareClauseVerbs ?? []) {
    for (const f of inflect(lemma)) bareClauseForms.add(f);
    for (const f of d.irregularForms?.[lemma] ?? []) bareClauseForms.add(f);
  }
  const objectForms = new Set<string>();
  const objectParticle = new Map<string, Set<string>>();
  for (const entry of d.objectReportVerbs ?? []) {
    const [lemma, particle] = entry.split(" ");
    for (const f of [...inflect(lemma), ...d.irregularForms?.[lemma] ?? []]) {
      objectForms.add(f);
      verbForms.add(f);
      if (particle) objectParticle.set(f, (objectParticle.get(f) ?? new Set()).add(particle));
    }
  }
  // Report frames' verbs are reporting verbs too ("a invité les élus à voter"): their forms, as of an object verb.
  // Not those that report only through their frames (frameOnlyVerbs: "parler", "rapporter").
  const frameOnly = new Set(d.frameOnlyVerbs ?? []);
  for (const entry of d.reportFrames ?? []) {
    const lemma = bareLemma(entry.split(/[ |]/)[0]);
    if (frameOnly.has(lemma)) continue;
    for (const f of [...inflect(lemma), ...d.irregularForms?.[lemma] ?? []]) verbForms.add(f);
  }
  const formsOf = (l: string) => [...inflect(l), ...d.irregularForms?.[l] ?? []];
  const infinitiveForms = new Set((d.infinitiveReportVerbs ?? []).flatMap(formsOf));
  // "encouraged voters to …": these verbs report, as object verbs do.
  const addresseeForms = new Set((d.addresseeInfinitiveVerbs ?? []).flatMap(formsOf));
  for (const f of addresseeForms) verbForms.add(f);
  return {
    verbForms: [...verbForms],
    infinitives: [...infinitives],
    pronominalForms: [...pronominalForms],
    bareClauseForms: [...bareClauseForms],
    objectForms: [...objectForms],
    objectParticle: [...objectParticle].map(([f, ps]) => [f, [...ps]]),
    infinitiveForms: [...infinitiveForms],
    addresseeForms: [...addresseeForms],
    beliefForms: [...new Set((d.beliefVerbs ?? []).flatMap(formsOf))],
    quotedObjectForms: [...new Set((d.quotedObjectVerbs ?? []).flatMap(formsOf))],
    frameForms: (d.reportFrames ?? []).map((entry) => [...new Set(formsOf(frameLemma(entry)))]),
    frames: (d.reportFrames ?? []).map(parseFrame),
    requestForms: [...new Set((d.requestVerbs ?? []).flatMap((l) => inflect(l.split(" ")[0])))],
    prepositionalForms: [...new Set((d.prepositionalVerbs ?? []).flatMap((l) => inflect(l.split(" ")[0])))],
  };
}
