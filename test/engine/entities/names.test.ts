// Where a name starts and ends: names of many origins, unknown names, possessives, sentence-initial
// capitals, initials and honorifics, months and words that are also given or family names.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { names, mentionsOf, peopleOf, entities, fr, en, type EntityRow, type Lang } from "../helpers/table";

const possessives: EntityRow[] = [
  { why: "an English possessive ends the name and is not part of it",
    text: "Officials said Wei Fenghe's visit was short. Canada's envoy met Ngozi Okonjo-Iweala's team in Beijing.", people: ["Wei Fenghe", "Ngozi Okonjo-Iweala"], places: ["Canada", "Beijing"],
    not: { people: ["Wei Fenghe's", "Canada's", "Canada", "Ngozi Okonjo-Iweala's team"], places: ["Canada's"] } },
  { why: "a possessive stops the run: the next capital is another name",
    text: "Analysts said Kim Jong-un's Workers' Party met on Monday.", people: ["Kim Jong-un"],
    not: { people: ["Kim Jong-un's Workers", "Kim Jong-un's"] } },
  { why: "contractions are no names",
    text: "\"I'm sure,\" said Recep Tayyip Erdoğan. \"He's right. I'd go. Here's why.\"",
    people: ["Recep Tayyip Erdoğan"], not: { people: ["I'm", "He's", "I'd", "Here's", "He", "Here"] } },
];

const sentenceStarts: EntityRow[] = [
  { why: "a frequent word at a sentence start is no name, even before a reporting verb",
    text: "Officials said the market was calm. Sitting in Paris, Ursula von der Leyen said little. Several said no.", people: ["Ursula von der Leyen"], places: ["Paris"],
    not: { people: ["Officials", "Sitting", "Several", "Sitting in Paris"] } },
  { why: "a sentence-initial frequent word before a name is dropped, the name kept",
    text: "Among them was Mohammad Javad Zarif. Plusieurs sources citent Jean-Marie Le Pen.",
    people: ["Mohammad Javad Zarif"], not: { people: ["Among", "Among them"] } },
  { why: "a name at the sentence start stays a name",
    text: "Zarif said the talks would resume. Mohammad Javad Zarif arrived in Vienna.",
    people: ["Zarif", "Mohammad Javad Zarif"], places: ["Vienna"] },
  { why: "a descriptor capitalised only because it opens the sentence is no part of the name after it",
    text: "Billionaire Wendell Okafor said the deal was done. Embattled Priya Nandakumar denied it. Veteran Tomasz Zielak agreed.",
    people: ["Wendell Okafor", "Priya Nandakumar", "Tomasz Zielak"],
    not: { people: ["Billionaire Wendell Okafor", "Embattled Priya Nandakumar", "Veteran Tomasz Zielak", "Billionaire"] } },
  { why: "must not: a descriptor word inside a sentence, or a surname that is also a word, keeps the name whole",
    text: "Officials said Wendell Okafor was a billionaire. Young Kim-Lee said little.",
    people: ["Wendell Okafor"], not: { people: ["Okafor was"] } },
];

const unknownNamesEn: EntityRow[] = [
  { why: "two or three capitalised words no lexicon knows are a person's name (English)",
    text: "The winner was headed in by Takuya Takagi after a cross from Nader Jokhadar. Rustu Recber saved twice.", people: ["Takuya Takagi", "Nader Jokhadar", "Rustu Recber"],
    not: { people: ["Asian Cup"], places: ["Takuya Takagi"] } },
  { why: "initials before a surname make a person (English)",
    text: "S. Campbell c Healy b Gillespie 31\nJ. K. Rowling signed copies.",
    people: ["S. Campbell", "J. K. Rowling"], not: { orgs: ["S. Campbell"] } },
  { why: "runs with a frequent word, a place or an organisation word are not shaped like a person",
    text: "Fans gathered near the World Cup trophy. He flew to Alba Iulia. Talks with Ostrava Steel Group failed.", not: { people: ["World Cup", "Alba Iulia", "Ostrava Steel Group", "Ostrava Steel"] } },
];
const unknownNamesFr: EntityRow[] = [
  { why: "in French, \"M.\" is Monsieur, not an initial",
    text: "M. Dupont a reçu M. Wei Fenghe.", people: ["Dupont", "Wei Fenghe"],
    not: { people: ["M. Dupont", "M. Wei Fenghe"] } },
];

describe("entities: unknown names", () => { entities(en, unknownNamesEn); entities(fr, unknownNamesFr); });

describe("entities: possessives and contractions", () => { entities(en, possessives); });

describe("entities: sentence-initial capitals", () => { entities(en, sentenceStarts); });

