// Mixed reports (a report holding a quote) and where a report ends.
import { statements, table, g, fr, en } from "../helpers/table";

table("French: parenthetical sources and asides", fr, [
  [`Jean Dupont était à Lyon. La réforme, selon lui, ${g("n'est pas négociable")}.`, [[`La réforme, selon lui, ${g("n'est pas négociable")}`, "Jean Dupont", "mixed"]]],
  [`Le président Emmanuel Macron a dit lundi, lors d'une conférence de presse à l'Élysée, qu'il ${g("ne renoncerait pas")}.`,
    [[`il ${g("ne renoncerait pas")}`, "Emmanuel Macron", "mixed"]]],
  ["La rencontre a eu lieu mardi, a précisé l'Élysée dans un communiqué.", [["La rencontre a eu lieu mardi", "Élysée", "indirect"]]],
  ["Jean Dupont est inquiet. Pour lui, il faut agir vite.", [["il faut agir vite", "Jean Dupont", "indirect"]]],
  ["Pour elle, il a tout quitté.", []],
  ["La loi dite « immigration » a été promulguée jeudi.", []],
  ["Le mouvement des « gilets jaunes » est né en novembre 2018.", []],
  ["Jean Dupont, surnommé « le Boucher de Lyon », a été arrêté.", []],
  ["L'opération « Wuambushu » a débuté lundi à Mayotte.", []],
]);

table("French: a name, a colon and a quote is a direct statement", fr, [
  // In a headline, « Sophie Martin : « … » » is direct, not mixed.
  [`Sophie Martin : ${g("Nous ne reculerons pas")}\n\nLa syndicaliste a parlé mardi.`, [[g("Nous ne reculerons pas"), "Sophie Martin", "direct"]]],
  // « a déclaré que « … » » stays mixed.
  [`Sophie Martin a déclaré que ${g("rien n'est joué")}.`, [[g("rien n'est joué"), "Sophie Martin", "mixed"]]],
  // The end mark inside the closing guillemet: the report keeps it whole.
  ["Sophie Martin a déclaré que la situation était « très grave. » Elle est partie.",
    [["la situation était « très grave. »", "Sophie Martin", "mixed"]]],
  // An end mark, then a new sentence opening on a quote mark: the report ends at its sentence.
  ["Sophie Martin a déclaré que rien n'était joué. « Nous verrons », a-t-elle ajouté.",
    [["rien n'était joué", "Sophie Martin", "indirect"], ["« Nous verrons »", "Sophie Martin", "direct"]]],
]);

table("mixed reports and their extent", en, [
  // A quote that closes its sentence ends the report that contains it.
  ["Tom Green said he heard fans shout “Go home!” And some were seen leaving early.",
    [["he heard fans shout “Go home!”", "Tom Green", "mixed"]]],
  // A name closing an apposition does not make the clause after "said" an inverted cue.
  ["Mary Smith, a member of the board, said Tom Green has “a way to listen” to everyone.",
    [["Tom Green has “a way to listen” to everyone", "Mary Smith", "mixed"]]],
  // Two words between the verb and the mark: a mixed report, not a cue for the quote.
  ["Mary Smith said Tom has “a way to listen” to everyone.", [["Tom has “a way to listen” to everyone", "Mary Smith", "mixed"]]],
  // ", said Mary Smith, the mayor" stays an inverted cue.
  ["The plan will fail, said Mary Smith, the mayor.", [["The plan will fail", "Mary Smith", "indirect"]]],
  ["“The plan will fail,” said Mary Smith, the mayor.", [["“The plan will fail,”", "Mary Smith", "direct"]]],
  // An end mark inside the closing quote mark (American typography): the report keeps the quote whole, and is mixed.
  ["Councillor Ann Reed told reporters the repairs would take “weeks, not days.” The crews left.",
    [["the repairs would take “weeks, not days.”", "Ann Reed", "mixed"]]],
  ['Ann Reed said that the bridge was "perfectly safe." Engineers disagreed.', [['the bridge was "perfectly safe."', "Ann Reed", "mixed"]]],
  // A quote closing the report's sentence right before the next quote opens: two statements, not one.
  ['Ann Reed said the plan was "dead." "We start again," she added.',
    [['the plan was "dead."', "Ann Reed", "mixed"], ['"We start again,"', "Ann Reed", "direct"]]],
  ["Ann Reed said the plan was “dead.” “We start again,” she added.",
    [["the plan was “dead.”", "Ann Reed", "mixed"], ["“We start again,”", "Ann Reed", "direct"]]],
  ["Ann Reed said the council would act. “Now,” she said, “we wait.”",
    [["the council would act", "Ann Reed", "indirect"], ["“Now,” she said, “we wait.”", "Ann Reed", "direct"]]],
]);

