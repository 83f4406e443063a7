// Quoted terms: a statement when the text attributes them, no statement when a sentence runs through them.
import { statements, table, named, attributed, g, fr, en } from "../helpers/table";

describe("French: quoted terms attributed by the text, and a speaker named after the quote", () => {
  statements(fr, [
    [`Marine Le Pen a tenu meeting. Mme Le Pen a accusé le chef de l'État de ${g("mépris")}.`, [[g("mépris"), "Marine Le Pen", "direct"]]],
    [`Mme Le Pen a taxé le gouvernement d'${g("amateurisme")}.`, [[g("amateurisme"), "Le Pen", "direct"]]],
    [`Emmanuel Macron, lui, s'est dit ${g("attentif")} à la situation, a rapporté son entourage.`, [[g("attentif"), "Emmanuel Macron", "direct"]]],
    [`Anne Martin se déclare ${g("prête")} à négocier.`, [[g("prête"), "Anne Martin", "direct"]]],
    [`${g("Il n'y aura pas de hausse d'impôts.")} C'est ce qu'a martelé Jean Dupont mardi soir sur TF1.`, [[g("Il n'y aura pas de hausse d'impôts."), "Jean Dupont", "direct"]]],
    [`${g("Il n'y aura pas de hausse d'impôts.")} Voilà ce qu'a promis Jean Dupont.`, [[g("Il n'y aura pas de hausse d'impôts."), "Jean Dupont", "direct"]]],
    [`${g("Il n'y aura pas de hausse d'impôts.")} C'est en ces termes que Jean Dupont a réagi.`, [[g("Il n'y aura pas de hausse d'impôts."), "Jean Dupont", "direct"]]],
    // A nested quotation stays inside the outer one.
    [`${g(`On nous a dit que ${g("tout était sur la table")}, mais rien n'a changé`)}, s'agace Sophie Binet.`,
      [[g(`On nous a dit que ${g("tout était sur la table")}, mais rien n'a changé`), "Sophie Binet", "direct"]]],
  ]);
  // Not attributed: a nickname after "dit", a term with no speaker, a sentence after the quote that names no speaker.
  statements(fr, [
    // a nickname
    [`Henri, dit ${g("le Balafré")}, entra dans la salle.`, []],
    // a project's name
    [`Le projet, baptisé ${g("Horizon")}, sera présenté lundi.`, []],
    // « C'est ce qui … » names no speaker
    [`Le débat a repris. ${g("Il n'y aura pas de hausse d'impôts.")} C'est ce qui inquiète les marchés.`, []],
  ], { only: attributed });
});

table("short quoted terms a sentence runs into are not statements", en, [
  // American punctuation puts the comma or period inside the marks: still a term, not a statement.
  ["It could have been a meet-cute between a man and a “mutant.” The rest is history.", []],
  ["The islands sit on the Pacific “Ring of Fire,” and suffer many quakes.", []],
  ["They even celebrated their “25th anniversary,” adjusting the dates.", []],
  // Still statements: a whole sentence, or a term a cue attributes.
  ["Mary Smith said: “We won.”", [["“We won.”", "Mary Smith", "direct"]]],
  ["“Nonsense,” said Mary Smith.", [["“Nonsense,”", "Mary Smith", "direct"]]],
  ["Mary Smith called the plan “unworkable,” and left.", [["“unworkable,”", "Mary Smith", "direct"]]],
]);

table("a quoted nickname inside a name is not a quote", en, [
  ["The band was led by Tom “Tiny” Green for years.", []],
  ["The singer Tom “The Voice” Green told reporters nothing.", []],
]);

table("a quoted lower-case phrase a sentence runs into, with no cue", en, [
  ["The law allows it only for adults “in an advanced stage of irreversible decline” from a disease.", []],
  // Attributed, it stays a statement.
  ["Mary Smith said the plan was “in an advanced stage of collapse” by May.",
    [["the plan was “in an advanced stage of collapse” by May", "Mary Smith", "mixed"]]],
]);

table("a quoted phrase the sentence runs through is no statement", en, [
  ["Smoltz, who backed off several times to “let the wind play through,” came up three yards short.", []],
  // The same words with a cue are a statement.
  ["“let the wind play through,” Smoltz said.", [["“let the wind play through,”", "Smoltz"]]],
], { speaker: named });

// A quoted term is a statement when the text attributes it: a cue right after it, or a naming verb.
describe("quoted terms attributed by the text", () => {
  statements(en, [
    ["Mary Smith called the plan “unworkable” on Monday.", [["“unworkable”", "Mary Smith"]]],
    ["“Nonsense,” said Mary Smith.", [["“Nonsense,”", "Mary Smith"]]],
    ["Mary Smith (D-Vt.) said: “We will hold the line.”", [["“We will hold the line.”", "Mary Smith"]]],
  ], { speaker: named });
  statements(fr, [
    ["Jean Dupont a qualifié le projet d'« irréaliste » mardi.", [["« irréaliste »", "Jean Dupont"]]],
    ["Le député Marc Leroy a appelé cette réforme « une trahison ».", [["« une trahison »", "Marc Leroy"]]],
    ["Le député Marc Leroy appelle ce projet « la loi de la honte ».", [["« la loi de la honte »", "Marc Leroy"]]],
    ["« Jamais », a répondu Jean Dupont.", [["« Jamais »", "Jean Dupont"]]],
    // An object clitic between the subject and a naming verb: the subject still names the term.
    ["Jean Dupont l'a qualifié d'« irréaliste » mardi.", [["« irréaliste »", "Jean Dupont"]]],
    ["Lorsque l'évêque Paul Girard l'a nommée « gardienne de la forêt », la foule a applaudi.", [["« gardienne de la forêt »", "Paul Girard"]]],
    // Not a statement: a term after a verb that names nothing, past an article ("la salle").
    ["Jean Dupont a quitté la salle « en colère ».", []],
  ], { speaker: named });
});

table("French: 'appeler « à … »' calls for something, it names nothing", fr, [
  // Must not read "« à la prudence »" as a name: the report keeps the words after the quote.
  ["Le député Marc Leroy a appelé « à la prudence » sur le calendrier.", [["« à la prudence » sur le calendrier", "Marc Leroy", "mixed"]]],
]);
