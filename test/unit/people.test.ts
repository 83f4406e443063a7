// People as a reader expects them: names of many origins, one entity per individual, the fullest
// name as canonical, roles and gender only from explicit evidence, and no merging of namesakes.
import * as assert from "node:assert/strict";
import { analyze, type Lang } from "../../src/engine";

const people = (text: string, lang: Lang) => analyze(text, { lang }).people;
const names = (text: string, lang: Lang) => people(text, lang).map((p) => p.name).sort();

describe("people: names of many origins", () => {
  const rows: [string, Lang, string[]][] = [
    ["La présidente de la Commission, Ursula von der Leyen, a rencontré Jean-Marie Le Pen à Bruxelles.", "fr", ["Jean-Marie Le Pen", "Ursula von der Leyen"]],
    ["Kim Jong-un met Recep Tayyip Erdoğan and Ngozi Okonjo-Iweala in Geneva on Monday.", "en", ["Kim Jong-un", "Ngozi Okonjo-Iweala", "Recep Tayyip Erdoğan"]],
    ["The author J. K. Rowling said the book was finished.", "en", ["J. K. Rowling"]],
    ["Le ministre iranien des Affaires étrangères, Mohammad Javad Zarif, est arrivé à Pékin.", "fr", ["Mohammad Javad Zarif"]],
  ];
  for (const [text, lang, expected] of rows) it(expected.join(", "), () => assert.deepEqual(names(text, lang), expected));
});

describe("people: one entity per individual", () => {
  it("full name, surname, honorific + surname and title + name are one person, named in full", () => {
    const ps = people("Le général de brigade Amir Hatami est arrivé. M. Hatami a salué la presse. Hatami est reparti.", "fr");
    assert.equal(ps.length, 1);
    assert.equal(ps[0].name, "Amir Hatami");
    assert.deepEqual(ps[0].mentions.map((m) => m.text), ["Amir Hatami", "Hatami", "Hatami"]);
    assert.equal(ps[0].role, "général de brigade");
  });

  it("never merges two people who share a surname", () => {
    const ps = people("Bob Smith met Jane Smith in Ottawa. Bob Smith said little.", "en");
    assert.deepEqual(ps.map((p) => [p.name, p.mentions.length]).sort(), [["Bob Smith", 2], ["Jane Smith", 1]]);
  });
});

describe("people: a person and a place that share a name", () => {
  it("Lloyd Austin is a person, Austin, Texas a place, and a later 'Austin said' him again", () => {
    const a = analyze("Defense Secretary Lloyd Austin flew to Austin, Texas, on Monday. Austin said the base would stay open.", { lang: "en" });
    assert.deepEqual(a.people.map((p) => [p.name, p.mentions.map((m) => m.start)]), [["Lloyd Austin", [18, 65]]]);
    assert.deepEqual(a.places.map((p) => p.name), ["Austin", "Texas"]);
  });
});

describe("people: gender only from explicit evidence", () => {
  it("Mme gives a gender, a bare name does not", () => {
    const ps = people("Mme Claire Dubois a rencontré Dominique Martin à Lyon.", "fr");
    const byName = new Map(ps.map((p) => [p.name, p]));
    assert.equal(byName.get("Claire Dubois")?.gender, "f");
    assert.equal(byName.get("Dominique Martin")?.gender, undefined);
  });
});

describe("people: not people", () => {
  const rows: [string, Lang][] = [
    ["Dieu seul le sait, a dit le curé lundi en mars.", "fr"],
    ["On Monday in March, the Chinese delegation arrived in Beijing.", "en"],
  ];
  for (const [text, lang] of rows) it(text, () => assert.deepEqual(names(text, lang), []));

  it("demonyms are not places; Pékin and Beijing are", () => {
    const fr = analyze("La délégation chinoise est arrivée à Pékin.", { lang: "fr" });
    assert.deepEqual(fr.places.map((p) => p.name), ["Pékin"]);
    const en = analyze("The Chinese delegation arrived in Beijing.", { lang: "en" });
    assert.deepEqual(en.places.map((p) => p.name), ["Beijing"]);
  });
});

const mentionsOf = (text: string, lang: Lang, kind: "people" | "orgs" | "places") =>
  analyze(text, { lang })[kind].flatMap((e) => e.mentions.map((m) => m.text));

