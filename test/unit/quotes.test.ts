// Table-driven tests of quote finding and attribution, French and English, with false positives.
import * as assert from "node:assert/strict";
import { analyze, type Lang } from "../../src/engine";
import { tokenize } from "../../src/engine/text/tokenize";

type Row = [text: string, lang: Lang, expected: [quote: string, speaker: string | null][]];

const NB = "\u00a0";
const NNB = "\u202f";

const direct: Row[] = [
  [`Le ministre Jean Dupont a déclaré : «${NB}Nous tiendrons.${NB}»`, "fr", [[`«${NB}Nous tiendrons.${NB}»`, "Jean Dupont"]]],
  [`«${NNB}Nous tiendrons${NNB}», a assuré Marie Curie.`, "fr", [[`«${NNB}Nous tiendrons${NNB}»`, "Marie Curie"]]],
  [`«Sans espace», a dit Jean Dupont.`, "fr", [["«Sans espace»", "Jean Dupont"]]],
  ["“We will hold,” said Mary Smith.", "en", [["“We will hold,”", "Mary Smith"]]],
  ["\"We will hold,\" Mary Smith told Reuters.", "en", [["\"We will hold,\"", "Mary Smith"]]],
  ["‘We will hold,’ said Mary Smith.", "en", [["‘We will hold,’", "Mary Smith"]]],
  ["„We will hold“, said John Brown.", "en", [["„We will hold“", "John Brown"]]],
  ["Mary Smith said: “We will hold the line.”", "en", [["“We will hold the line.”", "Mary Smith"]]],
  ["According to Mary Smith, “the line will hold.”", "en", [["“the line will hold.”", "Mary Smith"]]],
];

direct.push(["''We will hold,'' Mary Smith said.", "en", [["''We will hold,''", "Mary Smith"]]]);

const falsePositives: [string, Lang, string][] = [
  ["L’Iran et l’Irak n’ont pas d’accord, dit-on.", "fr", "elisions are not quotes"],
  ["They don’t know what rock ’n’ roll is, and it’s fine.", "en", "apostrophes are not quotes"],
  ["The so-called “miracle” cure was sold online.", "en", "a scare quote with no cue is not a statement"],
  ["The film “Gone with the Wind” was shown.", "en", "a title is not a statement"],
  ["Mary Smith spoke to reporters. She appeared on the “Morning Show” on Tuesday.", "en", "a show title near a speaker is not her statement"],
  ["Mary Smith spoke at length. Schools often hold “blackouts” before big games.", "en", "a scare quote after a speaker's quote does not float on as hers"],
  ["Jean Dupont a parlé mardi. Les supporters organisent des « blackouts » avant les matchs.", "fr", "a term in guillemets after a speaker is not his statement"],
  ["Marie Curie a accordé un entretien à l'émission « Quotidien » mardi.", "fr", "a programme's title next to a speaker is not her statement"],
];

// A quoted term is a statement when the text attributes it: a cue right after it, or a naming verb.
const namedTerms: Row[] = [
  ["Mary Smith called the plan “unworkable” on Monday.", "en", [["“unworkable”", "Mary Smith"]]],
  ["Jean Dupont a qualifié le projet d'« irréaliste » mardi.", "fr", [["« irréaliste »", "Jean Dupont"]]],
  ["“Nonsense,” said Mary Smith.", "en", [["“Nonsense,”", "Mary Smith"]]],
  ["Mary Smith (D-Vt.) said: “We will hold the line.”", "en", [["“We will hold the line.”", "Mary Smith"]]],
  ["« Jamais », a répondu Jean Dupont.", "fr", [["« Jamais »", "Jean Dupont"]]],
];

describe("direct quotes: every mark convention", () => {
  for (const [text, lang, expected] of direct) {
    it(text, () => {
      const a = analyze(text, { lang });
      assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker?.name ?? null]), expected);
    });
  }
});

describe("quoted terms attributed by the text", () => {
  for (const [text, lang, expected] of namedTerms) {
    it(text, () => assert.deepEqual(analyze(text, { lang }).quotes.map((q) => [q.text, q.speaker?.name ?? null]), expected));
  }
});

