// Table-driven tests for English news statements: described sources and their extent, "according
// to" with a description, with rows that must NOT be detected. The speaker column is the name, or
// the description as written when the article names nobody.
import * as assert from "node:assert/strict";
import { analyze, type Lang, type Quote } from "../../src/engine";

type Row = [text: string, lang: Lang, expected: [quote: string, speaker: string | null, kind: string][]];

const who = (q: Quote) => q.speaker?.name ?? q.speaker?.mentionText ?? null;
const run = (rows: Row[]) => {
  for (const [text, lang, expected] of rows) {
    it(text, () => assert.deepEqual(analyze(text, { lang }).quotes.map((q) => [q.text, who(q), q.kind]), expected));
  }
};

describe("news: a described source is the noun phrase as written", () => {
  run([
    // The description ends before its relative clause.
    ["The vote was delayed, according to a senior party aide who spoke on condition of anonymity.", "en",
      [["The vote was delayed", "a senior party aide", "indirect"]]],
    // Auxiliaries, adverbs and time words after the subject are not part of it.
    ["The regional police had last month warned that the road was closed.", "en", [["the road was closed", "The regional police", "indirect"]]],
    ["Several local officials have long argued that the bridge was unsafe.", "en", [["the bridge was unsafe", "Several local officials", "indirect"]]],
    // A role description in English takes prepositional phrases only ("the spokesman for the board").
    ["The spokesman for the board said the vote would wait.", "en", [["the vote would wait", "The spokesman for the board", "indirect"]]],
    ["Les responsables syndicaux ont affirmé que la grève continuerait.", "fr", [["la grève continuerait", "Les responsables syndicaux", "indirect"]]],
    // A name that modifies the role noun stays in the description, it is not the speaker.
    ["The Manitoba health ministry said it would match the grant.", "en", [["it would match the grant", "The Manitoba health ministry", "indirect"]]],
    ["A Pentagon spokesman said the drill was planned.", "en", [["the drill was planned", "A Pentagon spokesman", "indirect"]]],
    ["Nora Blake spoke first. The Blake campaign said the rally would go ahead.", "en",
      [["the rally would go ahead", "The Blake campaign", "indirect"]]],
    ["The White House press secretary said the trip was off.", "en", [["the trip was off", "The White House press secretary", "indirect"]]],
    ["Le ministère québécois de la Santé a indiqué qu'il verserait la somme.", "fr", [["il verserait la somme", "Le ministère québécois de la Santé", "indirect"]]],
    // A role before a name is that person or organisation: the name stays the speaker.
    ["L'agence iranienne Mehr News a indiqué que la rencontre était prévue.", "fr", [["la rencontre était prévue", "Mehr News", "indirect"]]],
  ]);
});

describe("news: according to a description", () => {
  run([
    ["Late Sunday, the mayor won the primary in the north, according to early returns.", "en",
      [["Late Sunday, the mayor won the primary in the north", "early returns", "indirect"]]],
    ["According to the Daily Planet, the council has asked local firms for donations.", "en",
      [["the council has asked local firms for donations", "the Daily Planet", "indirect"]]],
    ["Sales fell sharply in May, according to data released Friday by the state regulators.", "en",
      [["Sales fell sharply in May", "data released Friday by the state regulators", "indirect"]]],
  ]);
  // Not sources: "according to plan"; French "selon" with a mere description is not taken over.
  run([
    ["Everything went according to plan, and the team flew home on Sunday.", "en", []],
    ["Elle marchait selon la cadence inégale du trot, et personne ne parlait.", "fr", []],
  ]);
});

describe("news: short quoted terms a sentence runs into are not statements", () => {
  run([
    // American punctuation puts the comma or period inside the marks: still a term, not a statement.
    ["It could have been a meet-cute between a man and a “mutant.” The rest is history.", "en", []],
    ["The islands sit on the Pacific “Ring of Fire,” and suffer many quakes.", "en", []],
    ["They even celebrated their “25th anniversary,” adjusting the dates.", "en", []],
  ]);
  // Still statements: a whole sentence, or a term a cue attributes.
  run([
    ["Mary Smith said: “We won.”", "en", [["“We won.”", "Mary Smith", "direct"]]],
    ["“Nonsense,” said Mary Smith.", "en", [["“Nonsense,”", "Mary Smith", "direct"]]],
    ["Mary Smith called the plan “unworkable,” and left.", "en", [["“unworkable,”", "Mary Smith", "direct"]]],
  ]);
});

