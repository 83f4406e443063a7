// Table-driven tests of named people, organisations and places, with false-positive lists.
// Every sentence is invented for the test.
import * as assert from "node:assert/strict";
import { analyze, type ArticleAnalysis, type Lang } from "../../src/engine";

type Kind = "people" | "orgs" | "places";
interface Row {
  why: string;
  text: string;
  lang: Lang;
  /** Mention texts expected among the kind's mentions (in any order, repeats counted once). */
  people?: string[];
  orgs?: string[];
  places?: string[];
  /** Strings that must not be a mention of the given kind. */
  not?: Partial<Record<Kind, string[]>>;
}

const mentions = (a: ArticleAnalysis, kind: Kind): string[] => a[kind].flatMap((e) => e.mentions.map((m) => m.text));

function check(row: Row): void {
  const a = analyze(row.text, { lang: row.lang });
  for (const kind of ["people", "orgs", "places"] as const) {
    const got = new Set(mentions(a, kind));
    for (const want of row[kind] ?? []) assert.ok(got.has(want), `${kind}: missing "${want}" in ${JSON.stringify([...got])}`);
    for (const bad of row.not?.[kind] ?? []) assert.ok(!got.has(bad), `${kind}: "${bad}" is a false positive`);
  }
}

const possessives: Row[] = [
  { why: "an English possessive ends the name and is not part of it",
    text: "Officials said Wei Fenghe's visit was short. Canada's envoy met Ngozi Okonjo-Iweala's team in Beijing.",
    lang: "en", people: ["Wei Fenghe", "Ngozi Okonjo-Iweala"], places: ["Canada", "Beijing"],
    not: { people: ["Wei Fenghe's", "Canada's", "Canada", "Ngozi Okonjo-Iweala's team"], places: ["Canada's"] } },
  { why: "a possessive stops the run: the next capital is another name",
    text: "Analysts said Kim Jong-un's Workers' Party met on Monday.", lang: "en", people: ["Kim Jong-un"],
    not: { people: ["Kim Jong-un's Workers", "Kim Jong-un's"] } },
  { why: "contractions are no names",
    text: "\"I'm sure,\" said Recep Tayyip Erdoğan. \"He's right. I'd go. Here's why.\"", lang: "en",
    people: ["Recep Tayyip Erdoğan"], not: { people: ["I'm", "He's", "I'd", "Here's", "He", "Here"] } },
];

const sentenceStarts: Row[] = [
  { why: "a frequent word at a sentence start is no name, even before a reporting verb",
    text: "Officials said the market was calm. Sitting in Paris, Ursula von der Leyen said little. Several said no.",
    lang: "en", people: ["Ursula von der Leyen"], places: ["Paris"],
    not: { people: ["Officials", "Sitting", "Several", "Sitting in Paris"] } },
  { why: "a sentence-initial frequent word before a name is dropped, the name kept",
    text: "Among them was Mohammad Javad Zarif. Plusieurs sources citent Jean-Marie Le Pen.", lang: "en",
    people: ["Mohammad Javad Zarif"], not: { people: ["Among", "Among them"] } },
  { why: "a name at the sentence start stays a name",
    text: "Zarif said the talks would resume. Mohammad Javad Zarif arrived in Vienna.", lang: "en",
    people: ["Zarif", "Mohammad Javad Zarif"], places: ["Vienna"] },
];

const tables: Row[] = [
  { why: "results table: a club with its country followed by numbers is an organisation",
    text: "Group B standings:\nRiverton Rovers (Spain) 9 4 5 13\nBarcelona (Spain) 9 4 5 13\nAlba Berlin (Germany) 9 5 4 14",
    lang: "en", orgs: ["Riverton Rovers", "Barcelona", "Alba Berlin"], places: ["Spain", "Germany"],
    not: { places: ["Barcelona", "Alba Berlin"], people: ["Riverton Rovers", "Alba Berlin"] } },
  { why: "score lines: city names are clubs, countries stay places (national sides)",
    text: "Results on Saturday:\nFalkirk 1 Dundee 0\nGreenock Morton 2 Livingston 2\nScotland 1 Wales 0",
    lang: "en", orgs: ["Falkirk", "Dundee", "Greenock Morton", "Livingston"], places: ["Scotland", "Wales"],
    not: { places: ["Falkirk", "Dundee", "Livingston"], orgs: ["Scotland", "Wales"] } },
  { why: "standings: a name followed by three or more numbers is a team",
    text: "EASTERN DIVISION\nW L T PF PA\nBUFFALO 9 4 0 267 215\nINDIANAPOLIS 8 6 0 269 284",
    lang: "en", orgs: ["BUFFALO", "INDIANAPOLIS"], not: { places: ["BUFFALO", "INDIANAPOLIS"] } },
  { why: "athletes with their country are people, even with names no lexicon knows",
    text: "Men's 200 metres:\n1. Tamsir Oduya (Kenya) 20.02\n2. Wei Fenghe (China) 20.37\nQuarter-final: Jiri Novacek (Czech Republic) beat Kim Jong-un (U.S.) 6-3 6-4",
    lang: "en", people: ["Tamsir Oduya", "Wei Fenghe", "Jiri Novacek", "Kim Jong-un"],
    places: ["Kenya", "China", "Czech Republic", "U.S."], not: { orgs: ["Tamsir Oduya", "Jiri Novacek"] } },
  { why: "a number in prose after a name makes no table",
    text: "Attendance 33,000\nAustin 3 was the code name, Lloyd Austin said.",
    lang: "en", people: ["Lloyd Austin"], not: { orgs: ["Attendance", "Austin"] } },
];

