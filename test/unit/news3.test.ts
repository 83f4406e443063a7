// Table-driven tests for English news statements (round 3): indirect reports whose subject or span the
// engine used to miss, with rows that must NOT be detected. The speaker column is the name, or the
// description as written.
import * as assert from "node:assert/strict";
import { analyze, type Lang, type Quote } from "../../src/engine";

type Row = [text: string, lang: Lang, expected: [quote: string, speaker: string | null, kind: string][]];

const who = (q: Quote) => q.speaker?.name ?? q.speaker?.mentionText ?? null;
const run = (rows: Row[]) => {
  for (const [text, lang, expected] of rows) {
    it(text, () => assert.deepEqual(analyze(text, { lang }).quotes.map((q) => [q.text, who(q), q.kind]), expected));
  }
};

describe("news3: a postposed cue whose subject opens with a determiner", () => {
  run([
    ["The mill will close in May, the Courier said.", "en", [["The mill will close in May", "Courier", "indirect"]]],
    ["The vote was delayed, the party's leader announced on Monday.", "en",
      [["The vote was delayed", "the party's leader", "indirect"]]],
    ["The mill will close in May, the mayor's spokesman said.", "en", [["The mill will close in May", "the mayor's spokesman", "indirect"]]],
  ]);
  // Not a cue: a verb form that is a noun after an adjective, or a capitalised word inside a name.
  run([
    ["Okafor remains, for now, the head of the union and an active voice in city politics.", "en", []],
    ["The mill will close, said Jo Lee, an analyst at the Harbor Policy Report.", "en",
      [["The mill will close", "Jo Lee", "indirect"]]],
  ]);
});

describe("news3: 'and said' after another verb of the sentence's subject", () => {
  run([
    ["Dana Okafor spoke on Monday. Okafor later visited the flooded street and said she had been trapped.", "en",
      [["she had been trapped", "Dana Okafor", "indirect"]]],
    ["He met the mayor on Friday and said the deal was close.", "en", [["the deal was close", "He", "indirect"]]],
  ]);
  // Not a report of the sentence's subject: no name or pronoun opens the sentence.
  run([["There was the flood and said to be the worst in years.", "en", []]]);
});

describe("news3: a bare clause after 'Name, apposition, said' that opens with a name", () => {
  run([
    ["Mayor Dana Okafor spoke. Ohio Sen. Jo Lee, a longtime rival, said Okafor’s plan was a mistake.", "en",
      [["Okafor’s plan was a mistake", "Jo Lee", "indirect"]]],
  ]);
  // The inverted cue: the name after "says" is the speaker, not the report.
  run([
    ["Mayor Dana Okafor spoke. The vote will be close, says Jo Lee, a pollster.", "en",
      [["The vote will be close", "Jo Lee", "indirect"]]],
  ]);
});

describe("news3: a 'that' closing the clause is a pronoun, not the complementizer", () => {
  run([
    ["Okafor says the answer was to close the mill and says she wrote a bill to do that.", "en",
      [["the answer was to close the mill", "Okafor", "indirect"], ["she wrote a bill to do that", "Okafor", "indirect"]]],
    ["The mayor said that, if elected, she would close the mill.", "en", [[", if elected, she would close the mill", "The mayor", "indirect"]]],
  ]);
});

describe("news3: 'say' with a subject the engine cannot name (loose subject)", () => {
  run([
    ["The town heard from bakers, farmers and shop owners who say the law hurts small firms.", "en",
      [["the law hurts small firms", "farmers and shop owners", "indirect"]]],
    ["The mill is in the north, where local union leaders say the mood has soured.", "en",
      [["the mood has soured", "local union leaders", "indirect"]]],
    ["While veteran county clerks say the count is fair, the mayor disagrees.", "en",
      [["the count is fair", "veteran county clerks", "indirect"]]],
  ]);
  // Not reports: a generic "you", and an inverted cue whose speaker follows the verb.
  run([
    ["It is hard to tell when you say you like the plan.", "en", []],
    ["The mill may not close after all, say some union leaders, who hope for a deal.", "en",
      [["The mill may not close after all", "some union leaders", "indirect"]]],
  ]);
});