describe("news: reporting verbs with irregular spellings and object reports", () => {
  run([
    ["Mary Smith admitted she was wrong about the bridge.", "en", [["she was wrong about the bridge", "Mary Smith", "indirect"]]],
    ["Mary Smith concurred that the bridge was unsafe.", "en", [["the bridge was unsafe", "Mary Smith", "indirect"]]],
    // The object is the content: "cited X", "voiced X", "referred to X".
    ["Mary Smith cited rising costs in the north.", "en", [["rising costs in the north", "Mary Smith", "indirect"]]],
    ["Mary Smith voiced her frustration over the long delay.", "en", [["her frustration over the long delay", "Mary Smith", "indirect"]]],
    ["Mary Smith referred to the budget cuts of last year.", "en", [["the budget cuts of last year", "Mary Smith", "indirect"]]],
  ]);
  run([
    // A participle after a determiner is an adjective, not a report.
    ["The cited study was published in May by the university.", "en", []],
    ["Mary Smith admitted to the hospital on Monday was released.", "en", []],
  ]);
});

describe("news: mixed reports and their extent", () => {
  run([
    // A quote that closes its sentence ends the report that contains it.
    ["Tom Green said he heard fans shout “Go home!” And some were seen leaving early.", "en",
      [["he heard fans shout “Go home!”", "Tom Green", "mixed"]]],
    // A name closing an apposition does not make the clause after "said" an inverted cue.
    ["Mary Smith, a member of the board, said Tom Green has “a way to listen” to everyone.", "en",
      [["Tom Green has “a way to listen” to everyone", "Mary Smith", "mixed"]]],
    // Two words between the verb and the mark: a mixed report, not a cue for the quote.
    ["Mary Smith said Tom has “a way to listen” to everyone.", "en", [["Tom has “a way to listen” to everyone", "Mary Smith", "mixed"]]],
  ]);
  run([
    // ", said Mary Smith, the mayor" stays an inverted cue.
    ["The plan will fail, said Mary Smith, the mayor.", "en", [["The plan will fail", "Mary Smith", "indirect"]]],
    ["“The plan will fail,” said Mary Smith, the mayor.", "en", [["“The plan will fail,”", "Mary Smith", "direct"]]],
  ]);
});

describe("news: a sentence after a quote that reports a clause of its own is not the quote's cue", () => {
  run([
    ["The law was meant “to cover all state workers.” Tom Green says he is not familiar with the details.", "en",
      [["“to cover all state workers.”", null, "direct"], ["he is not familiar with the details", "Tom Green", "indirect"]]],
    // Still the quote's cue: the verb closes the sentence or takes a time phrase.
    ["“We will win.” Mary Smith said on Tuesday.", "en", [["“We will win.”", "Mary Smith", "direct"]]],
    ["“We will win,” Mary Smith said.", "en", [["“We will win,”", "Mary Smith", "direct"]]],
  ]);
});

describe("news: a line that opens with a person's name and a colon is that person's statement", () => {
  run([
    ["Mary Smith: The Party Has Lost Its Way.\n\nMary Smith spoke on Tuesday in Ohio.", "en",
      [["The Party Has Lost Its Way", "Mary Smith", "indirect"]]],
    ["Jean Dupont : la réforme sera votée en mai.\n\nJean Dupont parlait mardi.", "fr",
      [["la réforme sera votée en mai", "Jean Dupont", "indirect"]]],
  ]);
  run([
    // A place, a label or a name inside the line is not a headline speaker.
    ["Ohio: The Party Has Lost Its Way.\n\nVoters met on Tuesday.", "en", []],
    ["READ MORE: Mary Smith: The Party Has Lost Its Way\n\nMary Smith spoke.", "en", []],
    ["The rally drew Mary Smith: she spoke for an hour.", "en", []],
  ]);
});

describe("news: subjects with a parenthesis, an opening conjunction or a relative clause", () => {
  run([
    ["Tom Green spoke first. And Sen. Mary Smith (R-Ohio), another vulnerable incumbent, said she had not decided.", "en",
      [["she had not decided", "Mary Smith", "indirect"]]],
    ["The party faces a growing list of veteran members who say they will not run again.", "en",
      [["they will not run again", "a growing list of veteran members", "indirect"]]],
  ]);
  run([
    // A relative clause whose verb takes no clause reports nothing.
    ["The students who said nothing were praised by the teachers.", "en", []],
  ]);
});

