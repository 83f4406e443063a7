// English statements whose speaker the reader used to miss: an aside between the subject and its verb, post-quote
// and colon verbs of conversation ("pressed", "started"), a participle whose subject is the main clause's
// ("upon saying", "while chanting", "responded by …, saying"), and "As X put it, …".
import { table, en } from "../helpers/table";

table("English: an aside between the subject and its verb", en, [
  ["Mayor Dale Ortiz, exasperated, responded: “We will not pay for this.”", [["“We will not pay for this.”", "Dale Ortiz", "direct"]]],
  ["The senator, visibly annoyed, replied, “That is simply false.”", [["“That is simply false.”", "The senator", "direct"]]],
  ["Tom Reyes, speaking from the porch of his farm, explained: “The rain came too late for the corn.”",
    [["“The rain came too late for the corn.”", "Tom Reyes", "direct"]]],
  ["Ann Walsh, clearly tired, answered, “Ask me tomorrow.”", [["“Ask me tomorrow.”", "Ann Walsh", "direct"]]],
  ["Larry Dunn, playing the senator on a comedy show, explained: “I have big plans.”", [["“I have big plans.”", "Larry Dunn", "direct"]]],
  // A manner adverb between the subject (or its aside) and the verb; a noun in -ly stays the subject.
  ["Hillary Dunn, exasperated, famously responded: “What difference does it make?”",
    [["“What difference does it make?”", "Hillary Dunn", "direct"]]],
  ["Paul Grant angrily replied that the vote had been rigged by the council.", [["the vote had been rigged by the council", "Paul Grant", "indirect"]]],
  ["The Grant family said: “We are grateful to the nurses.”", [["“We are grateful to the nurses.”", "The Grant family", "direct"]]],
  // Must not match: the aside is the subject of its own verb.
  ["Ann Walsh, clearly tired, went home early.", []],
]);