describe("a report ends at the end of its line", () => {
  statements(en, [
    // A quote opening the next paragraph is its own statement, not part of the report before it.
    ["Mary Smith said the plan “will not work.”\n\n“We warned them twice,” she said.",
      [["the plan “will not work.”", "Mary Smith", "mixed"], ["“We warned them twice,”", "Mary Smith", "direct"]]],
    // A quoted word may open a bare clause.
    ["Mary Smith testified “thousands” of emails had not been turned over.",
      [["“thousands” of emails had not been turned over", "Mary Smith", "mixed"]]],
  ]);
  statements(fr, [
    // Narration that introduces the next line's dialogue is not a report of its own.
    ["À ce moment, Jean Dupont dit au cocher, qui avait dépassé le village :\n« Prends le premier chemin à droite. »",
      [["« Prends le premier chemin à droite. »", "Jean Dupont", "direct"]]],
  ]);
});

table("a report ends where another clause reports", en, [
  ["Mary Smith said the city was glad to help, but she stressed it was the neighbours who made it work.",
    [["the city was glad to help", "Mary Smith", "indirect"], ["it was the neighbours who made it work", "Mary Smith", "indirect"]]],
  // A conjunction with no report after it keeps the clause whole.
  ["Mary Smith said the city was glad to help, and the neighbours were too.",
    [["the city was glad to help, and the neighbours were too", "Mary Smith", "indirect"]]],
]);

table("channels after the cue (lexicon channelNouns)", en, [
  ["At least four players were hurt, Dana Okafor told fans in an Instagram account.",
    [["At least four players were hurt", "Dana Okafor", "indirect"]]],
  ["Dana Okafor wrote on her blog that the mill would close.", [["the mill would close", "Dana Okafor", "indirect"]]],
]);

table("a quoted show title after 'told X's' is part of the object, not the report", en, [
  ["Dana Okafor told NBC’s “Today” show on Monday the mill would close.", [["the mill would close", "Dana Okafor", "indirect"]]],
]);

// Issue 11, English 4 (unseen-article method): a clause that runs into a quote closing it, the comma inside the marks,
// then the cue, is one mixed report; the quoted words alone covered too little of it.
table("a clause ending in a quote before ', he said' is a mixed report", en, [
  ["Rents could rise again, and tenants who signed last year “may be forced to move,” Ana Reyes wrote.",
    [["Rents could rise again, and tenants who signed last year “may be forced to move,”", "Ana Reyes", "mixed"]]],
  ["The ferry's delay was \"a disgrace,\" Ana Reyes said.", [["The ferry's delay was \"a disgrace,\"", "Ana Reyes", "mixed"]]],
  // Still direct: a quote that opens its sentence, one after a colon or after its own reporting verb, one that ends a sentence.
  ["“We will not back down,” Ana Reyes said.", [["“We will not back down,”", "Ana Reyes", "direct"]]],
  ["Ana Reyes had one answer: “We will not back down,” she said.", [["“We will not back down,”", "Ana Reyes", "direct"]]],
  ["Ana Reyes added, “We will not back down,” and left.", [["“We will not back down,”", "Ana Reyes", "direct"]]],
  ["The vote is over. “We will not back down.” Ana Reyes said.", [["“We will not back down.”", "Ana Reyes", "direct"]]],
]);
