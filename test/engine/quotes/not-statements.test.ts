// What looks like a statement and is none: titles of works, evidence, feelings, idioms, nouns and negations.
import { statements, table, fr, en } from "../helpers/table";

table("French: the narrator's idioms and infinitive objects are no reports", fr, [
  ["Il va sans dire que la réunion a été annulée.", []],
  ["Inutile de dire que la réunion a été annulée.", []],
  ["Emma crut reconnaître le vicomte dans la foule.", []],
  ["On dit que la réunion a été annulée.", []],
  ["On annonça l'arrivée du préfet.", []],
  ["Je me rappelle que la nuit fut longue.", []],
  ["Chapitre 3, OÙ LE NOTAIRE DÉFEND SA PEAU AVEC SUCCÈS", []],
  // A report after an infinitive with « que » still counts.
  ["Jean Dupont a tenu à préciser que la réunion aurait lieu.", [["la réunion aurait lieu", "Jean Dupont", "indirect"]]],
]);

table("nouns, prepositions and negations that are not reports", en, [
  // A subject that ends on a preposition is no subject ("colleagues from states where …").
  ["Four colleagues from states where the mayor is popular lost their seats.", []],
  ["Along with adding two new events, the club hosted eight guests.", []],
  // A verb form after a noun, followed by a preposition, is a noun ("the trade dispute between …").
  ["The trade dispute between the two countries has weighed on markets.", []],
  // A negated verb reports no object.
  ["On Thursday, Mary Smith did not dismiss the possibility of a second vote.", []],
  ["On Thursday, Mary Smith dismissed the possibility of a second vote.",
    [["the possibility of a second vote", "Mary Smith", "indirect"]]],
]);

table("verb forms that are mostly nouns", en, [
  ["The agency's review states that the bridge was unsafe.", [["the bridge was unsafe", "The agency's review", "indirect"]]],
  ["Six of the seven states with Senate races have large rural populations.", []],
  ["The Silver State caucuses will come three days after the primary.", []],
  // A past participle right after a preposition is an adjective (issue 11, English 1).
  ["Nora Blake has a lead in pledged delegates because delegates are awarded by share.", []],
  ["The number of reported cases rose because testing grew.", []],
  // Must still match: the verb after its subject, and "as reported by".
  ["Nora Blake reported the number of cases had doubled.", [["the number of cases had doubled", "Nora Blake", "indirect"]]],
]);

table("a short clause ending in a stranded preposition is a relative clause, not a report", en, [
  ["She lost a few friends she thought she could count on.", []],
  // A longer report may end in a preposition of its own.
  ["The mayor said the city had nothing left to plan for.", [["the city had nothing left to plan for", "The mayor", "indirect"]]],
]);

table("feelings and fears are not statements (STATEMENTS.md)", en, [
  ["Dana Okafor feared she would lose the vote.", []],
  ["Dana Okafor felt compelled by the rules to leave sooner than she wanted.", []],
  ["Dana Okafor fears that the mill will close.", []],
  // A belief that the text reports as said stays: "said she feared …".
  ["Dana Okafor said she feared the mill would close.", [["she feared the mill would close", "Dana Okafor", "indirect"]]],
]);

describe("quoted titles of works are no statements", () => {
  statements(en, [
    ["After watching \"A Quiet Town\" last week, I changed my mind.", []],
    ["The memo titled \"Where We Stand\" was sent on Monday.", []],
    // A quote with its speaker stays, whatever stands before it.
    ["In the book, \"we never gave up,\" Anne Reed said.", [["\"we never gave up,\"", "Anne Reed", "direct"]]],
  ]);
  statements(fr, [
    ["Le film « La Ville tranquille » ressort mardi.", []],
  ]);
});

describe("evidence and unnamed askers are no sources", () => {
  statements(en, [
    ["The data suggests companies may be less confident.", []],
    ["Reed wouldn't comment when asked if other plants would close.", []],
    // A named asker, and a person as the subject, still report.
    ["Reporters asked Reed whether other plants would close.", [["whether other plants would close", "Reporters", "indirect"]]],
    ["The analyst suggests companies may be less confident.", [["companies may be less confident", "The analyst", "indirect"]]],
  ]);
  statements(fr, [
    ["Les chiffres montrent que le chômage baisse.", []],
  ]);
});

// Issue 11, English over-reach: a belief is no statement (STATEMENTS.md), unless quoted words show it was voiced.
table("English: beliefs are no statements", en, [
  ["Ms. Green believes the plan will fail by spring.", []],
  ["Tom Hale thinks the council will back down next week.", []],
  ["Most residents hope the ferry will run again in May.", []],
  ["Dana Okafor expects the rents to rise again this year.", []],
  ["Judge Alan Moss believed the station had acted “in bad faith” towards its members.",
    [["the station had acted “in bad faith” towards its members", "Alan Moss", "mixed"]]],
  // Speech verbs keep their clause.
  ["Ms. Green said the plan will fail by spring.", [["the plan will fail by spring", "Green", "indirect"]]],
]);

