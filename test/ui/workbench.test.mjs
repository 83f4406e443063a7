// @ts-check
// UI test of the extension in a real VS Code workbench (VS Code server + headless chromium, see test/harness/).
// Runs twice: with the extension loaded from the repo (extensionDevelopmentPath), and installed from the
// packaged who-said-what.vsix, so that a broken package fails too.
//
// usage: npm run test:ui      env: WSW_UI_MODES=dev,vsix (default both), WSW_VSIX=<prebuilt .vsix>,
//        WSW_EXTENSION_PATH=<extension folder> (default: repo root), WSW_SCREENSHOTS=<dir>
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {
  REPO_ROOT, delay, ensureRuntime, installVsix, launchBrowser, makeRunDir, removeRunDir, startServer,
} from "../harness/vscode.mjs";

const SEEDS = path.join(REPO_ROOT, "seeds");
const ARTICLE = "chine-iran-defense.fr.txt";
const PERSON = "Amir Hatami";
/** A word inside the direct quote « Pékin est prêt à travailler avec Téhéran ... », a déclaré M. Wei */
const QUOTE_WORD = "travailler";
const QUOTE_SPEAKER = /\bWei\b/;
const VIEW_CONTAINER_TITLE = "Who Said What";
const SCREENSHOTS = path.resolve(process.env.WSW_SCREENSHOTS || path.join(REPO_ROOT, "test-results/screenshots"));
const MODES = (process.env.WSW_UI_MODES || "dev,vsix").split(",").map((m) => m.trim()).filter(Boolean);
// Each theme with the workbench's CSS class for its type and the file that defines it (the workbench also gets
// a class from the theme's file, `vscode-theme-defaults-themes-<file>-json`): the type alone would not tell
// "Default Light Modern" from another light theme applied by mistake (e.g. "Default Light+", see
// outsideRuntime in test/harness/vscode.mjs).
const LIGHT = { name: "Default Light Modern", type: "vs", file: "light_modern" };
const DARK = { name: "Default Dark Modern", type: "vs-dark", file: "dark_modern" };
// reduceMotion: no fade-in, so a screenshot taken once the hover text is there shows it fully drawn
const SETTINGS = { "editor.wordWrap": "on", "editor.minimap.enabled": false, "workbench.reduceMotion": "on" };

/** Where "Amir Hatami" first occurs in the article, as VS Code's status bar counts it (1-based). */
function firstOccurrence() {
  const text = fs.readFileSync(path.join(SEEDS, ARTICLE), "utf8").replace(/^\uFEFF/, "");
  const index = text.indexOf(PERSON);
  assert.ok(index >= 0, `${PERSON} not in ${ARTICLE}`);
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  const col = index - (before.lastIndexOf("\n") + 1) + 1;
  return { line, col, length: PERSON.length };
}

/** The extension packaged as a .vsix: $WSW_VSIX, or `npm run package` -> who-said-what.vsix. */
function packagedVsix() {
  if (process.env.WSW_VSIX) return path.resolve(process.env.WSW_VSIX);
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8"));
  assert.ok(pkg.scripts?.package, "package.json has no `package` script to build who-said-what.vsix");
  const vsix = path.join(REPO_ROOT, "who-said-what.vsix");
  fs.rmSync(vsix, { force: true });
  execFileSync("npm", ["run", "--silent", "package"], { cwd: REPO_ROOT, stdio: ["ignore", "ignore", "inherit"] });
  assert.ok(fs.existsSync(vsix), "`npm run package` did not produce who-said-what.vsix");
  return vsix;
}

/**
 * Polls `read` until `accept` holds or the deadline passes; returns the last value read.
 * @template T @param {() => Promise<T>} read @param {(v: T) => boolean} accept @param {number} timeoutMs
 */
async function pollFor(read, accept, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await delay(100);
    value = await read();
  }
  return value;
}

