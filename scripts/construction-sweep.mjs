#!/usr/bin/env node
// The French construction sweep: invented sentences built from small lists (subject shapes × verb groups in every tense ×
// what stands between verb and "que" × content shapes × where the cue stands: before, after, inside, "selon X"), each
// checked for its statement (the scorer's 50 % overlap), its span and its speaker. A construction that fails for many
// variants is a class the dev files hide; the share failing per list value ranks them.
//   node scripts/construction-sweep.mjs [family]     families: que post colon inside selon-end selon-end-nocomma selon-start
//   SHOW=que/miss N=20 node scripts/construction-sweep.mjs que   lists examples of one failure kind
// Uses the built engine (dist/engine.js: `node esbuild.js` first). Optional tooling: nothing in the project depends on it.
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const { analyze } = createRequire(import.meta.url)(path.join(root, "dist/engine.js"));
const g = (s) => `«\u00a0${s}\u00a0»`;
// subjects: [text, speaker, plural, fem]
const SUBJ = [
  ["Paul Durand", "Paul Durand", 0, 0], ["Le ministre de l'Intérieur, Paul Durand,", "Paul Durand", 0, 0],
  ["Paul Durand, ministre de l'Intérieur,", "Paul Durand", 0, 0], ["M. Durand", "Durand", 0, 0],
  ["La maire de Lyon, Claire Petit,", "Claire Petit", 0, 1], ["La CGT", "CGT", 0, 1],
  ["Le porte-parole du gouvernement", "Le porte-parole du gouvernement", 0, 0], ["Les enquêteurs", "Les enquêteurs", 1, 0],
  ["Le Premier ministre grec Antonis Samaras", "Antonis Samaras", 0, 0], ["L'entraîneur Jean-Marc Lefort", "Jean-Marc Lefort", 0, 0],
  ["PRON", "Paul Durand", 0, 0],
];
const OPEN = ["", "Mardi, ", "Dans un communiqué, ", "De son côté, ", "Par ailleurs, "];
// verbs: [inf, pres3s, pres3p, pp, impf3s, ps3s, fut3s]
const V = [
  ["déclarer", "déclare", "déclarent", "déclaré", "déclarait", "déclara", "déclarera"],
  ["affirmer", "affirme", "affirment", "affirmé", "affirmait", "affirma", "affirmera"],
  ["estimer", "estime", "estiment", "estimé", "estimait", "estima", "estimera"],
  ["indiquer", "indique", "indiquent", "indiqué", "indiquait", "indiqua", "indiquera"],
  ["expliquer", "explique", "expliquent", "expliqué", "expliquait", "expliqua", "expliquera"],
  ["assurer", "assure", "assurent", "assuré", "assurait", "assura", "assurera"],
  ["annoncer", "annonce", "annoncent", "annoncé", "annonçait", "annonça", "annoncera"],
  ["reconnaître", "reconnaît", "reconnaissent", "reconnu", "reconnaissait", "reconnut", "reconnaîtra"],
  ["rappeler", "rappelle", "rappellent", "rappelé", "rappelait", "rappela", "rappellera"],
  ["préciser", "précise", "précisent", "précisé", "précisait", "précisa", "précisera"],
  ["souligner", "souligne", "soulignent", "souligné", "soulignait", "souligna", "soulignera"],
  ["dire", "dit", "disent", "dit", "disait", "dit", "dira"],
  ["noter", "note", "notent", "noté", "notait", "nota", "notera"],
  ["constater", "constate", "constatent", "constaté", "constatait", "constata", "constatera"],
  ["ajouter", "ajoute", "ajoutent", "ajouté", "ajoutait", "ajouta", "ajoutera"],
  ["avertir", "avertit", "avertissent", "averti", "avertissait", "avertit", "avertira"],
  ["confier", "confie", "confient", "confié", "confiait", "confia", "confiera"],
  ["conclure", "conclut", "concluent", "conclu", "concluait", "conclut", "conclura"],
  ["mentionner", "mentionne", "mentionnent", "mentionné", "mentionnait", "mentionna", "mentionnera"],
  ["rapporter", "rapporte", "rapportent", "rapporté", "rapportait", "rapporta", "rapportera"],
  ["juger", "juge", "jugent", "jugé", "jugeait", "jugea", "jugera"],
  ["répondre", "répond", "répondent", "répondu", "répondait", "répondit", "répondra"],
  ["admettre", "admet", "admettent", "admis", "admettait", "admit", "admettra"],
  ["faire savoir", "fait savoir", "font savoir", "fait savoir", "faisait savoir", "fit savoir", "fera savoir"],
];
const el = (w) => (/^[aeiouéèêh]/.test(w) ? `d'${w}` : `de ${w}`);
const TENSE = {
  pres: (v, pl) => pl ? v[2] : v[1], pc: (v, pl) => `${pl ? "ont" : "a"} ${v[3]}`, impf: (v, pl) => pl ? null : v[4],
  ps: (v, pl) => pl ? null : v[5], fut: (v, pl) => pl ? null : v[6], pqp: (v, pl) => `${pl ? "avaient" : "avait"} ${v[3]}`,
  condp: (v, pl) => `${pl ? "auraient" : "aurait"} ${v[3]}`, vient: (v, pl) => `${pl ? "viennent" : "vient"} ${el(v[0])}`,
  adv: (v, pl) => `${pl ? "ont" : "a"} également ${v[3]}`, aside: (v, pl) => `${pl ? "ont" : "a"}, de son côté, ${v[3]}`,
  tenu: (v, pl) => `${pl ? "ont" : "a"} tenu à ${v[0]}`, cependant: (v, pl) => `${pl ? "ont" : "a"} cependant ${v[3]}`,
};
const MID = ["", " mardi", " à l'AFP", " dans un communiqué", ", dans un entretien au Figaro,", " lors d'une conférence de presse à Lyon",
  " devant les députés", " jeudi soir sur France 2", " lors d'un entretien téléphonique avec son homologue chinois mardi soir", " aux journalistes"];