describe("false positives", () => {
  for (const [text, lang, why] of falsePositives) {
    it(why, () => assert.deepEqual(analyze(text, { lang }).quotes.map((q) => q.text), []));
  }

  it("a stray opening mark does not swallow the rest of the article", () => {
    const text = "Il a dit « bonjour.\n\nLe lendemain, Jean Dupont a déclaré : « Tout va bien. »\n\nFin.";
    const a = analyze(text, { lang: "fr" });
    assert.deepEqual(a.quotes.filter((q) => q.kind === "direct").map((q) => q.text), ["« Tout va bien. »"]);
  });
});

describe("incises and multi-paragraph quotes", () => {
  it("« A », a-t-il dit, « B » is one statement with two fragments", () => {
    const text = "Jean Dupont est arrivé. « Nous sommes prêts, a-t-il dit, à tout entendre. »";
    const a = analyze("Jean Dupont est arrivé. « Nous sommes prêts », a-t-il dit, « à tout entendre. »", { lang: "fr" });
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].fragments?.length, 2);
    assert.equal(a.quotes[0].speaker?.name, "Jean Dupont");
    assert.equal(analyze(text, { lang: "fr" }).quotes[0].speaker?.name, "Jean Dupont");
  });

  it("“A,” he said. “B.” are two statements by the same speaker", () => {
    const a = analyze("Mary Smith arrived. “We are ready,” she said. “Nothing will stop us.”", { lang: "en" });
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ["Mary Smith", "Mary Smith"]);
  });

  it("English multi-paragraph quote: only the last paragraph closes", () => {
    const text = "Mary Smith said: “First part.\n\n“Second part.”\n\nThe end.";
    const a = analyze(text, { lang: "en" });
    assert.deepEqual(a.quotes.map((q) => q.text), ["“First part.\n\n“Second part.”"]);
  });

  it("French multi-paragraph quote with « repeated at paragraph start", () => {
    const text = "Jean Dupont a déclaré : « Premier point.\n« Second point. »\nFin.";
    assert.deepEqual(analyze(text, { lang: "fr" }).quotes.map((q) => q.text), ["« Premier point.\n« Second point. »"]);
  });

  it("dialogue lines opened by a dash, cut before the incise", () => {
    const text = "Il entra.\n– En prison… moi ? s’écria Morel.\n– Oui, à Clichy.\nFin.";
    assert.deepEqual(analyze(text, { lang: "fr" }).quotes.map((q) => q.text), ["– En prison… moi ?", "– Oui, à Clichy."]);
  });
});

describe("dialogue turns opened by a dash", () => {
  const rows: [string, string[]][] = [
    ["Il entra.\n-- Tu viens ? demanda Paul.\n-- Non, je reste.\nFin.", ["-- Tu viens ?", "-- Non, je reste."]],
    ["Il entra.\n- Tu viens ?\n- Non.\nFin.", ["- Tu viens ?", "- Non."]],
    // Paragraphs run together: turns open after a sentence end.
    ["Il entra. – Tu viens ? demanda Paul. – Non ! répondit Marie. – Pourquoi ?", ["– Tu viens ?", "– Non !", "– Pourquoi ?"]],
    ["Il entra. -- Tu viens ? demanda Paul. -- Non ! répondit Marie. -- Pourquoi ?", ["-- Tu viens ?", "-- Non !", "-- Pourquoi ?"]],
    ["Elle dit : – Que voulez-vous ? – Rien, dit-il. – Alors partez !", ["– Que voulez-vous ?", "– Rien,", "– Alors partez !"]],
    // Speech goes on after the incise, whatever closes the incise.
    ["Il entra.\n– Oui, répondit la servante ; venez ici.\n– Non, dit-il. Pas ici.\nFin.",
      ["– Oui, répondit la servante ; venez ici.", "– Non, dit-il. Pas ici."]],
  ];
  for (const [text, expected] of rows) {
    it(text, () => assert.deepEqual(analyze(text, { lang: "fr" }).quotes.filter((q) => q.kind === "direct").map((q) => q.text), expected));
  }
  it("the turn after an incise keeps two fragments", () => {
    const q = analyze("Il entra.\n– Oui, répondit la servante ; venez ici.\n– Non.\nFin.", { lang: "fr" }).quotes[0];
    assert.deepEqual(q.fragments?.map((f) => f.end - f.start), [6, 10]);
  });
  const notDialogue: [string, string][] = [
    ["Bourse du 2 mai. — Cinq pour cent, 105. — Trois pour cent, 72. — Ducats, 12.", "news items separated by dashes"],
    ["La séance fut longue. — Le conseil a voté le budget. — La commission a siégé jusqu'au soir.", "a dash between news paragraphs"],
    ["The vote was close. — The council met again. — The mayor left early.", "English dash separators"],
  ];
  for (const [text, why] of notDialogue) {
    it(`not dialogue: ${why}`, () => assert.deepEqual(analyze(text).quotes.filter((q) => q.kind === "direct").map((q) => q.text), []));
  }
});

