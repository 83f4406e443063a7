// The discourse model for English pronoun and continuation cues (issue 11, English 2): the speaker of the statement
// before, then the subject of the clause before, before an object, a name inside a complement, or a body.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { speakerMentions, en } from "../helpers/table";

const last = <T>(qs: T[]): T | undefined => qs[qs.length - 1];

describe("discourse: he/she after a report, past an object or a complement", () => {
  speakerMentions(en, [
    ["“We will appeal,” said Tom Hale, the union's lawyer. The board had already met with Peter Grant on Monday. He said the ruling was unfair.", "Tom Hale", "He"],
    ["Governor Lisa Brandt praised the plan on Tuesday. She spoke after a meeting with Mark Ellis, the treasurer. “This is a good day,” she said.", "Lisa Brandt", "she"],
    // A report before the quote is its topic, and a one-word capital at a sentence start ("Reporters") is no one.
    ["Coach Daniel Ortiz said the team was ready. Reporters asked him about striker Paul Weber. “He will play,” he said.", "Daniel Ortiz", "he"],
    ["Senator Ruth Adler criticized the bill, saying it would hurt farmers. Critics compared her stance to that of Jane Moss. She added that she would vote no.", "Ruth Adler", "She"],
    // A body that opens the sentence between ("The council, led by …") is no antecedent for "he".
    ["Mayor Alan Price said the budget was balanced. The council, led by Robert Kim, disagreed. He added that taxes would not rise.", "Alan Price", "He"],
    ["“The market is calm,” said James Reed, an analyst at Ferris Bank. Investors had sold shares of Sam Ward's company. He added that prices would recover.", "James Reed", "He"],
    ["“Prices will fall,” said Laura Chen, who met with Trade Minister Oscar Diaz last week. She added that tariffs would be cut.", "Laura Chen", "She"],
    ["“We are not leaving,” Frank Moreau told the crowd, thanking Mayor Ines Roy for her support. He said the plant would stay open.", "Frank Moreau", "He"],
    ["The storm hit Florida on Monday. Residents were told to leave. “It was terrifying,” said Jane Ross. She said the roof had collapsed.", "Jane Ross", "She"],
    // Must not take up the speaker before: another person is the subject of the clause before.
    ["“We will appeal,” said Tom Hale. Peter Grant, the judge, rejected the request. He said the case was closed.", "Peter Grant", "He"],
    ["Mary Smith said the deal was close. John Brown disagreed. He said talks had stalled.", "John Brown", "He"],
    ["Mayor Alan Price said the budget was balanced. Robert Kim disagreed. He added that taxes would not rise.", "Robert Kim", "He"],
    // Gender from honorifics and given names.
    ["Ms. Okafor met Mr. Lindqvist in Oslo. She said the talks had gone well.", "Okafor", "She"],
    ["Peter Novak spoke after Susan Ferro. “We need more nurses,” she said.", "Susan Ferro", "she"],
  ], last);
});

describe("discourse: it after an organisation that spoke", () => {
  speakerMentions(en, [
    ["The World Health Organization warned that cases were rising. It said vaccines remained effective.", "World Health Organization", "It"],
    ["The Red Cross said it had sent 40 trucks. It said more aid was on the way.", "Red Cross", "It"],
    // A body the analysis typed as a person, with nothing that shows one: "it" takes it up; "they" when its name is a plural.
    ["Walmart said it would raise wages. “We want to keep our people,” it said in a statement.", "Walmart", "it"],
    ["The Raptors said the guard would miss two weeks. They added that he was expected to recover fully.", "Raptors", "They"],
    // A speaker typed as a place: "it" takes up a country that spoke; "he" a name that is also a given name, never a country.
    ["China said the arrest was illegal. It added that it would respond.", "China", "It"],
    ["Governor Tom Hale toured the site.\n\nKofi, a fisherman, said the sea pulled back first. He added that his boat was gone.", "Kofi", "He"],
    ["Governor Tom Hale toured Kenya on Monday. Kenya said the visit was useful. He added that aid would follow.", "Tom Hale", "He"],
    // Must not: a person named as one ("Tom") is no "it"; a person spoke in between.
    ["Tom Reyes released a report on Monday. It said the river was polluted.", null, "It"],
    ["Acme Corp. said profits rose. Analyst John Brown said the gain was small. He added that it would not last.", "John Brown", "He"],
  ], last);
});

