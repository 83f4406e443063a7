// Pronouns and clitics: who “she”, « il », « elle » stand for, and what is no gender evidence.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { statements, table, g, fr, type Lang } from "../helpers/table";

describe("French: a pronoun after a sentence opening on a description", () => {
  statements(fr, [
    // "il" is the minister described just before, not the union man named two sentences back: unresolved, not wrong.
    [`Karim Belkacem a appelé à la grève. Le ministre de l'Économie a jugé la situation ${g("préoccupante")}. Interrogé par BFMTV, il a assuré que l'État ne céderait pas.`,
      [[g("préoccupante"), "Le ministre de l'Économie", "direct"], ["l'État ne céderait pas", "il", "indirect"]]],
    // The description takes up the person named just before it: the pronoun is that person.
    ["Paul Roche a parlé longtemps. Le ministre a jugé la situation grave. Il a ajouté que tout irait bien.", [["tout irait bien", "Paul Roche", "indirect"]]],
    // False positive: a person named in the sentence before wins as usual.
    ["Le ministre a reçu Paul Roche. Il a déclaré que tout irait bien.", [["tout irait bien", "Paul Roche", "indirect"]]],
  ]);
});

table("French: « il » after an inverted cue's subject", fr, [
  [`M. Lebrun a souligné que la Turquie attendait une réponse.\n\n${g("Nous sommes proches d'un accord")}, a affirmé M. Kaya devant des journalistes. Il a ajouté qu'une rencontre aurait lieu en mai.`,
      [["la Turquie attendait une réponse", "Lebrun", "indirect"], [g("Nous sommes proches d'un accord"), "Kaya", "direct"], ["une rencontre aurait lieu en mai", "Kaya", "indirect"]]],
  // False positive: a name after a preposition is no subject; "il" keeps the subject before.
  ["M. Lebrun a souligné que Paris attendait une réponse de M. Kaya. Il a ajouté qu'une rencontre aurait lieu en mai.",
      [["Paris attendait une réponse de M. Kaya", "Lebrun", "indirect"], ["une rencontre aurait lieu en mai", "Lebrun", "indirect"]]],
]);

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
