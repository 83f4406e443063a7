#!/usr/bin/env node
// Generated news articles (invented sentences, never corpus text) for the corpus tests, the Dask test and the bench.
//   node scripts/gen-articles.mjs --count N [--seed S] [--dir DIR]     N files DIR/NNNNNN.{txt,md,article}
//   node scripts/gen-articles.mjs --count N [--seed S] [--bytes B]     jsonl on stdout ({"id","text","lang"}), N lines
//                                                                      or until B bytes (streamed, any size)
// Deterministic for a seed. About a third of the articles carry a dateline, a sixth a front-matter date.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const FIRST = {
  f: ["Claire", "Amina", "Sophie", "Léa", "Nadia", "Ann", "Grace", "Helen", "Maria", "Julie"],
  m: ["Paul", "Karim", "Louis", "Marc", "Hugo", "David", "Peter", "James", "Omar", "Tom"],
};
const LAST = ["Girard", "Fontaine", "Okafor", "Lambert", "Moreau", "Brennan", "Whitfield", "Haddad", "Kowalski", "Duval", "Ashby", "Marchetti"];
const ORGS = { fr: ["la Croix-Rouge", "le syndicat Force Unie", "l'Agence régionale de santé"], en: ["the Red Cross", "the Harbour Authority", "the Clinic Trust"] };
const PLACES = { fr: ["Lyon", "Nantes", "Grenoble", "Rennes"], en: ["Leeds", "Denver", "Halifax", "Dundee"] };
const MONTHS = { fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] };
const WORDS = {
  fr: "nous allons rouvrir les écoles et le budget sera voté avant l'hiver mais les habitants attendent des réponses claires sur les routes".split(" "),
  en: "we will reopen the clinics and the budget will pass before winter but residents want clear answers about the roads and the bridge".split(" "),
};
const FILLER = {
  fr: "Le conseil municipal s'est réuni dans la soirée pour examiner le dossier, qui divise les élus depuis plusieurs mois.",
  en: "The council met in the evening to discuss the plan, which has divided members for several months.",
};

/** Mulberry32: a small, seeded PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Article `i` of the seed's series: {id, lang, text, ext}. */
export function article(i, seed = 1) {
  const r = prng(seed * 1_000_003 + i);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const lang = r() < 0.5 ? "fr" : "en";
  const quote = (n) => {
    const ws = Array.from({ length: n }, () => pick(WORDS[lang]));
    ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    return ws.join(" ");
  };
  const person = () => { const g = r() < 0.4 ? "f" : "m"; return { g, first: pick(FIRST[g]), last: pick(LAST) }; };
  const year = 2010 + Math.floor(r() * 6);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const dated = r();
  const place = pick(PLACES[lang]);
  const parts = [];
  let head = "";
  if (dated < 1 / 6) head = `---\ntitle: ${place}\ndate: ${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}\n---\n`;
  else if (dated < 0.5) parts.push(lang === "fr" ? `${day} ${MONTHS.fr[month]} ${year}. -` : `${place.toUpperCase()}, ${MONTHS.en[month]} ${day}, ${year} —`);
  const n = 2 + Math.floor(r() * 5);
  for (let k = 0; k < n; k++) {
    const p = person();
    const q = quote(4 + Math.floor(r() * 14));
    const roll = r();
    if (lang === "fr") {
      if (roll < 0.5) parts.push(`« ${q} », a déclaré ${p.g === "f" ? "Mme" : "M."} ${p.first} ${p.last} à ${place}.`);
      else if (roll < 0.75) parts.push(`${p.first} ${p.last} a affirmé que ${q.toLowerCase()}. « ${quote(5)} », a ajouté ${p.last}.`);
      else if (roll < 0.9) parts.push(`« ${q} », a indiqué ${pick(ORGS.fr)}.`);
      else parts.push(`« ${q} », a expliqué un habitant.`);
    } else {
      if (roll < 0.5) parts.push(`“${q},” ${p.first} ${p.last} said in ${place}.`);
      else if (roll < 0.75) parts.push(`${p.first} ${p.last} said ${q.toLowerCase()}. “${quote(5)},” ${p.last} added.`);
      else if (roll < 0.9) parts.push(`“${q},” ${pick(ORGS.en)} said.`);
      else parts.push(`“${q},” a resident said.`);
    }
    parts.push(FILLER[lang]);
  }
  return { id: `gen-${seed}-${String(i).padStart(6, "0")}`, lang, text: head + parts.join("\n\n") + "\n", ext: [".txt", ".md", ".article"][i % 3] };
}

function main(argv) {
  const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
  const count = Number(opt("--count", "100"));
  const seed = Number(opt("--seed", "1"));
  const bytes = Number(opt("--bytes", "0"));
  const dir = opt("--dir");
  if (dir) {
    fs.mkdirSync(dir, { recursive: true });
    for (let i = 0; i < count; i++) { const a = article(i, seed); fs.writeFileSync(path.join(dir, String(i).padStart(6, "0") + a.ext), a.text); }
    return;
  }
  // jsonl, streamed with backpressure: --bytes 1e9 writes a gigabyte without holding it.
  let i = 0;
  let written = 0;
  const more = () => {
    while (bytes ? written < bytes : i < count) {
      const { id, lang, text } = article(i++, seed);
      const line = JSON.stringify({ id, text, lang }) + "\n";
      written += Buffer.byteLength(line);
      if (!process.stdout.write(line)) { process.stdout.once("drain", more); return; }
    }
  };
  process.stdout.on("error", (e) => { if (e.code !== "EPIPE") throw e; });
  more();
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