// News passages in several newsrooms' wordings: [text, words of the statement, its speaker's name].
const passages: [string, string, string | null][] = [
    ["The city council voted 7-2 on Tuesday to close the library.\n\nCouncilwoman Dana Ortiz, who voted against the plan, said residents had not been consulted.\n\n“We owe them a real hearing,” she said.", "We owe them", "Dana Ortiz"],
    ["Police arrested a 24-year-old man on Sunday.\n\nSgt. Mike Lowell said the suspect had fled on foot.\n\n“He did not get far,” Lowell said. “Officers found him behind a store.”\n\nHe said charges were expected on Monday.", "charges were expected", "Mike Lowell"],
    ["Maria Sanchez opened her bakery in 2009.\n\nWhen the pandemic hit, she laid off four workers. “It was the worst year of my life,” she said.", "It was the worst year", "Maria Sanchez"],
    ["The company, Northwind Energy, announced the layoffs on Friday.\n\nChief executive Laura Bing told employees in a memo that the cuts were painful but necessary.\n\n“We have to adapt,” she wrote.", "We have to adapt", "Laura Bing"],
    ["Oxfam said on Monday that hunger was spreading in the region.\n\nIn a report, it said 3 million people needed food aid.", "3 million people needed food aid", "Oxfam"],
    ["Jim Carter, the team's coach, praised his players after the game.\n\n“They never gave up,” he said of his players, who trailed by 12 at halftime.\n\nCarter said he was proud of them.", "They never gave up", "Jim Carter"],
    ["Dr. Helen Park, an epidemiologist at Stanford, said the numbers were worrying.\n\n“We are seeing a second wave,” said Park, who advised the state last year. “It will peak in March.”", "It will peak in March", "Helen Park"],
    ["Rep. John Ruiz criticized the proposal in a speech to the House.\n\n“This bill will hurt working families,” Ruiz said.\n\nSpeaker Nancy Ford disagreed. She said the bill would create jobs.", "the bill would create jobs", "Nancy Ford"],
    ["The ministry said 12 people were killed.\n\nIt said rescue teams were still searching.", "rescue teams were still searching", null],
    ["Sarah Kim, a spokeswoman for the airline, declined to comment on the lawsuit. But she said the airline was reviewing its policy.", "the airline was reviewing its policy", "Sarah Kim"],
    ["Tom Baker's lawyer, Ann Wells, said her client was innocent.\n\n“He was not even there,” she said.", "He was not even there", "Ann Wells"],
    ["Investors cheered the news. Shares of Apex Corp rose 8 percent. The company said it expected sales to double.\n\nIt added that it would open 30 stores.", "it would open 30 stores", "Apex Corp"],
    ["Mark Hill, 52, has lived on the street for 30 years. He said the flood was the worst he had seen.\n\nHis neighbor, Rosa Diaz, said she lost everything. “We have nothing left,” she said.", "We have nothing left", "Rosa Diaz"],
    ["Ahmed Khan met Foreign Minister Li Wei on Tuesday. Khan said they discussed trade.\n\n“The talks were productive,” he said.", "The talks were productive", "Ahmed Khan"],
    ["Lisa Moore sued the county in 2017. A judge ruled against her last year.\n\n“I just want the truth,” Moore said. She added that she would appeal.", "she would appeal", "Lisa Moore"],
    ["The study, published in Nature, found that bees avoid the pesticide.\n\nLead author Emma Reid said the results surprised her team. “We expected the opposite,” she said.", "We expected the opposite", "Emma Reid"],
];

describe("discourse: pronouns and follow-on quotes in news passages", () => {
  for (const [text, words, name] of passages) {
    it(text, () => assert.equal(analyze(text, { lang: "en" }).quotes.find((q) => q.text.includes(words))?.speaker?.name ?? null, name));
  }
});

