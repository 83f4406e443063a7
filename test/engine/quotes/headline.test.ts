// Headlines and lines that open with a source and a colon; links to other articles are no statements.
import { statements, table, fr, en } from "../helpers/table";

describe("a line that opens with a person's name and a colon is that person's statement", () => {
  statements(en, [
    ["Mary Smith: The Party Has Lost Its Way.\n\nMary Smith spoke on Tuesday in Ohio.",
      [["The Party Has Lost Its Way", "Mary Smith", "indirect"]]],
    // Any line may open so, after one line break or several (the lines are found from the text's breaks).
    ["Voters met on Monday in Ohio.\nMary Smith: The Party Has Lost Its Way.\n\n\nMary Smith spoke on Tuesday.",
      [["The Party Has Lost Its Way", "Mary Smith", "indirect"]]],
    ["Voters met on Monday in Ohio.\r\n\r\nMary Smith: The Party Has Lost Its Way.\nTom Brown: We Will Win In May.\n\nBoth spoke.",
      [["The Party Has Lost Its Way", "Mary Smith", "indirect"], ["We Will Win In May", "Tom Brown", "indirect"]]],
  ]);
  statements(fr, [
    ["Jean Dupont : la réforme sera votée en mai.\n\nJean Dupont parlait mardi.",
      [["la réforme sera votée en mai", "Jean Dupont", "indirect"]]],
  ]);
  statements(en, [
    // A place, a label or a name inside the line is not a headline speaker.
    ["Ohio: The Party Has Lost Its Way.\n\nVoters met on Tuesday.", []],
    ["READ MORE: Mary Smith: The Party Has Lost Its Way\n\nMary Smith spoke.", []],
    ["The rally drew Mary Smith: she spoke for an hour.", []],
  ]);
});

table("a role noun alone may open a headline report", en, [
  ["Volcano erupts\n\nVice-president says death toll likely to increase\n\nHundreds of buildings damaged",
    [["death toll likely to increase", "Vice-president", "indirect"]]],
  ["However said nothing about it, the vote went on.", []],
]);

describe("the article's headline 'Source: statement' (English)", () => {
  statements(en, [
    ["Poll: Voters Like The New Mayor More Than Ever.\n\nVoters met.",
      [["Voters Like The New Mayor More Than Ever", "Poll", "indirect"]]],
    // The source is the capitalised words before the first lower-case word.
    ["Black Farmers to Governor Alma Ruiz: Send Money To Rebuild Barns.\n\nThe farmers met.",
      [["Send Money To Rebuild Barns", "Black Farmers", "indirect"]]],
    // Not statements: a phrase, a line that is not the first, a French headline.
    ["Open this photo in gallery: A view of the harbour at dusk in May.\n\nThe harbour was calm.", []],
    ["Voters met on Monday.\n\nPoll: Voters like the new mayor more than ever.", []],
  ]);
  statements(fr, [
    ["Sondage : les électeurs aiment le nouveau maire.\n\nLes électeurs se sont réunis.", []],
  ]);
});

table("a name opening the sentence before a colon speaks the quote after it", en, [
  ["Rivals met on Monday. Donald Trump and Chris Christie spoke.\n\nMr. Christie gloated: “I told you he would fail.”",
    [["“I told you he would fail.”", "Chris Christie", "direct"]]],
  ["Rivals met on Monday. Meghan McCain watched.\n\nMeghan McCain, Twitter: “Best debate so far.”",
    [["“Best debate so far.”", "Meghan McCain", "direct"]]],
  // Not a speaker: no name before the colon, or a name far from it.
  ["Rivals met on Monday.\n\nThe tally: “Three to one.”", [["“Three to one.”", null, "direct"]]],
  ["Chris Christie spoke.\n\nChris Christie and the mayor of the town read the line: “Three to one.”", [["“Three to one.”", null, "direct"]]],
]);

table("French: 'pour X, …' after a headline's topic and its colon", fr, [
  ["France : pour Paul Durand, la réforme des retraites est nécessaire", [["la réforme des retraites est nécessaire", "Paul Durand", "indirect"]]],
  // Must not match: "pour" after a colon inside a sentence is no source.
  ["Le maire a une priorité : pour la ville, la sécurité passe avant tout.", []],
]);
