// @ts-check
// `npm run demo` without a desktop VS Code: the headless VS Code server with the extension loaded from this
// repo and seeds/ open. Prints the URL to open in a browser and stays in the foreground until Ctrl-C (the whole
// server process group is stopped then). With --screenshot <file> (or DEMO_SCREENSHOT=<file>) it drives
// chromium instead: opens the founding article, shows the sidebar, selects "Wei Fenghe", saves a screenshot, exits.
// With DEMO_VIEW=folder it shows the Folder view instead: "Wei Fenghe" expanded, then his first article; with
// DEMO_VIEW=echo, the hover of a quote another article of the folder carries differently (see echoFolder); with
// DEMO_VIEW=share, the share of voice across the folder (seeds/ plus invented dated articles, see shareFolder).
// env: DEMO_PORT (default: a free port), DEMO_THEME (default "Default Light Modern"), DEMO_VIEW (article | folder | echo | share)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT, launchBrowser, makeRunDir, removeRunDir, startServer } from "./vscode.mjs";

const i = process.argv.indexOf("--screenshot");
const screenshot = i >= 0 ? process.argv[i + 1] || "test-results/demo.png" : process.env.DEMO_SCREENSHOT;
/** The first sample the demo shows: the founding article the product was specified on. */
const FOUNDING = "000_f28c37849755220d.txt";
const echo = process.env.DEMO_VIEW === "echo";
/**
 * With DEMO_VIEW=echo, a copy of seeds/ in a temporary folder plus a variant of the founding article that quotes
 * Wei Fenghe's first words with one word changed and gives them to someone else: the hover on that quote in the
 * founding article then says "Also in 1 article", quoted differently, attributed to someone else.
 */
const share = process.env.DEMO_VIEW === "share";
const seeds = echo ? echoFolder() : share ? shareFolder() : path.join(REPO_ROOT, "seeds");
const run = makeRunDir("demo", {
  "workbench.colorTheme": process.env.DEMO_THEME || "Default Light Modern",
  "editor.wordWrap": "on",
  "workbench.reduceMotion": "on",
});
const server = await startServer(run, { port: process.env.DEMO_PORT ? Number(process.env.DEMO_PORT) : undefined });
const url = server.workbenchUrl({ folder: seeds, devPath: REPO_ROOT, openFile: path.join(seeds, FOUNDING) });
const finish = async (/** @type {number} */ code) => {
  await server.stop();
  removeRunDir(run);
  if (echo || share) fs.rmSync(seeds, { recursive: true, force: true });
  process.exit(code);
};

/**
 * A pane of the sidebar by its title ("Article", "Folder").
 * @param {import("playwright-core").Page} page
 * @param {string} title
 */
function sidebarPane(page, title) {
  return page.locator(".part.sidebar .pane")
    .filter({ has: page.locator(".pane-header h3.title", { hasText: new RegExp(`^\\s*${title}\\s*$`, "i") }) }).first();
}

/**
 * The Folder view: opened, the Article pane collapsed, "Wei Fenghe" expanded, then his first article.
 * @param {import("playwright-core").Page} page
 */
async function showFolderView(page) {
  const pane = (/** @type {string} */ title) => sidebarPane(page, title);
  await pane("Article").locator(".pane-header h3.title").click({ timeout: 15_000 });
  // A wider sidebar, so that the counts beside the names show whole.
  const sash = await page.locator(".part.sidebar").boundingBox();
  if (sash) {
    await page.mouse.move(sash.x + sash.width - 1, sash.y + 300);
    await page.mouse.down();
    await page.mouse.move(sash.x + sash.width + 240, sash.y + 300, { steps: 5 });
    await page.mouse.up();
  }
  const folder = pane("Folder");
  // The Folder view starts collapsed (the article view keeps the room): open it.
  if ((await folder.locator(".pane-header").getAttribute("aria-expanded")) !== "true") await folder.locator(".pane-header h3.title").click();
  const row = (/** @type {RegExp} */ label) => folder.locator(".monaco-list-row").filter({ has: page.locator(".label-name", { hasText: label }) }).first();
  await row(/^\s*Wei Fenghe\s*$/).click({ timeout: 30_000 });
  await row(/^\s*000_f28c37849755220d\.txt\s*$/).locator(".monaco-tl-twistie").click({ timeout: 15_000 });
  await page.waitForTimeout(500);
}

function echoFolder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wsw-demo-echo-"));
  for (const f of fs.readdirSync(path.join(REPO_ROOT, "seeds"))) fs.copyFileSync(path.join(REPO_ROOT, "seeds", f), path.join(dir, f));
  const founding = fs.readFileSync(path.join(dir, FOUNDING), "utf8");
  fs.writeFileSync(path.join(dir, "variante.fr.txt"), founding.replace("approfondir la coopération", "renforcer la coopération").replaceAll("Wei Fenghe", "Li Shangfu"));
  return dir;
}

