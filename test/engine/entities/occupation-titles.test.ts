// A word that names what a person does, opening a sentence in capitals before the name, is no part of the name:
// "Midfielder Tom Clarke", "Forecaster Alex Deakin", a hyphenated rank ("Major-General Ivan Petrov"), and an origin
// written with "-born" ("Brazilian-born Luis Oliveira"). The person is the name alone.
import { entities, en, type EntityRow } from "../helpers/table";

const occupations: EntityRow[] = [
  { why: "a player's position before the name",
    text: "Midfielder Tom Clarke scored twice. Goalkeeper Dan Moss saved a penalty. Defender Ian Hart was sent off.",
    people: ["Tom Clarke", "Dan Moss", "Ian Hart"], not: { people: ["Midfielder Tom Clarke", "Goalkeeper Dan Moss", "Defender Ian Hart"] } },
  { why: "a striker, a winger, a forecaster",
    text: "Striker Henk Vos put the visitors ahead. Winger Lee Booth crossed for the second. Forecaster Alex Deakin said winds would ease.",
    people: ["Henk Vos", "Lee Booth", "Alex Deakin"], not: { people: ["Striker Henk Vos", "Winger Lee Booth", "Forecaster Alex Deakin"] } },
  { why: "a hyphenated military rank",
    text: "Major-General Ivan Petrov said the troops had left. Lieutenant-General Paul Baril told reporters the camps were empty.",
    people: ["Ivan Petrov", "Paul Baril"], not: { people: ["Major-General Ivan Petrov", "Lieutenant-General Paul Baril"] } },
  { why: "an origin written with -born",
    text: "Brazilian-born Luis Oliveira then slipped the ball home. Paris-born Anna Weber won the sprint.",
    people: ["Luis Oliveira", "Anna Weber"], not: { people: ["Brazilian-born Luis Oliveira", "Paris-born Anna Weber"] } },
  { why: "must not match: a surname that is also an occupation word keeps its given name",
    text: "Tom Driver said the bridge was closed. Ann Weaver told reporters the vote would wait.",
    people: ["Tom Driver", "Ann Weaver"] },
];

describe("entities: an occupation or rank before a name (English)", () => { entities(en, occupations); });