describe("people: French civic, older and plural titles before a bare surname", () => {
  const rows: [string, string[]][] = [
    ["Le conseil a entendu le citoyen Bartholdi, puis l'avoyer Zumwald.", ["Bartholdi", "Zumwald"]],
    ["Le landammann Tschudin et le bâtonnier Ravenel ont siégé.", ["Tschudin", "Ravenel"]],
    ["Les généraux Korvalov et Dumerbach sont arrivés hier.", ["Korvalov", "Dumerbach"]],
    ["Les conseillers Schnyderet et Vogelsang ont voté contre.", ["Schnyderet", "Vogelsang"]],
  ];
  for (const [text, want] of rows) it(want.join(", "), () => assert.deepEqual(mentionsOf(text, "fr", "people").sort(), [...want].sort()));
});

describe("people: an honorific inside a run of capitals opens the next name", () => {
  const rows: [string, Lang, string, string][] = [
    ["Cours de piano. Écrire Mme Valtrand, 12, rue Neuve.", "fr", "Valtrand", "Écrire Mme Valtrand"],
    ["Livraison rapide. Chez M. Perrodin, au faubourg.", "fr", "Perrodin", "Chez M. Perrodin"],
    ["The farm was sold yesterday. Apply Mr. Hollister at the mill.", "en", "Hollister", "Apply Mr. Hollister"],
  ];
  for (const [text, lang, want, bad] of rows) {
    it(want, () => {
      const got = mentionsOf(text, lang, "people");
      assert.ok(got.includes(want), JSON.stringify(got));
      assert.ok(!got.includes(bad), JSON.stringify(got));
    });
  }
  it("'St' and 'Sr' stay inside a name", () => {
    assert.ok(mentionsOf("The shop of John Lee Sr. was sold.", "en", "people").includes("John Lee Sr"));
  });
});

describe("people: initials alone name nobody; solid ones are an acronym", () => {
  it("lone and spaced initials are no people", () => {
    const fr = mentionsOf("Cuisinière, 30 ans, demande place. Écrire C. 67 au bureau. Réponse à P. B. 12.", "fr", "people");
    assert.deepEqual(fr.filter((m) => /^[A-Z]\.?(?: [A-Z]\.?)*$/.test(m)), []);
  });
  it("after an honorific an initial is a withheld name", () => {
    assert.ok(mentionsOf("The brig arrived yesterday, and Capt. B. reports heavy weather.", "en", "people").includes("B."));
  });
  it("'U. S.' is a place, 'A.S.' an organisation", () => {
    assert.ok(mentionsOf("Sickness has spread throughout the U. S. this winter.", "en", "places").includes("U. S."));
    const a = analyze("Le match de l'A.S. contre le club voisin a été remis.", { lang: "fr" });
    assert.deepEqual(a.people, []);
  });
});

describe("places: an unknown name after 'at', 'from', 'near' (English)", () => {
  const rows: [string, string[], string[]][] = [
    ["The schooner arrived at Quambury after a long passage.", ["Quambury"], []],
    ["The brig came from Vorlanda with salt and wine.", ["Vorlanda"], []],
    ["The camp lies near Tessaloe, on the river.", ["Tessaloe"], []],
    // Possessives, months and people after other prepositions are no places.
    ["Prices fell from Thursday's high, said Jane Koral, and from April on.", [], ["Thursday", "April"]],
    ["The letter was written by Harkwell to Dunmore.", [], ["Harkwell", "Dunmore"]],
  ];
  for (const [text, want, bad] of rows) {
    it(text, () => {
      const got = mentionsOf(text, "en", "places");
      for (const w of want) assert.ok(got.includes(w), `missing ${w} in ${JSON.stringify(got)}`);
      for (const w of bad) assert.ok(!got.includes(w), `${w} is no place`);
    });
  }
});

describe("places: English titles and 'of'", () => {
  const rows: [string, string[], string[]][] = [
    ["The act of the United States of America was signed.", ["United States of America"], ["America"]],
    ["Two kings of Brevonia and a queen dowager of Poland died that year.", [], ["Poland"]],
    ["The centurion at Quambury asked for help.", ["Quambury"], []],
    ["The envoy travelled from London to Poland.", ["London", "Poland"], []],
  ];
  for (const [text, want, bad] of rows) {
    it(text, () => {
      const got = mentionsOf(text, "en", "places");
      for (const w of want) assert.ok(got.includes(w), `missing ${w} in ${JSON.stringify(got)}`);
      for (const w of bad) assert.ok(!got.includes(w), `${w} is no place here`);
    });
  }
  it("a town after 'at' that a verb follows is no speaker", () => {
    assert.deepEqual(mentionsOf("The centurion at Quambury asked for help.", "en", "people"), []);
  });
});