describe("news3: a participle after a dash, and an aside between subject and verb", () => {
  run([
    ["Dana Okafor changed her vote on the spot – saying she would back the mill after all.", "en",
      [["she would back the mill after all", "Dana Okafor", "indirect"]]],
    ["Paul Gates, in contrast, told reporters he was working with the union.", "en",
      [["he was working with the union", "Paul Gates", "indirect"]]],
    ["The company, meanwhile, said it would close the mill.", "en", [["it would close the mill", "The company", "indirect"]]],
  ]);
  // Not a subject: an aside that holds a verb is no aside.
  run([["The mill, as the town knew well, said nothing.", "en", []]]);
});

describe("news3: asked questions (quotes/asked.ts)", () => {
  run([
    // Passive: the asker named after "by" asks; an unnamed asker (the reporter) makes no statement for the reader.
    ["Asked whether she would run again, Dana Okafor said she had not decided.", "en",
      [["she had not decided", "Dana Okafor", "indirect"]]],
    ["Asked by Jo Lee during a debate if the mill would close, the mayor shrugged.", "en",
      [["if the mill would close", "Jo Lee", "indirect"]]],
    ["The mayor smiled when asked about the new tax on boats.", "en", []],
    // Active: the asker is the subject; the object goes.
    ["Jo Lee asked the mayor how the town would pay for the bridge.", "en",
      [["how the town would pay for the bridge", "Jo Lee", "indirect"]]],
  ]);
  // Not questions: a request, a passive with no question, a negated verb.
  run([
    ["Jo Lee asked the mayor to leave the room.", "en", []],
    ["The farmers were asked to leave the room.", "en", []],
    ["Jo Lee did not ask whether the mill would close.", "en", []],
  ]);
});

describe("news3: feelings and fears are not statements (STATEMENTS.md)", () => {
  run([
    ["Dana Okafor feared she would lose the vote.", "en", []],
    ["Dana Okafor felt compelled by the rules to leave sooner than she wanted.", "en", []],
    ["Dana Okafor fears that the mill will close.", "en", []],
    // A belief that the text reports as said stays: "said she feared …".
    ["Dana Okafor said she feared the mill would close.", "en", [["she feared the mill would close", "Dana Okafor", "indirect"]]],
  ]);
});

describe("news3: 'called on' reports its object and infinitive; naming after an apposition or a comma", () => {
  run([
    ["Dana Okafor called on the council to delay the vote.", "en", [["the council to delay the vote", "Dana Okafor", "indirect"]]],
    // "call for" keeps working next to "call on".
    ["Dana Okafor called for a delay of the vote.", "en", [["a delay of the vote", "Dana Okafor", "indirect"]]],
    ["Dana Okafor, a city councillor, called the plan a disaster.", "en", [["the plan a disaster", "Dana Okafor", "indirect"]]],
    ["Dana Okafor left the hall, calling the plan a disaster.", "en", [["the plan a disaster", "Dana Okafor", "indirect"]]],
  ]);
  // Not reports: a lone object, a negated verb.
  run([
    ["Dana Okafor called the police.", "en", []],
    ["Dana Okafor did not call on the council.", "en", []],
  ]);
});

describe("news3: a one-word answer after 'and said'", () => {
  run([
    ["But she shook her head and said no when the mayor asked.", "en", [["no", "she", "indirect"]]],
  ]);
});

