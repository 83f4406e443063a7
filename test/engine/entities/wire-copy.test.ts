// Wire-service copy as another agency writes it: sports results, markets, politics. Each block is one class of the
// English entity errors (issue 11), in invented wordings, with rows that must not match.
import { entities, en, type EntityRow } from "../helpers/table";

const firmsThatSpeak: EntityRow[] = [
  { why: "a firm the article refers to as 'it' after its verb is an organisation",
    text: "Romanian machine maker Tormexa said it doubled its output in the first half. Tormexa exported most of its trucks.",
    orgs: ["Tormexa"], not: { people: ["Tormexa"] } },
  { why: "a firm whose name ends in a partnership word (Brothers, Partners) is an organisation",
    text: "Italian bonds led the market, Halvorsen Brothers said on Friday. Halvorsen's index rose 0.4 percent.",
    orgs: ["Halvorsen Brothers"], not: { people: ["Halvorsen Brothers", "Halvorsen"] } },
  { why: "a firm with a legal form reports, and its bare name later keeps the kind",
    text: "Quintera Corp reported a loss of $4 million. Quintera said sales fell in Asia.",
    orgs: ["Quintera Corp", "Quintera"], not: { people: ["Quintera"] } },
  { why: "a name after a trade word that says 'it' did something is the firm, not an engineer",
    text: "Hungarian listed engineer Dravko said it would double its output. Dravko's shares rose 4 percent.",
    orgs: ["Dravko"], not: { people: ["Dravko"] } },
  { why: "a name taken up by 'its' after its verb, or followed by its shares, is a firm everywhere in the article",
    text: "Northwind reported a loss on Tuesday. Northwind said its sales fell in Asia. Kelbrook shares jumped 5 percent, and Kelbrook said little.",
    orgs: ["Northwind", "Kelbrook"], not: { people: ["Northwind", "Kelbrook"] } },
  { why: "must not match: a person followed by a preposition and 'its', or by 'it' and 'his', stays a person",
    text: "The board will inform Privatisation Minister Wieslav Kaczmar of its plans. Dario Velkov said it was his duty. Mr. Orsk said its members would vote.",
    people: ["Wieslav Kaczmar", "Dario Velkov", "Orsk"], not: { orgs: ["Wieslav Kaczmar", "Dario Velkov", "Orsk"] } },
  { why: "a charity named in a foreign language before 'said' is an organisation",
    text: "The aid group Medicos del Mundo said on Friday that 3,000 refugees had crossed the border.",
    orgs: ["Medicos del Mundo"], not: { people: ["Medicos del Mundo", "Mundo"] } },
  { why: "a place's name opening a sentence keeps its first word ('New York', 'South Africa')",
    text: "New Harbor police said on Friday. South Africa beat Wales 20-15.\nNew Jersey 110 BOSTON 108 (OT)",
    places: ["South Africa", "Wales"], orgs: ["New Jersey", "BOSTON"], not: { places: ["Jersey", "Africa"] } },
  { why: "must not match: a person who says something and is 'he' stays a person",
    text: "Dario Velkov said he would appeal the ruling. Velkov told reporters he was innocent.",
    people: ["Dario Velkov", "Velkov"], not: { orgs: ["Dario Velkov", "Velkov"] } },
];

