// Words that are no description give no speaker (a time word, a number, an adjective alone, a headline
// label, a phrase cut on a preposition); a description that holds a person's name is that person.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { statements, table, en } from "../helpers/table";

table("described sources: no speaker when the words are no description", en, [
  ["The vote was a disaster for the party, the Latest said.", [["The vote was a disaster for the party", null]]],
  ["Polls closed early this month said the turnout was low.", [["the turnout was low", null]]],
  ["The current said the river would flood.", [["the river would flood", null]]],
  ["According to this month, the mill will close.", [["the mill will close", null]]],
  ["280 said the deal was dead.", [["the deal was dead", null]]],
  ["Wow said the deal was dead.", [["the deal was dead", null]]],
  ["The mayor surprised his rivals by saying the tax was fair.", [["the tax was fair", null]]],
  ["I've said the mill would reopen.", [["the mill would reopen", null]]],
  ["His tour with only sparing said the mill would reopen.", [["the mill would reopen", null]]],
]);

table("described sources: the part that is a description or a name", en, [
  ["Republican presidential candidate Jo Okafor said the tax would be repealed.", [["the tax would be repealed", "Jo Okafor"]]],
  ["Democratic presidential hopeful Dana Okafor said the mill would reopen.", [["the mill would reopen", "Dana Okafor"]]],
  ["Dana Okafor herself said the deal was close.", [["the deal was close", "Dana Okafor"]]],
  ["The council voted 5-2 for the plan, saying the mill would reopen.", [["the mill would reopen", "The council"]]],
  ["But the former mayor said the mill would reopen.", [["the mill would reopen", "the former mayor"]]],
  ["A union official later said the mill would reopen.", [["the mill would reopen", "A union official"]]],
  ["The town council on Monday also said the mill would reopen.", [["the mill would reopen", "The town council"]]],
  ["A senior aide who spoke on condition of anonymity said the talks had stalled.", [["the talks had stalled", "A senior aide"]]],
  ["Officials on Monday also said the mill would reopen.", [["the mill would reopen", "Officials"]]],
  ["Several mayors and Dana Okafor of Ohio all said the mill would reopen.", [["the mill would reopen", "Dana Okafor"]]],
]);

table("described sources: genuine descriptions stay as written", en, [
  ["Several local officials said the bridge would reopen in May.", [["the bridge would reopen in May", "Several local officials"]]],
  ["The Ontario health ministry said the clinics would stay open.", [["the clinics would stay open", "The Ontario health ministry"]]],
  ["The mill will close, a Pentagon spokesman said.", [["The mill will close", "a Pentagon spokesman"]]],
  ["According to a report released Friday, the mill will close.", [["the mill will close", "a report released Friday"]]],
  ["According to the union's Friday release, the mill will close.", [["the mill will close", "the union"]]],
  ["A source close to him said the deal was close.", [["the deal was close", "A source close to him"]]],
  ["Some of them said the deal was close.", [["the deal was close", "Some of them"]]],
  ["Several Okafor associates said the deal was close.", [["the deal was close", "Several Okafor associates"]]],
  ["About 9 percent said the mill would reopen.", [["the mill would reopen", "About 9 percent"]]],
  ["Residents of the valley said the water was unsafe.", [["the water was unsafe", "Residents of the valley"]]],
]);

describe("described sources: a rejected description leaves no speaker object", () => {
  for (const text of ["Wow said the deal was dead.", "The current said the river would flood.", "Mr. : a a a"]) {
    it(text, () => assert.deepEqual(analyze(text, { lang: "en" }).quotes.map((q) => q.speaker), [null]));
  }
});

describe("described sources: a channel that is a verb's object is not the source, the sentence's subject is", () => {
  statements(en, [
    ["The parade went on. Her office issued a statement saying the route would change.", [["the route would change", "Her office"]]],
    ["The parade went on. Later, the Okafor campaign sent out a press release saying the rally was off.", [["the rally was off", "the Okafor campaign"]]],
    ["The parade went on. Critics of the plan read a statement saying the plant would close.", [["the plant would close", "Critics of the plan"]]],
    ["The parade went on. Shortly after the call ended, the Okafor campaign sent out a press release saying the rally was off.", [["the rally was off", "the Okafor campaign"]]],
    ["The parade went on. In reply to the mayor's remarks, the council released a statement saying the fee would stay.", [["the fee would stay", "the council"]]],
    ["The parade went on. Hours later, she issued a statement calling on the council to act.", [["the council to act", "she"]]],
    ["The parade went on. Tom Reed sent a letter to the mayor saying the plant would close.", [["the plant would close", "Tom Reed"]]],
    ["The parade went on. Tom Reed is making a pitch to Ohio voters saying a state law is hurting the economy.",
      [["a state law is hurting the economy", "Tom Reed"]]],
    ["The parade went on. Tom Reed met the mayor of the town saying nothing.", []],
    ["The parade went on.\n\nOhio Sen. Tom Reed is making a pitch to Ohio voters saying a state law is hurting the economy.",
      [["a state law is hurting the economy", "Tom Reed"]]],
  ]);
  // The channel that opens the sentence stays the source.
  statements(en, [["The parade went on. A statement released Friday said the plant would close.", [["the plant would close", "A statement"]]]]);
});

describe("described sources: a place that is a preposition's object, or inside an opening adverbial, is no subject", () => {
  statements(en, [
    ["Mary Jones grew up poor. When her family moved back to rural Ohio, her father refused to teach her French, insisting that she was fully American.",
      [["she was fully American", "her father"]]],
    ["Tom Reed ran for office. After meeting Smith in Ohio, the senator left early, saying the deal was done.", [["the deal was done", "the senator"]]],
    ["Ann Cole won. Sen. Tom Reed, facing a hard challenge in Ohio, a swing state, said he would welcome the help.", [["he would welcome the help", "Tom Reed"]]],
    ["Ann Cole won. A lawmaker in the Philippines is calling for the ban to end.", [["the ban to end", "A lawmaker"]]],
    ["Ann Cole won. After talks in Kenya, the minister said aid would rise.", [["aid would rise", "the minister"]]],
  ]);
});

describe("described sources: a place that is the subject stays the speaker", () => {
  statements(en, [
    ["The talks ended. Japan said its exports were flat in May.", [["its exports were flat in May", "Japan"]]],
    ["The talks ended. In a brief note, France said the border would stay open.", [["the border would stay open", "France"]]],
  ]);
});
