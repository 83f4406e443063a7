// A given name before a place head ("Linda Park", "Helen Hill") is a person where a reporting verb stands at the name;
// with no such cue the place head decides ("Stanley Park", "Victoria Park" stay places). Invented rows.
import { entities, statements, en } from "../helpers/table";

describe("English: a given name and a place head with a reporting verb at the name", () => {
  entities(en, [
    { text: "Linda Park said the ward was full. Park said she had worked there for ten years.", people: ["Linda Park"], none: ["places"] },
    { text: "The ward is full, said Linda Park.", people: ["Linda Park"], none: ["places"] },
    { text: "Helen Hill told reporters the bridge would reopen.", people: ["Helen Hill"], none: ["places"] },
    // A head that is also a frequent family name (Hill, Hall, Park, Lane, Church): a person, unless a place word comes before.
    { text: "The report was written by Robert Hall, a professor. According to Sarah Hill, the bridge will reopen. Nathan Lane owns the farm now.",
      people: ["Robert Hall", "Sarah Hill", "Nathan Lane"], none: ["places"] },
    { text: "Crowds gathered in Hyde Park and near Jesse Hall. The concert at the Albert Hall was cancelled. We drove to Stanley Park.",
      places: ["Hyde Park", "Jesse Hall", "Albert Hall", "Stanley Park"], none: ["people"] },
    // Must not: no cue at the name, the place head decides.
    { text: "Families walked to Stanley Park on Sunday. Victoria Park was closed.", places: ["Stanley Park", "Victoria Park"], none: ["people"] },
  ]);
  statements(en, [
    ["Linda Park said the ward was full. Park said she had worked there for ten years.",
      [["the ward was full", "Linda Park"], ["she had worked there for ten years", "Linda Park"]]],
  ]);
});

// The lone surname that is a place's head ("Park said") is no name candidate alone; over the whole article it is her
// surname, and it makes the first mention hers where no cue stood at it ("Linda Park runs the clinic").
describe("English: the lone surname that speaks settles the given name and the place head over the article", () => {
  entities(en, [
    { text: "Linda Park said the ward was full. Park said she had worked there for ten years.", people: ["Linda Park", "Park"] },
    { text: "Linda Park runs the clinic on Elm Road. Park said the clinic would stay open.", people: ["Linda Park", "Park"], places: ["Elm Road"],
      not: { places: ["Linda Park"] } },
    { text: "Helen Hill owns the bakery. Told of the plan, Hill said she would fight it.", people: ["Helen Hill", "Hill"], not: { places: ["Helen Hill"] } },
    { text: "Mary Fields owns the farm. Fields said the crop was late.", people: ["Mary Fields", "Fields"], none: ["orgs", "places"] },
    // Must not: a place in a place's slot, a head after an article, a place with no lone head that speaks.
    { text: "He lives in Linda Park. Park said the ward was full.", places: ["Linda Park"], none: ["people"] },
    { text: "Families walked to Stanley Park on Sunday. The Park said it would close at dusk.", places: ["Stanley Park"], not: { people: ["Stanley Park"] } },
    { text: "Linda Park runs the clinic in Park County.", places: ["Park County"], not: { people: ["Park County", "Park"] } },
  ]);
  statements(en, [
    ["Linda Park runs the clinic. Park said the clinic would stay open.", [["the clinic would stay open", "Linda Park"]]],
  ]);
});