const teamsOfTowns: EntityRow[] = [
  { why: "a town that wins or beats another in a sports report is a team",
    text: "BASKETBALL - RESULTS.\nDetroit won for the fifth time in six games. Sacramento beat Portland 101-95 on Friday.",
    orgs: ["Detroit", "Sacramento", "Portland"], not: { places: ["Detroit", "Sacramento", "Portland"] } },
  { why: "outside a sports page, a town that beats another with a score in the sentence is a team",
    text: "Leeds beat Chelsea 2-1 at home on Saturday, and Milan drew with Roma 1-1.",
    orgs: ["Leeds", "Milan"], not: { places: ["Leeds", "Milan"] } },
  { why: "a schedule line 'X AT Y' in capitals names two teams",
    text: "AMERICAN FOOTBALL - SCHEDULE.\nSUNDAY'S GAMES\nDENVER AT SEATTLE\nBUFFALO AT MIAMI\nKANSAS CITY AT OAKLAND",
    orgs: ["DENVER", "SEATTLE", "BUFFALO", "MIAMI", "KANSAS CITY", "OAKLAND"], not: { places: ["SEATTLE", "MIAMI"] } },
  { why: "a town's player, and a home run for a town, in a match report are the team's",
    text: "BASEBALL - CUBS TOP BRAVES.\nKerry Lund outpitched Atlanta's Tom Harwell (12-7), and Ray Dubin hit a two-run homer for Houston in the 4-2 win.",
    orgs: ["Atlanta", "Houston"], not: { places: ["Atlanta", "Houston"] } },
  { why: "a results line 'Town 110 TOWN 108' names two teams",
    text: "Results of games on Friday (home team in CAPS):\nNew Jersey 110 BOSTON 108 (OT)\nDenver 93 PHOENIX 81",
    orgs: ["New Jersey", "BOSTON", "Denver", "PHOENIX"], not: { places: ["Jersey", "New Jersey", "Denver"] } },
  { why: "on a sports page, a plural after 'the' that is also a word is a team",
    text: "BASEBALL - ROUNDUP.\nThe Hornets beat the Giants 6-4. The loss was the Giants' fifth straight against the Reds this season.",
    orgs: ["Hornets", "Giants", "Reds"], not: { people: ["Giants"] } },
  { why: "on a sports page, a plural before a sports position and a player's name is a team, and stays one elsewhere",
    text: "BASEBALL - ROUNDUP.\nThe game ended late. Hawks shortstop Jose Ortiz erred twice. In Tulsa, the Braves and Hawks split a doubleheader.",
    orgs: ["Hawks"], people: ["Jose Ortiz"], not: { people: ["Hawks"] } },
  { why: "must not match: the player or manager after a team's role is never taken into the team",
    text: "BASEBALL - NOTES.\nHawks manager Tom Reyes said nothing. Owls pitcher Ann Lee agreed.",
    people: ["Tom Reyes", "Ann Lee"], not: { orgs: ["Hawks manager Tom Reyes", "Owls pitcher Ann Lee", "Tom Reyes", "Ann Lee"] } },
  { why: "must not match: a plural that is a word, outside a sports page, is no team",
    text: "The Giants of the industry met in Davos, where the loss of trust was the main topic.",
    not: { orgs: ["Giants"] } },
  { why: "a side with its scorers in a score line is a team, whatever its name; a national side stays a place",
    text: "Bochum 2 (Stahl 30th pen, Wendt 89th) Bayer Lindau 2 (Kerst 18th, Ramel 56th).\nSchalke 2 (Mulder 27th) Hansa Rostow 0.\nAustralia beat West Indies by five wickets. West Indies 172 (Lara 49).",
    orgs: ["Bayer Lindau", "Hansa Rostow"], places: ["Australia", "West Indies"], not: { orgs: ["West Indies"] } },
  { why: "must not match: towns in a sports report that stand in a place's slot stay places",
    text: "SOCCER - CUP DRAW.\nThe final will be played in Lisbon on May 3. Fans travelled from Glasgow by train.",
    places: ["Lisbon", "Glasgow"], not: { orgs: ["Lisbon", "Glasgow"] } },
  { why: "must not match: a town that 'won' something outside sports copy stays a place",
    text: "Denver won the bid to host the convention, the mayor said. Officials in Denver welcomed the news.",
    places: ["Denver"], not: { orgs: ["Denver"] } },
];

