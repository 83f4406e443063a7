// Pronouns and clitics: who “she”, « il », « elle » stand for, and what is no gender evidence.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { statements, table, named, direct, speakerMentions, g, fr, en } from "../helpers/table";

table("French: a pronoun after a sentence opening on a description", fr, [
  // "il" is the minister described just before, not the union man named two sentences back: unresolved, not wrong.
  [`Karim Belkacem a appelé à la grève. Le ministre de l'Économie a jugé la situation ${g("préoccupante")}. Interrogé par BFMTV, il a assuré que l'État ne céderait pas.`,
    [["la grève", "Karim Belkacem", "indirect"], [g("préoccupante"), "Le ministre de l'Économie", "direct"], ["l'État ne céderait pas", "il", "indirect"]]],
  // The description takes up the person named just before it: the pronoun is that person.
  ["Paul Roche a parlé longtemps. Le ministre a jugé la situation grave. Il a ajouté que tout irait bien.", [["tout irait bien", "Paul Roche", "indirect"]]],
  // False positive: a person named in the sentence before wins as usual.
  ["Le ministre a reçu Paul Roche. Il a déclaré que tout irait bien.", [["tout irait bien", "Paul Roche", "indirect"]]],
]);

table("French: « il » after an inverted cue's subject", fr, [
  [`M. Lebrun a souligné que la Turquie attendait une réponse.\n\n${g("Nous sommes proches d'un accord")}, a affirmé M. Kaya devant des journalistes. Il a ajouté qu'une rencontre aurait lieu en mai.`,
      [["la Turquie attendait une réponse", "Lebrun", "indirect"], [g("Nous sommes proches d'un accord"), "Kaya", "direct"], ["une rencontre aurait lieu en mai", "Kaya", "indirect"]]],
  // False positive: a name after a preposition is no subject; "il" keeps the subject before.
  ["M. Lebrun a souligné que Paris attendait une réponse de M. Kaya. Il a ajouté qu'une rencontre aurait lieu en mai.",
      [["Paris attendait une réponse de M. Kaya", "Lebrun", "indirect"], ["une rencontre aurait lieu en mai", "Lebrun", "indirect"]]],
]);

