// @ts-check
// The extension in French, in a real workbench started with `--locale fr` (no language pack: VS Code's own strings
// stay English, the extension's package.nls.fr.json and l10n/bundle.l10n.fr.json must show), and the new gestures
// seen on screen: the share-of-voice panel, the export formats, the Getting Started walkthrough.
// Screenshots: fr-tree.png, fr-share-of-voice.png, fr-export.png, fr-walkthrough.png.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT, delay, ensureRuntime, launchBrowser, makeRunDir, removeRunDir, startServer } from "../harness/vscode.mjs";

const SEEDS = path.join(REPO_ROOT, "seeds");
const ARTICLE = "chine-iran-defense.fr.txt";
const SCREENSHOTS = path.resolve(process.env.WSW_SCREENSHOTS || path.join(REPO_ROOT, "test-results/screenshots"));
const SETTINGS = { "editor.wordWrap": "on", "editor.minimap.enabled": false, "workbench.reduceMotion": "on", "workbench.colorTheme": "Default Light Modern", "whoSaidWhat.problems.enabled": true };

/**
 * The web workbench runs in French only when the server finds a French language pack: --locale fr alone gives an
 * English nls.messages.js, whose language ("en") the extension host reports as vscode.env.language. No marketplace
 * here: an empty pack (languagepacks.json in the data dirs, pointing to a translation file with no contents) makes
 * the server generate nls.messages.js for "fr" with VS Code's English strings, so every French string on screen
 * comes from the extension (package.nls.fr.json, l10n/bundle.l10n.fr.json).
 * @param {{ dir: string, userData: string, serverData: string }} run
 */
function emptyFrenchPack(run) {
  const translations = path.join(run.dir, "empty-pack-fr.i18n.json");
  fs.writeFileSync(translations, JSON.stringify({ version: "1.0.0", contents: {} }));
  const packs = { fr: { hash: "wsw-empty-fr", label: "français", extensions: [{ extensionIdentifier: { id: "wsw-test.empty-language-pack-fr" }, version: "0.0.1" }], translations: { vscode: translations } } };
  for (const d of [run.userData, run.serverData]) fs.writeFileSync(path.join(d, "languagepacks.json"), JSON.stringify(packs));
}

