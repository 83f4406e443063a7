// Places: gazetteer places in context, place heads, datelines, old-print and OCR spellings, headlines in capitals.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { mentionsOf, entities, fr, en, type EntityRow } from "../helpers/table";

const datelines: EntityRow[] = [
  { why: "an upper-case dateline is a place, even a small one",
    text: "VAILSBURG, Colorado 1996-12-07\nThe race was cancelled, organisers said.", places: ["VAILSBURG", "Colorado"], not: { orgs: ["VAILSBURG"], people: ["VAILSBURG"] } },
  { why: "an agency after the dateline place",
    text: "KHASAVYURT (Reuters) - Talks resumed on Friday.", places: ["KHASAVYURT"],
    orgs: ["Reuters"], not: { orgs: ["KHASAVYURT"] } },
];

const placeHeadsEn: EntityRow[] = [
  { why: "a place head word closes an English place name, which is then no person",
    text: "Rescuers reached Tahura Carita on the Sunda Strait. Residents of Kenton County and Sherbrook Street said so.", places: ["Sunda Strait", "Kenton County", "Sherbrook Street"],
    not: { people: ["Sunda Strait", "Kenton County", "Sherbrook Street"] } },
  { why: "a place followed by a plural is a team",
    text: "The Toronto Raptors beat the Carolina Hurricanes, Kim Jong-un said.",
    orgs: ["Toronto Raptors", "Carolina Hurricanes"], people: ["Kim Jong-un"],
    not: { people: ["Carolina Hurricanes", "Toronto Raptors"], places: ["Toronto Raptors"] } },
  { why: "a given name that is also a town, before a surname ending in s, is a person, not a team",
    text: "Mary Jones was there on Monday. Austin Williams and Victoria Jones said the hall was full. Florence Hayes left.",
    people: ["Mary Jones", "Austin Williams", "Victoria Jones", "Florence Hayes"],
    not: { orgs: ["Mary Jones", "Austin Williams", "Victoria Jones", "Florence Hayes"] } },
  { why: "a town that is also a given name, before a plural common word, stays a team",
    text: "The Charlotte Hornets beat the Victoria Royals on Monday, Kim Jong-un said. Charlotte Hornets guard Terry Rozier agreed.",
    orgs: ["Charlotte Hornets", "Victoria Royals"], people: ["Terry Rozier"], not: { people: ["Charlotte Hornets", "Victoria Royals"] } },
  { why: "a place followed by a plural is a team in sports copy, also after a given name that is a town's",
    text: "Carolina Hurricanes beat the Rangers 3-2 on Sunday.", orgs: ["Carolina Hurricanes"], not: { people: ["Carolina Hurricanes"] } },
  { why: "must not match: a given name that is also a town's, before a plural, with no article and no sports copy, is a person",
    text: "Mary Fields owns the farm on the ridge. Carolina Wells runs the school.", people: ["Mary Fields", "Carolina Wells"],
    not: { orgs: ["Mary Fields", "Carolina Wells"] } },
];
const placeHeadsFr: EntityRow[] = [
  { why: "a French place head opens the name: rue, lac",
    text: "Il habite rue Auber, près du lac Léman, dit Jean-Marie Le Pen.",
    places: ["Auber", "Léman"], people: ["Jean-Marie Le Pen"], not: { people: ["Auber"] } },
];

const frenchPlaces: EntityRow[] = [
  { why: "a country spelled like a nationality noun is a place; the plural nationality is not",
    text: "Il est rentré en Suisse hier. Les Suisses ont voté, a déclaré Ursula von der Leyen.",
    places: ["Suisse"], people: ["Ursula von der Leyen"], not: { places: ["Suisses"], people: ["Suisse"] } },
  { why: "an unaccented sentence-initial \"A\" is the preposition, not part of the place",
    text: "A Londres, le ministre a parlé. A Pékin, Wei Fenghe a répondu.",
    places: ["Londres", "Pékin"], people: ["Wei Fenghe"], not: { places: ["A Londres", "A Pékin"] } },
  { why: "a known place ends a French run followed by a stray capital (OCR)",
    text: "Les souverains d'Allemagne Viennent de signer. Le roi d’Espagne Envoie des troupes.",
    places: ["Allemagne", "Espagne"], not: { places: ["Allemagne Viennent", "Espagne Envoie"], people: ["Viennent"] } },
  { why: "a name whose first word is a country stays whole where a role in apposition or a reporting verb marks a person",
    text: "L'ancien envoyé de l'ONU, Chypre Daldaban, a démenti. « Rien n'est décidé », a ajouté Chypre Daldaban.",
    people: ["Chypre Daldaban"], not: { places: ["Chypre"] } },
  { why: "must not match: with no such cue, or after a place preposition, the place is cut off the run",
    text: "Les navires de Chypre Daldaban sont arrivés. Les troupes sont en Asie Mineure.",
    places: ["Chypre"], not: { people: ["Chypre Daldaban", "Asie Mineure"] } },
];