const datelines: Row[] = [
  { why: "an upper-case dateline is a place, even a small one",
    text: "VAILSBURG, Colorado 1996-12-07\nThe race was cancelled, organisers said.",
    lang: "en", places: ["VAILSBURG", "Colorado"], not: { orgs: ["VAILSBURG"], people: ["VAILSBURG"] } },
  { why: "an agency after the dateline place",
    text: "KHASAVYURT (Reuters) - Talks resumed on Friday.", lang: "en", places: ["KHASAVYURT"],
    orgs: ["Reuters"], not: { orgs: ["KHASAVYURT"] } },
];

const unknownNames: Row[] = [
  { why: "two or three capitalised words no lexicon knows are a person's name (English)",
    text: "The winner was headed in by Takuya Takagi after a cross from Nader Jokhadar. Rustu Recber saved twice.",
    lang: "en", people: ["Takuya Takagi", "Nader Jokhadar", "Rustu Recber"],
    not: { people: ["Asian Cup"], places: ["Takuya Takagi"] } },
  { why: "initials before a surname make a person (English)",
    text: "S. Campbell c Healy b Gillespie 31\nJ. K. Rowling signed copies.", lang: "en",
    people: ["S. Campbell", "J. K. Rowling"], not: { orgs: ["S. Campbell"] } },
  { why: "runs with a frequent word, a place or an organisation word are not shaped like a person",
    text: "Fans gathered near the World Cup trophy. He flew to Alba Iulia. Talks with Ostrava Steel Group failed.",
    lang: "en", not: { people: ["World Cup", "Alba Iulia", "Ostrava Steel Group", "Ostrava Steel"] } },
  { why: "in French, \"M.\" is Monsieur, not an initial",
    text: "M. Dupont a reçu M. Wei Fenghe.", lang: "fr", people: ["Dupont", "Wei Fenghe"],
    not: { people: ["M. Dupont", "M. Wei Fenghe"] } },
];

const placeHeads: Row[] = [
  { why: "a place head word closes an English place name, which is then no person",
    text: "Rescuers reached Tahura Carita on the Sunda Strait. Residents of Kenton County and Sherbrook Street said so.",
    lang: "en", places: ["Sunda Strait", "Kenton County", "Sherbrook Street"],
    not: { people: ["Sunda Strait", "Kenton County", "Sherbrook Street"] } },
  { why: "a French place head opens the name: rue, lac",
    text: "Il habite rue Auber, près du lac Léman, dit Jean-Marie Le Pen.", lang: "fr",
    places: ["Auber", "Léman"], people: ["Jean-Marie Le Pen"], not: { people: ["Auber"] } },
  { why: "a place followed by a plural is a team",
    text: "The Toronto Raptors beat the Carolina Hurricanes, Kim Jong-un said.", lang: "en",
    orgs: ["Toronto Raptors", "Carolina Hurricanes"], people: ["Kim Jong-un"],
    not: { people: ["Carolina Hurricanes", "Toronto Raptors"], places: ["Toronto Raptors"] } },
];

const frenchPlaces: Row[] = [
  { why: "a country spelled like a nationality noun is a place; the plural nationality is not",
    text: "Il est rentré en Suisse hier. Les Suisses ont voté, a déclaré Ursula von der Leyen.", lang: "fr",
    places: ["Suisse"], people: ["Ursula von der Leyen"], not: { places: ["Suisses"], people: ["Suisse"] } },
  { why: "an unaccented sentence-initial \"A\" is the preposition, not part of the place",
    text: "A Londres, le ministre a parlé. A Pékin, Wei Fenghe a répondu.", lang: "fr",
    places: ["Londres", "Pékin"], people: ["Wei Fenghe"], not: { places: ["A Londres", "A Pékin"] } },
  { why: "a known place ends a French run followed by a stray capital (OCR)",
    text: "Les souverains d'Allemagne Viennent de signer. Le roi d’Espagne Envoie des troupes.", lang: "fr",
    places: ["Allemagne", "Espagne"], not: { places: ["Allemagne Viennent", "Espagne Envoie"], people: ["Viennent"] } },
];