/**
 * A copy of seeds/ plus invented articles dated over a few months (front matter or dateline), so that the chart
 * has a series over time: a councillor, a treasurer and a union quoted in turn.
 */
function shareFolder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wsw-demo-share-"));
  for (const f of fs.readdirSync(path.join(REPO_ROOT, "seeds"))) fs.copyFileSync(path.join(REPO_ROOT, "seeds", f), path.join(dir, f));
  const months = ["January", "February", "March", "April", "May", "June"];
  months.forEach((month, i) => {
    const lines = [`TORONTO, ${month} ${3 + i * 4}, 2025 — Council met on the library budget.`, ""];
    lines.push(`“The branches stay open${i % 2 ? " on Sundays" : ""},” said Councillor Maria Vasquez.`);
    for (let k = 0; k <= i % 3; k++) lines.push(`“We found the money for ${k + 1} more librarians this year,” said Tomas Berg, the city treasurer.`);
    if (i > 2) lines.push("“Nobody asked the staff what they think of the new hours,” said a union representative.");
    if (i === 4) lines.push("“Reading is up by a third,” the Toronto Public Library said in a statement.");
    fs.writeFileSync(path.join(dir, `library-${i + 1}.en.txt`), lines.join("\n\n") + "\n");
  });
  return dir;
}

/**
 * The share of voice across the folder, from the Folder view's title button, once the folder is indexed.
 * @param {import("playwright-core").Page} page
 */
async function showShare(page) {
  const pane = (/** @type {string} */ title) => sidebarPane(page, title);
  await pane("Article").locator(".pane-header h3.title").click({ timeout: 15_000 });
  const folder = pane("Folder");
  if ((await folder.locator(".pane-header").getAttribute("aria-expanded")) !== "true") await folder.locator(".pane-header h3.title").click();
  await folder.locator(".monaco-list-row").first().waitFor({ timeout: 30_000 });
  await folder.locator(".pane-header").hover();
  await folder.locator('.pane-header .actions a.action-label[aria-label^="Share of Voice across the Folder"]').click({ timeout: 15_000 });
  // Away from the button, so that its tooltip does not cover the panel.
  await page.mouse.move(800, 900);
  // The webview's content lives in nested iframes: wait for its heading.
  const frame = page.frameLocator("iframe.webview").frameLocator("iframe#active-frame");
  await frame.locator("h1", { hasText: /Share of voice across the folder/ }).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
}

/**
 * The hover on the founding article's first direct quote, once the folder is indexed.
 * @param {import("playwright-core").Page} page
 */
async function showEcho(page) {
  await page.waitForTimeout(6000);
  const line = page.locator(".editor-instance .monaco-editor .view-line", { hasText: "approfondir la coopération" }).first();
  const box = await line.boundingBox();
  if (box) await page.mouse.move(box.x + 200, box.y + box.height / 2, { steps: 4 });
  await page.locator(".monaco-hover", { hasText: /Also\sin/ }).first().waitFor({ timeout: 15_000 }).catch(() => console.error("no hover with 'Also in'"));
  await page.waitForTimeout(300);
}

if (!screenshot) {
  console.log(`\nVS Code (${path.relative(process.cwd(), seeds) || "."} open, Who Said What loaded from this folder):\n\n  ${url}\n`);
  console.log("Open that address in a browser on this machine. Ctrl-C stops the server.");
  process.removeAllListeners("SIGINT");
  process.once("SIGINT", () => { console.log("\nstopping VS Code server"); void finish(0); });
  const code = await server.exited;
  console.error(`VS Code server exited (${code}); log: ${server.logFile}`);
  await finish(1);
} else {
  const file = path.resolve(screenshot);
  let code = 1;
  const browser = await launchBrowser(run);
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(url);
    await page.locator(".editor-instance .monaco-editor .view-line", { hasText: "Wei Fenghe" }).first().waitFor({ timeout: 60_000 });
    await page.locator('.activitybar a.action-label[aria-label^="Who Said What"]').first().click({ timeout: 30_000 });
    const person = page.locator(".part.sidebar .monaco-list-row")
      .filter({ has: page.locator(".label-name", { hasText: /^\s*Wei Fenghe\s*$/ }) }).first();
    await person.click({ timeout: 30_000 });
    await page.locator("#status\\.editor\\.selection", { hasText: /selected/ }).waitFor({ timeout: 15_000 }).catch(() => {});
    if (process.env.DEMO_VIEW === "folder") await showFolderView(page);
    if (echo) await showEcho(page);
    if (share) await showShare(page);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, animations: "disabled" });
    console.log(`screenshot: ${path.relative(process.cwd(), file)}`);
    code = 0;
  } catch (err) {
    console.error(`demo screenshot failed: ${err instanceof Error ? err.message : err}`);
  } finally {
    await browser.close();
  }
  await finish(code);
}
