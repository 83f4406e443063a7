// French verb groups between the subject and the reporting verb: "vient de" / "viennent de" (the recent past of the press)
// and the modals before an infinitive cue (quotes/french.ts skipModal), with every subject shape: the subject is read
// past the group as it is past an auxiliary.
import { table, fr, g } from "../helpers/table";

const CONTENT = "la réforme sera reportée";
const SUBJECTS: [subject: string, speaker: string][] = [
  ["Paul Durand", "Paul Durand"],
  ["Le ministre de l'Intérieur, Paul Durand,", "Paul Durand"],
  ["Paul Durand, ministre de l'Intérieur,", "Paul Durand"],
  ["M. Durand", "Durand"],
  ["La maire de Lyon, Claire Petit,", "Claire Petit"],
  ["Le porte-parole du gouvernement", "Le porte-parole du gouvernement"],
];

table("French: 'vient de' + a reporting infinitive after each subject shape", fr, [
  ...SUBJECTS.map(([s, who]): [string, [string, string, "indirect"][]] => [`${s} vient d'annoncer que ${CONTENT}.`, [[CONTENT, who, "indirect"]]]),
  ...SUBJECTS.map(([s, who]): [string, [string, string, "indirect"][]] => [`${s} venait de déclarer que ${CONTENT}.`, [[CONTENT, who, "indirect"]]]),
  // A pronoun after a named sentence, a plural subject ("viennent de" is no part of the description).
  [`Paul Durand est arrivé mardi à Lyon. Il vient d'expliquer que ${CONTENT}.`, [[CONTENT, "Paul Durand", "indirect"]]],
  [`Les enquêteurs viennent d'annoncer que ${CONTENT}.`, [[CONTENT, "Les enquêteurs", "indirect"]]],
  [`Les syndicats venaient de déclarer : ${g("Nous ne céderons pas.")}`, [[g("Nous ne céderons pas."), "Les syndicats", "direct"]]],
  // Must not match: "vient de" before a verb that reports nothing.
  ["Paul Durand, ministre de l'Intérieur, vient de rentrer de Lyon.", []],
  ["Les enquêteurs viennent d'arriver sur place.", []],
]);