describe("entities: French places", () => { for (const r of frenchPlaces) it(r.why, () => check(r)); });
describe("entities: unknown names", () => { for (const r of unknownNames) it(r.why, () => check(r)); });
describe("entities: place heads and teams", () => { for (const r of placeHeads) it(r.why, () => check(r)); });
describe("entities: possessives and contractions", () => { for (const r of possessives) it(r.why, () => check(r)); });
describe("entities: sentence-initial capitals", () => { for (const r of sentenceStarts) it(r.why, () => check(r)); });
describe("entities: results tables", () => { for (const r of tables) it(r.why, () => check(r)); });
describe("entities: datelines", () => { for (const r of datelines) it(r.why, () => check(r)); });

const titledNames: Row[] = [
  { why: "\"de\" after an honorific or a military title belongs to the surname",
    text: "Le général de Gaulle a reçu M. de Vaublanc. Le ministre de France est parti, et M.de Bismarck aussi.", lang: "fr",
    people: ["de Gaulle", "de Vaublanc", "de Bismarck"], not: { people: ["France", "de France"], places: ["Bismarck"] } },
  { why: "a noble or kin title right before a name makes a person, even when a town has that name",
    text: "La reine Victoria a reçu don Carlos et les frères Nussbaumer. Il est rentré à Victoria.", lang: "fr",
    people: ["Victoria", "Carlos", "Nussbaumer"], places: ["Victoria"], not: { places: ["Carlos"] } },
];

describe("entities: titles before French names", () => { for (const r of titledNames) it(r.why, () => check(r)); });

const frenchLists: Row[] = [
  { why: "names coordinated with a person are people; a list with a place is not",
    text: "Le jury réunissait MM. Droz, Tavelli et Quenbrat. Il a visité Lausanne, Vevranne et Montreux.", lang: "fr",
    people: ["Droz", "Tavelli", "Quenbrat"], not: { people: ["Vevranne", "Lausanne"] } },
  { why: "an initial before a surname in capitals is a person in French, but \"M.\" stays Monsieur",
    text: "ONT SIGNÉ : P. LANGEVRIN A. ZORMANN\nM. Dupont a reçu J. Verschelt.", lang: "fr",
    people: ["P. LANGEVRIN", "A. ZORMANN", "J. Verschelt", "Dupont"], not: { people: ["M. Dupont"] } },
  { why: "an unknown capital after \"à\"/\"en\" or after \"la route de\" is a place, not a person",
    text: "Les troupes sont arrivées à Gorvessin, puis en Tarlavie, sur la route de Mirvanne, a déclaré Jean Dupont.", lang: "fr",
    places: ["Gorvessin", "Tarlavie", "Mirvanne"], people: ["Jean Dupont"],
    not: { people: ["Gorvessin", "Tarlavie", "Mirvanne"], places: ["Jean Dupont"] } },
  { why: "historical states, Swiss cantons and communes and French exonyms of old towns are places",
    text: "Le roi de Prusse a écrit au canton de Vaud. Un horloger du Locle est parti pour Pétersbourg et Mantoue.", lang: "fr",
    places: ["Prusse", "Vaud", "Locle", "Pétersbourg", "Mantoue"], not: { people: ["Prusse", "Locle", "Pétersbourg"] } },
];

describe("entities: French lists, initials and places", () => { for (const r of frenchLists) it(r.why, () => check(r)); });

const monthNames: Row[] = [
  { why: "a month after a given name is a surname; a month with a day is a date",
    text: "Theresa May met Elizabeth May in London. Talks with Sarah Okafor resumed in May 2019.", lang: "en",
    people: ["Theresa May", "Elizabeth May", "Sarah Okafor"], not: { people: ["Theresa", "Sarah Okafor resumed"] } },
];

describe("entities: months as surnames", () => { for (const r of monthNames) it(r.why, () => check(r)); });