const monthNames: EntityRow[] = [
  { why: "a month after a given name is a surname; a month with a day is a date",
    text: "Theresa May met Elizabeth May in London. Talks with Sarah Okafor resumed in May 2019.",
    people: ["Theresa May", "Elizabeth May", "Sarah Okafor"], not: { people: ["Theresa", "Sarah Okafor resumed"] } },
];

describe("entities: months as surnames", () => { entities(en, monthNames); });

const familyNamesFr: EntityRow[] = [
  { why: "a known family name alone inside a sentence is a person",
    text: "Le rapport remis par Lefebvre au conseil fut adopté, et Kowalski vota contre.",
    people: ["Lefebvre", "Kowalski"] },
  { why: "not a family name: a common word, a place, an article before it, a sentence start",
    text: "Le conseil de Lyon siège au Palais. Lefebvre ouvrit la séance. La Blanche passa.",
    places: ["Lyon"], not: { people: ["Lyon", "Palais", "Blanche", "Lefebvre"] } },
];
const familyNamesEn: EntityRow[] = [
  { why: "an English family name alone inside a sentence is a person too",
    text: "The board heard from Kowalski on Monday before the vote.", people: ["Kowalski"] },
];

describe("entities: family names", () => { entities(fr, familyNamesFr); entities(en, familyNamesEn); });

const spacedInitials: EntityRow[] = [
  { why: "a country's initials printed with spaces are still the country",
    text: "Sickness spread throughout the U. S. last winter, said Tom Quillby.",
    places: ["U. S."], people: ["Tom Quillby"], not: { people: ["U. S."] } },
  { why: "a person's spaced initials stay a person",
    text: "The report was written by J. K. Quarrendon and read aloud.",
    people: ["J. K. Quarrendon"], not: { places: ["J. K. Quarrendon", "J. K."] } },
];

describe("entities: spaced initials", () => { entities(en, spacedInitials); });

const wordGivenNames: EntityRow[] = [
  { why: "a given name that is also a word, with a surname and an apposition, is a person",
    text: "Crews worked late. Will Quillby, a rail mechanic in Garnock, said it was cold. Grant Tavistow, 45, agreed.",
    people: ["Will Quillby", "Grant Tavistow"] },
  { why: "no apposition, a place or a place head after the word: no person",
    text: "Hope Street, a road in town, was closed. Will Britain, the country, leave the union? Mark Twain Avenue, a road, opened.",
    not: { people: ["Hope Street", "Will Britain", "Mark Twain Avenue"] } },
];

describe("entities: given names that are also words", () => { entities(en, wordGivenNames); });

const employerAfterDe: EntityRow[] = [
  { why: "'de' + a lone capital after a given name and a surname is the employer, not part of the name",
    text: "Selon Anne Quillbert de Garnexis, la hausse est forte.",
    people: ["Anne Quillbert"], not: { people: ["Anne Quillbert de Garnexis"] } },
  { why: "a particle surname stays whole: given name alone before 'de', two given names, an honorific",
    text: "Selon Charles de Gaulle, Louis Henri de Bourbon et M. Quillbert de Garnexis, la hausse est forte.",
    people: ["Charles de Gaulle", "Louis Henri de Bourbon", "Quillbert de Garnexis"] },
];

describe("entities: 'de' + employer ends a French name", () => { entities(fr, employerAfterDe); });

describe("a title-case headline does not extend a name with its verb (entities/titlecase.ts)", () => {
  const rows: [string, string[]][] = [
    ["Jane Doe Promises Action On Housing In First Year.\n\nJane Doe spoke to voters in Dover.", ["Jane Doe"]],
    ["Mark Tilden Is Leading The Race For Mayor.\n\nMark Tilden spoke to voters in Dover.", ["Mark Tilden"]],
    // The article writes "Jane Doe" as a whole name: the headline's next word goes.
    ["Jane Doe Drops Into Dover As Rivals Get Nervous.\n\nJane Doe came to Dover on Friday.", ["Jane Doe"]],
    // Not cut: a name the article writes whole elsewhere, and a sentence that is no headline.
    ["Will Young Explains Cold Weather Brake Failures.\n\nWill Young, a mechanic, spoke on Monday.", ["Will Young"]],
    ["Jane Doe Promises said the mayor.", ["Jane Doe Promises"]],
  ];
  for (const [text, expected] of rows) it(text, () => assert.deepEqual(names(text, en, ["people"]).people, expected));
});