describe("speakers: pronouns, clitics and described subjects", () => {
  speakerMentions(en, [
    // The pronoun goes to the subject of the previous sentence, not to the nearest name.
    ["Karen Wang is running against Jagmeet Singh in the riding. “He is not from here,” she said.", "Karen Wang", "she"],
    ["Mary Smith spent the day with John Brown's family. “Our hope is clear,” she said.", "Mary Smith", "she"],
    // Gender shown by the text: a person who opens a clause and is taken up by "she"/"elle" in the same sentence.
    ["Pat Morgan, a nurse from Ohio, was asleep when she heard the alarm. Chris Lee arrived later. “It was terrifying,” she said.", "Pat Morgan", "she"],
    // A given name listed only one way: "she" is not "David Cole", "elle" is not "Pierre Durand".
    ["David Cole met Julie Martin on Friday. “It is time,” she said.", "Julie Martin", "she"],
    // False positive guard: when every candidate's name says otherwise (epicene names), the names are ignored.
    ["Robin Hart spoke first. “It is time,” she said.", "Robin Hart", "she"],
    // "the agency", "la société": the last organisation whose name, or the noun that introduced it, is of that kind.
    ["The State Department met the envoy on Friday. “We share the concern,” the agency said.", "State Department", "the agency"],
    // None fits: the description stays unnamed.
    ["Mary Smith met the envoy on Friday. “We share the concern,” the agency said.", null, "the agency"],
    ["“We ran for our lives,” said a witness.", null, "a witness"],
  ]);
  speakerMentions(fr, [
    ["Jean Dupont entra dans la pièce. Il me dit : « Tout va bien. »", "Jean Dupont", "Il"],
    ["Jean Dupont lui répondit : « Non. »", "Jean Dupont", "Jean Dupont"],
    // The man's given name must show his gender: an epicene one ("Dominique") gives none, and the subject of the
    // sentence before then takes up the incise's pronoun.
    ["Camille Martin, une habitante du quartier, dormait quand elle a entendu le bruit. Julien Petit arriva ensuite. « C'était terrible », a-t-elle dit.", "Camille Martin", "elle"],
    ["Pierre Durand a reçu Sophie Martin vendredi. « Il est temps », a-t-elle dit.", "Sophie Martin", "elle"],
    ["La société Renault a publié ses comptes. « Rien ne change », a indiqué la société.", "Renault", "la société"],
    ["La société Renault a publié ses comptes. « Rien ne change », a indiqué le ministère.", null, "le ministère"],
    // A described speaker after an inverted verb has no name, only its mention.
    ["Il entra.\n– C'est l'affaire d'une heure, répondit le postillon ; nous partirons ensuite.\n– Bien.\nFin.", null, "le postillon"],
  ]);
  // A name that closes another person's apposition is not a subject: the pronoun goes to the person
  // the apposition describes, who reported ("Nick Sandmann, … activist Nathan Phillips, has said").
  statements(en, [
    ["Nick Sandmann, the student facing the activist Nathan Phillips, has said he meant no harm. “I was calm,” he said.", [["“I was calm,”", "Nick Sandmann"]]],
    // False positives: a relative clause with its own verb ("who said", "qui a affirmé") makes that name the subject.
    ["John Brown met Nathan Phillips, who said the talks failed. “I was calm,” he said.", [["“I was calm,”", "Nathan Phillips"]]],
  ], { speaker: named, only: direct });
  statements(fr, [
    ["Pierre Durand, le voisin du militant Paul Martin, a affirmé qu’il n’avait rien vu. « Je dormais », a-t-il dit.", [["« Je dormais »", "Pierre Durand"]]],
    ["Pierre Durand a rencontré Paul Martin, qui a affirmé qu’il n’avait rien vu. « Je dormais », a-t-il dit.", [["« Je dormais »", "Paul Martin"]]],
  ], { speaker: named, only: direct });
  // Not gender evidence: a pronoun inside a quote, or after another person's name; the nearest subject stays.
  statements(en, [
    ["Robin Hart arrived and said “she is late.” Jordan Price said nothing. “It is time,” she said.", [["“she is late.”", "Robin Hart"], ["“It is time,”", "Jordan Price"]]],
    ["Robin Hart met Sam Cole when she was ten. Jordan Price said nothing. “It is time,” she said.", [["“It is time,”", "Jordan Price"]]],
  ], { speaker: named });
  statements(fr, [
    ["Robin Hart a dit « elle est en retard ». Jordan Price a dit non. « Il est temps », a-t-elle dit.", [["« Il est temps »", "Jordan Price"]]],
  ], { speaker: named });
  // A whole-sentence quote with no cue after an indirect report continues that report's person.
  statements(en, [
    ["Mary Smith said the plan would fail.\n\n“Nobody listens to us.”", [["“Nobody listens to us.”", "Mary Smith"]]],
    // Not after another person is named, not a short term inside a sentence, not after an organisation.
    ["Mary Smith said the plan would fail.\n\nJohn Brown arrived.\n\n“Nobody listens to us.”", [["“Nobody listens to us.”", null]]],
    ["Mary Smith said the plan would fail. The “miracle” cure was sold online.", []],
    ["The ministry said the plan would fail.\n\n“Nobody listens to us.”", [["“Nobody listens to us.”", null]]],
  ], { speaker: named, only: direct });
  statements(fr, [
    ["Jean Dupont a affirmé que le projet échouerait.\n\n« Personne ne nous écoute. »", [["« Personne ne nous écoute. »", "Jean Dupont"]]],
  ], { speaker: named, only: direct });
  it("a named subject after the verb wins over a description", () => {
    const q = analyze("“We ran for our lives,” said the witness Mary Smith.", { lang: "en" }).quotes[0];
    assert.equal(q.speaker?.name, "Mary Smith");
  });
});

