// The folder index and the Folder view, on the seeds folder plus generated variants written by the test to a
// temporary folder inside it (removed at the end): people merged across articles (by canonical name and by the
// aliases an article gives), each item one click from its place, the watcher's create/change/rename/delete, sort
// and filter, Go to Symbol in Workspace and Find All References across files. Nothing in the folder is modified.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { TreeSnapshotNode, WhoSaidWhatApi } from "../../src/vscode/api";
import { EN_SEED, extensionApi, FOUNDING_SEED, FR_SEED, group, labels, seedUri, waitFor } from "./helpers";

/** A variant of the English sample: the mayor renamed, everything else as it is. */
const renamedMayor = (text: string) => text.replaceAll("Linda Tremblay", "Nadia Roy").replaceAll("Ms. Tremblay", "Ms. Roy");
/** An invented article that names the minister by her surname only. */
/** An invented article that quotes the minister with one word changed and gives the words to someone else. */
const MISATTRIBUTED = "Rural care\n\n“Nobody in this province should have to drive three hours to see a nurse,” said Dr. Paul Girard, a family doctor.\n";
const SURNAME_ONLY = "Clinics reopen in the north\n\nThe first rural clinic reopened on Monday in Kapuskasing. “Nobody should drive three hours to see a nurse,” Okafor said at the opening.\n";

