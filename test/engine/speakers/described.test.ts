// Described (unnamed) sources: the noun phrase as written, its extent, and subjects the engine cannot name.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { statements, table, speakerMentions, g, fr, en } from "../helpers/table";

describe("French: a described source is the head noun phrase of the subject", () => {
  speakerMentions(fr, [
    ["Un porte-parole du ministère a déclaré que la mesure serait appliquée en mars.", null, "Un porte-parole du ministère"],
    ["Une porte-parole de la préfecture a indiqué que deux personnes avaient été interpellées.", null, "Une porte-parole de la préfecture"],
    ["Interrogée sur RTL, la ministre a estimé que le compte y était.", null, "la ministre"],
    ["Le parquet de Paris a indiqué qu'une enquête avait été ouverte.", null, "Le parquet de Paris"],
    ["Le préfet du Calvados a annoncé mercredi que 500 gendarmes seraient déployés.", null, "Le préfet du Calvados"],
    ["L'avocat de Jean Dupont a affirmé que son client était innocent.", null, "L'avocat de Jean Dupont"],
    ["Un élu local, qui a requis l'anonymat, affirme que la réunion a été annulée.", null, "Un élu local"],
    [`${g("Tout le monde savait")}, raconte un cadre du parti qui a requis l'anonymat.`, null, "un cadre du parti"],
    // The medium after "à" is the addressee, not the source; after "de" it is the source's body.
    [`${g("La situation est grave")}, a déclaré un responsable à l'AFP.`, null, "un responsable"],
    [`${g("Rien n'est réglé")}, a confié un diplomate européen à Reuters.`, null, "un diplomate européen"],
    ["L'agence iranienne Mehr a affirmé que la réunion avait échoué.", "Mehr", "Mehr"],
    // False positives: the description does not reach past a determiner that opens another phrase.
    ["Jean Dupont a reçu le ministre. Le ministre a déclaré que rien n'était décidé.", null, "Le ministre"],
    ["Mais le ministre a déclaré que rien n'était décidé.", null, "le ministre"],
  ]);
  speakerMentions(en, [
    ["A spokesman for the ministry said the plan would be delayed.", null, "A spokesman for the ministry"],
  ]);
});

describe("a described source is the noun phrase as written", () => {
  statements(en, [
    // The description ends before its relative clause.
    ["The vote was delayed, according to a senior party aide who spoke on condition of anonymity.",
      [["The vote was delayed", "a senior party aide", "indirect"]]],
    // Auxiliaries, adverbs and time words after the subject are not part of it.
    ["The regional police had last month warned that the road was closed.", [["the road was closed", "The regional police", "indirect"]]],
    ["Several local officials have long argued that the bridge was unsafe.", [["the bridge was unsafe", "Several local officials", "indirect"]]],
    // A role description in English takes prepositional phrases only ("the spokesman for the board").
    ["The spokesman for the board said the vote would wait.", [["the vote would wait", "The spokesman for the board", "indirect"]]],
    // A name that modifies the role noun stays in the description, it is not the speaker.
    ["The Manitoba health ministry said it would match the grant.", [["it would match the grant", "The Manitoba health ministry", "indirect"]]],
    ["A Pentagon spokesman said the drill was planned.", [["the drill was planned", "A Pentagon spokesman", "indirect"]]],
    ["Nora Blake spoke first. The Blake campaign said the rally would go ahead.",
      [["the rally would go ahead", "The Blake campaign", "indirect"]]],
    ["The White House press secretary said the trip was off.", [["the trip was off", "The White House press secretary", "indirect"]]],
  ]);
  statements(fr, [
    ["Les responsables syndicaux ont affirmé que la grève continuerait.", [["la grève continuerait", "Les responsables syndicaux", "indirect"]]],
    ["Le ministère québécois de la Santé a indiqué qu'il verserait la somme.", [["il verserait la somme", "Le ministère québécois de la Santé", "indirect"]]],
    // A role before a name is that person or organisation: the name stays the speaker.
    ["L'agence iranienne Mehr News a indiqué que la rencontre était prévue.", [["la rencontre était prévue", "Mehr News", "indirect"]]],
  ]);
});

table("subjects with a parenthesis, an opening conjunction or a relative clause", en, [
  ["Tom Green spoke first. And Sen. Mary Smith (R-Ohio), another vulnerable incumbent, said she had not decided.",
    [["she had not decided", "Mary Smith", "indirect"]]],
  ["The party faces a growing list of veteran members who say they will not run again.",
    [["they will not run again", "a growing list of veteran members", "indirect"]]],
  // A relative clause whose verb takes no clause reports nothing.
  ["The students who said nothing were praised by the teachers.", []],
]);

table("abbreviations and nouns that look like verbs in the subject", en, [
  ["Stocks rose.\n\nEARNINGS: Hope Electronics Co. said it posted a drop in profit for the quarter.",
    [["it posted a drop in profit for the quarter", "Hope Electronics Co", "indirect"]]],
  ["Trains are shortened when temperatures dip, the report said.",
    [["Trains are shortened when temperatures dip", "the report", "indirect"]]],
  // A period that ends a sentence before a capitalised verb-like word is no abbreviation.
  ["Mary Smith left early. Report cards arrive on Monday.", []],
]);