const sportHeadings: EntityRow[] = [
  { why: "a sport heading in capitals is no organisation, and the countries in it are places",
    text: "SOCCER - NORWAY BEAT ESTONIA IN WORLD CUP QUALIFIER.\nOSLO 1996-09-01\nNorway beat Estonia 3-0 on Saturday.",
    places: ["NORWAY", "ESTONIA", "OSLO"], not: { orgs: ["SOCCER", "NORWAY"] } },
  { why: "surnames in a capitals heading are the people the report names in full",
    text: "BOXING - KOVAC DEFEATS ORTEGA IN TITLE FIGHT.\nVIENNA 1996-12-07\nCroatian Marko Kovac outpointed Luis Ortega on Saturday.",
    people: ["KOVAC", "ORTEGA", "Marko Kovac", "Luis Ortega"], not: { orgs: ["BOXING", "KOVAC"] } },
  { why: "must not match: a headline's words that the body does not name stay unnamed",
    text: "MARKETS - STOCKS FALL AS RATES RISE.\nLONDON 1996-12-06\nShares fell on Friday as traders sold banks.",
    places: ["LONDON"], none: ["people", "orgs"] },
  { why: "a nationality before a given name and a surname is no part of the name; a firm's demonym stays",
    text: "German Axel Brandt outpointed Cuba's Jose Rivas. British Airways said flights were full.",
    people: ["Axel Brandt", "Jose Rivas"], orgs: ["British Airways"], not: { people: ["German Axel Brandt"] } },
  { why: "must not match: a weekday or a function word in capitals names nobody; a two-letter acronym stays a party",
    text: "GOLF - SUNDAY'S RESULTS.\nHOW THE LEADERS FARED\nShe left the National Front (NF) and NF's leader said so.",
    orgs: ["NF"], not: { orgs: ["SUNDAY", "HOW"] } },
  { why: "must not match: a heading's first word that is a sport names nobody",
    text: "CRICKET - RAIN HALTS PLAY.\nTENNIS - SEEDS ADVANCE.",
    none: ["orgs", "people"] },
];

const resultTables: EntityRow[] = [
  { why: "an athlete with a country in brackets and a time in a results table is a person",
    text: "Men's 800 metres:\n1. Jaro Novacek (Czech Republic) 1:45.23\n2. Pavel Drumm (Germany) 1:45.80",
    people: ["Jaro Novacek", "Pavel Drumm"], places: ["Czech Republic", "Germany"], not: { orgs: ["Jaro Novacek"] } },
  { why: "a player beating another with set scores is a person",
    text: "Women's singles, second round\nIrena Bastova (Slovakia) beat Carla Mendes (Portugal) 6-3 6-4",
    people: ["Irena Bastova", "Carla Mendes"], not: { orgs: ["Irena Bastova", "Carla Mendes"] } },
];

const deities: EntityRow[] = [
  { why: "a deity's name counts as a person, as the annotation conventions count it",
    text: "\"We believe in God,\" the farmer said. The preacher spoke of God's law.",
    people: ["God"], not: { orgs: ["God"], places: ["God"] } },
  { why: "must not match: a lord, a goddess's common noun, and 'god' in lower case name nobody",
    text: "The lord of the manor said the gods were angry, and a god of rain was invoked.",
    none: ["people"] },
];

const townsAfterIn: EntityRow[] = [
  { why: "an unknown one-word name after 'in' is a town",
    text: "Flights will be re-routed to the nearby airport in Kravica, officials said. Buses will carry passengers to the terminal.",
    places: ["Kravica"], not: { people: ["Kravica"] } },
  { why: "must not match: a firm after 'a stake in', a party word after 'in'",
    text: "The fund raised its stake in Veltrant to 9 percent. Turnout was low in Democratic primaries and in Republican-leaning districts.",
    not: { places: ["Veltrant", "Democratic", "Republican-leaning"] } },
];

const demonymsAndDatelines: EntityRow[] = [
  { why: "a nationality adjective is no place; a dateline in capitals is",
    text: "BANGKOK 1996-08-30\nA Thai court jailed a Burmese trader on Friday.",
    places: ["BANGKOK"], not: { places: ["Thai", "Burmese"], people: ["Thai", "Burmese"] } },
  { why: "must not match: a country after 'the' before a lower-case word stays a place",
    text: "A case brought by the Philippines that could reshape the region was heard on Monday.",
    places: ["Philippines"] },
  { why: "an agency in a dateline's brackets is an organisation",
    text: "CHICAGO, Dec 6 (Reuter) Wheat futures closed higher on Friday, traders said.",
    orgs: ["Reuter"], places: ["CHICAGO"] },
];

describe("entities: wire copy, firms that speak", () => { entities(en, firmsThatSpeak); });
describe("entities: wire copy, teams named after towns", () => { entities(en, teamsOfTowns); });
describe("entities: wire copy, sport headings", () => { entities(en, sportHeadings); });
describe("entities: wire copy, results tables", () => { entities(en, resultTables); });
describe("entities: wire copy, deities", () => { entities(en, deities); });
describe("entities: wire copy, towns after 'in'", () => { entities(en, townsAfterIn); });
describe("entities: wire copy, nationalities and datelines", () => { entities(en, demonymsAndDatelines); });