describe("organisations: an English head takes in its 'of' complement", () => {
  const rows: [string, string, string[]][] = [
    ["Rates were cut by the Bank of Brevonia on Monday.", "Bank of Brevonia", ["Brevonia"]],
    ["Students of the University of Quambury protested.", "University of Quambury", ["Quambury"]],
    ["The Senate of the United States adjourned.", "Senate of the United States", ["United States"]],
  ];
  for (const [text, org, notPlaces] of rows) {
    it(org, () => {
      assert.ok(mentionsOf(text, "en", "orgs").includes(org), JSON.stringify(mentionsOf(text, "en", "orgs")));
      for (const p of notPlaces) assert.ok(!mentionsOf(text, "en", "places").includes(p), `${p} is no place here`);
    });
  }
  it("a person's 'of' is no organisation", () => {
    assert.deepEqual(mentionsOf("Jane Koral of Toronto said the plan was sound.", "en", "orgs"), []);
  });
});

describe("places: compass words, a town and its region, headlines in capitals", () => {
  const rows: [string, string, string[]][] = [
    ["Growers in Eastern Washington expect a good year.", "Eastern Washington", []],
    ["He serves with a squadron at Norfolk Virginia this spring.", "Norfolk Virginia", []],
    ["FROM OUR CORRESPONDENT AT RICHMOND.\nThe bill passed.", "RICHMOND", []],
    ["Fayetteville FEMALE SEMINARY.\nThe school opens in May.", "Fayetteville", []],
  ];
  for (const [text, want] of rows) {
    it(want, () => assert.ok(mentionsOf(text, "en", "places").includes(want), JSON.stringify(mentionsOf(text, "en", "places"))));
  }
  it("a compass word before an unknown name, or a given name before capitals, is no place", () => {
    assert.deepEqual(mentionsOf("Western Brevonia is quiet. John SMITH RESIGNS.", "en", "places"), []);
  });
});

describe("people: French noble titles before 'de' and a town", () => {
  it("'le duc de Wellington', 'le prince de Bismarck' are people; 'le roi de Suède', 'le maréchal de Saxe' keep their place", () => {
    const text = "Le duc de Wellington est arrivé avec le prince de Bismarck. Le roi de Suède et le maréchal de Saxe attendaient.";
    const people = mentionsOf(text, "fr", "people");
    assert.ok(people.includes("de Wellington") && people.includes("de Bismarck"), JSON.stringify(people));
    const places = mentionsOf(text, "fr", "places");
    assert.deepEqual([...places].sort(), ["Saxe", "Suède"]);
  });
  it("a role word followed by 'de' heads a longer name, not a person's title", () => {
    assert.deepEqual(mentionsOf("S'adresser à la Société Générale de Crédit, rue Neuve.", "fr", "people"), []);
  });
});

describe("people: French lists of unknown single names", () => {
  it("three or more unknown names in a row are people", () => {
    const got = mentionsOf("Il faudra battre les as du club, Varenque, Doutrelle et Gamarin, avant la finale.", "fr", "people");
    assert.deepEqual([...got].sort(), ["Doutrelle", "Gamarin", "Varenque"]);
  });
  it("a list holding a frequent word or a known place is not a list of people", () => {
    assert.deepEqual(mentionsOf("Les épreuves suivantes : saut en Hauteur, Disque, Varlope et Javeline.", "fr", "people"), []);
    assert.deepEqual(mentionsOf("Le convoi passa par Lyon, Varenque et Doutrelle avant la nuit.", "fr", "people"), []);
  });
});

describe("people: faith and party words are no people", () => {
  const rows: string[] = [
    "The Zionist report was made public on Monday.",
    "A group of Jews reached the port at dawn.",
    "The Methodists and the Whigs met in the hall.",
  ];
  for (const text of rows) it(text, () => assert.deepEqual(mentionsOf(text, "en", "people"), []));
  it("a real name is still a person", () => {
    assert.ok(mentionsOf("The Quaker preacher Jane Koral said the hall was full.", "en", "people").includes("Jane Koral"));
  });
});

describe("people: French trade or title in apposition after a name", () => {
  const rows: [string, string][] = [
    ["Faillites du jour. Varenque, marchand de vin, 12, rue Neuve.", "Varenque"],
    ["Les favoris sont nombreux, notamment Doutrelle, ancien champion de France, et d'autres.", "Doutrelle"],
    ["On a trouvé les papiers de Gamarin, le commandant de la place.", "Gamarin"],
  ];
  for (const [text, want] of rows) it(want, () => assert.ok(mentionsOf(text, "fr", "people").includes(want), JSON.stringify(mentionsOf(text, "fr", "people"))));
  it("a known town before an apposition stays a place; a body noun is no trade", () => {
    const text = "Il est arrivé à Lyon, le maire l'attendait. Le projet de Varlonne, le conseil l'a rejeté.";
    assert.deepEqual(mentionsOf(text, "fr", "people"), []);
  });
});

