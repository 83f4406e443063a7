// The date an article carries: front matter or dateline, French and English; never a date of the body.
import * as assert from "node:assert/strict";
import { dateKey, readDate } from "../../../src/engine";

describe("article dates", () => {
  const rows: [string, string | undefined][] = [
    // datelines, French
    ["5 juillet 2012. - Le ministre a parlé.", "2012-07-05"],
    ["1er juillet 2012 - « Rien », a dit Paul Dupont.", "2012-07-01"],
    ["Paris, le 5 juillet 2012\n\nLe ministre a parlé.", "2012-07-05"],
    ["Grève à Lyon\nPublié le 12 févr. 2021 à 10h30\nLe syndicat a parlé.", "2021-02-12"],
    ["LYON, 3 mars 2019 (AFP) - Le maire a dit non.", "2019-03-03"],
    // datelines, English
    ["WASHINGTON, July 5, 2012 — The senator said no.", "2012-07-05"],
    ["Published: Jan. 15, 2020\nThe mayor said yes.", "2020-01-15"],
    ["Storm hits coast\n2018-10-11 - The mayor said yes.", "2018-10-11"],
    // a dateline with a year counts before a date without one higher up
    ["Markets summary - Aug 30.\nNEW YORK 1996-08-29\nStocks rose.", "1996-08-29"],
    // a dateline without a year cannot be placed in time
    ["PARIS, March 3 (Reuters) - The minister said no.", undefined],
    // front matter
    ["---\ntitle: Grève\ndate: 2012-07-05T10:00:00Z\n---\nLe ministre a parlé.", "2012-07-05"],
    ["---\ndate: \"5 juillet 2012\"\n---\nTexte.", "2012-07-05"],
    ["---\ndate: 2012-07\n---\nTexte.", "2012-07"],
    // not the article's date: dates of the body, impossible dates, no date
    ["Le 14 juillet 1789, la foule prit la Bastille.", undefined],
    ["Il est né le 3 mars 1950\net il a parlé.", undefined],
    ["He said on March 3, 2012 - and then left.", undefined],
    ["31 février 2012. - Texte.", undefined],
    ["The minister said nothing.", undefined],
    [`${"Long text without a date. ".repeat(20)}\n5 juillet 2012. - Texte.`, undefined],
  ];
  for (const [text, key] of rows) {
    it(`${JSON.stringify(text.slice(0, 50))} → ${key}`, () => assert.equal(dateKey(readDate(text)), key));
  }

  it("reads the day and month of a dateline without a year", () => {
    assert.deepEqual(readDate("PARIS, March 3 (Reuters) - The minister said no."), { month: 3, day: 3 });
  });
});