describe("speakers: pronouns, clitics and described subjects", () => {
  const rows: [string, Lang, string | null, string][] = [
    // The pronoun goes to the subject of the previous sentence, not to the nearest name.
    ["Karen Wang is running against Jagmeet Singh in the riding. “He is not from here,” she said.", "en", "Karen Wang", "she"],
    ["Mary Smith spent the day with John Brown's family. “Our hope is clear,” she said.", "en", "Mary Smith", "she"],
    ["Jean Dupont entra dans la pièce. Il me dit : « Tout va bien. »", "fr", "Jean Dupont", "Il"],
    ["Jean Dupont lui répondit : « Non. »", "fr", "Jean Dupont", "Jean Dupont"],
    // Gender shown by the text: a person who opens a clause and is taken up by "she"/"elle" in the same sentence.
    ["Pat Morgan, a nurse from Ohio, was asleep when she heard the alarm. Chris Lee arrived later. “It was terrifying,” she said.", "en", "Pat Morgan", "she"],
    ["Camille Martin, une habitante du quartier, dormait quand elle a entendu le bruit. Dominique Petit arriva ensuite. « C'était terrible », a-t-elle dit.", "fr", "Camille Martin", "elle"],
    // A given name listed only one way: "she" is not "David Cole", "elle" is not "Pierre Durand".
    ["David Cole met Julie Martin on Friday. “It is time,” she said.", "en", "Julie Martin", "she"],
    ["Pierre Durand a reçu Sophie Martin vendredi. « Il est temps », a-t-elle dit.", "fr", "Sophie Martin", "elle"],
    // False positive guard: when every candidate's name says otherwise (epicene names), the names are ignored.
    ["Robin Hart spoke first. “It is time,” she said.", "en", "Robin Hart", "she"],
    // "the agency", "la société": the last organisation whose name, or the noun that introduced it, is of that kind.
    ["The State Department met the envoy on Friday. “We share the concern,” the agency said.", "en", "State Department", "the agency"],
    ["La société Renault a publié ses comptes. « Rien ne change », a indiqué la société.", "fr", "Renault", "la société"],
    // None fits: the description stays unnamed.
    ["Mary Smith met the envoy on Friday. “We share the concern,” the agency said.", "en", null, "the agency"],
    ["La société Renault a publié ses comptes. « Rien ne change », a indiqué le ministère.", "fr", null, "le ministère"],
    // A described speaker after an inverted verb has no name, only its mention.
    ["Il entra.\n– C'est l'affaire d'une heure, répondit le postillon ; nous partirons ensuite.\n– Bien.\nFin.", "fr", null, "le postillon"],
    ["“We ran for our lives,” said a witness.", "en", null, "a witness"],
  ];
  for (const [text, lang, name, mention] of rows) {
    it(text, () => {
      const q = analyze(text, { lang }).quotes[0];
      assert.deepEqual([q.speaker?.name ?? null, q.speaker?.mentionText], [name, mention]);
    });
  }
  // A name that closes another person's apposition is not a subject: the pronoun goes to the person
  // the apposition describes, who reported ("Nick Sandmann, … activist Nathan Phillips, has said").
  const apposition: [string, Lang, string][] = [
    ["Nick Sandmann, the student facing the activist Nathan Phillips, has said he meant no harm. “I was calm,” he said.", "en", "Nick Sandmann"],
    ["Pierre Durand, le voisin du militant Paul Martin, a affirmé qu’il n’avait rien vu. « Je dormais », a-t-il dit.", "fr", "Pierre Durand"],
    // False positives: a relative clause with its own verb ("who said", "qui a affirmé") makes that name the subject.
    ["John Brown met Nathan Phillips, who said the talks failed. “I was calm,” he said.", "en", "Nathan Phillips"],
    ["Pierre Durand a rencontré Paul Martin, qui a affirmé qu’il n’avait rien vu. « Je dormais », a-t-il dit.", "fr", "Paul Martin"],
  ];
  for (const [text, lang, name] of apposition) {
    it(text, () => {
      const q = analyze(text, { lang }).quotes.find((x) => x.kind === "direct");
      assert.equal(q?.speaker?.name, name);
    });
  }
  // Not gender evidence: a pronoun inside a quote, or after another person's name; the nearest subject stays.
  const noEvidence: string[] = [
    "Robin Hart arrived and said “she is late.” Jordan Price said nothing. “It is time,” she said.",
    "Robin Hart met Sam Cole when she was ten. Jordan Price said nothing. “It is time,” she said.",
    "Robin Hart a dit « elle est en retard ». Jordan Price a dit non. « Il est temps », a-t-elle dit.",
  ];
  for (const text of noEvidence) {
    it(text, () => {
      const q = analyze(text, { lang: text.includes("a dit") ? "fr" : "en" }).quotes.at(-1);
      assert.equal(q?.speaker?.name, "Jordan Price");
    });
  }
  // A whole-sentence quote with no cue after an indirect report continues that report's person.
  const afterReport: [string, Lang, string | null][] = [
    ["Mary Smith said the plan would fail.\n\n“Nobody listens to us.”", "en", "Mary Smith"],
    ["Jean Dupont a affirmé que le projet échouerait.\n\n« Personne ne nous écoute. »", "fr", "Jean Dupont"],
    // Not after another person is named, not a short term inside a sentence, not after an organisation.
    ["Mary Smith said the plan would fail.\n\nJohn Brown arrived.\n\n“Nobody listens to us.”", "en", null],
    ["Mary Smith said the plan would fail. The “miracle” cure was sold online.", "en", null],
    ["The ministry said the plan would fail.\n\n“Nobody listens to us.”", "en", null],
  ];
  for (const [text, lang, name] of afterReport) {
    it(text, () => {
      const q = analyze(text, { lang }).quotes.find((x) => x.kind === "direct");
      assert.equal(q?.speaker?.name ?? null, name);
    });
  }
  it("a named subject after the verb wins over a description", () => {
    const q = analyze("“We ran for our lives,” said the witness Mary Smith.", { lang: "en" }).quotes[0];
    assert.equal(q.speaker?.name, "Mary Smith");
  });
});