describe("news3: 'noted' reports its object; an abbreviation after a hyphen ends no sentence", () => {
  run([
    ["Dana Okafor noted the sharp rise in rents since May.", "en", [["the sharp rise in rents since May", "Dana Okafor", "indirect"]]],
    ["Dana Okafor argued that the gap between Okafor and then-Sen. Jo Lee was narrow.", "en",
      [["the gap between Okafor and then-Sen. Jo Lee was narrow", "Dana Okafor", "indirect"]]],
  ]);
  // Not reports: a noun after an article and an adjective, a negated verb.
  run([
    ["Dana Okafor sounded a cautious note about the rents.", "en", []],
    ["Dana Okafor did not note the rise in rents.", "en", []],
  ]);
});

describe("news3: a second reporting verb after 'and' takes the subject of the first verb", () => {
  run([
    ["After the vote, Dana Okafor thanked her staff and warned that the budget would be tight.", "en",
      [["the budget would be tight", "Dana Okafor", "indirect"]]],
    ["Voters cheered after Dana Okafor called the plan a disaster and promised to scrap it.", "en",
      [["the plan a disaster", "Dana Okafor", "indirect"], ["to scrap it", "Dana Okafor", "indirect"]]],
  ]);
  // Not a subject: a name that is the first verb's object (no description is taken either).
  run([
    ["The crowd booed Dana Okafor and warned that the budget would be tight.", "en", []],
  ]);
});

describe("news3: postposed cues with long titles, counts, outlets and times", () => {
  run([
    ["The mill will close soon, Secretary of State Dana Okafor said.", "en", [["The mill will close soon", "Dana Okafor", "indirect"]]],
    ["The mill will close soon, one county official said.", "en", [["The mill will close soon", "one county official", "indirect"]]],
    ["The union will sit out the vote, Dana Okafor told WKRP earlier this week.", "en",
      [["The union will sit out the vote", "Dana Okafor", "indirect"]]],
    // A quote that closes the sentence before: the report opens after it.
    ["Jo Lee said: “We are going out of business.” The union will sit out the vote, Dana Okafor told reporters.", "en",
      [["“We are going out of business.”", "Jo Lee", "direct"], ["The union will sit out the vote", "Dana Okafor", "indirect"]]],
  ]);
  // Not reports: a participle with a time after it, a place name that is no outlet.
  run([
    ["The plan announced earlier this year will fail.", "en", []],
    ["The mill will close soon, the Ohio River flooded.", "en", []],
  ]);
});

describe("news3: a postposed report may hold a quote inside its clause (mixed)", () => {
  run([
    ["The mayor had “put a dent” in the budget this year, Dana Okafor said.", "en",
      [["The mayor had “put a dent” in the budget this year", "Dana Okafor", "mixed"]]],
  ]);
  // Not a cue: a relative clause inside an apposition.
  run([
    ["Jo Lee, a Okafor ally who has spoken to the mayor, has been warned of the vote.", "en", []],
  ]);
});

describe("news3: 'deny' refusing a thing is no report (lexicon grantVerbs/grantObjects)", () => {
  run([
    ["Dana Okafor denied the charges against her staff.", "en", [["the charges against her staff", "Dana Okafor", "indirect"]]],
    ["Dana Okafor denied she had met the donors.", "en", [["she had met the donors", "Dana Okafor", "indirect"]]],
  ]);
  run([
    ["Judge Dana Okafor denied Mr. Lee's request for a new trial.", "en", []],
    ["Judge Dana Okafor denied him bail on Monday.", "en", []],
    ["The council denied Okafor the votes she needed.", "en", []],
  ]);
});

describe("news3: bare clauses opening with a noun that looks like a verb, and appositions after a party tag", () => {
  run([
    ["Dana Okafor said praise from the governor would not change her vote.", "en",
      [["praise from the governor would not change her vote", "Dana Okafor", "indirect"]]],
    ["Dana Okafor said seeing so many officers at the parade was a relief.", "en",
      [["seeing so many officers at the parade was a relief", "Dana Okafor", "indirect"]]],
    ["Rep. Dana Okafor (D-Va.), ranking member of the committee, said she supports the compromise.", "en",
      [["she supports the compromise", "Dana Okafor", "indirect"]]],
    ["Mill worker Jo Patch spoke on Monday. Patch, a former union director, said the problem is the night shift.", "en",
      [["the problem is the night shift", "Jo Patch", "indirect"]]],
  ]);
  // Not clauses: a noun with no finite verb after it.
  run([
    ["Dana Okafor said thanks to the crowd and left.", "en", []],
    ["Dana Okafor said goodbye to everyone who was there.", "en", []],
  ]);
});