describe("places: old English place heads and towns of a state", () => {
  const rows: [string, string][] = [
    ["The store fronts the river Quambeck and the wharf.", "Quambeck"],
    ["Land lies between the Tessaloe rivers and the hills.", "Tessaloe rivers"],
    ["Fires were seen in the vicinity of Vorlanda last night.", "Vorlanda"],
    ["The club girl of Quambury, Del. joined the party.", "Quambury"],
  ];
  for (const [text, want] of rows) it(want, () => assert.ok(mentionsOf(text, "en", "places").includes(want), JSON.stringify(mentionsOf(text, "en", "places"))));
  it("a person before a comma and a word that is no state abbreviation stays a person", () => {
    assert.ok(mentionsOf("Jane Koral, Del Monte's chief, said the crop was good.", "en", "people").includes("Jane Koral"));
  });
});

describe("people: every name after a plural honorific", () => {
  it("'MM. X, Michelin, Y' are people, the tyre maker's name included", () => {
    const got = mentionsOf("Les délibérations de MM. Varenque, Michelin, Doutrelle et Gamarin restent secrètes.", "fr", "people");
    for (const w of ["Varenque", "Michelin", "Doutrelle", "Gamarin"]) assert.ok(got.includes(w), `${w} in ${JSON.stringify(got)}`);
  });
  it("without the honorific, a list with a firm is no list of people", () => {
    assert.ok(!mentionsOf("Les ventes de Renault, Michelin et Peugeot ont baissé.", "fr", "people").includes("Michelin"));
  });
});

describe("people: a person's surname that is also a town", () => {
  it("is the person where a name stands, the town after a preposition", () => {
    const text = "Senator Jane Marlow spoke first. Marlow told the BBC she would stay. She flew to Marlow on Monday.";
    const a = analyze(text, { lang: "en" });
    assert.deepEqual(a.people.map((p) => p.mentions.map((m) => m.start)), [[text.indexOf("Jane"), text.indexOf("Marlow told")]]);
    assert.deepEqual(a.places.flatMap((p) => p.mentions.map((m) => m.start)), [text.indexOf("Marlow on")]);
  });
  it("French: 'le prince de Bismarck ... Bismarck' is one person, 'à Bismarck' a place", () => {
    const text = "Le prince de Bismarck est arrivé. Bismarck a parlé longuement. Le train part ensuite à Bismarck.";
    const people = mentionsOf(text, "fr", "people");
    assert.ok(people.includes("de Bismarck") && people.includes("Bismarck"), JSON.stringify(people));
    assert.deepEqual(mentionsOf(text, "fr", "places"), ["Bismarck"]);
  });
});

describe("people: English titles alone and older offices", () => {
  it("'the Postmaster General reports' names nobody", () => {
    assert.deepEqual(mentionsOf("The Postmaster General reports a loss this year.", "en", "people"), []);
  });
  it("an older office heads a name", () => {
    assert.ok(mentionsOf("The county auditor Jane Koral signed the certificate.", "en", "people").includes("Jane Koral"));
  });
});

describe("places: French headlines in capitals", () => {
  it("'A LYON', 'LETTRES SUR GENÈVE': a town after an unaccented 'A' or 'sur'", () => {
    assert.ok(mentionsOf("SACS MOBILISÉS A LYON\nLe public est averti.", "fr", "places").includes("LYON"));
    assert.ok(mentionsOf("LETTRES SUR GENÈVE\nCinquième lettre.", "fr", "places").includes("GENÈVE"));
  });
});

describe("places: a saint's abbreviation opens a place's name", () => {
  it("'St. Louis', 'St. Paul' are places, not a person 'Louis'", () => {
    const a = analyze("He moved to St. Louis last year. The St. Paul office closed.", { lang: "en" });
    assert.deepEqual(a.people, []);
    assert.deepEqual(a.places.map((p) => p.name), ["St. Louis", "St. Paul"]);
  });
  it("French: 'à St. Varenque' is a place; a saint who speaks is a person", () => {
    assert.deepEqual(mentionsOf("Rendez-vous à St. Varenque à midi.", "fr", "places"), ["St. Varenque"]);
    assert.deepEqual(mentionsOf("The old hermit St. Varenque said the prayer.", "en", "places"), []);
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
    it(text, () => assert.deepEqual(people(text, lang).map((p) => `${p.name}: ${p.mentions.map((m) => m.text).join(", ")}`).sort(), expected));
  }
});