// Salience (resolve/salience.ts): an inverted pronoun cue ("s'est-il félicité", "a-t-il réitéré") and a
// continuation cue go to the speaker of the statement before, unless a person stood as a clause's subject
// since; a name inside an object or complement ("avec son homologue Y") does not take over.
table("French: an inverted pronoun takes up the speaker of the statement before", fr, [
  [`${g("Nous sommes prêts")}, a déclaré le ministre Paul Girard lors d'une rencontre avec son homologue Marc Dubois. ${g("Les résultats sont bons")}, s'est-il félicité. Et de poursuivre : ${g("Nous irons plus loin.")}`,
    [[g("Nous sommes prêts"), "Paul Girard"], [g("Les résultats sont bons"), "Paul Girard"], [g("Nous irons plus loin."), "Paul Girard"]]],
  // The subject of the clause before, newer than the statement before, takes over.
  [`${g("Nous sommes prêts")}, a déclaré Paul Girard. Le ministre Marc Dubois est arrivé ensuite. ${g("Rien n'est fait")}, a-t-il ajouté.`,
    [[g("Nous sommes prêts"), "Paul Girard"], [g("Rien n'est fait"), "Marc Dubois"]]],
  // An organisation that spoke: "elle" is the CGT, not the person it wrote to.
  [`${g("Nous refusons ce plan")}, a indiqué la CGT dans un communiqué adressé à Paul Girard. ${g("Il est injuste")}, a-t-elle ajouté.`,
    [[g("Nous refusons ce plan"), "CGT"], [g("Il est injuste"), "CGT"]]],
  // Must not: a speaker of the other gender is no topic for "elle" (the nearest woman is).
  [`${g("Nous sommes prêts")}, a déclaré Paul Girard devant Sophie Martin. ${g("Rien n'est fait")}, a-t-elle ajouté.`,
    [[g("Nous sommes prêts"), "Paul Girard"], [g("Rien n'est fait"), "Sophie Martin"]]],
], { speaker: named });

// The statement before is the topic of a subject pronoun before a colon too; a name inside a complement
// ("du président X") does not take over, a clause's subject does.
table("a subject pronoun before the cue takes up the statement before, past a complement's name", fr, [
  [`Paul Girard a déclaré : ${g("Nous tiendrons bon.")} Surpris par la politique du président Marc Dubois, il déclara : ${g("Je ne pensais pas en arriver là.")}`,
    [[g("Nous tiendrons bon."), "Paul Girard"], [g("Je ne pensais pas en arriver là."), "Paul Girard"]]],
  // Must not: the subject of the clause before is newer than the statement before.
  [`Paul Girard a déclaré : ${g("Nous tiendrons bon.")} Marc Dubois est arrivé ensuite, et il déclara : ${g("Je ne pensais pas en arriver là.")}`,
    [[g("Nous tiendrons bon."), "Paul Girard"], [g("Je ne pensais pas en arriver là."), "Marc Dubois"]]],
], { speaker: named });
table("a subject pronoun before the cue takes up the statement before (English)", en, [
  [`“We will hold,” Paul Green said. “I have no doubt,” he continued. “Despite the claims of Mark Dobbs, he has been able to win.”`,
    [["“We will hold,”", "Paul Green"], ["“I have no doubt,”", "Paul Green"], ["“Despite the claims of Mark Dobbs, he has been able to win.”", "Paul Green"]]],
], { speaker: named });
table("English: “he added” takes up the speaker of the quote before, not a name in a complement", en, [
  ["“We are ready,” said Paul Green after meeting his counterpart Mark Dobbs. “The results are good,” he added.",
    [["“We are ready,”", "Paul Green"], ["“The results are good,”", "Paul Green"]]],
  // Must not: a capitalised word written once at a sentence start ("Prominent examples") is no subject.
  ["Paul Green, a lawyer in Toronto, said disputes are rising. “There have been big awards,” he said. Prominent examples include Acme Corp. and Bolt Inc.\n\n“The big cases are rare,” he added.",
    [["disputes are rising", "Paul Green"], ["“There have been big awards,”", "Paul Green"], ["“The big cases are rare,”", "Paul Green"]]],
], { speaker: named });
table("English: the subject of a reported clause or a possessor is not the salient subject; an honorific's subject is", en, [
  ["“He knew it was down,” said Tom Hale, who was fined.\nHale won the game and said later that Rick Vance was honest. The veteran had upset Rick Vance's rhythm.\n“I changed my strategy,” he added.",
    [["“He knew it was down,”", "Tom Hale"], ["Rick Vance was honest", "Tom Hale"], ["“I changed my strategy,”", "Tom Hale"]]],
  ["“It was never hacked,” Barack Obama said. But Mr. Comey painted a different picture. “Hostile actors gained access,” he said.",
    [["“It was never hacked,”", "Barack Obama"], ["“Hostile actors gained access,”", "Comey"]]],
], { speaker: named });

