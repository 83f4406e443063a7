// @ts-check
// Runs a real VS Code headless on this machine: the VS Code server + web workbench from the npm package
// code-server (installed by scripts/setup-runtime.sh into .cache/vscode-runtime/), driven by Debian's chromium
// through playwright-core. Every server runs in its own process group (detached = setsid) and the whole group
// is stopped at the end, on failure and on Ctrl-C: each page load starts an extension host that would otherwise
// linger.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const RUNTIME_DIR = process.env.WSW_RUNTIME_DIR || path.join(REPO_ROOT, ".cache/vscode-runtime");
export const SERVER_MAIN = path.join(RUNTIME_DIR, "node_modules/code-server/lib/vscode/out/server-main.js");
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
/** Workbench console lines that are only noise when printing an extension-host suite's output. */
export const WORKBENCH_NOISE =
  /^(Resolving|Resolved|Creating a socket|Ignoring fetching|Updating additional|ChatSessionStore|\[Service Worker\]|\[reconnection-grace-time\]|\[AgentHost|\[AccountPolicyGate\]|Creation of workbench contribution)/;

/** Settings that keep a fresh profile quiet and deterministic (no network, no welcome page, no tips). */
export const BASE_SETTINGS = {
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "extensions.ignoreRecommendations": true,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "security.workspace.trust.enabled": false,
  "chat.disableAIFeatures": true,
  "git.enabled": false,
  "npm.autoDetect": "off",
  // The web workbench saves after a second by default: a test that edits a sample and reverts it later would
  // change the sample on disk (seen: share-of-voice's edit of the French sample, on a loaded machine).
  "files.autoSave": "off",
};

/** Whether the headless VS Code and the browser that drives it are installed. */
export function runtimeInstalled() {
  return fs.existsSync(SERVER_MAIN) && fs.existsSync(CHROMIUM);
}

/**
 * Installs the runtime when it is missing (scripts/setup-runtime.sh, idempotent; ~2 min the first time), so that
 * `npm test` works as the first command on a fresh machine. Returns false when the installation failed.
 */
export function ensureRuntime() {
  if (runtimeInstalled()) return true;
  console.log(`The headless VS Code runtime is not installed in ${RUNTIME_DIR}: installing it (scripts/setup-runtime.sh, once).`);
  const r = spawnSync("bash", [path.join(REPO_ROOT, "scripts/setup-runtime.sh")], {
    cwd: REPO_ROOT,
    stdio: "inherit",
    env: { ...process.env, WSW_RUNTIME_DIR: RUNTIME_DIR },
  });
  return r.status === 0 && runtimeInstalled();
}

export function assertRuntimeInstalled() {
  const missing = [];
  if (!fs.existsSync(SERVER_MAIN)) missing.push(`VS Code server (${path.relative(REPO_ROOT, SERVER_MAIN)})`);
  if (!fs.existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  if (missing.length) {
    throw new Error(`missing ${missing.join(" and ")}: run \`npm run setup:runtime\` first`);
  }
}

export function chromiumModule() {
  return require("playwright-core").chromium;
}

/** @param {number} ms */
export const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/** @returns {Promise<number>} a free TCP port on 127.0.0.1 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const addr = s.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/**
 * A fresh run folder: user data (with settings.json), extensions, server data and XDG dirs, so that
 * neither VS Code nor chromium reads or writes the home directory.
 * @param {string} label
 * @param {Record<string, unknown>} [settings] extra user settings
 */
export function makeRunDir(label, settings = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `wsw-${label}-`));
  const run = {
    dir,
    userData: path.join(dir, "user-data"),
    extensions: path.join(dir, "extensions"),
    serverData: path.join(dir, "server-data"),
    xdg: path.join(dir, "xdg"),
    settingsFile: path.join(dir, "user-data/User/settings.json"),
  };
  for (const d of [path.dirname(run.settingsFile), run.extensions, run.serverData, run.xdg]) {
    fs.mkdirSync(d, { recursive: true });
  }
  writeSettings(run, settings);
  return run;
}

/** @param {{settingsFile: string}} run @param {Record<string, unknown>} settings */
export function writeSettings(run, settings) {
  fs.writeFileSync(run.settingsFile, JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2));
}

