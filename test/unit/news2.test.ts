// Table-driven tests for English news statements (round 2): reports whose subject the engine cannot
// name, with rows that must NOT be detected. The speaker column is the name, or the description as written.
import * as assert from "node:assert/strict";
import { analyze, type Lang, type Quote } from "../../src/engine";

type Row = [text: string, lang: Lang, expected: [quote: string, speaker: string | null, kind: string][]];

const who = (q: Quote) => q.speaker?.name ?? q.speaker?.mentionText ?? null;
const run = (rows: Row[]) => {
  for (const [text, lang, expected] of rows) {
    it(text, () => assert.deepEqual(analyze(text, { lang }).quotes.map((q) => [q.text, who(q), q.kind]), expected));
  }
};

describe("news2: 'said'/'told' report even when their subject is not a name or a role", () => {
  run([
    // A relative clause on a plain noun phrase.
    ["Among them were farmers and independent growers who said they would plant less corn.", "en",
      [["they would plant less corn", "farmers and independent growers", "indirect"]]],
    // A long relative clause after the name that opens the sentence.
    ["Governor Alma Ruiz, who was to travel to Tucson on Monday to promote the new rules, said they touched on a core issue.", "en",
      [["they touched on a core issue", "Alma Ruiz", "indirect"]]],
    // A surname alone that is no name mention of its own stands for the article's full name.
    ["Mill worker Dale Young spoke on Monday. Young said he suspects a faulty valve caused the spill.", "en",
      [["he suspects a faulty valve caused the spill", "Dale Young", "indirect"]]],
  ]);
  // Not reports: passive "was told", "told" with an object and no "that", "to say", negation.
  run([
    ["The farmer had been injured in May and told he would need a month of rest.", "en", []],
    ["Among them were growers who told me about the harvest.", "en", []],
    ["It is too early to say the harvest will be poor.", "en", []],
  ]);
});

describe("news2: a participle after a main clause reports its object (lexicon participleReports)", () => {
  run([
    ["Governor Alma Ruiz vetoed the bill on Monday, citing a threat to public safety.", "en",
      [["a threat to public safety", "Alma Ruiz", "indirect"]]],
    ["Governor Alma Ruiz closed the session, urging lawmakers to pass the budget by June.", "en",
      [["lawmakers to pass the budget by June", "Alma Ruiz", "indirect"]]],
  ]);
  // Not reports: actions and mere topics.
  run([
    ["Governor Alma Ruiz left the room, referring to the new tax plan.", "en", []],
    ["Governor Alma Ruiz vetoed the bill, rejecting a plea from the mayors.", "en", []],
  ]);
});

describe("news2: a title-case headline does not extend a name with its verb (entities/titlecase.ts)", () => {
  const names = (text: string) => analyze(text, { lang: "en" }).people.map((p) => p.name);
  const rows: [string, string[]][] = [
    ["Jane Doe Promises Action On Housing In First Year.\n\nJane Doe spoke to voters in Dover.", ["Jane Doe"]],
    ["Mark Tilden Is Leading The Race For Mayor.\n\nMark Tilden spoke to voters in Dover.", ["Mark Tilden"]],
    // The article writes "Jane Doe" as a whole name: the headline's next word goes.
    ["Jane Doe Drops Into Dover As Rivals Get Nervous.\n\nJane Doe came to Dover on Friday.", ["Jane Doe"]],
    // Not cut: a name the article writes whole elsewhere, and a sentence that is no headline.
    ["Will Young Explains Cold Weather Brake Failures.\n\nWill Young, a mechanic, spoke on Monday.", ["Will Young"]],
    ["Jane Doe Promises said the mayor.", ["Jane Doe Promises"]],
  ];
  for (const [text, expected] of rows) it(text, () => assert.deepEqual(names(text), expected));
});