describe("news3: a relative clause 'which/that X said' reports from its verb", () => {
  run([
    ["The new rules, which officials said will take effect in May, do not cover farms.", "en",
      [["will take effect in May", "officials", "indirect"]]],
    ["The mill faces a strike that union leaders said could last a month.", "en", [["could last a month", "union leaders", "indirect"]]],
  ]);
  // Not reports: "what he said was …" is the writer's judgment.
  run([["What the mayor said was true.", "en", []]]);
});

describe("news3: 'that' before a finite verb is the reported clause's subject", () => {
  run([
    ["Dana Okafor said that would permit more buses on the line.", "en", [["that would permit more buses on the line", "Dana Okafor", "indirect"]]],
    ["Dana Okafor said that the buses would run late.", "en", [["the buses would run late", "Dana Okafor", "indirect"]]],
  ]);
});

describe("news3: a stray comma between the verb and 'that'", () => {
  run([
    ["Dana Okafor added, that the vote would be fair to all three camps.", "en",
      [["the vote would be fair to all three camps", "Dana Okafor", "indirect"]]],
    // A parenthetical cue still reports the whole sentence.
    ["It is no surprise, Dana Okafor said, that the vote was close.", "en",
      [["It is no surprise, Dana Okafor said, that the vote was close", "Dana Okafor", "indirect"]]],
  ]);
});

describe("news3: channels after the cue (lexicon channelNouns)", () => {
  run([
    ["At least four players were hurt, Dana Okafor told fans in an Instagram account.", "en",
      [["At least four players were hurt", "Dana Okafor", "indirect"]]],
    ["Dana Okafor wrote on her blog that the mill would close.", "en", [["the mill would close", "Dana Okafor", "indirect"]]],
  ]);
});

describe("news3: 'about what X said was …' reports what follows the copula", () => {
  run([
    ["Members complained about what they said was a lack of transparency.", "en", [["a lack of transparency", "they", "indirect"]]],
  ]);
  // Not reports: the sentence's own subject, a one-word judgment.
  run([
    ["What the mayor said was true.", "en", []],
    ["I know what she said is wrong.", "en", []],
  ]);
});

describe("news3: 'according to X' set off inside one clause reports the whole clause", () => {
  run([
    ["One of the plans, according to a person close to the council, is to close the mill.", "en",
      [["One of the plans, according to a person close to the council, is to close the mill", "a person close to the council", "indirect"]]],
  ]);
  // A clause with a cue of its own keeps its own report.
  run([
    ["The Courier reported that, according to the council, the mill will close in May.", "en",
      [[", according to the council, the mill will close in May", "Courier", "indirect"]]],
  ]);
});

describe("news3: a quoted show title after 'told X's' is part of the object, not the report", () => {
  run([
    ["Dana Okafor told NBC’s “Today” show on Monday the mill would close.", "en", [["the mill would close", "Dana Okafor", "indirect"]]],
  ]);
});

describe("news3: a participle after a preposition reports for the sentence's subject", () => {
  run([
    ["Dana Okafor began by saying she would never close the mill.", "en", [["she would never close the mill", "Dana Okafor", "indirect"]]],
    ["Dana Okafor responded by saying that the vote was fair.", "en", [["the vote was fair", "Dana Okafor", "indirect"]]],
  ]);
  // Not a report: a participle that is no speech act.
  run([["The crowd cheered after hearing the mayor was safe.", "en", []]]);
});
