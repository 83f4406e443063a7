// Bylines, photo credits, links and author bios name no person of the story.
import { entities, en, type EntityRow } from "../helpers/table";

const creditsAndLinks: EntityRow[] = [
  { why: "a byline line 'Name, The Canadian Press' names the reporter, not a person of the story",
    text: "Lena Dorval, The Canadian Press\n\nTORONTO -- Mayor Olivia Brandt said the vote would go ahead.",
    people: ["Olivia Brandt"], not: { people: ["Lena Dorval"] } },
  { why: "photo credits with a slash, and 'With files from', are credits",
    text: "A tram crosses the square. ( Pavel Kirsch / The Associated Press )\nREUTERS/Mina Sorel\nOwen Hale said it was late.\n\nWith files from Rhea Tamm in Halifax", people: ["Owen Hale"], not: { people: ["Pavel Kirsch", "Mina Sorel", "Rhea Tamm"] } },
  { why: "a name on a 'READ MORE:' line counts only when the story names that person too",
    text: "Teachers walked out on Friday.\n\nREAD MORE: Dana Whitlock says talks will resume\n\nWATCH: Boris Amalric visits the school\n\nWhitlock said she was hopeful.", people: ["Dana Whitlock", "Whitlock"], not: { people: ["Boris Amalric"] } },
  { why: "a name after 'by' in running text is still a person",
    text: "The bridge was designed by Arthur Penhale in 1902.", people: ["Arthur Penhale"] },
];

describe("entities: bylines, credits and links", () => { entities(en, creditsAndLinks); });

const authorsAndLabels: EntityRow[] = [
  { why: "a closing author bio names the writer, who is no person of the story, nor in the credit that names them",
    text: "Cities should plant more trees, Maren Holloway writes.\n\nThe mayor, Tobias Quell, said the plan would cost little. Quell met residents on Monday.\n\nMaren Holloway is a lawyer specializing in urban law. She serves as a director at a charity.", people: ["Tobias Quell", "Quell"], not: { people: ["Maren Holloway", "Holloway"] } },
  { why: "a bio run into the line before it still names the writer, and the contact line too",
    text: "Send your questions to Priya at ask@example.com. Shaving Cream, $29, example.com Priya Dunmore is the executive editor of The Page. She writes about style.", not: { people: ["Priya Dunmore", "Priya"] } },
  { why: "a person described near the end of a story, with a quote after, is no author",
    text: "The council voted on Tuesday.\n\nLena Marsh is a nurse in the town. \"We need this,\" she said.", people: ["Lena Marsh"] },
  { why: "a person described early in a long story is no author",
    text: "Lena Marsh is a nurse in the town. " + "The council voted on the budget and the roads. ".repeat(12), people: ["Lena Marsh"] },
  { why: "a label in capitals with a colon heads a section: no name, and the next capital starts a sentence",
    text: "Markets rose on Monday.\n\nUS-CHINA TRADE: Trade talks opened Wednesday in Beijing, said Mark Elwood.", people: ["Mark Elwood"], places: ["Beijing"], not: { people: ["US-CHINA TRADE", "Trade", "US-CHINA"] } },
  { why: "a name in capitals without a colon is still a name",
    text: "JOHN ELWOOD WINS\n\nJohn Elwood won the race on Sunday.", people: ["John Elwood"] },
  { why: "The Globe is the newspaper",
    text: "The agency declined to answer most of The Globe's questions, said Mark Elwood.", people: ["Mark Elwood"], not: { people: ["Globe", "The Globe"] } },
];

describe("entities: author bios, section labels and newspapers", () => { entities(en, authorsAndLabels); });