const creditsAndLinks: Row[] = [
  { why: "a byline line 'Name, The Canadian Press' names the reporter, not a person of the story",
    text: "Lena Dorval, The Canadian Press\n\nTORONTO -- Mayor Olivia Brandt said the vote would go ahead.", lang: "en",
    people: ["Olivia Brandt"], not: { people: ["Lena Dorval"] } },
  { why: "photo credits with a slash, and 'With files from', are credits",
    text: "A tram crosses the square. ( Pavel Kirsch / The Associated Press )\nREUTERS/Mina Sorel\nOwen Hale said it was late.\n\nWith files from Rhea Tamm in Halifax",
    lang: "en", people: ["Owen Hale"], not: { people: ["Pavel Kirsch", "Mina Sorel", "Rhea Tamm"] } },
  { why: "a name on a 'READ MORE:' line counts only when the story names that person too",
    text: "Teachers walked out on Friday.\n\nREAD MORE: Dana Whitlock says talks will resume\n\nWATCH: Boris Amalric visits the school\n\nWhitlock said she was hopeful.",
    lang: "en", people: ["Dana Whitlock", "Whitlock"], not: { people: ["Boris Amalric"] } },
  { why: "a name after 'by' in running text is still a person",
    text: "The bridge was designed by Arthur Penhale in 1902.", lang: "en", people: ["Arthur Penhale"] },
];
describe("entities: bylines, credits and links", () => { for (const r of creditsAndLinks) it(r.why, () => check(r)); });

const notPeopleEn: Row[] = [
  { why: "events and holidays are no people, unless a given name opens the name",
    text: "The team won the Harmon Cup on Christmas Day. Jason Day finished third at the Kestrel Open.", lang: "en",
    people: ["Jason Day"], not: { people: ["Harmon Cup", "Christmas Day", "Kestrel Open"] } },
  { why: "party, faith and origin words make no person",
    text: "Four Liberal MPs voted against it, and Senate Democrats joined them. The fiery Frenchman left. Pupils of Dunmore Catholic marched.",
    lang: "en", not: { people: ["Liberal MPs", "Liberal", "Senate Democrats", "Frenchman", "Dunmore Catholic"] } },
  { why: "a portfolio before a titled name, or after 'Minister of', is no person",
    text: "Foreign Affairs Minister Marta Quill spoke. Jim Harker, the Minister of Rural Trade Renewal, agreed.", lang: "en",
    people: ["Marta Quill", "Jim Harker"], not: { people: ["Foreign Affairs", "Rural Trade Renewal"] } },
  { why: "company and economics heads make an organisation",
    text: "Analysts at Quarry Economics agreed. Tellis Electronics Co. said profits fell. Staff at Lakeview Brewery voted.", lang: "en",
    orgs: ["Quarry Economics", "Tellis Electronics Co", "Lakeview Brewery"], not: { people: ["Quarry Economics", "Tellis Electronics Co", "Lakeview Brewery"] } },
];
describe("entities: English names that are no people", () => { for (const r of notPeopleEn) it(r.why, () => check(r)); });

const fixtures: Row[] = [
  { why: "a fixture line 'X AT Y' in capitals is two teams, not one name",
    text: "GAMES ON SUNDAY\nDENVER AT PORTLAND\nNY HAWKS AT BOSTON\n", lang: "en",
    orgs: ["DENVER", "PORTLAND", "NY HAWKS", "BOSTON"], not: { people: ["DENVER AT PORTLAND", "NY HAWKS AT BOSTON"] } },
  { why: "a city in brackets after a player is the club (English); a country stays a place",
    text: "Squad: Tomas Vela (Porto), Ivo Marek (Lyon), Geir Alstad (Norway).", lang: "en",
    people: ["Tomas Vela", "Ivo Marek"], orgs: ["Porto", "Lyon"], places: ["Norway"], not: { places: ["Porto", "Lyon"] } },
  { why: "French: a town in brackets after a person stays a place",
    text: "Les travaux de M. Paul Dufaux (Genève) sur la flore.", lang: "fr",
    people: ["Paul Dufaux"], places: ["Genève"], not: { orgs: ["Genève"] } },
  { why: "'at' in running text does not split a name",
    text: "Officials met at Boston City Hall on Friday.", lang: "en", not: { orgs: ["Boston"] } },
];
describe("entities: fixtures and clubs", () => { for (const r of fixtures) it(r.why, () => check(r)); });