describe("discourse: a role description and its holder", () => {
  speakerMentions(en, [
    // A capitalised modifier the holder's role lacks: no holder ("Democratic" is not the Republican candidate).
    ["Republican presidential candidate Tom Hale spoke on Monday. Jane Roe has a word for his plan: No. The Democratic presidential candidate said the plan was absurd.",
      null, "The Democratic presidential candidate"],
    ["Presidential candidate Tom Hale spoke on Monday. The presidential candidate said the plan was absurd.", "Tom Hale", "The presidential candidate"],
    // Two holders as good: the one named last; the role equal to the description before a longer one.
    ["Senator Tom Hale spoke first. Senator Rob Kerr spoke later, at noon. The senator said the vote would pass.", "Rob Kerr", "The senator"],
    ["President Jo Lee played golf with World Bank President Sam Kim. The president said the deal was good.", "Jo Lee", "The president"],
    // "former" is another role than a title written before the name.
    ["President Jo Lee met reporters in Ohio. The former president said the deal was good.", null, "The former president"],
  ], last);
});

describe("discourse: a name after a verb that has its subject is its object, no inverted subject", () => {
  speakerMentions(en, [
    ["Paul Ward praised Linda Hale. “She is better,” he said.\n\nWard blasted Mark Devon over his record and said the abuse would go on.\n\n“It will not change,” he said. “You will see.”", "Paul Ward", "he"],
    ["Mayor Alan Price spoke on Monday. “We are ready,” he said. Price thanked Tom Hale for the work. “We could not have done it,” he said.", "Alan Price", "he"],
    ["Ed Brookover spoke to reporters on Thursday after a meeting with members who have endorsed Tom Hale. He said the meeting was the first of many.", "Ed Brookover", "He"],
    // Must not: an inverted cue's subject after it ("adds X", "said X") is who spoke.
    ["“The market is calm,” adds analyst James Reed. “It will stay calm,” he said.", "James Reed", "he"],
    ["Mayor Alan Price opened the meeting. “We are not done,” said Tom Hale, the treasurer. “There is more,” he said.", "Tom Hale", "he"],
  ], last);
});

describe("discourse: no antecedent of the other gender, nor one too far back; a participle's object is no subject", () => {
  speakerMentions(en, [
    // A given name of the other gender is no antecedent past the sentence before, even when nobody else fits (epicene
    // names listed one way, "Robin Hart spoke first. “…,” she said.", only there): the pronoun stays unresolved.
    ["Senator Alan Price spoke on Monday. The hall was full. The crowd was loud. “The plan is dead,” she said.", null, "she"],
    // Nobody of that gender within reach (some 240 tokens): unresolved, not a name paragraphs back.
    [`Mayor Price opened the bridge on Monday.\n\n${"The river rose again that week. ".repeat(35)}\n\n“We lost everything,” she said.`, null, "she"],
    ["Senator Bob Lee said the race was close.\n\nVice President Tom Hale weighed in as well, telling Mic in an interview on Monday, “They are both qualified,” he said.", "Tom Hale", "he"],
    // Must not: a person of no known gender near enough; an inverted cue's subject.
    ["Mayor Price opened the bridge on Monday. The river rose again that week. “We lost everything,” she said.", "Price", "she"],
    ["Senator Bob Lee said the race was close. “They are both qualified,” added Vice President Tom Hale. “It is a tie,” he said.", "Tom Hale", "he"],
  ], last);
});

describe("discourse: a name set off by commas inside an object or a relative clause is no subject", () => {
  speakerMentions(en, [
    ["Tom Hale said taxes would rise.\n\nBen Carson brought in a new manager, retired general Bob Dees, late last month. He said the team was stronger.", "Ben Carson", "He"],
    ["Tom Gray, who served as counsel under the mayor's father, George Bush, listed the rules: “Civility was assumed,” he said.", "Tom Gray", "he"],
    // Must not: a description that opens the sentence, named in apposition, is the subject.
    ["Tom Hale said taxes would rise.\n\nThe company's founder, Bob Dees, spoke later. He said the team was stronger.", "Bob Dees", "He"],
    ["Tom Hale said taxes would rise.\n\nIts chief executive, Bob Dees, left early on Monday. He said the team was stronger.", "Bob Dees", "He"],
  ], last);
});