describe("workbench UI in French (--locale fr)", function () {
  this.timeout(120_000);
  /** @type {import("playwright-core").Browser | undefined} */ let browser;
  /** @type {import("playwright-core").Page} */ let page;
  /** @type {{ run: ReturnType<typeof makeRunDir>, stop: () => Promise<void> } | undefined} */ let started;

  /** @param {string} name */
  async function shot(name) {
    const file = path.join(SCREENSHOTS, name);
    await page.screenshot({ path: file, animations: "disabled" });
    console.log(`      screenshot: ${path.relative(REPO_ROOT, file)}`);
  }

  /** Runs a command through the Command Palette by (part of) its title. @param {string} title */
  async function palette(title) {
    await page.locator(".monaco-workbench").press("F1");
    const input = page.locator(".quick-input-widget input");
    await input.waitFor({ timeout: 15_000 });
    await input.fill(`>${title}`);
    await page.locator(".quick-input-widget .monaco-list-row", { hasText: title }).first().waitFor({ timeout: 15_000 });
    await input.press("Enter");
  }

  before(async function () {
    this.timeout(300_000);
    assert.ok(ensureRuntime(), "the VS Code runtime could not be installed (scripts/setup-runtime.sh)");
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const run = makeRunDir("ui-fr", SETTINGS);
    emptyFrenchPack(run);
    const server = await startServer(run, { args: ["--locale", "fr"] });
    started = { run, stop: () => server.stop() };
    browser = await launchBrowser(run);
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: "fr-FR" });
    page = await context.newPage();
    if (process.env.VERBOSE) page.on("console", (m) => console.log(`      [${m.type()}] ${m.text().slice(0, 400)}`));
    await page.goto(server.workbenchUrl({ folder: SEEDS, devPath: process.env.WSW_EXTENSION_PATH || REPO_ROOT, openFile: path.join(SEEDS, ARTICLE) }));
    await page.locator(".monaco-workbench .part.activitybar").waitFor({ timeout: 60_000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === "failed" && page) await shot(`fr-failure-${this.currentTest.title.replace(/\W+/g, "-")}.png`).catch(() => {});
  });

  after(async function () {
    this.timeout(30_000);
    await browser?.close().catch(() => {});
    if (started) { await started.stop(); removeRunDir(started.run); }
  });

  it("shows the tree's groups in French", async () => {
    await page.locator(".editor-instance .monaco-editor .view-line", { hasText: "Amir Hatami" }).first().waitFor({ timeout: 30_000 });
    await page.locator('.activitybar a.action-label[aria-label^="Who Said What"]').first().click();
    await page.mouse.move(900, 700); // no tooltip of the activity bar over the tree in the screenshots
    const rows = page.locator(".part.sidebar .monaco-list-row");
    await rows.filter({ hasText: "Personnes" }).first().waitFor({ timeout: 30_000 });
    const labels = await rows.allInnerTexts();
    for (const group of ["Personnes", "Organisations", "Lieux", "Déclarations"]) {
      assert.ok(labels.some((l) => l.includes(group)), `${group} in ${JSON.stringify(labels)}`);
    }
    await shot("fr-tree.png");
  });

  it("opens the share-of-voice panel from its French command title", async () => {
    await palette("Afficher le partage de la parole");
    const tab = page.locator(".tabs-container .tab", { hasText: "Partage de la parole" }).first();
    await tab.waitFor({ timeout: 15_000 });
    const frame = page.frameLocator("iframe.webview").frameLocator("iframe");
    await frame.locator("h2", { hasText: "Par locuteur" }).waitFor({ timeout: 15_000 });
    assert.ok(await frame.locator("text=Par genre indiqué").count());
    await delay(300);
    await shot("fr-share-of-voice.png");
  });

  it("offers the export formats in French", async () => {
    await page.locator(".tabs-container .tab", { hasText: ARTICLE }).first().click();
    await palette("Exporter l’analyse");
    const list = page.locator(".quick-input-widget .monaco-list-row");
    await list.filter({ hasText: "Une ligne par déclaration" }).first().waitFor({ timeout: 15_000 });
    assert.equal(await list.count(), 4);
    await shot("fr-export.png");
    await page.keyboard.press("Escape");
  });

  it("lists the walkthrough in French", async () => {
    await page.locator(".monaco-workbench").press("F1");
    const input = page.locator(".quick-input-widget input");
    await input.fill(">Open Walkthrough");
    await page.locator(".quick-input-widget .monaco-list-row").first().waitFor({ timeout: 15_000 });
    await input.press("Enter");
    const ours = page.locator(".quick-input-widget .monaco-list-row", { hasText: "Premiers pas avec Who Said What" }).first();
    await ours.waitFor({ timeout: 15_000 });
    await ours.click();
    await page.locator(".gettingStartedContainer", { hasText: "Ouvrir un article" }).first().waitFor({ timeout: 15_000 });
    await delay(800);
    await shot("fr-walkthrough.png");
  });

  it("opens the sample article from the walkthrough, and lists an unclosed quote mark in the Problems panel", async () => {
    await page.locator(".gettingStartedContainer").getByText("Ouvrir l’article d’exemple", { exact: true }).first().click();
    const editor = page.locator(".editor-instance .monaco-editor").filter({ has: page.locator(".view-line", { hasText: "Wei Fenghe" }) }).first();
    await editor.waitFor({ timeout: 15_000 });
    await page.locator(".tabs-container .tab.active", { hasText: "Alors que l’offensive" }).waitFor({ timeout: 10_000 });
    await editor.locator(".view-lines").click();
    await page.keyboard.press("Control+End");
    // The opening mark is typed last, before a letter: the article language auto-closes « with » before a space or
    // at the end of a line (language-configuration.json), which would close the quote this test needs unclosed.
    await page.keyboard.type("\nUne citation jamais fermée.");
    await page.keyboard.press("Home");
    await page.keyboard.type("« ");
    // The view follows: the sample's organisations (no "AFP") replace those of the French seed ("AFP"), and its
    // people those of the seed.
    await page.locator(".part.sidebar .monaco-list-row .label-name", { hasText: /^\s*AFP\s*$/ }).first().waitFor({ state: "detached", timeout: 10_000 });
    await page.locator(".part.sidebar .monaco-list-row .label-name", { hasText: /^\s*Wei Fenghe\s*$/ }).first().waitFor({ timeout: 10_000 });
    await page.locator(".monaco-workbench").press("Control+Shift+M");
    const marker = page.locator(".markers-panel .monaco-list-row", { hasText: "Le guillemet « n’est jamais fermé." }).first();
    await marker.waitFor({ timeout: 15_000 });
    await shot("fr-problems.png");
  });
});
