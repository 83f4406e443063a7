// The discourse model for English pronoun and continuation cues (issue 11, English 2): the speaker of the statement
// before, then the subject of the clause before, before an object, a name inside a complement, or a body.
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
