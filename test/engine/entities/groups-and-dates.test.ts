// Capitals that name no one: a nationality in the plural, a month's abbreviation before a day.
import { entities, en, fr, type EntityRow } from "../helpers/table";

const groupsEn: EntityRow[] = [
  { why: "a nationality in the plural is a group of people, no one named",
    text: "Seven Iraqis who seized the plane surrendered. The Iraqis claimed they were ordinary people.",
    none: ["people", "orgs"] },
  { why: "a month's abbreviation before a day's number, with or without its dot",
    text: "The government has until Feb 1 to act, and the report is due on Sept. 6.",
    none: ["people", "orgs", "places"] },
  { why: "must not match: a person named like a month, and a country ending in 's'",
    text: "Jan Kowalski said the Bahamas and Honduras would sign.", people: ["Jan Kowalski"], places: ["Bahamas", "Honduras"] },
];
const groupsFr: EntityRow[] = [
  { why: "French: a nationality in the plural",
    text: "Trois Iraniens ont été arrêtés, ont indiqué les Marocains.", none: ["people"] },
];

describe("entities: groups and dates that name no one", () => { entities(en, groupsEn); entities(fr, groupsFr); });