describe("entities: French places", () => { entities(fr, frenchPlaces); });

describe("entities: place heads and teams", () => { entities(en, placeHeadsEn); entities(fr, placeHeadsFr); });

describe("entities: datelines", () => { entities(en, datelines); });

const frenchStationsAndNames: EntityRow[] = [
  { why: "radio stations in a French programme listing are places",
    text: "20 h. 30 : Radio-Vernon, Concert varié ; Radio 41, Chansons.",
    places: ["Radio-Vernon", "Radio 41"], not: { people: ["Radio-Vernon"], orgs: ["Radio"] } },
  { why: "a capitalised place head opens a French place name",
    text: "Le concert aura lieu à la Salle Pleyel, puis devant la Tour Morand.",
    places: ["Salle Pleyel", "Tour Morand"], not: { people: ["Tour Morand", "Salle Pleyel"] } },
  { why: "a hyphenated word opening with a known town is a place; a hyphenated surname is not",
    text: "On entendra Toulouse-Pyrénées ce soir. M. Mac-Mahon est arrivé.",
    places: ["Toulouse-Pyrénées"], people: ["Mac-Mahon"], not: { places: ["Mac-Mahon"] } },
  { why: "a given name alone inside a French sentence is a person; not after a determiner or at sentence start",
    text: "Il revint chez lui en disant à Gaston qu'il partait. La Victoire est proche.",
    people: ["Gaston"], not: { people: ["Victoire"] } },
];

describe("entities: French stations, place heads and given names", () => { entities(fr, frenchStationsAndNames); });

const gluedNumbers: EntityRow[] = [
  { why: "a number glued to a capitalised word (a space lost in OCR) is split from it",
    text: "Les exportations atteignent 286.682Belgique et 12.040Italie cette année.",
    places: ["Belgique", "Italie"], not: { places: ["682Belgique", "040Italie"] } },
  { why: "a number glued to lower-case letters or a lone capital stays one token",
    text: "Le 1er mars, le modèle 4G et le 3e régiment partent de Lyon.",
    places: ["Lyon"], not: { places: ["G"], people: ["G"] } },
];

describe("entities: numbers glued to names", () => { entities(fr, gluedNumbers); });

const lowerCounties: EntityRow[] = [
  { why: "a name before a lower-case county (old newspaper style) is a place",
    text: "Two men were arrested in Tarrow county on Monday.",
    places: ["Tarrow county"], not: { people: ["Tarrow"] } },
  { why: "a name before a lower-case street head, or joined to it by a hyphen, is a place (old newspaper style)",
    text: "The shop moved from Walnut-street to the Mill road, near the Falls bridge, said Tom Quillby.",
    places: ["Walnut-street", "Mill road", "Falls bridge"], people: ["Tom Quillby"], not: { people: ["Walnut", "Falls"] } },
  { why: "a long s printed as f still finds the place; a capital F stays F",
    text: "Letters from Pennfylvania reached Frankfort on Monday.",
    places: ["Pennfylvania", "Frankfort"], not: { people: ["Pennfylvania"] } },
  { why: "a role noun printed with a long s as f is no name, nor a plural of townspeople",
    text: "The Prefident of the State met Tom Quillby. Tom Quillby said the Prefident would come. Bramtonians were glad.",
    people: ["Tom Quillby"], not: { people: ["Prefident", "Bramtonians"] } },
  { why: "a given name printed with a long s as f is still a given name",
    text: "The letter was signed by Jofeph Quarrendon yesterday.",
    people: ["Jofeph Quarrendon"], not: { places: ["Jofeph Quarrendon"] } },
  { why: "a capitalised common word after 'the' is a body, not a person, even before a verb",
    text: "The bill went back to the House, and the House decided to wait, Tom Quillby said.",
    people: ["Tom Quillby"], not: { people: ["House"] } },
  { why: "the Declaration of Independence names no town; Independence elsewhere stays a place",
    text: "They read the Declaration of Independence aloud, then drove to Independence for the fair.",
    places: ["Independence"], not: { places: ["Declaration of Independence"] } },
  { why: "a possessive or a known organisation before county is no such place",
    text: "Jane Quillby's county office and the Red Cross county branch opened, Jane Quillby said.",
    people: ["Jane Quillby"], not: { places: ["Jane Quillby's county", "Jane Quillby", "Red Cross county"] } },
];

