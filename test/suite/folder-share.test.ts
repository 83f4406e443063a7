// Share of voice across the folder: the panel and the Markdown report read the workspace index's merged totals.
// The seeds folder plus three invented, dated articles written to a temporary folder inside it (removed at the
// end): statements and quoted words per speaker, gender hints, a series by date (front matter and datelines), the
// articles by name; a new article redraws the panel. Nothing in the folder is modified.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { WhoSaidWhatApi } from "../../src/vscode/api";
import { extensionApi, waitFor } from "./helpers";

const ARTICLES: Record<string, string> = {
  "library-vote.en.md": "---\ndate: 2025-01-14\n---\n# Library stays open\n\n“The library will stay open all winter,” said Councillor Maria Vasquez on Tuesday.\n\n“We found the money in the snow-clearing budget,” said Tomas Berg, the city treasurer.\n",
  "library-reopens.en.txt": "MONTREAL, January 28, 2025 — The east-end library reopened on Monday.\n\n“Families came back on the first morning,” said Maria Vasquez, who chairs the culture committee.\n",
  "library-budget.en.txt": "TORONTO, March 3, 2025 — Council passed the budget.\n\n“Every branch keeps its hours,” said Maria Vasquez. “No branch will close this year,” said Tomas Berg.\n\n“We were never consulted,” said a union representative.\n",
};
const LATER = "TORONTO, March 20, 2025 — The branches opened on Sunday.\n\n“Sundays are for reading,” said Maria Vasquez.\n";

describe("share of voice across the folder", function () {
  this.timeout(120_000);
  let api: WhoSaidWhatApi;
  let tmp: string;
  const seedsDir = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
  const speaker = (name: string) => api.getFolderShare()?.share.speakers.find((s) => s.name === name);

  before(async () => {
    api = await extensionApi();
    tmp = fs.mkdtempSync(path.join(seedsDir(), ".tmp-share-"));
    for (const [f, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(tmp, f), text);
    await vscode.commands.executeCommand("whoSaidWhat.indexWorkspace");
    await vscode.commands.executeCommand("whoSaidWhat.showFolderShareOfVoice");
    await waitFor("the three dated articles in the panel", () => api.getFolderShare()?.share.byDate.length === 3, 30_000);
  });

  after(async () => {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("counts statements and quoted words per speaker, with the gender hint, from every article of the index", () => {
    const { share } = api.getFolderShare()!;
    assert.equal(share.articles, api.getIndexStatus().indexed);
    const row = (name: string) => { const s = speaker(name)!; return [s.statements, s.words, s.articles, s.gender, s.kind]; };
    assert.deepEqual(row("Maria Vasquez"), [3, 19, 3, "f", "person"]);
    assert.deepEqual(row("Tomas Berg"), [2, 14, 2, "m", "person"]);
    assert.deepEqual(row("a union representative"), [1, 4, 1, "unknown", "unnamed"]);
    // The samples' speakers are there too: Sarah Okafor's four statements in the English sample.
    assert.deepEqual([speaker("Sarah Okafor")?.statements, speaker("Sarah Okafor")?.gender], [4, "f"]);
    assert.equal(share.speakers.reduce((n, s) => n + s.words, 0), share.words);
    assert.equal(share.byGender.f.words + share.byGender.m.words + share.byGender.unknown.words, share.bySource.person.words + share.bySource.unnamed.words);
  });

  it("gives the series by date from front matter and datelines, undated articles left out", () => {
    const { share } = api.getFolderShare()!;
    assert.deepEqual(share.byDate.map((d) => [d.date, d.articles, d.statements, d.words, d.byGender.f.words, d.byGender.m.words]),
      [["2025-01-14", 1, 2, 15, 7, 8], ["2025-01-28", 1, 1, 7, 7, 0], ["2025-03-03", 1, 3, 15, 5, 6]]);
    const name = path.basename(tmp);
    const vote = share.byArticle.find((a) => a.id === `${name}/library-vote.en.md`);
    assert.deepEqual([vote?.statements, vote?.words, vote?.date], [2, 15, "2025-01-14"]);
  });

  it("draws the chart in a strict-CSP webview: bars per speaker and columns by month", () => {
    const { html } = api.getFolderShare()!;
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-\w+';"/);
    assert.doesNotMatch(html, /<script|https?:\/\//);
    assert.match(html, /<th scope="row" title="[^"]*">Maria Vasquez<\/th><td class="bar"><svg[^>]*><rect class="g-f" x="0" y="1" height="12" width="[\d.]+%"\/>/);
    // One column per month: January (2 articles, 22 words: 14 by women, 8 by men), March (15 words).
    assert.match(html, /<g><title>2025-01: 2 articles, 3 statements, 22 quoted words<\/title><rect class="g-f" [^>]*height="([\d.]+)"><title>2025-01 · women: 14<\/title><\/rect><rect class="g-m" [^>]*><title>2025-01 · men: 8<\/title>/);
    assert.match(html, /<text [^>]*>2025-03<\/text>/);
    const heights = [...html.matchAll(/<rect class="g-f" x="\d+" y="[\d.]+" width="40" height="([\d.]+)">/g)].map((m) => Number(m[1]));
    // Heights against the tallest month (22 words: 130 px high): women 14 of 22 in January, 5 in March.
    assert.deepEqual(heights, [(14 / 22) * 130, (5 / 22) * 130].map((h) => Number(h.toFixed(1))));
  });

  it("opens the folder's Markdown report as an untitled document with the same numbers", async () => {
    const editor = (await vscode.commands.executeCommand("whoSaidWhat.openFolderReport")) as vscode.TextEditor;
    const md = editor.document.getText();
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, "markdown");
    assert.match(md, /^# Share of voice across the folder/);
    assert.match(md, /\n\| Maria Vasquez \| 3 \| 19 \| \d+ % \| [^|]* \| people \| women \| 3 \|\n/);
    assert.match(md, /\n\| Tomas Berg \| 2 \| 14 \| \d+ % \| [^|]* \| people \| men \| 2 \|\n/);
    assert.match(md, /\n\| 2025-01 \| 2 \| 3 \| 22 \| 64 % \| 36 % \|\n\| 2025-03 \| 1 \| 3 \| 15 \| 33 % \| 40 % \|\n/);
    const { share } = api.getFolderShare()!;
    assert.ok(md.includes(`${share.articles} articles (${share.quoting} with statements), ${share.statements} statements, ${share.words} quoted words.`));
  });

  it("redraws when an article is added to the folder", async () => {
    fs.writeFileSync(path.join(tmp, "library-sunday.en.txt"), LATER);
    await waitFor("Maria Vasquez's fourth statement", () => speaker("Maria Vasquez")?.statements === 4, 20_000);
    const { share, html } = api.getFolderShare()!;
    assert.deepEqual(share.byDate.at(-1) && [share.byDate.at(-1)!.date, share.byDate.at(-1)!.words], ["2025-03-20", 4]);
    assert.match(html, /2025-03: 2 articles, 4 statements, 19 quoted words/);
  });
});
