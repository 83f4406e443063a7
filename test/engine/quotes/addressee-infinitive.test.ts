// An addressee and an infinitive after a verb of telling, urging or warning (lexicon addresseeInfinitiveVerbs, read by
// quotes/addressee-infinitive.ts): "told residents to stay indoors". The content is the addressee and the infinitive,
// as for "urged residents to …". A purpose ("tools to encourage …"), a participle that modifies a noun ("a
// letter asking …"), an object with no infinitive and a "to" before a noun phrase are no such report.
import { table, en } from "../helpers/table";

table("English: an addressee, then 'to' and an infinitive", en, [
  ["Maria Lopez encouraged voters to reject the bill.", [["voters to reject the bill", "Maria Lopez", "indirect"]]],
  ["Maria Lopez told residents to stay indoors.", [["residents to stay indoors", "Maria Lopez", "indirect"]]],
  ["Maria Lopez has encouraged the State Department to release the emails.",
    [["the State Department to release the emails", "Maria Lopez", "indirect"]]],
  ["Sen. John Miller warned the Fed not to act this year.", [["the Fed not to act this year", "John Miller", "indirect"]]],
  ["Maria Lopez implored party delegates to unite.", [["party delegates to unite", "Maria Lopez", "indirect"]]],
  ["Governor John Miller advised residents to boil their water.", [["residents to boil their water", "John Miller", "indirect"]]],
  ["Maria Lopez reminded voters to bring an ID.", [["voters to bring an ID", "Maria Lopez", "indirect"]]],
  ["Maria Lopez told them to leave the building.", [["them to leave the building", "Maria Lopez", "indirect"]]],
  ["Maria Lopez is warning voters to be wary of the plan.", [["voters to be wary of the plan", "Maria Lopez", "indirect"]]],
  // Must not match: no infinitive after the object, a purpose, a participle on a noun, no addressee.
  ["Maria Lopez asked her mother for the keys.", []],
  ["Maria Lopez warned her brother about the storm.", []],
  ["Maria Lopez reminded her son of the date.", []],
  // A request is no statement (quotes/asked.ts): "ask" is no such verb.
  ["Maria Lopez asked voters to reject the bill.", []],
  ["The deal is done, said Maria Lopez, who asked not to be named.", [["The deal is done", "Maria Lopez", "indirect"]]],
  ["The city should use its budget to encourage residents to recycle more.", []],
  ["Scholars wrote a letter asking Canada to change course.", []],
  ["Maria Lopez was asked to resign.", []],
  ["Again we caution and entreat you to vote early.", []],
]);
