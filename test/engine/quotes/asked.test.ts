// Asked questions (quotes/asked.ts): the asker asks; an unnamed asker makes no statement.
import { table, en } from "../helpers/table";

table("asked questions (quotes/asked.ts)", en, [
  // Passive: the asker named after "by" asks; an unnamed asker (the reporter) makes no statement for the reader.
  ["Asked whether she would run again, Dana Okafor said she had not decided.",
    [["she had not decided", "Dana Okafor", "indirect"]]],
  ["Asked by Jo Lee during a debate if the mill would close, the mayor shrugged.",
    [["if the mill would close", "Jo Lee", "indirect"]]],
  ["The mayor smiled when asked about the new tax on boats.", []],
  // Active: the asker is the subject; the object goes.
  ["Jo Lee asked the mayor how the town would pay for the bridge.",
    [["how the town would pay for the bridge", "Jo Lee", "indirect"]]],
  // Not questions: a request, a passive with no question, a negated verb.
  ["Jo Lee asked the mayor to leave the room.", []],
  ["The farmers were asked to leave the room.", []],
  ["Jo Lee did not ask whether the mill would close.", []],
]);

table("a finite passive 'X was asked (by Y) whether …' is Y's question, never X's", en, [
  ["Rubin was asked by moderator Jan Kell whether the plan would raise taxes.",
    [["whether the plan would raise taxes", "Jan Kell", "indirect"]]],
  ["The senator was asked by Fox moderator Jan Kell whether the plan, which critics call costly, would “hurt families.”",
    [["whether the plan, which critics call costly, would “hurt families.”", "Jan Kell", "mixed"]]],
  // Nobody named asks: the reporter's own question, no statement (as "when asked whether …").
  ["Rubin was asked whether the plan would raise taxes.", []],
  // Active: the subject asks.
  ["Rubin asked the mayor whether the plan would raise taxes.", [["whether the plan would raise taxes", "Rubin", "indirect"]]],
]);