describe("indirect and mixed statements", () => {
  const rows: [string, Lang, string, string | null, string][] = [
    ["Jean Dupont a déclaré que la réforme serait votée.", "fr", "la réforme serait votée", "Jean Dupont", "indirect"],
    ["Selon Jean Dupont, la réforme sera votée en mai.", "fr", "la réforme sera votée en mai", "Jean Dupont", "indirect"],
    ["Mary Smith said the plan would fail.", "en", "the plan would fail", "Mary Smith", "indirect"],
    ["Mary Smith told reporters on Tuesday that the plan would fail.", "en", "the plan would fail", "Mary Smith", "indirect"],
    ["The plan will fail, Mary Smith warned on Tuesday.", "en", "The plan will fail", "Mary Smith", "indirect"],
    ["Mary Smith said the plan was “a disaster for everyone.”", "en", "the plan was “a disaster for everyone.”", "Mary Smith", "mixed"],
    // A described source with no name: the statement is kept, its speaker stays unnamed.
    ["Several cast members said the host had been rude.", "en", "the host had been rude", null, "indirect"],
    // A bare plural after a conjunction is the subject; a pronoun with a contraction opens a clause.
    ["Output rose in May but forecasters say growth is slowing.", "en", "growth is slowing", null, "indirect"],
    ["Mary Smith insisted he's ready for the job.", "en", "he's ready for the job", "Mary Smith", "indirect"],
    // A short parenthesis between the name and the verb (party, state) is skipped.
    ["Sen. Mary Smith (D-Vt.) has said the ruling should be overturned.", "en", "the ruling should be overturned", "Mary Smith", "indirect"],
    ["Jean Dupont (PS) a déclaré que la réforme serait votée.", "fr", "la réforme serait votée", "Jean Dupont", "indirect"],
    // A quoted title between the verb and "that" does not count towards the gap.
    ["Mary Smith told CBS’s “Morning Show” on Wednesday that she would run again.", "en", "she would run again", "Mary Smith", "indirect"],
    ["Jean Dupont a déclaré à l'émission « Quotidien » mardi soir que la réforme serait votée.", "fr", "la réforme serait votée", "Jean Dupont", "indirect"],
    ["Mary Smith, a senator from Vermont, said economic stagnation is the cause.", "en", "economic stagnation is the cause", "Mary Smith", "indirect"],
    ["Mary Smith, who chairs the committee, said the vote would wait.", "en", "the vote would wait", "Mary Smith", "indirect"],
    // The name that opens the sentence, not the last name inside its apposition or relative clause.
    ["Tom Young, a mechanic and an organizer at Railroad Workers United, said the cold breaks things.", "en", "the cold breaks things", "Tom Young", "indirect"],
    ["Sarah Buckley, who attended Saint Mary School, played in the band and graduated in 2013, said the culture was toxic.", "en", "the culture was toxic", "Sarah Buckley", "indirect"],
    ["Jean Dupont, ancien conseiller de Marie Curie, a déclaré que la réforme serait votée.", "fr", "la réforme serait votée", "Jean Dupont", "indirect"],
    // A described head is named by its apposition.
    ["The director of the Hope Centre, Ina Kirsch, said the group never met him.", "en", "the group never met him", "Ina Kirsch", "indirect"],
    ["Mary Smith said output was flat at 863.1 billion yen in May.", "en", "output was flat at 863.1 billion yen in May", "Mary Smith", "indirect"],
    ["Jean Dupont a indiqué que la dette atteignait 3.5 milliards en mai.", "fr", "la dette atteignait 3.5 milliards en mai", "Jean Dupont", "indirect"],
    ["The plan will fail, said Mark Smith, executive director of the Hope Centre.", "en", "The plan will fail", "Mark Smith", "indirect"],
    ["La réforme sera votée, a indiqué Jean Dupont, porte-parole du gouvernement.", "fr", "La réforme sera votée", "Jean Dupont", "indirect"],
    ["While Mary Smith said that the plan would fail, she voted for it.", "en", "the plan would fail", "Mary Smith", "indirect"],
    ["The argument would be aided, Mary Smith said, by the calendar.", "en", "The argument would be aided, Mary Smith said, by the calendar", "Mary Smith", "indirect"],
    ["Mary Smith told reporters the plan would fail.", "en", "the plan would fail", "Mary Smith", "indirect"],
    ["Mary Smith denied the charges against her.", "en", "the charges against her", "Mary Smith", "indirect"],
    ["Mary Smith called for a ban on plastic bags.", "en", "a ban on plastic bags", "Mary Smith", "indirect"],
    ["Jean Dupont a annoncé mardi sa démission du gouvernement.", "fr", "sa démission du gouvernement", "Jean Dupont", "indirect"],
    ["Jean Dupont a plaidé pour une hausse des salaires.", "fr", "une hausse des salaires", "Jean Dupont", "indirect"],
    ["Tant que Jean Dupont dira que tout va bien, rien ne bougera.", "fr", "tout va bien, rien ne bougera", "Jean Dupont", "indirect"],
    // "according to <document>" closing a report that has its own speaker and verb does not take it over.
    ["The regional health agency said it would pay half the cost, according to a statement released on Monday.", "en", "it would pay half the cost", null, "indirect"],
    ["Mary Smith said the plan would fail, according to a statement released on Monday.", "en", "the plan would fail", "Mary Smith", "indirect"],
    ["Jean Dupont a affirmé que la réforme serait votée, selon un communiqué publié lundi.", "fr", "la réforme serait votée", "Jean Dupont", "indirect"],
    // Not wrapped: a bare sentence is the document's statement; "according to X, …" opens the content.
    ["The plan will fail, according to a statement released on Monday.", "en", "The plan will fail", null, "indirect"],
    ["According to Mary Smith, the plan will fail when the funds run out.", "en", "the plan will fail when the funds run out", "Mary Smith", "indirect"],
  ];
  for (const [text, lang, span, speaker, kind] of rows) {
    it(text, () => {
      const q = analyze(text, { lang }).quotes;
      assert.deepEqual(q.map((x) => [x.text, x.speaker?.name ?? null, x.kind]), [[span, speaker, kind]]);
    });
  }

  // ", noting …" / ", ajoutant que …": a second report by the same speaker.
  const chained: [string, Lang, [string, string | null][]][] = [
    ["Mary Smith argued that the move hurt her group, noting that the board lobbies members by e-mail.", "en",
      [["the move hurt her group", "Mary Smith"], ["the board lobbies members by e-mail", "Mary Smith"]]],
    ["Jean Dupont a estimé que la réforme était juste, ajoutant que le vote aurait lieu mardi.", "fr",
      [["la réforme était juste", "Jean Dupont"], ["le vote aurait lieu mardi", "Jean Dupont"]]],
    // A participle that does not report leaves one statement.
    ["Mary Smith said the plan failed badly, leaving the town in debt.", "en", [["the plan failed badly, leaving the town in debt", "Mary Smith"]]],
  ];
  for (const [text, lang, expected] of chained) {
    it(text, () => assert.deepEqual(analyze(text, { lang }).quotes.map((x) => [x.text, x.speaker?.name ?? null]), expected));
  }

  // A full stop before an opening quote mark ends the report: the quote that follows is its own statement.
  const thenQuote: [string, Lang, [string, string][]][] = [
    ["Mary Smith called for the release of the hostages. “They must be freed,” the senator said.", "en",
      [["the release of the hostages", "indirect"], ["“They must be freed,”", "direct"]]],
    ["Mary Smith said the plan would fail. \"We warned them,\" she added.", "en",
      [["the plan would fail", "indirect"], ["\"We warned them,\"", "direct"]]],
    ["Jean Dupont a affirmé que la réforme serait votée. « Nous irons jusqu'au bout », a-t-il ajouté.", "fr",
      [["la réforme serait votée", "indirect"], ["« Nous irons jusqu'au bout »", "direct"]]],
    // An abbreviation before the mark is no sentence end: the quoted words stay inside the report.
    ["Mary Smith said the plan came from the U.S. “to be safe” in May.", "en",
      [["the plan came from the U.S. “to be safe” in May", "mixed"]]],
  ];
  for (const [text, lang, expected] of thenQuote) {
    it(text, () => assert.deepEqual(analyze(text, { lang }).quotes.map((x) => [x.text, x.kind]), expected));
  }

  // Words between the verb and its clause; a second verb joined by "and"/"et" reports again.
  const bridged: [string, Lang, [string, string | null][]][] = [
    ["Mary Smith said disputes between firms are resolved under treaties.", "en", [["disputes between firms are resolved under treaties", "Mary Smith"]]],
    ["Mary Smith said in the report that the line also runs in winter.", "en", [["the line also runs in winter", "Mary Smith"]]],
    ["Mary Smith said by text message the weather had been fine.", "en", [["the weather had been fine", "Mary Smith"]]],
    ["Mary Smith said in a statement the plan would fail.", "en", [["the plan would fail", "Mary Smith"]]],
    ["Jean Dupont a déclaré dans un communiqué que la réforme serait votée.", "fr", [["la réforme serait votée", "Jean Dupont"]]],
    ["Mary Smith said the union is overdue, and added she doesn't think buyers will mind.", "en",
      [["the union is overdue", "Mary Smith"], ["she doesn't think buyers will mind", "Mary Smith"]]],
    ["Jean Dupont a affirmé que la réforme était juste et a ajouté que le vote aurait lieu mardi.", "fr",
      [["la réforme était juste", "Jean Dupont"], ["le vote aurait lieu mardi", "Jean Dupont"]]],
    // Not bridged: a verb form with no finite verb after it, "in" + a place, "and" + a verb that does not report.
    ["Mary Smith said claims and counterclaims.", "en", []],
    ["Mary Smith said in Paris the plan would fail.", "en", []],
    ["Mary Smith said the union is overdue, and walked out of the room.", "en", [["the union is overdue, and walked out of the room", "Mary Smith"]]],
    // A quote that closes its sentence is not attributed to a verb deep inside the next one.
    ["“It is a fair sum.” But as of Friday, Mary Smith said the risk remains high.", "en",
      [["“It is a fair sum.”", null], ["the risk remains high", "Mary Smith"]]],
  ];
  for (const [text, lang, expected] of bridged) {
    it(text, () => assert.deepEqual(analyze(text, { lang }).quotes.map((x) => [x.text, x.speaker?.name ?? null]), expected));
  }

  const notReports: [string, Lang, string][] = [
    ["Greg Brown added a goal and an assist.", "en", "an object that is not speech"],
    ["She felt a tap on her shoulder.", "en", "a feeling with an object"],
    ["The markets fell back after the vote.", "en", "a particle verb that is not a report"],
    ["Mary Smith called the dog Rex.", "en", "call without for names, it does not report"],
    ["Trump's demand for a wall was rejected.", "en", "a verb form used as a noun"],
    ["Le laquais ne fit qu'en rire avec ses amis.", "fr", "ne … que means only"],
    ["Le postillon ne répondit que par des grognements.", "fr", "ne … que after a reporting verb"],
    ["La servante, étonnée, lui dit avec douceur : viens.", "fr", "a verb followed by a colon is not a postposed cue"],
  ];
  for (const [text, lang, why] of notReports) {
    it(`not a report: ${why}`, () => assert.deepEqual(analyze(text, { lang }).quotes.filter((q) => q.kind !== "direct").map((q) => q.text), []));
  }

  const teasers: [string, Lang][] = [
    ["Mary Smith spoke.\n\nREAD MORE: John Brown says the plan was ‘a total failure’\n\nThe vote is Monday.", "en"],
    ["Mary Smith spoke.\n\nWATCH: John Brown says the plan will fail\n\nThe vote is Monday.", "en"],
    ["Jean Dupont a parlé.\n\nÀ LIRE AUSSI : Marie Curie affirme que la réforme est morte\n\nLe vote a lieu lundi.", "fr"],
  ];
  for (const [text, lang] of teasers) {
    it(`not a statement: a link to another article (${text.split("\n")[2].slice(0, 20)})`, () => assert.deepEqual(analyze(text, { lang }).quotes, []));
  }
  it("a headline without a link label still reports", () => {
    const q = analyze("Mary Smith spoke.\n\nANALYSIS: Some experts say the plan will fail\n\nThe vote is Monday.", { lang: "en" }).quotes;
    assert.deepEqual(q.map((x) => x.text), ["the plan will fail"]);
  });

  it("a verb with no reported clause is not a statement", () => {
    assert.deepEqual(analyze("The council said nothing.", { lang: "en" }).quotes, []);
  });

  it("a finite verb after a subordinator does not turn an object into a clause", () => {
    assert.deepEqual(analyze("Greg Moss added a goal and an assist as the Hurricanes snapped the streak.", { lang: "en" }).quotes, []);
    assert.deepEqual(analyze("Jean Dupont a ajouté un but quand les Canadiens ont perdu.", { lang: "fr" }).quotes.map((q) => q.kind), []);
  });

  it("user-added reporting verbs are honoured", () => {
    const text = "Jean Dupont a zozoté que tout allait bien.";
    assert.equal(analyze(text, { lang: "fr" }).quotes.length, 0);
    assert.equal(analyze(text, { lang: "fr", extraVerbs: { fr: ["zozoter"] } }).quotes.length, 1);
  });
});

