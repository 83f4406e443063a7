// Generates the inflected forms of reporting verbs from their lemmas, so the tables list
// lemmas only. The forms cover what news prose uses: present, past, participles, future,
// conditional, and the French simple past and imperfect.

/** French forms of a regular -er / -ir / -re verb (3rd person, participles, infinitive). */
export function frenchForms(lemma: string): string[] {
  const out = [lemma];
  if (lemma.endsWith("er")) {
    const stem = lemma.slice(0, -2);
    // Spelling changes before a mute e: "rappeler" → "rappelle", "répéter" → "répète".
    const mute = muteStem(stem);
    const soft = /[cg]$/.test(stem) ? stem + (stem.endsWith("g") ? "e" : "") : stem;
    const cedilla = stem.endsWith("c") ? stem.slice(0, -1) + "ç" : soft;
    out.push(
      mute + "e", mute + "ent", stem + "é", stem + "ée", stem + "és", stem + "ées",
      cedilla + "ait", cedilla + "aient", cedilla + "a", stem + "èrent", cedilla + "ant",
      mute + "era", mute + "eront", mute + "erait", mute + "eraient",
    );
    // The future and conditional keep the é in the traditional spelling: "considérera", "révélerait" (beside "considèrera").
    if (mute !== stem && /é[^aeiouyéèêë]+$/.test(stem)) out.push(stem + "era", stem + "eront", stem + "erait", stem + "eraient");
  } else if (lemma.endsWith("ir")) {
    const stem = lemma.slice(0, -2);
    out.push(stem + "it", stem + "issent", stem + "i", stem + "ie", stem + "is", stem + "issait",
      stem + "issaient", stem + "irent", stem + "issant", stem + "ira", stem + "irait");
  } else if (lemma.endsWith("re")) {
    const stem = lemma.slice(0, -2);
    out.push(stem, stem + "ent", stem + "u", stem + "ue", stem + "ait", stem + "aient", stem + "it",
      stem + "ant", stem + "ra", stem + "rait");
  }
  return out;
}

function muteStem(stem: string): string {
  // "appuyer" → "appuie", "envoyer" → "envoie"; "tweeter" keeps its stem.
  if (/[uo]y$/.test(stem)) return stem.slice(0, -1) + "i";
  if (/ee[lt]$/.test(stem)) return stem;
  const m = /^(.*)[éè]([^aeiouyéèêë]+)$/.exec(stem);
  if (m) return m[1] + "è" + m[2];
  // "appeler" → "appelle", but "marteler" → "martèle" (the acheter/geler kind).
  if (/(?:el|et)$/.test(stem) && !/(?:acheter|geler|marteler|harceler|modeler|ciseler|démanteler|haleter)$/.test(stem + "er")) return stem + stem.slice(-1);
  if (/(?:el|et)$/.test(stem)) return stem.slice(0, -2) + "è" + stem.slice(-1);
  // "relever" → "relève", "soulever" → "soulève", "mener" → "mène": a mute e before one consonant.
  const e = /^(.*[^aeiouyéèêë])e([vnsm])$/.exec(stem);
  if (e) return e[1] + "è" + e[2];
  return stem;
}

/** English forms of a verb: base, -s, -ed, -ing (regular spelling rules). */
export function englishForms(lemma: string): string[] {
  const out = [lemma];
  const cvc = /[^aeiou][aeiou][bdgk-nprt]$/.test(lemma) && !/(?:en|er|it|on)$/.test(lemma.slice(-2)) && lemma.length <= 5;
  if (/(?:[sxz]|ch|sh)$/.test(lemma)) out.push(lemma + "es");
  else if (/[^aeiou]y$/.test(lemma)) out.push(lemma.slice(0, -1) + "ies");
  else out.push(lemma + "s");
  if (lemma.endsWith("e")) out.push(lemma + "d", lemma.slice(0, -1) + "ing");
  else if (/[^aeiou]y$/.test(lemma)) out.push(lemma.slice(0, -1) + "ied", lemma + "ing");
  else if (cvc) out.push(lemma + lemma.slice(-1) + "ed", lemma + lemma.slice(-1) + "ing");
  else out.push(lemma + "ed", lemma + "ing");
  return out;
}