const scorersAndSurnames: Row[] = [
  { why: "scorers in brackets with their minute are people",
    text: "Dunmore 2 (Kettering 18th, Halvorsen 56th) Brackley 1 (Osei 70).\nHalftime 1-1.", lang: "en",
    people: ["Kettering", "Halvorsen", "Osei"], not: { places: ["Kettering"] } },
  { why: "shirt numbers before players in a line-up",
    text: "Japan - 1 - Kenji Hoda, 3 - Norio Omura, 6 - Taro Yamaguchi", lang: "en",
    people: ["Kenji Hoda", "Norio Omura", "Taro Yamaguchi"], places: ["Japan"], not: { places: ["Yamaguchi", "Omura"] } },
  { why: "a bracket with a place and no minute stays a place",
    text: "Tomas Vela (Norway) finished second.", lang: "en", places: ["Norway"], not: { people: ["Norway"] } },
  { why: "a town name that is the surname of a person of the article is that person",
    text: "Malcolm Washington won the first set. Washington then served for the match.", lang: "en",
    people: ["Malcolm Washington", "Washington"], not: { places: ["Washington"] } },
  { why: "without such a person, the town stays a place",
    text: "Talks in Washington resumed on Monday.", lang: "en", places: ["Washington"], not: { people: ["Washington"] } },
  { why: "old country names are places",
    text: "Refugees crossed into eastern Zaire.", lang: "en", places: ["Zaire"], not: { people: ["Zaire"] } },
];
describe("entities: scorers, line-ups and surnames shared with towns", () => { for (const r of scorersAndSurnames) it(r.why, () => check(r)); });

const rolesTeamsDates: Row[] = [
  { why: "a role noun alone, hyphenated or not, is no name; an organisation head alone stays an organisation",
    text: "Vice-president says the toll will rise. The decision of the Court was final.", lang: "en",
    orgs: ["Court"], not: { people: ["Vice-president", "Court"] } },
  { why: "an abbreviated month before a day number is a date, not a person",
    text: "Ann Brill was appointed on Feb. 5 and left on Sept. 30.", lang: "en",
    people: ["Ann Brill"], not: { people: ["Feb", "Sept"] } },
  { why: "a plural name heading a role and a name is a team",
    text: "The trade brings a player long sought by Falcons president Masai Ojo. Ravens coach Tim Bray agreed.", lang: "en",
    people: ["Masai Ojo", "Tim Bray"], orgs: ["Falcons", "Ravens"], not: { people: ["Falcons", "Ravens"] } },
  { why: "a singular surname before a role noun stays a person cue",
    text: "Officials said Clinton adviser Mark Penn would attend.", lang: "en",
    people: ["Mark Penn"], not: { orgs: ["Clinton"] } },
];
describe("entities: roles, teams and dates", () => { for (const r of rolesTeamsDates) it(r.why, () => check(r)); });

const frenchStationsAndNames: Row[] = [
  { why: "radio stations in a French programme listing are places",
    text: "20 h. 30 : Radio-Vernon, Concert varié ; Radio 41, Chansons.", lang: "fr",
    places: ["Radio-Vernon", "Radio 41"], not: { people: ["Radio-Vernon"], orgs: ["Radio"] } },
  { why: "a capitalised place head opens a French place name",
    text: "Le concert aura lieu à la Salle Pleyel, puis devant la Tour Morand.", lang: "fr",
    places: ["Salle Pleyel", "Tour Morand"], not: { people: ["Tour Morand", "Salle Pleyel"] } },
  { why: "a hyphenated word opening with a known town is a place; a hyphenated surname is not",
    text: "On entendra Toulouse-Pyrénées ce soir. M. Mac-Mahon est arrivé.", lang: "fr",
    places: ["Toulouse-Pyrénées"], people: ["Mac-Mahon"], not: { places: ["Mac-Mahon"] } },
  { why: "a given name alone inside a French sentence is a person; not after a determiner or at sentence start",
    text: "Il revint chez lui en disant à Gaston qu'il partait. La Victoire est proche.", lang: "fr",
    people: ["Gaston"], not: { people: ["Victoire"] } },
];
describe("entities: French stations, place heads and given names", () => { for (const r of frenchStationsAndNames) it(r.why, () => check(r)); });

const branchesAndArticles: Row[] = [
  { why: "words closed by a country name are an organisation's branch, not a person",
    text: "Lena Ortiz, director of Clean Lakes Canada, is hopeful.", lang: "en",
    people: ["Lena Ortiz"], orgs: ["Clean Lakes Canada"], not: { people: ["Clean Lakes Canada", "Lakes Canada"] } },
  { why: "a given name before a country name, or a sentence-initial word, or a place head, is no branch",
    text: "Initially Poland agreed. The plane fell south of Tarawa Island.", lang: "en",
    not: { orgs: ["Initially Poland", "Tarawa Island"] } },
  { why: "an Arabic article joined to a surname stays inside the name",
    text: "The crackdown ordered by President Bashir al-Hamad ended the talks.", lang: "en",
    people: ["Bashir al-Hamad"], not: { people: ["Bashir"] } },
  { why: "boilerplate lines are no names",
    text: "Jo Ray opened a shop.\n\nArticle Continued Below\n\nThe shop sells beer.", lang: "en",
    people: ["Jo Ray"], not: { people: ["Article Continued Below", "Below", "Continued Below"] } },
];
describe("entities: branches, Arabic articles and boilerplate", () => { for (const r of branchesAndArticles) it(r.why, () => check(r)); });

