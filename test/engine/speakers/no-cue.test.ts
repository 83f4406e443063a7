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

table("English: verbs of conversation after the quote or before a colon", en, [
  ["“Would the tax rise for everyone?” Reyes pressed.", [["“Would the tax rise for everyone?”", "Reyes", "direct"]]],
  ["“The board met in secret last week,” Ortiz started.", [["“The board met in secret last week,”", "Ortiz", "direct"]]],
  ["Reyes pressed: “And what about the school?”", [["“And what about the school?”", "Reyes", "direct"]]],
  ["“Nobody told us anything,” Ann Walsh chimed in.", [["“Nobody told us anything,”", "Ann Walsh", "direct"]]],
  // Must not match: the verbs with a plain object, and the nouns ("the press").
  ["Ortiz started the car and drove off.", []],
  ["Reyes pressed the button twice.", []],
  ["The band started playing “Hey Jude” at midnight.", []],
  ["Ann Walsh told the press that the plant would close in the spring.", [["the plant would close in the spring", "Ann Walsh", "indirect"]]],
]);

table("English: a participle's subject is the main clause's subject", en, [
  ["Dana Price drew boos upon saying, “The plan is dead.”", [["“The plan is dead.”", "Dana Price", "direct"]]],
  ["The marchers circled the square while chanting, “No more cuts.”", [["“No more cuts.”", "The marchers", "direct"]]],
  ["Paul Grant, clearly angry, responded by waving a letter at the reporters, saying the numbers were wrong.",
    [["the numbers were wrong", "Paul Grant", "indirect"]]],
  ["On the radio, Ann Walsh answered the host by saying: “We knew nothing.”", [["“We knew nothing.”", "Ann Walsh", "direct"]]],
  // Must not match: a participle after "by" that names a topic is no report.
  ["Paul Grant hinted at the deal by mentioning the new port.", []],
]);

table("English: a source noun a named owner holds is the described source with its owner", en, [
  ["Mayor Ortiz's office said the road would reopen on Monday.", [["the road would reopen on Monday", "Mayor Ortiz's office", "indirect"]]],
  ["Paul Grant's campaign said the vote was rigged.", [["the vote was rigged", "Paul Grant's campaign", "indirect"]]],
  // A person's role after the possessive keeps its own reading.
  ["Senator Lee's spokesman said the road would reopen on Monday.", [["the road would reopen on Monday", "Senator Lee's spokesman", "indirect"]]],
]);

table("English: a possessive name owns the subject, it is not the subject", en, [
  ["Dale Ortiz won. Ortiz's husband, Bill Ortiz, hurled insults at the council on Sunday, accusing its members of fraud and theft.",
    [["its members of fraud and theft", "Bill Ortiz", "indirect"]]],
  ["Dale Ortiz won. Ortiz's husband hurled insults at the council on Sunday, accusing its members of fraud and theft.",
    [["its members of fraud and theft", "Ortiz's husband", "indirect"]]],
  // The name itself still opens its sentence.
  ["Dale Ortiz won. Ortiz called off the strike, citing safety concerns at the plant.", [["safety concerns at the plant", "Dale Ortiz", "indirect"]]],
]);

table("English: a name's apposition before a colon", en, [
  ["Ann Walsh, editor of the Daily Ledger: “The race is over and everyone knows it.”",
    [["“The race is over and everyone knows it.”", "Ann Walsh", "direct"]]],
  ["Paul Grant, a senator from Ohio: “The race is over and everyone knows it.”",
    [["“The race is over and everyone knows it.”", "Paul Grant", "direct"]]],
  // Must not match: a relative clause or a list before the colon.
  ["Paul Grant, who runs the farm, has one rule: “Never sell in spring.”", [["“Never sell in spring.”", null, "direct"]]],
  ["Paul Grant, the farm and the dog: “Three things that matter to me.”", [["“Three things that matter to me.”", null, "direct"]]],
]);

table("English: a channel noun as the verb's object before a colon", en, [
  ["Governor Ann Walsh released the following statement: “We mourn a friend of this city.”",
    [["“We mourn a friend of this city.”", "Ann Walsh", "direct"]]],
  ["When the mayor died in 1998, Paul Grant issued a brief statement: “We mourn a friend of this city.”",
    [["“We mourn a friend of this city.”", "Paul Grant", "direct"]]],
  ["The Northwind Council released a statement: “We mourn a friend of this city.”",
    [["“We mourn a friend of this city.”", "Northwind Council", "direct"]]],
  // Must not match: an object that is no channel, or a channel with no verb before it.
  ["Paul Grant listed the priorities: “jobs, schools and roads.”", [["“jobs, schools and roads.”", null, "direct"]]],
  ["Paul Grant spoke. The statement: “We mourn a friend of this city.”", [["“We mourn a friend of this city.”", null, "direct"]]],
]);
