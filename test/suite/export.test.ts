// Export of the open article: JSON, CSV, Markdown to an untitled editor; brat and CSV to files, asking before any overwrite.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import type { WhoSaidWhatApi } from "../../src/vscode/api";
import { EN_SEED, extensionApi, FR_SEED, showSeed } from "./helpers";

describe("export", function () {
  this.timeout(60_000);
  let api: WhoSaidWhatApi;
  let dir: string;

  before(async () => { api = await extensionApi(); });
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), "wsw-export-")); });
  afterEach(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  const exportTo = (format: string, target: string) => vscode.commands.executeCommand<vscode.TextDocument | vscode.Uri[] | undefined>("whoSaidWhat.exportAnalysis", format, target);

  it("CSV to an untitled editor: one row per statement, RFC 4180 quoting, the line of each statement", async () => {
    const editor = await showSeed(api, EN_SEED);
    const quotes = api.getAnalysis(editor.document.uri)!.quotes;
    const doc = (await exportTo("csv", "untitled")) as vscode.TextDocument;
    assert.equal(doc.isUntitled, true);
    assert.equal(doc.languageId, (await vscode.languages.getLanguages()).includes("csv") ? "csv" : "plaintext");
    const rows = doc.getText().split("\r\n").filter(Boolean);
    assert.equal(rows[0], "file,speaker,role,source,gender_hint,kind,reporting_verb,text,line,start,end");
    const first = quotes[0];
    assert.equal(rows.filter((r) => r.startsWith(`${EN_SEED},`)).length, quotes.length);
    assert.match(rows[1], new RegExp(`^${EN_SEED},Sarah Okafor,Health Minister,named,f,indirect,announced,.*,${editor.document.positionAt(first.start).line + 1},${first.start},${first.end}$`));
    assert.match(doc.getText(), /"“Nobody in this country should have to drive three hours to see a nurse,”"/);
    assert.equal(editor.document.isDirty, false, "the article is untouched");
  });

  it("Markdown report: people, share of voice by speaker, gender and source, statements by speaker", async () => {
    await showSeed(api, FR_SEED);
    const doc = (await vscode.commands.executeCommand("whoSaidWhat.exportReport")) as vscode.TextDocument;
    const md = doc.getText();
    assert.equal(doc.languageId, "markdown");
    assert.match(md, /^## People$/m);
    assert.match(md, /^\| Wei Fenghe \| ministre chinois de la Défense \| men \| \d+ \| 5 \|$/m);
    assert.match(md, /^### By gender hint/m);
    assert.match(md, /^\| organisations \| 1 \|/m);
    assert.match(md, /^### Amir Hatami$/m);
  });

  it("JSON to a new file; an existing file is replaced only when the user says so", async () => {
    const editor = await showSeed(api, FR_SEED);
    const file = path.join(dir, "out.json");
    fs.writeFileSync(file, "keep me");
    const asked: string[] = [];
    const original = vscode.window.showWarningMessage;
    let answer: string | undefined;
    (vscode.window as { showWarningMessage: unknown }).showWarningMessage = async (message: string, ...rest: unknown[]) => {
      asked.push(message);
      assert.ok(rest.includes("Replace"));
      return answer;
    };
    try {
      assert.equal(await exportTo("json", vscode.Uri.file(file).toString()), undefined);
      assert.equal(fs.readFileSync(file, "utf8"), "keep me");
      assert.match(asked[0], /out\.json already exists/);
      answer = "Replace";
      const written = (await exportTo("json", vscode.Uri.file(file).toString())) as vscode.Uri[];
      assert.equal(written[0].fsPath, file);
    } finally {
      (vscode.window as { showWarningMessage: unknown }).showWarningMessage = original;
    }
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    assert.equal(json.file, FR_SEED);
    assert.deepEqual(json.quotes, api.getAnalysis(editor.document.uri)!.quotes);
  });

  it("brat: the .ann, a copy of the text beside it and annotation.conf; every T line's offsets give its text", async () => {
    const editor = await showSeed(api, FR_SEED);
    const ann = path.join(dir, "chine.ann");
    const written = (await exportTo("brat", vscode.Uri.file(ann).toString())) as vscode.Uri[];
    assert.deepEqual(written.map((u) => path.basename(u.fsPath)).sort(), ["annotation.conf", "chine.ann", "chine.txt"]);
    const text = fs.readFileSync(path.join(dir, "chine.txt"), "utf8");
    assert.equal(text, editor.document.getText());
    const lines = fs.readFileSync(ann, "utf8").trimEnd().split("\n");
    const ts = lines.filter((l) => l.startsWith("T"));
    assert.ok(ts.some((l) => /\tPerson \d+ \d+\tWei Fenghe$/.test(l)));
    for (const l of ts) {
      const [, spec, body] = l.split("\t");
      const spans = spec.split(" ").slice(1).join(" ").split(";").map((s) => s.split(" ").map(Number));
      assert.equal(spans.map(([s, e]) => [...text].slice(s, e).join("")).join(" "), body, l);
    }
    const quotes = api.getAnalysis(editor.document.uri)!.quotes;
    assert.equal(lines.filter((l) => /^A\d+\tKind T\d+ (?:direct|indirect|mixed)$/.test(l)).length, quotes.length);
    assert.equal(lines.filter((l) => /^R\d+\tSpeaker Arg1:T\d+ Arg2:T\d+$/.test(l)).length, quotes.filter((q) => q.speaker?.mention).length);
  });

  it("refuses to write over the article itself", async () => {
    const editor = await showSeed(api, FR_SEED);
    const before = editor.document.getText();
    const result = await exportTo("markdown", editor.document.uri.toString());
    assert.equal(result, undefined);
    assert.equal(fs.readFileSync(editor.document.uri.fsPath, "utf8"), before);
  });
});