const authorsAndLabels: Row[] = [
  { why: "a closing author bio names the writer, who is no person of the story, nor in the credit that names them",
    text: "Cities should plant more trees, Maren Holloway writes.\n\nThe mayor, Tobias Quell, said the plan would cost little. Quell met residents on Monday.\n\nMaren Holloway is a lawyer specializing in urban law. She serves as a director at a charity.",
    lang: "en", people: ["Tobias Quell", "Quell"], not: { people: ["Maren Holloway", "Holloway"] } },
  { why: "a bio run into the line before it still names the writer, and the contact line too",
    text: "Send your questions to Priya at ask@example.com. Shaving Cream, $29, example.com Priya Dunmore is the executive editor of The Page. She writes about style.",
    lang: "en", not: { people: ["Priya Dunmore", "Priya"] } },
  { why: "a person described near the end of a story, with a quote after, is no author",
    text: "The council voted on Tuesday.\n\nLena Marsh is a nurse in the town. \"We need this,\" she said.",
    lang: "en", people: ["Lena Marsh"] },
  { why: "a person described early in a long story is no author",
    text: "Lena Marsh is a nurse in the town. " + "The council voted on the budget and the roads. ".repeat(12),
    lang: "en", people: ["Lena Marsh"] },
  { why: "a label in capitals with a colon heads a section: no name, and the next capital starts a sentence",
    text: "Markets rose on Monday.\n\nUS-CHINA TRADE: Trade talks opened Wednesday in Beijing, said Mark Elwood.",
    lang: "en", people: ["Mark Elwood"], places: ["Beijing"], not: { people: ["US-CHINA TRADE", "Trade", "US-CHINA"] } },
  { why: "a name in capitals without a colon is still a name",
    text: "JOHN ELWOOD WINS\n\nJohn Elwood won the race on Sunday.", lang: "en", people: ["John Elwood"] },
  { why: "The Globe is the newspaper",
    text: "The agency declined to answer most of The Globe's questions, said Mark Elwood.",
    lang: "en", people: ["Mark Elwood"], not: { people: ["Globe", "The Globe"] } },
];
describe("entities: author bios, section labels and newspapers", () => { for (const r of authorsAndLabels) it(r.why, () => check(r)); });

const gluedNumbers: Row[] = [
  { why: "a number glued to a capitalised word (a space lost in OCR) is split from it",
    text: "Les exportations atteignent 286.682Belgique et 12.040Italie cette année.", lang: "fr",
    places: ["Belgique", "Italie"], not: { places: ["682Belgique", "040Italie"] } },
  { why: "a number glued to lower-case letters or a lone capital stays one token",
    text: "Le 1er mars, le modèle 4G et le 3e régiment partent de Lyon.", lang: "fr",
    places: ["Lyon"], not: { places: ["G"], people: ["G"] } },
];
describe("entities: numbers glued to names", () => { for (const r of gluedNumbers) it(r.why, () => check(r)); });

const familyNames: Row[] = [
  { why: "a known family name alone inside a sentence is a person",
    text: "Le rapport remis par Lefebvre au conseil fut adopté, et Kowalski vota contre.", lang: "fr",
    people: ["Lefebvre", "Kowalski"] },
  { why: "not a family name: a common word, a place, an article before it, a sentence start",
    text: "Le conseil de Lyon siège au Palais. Lefebvre ouvrit la séance. La Blanche passa.", lang: "fr",
    places: ["Lyon"], not: { people: ["Lyon", "Palais", "Blanche", "Lefebvre"] } },
  { why: "an English family name alone inside a sentence is a person too",
    text: "The board heard from Kowalski on Monday before the vote.", lang: "en", people: ["Kowalski"] },
];
describe("entities: family names", () => { for (const r of familyNames) it(r.why, () => check(r)); });