describe("discourse: he/she after a statement by someone only described, by an indefinite description", () => {
  speakerMentions(en, [
    ["A spokesman for the agency, who asked not to be named, said the review would take weeks. He said the findings would be public.", null, "A spokesman for the agency"],
    ["Mayor Alan Price met the union on Monday. A spokesman for the agency said the review would take weeks. He added that the findings would be public.", null, "A spokesman for the agency"],
    ["Governor Tom Hale toured the site. One resident, who lost her home, said the water rose fast. “We had minutes,” she said.", null, "One resident"],
    ["“We will appeal,” said a lawyer for the family. “The ruling is wrong,” she said.", null, "a lawyer for the family"],
    // A chain of pronouns goes on with it, each in the sentence after the one before.
    ["A spokesman for the agency said the review would take weeks. He said the findings would be public. He added that nobody would lose a job.", null, "A spokesman for the agency"],
    // Must not: a person named since; a description of the other gender; a definite one (someone named before); a group.
    ["A spokesman for the agency said the review would take weeks. Mayor Alan Price disagreed. He said the findings would be public.", "Alan Price", "He"],
    ["Mayor Alan Price spoke first. A spokeswoman for the agency said the review would take weeks. He said the findings would be public.", "Alan Price", "He"],
    ["Senator Ruth Adler toured the plant. The senator said the jobs would stay. She added that the state would help.", "Ruth Adler", "She"],
    ["Mayor Alan Price spoke first. Two officials said the toll was rising. He said the water rose in minutes.", "Alan Price", "He"],
  ], last);
});

describe("discourse: a report's pronoun after its clause", () => {
  speakerMentions(en, [
    // The statement before is still the topic: a name inside the clause is what was said, not who said it.
    ["Tom Hale said the comparison was not useful. Jo Lee was the first woman mayor, he said.", "Tom Hale", "he"],
    // Two sentences on, the clause's subject comes first.
    ["Tom Hale spoke in May.\n\nThe two candidates sparred on taxes.\n\nRob Kerr has introduced the bill in the House, he said.", "Rob Kerr", "he"],
    // A participle's report read with another speaker, in the quote's own sentence, does not take over the topic.
    ["“We need new money,” said Ann Bell, chief scientist for the charity Climate Central, adding that it would take years. “It will take everyone,” she said.",
      "Ann Bell", "she"],
  ], last);
});

describe("discourse: they for its clause's plural subject", () => {
  speakerMentions(en, [
    ["As news of the cuts spread, members complained about what they said was a lack of transparency.", null, "members"],
    ["The protesters marched to city hall. They said the police had been violent.", null, "The protesters"],
    ["Officials are worried. They said the storm could strengthen.", null, "Officials"],
    // A conjunction before the subject is no part of it.
    ["Though executives praise him in private, they said he does not advertise his views.", null, "executives"],
    // Must not: no people ("Sales"), or a name that nothing takes up.
    ["Sales rose 5 percent last year. They said the drop was temporary.", null, "They"],
    ["The Smiths moved in 2010. They said the house was cold.", null, "They"],
  ], last);
});

describe("discourse: he/she after a one-word name set off by an apposition or an age", () => {
  speakerMentions(en, [
    ["President Tom Hale visited the coast on Monday.\n\nYuni, a resident of the bay, was at home when she heard the water coming.\n\n“I heard a rumbling sound,” she said.",
      null, "Yuni"],
    ["Officials said the toll was rising.\n\nAmira, 34, lost her home in the flood. She said the water rose in minutes.", null, "Amira"],
    // A description of the pronoun's gender where the person found is of the other: the description, or the name it gives.
    ["“Nobody called us,” said Derek Moss, the owner. His wife, Linda, agreed. “We found out on Facebook,” she said.", null, "Linda"],
    ["“Nobody called us,” said Derek Moss, the owner. His wife agreed. “We found out on Facebook,” she said.", null, "His wife"],
    // Must not: the person found fits; a person named after it, or a common word before the comma.
    ["“Nobody called us,” said Derek Moss, the owner. His son agreed. “We found out on Facebook,” he said.", "Derek Moss", "he"],
    ["Yuni, a resident of the bay, met Mayor Tom Hale. He said the water rose in minutes.", "Tom Hale", "He"],
    ["Mayor Tom Hale toured the site. Tomorrow, a new team will arrive. He said the work would take weeks.", "Tom Hale", "He"],
  ], last);
});