describe("described speakers", () => {
  const rows: [string, Lang, string][] = [
    ["“The water came in seconds,” a witness said.", "en", "a witness"],
    ["« L’eau est montée d’un coup », a raconté un riverain.", "fr", "un riverain"],
  ];
  for (const [text, lang, mention] of rows) {
    it(text, () => {
      const q = analyze(text, { lang }).quotes;
      assert.deepEqual(q.map((x) => [x.speaker?.name ?? null, x.speaker?.mentionText]), [[null, mention]]);
    });
  }

  it("a place after a description is where the speaker lives, not the speaker", () => {
    const text = "Mary Smith visited. “We lost everything,” said a resident of Texas.";
    const q = analyze(text, { lang: "en" }).quotes[0];
    assert.equal(q.speaker?.name ?? null, null);
    assert.equal(q.speaker?.mentionText, "a resident");
  });
});


describe("a person's affiliation and apposition stay with the person", () => {
  const rows: [string, Lang, string | null][] = [
    ["“Markets are nervous,” Jane Porter of Goldman Sachs said in a note.", "en", "Jane Porter"],
    ["Jane Porter of Goldman Sachs said: “Markets are nervous.”", "en", "Jane Porter"],
    ["“Markets are nervous,” Jane Porter, the bank's chief economist, wrote in a note.", "en", "Jane Porter"],
    ["« Les marchés sont nerveux », Anne Morel, économiste chez Natixis, a expliqué.", "fr", "Anne Morel"],
    ["« Les marchés sont nerveux. » Anne Morel, économiste chez Natixis, a souri.", "fr", null],
    // False positives: no reporting verb after the apposition, or a verb inside it.
    ["“Markets are nervous.” Jane Porter, the bank's chief economist, smiled.", "en", null],
    ["“Markets are nervous.” Jane Porter, who said nothing, left.", "en", null],
  ];
  for (const [text, lang, speaker] of rows) {
    it(text, () => {
      const q = analyze(text, { lang }).quotes.filter((x) => /nerv/.test(x.text));
      assert.equal(q.length, 1);
      assert.equal(q[0].speaker?.name ?? null, speaker);
    });
  }
});