describe("news2: the article's headline 'Source: statement' (English)", () => {
  run([
    ["Poll: Voters Like The New Mayor More Than Ever.\n\nVoters met.", "en",
      [["Voters Like The New Mayor More Than Ever", "Poll", "indirect"]]],
    // The source is the capitalised words before the first lower-case word.
    ["Black Farmers to Governor Alma Ruiz: Send Money To Rebuild Barns.\n\nThe farmers met.", "en",
      [["Send Money To Rebuild Barns", "Black Farmers", "indirect"]]],
  ]);
  // Not statements: a phrase, a line that is not the first, a French headline.
  run([
    ["Open this photo in gallery: A view of the harbour at dusk in May.\n\nThe harbour was calm.", "en", []],
    ["Voters met on Monday.\n\nPoll: Voters like the new mayor more than ever.", "en", []],
    ["Sondage : les électeurs aiment le nouveau maire.\n\nLes électeurs se sont réunis.", "fr", []],
  ]);
});

describe("news2: short reports and gerund subjects after 'said'", () => {
  run([
    // A gerund opens the reported clause's subject.
    ["As of Monday, Acme said continuing supply problems delayed its deliveries.", "en",
      [["continuing supply problems delayed its deliveries", "Acme", "indirect"]]],
    // A pronoun subject in a noun's relative clause: the content opens at the auxiliary.
    ["Wang read a poem she said was written by her grandmother.", "en", [["was written by her grandmother", "she", "indirect"]]],
    // A one-word answer.
    ["She said no.", "en", [["no", "She", "indirect"]]],
  ]);
  run([
    ["What he said was not true.", "en", []],
    ["The mayor said nothing.", "en", []],
  ]);
});

describe("news2: a name opening the sentence before a colon speaks the quote after it", () => {
  run([
    ["Rivals met on Monday. Donald Trump and Chris Christie spoke.\n\nMr. Christie gloated: “I told you he would fail.”", "en",
      [["“I told you he would fail.”", "Chris Christie", "direct"]]],
    ["Rivals met on Monday. Meghan McCain watched.\n\nMeghan McCain, Twitter: “Best debate so far.”", "en",
      [["“Best debate so far.”", "Meghan McCain", "direct"]]],
  ]);
  // Not a speaker: no name before the colon, or a name far from it.
  run([
    ["Rivals met on Monday.\n\nThe tally: “Three to one.”", "en", [["“Three to one.”", null, "direct"]]],
    ["Chris Christie spoke.\n\nChris Christie and the mayor of the town read the line: “Three to one.”", "en", [["“Three to one.”", null, "direct"]]],
  ]);
});

describe("news2: ', saying …' after an irregular past verb", () => {
  run([
    ["Donald Trump went fully on the attack, saying the mayor would resign.", "en",
      [["the mayor would resign", "Donald Trump", "indirect"]]],
  ]);
  run([["Donald Trump went home early, saying nothing.", "en", []]]);
});

describe("news2: ', saying …' after a described subject that opens the sentence", () => {
  run([
    ["A county court judge in Ohio chastised the board on Friday, saying the members had stalled the vote.", "en",
      [["the members had stalled the vote", "A county court judge in Ohio", "indirect"]]],
  ]);
  run([["This year the board stalled, saying nothing.", "en", []]]);
});

describe("news2: 'according to' with a pronoun, and a participle after the source", () => {
  run([
    ["He left the city after, according to him, the network cancelled his show.", "en",
      [["the network cancelled his show", "him", "indirect"]]],
    ["Acme has signed a new deal with its unions, according to the Labor Department, ending a long strike.", "en",
      [["Acme has signed a new deal with its unions", "Labor Department", "indirect"]]],
  ]);
});

describe("news2: a short clause ending in a stranded preposition is a relative clause, not a report", () => {
  run([
    ["She lost a few friends she thought she could count on.", "en", []],
    // A longer report may end in a preposition of its own.
    ["The mayor said the city had nothing left to plan for.", "en", [["the city had nothing left to plan for", "The mayor", "indirect"]]],
  ]);
});

describe("news2: a quoted nickname inside the name of a postposed speaker", () => {
  // (The entity pass reads the name after the nickname only: "Okafor".)
  run([
    ["At least four players were hurt, team captain Daniel “Danny” Okafor told reporters in a video.", "en",
      [["At least four players were hurt", "Okafor", "indirect"]]],
  ]);
});