table("long described subjects", en, [
  ["A release sent to media from the Hope Union late Friday said most of the workers voted yes.",
    [["most of the workers voted yes", "A release sent to media from the Hope Union", "indirect"]]],
]);

table("a quote's speaker described after it", en, [
  ["“The polls are misleading,” another New Hampshire Republican said.",
    [["“The polls are misleading,”", "another New Hampshire Republican", "direct"]]],
  ["“This is eerily similar to 2000,” said one longtime adviser to the senator.",
    [["“This is eerily similar to 2000,”", "one longtime adviser to the senator", "direct"]]],
  // A definite description stands for someone named before: it is not taken as a new speaker.
  ["Mary Smith spoke at the rally. “We will win,” said the Ohio Republican.",
    [["“We will win,”", "Mary Smith", "direct"]]],
  // A quoted term before a noun and an unrelated verb is no statement.
  ["The firm received “risk mitigation” payments relating to its operations in May.", []],
]);

table("adverbs, participles and nouns ending in -ly around the subject", en, [
  ["The family said the boy was safe.", [["the boy was safe", "The family", "indirect"]]],
  ["Mary Smith had initially welcomed the plan and said she would make an exception.",
    [["she would make an exception", "Mary Smith", "indirect"]]],
  ["A court document filed Thursday says that the manager will not be charged.",
    [["the manager will not be charged", "A court document", "indirect"]]],
]);

table("'said'/'told' report even when their subject is not a name or a role", en, [
  // A relative clause on a plain noun phrase.
  ["Among them were farmers and independent growers who said they would plant less corn.",
    [["they would plant less corn", "farmers and independent growers", "indirect"]]],
  // A long relative clause after the name that opens the sentence.
  ["Governor Alma Ruiz, who was to travel to Tucson on Monday to promote the new rules, said they touched on a core issue.",
    [["they touched on a core issue", "Alma Ruiz", "indirect"]]],
  // A surname alone that is no name mention of its own stands for the article's full name.
  ["Mill worker Dale Young spoke on Monday. Young said he suspects a faulty valve caused the spill.",
    [["he suspects a faulty valve caused the spill", "Dale Young", "indirect"]]],
  // Not reports: passive "was told", "told" with an object and no "that", "to say", negation.
  ["The farmer had been injured in May and told he would need a month of rest.", []],
  ["Among them were growers who told me about the harvest.", []],
  ["It is too early to say the harvest will be poor.", []],
]);

table("'say' with a subject the engine cannot name (loose subject)", en, [
  ["The town heard from bakers, farmers and shop owners who say the law hurts small firms.",
    [["the law hurts small firms", "farmers and shop owners", "indirect"]]],
  ["The mill is in the north, where local union leaders say the mood has soured.",
    [["the mood has soured", "local union leaders", "indirect"]]],
  ["While veteran county clerks say the count is fair, the mayor disagrees.",
    [["the count is fair", "veteran county clerks", "indirect"]]],
  // Not reports: a generic "you", and an inverted cue whose speaker follows the verb.
  ["It is hard to tell when you say you like the plan.", []],
  ["The mill may not close after all, say some union leaders, who hope for a deal.",
    [["The mill may not close after all", "some union leaders", "indirect"]]],
]);

describe("described speakers", () => {
  speakerMentions(en, [
    ["“The water came in seconds,” a witness said.", null, "a witness"],
  ]);
  speakerMentions(fr, [
    ["« L’eau est montée d’un coup », a raconté un riverain.", null, "un riverain"],
  ]);

  it("a place after a description is where the speaker lives, not the speaker", () => {
    const text = "Mary Smith visited. “We lost everything,” said a resident of Texas.";
    const q = analyze(text, { lang: "en" }).quotes[0];
    assert.equal(q.speaker?.name ?? null, null);
    assert.equal(q.speaker?.mentionText, "a resident");
  });
});

// Issue 11, English class "a description of a person after the verb": the description runs to its head noun.
table("English: a description after an inverted verb is kept whole", en, [
  ["“We were lucky,” said the 58-year-old retired teacher from Ohio.", [["“We were lucky,”", "the 58-year-old retired teacher from Ohio"]]],
  ["“The bread sells out by noon,” says the cheerful owner.", [["“The bread sells out by noon,”", "the cheerful owner"]]],
  // A name after the verb stays the name; a clause after the description ends it at its comma.
  ["“We were lucky,” said Jo Lee, a retired teacher.", [["“We were lucky,”", "Jo Lee"]]],
]);