// Issue 11, English 2: "it" (and "they" for a plural name) takes up the organisation that is the subject of the clause
// before, when no statement before gives it a topic.
table("English: “it” takes up the organisation that was the subject before", en, [
  ["Acme Corp. reported a loss on Monday. It said sales would recover next year.",
    [["sales would recover next year", "Acme Corp"]]],
  ["Acme Corp. reported a loss on Monday. “Sales will recover,” it said in a statement.",
    [["“Sales will recover,”", "Acme Corp"]]],
  // Must not: an organisation that is an object, a person subject in between, "they" for a singular name.
  ["Tom Hale sued Acme Corp. last year. It said the suit had no merit.", [["the suit had no merit", null]]],
  ["Acme Corp. hired Tom Hale. Tom Hale met the board. It said the plan was sound.", [["the plan was sound", null]]],
  ["Acme Corp. reported a loss on Monday. They said sales would recover next year.", [["sales would recover next year", null]]],
], { speaker: named });
// With no statement before, a pronoun that opens its sentence takes up the subject of the sentence before,
// not the name in its object, whatever given name tells a gender.
table("a sentence-opening pronoun takes up the subject of the sentence before, not its object", fr, [
  ["Le ministre Jean Roux a rencontré Paul Girard mardi. Il a déclaré que l'accord était proche.",
    [["l'accord était proche", "Jean Roux", "indirect"]]],
  // Must not: a subject of the other gender leaves the pronoun to the name that fits.
  ["Marie Dubois a rencontré Paul Girard mardi. Il a déclaré que l'accord était proche.",
    [["l'accord était proche", "Paul Girard", "indirect"]]],
  // Must not: a name inside the subject's complement is no subject ("Le projet de Jean Roux").
  ["Le projet de Jean Roux a séduit Paul Girard. Il a déclaré que l'accord était proche.",
    [["l'accord était proche", "Paul Girard", "indirect"]]],
], { speaker: named });
table("a sentence-opening pronoun takes up the subject of the sentence before (English)", en, [
  ["Tom Hale met Rick Vance on Monday. He said the deal was close.", [["the deal was close", "Tom Hale", "indirect"]]],
], { speaker: named });
// The same when the sentence opens on a quote and the pronoun is in its incise.
table("an inverted pronoun after a quote that opens its sentence takes up the subject of the sentence before", fr, [
  [`Le maire Pierre Blanc a reçu le préfet Jean Morin mardi. ${g("Nous avons besoin de moyens")}, a-t-il lancé.`,
    [[g("Nous avons besoin de moyens"), "Pierre Blanc", "direct"]]],
  [`La ministre Claire Petit a rencontré la syndicaliste Anne Morel à Lyon. ${g("Le dialogue est rouvert")}, a-t-elle assuré.`,
    [[g("Le dialogue est rouvert"), "Claire Petit", "direct"]]],
  // Must not: a subject of the other gender leaves the pronoun to the name that fits.
  [`La maire Anne Morel a reçu le préfet Jean Morin mardi. ${g("Nous avons besoin de moyens")}, a-t-il lancé.`,
    [[g("Nous avons besoin de moyens"), "Jean Morin", "direct"]]],
], { speaker: named });
table("an inverted pronoun after a quote that opens its sentence takes up the subject of the sentence before (English)", en, [
  ["Mayor Tom Hale met Governor Rick Vance on Monday. “We need money,” he said.", [["“We need money,”", "Tom Hale", "direct"]]],
], { speaker: named });
// A report's subject pronoun takes up the speaker of the statement before, whatever its kind, before a name
// in that statement's complement.
table("a report's pronoun takes up the speaker of the statement before", fr, [
  [`${g("Nous avançons")}, a déclaré Jean Roux après avoir rencontré Paul Girard. Il a ajouté que l'accord était proche.`,
    [[g("Nous avançons"), "Jean Roux"], ["l'accord était proche", "Jean Roux"]]],
  // Must not: a statement of the other gender is no topic; nor is a speaker the text only described.
  [`${g("Nous avançons")}, a déclaré Marie Dubois après avoir rencontré Paul Girard. Il a ajouté que l'accord était proche.`,
    [[g("Nous avançons"), "Marie Dubois"], ["l'accord était proche", "Paul Girard"]]],
], { speaker: named });
// An organisation that opens the sentence before as its subject is what "il"/"elle" takes up when its
// article shows the pronoun's gender.
table("French: il/elle takes up the organisation that opened the sentence before", fr, [
  ["La CGT a rencontré le ministre. Elle a affirmé que la grève continuerait.", [["la grève continuerait", "CGT", "indirect"]]],
  // Must not: an article of the other gender.
  ["Le Medef a rencontré la ministre. Elle a affirmé que la grève continuerait.", [["la grève continuerait", null, "indirect"]]],
], { speaker: named });
