// A plural role or group noun that opens a sentence before its verb ("Critics say", "Residents complained") names
// nobody, even when the article never writes it in lower case; a surname before a verb stays a person.
import { entities, en, type EntityRow } from "../helpers/table";

const rows: EntityRow[] = [
  { why: "a plural role noun opening a sentence before its verb is no person",
    text: "Critics believe the new tram line favours the old harbour district.", none: ["people"] },
  { text: "Residents complained about the noise on Pelham Road. Officials said the work would end in May.",
    not: { people: ["Residents", "Officials"] } },
  { text: "Opponents argue the levy is unfair, and Analysts expect a close vote next week.", not: { people: ["Opponents"] } },
  { text: "Experts warn that the bridge needs repairs. Commuters have waited for years.", not: { people: ["Experts", "Commuters"] } },
  { text: "Activists gathered outside the hall. \"We will be back,\" said Dana Whitlock.", people: ["Dana Whitlock"], not: { people: ["Activists"] } },
  // Must not: a surname before a verb, after the full name was seen.
  { why: "a surname before a verb stays a person after the full name was seen",
    text: "Senator Alma Rivers voted against it. Rivers said the money should go to buses.", people: ["Alma Rivers", "Rivers"] },
];

describe("entities: plural role nouns opening a sentence", () => { entities(en, rows); });