describe("news: postposed, inverted and 'as X noted' cues", () => {
  run([
    ["As the Daily Planet noted, the mayor raised more than a million dollars from the industry.", "en",
      [["the mayor raised more than a million dollars from the industry", "Daily Planet", "indirect"]]],
    ["A calmer campaign may not be such a bad thing, say some Democrats.", "en",
      [["A calmer campaign may not be such a bad thing", "some Democrats", "indirect"]]],
    ["In extreme cold, the brakes take longer to work, said the winter railway report.", "en",
      [["In extreme cold, the brakes take longer to work", "the winter railway report", "indirect"]]],
    ["The plan could work, Sen. Mary Smith told reporters on Thursday.", "en",
      [["The plan could work", "Mary Smith", "indirect"]]],
    ["Four band members were killed, lead singer Mary Smith told reporters.", "en",
      [["Four band members were killed", "Mary Smith", "indirect"]]],
  ]);
  run([
    // A verb after the description: a clause, not an inverted subject.
    ["The plan failed, said the mayor was wrong.", "en", []],
    // French incises keep their description for direct quotes only.
    ["La nuit tombait, dit la servante.", "fr", []],
  ]);
});

describe("news: promises and threats report their infinitive", () => {
  run([
    ["Mary Smith has vowed to scrap the plan if elected.", "en", [["to scrap the plan if elected", "Mary Smith", "indirect"]]],
    ["Mary Smith threatened to leave the party over the vote.", "en", [["to leave the party over the vote", "Mary Smith", "indirect"]]],
  ]);
  run([
    ["Mary Smith promised to the voters and left.", "en", []],
    // A verb that does not take an infinitive report: "denied to" is not a statement.
    ["Mary Smith denied to the end.", "en", []],
  ]);
});

describe("news: nouns, prepositions and negations that are not reports", () => {
  run([
    // A subject that ends on a preposition is no subject ("colleagues from states where …").
    ["Four colleagues from states where the mayor is popular lost their seats.", "en", []],
    ["Along with adding two new events, the club hosted eight guests.", "en", []],
    // A verb form after a noun, followed by a preposition, is a noun ("the trade dispute between …").
    ["The trade dispute between the two countries has weighed on markets.", "en", []],
    // A negated verb reports no object.
    ["On Thursday, Mary Smith did not dismiss the possibility of a second vote.", "en", []],
  ]);
  run([
    ["On Thursday, Mary Smith dismissed the possibility of a second vote.", "en",
      [["the possibility of a second vote", "Mary Smith", "indirect"]]],
  ]);
});

describe("news: abbreviations and nouns that look like verbs in the subject", () => {
  run([
    ["Stocks rose.\n\nEARNINGS: Hope Electronics Co. said it posted a drop in profit for the quarter.", "en",
      [["it posted a drop in profit for the quarter", "Hope Electronics Co", "indirect"]]],
    ["Trains are shortened when temperatures dip, the report said.", "en",
      [["Trains are shortened when temperatures dip", "the report", "indirect"]]],
  ]);
  run([
    // A period that ends a sentence before a capitalised verb-like word is no abbreviation.
    ["Mary Smith left early. Report cards arrive on Monday.", "en", []],
  ]);
});

describe("news: long described subjects", () => {
  run([
    ["A release sent to media from the Hope Union late Friday said most of the workers voted yes.", "en",
      [["most of the workers voted yes", "A release sent to media from the Hope Union", "indirect"]]],
  ]);
});

describe("news: a quote's speaker described after it", () => {
  run([
    ["“The polls are misleading,” another New Hampshire Republican said.", "en",
      [["“The polls are misleading,”", "another New Hampshire Republican", "direct"]]],
    ["“This is eerily similar to 2000,” said one longtime adviser to the senator.", "en",
      [["“This is eerily similar to 2000,”", "one longtime adviser to the senator", "direct"]]],
    // A definite description stands for someone named before: it is not taken as a new speaker.
    ["Mary Smith spoke at the rally. “We will win,” said the Ohio Republican.", "en",
      [["“We will win,”", "Mary Smith", "direct"]]],
  ]);
  run([
    // A quoted term before a noun and an unrelated verb is no statement.
    ["The firm received “risk mitigation” payments relating to its operations in May.", "en", []],
  ]);
});