for (const mode of MODES) {
  describe(`workbench UI (extension ${mode === "vsix" ? "installed from the .vsix" : "loaded from the repo"})`, function () {
    this.timeout(60_000);
    /** @type {{ run: ReturnType<typeof makeRunDir>, stop: () => Promise<void> }[]} */
    const started = [];
    /** @type {import("playwright-core").Browser | undefined} */ let browser;
    /** @type {import("playwright-core").Page} */ let page;
    /** @type {string | undefined} */ let vsix;

    /**
     * A fresh VS Code (own user-data dir whose settings.json sets the colour theme, own server) and a page on
     * its workbench with seeds/ open. The web workbench reads settings.json on its first load only, so each
     * theme gets its own user-data dir rather than an edit of the file.
     * @param {{ name: string, type: "vs" | "vs-dark", file: string }} theme
     */
    async function openWorkbench(theme) {
      const run = makeRunDir(`ui-${mode}`, { ...SETTINGS, "workbench.colorTheme": theme.name });
      if (vsix) installVsix(run, vsix);
      const server = await startServer(run);
      started.push({ run, stop: () => server.stop() });
      browser ??= await launchBrowser(run);
      await page?.context().close();
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      page = await context.newPage();
      const devPath = mode === "dev" ? process.env.WSW_EXTENSION_PATH || REPO_ROOT : undefined;
      await page.goto(server.workbenchUrl({ folder: SEEDS, devPath }));
      const workbench = `.monaco-workbench.${theme.type}[class~="vscode-theme-defaults-themes-${theme.file}-json"]`;
      await page.locator(`${workbench} .part.activitybar`).waitFor({ timeout: 60_000 }).catch(async (e) => {
        const classes = await page.locator(".monaco-workbench").first().getAttribute("class").catch(() => null);
        throw new Error(`the workbench did not apply "${theme.name}" (workbench classes: ${classes})`, { cause: e });
      });
    }

    before(async function () {
      this.timeout(480_000);
      assert.ok(ensureRuntime(), "the VS Code runtime could not be installed (scripts/setup-runtime.sh)");
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      if (mode === "vsix") vsix = packagedVsix();
      await openWorkbench(LIGHT);
    });

    afterEach(async function () {
      if (this.currentTest?.state === "failed" && page) {
        const file = path.join(SCREENSHOTS, `${mode}-failure-${this.currentTest.title.replace(/\W+/g, "-")}.png`);
        await page.screenshot({ path: file }).catch(() => {});
        console.log(`      failure screenshot: ${path.relative(REPO_ROOT, file)}`);
      }
    });

    after(async function () {
      this.timeout(30_000);
      await browser?.close().catch(() => {});
      for (const { run, stop } of started) {
        await stop();
        removeRunDir(run);
      }
    });

    it(`opens ${ARTICLE} from the Explorer`, async () => {
      const row = page.locator(".explorer-folders-view .monaco-list-row", { hasText: ARTICLE }).first();
      await row.waitFor({ timeout: 30_000 });
      await row.click();
      await page.locator(".editor-instance .monaco-editor .view-line", { hasText: PERSON }).first().waitFor({ timeout: 30_000 });
    });

    it(`shows the "${VIEW_CONTAINER_TITLE}" view container with the person "${PERSON}"`, async () => {
      const entry = page.locator(`.activitybar a.action-label[aria-label^="${VIEW_CONTAINER_TITLE}"]`).first();
      await entry.waitFor({ timeout: 30_000 });
      await entry.click();
      const tree = page.locator(".part.sidebar .monaco-list-row");
      const person = personRow();
      const people = tree.filter({ has: page.locator(".label-name", { hasText: /^\s*People\s*$/ }) }).first();
      await person.or(people).first().waitFor({ timeout: 30_000 });
      if (!(await person.isVisible()) && (await people.getAttribute("aria-expanded")) === "false") await people.click();
      await person.waitFor({ timeout: 15_000 });
    });

    it(`clicking "${PERSON}" puts the cursor on its first occurrence and keeps the focus in the tree`, async () => {
      const want = firstOccurrence();
      await personRow().click();
      const status = page.locator("#status\\.editor\\.selection");
      /** @param {string} text */
      const onFirstOccurrence = (text) => {
        const m = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
        // a cursor at the name's start, nothing selected (a keystroke would replace a selection)
        return m !== null && Number(m[1]) === want.line && Number(m[2]) === want.col && m[3] === undefined;
      };
      let text = await pollFor(() => status.innerText({ timeout: 500 }).catch(() => ""), onFirstOccurrence, 7_000);
      // A click that lands while the tree redraws runs a command VS Code has just dropped ("Actual command not
      // found": its tree-item command delegates are renewed on each redraw). The view no longer redraws the same
      // analysis, but a fresh analysis still redraws it; a user clicks again; so does the test, long after the
      // double-click window, so the focus assertion below still holds.
      if (!onFirstOccurrence(text)) {
        await personRow().click();
        text = await pollFor(() => status.innerText({ timeout: 500 }).catch(() => ""), onFirstOccurrence, 10_000);
      }
      assert.ok(onFirstOccurrence(text), `status bar says "${text}", expected Ln ${want.line}, Col ${want.col} and nothing selected`);
      const inSidebar = () => page.evaluate(() => document.activeElement?.closest(".part.sidebar") !== null);
      assert.ok(await inSidebar(), "the focus stayed in the tree");
      // Keys meant for the tree stay in the tree: the article is not modified.
      await page.keyboard.press("ArrowDown");
      await page.keyboard.type("x");
      await delay(300);
      assert.equal(await page.locator(".tabs-container .tab.dirty").count(), 0, "no editor became dirty");
      assert.ok(await inSidebar());
      await page.keyboard.press("Escape");
      // A double click moves the focus to the editor, as in the Explorer.
      await personRow().dblclick();
      const inEditor = () => page.evaluate(() => document.activeElement?.closest(".editor-instance .monaco-editor") != null);
      assert.ok(await pollFor(inEditor, (v) => v, 5_000), "the focus moved to the editor after a double click");
    });

    it("shows the context menu of a person", async () => {
      await personRow().click({ button: "right" });
      const menu = page.locator(".context-view .monaco-menu");
      await menu.waitFor({ timeout: 10_000 });
      const items = await menu.locator(".action-label").allInnerTexts();
      for (const label of ["Show All Mentions", "Copy Name", "Copy All Statements (with File and Line)"]) {
        assert.ok(items.some((t) => t.includes(label)), `"${label}" in ${JSON.stringify(items)}`);
      }
      const file = path.join(SCREENSHOTS, `${mode}-context-menu.png`);
      await page.screenshot({ path: file, animations: "disabled" });
      console.log(`      screenshot: ${path.relative(REPO_ROOT, file)}`);
      // Show All Mentions: the references peek lists the name mentions and the bound "il".
      await menu.locator(".action-label", { hasText: "Show All Mentions" }).click();
      const peek = page.locator(".monaco-editor .zone-widget .peekview-title");
      await peek.waitFor({ timeout: 15_000 });
      const title = await pollFor(() => peek.innerText({ timeout: 500 }).catch(() => ""), (t) => /\(3\)/.test(t), 10_000);
      assert.match(title, /\(3\)/, "two name mentions and the bound 'il'");
      const peekFile = path.join(SCREENSHOTS, `${mode}-mentions-peek.png`);
      await page.screenshot({ path: peekFile, animations: "disabled" });
      console.log(`      screenshot: ${path.relative(REPO_ROOT, peekFile)}`);
      await page.keyboard.press("Escape");
    });

    /** The tree row of the person, labelled with the canonical name. */
    function personRow() {
      return page.locator(".part.sidebar .monaco-list-row")
        .filter({ has: page.locator(".label-name", { hasText: new RegExp(`^\\s*${PERSON}\\s*$`) }) }).first();
    }

    /** Opens a workspace file through Quick Open (Ctrl+P) and waits for its text. @param {string} name */
    async function quickOpen(name) {
      const input = page.locator(".quick-input-widget input");
      await page.locator(".monaco-workbench").press("Control+p");
      await input.waitFor({ timeout: 15_000 });
      await input.fill(name);
      await page.locator(".quick-input-widget .monaco-list-row", { hasText: name }).first().waitFor({ timeout: 15_000 });
      await input.press("Enter");
      await page.locator(".editor-instance .monaco-editor .view-line", { hasText: PERSON }).first().waitFor({ timeout: 30_000 });
    }

    /** Hovers the quote word and returns the hover widget's text ("" if none appeared). */
    async function hoverQuote() {
      const deadline = Date.now() + 20_000;
      const hover = page.locator(".monaco-editor .monaco-hover:not(.hidden)").first();
      while (Date.now() < deadline) {
        const box = await page.evaluate((word) => {
          const lines = document.querySelector(".editor-instance .monaco-editor .view-lines");
          if (!lines) return null;
          const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const i = node.textContent?.indexOf(word) ?? -1;
            if (i < 0) continue;
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + word.length);
            const r = range.getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
          }
          return null;
        }, QUOTE_WORD);
        if (box) {
          await page.mouse.move(box.x, box.y - 60);
          await page.mouse.move(box.x, box.y, { steps: 5 });
          const text = await pollFor(() => hover.innerText({ timeout: 500 }).catch(() => ""), (t) => QUOTE_SPEAKER.test(t), 3_000);
          if (QUOTE_SPEAKER.test(text)) return text;
        }
        await delay(200);
      }
      return await hover.innerText({ timeout: 500 }).catch(() => "");
    }

    it("hovering a direct quote shows its speaker", async () => {
      const text = await hoverQuote();
      assert.match(text, QUOTE_SPEAKER, `hover over "${QUOTE_WORD}" (a quote of M. Wei) shows "${text}"`);
      const file = path.join(SCREENSHOTS, `${mode}-light.png`);
      await page.screenshot({ path: file, animations: "disabled" });
      console.log(`      screenshot: ${path.relative(REPO_ROOT, file)}`);
    });

    it("renders in the dark theme too", async function () {
      this.timeout(120_000);
      await openWorkbench(DARK);
      await quickOpen(ARTICLE);
      await page.locator(`.activitybar a.action-label[aria-label^="${VIEW_CONTAINER_TITLE}"]`).first().click();
      await personRow().waitFor({ timeout: 30_000 });
      const text = await hoverQuote();
      assert.match(text, QUOTE_SPEAKER);
      const file = path.join(SCREENSHOTS, `${mode}-dark.png`);
      await page.screenshot({ path: file, animations: "disabled" });
      console.log(`      screenshot: ${path.relative(REPO_ROOT, file)}`);
    });
  });
}