describe("the folder index and the Folder view", function () {
  this.timeout(120_000);
  let api: WhoSaidWhatApi;
  let tmp: string;
  const seedsDir = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
  const stamp = (dir: string) => fs.readdirSync(dir).filter((f) => !f.startsWith(".tmp-")).map((f) => [f, fs.statSync(path.join(dir, f)).mtimeMs, fs.readFileSync(path.join(dir, f), "utf8")]);
  let untouched: ReturnType<typeof stamp>;

  const people = () => group(api.getCorpusSnapshot(), "People").children;
  const person = (name: string) => people().find((p) => p.label === name);
  const waitPerson = (what: string, check: (p: TreeSnapshotNode | undefined) => boolean) => waitFor(what, () => check(person(what.split(":")[0])), 20_000);

  before(async () => {
    api = await extensionApi();
    untouched = stamp(seedsDir());
    tmp = fs.mkdtempSync(path.join(seedsDir(), ".tmp-corpus-"));
    const en = fs.readFileSync(seedUri(EN_SEED).fsPath, "utf8");
    fs.writeFileSync(path.join(tmp, "renamed-mayor.en.txt"), renamedMayor(en));
    fs.writeFileSync(path.join(tmp, "surname-only.en.article"), SURNAME_ONLY);
    fs.writeFileSync(path.join(tmp, "misattributed.en.md"), MISATTRIBUTED);
    fs.writeFileSync(path.join(tmp, "not-an-article.json"), JSON.stringify({ text: "Sarah Okafor said hello." }));
    const status = (await vscode.commands.executeCommand("whoSaidWhat.indexWorkspace")) as ReturnType<WhoSaidWhatApi["getIndexStatus"]>;
    assert.equal(status.state, "ready");
  });

  after(async () => {
    await vscode.commands.executeCommand("whoSaidWhat.clearCorpusFilter");
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("indexes every article of the folder, and only the files the globs take", () => {
    const status = api.getIndexStatus();
    // The three sample articles and the three variants; not the .json file, nor the samples' README (it describes
    // the folder: excluded by default).
    assert.equal(status.indexed, 6, JSON.stringify(status));
    assert.equal(status.skipped, 0);
  });

  it("merges a person across articles by canonical name and by the aliases an article gives", () => {
    const wei = person("Wei Fenghe");
    // The founding article and the samples' Chinese–Iranian article; the README that names him is no article.
    assert.ok(wei, JSON.stringify(labels(people())));
    assert.match(wei.description ?? "", /^2 articles · \d+ statements · \d+ mentions$/);
    const okafor = person("Sarah Okafor");
    // rural-clinics, its variant, and the article that says only "Okafor" (an alias of Sarah Okafor there).
    assert.match(okafor?.description ?? "", /^3 articles · /, JSON.stringify(okafor));
    assert.equal(person("Okafor"), undefined);
    assert.match(person("Nadia Roy")?.description ?? "", /^1 article · /);
  });

  it("lists under a person the articles, then in each its statements and mentions, each one click from its place", async () => {
    const snapshot = api.getCorpusSnapshot(5);
    const okafor = group(snapshot, "People").children.find((p) => p.label === "Sarah Okafor")!;
    const article = okafor.children.find((a) => a.label === EN_SEED);
    assert.ok(article, JSON.stringify(labels(okafor.children)));
    const kinds = article.children.map((c) => c.contextValue);
    assert.ok(kinds.indexOf("corpusStatement") < kinds.indexOf("corpusMention"), JSON.stringify(kinds));
    const mention = article.children.find((c) => c.contextValue === "corpusMention")!;
    const statement = article.children.find((c) => c.contextValue === "corpusStatement")!;
    for (const item of [mention, statement]) {
      assert.ok(item.command, item.label);
      const [uri, start, end] = item.command.arguments as [string, number, number];
      await vscode.commands.executeCommand(item.command.command, ...item.command.arguments);
      const editor = await waitFor(`an editor on ${uri}`, () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri));
      assert.equal(editor.document.offsetAt(editor.selection.active), start);
      const text = editor.document.getText(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end)));
      if (item === mention) assert.equal(text, "Sarah Okafor");
      else assert.ok(text.replace(/\s+/g, " ").startsWith(item.label.replace(/…$/, "")), `${text} / ${item.label}`);
    }
  });

  it("shows organisations and places, and the per-article counts", () => {
    const snapshot = api.getCorpusSnapshot(3);
    assert.ok(labels(group(snapshot, "Organisations").children).includes("Mehr News"));
    const pekin = group(snapshot, "Places").children.find((p) => p.label === "Pékin");
    assert.ok(pekin, JSON.stringify(labels(group(snapshot, "Places").children)));
    assert.ok(pekin.children.length >= 2);
  });

  it("sorts and filters like the article view", async () => {
    await vscode.commands.executeCommand("whoSaidWhat.sortCorpus", "name");
    const names = labels(people());
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b)));
    await vscode.commands.executeCommand("whoSaidWhat.filterCorpus", "hatami");
    assert.deepEqual(labels(people()), ["Amir Hatami"]);
    await vscode.commands.executeCommand("whoSaidWhat.clearCorpusFilter");
    await vscode.commands.executeCommand("whoSaidWhat.sortCorpus", "articles");
    assert.ok(labels(people()).length > 3);
  });

  it("follows the files: created, changed, renamed, deleted", async () => {
    const file = path.join(tmp, "new.en.txt");
    fs.writeFileSync(file, "Budget talks\n\n“We will not sign this budget,” said Councillor Aimé Zola on Monday.\n");
    await waitPerson("Aimé Zola: created", (p) => p?.description?.startsWith("1 article") === true);
    fs.writeFileSync(file, "Budget talks\n\n“We will sign,” said Councillor Marta Quist on Tuesday.\n");
    await waitPerson("Marta Quist: changed", (p) => p !== undefined);
    assert.equal(person("Aimé Zola"), undefined);
    const renamed = vscode.Uri.file(path.join(tmp, "renamed.en.txt"));
    await vscode.workspace.fs.rename(vscode.Uri.file(file), renamed);
    await waitFor("the renamed file", () => {
      const p = api.getCorpusSnapshot(3);
      const quist = group(p, "People").children.find((n) => n.label === "Marta Quist");
      return quist?.children.length === 1 && quist.children[0].label === "renamed.en.txt";
    }, 20_000);
    fs.rmSync(renamed.fsPath);
    await waitPerson("Marta Quist: deleted", (p) => p === undefined);
  });

  it("Go to Symbol in Workspace finds a person in each article that names them", async () => {
    const symbols = (await vscode.commands.executeCommand("vscode.executeWorkspaceSymbolProvider", "Wei Fenghe")) as vscode.SymbolInformation[];
    const files = new Set(symbols.filter((s) => s.name === "Wei Fenghe").map((s) => path.basename(s.location.uri.fsPath)));
    assert.ok(files.has(FOUNDING_SEED) && files.has(FR_SEED), JSON.stringify([...files]));
    const s = symbols.find((x) => path.basename(x.location.uri.fsPath) === FR_SEED)!;
    const document = await vscode.workspace.openTextDocument(s.location.uri);
    assert.equal(document.getText(s.location.range), "Wei Fenghe");
  });

  it("Find All References on a person lists their mentions in every article", async () => {
    const document = await vscode.workspace.openTextDocument(seedUri(FR_SEED));
    await vscode.window.showTextDocument(document, { preview: false });
    const at = document.positionAt(document.getText().indexOf("Amir Hatami") + 2);
    const locations = (await vscode.commands.executeCommand("vscode.executeReferenceProvider", document.uri, at)) as vscode.Location[];
    const byFile = new Map<string, string[]>();
    for (const l of locations) {
      const d = await vscode.workspace.openTextDocument(l.uri);
      byFile.set(path.basename(l.uri.fsPath), [...(byFile.get(path.basename(l.uri.fsPath)) ?? []), d.getText(l.range)]);
    }
    assert.ok(byFile.get(FR_SEED)?.includes("Amir Hatami"), JSON.stringify([...byFile]));
    assert.deepEqual(byFile.get(FOUNDING_SEED)?.filter((t) => t === "Amir Hatami").length, 3, JSON.stringify([...byFile]));
  });

  it("the hover on a direct quote says which other articles carry it, quoted differently or given to someone else", async () => {
    const document = await vscode.workspace.openTextDocument(seedUri(EN_SEED));
    await vscode.window.showTextDocument(document, { preview: false });
    await waitFor("the English sample's analysis", () => api.getState(document.uri) === "ok");
    const at = document.positionAt(document.getText().indexOf("drive three hours"));
    const hovers = (await vscode.commands.executeCommand("vscode.executeHoverProvider", document.uri, at)) as vscode.Hover[];
    // The Markdown as a reader sees it: no-break spaces and escapes undone.
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n")
      .replace(/&nbsp;/g, " ").replace(/\\(.)/g, "$1");
    assert.match(text, /Also in 2 articles/, text);
    const lines = text.split("\n").filter((l) => l.startsWith("- "));
    const renamed = lines.find((l) => l.includes("renamed-mayor"));
    assert.ok(renamed && renamed.includes("Sarah Okafor") && !/differently|someone else/.test(renamed), text);
    const other = lines.find((l) => l.includes("misattributed"));
    assert.ok(other && other.includes("Paul Girard"), text);
    assert.match(other, /attributed to someone else/);
    assert.match(other, /quoted differently: −country \+province/);
    assert.match(other, /command:whoSaidWhat\.reveal\?/);
  });

  it("keeps its digests in the extension's storage: a new index reuses them all and analyses nothing", async () => {
    await new Promise((r) => setTimeout(r, 1500)); // the cache is written a second after the last change
    const settings = vscode.workspace.getConfiguration("whoSaidWhat");
    // Another exclude list starts a new index (in the user settings: the folder's own stay untouched).
    await settings.update("index.exclude", ["**/node_modules/**", "**/README.md", "**/readme.md", "**/*.json"], vscode.ConfigurationTarget.Global);
    try {
      const status = await waitFor("a new scan", () => {
        const s = api.getIndexStatus();
        return s.state === "ready" && s.reused > 0 && s;
      }, 20_000);
      assert.deepEqual([status.analysed, status.reused], [0, status.indexed], JSON.stringify(status));
    } finally {
      await settings.update("index.exclude", undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it("modifies no file of the folder", () => {
    assert.deepEqual(stamp(seedsDir()), untouched);
  });
});