describe("people: names of many origins", () => {
  const rows: [string, Lang, string[]][] = [
    ["La présidente de la Commission, Ursula von der Leyen, a rencontré Jean-Marie Le Pen à Bruxelles.", "fr", ["Jean-Marie Le Pen", "Ursula von der Leyen"]],
    ["Kim Jong-un met Recep Tayyip Erdoğan and Ngozi Okonjo-Iweala in Geneva on Monday.", "en", ["Kim Jong-un", "Ngozi Okonjo-Iweala", "Recep Tayyip Erdoğan"]],
    ["The author J. K. Rowling said the book was finished.", "en", ["J. K. Rowling"]],
    ["Le ministre iranien des Affaires étrangères, Mohammad Javad Zarif, est arrivé à Pékin.", "fr", ["Mohammad Javad Zarif"]],
  ];
  for (const [text, lang, expected] of rows) it(expected.join(", "), () => assert.deepEqual(peopleOf(text, lang).map((p) => p.name).sort(), expected));
});

describe("people: an honorific inside a run of capitals opens the next name", () => {
  entities(fr, [
    { text: "Cours de piano. Écrire Mme Valtrand, 12, rue Neuve.", people: ["Valtrand"], not: { people: ["Écrire Mme Valtrand"] } },
    { text: "Livraison rapide. Chez M. Perrodin, au faubourg.", people: ["Perrodin"], not: { people: ["Chez M. Perrodin"] } },
  ]);
  entities(en, [
    { text: "The farm was sold yesterday. Apply Mr. Hollister at the mill.", people: ["Hollister"], not: { people: ["Apply Mr. Hollister"] } },
    { why: "'St' and 'Sr' stay inside a name", text: "The shop of John Lee Sr. was sold.", people: ["John Lee Sr"] },
  ]);
});

describe("people: initials alone name nobody; solid ones are an acronym", () => {
  it("lone and spaced initials are no people", () => {
    const got = mentionsOf("Cuisinière, 30 ans, demande place. Écrire C. 67 au bureau. Réponse à P. B. 12.", "fr", "people");
    assert.deepEqual(got.filter((m) => /^[A-Z]\.?(?: [A-Z]\.?)*$/.test(m)), []);
  });
  entities(en, [
    { why: "after an honorific an initial is a withheld name", text: "The brig arrived yesterday, and Capt. B. reports heavy weather.", people: ["B."] },
  ]);
  it("'U. S.' is a place, 'A.S.' an organisation", () => {
    assert.ok(mentionsOf("Sickness has spread throughout the U. S. this winter.", "en", "places").includes("U. S."));
    const a = analyze("Le match de l'A.S. contre le club voisin a été remis.", { lang: "fr" });
    assert.deepEqual(a.people, []);
  });
});