describe("English: a described source after a direct quote is the description, not the speaker before (issue 11)", () => {
  statements(en, [
    // Bodies and groups that no role noun heads.
    ["Nora Blake spoke first. “We are united in our decision,” the team wrote in a statement.",
      [["“We are united in our decision,”", "the team", "direct"]]],
    ["Nora Blake spoke first. “The plan will fail,” critics said.", [["“The plan will fail,”", "critics", "direct"]]],
    ["Nora Blake spoke first. “The numbers are wrong,” the researchers said.", [["“The numbers are wrong,”", "the researchers", "direct"]]],
    ["Nora Blake spoke first. “He was a kind man,” his mother said.", [["“He was a kind man,”", "his mother", "direct"]]],
    // A clause inside the quote is no incise: "that will make people think" does not make "people" its speaker.
    ["“I would be very firm,” Nora Blake said. “Frankly, that will make people think, because they care about it.”",
      [["“I would be very firm,”", "Nora Blake", "direct"],
        ["“Frankly, that will make people think, because they care about it.”", "Nora Blake", "direct"]]],
    // ", and" opens a clause of its own: its subject says nothing of the quote before.
    ["Nora Blake called the system “rigged” in a speech Tuesday, and a few lawmakers have called for a new vote.",
      [["“rigged”", "Nora Blake"], ["a new vote", "a few lawmakers"]]],
  ]);
});

table("a described subject cut from its verb by a relative clause set off by commas", en, [
  ["A senior officer, who was not allowed to speak publicly, told the Daily Courier that the raid had been planned for weeks.",
    [["the raid had been planned for weeks", "A senior officer", "indirect"]]],
  ["“The raid was planned for weeks,” a senior officer, who was not allowed to speak publicly, told the Daily Courier.",
    [["“The raid was planned for weeks,”", "a senior officer", "direct"]]],
  ["“The guards are under a lot of pressure,” a prison source, who was not authorized to speak on the record, told the Herald.",
    [["“The guards are under a lot of pressure,”", "a prison source", "direct"]]],
  ["“We will not sign,” an aide to the governor, who asked not to be named, said on Friday.",
    [["“We will not sign,”", "an aide to the governor", "direct"]]],
  // The verb after the aside reports nothing: no speaker.
  ["“We will not sign,” the officer, who arrived late, left early.", [["“We will not sign,”", null, "direct"]]],
  // No relative clause: the clause after the comma has a subject of its own.
  ["A senior officer, angry at the delay, left the room, and the mayor said he was fine.", [["he was fine", "the mayor", "indirect"]]],
]);

table("a subject cut from its verb by a participle aside set off by commas", en, [
  ["“The visit is off,” an Israeli official, speaking on condition of anonymity, said.",
    [["“The visit is off,”", "an Israeli official", "direct"]]],
  ["“The visit is off,” Anne Reed, speaking on condition of anonymity, said on Friday.",
    [["“The visit is off,”", "Anne Reed", "direct"]]],
  ["“The visit is off,” Anne Reed, who met the minister, told reporters.",
    [["“The visit is off,”", "Anne Reed", "direct"]]],
  // Must not match: the verb after the aside reports nothing.
  ["“We will not sign,” the officer, arriving late, left early.", [["“We will not sign,”", null, "direct"]]],
  ["“We will not sign,” Anne Reed, arriving late, left early.", [["“We will not sign,”", null, "direct"]]],
]);

// A described speaker ends before a channel ("dans un communiqué") or a medium participle ("cité par l'agence X"):
// the agency that quotes the source is not the source.
table("French: a described source stops before its channel or the medium that quotes it", fr, [
  ["La ligue a ouvert une enquête. Les deux clubs seront sanctionnés, précise l'instance dans un communiqué.",
    [["Les deux clubs seront sanctionnés", "l'instance", "indirect"]]],
  ["Bruxelles financerait les travaux, selon un responsable européen cité par l'agence Reuters.",
    [["Bruxelles financerait les travaux", "un responsable européen", "indirect"]]],
  // Still the agency: it is the subject itself.
  ["L'agence Reuters a indiqué que Bruxelles financerait les travaux.", [["Bruxelles financerait les travaux", "Reuters", "indirect"]]],
]);

// With no comma either: the subject read backward from the verb skips "cité par" + the medium (skipMediumAside).
table("French: a described subject before its verb and the medium that quotes it", fr, [
  ["Un responsable européen cité par l'agence Reuters a indiqué que Bruxelles financerait les travaux.",
    [["Bruxelles financerait les travaux", "Un responsable européen", "indirect"]]],
  ["Un diplomate cité par l'AFP a affirmé que l'accord était proche.", [["l'accord était proche", "Un diplomate", "indirect"]]],
  ["Une conseillère interrogée par le quotidien La Gazette a assuré que la ligne serait rouverte.",
    [["la ligne serait rouverte", "Une conseillère", "indirect"]]],
]);

describe("French: a described subject before a participle and a person (pending)", () => {
  // Known gap: with a person named after "interrogé par", the speaker found is the bare noun ("diplomate"), not the
  // description with its determiner.
  it.skip("Un diplomate interrogé par Paul Renard a affirmé que le feu avait pris dans la cave.");
});