const CONT = ["la réforme sera reportée", "la réforme, qui devait entrer en vigueur en janvier, sera reportée",
  "8 000 postes seront supprimés en France d'ici 2014", "il ne se représentera pas en 2017",
  `la réforme était ${g("une erreur historique")}`, "les négociations reprendront lundi et que le budget sera revu",
  "certains joueurs ne seront pas de retour en 2013", "si rien ne change, la situation deviendra intenable"];
const cases = [];
const pronPre = "Paul Durand est arrivé mardi à Lyon. ";
function subjText(s) { return s[0] === "PRON" ? "Il" : s[0]; }
const rand = (() => { let x = 12345; return () => (x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff; })();
const pick = (a) => a[Math.floor(rand() * a.length)];
// que-clause
for (let n = 0; n < 3000; n++) {
  const s = pick(SUBJ), v = pick(V), tn = pick(Object.keys(TENSE)), m = pick(MID), c = pick(CONT), o = s[0] === "PRON" ? "" : pick(OPEN);
  const grp = TENSE[tn](v, s[2]); if (!grp) continue;
  let sub = subjText(s); if (o) sub = sub[0].toLowerCase() === sub[0] ? sub : (/^(Le|La|Les|L')\b/.test(sub) ? sub[0].toLowerCase() + sub.slice(1) : sub);
  const que = /^[aeiouéèêhi]/.test(c) ? "qu'" : "que ";
  const text = `${s[0] === "PRON" ? pronPre : ""}${o}${sub} ${grp}${m} ${que}${c}.`.replace(", ,", ",");
  cases.push({ family: "que", dims: { subj: s[0], tense: tn, verb: v[0], mid: m, cont: c, open: o }, text, want: c, who: s[1] });
}
// postposed: content, cue
for (let n = 0; n < 800; n++) {
  const s = pick(SUBJ.filter((x) => x[0] !== "PRON")), v = pick(V.filter((x) => x[0] !== "faire savoir")), tn = pick(["pres", "pc", "impf", "ps"]), c = pick(CONT);
  const grp = TENSE[tn](v, s[2]); if (!grp) continue;
  const cap = c[0].toUpperCase() + c.slice(1);
  let sub = s[0].replace(/,$/, ""); sub = /^(Le|La|Les|L')\b/.test(sub) ? sub[0].toLowerCase() + sub.slice(1) : sub;
  const text = `${cap}, ${grp} ${sub}.`;
  cases.push({ family: "post", dims: { subj: s[0], tense: tn, verb: v[0], cont: c }, text, want: cap, who: s[1] });
}
// colon + quote, and quote + incise
const Q = g("Nous ne céderons pas, et nous irons jusqu'au bout.");
for (let n = 0; n < 600; n++) {
  const s = pick(SUBJ), v = pick(V), tn = pick(Object.keys(TENSE)), m = pick(MID.filter((x) => !x.startsWith(",")));
  const grp = TENSE[tn](v, s[2]); if (!grp) continue;
  const text = `${s[0] === "PRON" ? pronPre : ""}${subjText(s)} ${grp}${m} : ${Q}`;
  cases.push({ family: "colon", dims: { subj: s[0], tense: tn, verb: v[0], mid: m }, text, want: Q, who: s[1] });
}
// inside cue
for (let n = 0; n < 300; n++) {
  const s = pick(SUBJ.filter((x) => x[0] !== "PRON")), v = pick(V.filter((x) => x[0] !== "faire savoir")), tn = pick(["pres", "pc"]);
  const o = pick(["Par ailleurs", "En outre", "Toutefois", "Pour l'instant", "Dans ce contexte"]);
  const grp = TENSE[tn](v, s[2]); if (!grp) continue;
  let sub = s[0].replace(/,$/, ""); sub = /^(Le|La|Les|L')\b/.test(sub) ? sub[0].toLowerCase() + sub.slice(1) : sub;
  const text = `${o}, ${grp} ${sub}, la réforme sera reportée.`;
  cases.push({ family: "inside", dims: { subj: s[0], tense: tn, verb: v[0], open: o }, text, want: "la réforme sera reportée", who: s[1], loose: true });
}
// selon
const SRC = [["Paul Durand", "Paul Durand"], ["le ministre de l'Intérieur", "le ministre de l'Intérieur"], ["la CGT", "CGT"], ["les prévisionnistes", "les prévisionnistes"],
  ["l'AFP", "AFP"], ["un communiqué de la police", "la police"], ["des sources proches du dossier", "des sources proches du dossier"], ["les experts", "les experts"]];
for (const [x, who] of SRC) for (const c of CONT) {
  const cap = c[0].toUpperCase() + c.slice(1);
  cases.push({ family: "selon-end", dims: { src: x, cont: c }, text: `${cap}, selon ${x}.`, want: cap, who });
  cases.push({ family: "selon-end-nocomma", dims: { src: x, cont: c }, text: `${cap} selon ${x}.`, want: cap, who });
  cases.push({ family: "selon-start", dims: { src: x, cont: c }, text: `Selon ${x}, ${c}.`, want: c, who });
}
const filt = process.argv[2];
const fails = {}; const tot = {}; const byDim = {}; const ex = {};
const ov = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
for (const cs of cases) {
  if (filt && cs.family !== filt) continue;
  const r = analyze(cs.text, { lang: "fr" });
  const ws = cs.text.lastIndexOf(cs.want), we = ws + cs.want.length;
  const hit = r.quotes.find((q) => ov([q.start, q.end], [ws, we]) >= 0.5 * (we - ws));
  let res = "ok";
  if (!hit) res = "miss";
  else if ((hit.speaker?.name ?? hit.speaker?.mentionText) !== cs.who && !(hit.speaker?.name ?? hit.speaker?.mentionText ?? "").toLowerCase().endsWith(cs.who.toLowerCase().split(" ").pop())) res = "speaker";
  else if (!cs.loose && (hit.start !== ws || hit.end !== we)) res = "span";
  else if (r.quotes.length > 1) res = "extra";
  tot[cs.family] = (tot[cs.family] ?? 0) + 1;
  if (res === "ok") continue;
  const k = `${cs.family}/${res}`; fails[k] = (fails[k] ?? 0) + 1;
  (ex[k] ??= []).push(`${cs.text}\n      -> ${r.quotes.map((q) => `[${q.text}] <${q.speaker?.name ?? q.speaker?.mentionText}>`).join(" ")}`);
  for (const [d, val] of Object.entries(cs.dims)) { const kk = `${cs.family}|${d}=${val}`; byDim[kk] = (byDim[kk] ?? 0) + 1; }
}
console.log(tot); console.log(fails);
const dimTot = {};
for (const cs of cases) for (const [d, val] of Object.entries(cs.dims)) { const kk = `${cs.family}|${d}=${val}`; dimTot[kk] = (dimTot[kk] ?? 0) + 1; }
for (const [k, n] of Object.entries(byDim).sort((a, b) => b[1] / dimTot[b[0]] - a[1] / dimTot[a[0]]).slice(0, 40)) console.log(`${(100 * n / dimTot[k]).toFixed(0).padStart(4)}% ${n}/${dimTot[k]} ${k}`);
const show = process.env.SHOW;
for (const [k, l] of Object.entries(ex)) { if (show && !k.includes(show)) continue; console.log(`--- ${k}`); for (const e of l.slice(0, +(process.env.N ?? 6))) console.log("  " + e); }