// Issue 11, English 1: a reporting verb's form inside an organisation's name, or after "a NAME", is a noun.
table("English: 'Post', 'post' as names and nouns", en, [
  ["Tom Hale told the Washington Post in a statement, “I do not want his endorsement.”",
    [["“I do not want his endorsement.”", "Tom Hale"]]],
  ["Tom Hale was fired after sharing a Facebook post that mocked the new law.", []],
  // Must still match: a verb in the past after "a NAME", an organisation that posts.
  ["The Committee for a Responsible Budget reported that the plan would cost more.",
    [["the plan would cost more", "Responsible Budget"]]],
]);

// Issue 11, English 5: a credit line, a caption or a figure is no source, so its "statement" is none.
table("credits, captions and figures make no statement", en, [
  ["Photo: Jane Roe/Reuters", []],
  ["(AP Photo/John Doe)", []],
  ["By Jane Roe, Associated Press", []],
  ["Numbers above 40 said the test was too hard.", []],
  ["Results showed the drug worked in most patients.", []],
  // Descriptions of people and bodies, and polls and reports that are issued, stay sources.
  ["A spokesman said the plan was dead.", [["the plan was dead", "A spokesman"]]],
  ["A poll released Monday said most voters oppose the plan.", [["most voters oppose the plan", "A poll"]]],
]);

// Issue 11, English 5: a title-case quote after "on", "of", a possessive or a naming word names a work or a show; the
// cue after it belongs to the report that follows.
table("titles of shows and works before a cue are no statements", en, [
  ["Speaking on \"Town Talk,\" Fordham said the bridge was safe.", [["the bridge was safe", "Fordham"]]],
  ["Fordham, appearing on WXYZ's “Sunday Review,” said the bridge was safe.", [["the bridge was safe", "Fordham"]]],
  ["On \"Meet the Voters,\" the mayor said the bridge was safe.", [["the bridge was safe", "the mayor"]]],
  ["The clip was posted by an account called “Hypo-Fordham” on Monday.", []],
  // A name a person gives is a quote (STATEMENTS.md).
  ["The rival Fordham called “Lazy Tom” left the race.", [["“Lazy Tom”", "Fordham"]]],
  // Speech stays a quote: no preposition before it, or words in lower case.
  ["\"We Will Win,\" Fordham said.", [["\"We Will Win,\"", "Fordham"]]],
  ["Fordham insisted on “a fair deal for everyone,” aides said.", [["“a fair deal for everyone,”", "aides"]]],
]);

// Issue 11, English 5: the newsroom's notes on the article are no statements; an update line carries news.
table("corrections and clarifications are no statements", en, [
  ["Correction: An earlier version of this story said the mill closed in 2010. It closed in 2012.", []],
  ["Clarification: This article said the council voted 5-2; the vote was 6-1.", []],
  ["UPDATE: The mayor said Tuesday the mill would stay open.", [["the mill would stay open", "The mayor"]]],
]);

// Issue 11, English 1: a verb after "but" is the main subject's second verb, not the finite verb of a reported clause.
table("'reported little progress … but are hopeful' reports no clause", en, [
  ["Officials reported little progress on the main issues but are hopeful a deal will come.", []],
  // A reported clause with its own verb before "but" stays a report.
  ["Reed said the plan had flaws but was worth a try.", [["the plan had flaws but was worth a try", "Reed"]]],
  ["Reed said little progress had been made but a deal was close.", [["little progress had been made but a deal was close", "Reed"]]],
]);

// Issue 11, English 5: a caption or pull quote, whose line ends with a credit in parentheses, is no statement.
table("a line closed by a credit in parentheses is a caption", en, [
  ["The council should act now, Ana Reyes writes. ( Getty Images ).\n\nThe mill closed in May.", []],
  ["The council should act now, Ana Reyes writes. (Getty Images)\nThe mill closed.", []],
  // A parenthesis inside the next sentence is no credit.
  ["The council should act now, Ana Reyes said. The vote (held Monday) was close.", [["The council should act now", "Ana Reyes"]]],
]);

// "condamner X à [une peine]" is a sentence passed by a court, not "condamner" as criticising ("a condamné ces attaques").
table("French: a court's sentence is no statement", fr, [
  ["Le tribunal a condamné mercredi l'ancien maire à deux ans de prison avec sursis.", []],
  ["La cour d'appel a condamné Paul Durand à cinq ans de prison.", []],
  ["Le tribunal correctionnel l'a condamnée à une amende de 5 000 euros.", []],
  ["France : l'ancien maire de Villeneuve condamné à deux ans de prison", []],
  // Still a report: "condamner" with an object that is what is criticised.
  ["Le ministre a condamné « des actes inqualifiables ».", [["« des actes inqualifiables »", "Le ministre"]]],
]);