const lowerCounties: Row[] = [
  { why: "a name before a lower-case county (old newspaper style) is a place",
    text: "Two men were arrested in Tarrow county on Monday.", lang: "en",
    places: ["Tarrow county"], not: { people: ["Tarrow"] } },
  { why: "a name before a lower-case street head, or joined to it by a hyphen, is a place (old newspaper style)",
    text: "The shop moved from Walnut-street to the Mill road, near the Falls bridge, said Tom Quillby.", lang: "en",
    places: ["Walnut-street", "Mill road", "Falls bridge"], people: ["Tom Quillby"], not: { people: ["Walnut", "Falls"] } },
  { why: "a long s printed as f still finds the place; a capital F stays F",
    text: "Letters from Pennfylvania reached Frankfort on Monday.", lang: "en",
    places: ["Pennfylvania", "Frankfort"], not: { people: ["Pennfylvania"] } },
  { why: "a role noun printed with a long s as f is no name, nor a plural of townspeople",
    text: "The Prefident of the State met Tom Quillby. Tom Quillby said the Prefident would come. Bramtonians were glad.", lang: "en",
    people: ["Tom Quillby"], not: { people: ["Prefident", "Bramtonians"] } },
  { why: "a given name printed with a long s as f is still a given name",
    text: "The letter was signed by Jofeph Quarrendon yesterday.", lang: "en",
    people: ["Jofeph Quarrendon"], not: { places: ["Jofeph Quarrendon"] } },
  { why: "a capitalised common word after 'the' is a body, not a person, even before a verb",
    text: "The bill went back to the House, and the House decided to wait, Tom Quillby said.", lang: "en",
    people: ["Tom Quillby"], not: { people: ["House"] } },
  { why: "the Declaration of Independence names no town; Independence elsewhere stays a place",
    text: "They read the Declaration of Independence aloud, then drove to Independence for the fair.", lang: "en",
    places: ["Independence"], not: { places: ["Declaration of Independence"] } },
  { why: "a possessive or a known organisation before county is no such place",
    text: "Jane Quillby's county office and the Red Cross county branch opened, Jane Quillby said.", lang: "en",
    people: ["Jane Quillby"], not: { places: ["Jane Quillby's county", "Jane Quillby", "Red Cross county"] } },
];
describe("entities: lower-case counties", () => { for (const r of lowerCounties) it(r.why, () => check(r)); });

const shoutedPlaces: Row[] = [
  { why: "in a headline in capitals, a known place after a preposition is a place",
    text: "LATEST NEWS FROM ITALY\nThe harvest was good this year.\nFROM OUR CORRESPONDENT AT GENEVA.\nTrade was slow.", lang: "en",
    places: ["ITALY", "GENEVA"], not: { places: ["NEWS FROM ITALY"], people: ["ITALY"] } },
  { why: "no preposition, 'of' inside a title, or no known place: nothing from the headline",
    text: "THE GAZETTE OF GENEVA PRINTS\nThe harvest was good.\nNEWS FROM QUARBLEWICK\nTrade was slow.", lang: "en",
    not: { places: ["GENEVA", "QUARBLEWICK"] } },
];
describe("entities: places in headlines in capitals", () => { for (const r of shoutedPlaces) it(r.why, () => check(r)); });

const noblesAndHonorifics: Row[] = [
  { why: "a noble title before de/d' and a name: the particle opens the surname (English)",
    text: "The Duke d'Orvalle resigned, and Count de la Brasque took the chair.", lang: "en",
    people: ["d'Orvalle", "de la Brasque"] },
  { why: "a title before a preposition and a place, or a lower-case count, names nobody",
    text: "The Duke of Kent came. A count of votes in the Count of the Ledger followed.", lang: "en",
    not: { people: ["Kent", "Ledger", "Count of the Ledger"] } },
  { why: "after an honorific, a word that otherwise names nobody is a surname",
    text: "The school is run by Dr. Read, and Mr. Story teaches there.", lang: "en",
    people: ["Read", "Story"] },
  { why: "after an honorific, a title or a pronoun is no surname",
    text: "Thank you, Mr. President. Read the story below.", lang: "en",
    not: { people: ["President", "Read"] } },
];
describe("entities: noble titles and honorifics", () => { for (const r of noblesAndHonorifics) it(r.why, () => check(r)); });

const spacedInitials: Row[] = [
  { why: "a country's initials printed with spaces are still the country",
    text: "Sickness spread throughout the U. S. last winter, said Tom Quillby.", lang: "en",
    places: ["U. S."], people: ["Tom Quillby"], not: { people: ["U. S."] } },
  { why: "a person's spaced initials stay a person",
    text: "The report was written by J. K. Quarrendon and read aloud.", lang: "en",
    people: ["J. K. Quarrendon"], not: { places: ["J. K. Quarrendon", "J. K."] } },
];
describe("entities: spaced initials", () => { for (const r of spacedInitials) it(r.why, () => check(r)); });