describe("entities: lower-case counties", () => { entities(en, lowerCounties); });

const shoutedPlaces: EntityRow[] = [
  { why: "in a headline in capitals, a known place after a preposition is a place",
    text: "LATEST NEWS FROM ITALY\nThe harvest was good this year.\nFROM OUR CORRESPONDENT AT GENEVA.\nTrade was slow.",
    places: ["ITALY", "GENEVA"], not: { places: ["NEWS FROM ITALY"], people: ["ITALY"] } },
  { why: "no preposition, 'of' inside a title, or no known place: nothing from the headline",
    text: "THE GAZETTE OF GENEVA PRINTS\nThe harvest was good.\nNEWS FROM QUARBLEWICK\nTrade was slow.",
    not: { places: ["GENEVA", "QUARBLEWICK"] } },
];

describe("entities: places in headlines in capitals", () => { entities(en, shoutedPlaces); });

const townsfolkPlurals: EntityRow[] = [
  { why: "a word whose '-ians' plural the article uses is a town, in a sentence and in a headline in capitals",
    text: "SURVEY OF THE GARNOCK CENSUS\nGarnockians were counted. Everyone who moved from Garnock was listed.",
    places: ["Garnock", "GARNOCK"], not: { people: ["Garnock", "Garnockians"] } },
  { why: "a given name or an honorific keeps the person; no plural, no town",
    text: "Victorians admired Victor Quillby. Mr. Tavistow met the Tavistowians. Garnock said no.",
    people: ["Victor Quillby", "Tavistow"], not: { places: ["Victor", "Tavistow", "Garnock"] } },
];

describe("entities: towns named by their '-ians' plural", () => { entities(en, townsfolkPlurals); });

const placeOpeners: EntityRow[] = [
  { why: "an Indonesian or Malay opening place head makes a place, not a person",
    text: "The wave hit Tanjung Garnok and Pulau Quillbi on Sunday, said Tom Quillby.",
    places: ["Tanjung Garnok", "Pulau Quillbi"], people: ["Tom Quillby"],
    not: { people: ["Tanjung Garnok", "Pulau Quillbi"] } },
  { why: "'the village of' before an unknown name makes a place; a person after 'of' elsewhere stays a person",
    text: "Families fled to the village of Wenaru Pakoti. The daughter of Tom Quillby said so.",
    places: ["Wenaru Pakoti"], people: ["Tom Quillby"], not: { people: ["Wenaru Pakoti"], places: ["Tom Quillby"] } },
];

describe("entities: opening place heads and settlements", () => { entities(en, placeOpeners); });

const garbledTowns: EntityRow[] = [
  { why: "an OCR-garbled word one edit from a place of the same article is that place",
    text: "The ship reached Baltimore in May. Goods sent from Baltinore were sold.",
    places: ["Baltimore", "Baltinore"], not: { people: ["Baltinore"] } },
  { why: "a name two edits away, a short one, or a strong person stays as it is",
    text: "The ship reached Baltimore in May. Mr. Baltimare and Tom Quillby said Baltnmrre was far.",
    people: ["Baltimare", "Tom Quillby"], not: { places: ["Baltimare", "Tom Quillby", "Baltnmrre"] } },
];

describe("entities: OCR-garbled places", () => { entities(en, garbledTowns); });