describe("news: verb forms that are mostly nouns", () => {
  run([
    ["The agency's review states that the bridge was unsafe.", "en", [["the bridge was unsafe", "The agency's review", "indirect"]]],
  ]);
  run([
    ["Six of the seven states with Senate races have large rural populations.", "en", []],
    ["The Silver State caucuses will come three days after the primary.", "en", []],
  ]);
});

describe("news: a phrase set off by commas between the verb and 'that'", () => {
  run([
    ["Mary Smith says at a campaign stop in Toledo, Ohio, that the plan means higher taxes.", "en",
      [["the plan means higher taxes", "Mary Smith", "indirect"]]],
    ["Jean Dupont a déclaré lors d'un meeting à Lyon, mardi, que la réforme serait votée.", "fr",
      [["la réforme serait votée", "Jean Dupont", "indirect"]]],
  ]);
});

describe("news: a participle after the main clause reports for the sentence's subject", () => {
  run([
    ["Mary Smith addressed the concerns on Thursday, saying the plan would fail.", "en",
      [["the plan would fail", "Mary Smith", "indirect"]]],
    ["Mary Smith also chastised the station on Friday, saying it had been playing games.", "en",
      [["it had been playing games", "Mary Smith", "indirect"]]],
  ]);
  run([
    // No name opens the sentence: nobody to bind the participle to.
    ["The station closed on Friday, leaving the staff without work.", "en", []],
  ]);
});

describe("news: a report ends at the end of its line", () => {
  run([
    // A quote opening the next paragraph is its own statement, not part of the report before it.
    ["Mary Smith said the plan “will not work.”\n\n“We warned them twice,” she said.", "en",
      [["the plan “will not work.”", "Mary Smith", "mixed"], ["“We warned them twice,”", "Mary Smith", "direct"]]],
    // A quoted word may open a bare clause.
    ["Mary Smith testified “thousands” of emails had not been turned over.", "en",
      [["“thousands” of emails had not been turned over", "Mary Smith", "mixed"]]],
  ]);
  run([
    // Narration that introduces the next line's dialogue is not a report of its own.
    ["À ce moment, Jean Dupont dit au cocher, qui avait dépassé le village :\n« Prends le premier chemin à droite. »", "fr",
      [["« Prends le premier chemin à droite. »", "Jean Dupont", "direct"]]],
  ]);
});

describe("news: a quoted nickname inside a name is not a quote", () => {
  run([
    ["The band was led by Tom “Tiny” Green for years.", "en", []],
    ["The singer Tom “The Voice” Green told reporters nothing.", "en", []],
  ]);
});

describe("news: who says a quote introduced by a participle or a described subject", () => {
  run([
    ["Mary Smith spoke on Monday. She voiced her anger on Twitter, writing “It is unbelievable how many people are left behind.”", "en",
      [["her anger on Twitter", "Mary Smith", "indirect"], ["“It is unbelievable how many people are left behind.”", "Mary Smith", "direct"]]],
    ["I was at a barbecue when a friend wondered loudly, “Do you ever shave that beard?”", "en",
      [["“Do you ever shave that beard?”", "a friend", "direct"]]],
  ]);
  run([
    // The organisation before the participle's comma is not its subject.
    ["Mary Smith posted a long message on Facebook, writing “We will not give up on this town.”", "en",
      [["“We will not give up on this town.”", "Mary Smith", "direct"]]],
  ]);
});

describe("news: naming verbs report what the object is called", () => {
  run([
    ["At the forum, Mary Smith called her vote in favor of the war a mistake.", "en",
      [["her vote in favor of the war a mistake", "Mary Smith", "indirect"]]],
    ["Mary Smith called the new rules unlawful.", "en", [["the new rules unlawful", "Mary Smith", "indirect"]]],
  ]);
  run([
    ["Mary Smith called the police on Monday night.", "en", []],
    ["Mary Smith called for calm after the vote.", "en", [["calm after the vote", "Mary Smith", "indirect"]]],
    ["Mary Smith did not call the result a defeat.", "en", []],
  ]);
});

describe("news: a naming verb's object may hold nouns that look like verbs", () => {
  run([
    ["Mary Smith called the use of executive orders a dangerous habit.", "en",
      [["the use of executive orders a dangerous habit", "Mary Smith", "indirect"]]],
  ]);
  run([
    // A quoted name stays a direct quote (STATEMENTS.md), not a mixed report.
    ["Mary Smith called the plan “quite dangerous” on Monday.", "en", [["“quite dangerous”", "Mary Smith", "direct"]]],
  ]);
});

