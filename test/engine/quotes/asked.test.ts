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