describe("abbreviations do not end the sentence before a comma or a lower-case word", () => {
  const rows: [string, Lang, string][] = [
    ["Tom Brown, a mechanic in Kansas City, Mo., and an organizer at the union, said cold weather takes a toll.", "en", "Tom Brown"],
    ["John Young, a nurse from Burlington, Vt., said the clinic had closed.", "en", "John Young"],
  ];
  for (const [text, lang, speaker] of rows) {
    it(text, () => {
      const q = analyze(text, { lang }).quotes;
      assert.equal(q.length, 1);
      assert.equal(q[0].speaker?.name ?? null, speaker);
    });
  }
  it("a period before a capital or a new line still ends the sentence", () => {
    const toks = tokenize("He lives in Seattle, Wash. The city is wet.\nle bon sens. Il part.");
    assert.deepEqual(toks.filter((t) => t.sent).map((t) => t.t), ["He", "The", "le", "Il"]);
    const cont = tokenize("It moved to Austin, Tex., and grew. Acme Corp. and others left.");
    assert.deepEqual(cont.filter((t) => t.sent).map((t) => t.t), ["It", "Acme"]);
    const fr = tokenize("Il vit à Kansas City, Mo., et travaille chez Acme Co. depuis mars. Elle part.");
    assert.deepEqual(fr.filter((t) => t.sent).map((t) => t.t), ["Il", "Elle"]);
  });
});

describe("'blurt out' reports speech", () => {
  const rows: [string, Lang, string | null][] = [
    ["“You are late,” Tom Brown blurted out.", "en", "Tom Brown"],
    ["« Tu es en retard », a lâché Paul Martin.", "fr", "Paul Martin"],
    // False positive: a name with no reporting verb.
    ["“You are late.” Tom Brown sat down.", "en", null],
  ];
  for (const [text, lang, speaker] of rows) {
    it(text, () => {
      const q = analyze(text, { lang }).quotes;
      assert.equal(q.length, 1);
      assert.equal(q[0].speaker?.name ?? null, speaker);
    });
  }
});