describe("news: a participle after a direct quote's cue", () => {
  run([
    ["“Nothing you can do, folks,” Mary Smith told a rally in Ohio, saying the mayor would raise taxes.", "en",
      [["“Nothing you can do, folks,”", "Mary Smith", "direct"], ["the mayor would raise taxes", "Mary Smith", "indirect"]]],
  ]);
  run([
    // No quote cue before the participle: nothing to bind.
    ["The rally ended early, leaving the crowd waiting in the rain.", "en", []],
  ]);
});

describe("news: adverbs, participles and nouns ending in -ly around the subject", () => {
  run([
    ["The family said the boy was safe.", "en", [["the boy was safe", "The family", "indirect"]]],
    ["Mary Smith had initially welcomed the plan and said she would make an exception.", "en",
      [["she would make an exception", "Mary Smith", "indirect"]]],
    ["A court document filed Thursday says that the manager will not be charged.", "en",
      [["the manager will not be charged", "A court document", "indirect"]]],
  ]);
});

describe("news: a quoted lower-case phrase a sentence runs into, with no cue", () => {
  run([
    ["The law allows it only for adults “in an advanced stage of irreversible decline” from a disease.", "en", []],
  ]);
  run([
    // Attributed, it stays a statement.
    ["Mary Smith said the plan was “in an advanced stage of collapse” by May.", "en",
      [["the plan was “in an advanced stage of collapse” by May", "Mary Smith", "mixed"]]],
  ]);
});

describe("news: nominal reports", () => {
  run([
    ["Mary Smith spoke on Monday. Reporters asked about Mary Smith's claim that the election was rigged by her rivals.", "en",
      [["the election was rigged by her rivals", "Mary Smith", "indirect"]]],
    ["Mary Smith spoke on Monday. She repeated her warning that the bridge would close in May.", "en",
      [["the bridge would close in May", "Mary Smith", "indirect"]]],
  ]);
  run([
    // A noun with no possessor, or a place's, reports nobody's words.
    ["The claim that the bridge would close in May was false.", "en", []],
  ]);
});

describe("news: a long described source after 'according to'", () => {
  run([
    ["The deal was done to cut costs, according to the person who spoke Thursday to reporters on condition of anonymity because the talks were private.", "en",
      [["The deal was done to cut costs", "the person", "indirect"]]],
  ]);
});

describe("news: a role noun alone may open a headline report", () => {
  run([
    ["Volcano erupts\n\nVice-president says death toll likely to increase\n\nHundreds of buildings damaged", "en",
      [["death toll likely to increase", "Vice-president", "indirect"]]],
  ]);
  run([
    ["However said nothing about it, the vote went on.", "en", []],
  ]);
});

describe("news: a document's owner is the source", () => {
  run([
    ["The union will represent all servers at both locations, according to the union's Friday release.", "en",
      [["The union will represent all servers at both locations", "the union", "indirect"]]],
  ]);
});

describe("news: 'according to' after a clause of its own", () => {
  run([
    ["The network made 1.6 billion dollars in 2015, according to Mary Smith, an analyst at Hope Research.", "en",
      [["The network made 1.6 billion dollars in 2015", "Mary Smith", "indirect"]]],
    // A period inside a number starts no sentence.
    ["The mayor leads in the polls, 45.4 percent to 42 percent, according to the average of recent polls.", "en",
      [["The mayor leads in the polls, 45.4 percent to 42 percent", "the average of recent polls", "indirect"]]],
  ]);
  run([
    // A quote whose cue lies before "according to" already has its speaker.
    ["“They do not care about politics,” Mary Smith said of the families, according to a pool report.", "en",
      [["“They do not care about politics,”", "Mary Smith", "direct"]]],
  ]);
});

describe("news: a report ends where another clause reports", () => {
  run([
    ["Mary Smith said the city was glad to help, but she stressed it was the neighbours who made it work.", "en",
      [["the city was glad to help", "Mary Smith", "indirect"], ["it was the neighbours who made it work", "Mary Smith", "indirect"]]],
  ]);
  run([
    // A conjunction with no report after it keeps the clause whole.
    ["Mary Smith said the city was glad to help, and the neighbours were too.", "en",
      [["the city was glad to help, and the neighbours were too", "Mary Smith", "indirect"]]],
  ]);
});
