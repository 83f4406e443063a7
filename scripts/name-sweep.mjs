#!/usr/bin/env node
// The name sweep: one invented sentence per construction, filled with many common names, each result checked for the
// person and, where the sentence holds a statement, for its speaker. A construction that fails for a whole family of
// names ("Mary Jones" an organisation, "Robert Hall" a place, "Thierry Breton" cut) is a class the dev files hide.
//   node scripts/name-sweep.mjs en 'According to NAME, the bridge will reopen in May.'
//   node scripts/name-sweep.mjs fr '« Nous reconstruirons », a déclaré NAME.' --speaker
//   --speaker   also require one statement whose speaker is the name;  --all  list every failure (default: 20)
// Uses the built engine (dist/engine.js: `node esbuild.js` first). Optional tooling: nothing in the project depends on it.
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const { analyze } = createRequire(import.meta.url)(path.join(root, "dist/engine.js"));

const GIVEN = {
  en: "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Margaret Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Dorothy George Melissa Florence Victoria Austin Charlotte Madison Jordan Sydney Virginia Eugene",
  fr: "Jean Marie Pierre Michel Nathalie Philippe Isabelle Alain Sylvie Nicolas Catherine François Christine Patrick Martine Christophe Valérie Daniel Sandrine Bernard Stéphanie Éric Véronique Laurent Céline Frédéric Sophie Thierry Julie Sébastien Aurélie Olivier Caroline Julien Émilie Pascal Anne Claude Florence Dominique Victoria Maurice Grégory",
};
const FAMILY = {
  en: "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Hall Campbell Mitchell Carter Roberts Phillips Evans Turner Parker Park Lane French",
  fr: "Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Faure Mercier Blanc Guérin Garnier Chevalier Gauthier Breton Français Lallemand",
};
const WORLD = "Wei Fenghe|Li Qiang|Xi Jinping|Wang Yi|Narendra Modi|Ngozi Okonjo-Iweala|Abdel Fattah al-Sisi|Recep Tayyip Erdogan|Kim Jong-un|Volodymyr Zelensky|Ursula von der Leyen|Benjamin Netanyahu|Cyril Ramaphosa|Jacinda Ardern|Kamala Harris|Emmanuel Macron|Marine Le Pen|Jean-Luc Mélenchon|Dominique de Villepin|Najat Vallaud-Belkacem".split("|");

const [lang, template] = process.argv.slice(2);
if (!["en", "fr"].includes(lang) || !template?.includes("NAME")) {
  console.error("usage: node scripts/name-sweep.mjs en|fr 'a sentence with NAME' [--speaker] [--all]");
  process.exit(2);
}
const wantSpeaker = process.argv.includes("--speaker");
const given = GIVEN[lang].split(" ");
const family = FAMILY[lang].split(" ");
const names = [...given.flatMap((g, i) => family.filter((_, j) => (i + j) % 3 === 0).map((f) => `${g} ${f}`)), ...WORLD];

const failures = [];
for (const name of names) {
  const r = analyze(template.replaceAll("NAME", name), { lang });
  const person = r.people.some((p) => p.name === name);
  const speakers = r.quotes.map((q) => q.speaker?.name ?? q.speaker?.mentionText ?? null);
  const spoke = !wantSpeaker || (speakers.length > 0 && speakers.every((s) => s === name));
  if (person && spoke) continue;
  const kinds = (xs) => xs.map((e) => e.name).join(", ");
  failures.push(`${name} → people [${kinds(r.people)}] orgs [${kinds(r.orgs)}] places [${kinds(r.places)}]` +
    (wantSpeaker ? ` speakers ${JSON.stringify(speakers)}` : ""));
}
console.log(`${names.length} names, ${failures.length} failing: ${template}`);
for (const f of process.argv.includes("--all") ? failures : failures.slice(0, 20)) console.log(`  ${f}`);