const misreadTowns: EntityRow[] = [
  { why: "a word one misread letter from a known place is that place (t read l, t read î, u read n)",
    text: "Les canons viennent de Stetlin. Un courrier est arrivé de Péîersbourg hier. Les troupes de Prnsse arment.",
    places: ["Stetlin", "Péîersbourg", "Prnsse"], none: ["people"] },
  { why: "a plain letter is never read back to an accented one, a person of the article keeps the word, two places leave it",
    text: "Les Parisiens Rochard, Chatillon et Tostain courront. M. Stetlin a parlé ; Stetlin a signé.",
    people: ["Stetlin"], not: { places: ["Chatillon", "Stetlin"] } },
];

describe("entities: OCR-misread French places", () => { entities(fr, misreadTowns); });

describe("places: an unknown name after 'at', 'from', 'near' (English)", () => {
  entities(en, [
    { text: "The schooner arrived at Quambury after a long passage.", places: ["Quambury"] },
    { text: "The brig came from Vorlanda with salt and wine.", places: ["Vorlanda"] },
    { text: "The camp lies near Tessaloe, on the river.", places: ["Tessaloe"] },
    // Possessives, months and people after other prepositions are no places.
    { text: "Prices fell from Thursday's high, said Jane Koral, and from April on.", not: { places: ["Thursday", "April"] } },
    { text: "The letter was written by Harkwell to Dunmore.", not: { places: ["Harkwell", "Dunmore"] } },
  ]);
});

describe("places: English titles and 'of'", () => {
  entities(en, [
    { text: "The act of the United States of America was signed.", places: ["United States of America"], not: { places: ["America"] } },
    { text: "Two kings of Brevonia and a queen dowager of Poland died that year.", not: { places: ["Poland"] } },
    { text: "The centurion at Quambury asked for help.", places: ["Quambury"] },
    { text: "The envoy travelled from London to Poland.", places: ["London", "Poland"] },
    { why: "a town after 'at' that a verb follows is no speaker", text: "The centurion at Quambury asked for help.", none: ["people"] },
  ]);
});

describe("places: compass words, a town and its region, headlines in capitals", () => {
  entities(en, [
    { text: "Growers in Eastern Washington expect a good year.", places: ["Eastern Washington"] },
    { text: "He serves with a squadron at Norfolk Virginia this spring.", places: ["Norfolk Virginia"] },
    { text: "FROM OUR CORRESPONDENT AT RICHMOND.\nThe bill passed.", places: ["RICHMOND"] },
    { text: "Fayetteville FEMALE SEMINARY.\nThe school opens in May.", places: ["Fayetteville"] },
    { why: "a compass word before an unknown name, or a given name before capitals, is no place", text: "Western Brevonia is quiet. John SMITH RESIGNS.", none: ["places"] },
  ]);
});

describe("places: old English place heads and towns of a state", () => {
  entities(en, [
    { text: "The store fronts the river Quambeck and the wharf.", places: ["Quambeck"] },
    { text: "Land lies between the Tessaloe rivers and the hills.", places: ["Tessaloe rivers"] },
    { text: "Fires were seen in the vicinity of Vorlanda last night.", places: ["Vorlanda"] },
    { text: "The club girl of Quambury, Del. joined the party.", places: ["Quambury"] },
    { why: "a person before a comma and a word that is no state abbreviation stays a person", text: "Jane Koral, Del Monte's chief, said the crop was good.", people: ["Jane Koral"] },
  ]);
});

describe("places: French headlines in capitals", () => {
  entities(fr, [
    { text: "SACS MOBILISÉS A LYON\nLe public est averti.", places: ["LYON"] },
    { text: "LETTRES SUR GENÈVE\nCinquième lettre.", places: ["GENÈVE"] },
  ]);
});

describe("places: a saint's abbreviation opens a place's name", () => {
  it("'St. Louis', 'St. Paul' are places, not a person 'Louis'", () => {
    const a = analyze("He moved to St. Louis last year. The St. Paul office closed.", { lang: "en" });
    assert.deepEqual(a.people, []);
    assert.deepEqual(a.places.map((p) => p.name), ["St. Louis", "St. Paul"]);
  });
  it("French: 'à St. Varenque' is a place; a saint who speaks is a person", () => {
    assert.deepEqual(mentionsOf("Rendez-vous à St. Varenque à midi.", "fr", "places"), ["St. Varenque"]);
    assert.deepEqual(mentionsOf("The old hermit St. Varenque said the prayer.", "en", "places"), []);
  });
});
