// The CSV, Markdown and brat writers: quoting, offsets, and what each format must hold.
import * as assert from "node:assert/strict";
import { analyze, type ArticleAnalysis, codePointIndex, unbalancedMarks, csvField, lineIndex, toBratAnn, toCsv, toMarkdown } from "../../../src/engine";

const FR = "Titre\n\n« Nous sommes prêts, dit-il », a déclaré Pierre Dupont à Paris.\nSelon l'AFP, la réunion a été reportée.";

/** RFC 4180 parser (enough for the tests): CRLF records, doubled quote marks inside quoted fields. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && s[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  return rows;
}

describe("report writers", () => {
  const fields: [string, string][] = [["plain", "plain"], ["a,b", '"a,b"'], ['say "hi"', '"say ""hi"""'], ["two\nlines", '"two\nlines"'], ["", ""]];
  for (const [input, out] of fields) it(`quotes ${JSON.stringify(input)} as RFC 4180 says`, () => assert.equal(csvField(input), out));

  it("CSV: one row per statement with the columns in order, the line and the offsets of the text", () => {
    const a = analyze(FR, { lang: "fr" });
    const rows = parseCsv(toCsv("a.txt", FR, a));
    assert.deepEqual(rows[0], ["file", "speaker", "role", "source", "gender_hint", "kind", "reporting_verb", "text", "line", "start", "end"]);
    assert.equal(rows.length, a.quotes.length + 1);
    const jean = rows.find((r) => r[1] === "Pierre Dupont")!;
    assert.deepEqual([jean[0], jean[3], jean[4], jean[5], jean[6], jean[8]], ["a.txt", "named", "m", "direct", "a déclaré", "3"]);
    assert.equal(FR.slice(Number(jean[9]), Number(jean[10])), jean[7]);
    assert.equal(parseCsv(toCsv("a.txt", FR, a, false)).length, a.quotes.length);
  });

  it("Markdown: people, share of voice and statements by speaker, with escaped cells", () => {
    const md = toMarkdown("a|b.txt", FR, analyze(FR, { lang: "fr" }));
    assert.match(md, /^# Who said what: a\\\|b\.txt$/m);
    assert.match(md, /^## People$/m);
    assert.match(md, /^\| Pierre Dupont \| {2}\| men \| 1 \| 1 \|$/m);
    assert.match(md, /^## Share of voice$/m);
    assert.match(md, /^### By gender hint/m);
    assert.match(md, /^### Pierre Dupont$/m);
    assert.match(md, /^- « Nous sommes prêts, dit-il » \(direct, a déclaré, line 3\)$/m);
  });

  it("brat: T lines whose offsets give their text, a Kind per quote and a Speaker relation", () => {
    const a = analyze(FR, { lang: "fr" });
    const ann = toBratAnn(FR, a).trimEnd().split("\n");
    const ts = ann.filter((l) => l.startsWith("T")).map((l) => l.split("\t"));
    for (const [, typeAndSpan, text] of ts) {
      const [, ...offs] = typeAndSpan.split(" ");
      const spans = offs.join(" ").split(";").map((p) => p.split(" ").map(Number));
      assert.equal(spans.map(([s, e]) => FR.slice(s, e)).join(" "), text);
    }
    assert.ok(ts.some(([, t, text]) => t.startsWith("Person ") && text === "Pierre Dupont"));
    assert.ok(ts.some(([, t]) => t.startsWith("Location ")));
    const quote = ts.find(([, t]) => t.startsWith("Quote "))!;
    assert.ok(ann.includes(`A1\tKind ${quote[0]} direct`));
    const person = ts.find(([, t, text]) => t.startsWith("Person ") && text === "Pierre Dupont")!;
    assert.ok(ann.some((l) => l.endsWith(`Speaker Arg1:${quote[0]} Arg2:${person[0]}`)), ann.join("\n"));
  });

  it("brat: a quote over two lines becomes a discontinuous span; offsets count code points", () => {
    const text = "😀 « Un.\nDeux », a dit Marie Curie.";
    const a: ArticleAnalysis = {
      lang: "fr", orgs: [], places: [],
      people: [{ id: "p0", kind: "person", name: "Marie Curie", mentions: [{ start: 23, end: 34, text: "Marie Curie", entity: "p0" }] }],
      quotes: [{ id: "q0", kind: "direct", start: 3, end: 15, text: "« Un.\nDeux »", speaker: { entity: "p0", name: "Marie Curie", mention: { start: 23, end: 34 } } }],
    };
    const ann = toBratAnn(text, a);
    assert.equal(text.slice(23, 34), "Marie Curie");
    assert.match(ann, /^T1\tPerson 22 33\tMarie Curie\n/);
    assert.match(ann, /\nR1\tSpeaker Arg1:T2 Arg2:T1\n/);
    assert.match(ann, /\tQuote 2 7;8 14\t« Un\. Deux »\n/);
    assert.equal(codePointIndex(text)(3), 2);
  });

  it("lines: \\n, \\r\\n and \\r end a line", () => {
    const lineOf = lineIndex("a\nb\r\nc\rd");
    assert.deepEqual([0, 2, 5, 7].map(lineOf), [1, 2, 3, 4]);
  });
});

describe("unbalanced quote marks", () => {
  const cases: [string, [number, string, string][]][] = [
    ["« Oui », dit-il. “Yes,” he said.", []],
    ["« Oui, dit-il. Puis il part.", [[0, "«", "open"]]],
    ["Il part. » Puis rien.", [[9, "»", "close"]]],
    ["« Premier paragraphe.\n\n« Suite du même discours », dit-il.", []],
    ["« Premier paragraphe.\n\nAutre chose.", [[0, "«", "open"]]],
    ['He said "yes" and "no.', [[18, '"', "open"]]],
    ["“Nested « inner » fine”", []],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(unbalancedMarks(text).map((m) => [m.start, m.mark, m.side]), expected));
  }
});
