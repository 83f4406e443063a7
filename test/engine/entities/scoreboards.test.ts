// Cricket scoreboards in wire style: a batsman "st" (stumped) by the keeper is two people, not one name joined by a
// particle ("M. Bevan st Murray b Hooper"); "I." before a surname is an initial, not the pronoun ("Did not bat: I.
// Healy, P. Reiffel"); the ground closed by "Oval" is a place ("at Bellerive Oval").
import { entities, en, type EntityRow } from "../helpers/table";

const scoreboardsEn: EntityRow[] = [
  { why: "stumped by the keeper: two people",
    text: "Victoria first innings\nG. Blewett not out 57\nM. Bevan st Murray b Hooper 3\nS. Law c Healy b Warne 21",
    people: ["M. Bevan", "G. Blewett", "S. Law"], not: { people: ["M. Bevan st Murray"] } },
  { why: "an initial that is also the pronoun I",
    text: "Did not bat: I. Healy, P. Reiffel, S. Warne, J. Gillespie.",
    people: ["I. Healy", "P. Reiffel", "S. Warne"], not: { people: ["Healy"] } },
  { why: "a ground closed by Oval",
    text: "Score on the first day of the match between Tasmania and Victoria at Bellerive Oval on Friday.",
    places: ["Bellerive Oval"], not: { people: ["Bellerive Oval"] } },
  { why: "must not match: the pronoun I before a sentence, a group's letter before a country",
    text: "It was easier than I. Then he left. In Group A. Brazil beat Chile.",
    not: { people: ["I. Then"] } },
];

describe("entities: cricket scoreboards (English)", () => { entities(en, scoreboardsEn); });