/** @param {{dir: string}} run */
export function removeRunDir(run) {
  if (process.env.WSW_KEEP_RUN) console.error(`(kept ${run.dir})`);
  else fs.rmSync(run.dir, { recursive: true, force: true });
}

/** @param {{xdg: string}} run */
function xdgEnv(run) {
  return { XDG_CONFIG_HOME: run.xdg, XDG_CACHE_HOME: run.xdg, XDG_DATA_HOME: run.xdg };
}

/** @param {ReturnType<typeof makeRunDir>} run */
function commonArgs(run) {
  return [
    "--accept-server-license-terms", "--telemetry-level", "off",
    "--server-data-dir", run.serverData, "--user-data-dir", run.userData, "--extensions-dir", run.extensions,
  ];
}

/**
 * Installs a .vsix into the run's extensions dir (no server needed; ~1 s).
 * @param {ReturnType<typeof makeRunDir>} run @param {string} vsix
 */
export function installVsix(run, vsix) {
  const r = spawnSync(process.execPath, [SERVER_MAIN, ...commonArgs(run), "--install-extension", path.resolve(vsix)], {
    env: { ...process.env, ...xdgEnv(run), EXTENSIONS_GALLERY: "{}" },
    encoding: "utf8",
    timeout: 60_000,
  });
  if (r.status !== 0) {
    throw new Error(`--install-extension ${vsix} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout.trim();
}

// ---- process groups: every server started here is stopped, whatever happens ----------------------------------

/** @type {Set<number>} */
const liveGroups = new Set();

/** @param {number} pgid whether a non-zombie process of the group is still there (Linux /proc) */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  // kill(0) also succeeds for zombies (not reaped by a container's PID 1): look at /proc instead
  try {
    for (const pid of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      let stat;
      try { stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8"); } catch { continue; }
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid && fields[0] !== "Z") return true;
    }
    return false;
  } catch {
    return true;
  }
}

/** TERM, wait (bounded) for the group to exit, then KILL. @param {number} pgid */
export async function stopGroup(pgid) {
  try { process.kill(-pgid, "SIGTERM"); } catch { /* already gone */ }
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline && groupAlive(pgid)) await delay(50);
  try { process.kill(-pgid, "SIGKILL"); } catch { /* already gone */ }
  liveGroups.delete(pgid);
}

function killAllSync() {
  for (const pgid of liveGroups) {
    try { process.kill(-pgid, "SIGKILL"); } catch { /* gone */ }
  }
  liveGroups.clear();
}
process.on("exit", killAllSync);
for (const sig of /** @type {const} */ (["SIGINT", "SIGTERM", "SIGHUP"])) {
  process.once(sig, () => {
    killAllSync();
    process.exit(sig === "SIGINT" ? 130 : 143);
  });
}

/**
 * Starts the VS Code server on a free port of 127.0.0.1 in its own process group and waits for GET /version.
 * Environment variables in `env` reach the extension host.
 * @param {ReturnType<typeof makeRunDir>} run
 * @param {{ env?: Record<string, string>, args?: string[], port?: number, timeoutMs?: number }} [opts] args: extra server flags ("--locale", "fr")
 */
export async function startServer(run, opts = {}) {
  assertRuntimeInstalled();
  const port = opts.port ?? (await freePort());
  const logFile = path.join(run.dir, "server.log");
  const log = fs.openSync(logFile, "w");
  const child = spawn(process.execPath, [
    SERVER_MAIN, "--host", "127.0.0.1", "--port", String(port), "--without-connection-token",
    ...commonArgs(run), "--enable-smoke-test-driver", "--disable-workspace-trust", ...(opts.args ?? []),
  ], {
    detached: true, // setsid: the server, its extension hosts, pty host and watchers share one process group
    stdio: ["ignore", log, log],
    env: { ...process.env, ...xdgEnv(run), ...opts.env, EXTENSIONS_GALLERY: "{}" },
  });
  fs.closeSync(log);
  const pgid = /** @type {number} */ (child.pid);
  liveGroups.add(pgid);
  const base = `http://127.0.0.1:${port}`;
  const server = {
    port, base, pgid, logFile,
    authority: `127.0.0.1:${port}`,
    /** @type {Promise<number | null>} settles when the server process exits */
    exited: new Promise((resolve) => child.once("exit", (code) => resolve(code))),
    stop: () => stopGroup(pgid),
    /** @param {{ folder?: string, devPath?: string, testsPath?: string }} w */
    workbenchUrl: (w) => workbenchUrl(server, outsideRuntime(run, w)),
  };
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  for (;;) {
    try {
      const res = await fetch(`${base}/version`);
      if (res.ok) return server;
    } catch { /* not listening yet */ }
    if (child.exitCode !== null || Date.now() > deadline) {
      await server.stop();
      const why = child.exitCode !== null ? `exited with ${child.exitCode}` : "did not answer GET /version in time";
      throw new Error(`VS Code server ${why}:\n${fs.readFileSync(logFile, "utf8")}`);
    }
    await delay(100);
  }
}

/** @param {string} p the path with symlinks resolved (the path itself if it does not exist) */
function realPath(p) {
  try { return fs.realpathSync(path.resolve(p)); } catch { return path.resolve(p); }
}

/** @param {string} parent @param {string} child whether child is parent or lies inside it */
function isEqualOrInside(parent, child) {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/**
 * The extension under development as the workbench must see it. The workbench's theme service takes every
 * colour theme whose file lies inside the extensionDevelopmentPath for a theme "provided by the extension under
 * development" and applies the first one of the current light/dark type instead of `workbench.colorTheme`
 * (WorkbenchThemeService.initialize -> findThemeByExtensionLocation, a resources.isEqualOrParent test). With the
 * runtime in <repo>/.cache/vscode-runtime, all built-in themes lie inside the repo, so a dev run always got
 * "Default Light+" whatever the settings said. When the runtime is inside the development folder, the folder is
 * reached through a symlink in the run dir instead (the extension's files are the same; tests paths inside it
 * go through the same link).
 * @param {{dir: string}} run @param {{ folder?: string, devPath?: string, testsPath?: string }} w
 */
function outsideRuntime(run, w) {
  if (!w.devPath) return w;
  const dev = realPath(w.devPath);
  if (!isEqualOrInside(dev, realPath(RUNTIME_DIR))) return w;
  const link = path.join(run.dir, `dev-${path.basename(dev)}`);
  if (!fs.existsSync(link)) fs.symlinkSync(dev, link, "dir");
  const testsPath = w.testsPath && isEqualOrInside(dev, realPath(w.testsPath))
    ? path.join(link, path.relative(dev, realPath(w.testsPath)))
    : w.testsPath;
  return { ...w, devPath: link, testsPath };
}

/**
 * The workbench URL; the extension under development and the tests module travel in the URL's payload.
 * @param {{ base: string, authority: string }} server
 * @param {{ folder?: string, devPath?: string, testsPath?: string }} w
 */
export function workbenchUrl(server, { folder, devPath, testsPath, openFile }) {
  const payload = [];
  if (openFile) payload.push(["openFile", `vscode-remote://${server.authority}${path.resolve(openFile)}`]);
  if (devPath) payload.push(["extensionDevelopmentPath", `vscode-remote://${server.authority}${path.resolve(devPath)}`]);
  if (testsPath) payload.push(["extensionTestsPath", `vscode-remote://${server.authority}${path.resolve(testsPath)}`]);
  const params = [folder ? `folder=${encodeURIComponent(path.resolve(folder))}` : "ew=true"];
  if (payload.length) params.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.base}/?${params.join("&")}`;
}

/** Launches headless Debian chromium (kept out of $HOME). @param {{xdg: string}} run */
export async function launchBrowser(run) {
  return chromiumModule().launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, ...xdgEnv(run) },
  });
}

/**
 * Runs `fn` with a started server; the server's process group is stopped afterwards, whatever happens.
 * @template T
 * @param {ReturnType<typeof makeRunDir>} run
 * @param {Parameters<typeof startServer>[1]} opts
 * @param {(server: Awaited<ReturnType<typeof startServer>>) => Promise<T>} fn
 */
export async function withServer(run, opts, fn) {
  const server = await startServer(run, opts);
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}