describe("people: a sentence's opening word is not the first word of the name after it", () => {
  // [text, lang, people as "name: mention, mention"]
  const rows: [string, Lang, string[]][] = [
    // A vocative or a sentence adverb (lexicon tables).
    ["« Où étais-tu ? » demanda Laurence. Chère Laurence ! c'est donc toi ?", "fr", ["Laurence: Laurence, Laurence"]],
    ["« Vite », dit Léon. Aussitôt Léon alluma la lampe.", "fr", ["Léon: Léon, Léon"]],
    ["Il cria le mot : — Lui ! lui ! lui ! — Monsieur, dit le docteur, calmez-vous. Lui accusé, dit Léon, quelle honte.", "fr", ["Léon: Léon"]],
    ["Dear Margaret, he wrote. Margaret never answered, said Tom Reilly.", "en", ["Margaret: Margaret, Margaret", "Tom Reilly: Tom Reilly"]],
    // A word the text writes in lower case elsewhere, before a name it uses alone.
    ["« Vite ! » cria Maubert. Arrêter Maubert, voilà notre tâche. Personne n'osait arrêter un homme pareil.", "fr", ["Maubert: Maubert, Maubert"]],
    ["Avoir Clarisse, c'était avoir toutes les femmes, dit-il. Clarisse le savait.", "fr", ["Clarisse: Clarisse, Clarisse"]],
    ["Trader Omar Haddad said markets were calm. Haddad, a veteran trader, added that prices would rise.", "en", ["Omar Haddad: Omar Haddad, Haddad"]],
    // An honorific inside the run opens the name, also before a particle.
    ["« Entrez », dit Mme de Vernier. Voyant Mme de Vernier sur le seuil, il se leva.", "fr", ["Mme de Vernier: Mme de Vernier, Mme de Vernier"]],
    // Names that stay whole: a given name that is also a word, a particle, an unknown given name.
    ["Jean-Marie Le Pen a parlé à Rennes.", "fr", ["Jean-Marie Le Pen: Jean-Marie Le Pen"]],
    ["Aimé Césaire est arrivé à Paris. Césaire a été aimé de tous.", "fr", ["Aimé Césaire: Aimé Césaire, Césaire"]],
    ["Constant Lefebvre a vendu la ferme. Lefebvre est resté constant dans ses choix.", "fr", ["Constant Lefebvre: Constant Lefebvre, Lefebvre"]],
    ["Will Young, a mechanic, said the car will run.", "en", ["Will Young: Will Young"]],
    ["Teuvo Teravainen scored twice. Teravainen said the team played well.", "en", ["Teuvo Teravainen: Teuvo Teravainen, Teravainen"]],
    // Before a particle, only when the article names the person without the opener.
    ["La comtesse de Vernier entra. Il lui dit : « Fille de Vernier, soit ! » Et de Vernier rit.", "fr", ["de Vernier: de Vernier, de Vernier"]],
    ["Roux d'Aubry s'élança hors de la voiture. « Vite ! » cria Roux d'Aubry. Ses cheveux étaient roux.", "fr", ["Roux d'Aubry: Roux d'Aubry, Roux d'Aubry"]],
    // A lone opener is no person: a word the text writes in lower case, a verb or pronoun with its clitic.
    ["« Venez », dit Maubert. Inutile de dire que Maubert resta. Rien n'était inutile.", "fr", ["Maubert: Maubert, Maubert"]],
    ["Seule, la comtesse restait calme. Elle était seule.", "fr", []],
    ["« Partez », dit Léon. « Laissez-moi dire un mot », reprit-il.", "fr", ["Léon: Léon"]],
    ["Sourdement appuyé par son père, Léon fut élu. « Merci », dit Léon.", "fr", ["Léon: Léon, Léon"]],
    ["Il lui dit à l'oreille : -- Est-ce fait ? -- Oui, répondit Léon.", "fr", ["Léon: Léon"]],
    // An abbreviated honorific alone names nobody; with a name it is the name's title.
    ["Je devais vous prévenir. – Me prévenir de quoi ? demanda-t-elle.", "fr", []],
    ["Me Dupont a plaidé longtemps, dit le juge.", "fr", ["Dupont: Dupont"]],
    ["Traders said the market was calm. Most traders agreed, said Anne Liu.", "en", ["Anne Liu: Anne Liu"]],
    // English quotation marks also open titles: a show's name is not cut to a person.
    ["Clinton spoke in an interview on MSNBC's \"Morning Joe\" on Monday. Each morning she reads the news, said Joe Biden.", "en",
      ["Clinton: Clinton", "Joe Biden: Joe Biden"]],
    ["Rice said talks would resume. Rice prices rose, said Rice.", "en", ["Rice: Rice, Rice, Rice"]],
    // French: a capitalised title closing the run, with its "de" complement, is the office, not the name.
    ["Il lut la carte : Omar-Bey Secrétaire de l'ambassade ottomane. « Entrez », dit Omar-Bey.", "fr", ["Omar-Bey: Omar-Bey, Omar-Bey"]],
    ["Jean Morel Directeur des postes est venu.", "fr", ["Jean Morel: Jean Morel"]],
    ["Le comte Paul de Vernier est venu.", "fr", ["Paul de Vernier: Paul de Vernier"]],
    // Capitalised inside a sentence too: the article treats the word as part of the name.
    ["« Venez », dit Maubert. Tailleur Maubert arriva le soir. Le village connaissait Tailleur Maubert. Le tailleur était riche.", "fr",
      ["Tailleur Maubert: Maubert, Tailleur Maubert, Tailleur Maubert"]],
  ];
  for (const [text, lang, expected] of rows) {
    it(text, () => assert.deepEqual(peopleOf(text, lang).map((p) => `${p.name}: ${p.mentions.map((m) => m.text).join(", ")}`).sort(), expected));
  }
});

// Issue 11, English 6: a headline fragment inside a sentence glues a capitalised "-ed" verb to a person's name.
const headlineVerbs: EntityRow[] = [
  { why: "a capitalised past form after a person's name ends the name",
    text: "In 2013, Nora Blake Joked “You Are The Best.” Tom Hale Thanked Nora Blake For Her Visit.",
    people: ["Nora Blake", "Tom Hale"], not: { people: ["Nora Blake Joked", "Tom Hale Thanked"] } },
  { why: "must not cut: a surname that is a verb form, a body's headline",
    text: "Edward Said wrote many books. Egg Producers Asked To Vote.",
    people: ["Edward Said"], not: { orgs: ["Egg Producers"] } },
];
describe("entities: headline verbs glued to a name", () => { entities(en, headlineVerbs); });

// "New" names nobody alone, but opens a known place's name and the names built on it.
const newPlaces: EntityRow[] = [
  { why: "a place that opens on a word that names nobody alone",
    text: "He lives in New York and visited New Zealand. The New York Post said the deal was off.",
    places: ["New York", "New Zealand"], orgs: ["New York Post"], not: { places: ["York"], orgs: ["York Post"] } },
  { why: "must not: 'New' before a word it makes no place with",
    text: "She said New evidence had emerged in the case.",
    not: { people: ["New"], orgs: ["New"], places: ["New"] } },
];
describe("entities: places opening on 'New'", () => { entities(en, newPlaces); });