const englishLists: Row[] = [
  { why: "names listed with a person are people, an ambiguous town among them too (English)",
    text: "The dinner honoured Mr. Quillby, Garnock, Lincoln and Tavistow, who served the county.", lang: "en",
    people: ["Quillby", "Garnock", "Lincoln", "Tavistow"], not: { places: ["Lincoln"] } },
  { why: "a common word in the list makes it a list of firms, not people",
    text: "Analysts said Mercantile, Commerce and Tom Quillby were talking.", lang: "en",
    people: ["Tom Quillby"], not: { people: ["Commerce"] } },
  { why: "places in another list of the same sentence stay places",
    text: "The firm hired Tom Quillby and Garnock, then moved to Lincoln and Boston.", lang: "en",
    people: ["Tom Quillby", "Garnock"], places: ["Lincoln", "Boston"], not: { people: ["Lincoln", "Boston"] } },
];
describe("entities: English lists of names", () => { for (const r of englishLists) it(r.why, () => check(r)); });

const townsfolkPlurals: Row[] = [
  { why: "a word whose '-ians' plural the article uses is a town, in a sentence and in a headline in capitals",
    text: "SURVEY OF THE GARNOCK CENSUS\nGarnockians were counted. Everyone who moved from Garnock was listed.", lang: "en",
    places: ["Garnock", "GARNOCK"], not: { people: ["Garnock", "Garnockians"] } },
  { why: "a given name or an honorific keeps the person; no plural, no town",
    text: "Victorians admired Victor Quillby. Mr. Tavistow met the Tavistowians. Garnock said no.", lang: "en",
    people: ["Victor Quillby", "Tavistow"], not: { places: ["Victor", "Tavistow", "Garnock"] } },
];
describe("entities: towns named by their '-ians' plural", () => { for (const r of townsfolkPlurals) it(r.why, () => check(r)); });

const placeOpeners: Row[] = [
  { why: "an Indonesian or Malay opening place head makes a place, not a person",
    text: "The wave hit Tanjung Garnok and Pulau Quillbi on Sunday, said Tom Quillby.", lang: "en",
    places: ["Tanjung Garnok", "Pulau Quillbi"], people: ["Tom Quillby"],
    not: { people: ["Tanjung Garnok", "Pulau Quillbi"] } },
  { why: "'the village of' before an unknown name makes a place; a person after 'of' elsewhere stays a person",
    text: "Families fled to the village of Wenaru Pakoti. The daughter of Tom Quillby said so.", lang: "en",
    places: ["Wenaru Pakoti"], people: ["Tom Quillby"], not: { people: ["Wenaru Pakoti"], places: ["Tom Quillby"] } },
];
describe("entities: opening place heads and settlements", () => { for (const r of placeOpeners) it(r.why, () => check(r)); });

const wordGivenNames: Row[] = [
  { why: "a given name that is also a word, with a surname and an apposition, is a person",
    text: "Crews worked late. Will Quillby, a rail mechanic in Garnock, said it was cold. Grant Tavistow, 45, agreed.", lang: "en",
    people: ["Will Quillby", "Grant Tavistow"] },
  { why: "no apposition, a place or a place head after the word: no person",
    text: "Hope Street, a road in town, was closed. Will Britain, the country, leave the union? Mark Twain Avenue, a road, opened.", lang: "en",
    not: { people: ["Hope Street", "Will Britain", "Mark Twain Avenue"] } },
];
describe("entities: given names that are also words", () => { for (const r of wordGivenNames) it(r.why, () => check(r)); });

const employerAfterDe: Row[] = [
  { why: "'de' + a lone capital after a given name and a surname is the employer, not part of the name",
    text: "Selon Anne Quillbert de Garnexis, la hausse est forte.", lang: "fr",
    people: ["Anne Quillbert"], not: { people: ["Anne Quillbert de Garnexis"] } },
  { why: "a particle surname stays whole: given name alone before 'de', two given names, an honorific",
    text: "Selon Charles de Gaulle, Louis Henri de Bourbon et M. Quillbert de Garnexis, la hausse est forte.", lang: "fr",
    people: ["Charles de Gaulle", "Louis Henri de Bourbon", "Quillbert de Garnexis"] },
];
describe("entities: 'de' + employer ends a French name", () => { for (const r of employerAfterDe) it(r.why, () => check(r)); });

const garbledTowns: Row[] = [
  { why: "an OCR-garbled word one edit from a place of the same article is that place",
    text: "The ship reached Baltimore in May. Goods sent from Baltinore were sold.", lang: "en",
    places: ["Baltimore", "Baltinore"], not: { people: ["Baltinore"] } },
  { why: "a name two edits away, a short one, or a strong person stays as it is",
    text: "The ship reached Baltimore in May. Mr. Baltimare and Tom Quillby said Baltnmrre was far.", lang: "en",
    people: ["Baltimare", "Tom Quillby"], not: { places: ["Baltimare", "Tom Quillby", "Baltnmrre"] } },
];
describe("entities: OCR-garbled places", () => { for (const r of garbledTowns) it(r.why, () => check(r)); });
