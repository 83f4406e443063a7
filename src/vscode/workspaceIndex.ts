// The workspace index: every article of the open folder(s), analysed in the background on a pool of worker
// threads, cached by content hash in the extension's workspace storage, kept up to date by a file-system watcher.
// It reads files and never writes one of the workspace's; it runs nothing from the workspace.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import { buildCorpus, type Corpus } from "../corpus/merge";
import { DIGEST_VERSION, type ArticleDigest } from "../corpus/digest";
import { QuoteIndex } from "../corpus/echoes";
import { folderTotals } from "../corpus/share";
import { corpusShare, type CorpusShare } from "../engine";
import { answer } from "./analysisJob";
import { engineOptions } from "./analysisService";
import type { ConfigStore, WswConfig } from "./config";
import { Indexer, type IndexSource } from "./indexer";
import { WorkerPool } from "./workerPool";

/** "off": disabled in the settings or no folder open; "idle": not started; "cancelled": stopped by the reader. */
export type IndexState = "off" | "idle" | "indexing" | "ready" | "cancelled";

export interface IndexStatus {
  state: IndexState;
  /** Files found (the last scan), files analysed or reused, files skipped (too large, unreadable). */
  files: number;
  indexed: number;
  skipped: number;
  /** Files done in the scan under way. */
  done: number;
  /** The last full scan: files analysed, files whose digest was reused (same content, or the cache of the last session). */
  analysed: number;
  reused: number;
}

const CACHE_FILE = "article-index.json";
/** A scan shorter than this shows no notification. */
const PROGRESS_DELAY_MS = 1000;
const START_DELAY_MS = 1500;

export class WorkspaceIndex implements vscode.Disposable {
  private readonly pool: WorkerPool;
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private indexer: Indexer;
  private settings: WswConfig;
  private corpusValue?: Corpus;
  private quotesValue?: QuoteIndex;
  private shareValue?: CorpusShare;
  private running?: Promise<IndexStatus>;
  private cancel?: vscode.CancellationTokenSource;
  private stateValue: IndexState = "idle";
  private counts = { files: 0, done: 0, analysed: 0, reused: 0 };
  private pending = new Map<string, "update" | "delete">();
  private timers: { flush?: ReturnType<typeof setTimeout>; save?: ReturnType<typeof setTimeout>; fire?: ReturnType<typeof setTimeout>; start?: ReturnType<typeof setTimeout> } = {};
  private cacheLoaded = false;
  /** Fired when the corpus or the status changes (see `changed`). */
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly config: ConfigStore,
    private readonly scriptDir: string,
    private readonly storageUri: vscode.Uri | undefined,
  ) {
    const threads = Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
    this.pool = new WorkerPool(scriptDir, threads, answer);
    this.settings = config.current;
    this.indexer = this.newIndexer();
    this.disposables.push(
      this.emitter,
      config.onDidChange((c) => this.reconfigure(c)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.restart()),
      vscode.workspace.onDidSaveTextDocument((d) => this.indexer.entries.has(d.uri.toString()) && this.queue(d.uri, "update")),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => { this.queue(f.oldUri, "delete"); this.queue(f.newUri, "update"); })),
    );
    this.watch();
    if (this.enabled) this.timers.start = setTimeout(() => void this.start(), START_DELAY_MS);
  }

  get enabled(): boolean {
    return this.settings.index.enabled && (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  }

  get status(): IndexStatus {
    let indexed = 0;
    let skipped = 0;
    for (const e of this.indexer.entries.values()) if ("digest" in e) indexed++; else skipped++;
    const { files, done, analysed, reused } = this.counts;
    return { state: this.enabled ? this.stateValue : "off", files, indexed, skipped, done, analysed, reused };
  }

  /** People, organisations and places across the indexed articles. */
  get corpus(): Corpus {
    return (this.corpusValue ??= buildCorpus(this.indexer.digests()));
  }

  /** The direct quotes of the indexed articles, by their words (the same quote elsewhere). */
  get quotes(): QuoteIndex {
    return (this.quotesValue ??= new QuoteIndex((f) => this.indexer.digest(f), this.indexer.digests()));
  }

  /**
   * The share of voice across the indexed articles: the totals the workers computed with each digest, merged
   * (no article is analysed again here); articles named by their path in the folder.
   */
  get share(): CorpusShare {
    return (this.shareValue ??= corpusShare(folderTotals(this.indexer.digests(), (f) => vscode.workspace.asRelativePath(vscode.Uri.parse(f)))));
  }

  digest(uri: vscode.Uri | string): ArticleDigest | undefined {
    return this.indexer.digest(uri.toString());
  }

  /** Indexes the folder now (or joins the scan under way); resolves when it is done. */
  start(): Promise<IndexStatus> {
    clearTimeout(this.timers.start);
    if (!this.enabled) return Promise.resolve(this.status);
    return (this.running ??= this.scan().finally(() => (this.running = undefined)));
  }

  /** The index as complete as it gets: starts a scan if none ran yet, waits for the one under way. */
  async ready(): Promise<void> {
    if (this.stateValue === "idle" || this.running) await this.start();
  }

  private newIndexer(): Indexer {
    const options = engineOptions(this.settings);
    return new Indexer((req) => this.pool.request(req), {
      options,
      maxLength: this.settings.maxFileSize,
      fingerprint: fingerprint(this.scriptDir, options),
    });
  }

  private async scan(): Promise<IndexStatus> {
    this.cancel = new vscode.CancellationTokenSource();
    const token = this.cancel.token;
    this.setState("indexing");
    if (!this.cacheLoaded) {
      this.cacheLoaded = true;
      this.indexer.load(await this.readCache());
      this.changed();
    }
    const uris = await this.findArticles();
    const sources = uris.map((uri): IndexSource => ({ key: uri.toString(), read: () => Promise.resolve(vscode.workspace.fs.readFile(uri)) }));
    this.counts = { files: sources.length, done: 0, analysed: 0, reused: 0 };
    let notify: ((done: number) => void) | undefined;
    const work = this.indexer.update(sources, {
      prune: true,
      onProgress: (done) => {
        this.counts.done = done;
        notify?.(done);
        this.changed();
      },
      isCancelled: () => token.isCancellationRequested,
    });
    const timer = setTimeout(() => {
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t("Who Said What: indexing the folder"), cancellable: true },
        (progress, cancelled) => {
          cancelled.onCancellationRequested(() => this.cancel?.cancel());
          let shown = 0;
          notify = (done) => {
            const step = Math.floor((done / sources.length) * 100);
            if (step <= shown) return;
            progress.report({ increment: step - shown, message: vscode.l10n.t("{0} of {1} articles", done, sources.length) });
            shown = step;
          };
          notify(this.counts.done);
          return work;
        },
      );
    }, PROGRESS_DELAY_MS);
    const report = await work;
    clearTimeout(timer);
    this.counts.analysed = report.analysed;
    this.counts.reused = report.reused;
    this.cancel.dispose();
    this.cancel = undefined;
    this.setState(report.cancelled ? "cancelled" : "ready");
    this.changed();
    this.saveSoon();
    return this.status;
  }

  /** Every file of the folders that the include globs take and the exclude globs leave. */
  private async findArticles(): Promise<vscode.Uri[]> {
    const { include, exclude } = this.settings.index;
    if (include.length === 0) return [];
    const found = await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) =>
      vscode.workspace.findFiles(new vscode.RelativePattern(folder, globOf(include)), exclude.length ? globOf(exclude) : undefined)));
    const seen = new Set<string>();
    return found.flat().filter((u) => !seen.has(u.toString()) && !!seen.add(u.toString()));
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    if (!this.enabled || this.settings.index.include.length === 0) return;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, globOf(this.settings.index.include)));
      this.watchers.push(w, w.onDidCreate((u) => this.queue(u, "update")), w.onDidChange((u) => this.queue(u, "update")));
      // A folder deleted or renamed away reports the folder only: the glob may not match it.
      const all = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, "**/*"), true, true, false);
      this.watchers.push(all, all.onDidDelete((u) => this.queue(u, "delete")));
    }
  }

  private queue(uri: vscode.Uri, what: "update" | "delete"): void {
    if (!this.enabled) return;
    this.pending.set(uri.toString(), what);
    clearTimeout(this.timers.flush);
    this.timers.flush = setTimeout(() => void this.flush(), 150);
  }

  /** Applies the changes the watcher reported: a scan under way finishes first. */
  private async flush(): Promise<void> {
    if (this.running) await this.running.catch(() => undefined);
    const batch = [...this.pending];
    this.pending.clear();
    if (batch.length === 0) return;
    const { exclude } = this.settings.index;
    let changed = false;
    for (const [key, what] of batch) {
      const uri = vscode.Uri.parse(key);
      if (what === "delete") {
        for (const k of [...this.indexer.entries.keys()]) if (k === key || k.startsWith(key + "/")) changed = this.indexer.remove(k) || changed;
        continue;
      }
      // Created or changed: indexed if the globs take it (the rename of an editor, saves on any scheme).
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      const rel = folder && vscode.workspace.asRelativePath(uri, false);
      const taken = folder && rel && (await vscode.workspace.findFiles(new vscode.RelativePattern(folder, rel), exclude.length ? globOf(exclude) : undefined, 1)).length > 0;
      if (!taken) continue;
      await this.indexer.updateOne({ key, read: () => Promise.resolve(vscode.workspace.fs.readFile(uri)) });
      changed = true;
    }
    if (changed) {
      this.changed();
      this.saveSoon();
    }
  }

  private reconfigure(c: WswConfig): void {
    const before = this.settings;
    this.settings = c;
    const same = JSON.stringify([before.index, engineOptions(before), before.maxFileSize]) === JSON.stringify([c.index, engineOptions(c), c.maxFileSize]);
    if (!same) this.restart();
  }

  /** A new index from scratch (the cache is reused where the engine and its options are the same). */
  private restart(): void {
    this.cancel?.cancel();
    this.indexer = this.newIndexer();
    this.cacheLoaded = false;
    this.stateValue = "idle";
    this.watch();
    this.changed();
    if (this.enabled) void (this.running ?? Promise.resolve()).then(() => this.start());
  }

  private setState(state: IndexState): void {
    this.stateValue = state;
    this.changed();
  }

  /**
   * The corpus is rebuilt when a listener next reads it: at most every 100 ms, and every second during a scan
   * (merging the people of thousands of articles takes a moment of the host's thread).
   */
  private changed(): void {
    this.corpusValue = undefined;
    this.quotesValue = undefined;
    this.shareValue = undefined;
    if (this.timers.fire) return;
    this.timers.fire = setTimeout(() => {
      this.timers.fire = undefined;
      this.emitter.fire();
    }, this.stateValue === "indexing" ? 1000 : 100);
  }

  private async readCache(): Promise<unknown> {
    if (!this.storageUri) return undefined;
    try {
      return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.storageUri, CACHE_FILE))));
    } catch {
      return undefined;
    }
  }

  private saveSoon(): void {
    clearTimeout(this.timers.save);
    this.timers.save = setTimeout(() => void this.save(), 1000);
  }

  /** Writes the cache in the extension's own storage (never in the workspace). */
  private async save(): Promise<void> {
    if (!this.storageUri) return;
    try {
      await vscode.workspace.fs.createDirectory(this.storageUri);
      const bytes = new TextEncoder().encode(JSON.stringify(this.indexer.toCache()));
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.storageUri, CACHE_FILE), bytes);
    } catch {
      // A cache that cannot be written only costs time at the next start.
    }
  }

  dispose(): void {
    this.cancel?.cancel();
    for (const t of Object.values(this.timers)) clearTimeout(t);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
    this.pool.dispose();
  }
}

/** One glob for a list of them. */
function globOf(globs: string[]): string {
  return globs.length === 1 ? globs[0] : `{${globs.join(",")}}`;
}

/** The digest's shape, the engine build and its options: digests made otherwise are not reused. */
export function fingerprint(scriptDir: string, options: object): string {
  let build = "";
  try {
    const s = fs.statSync(path.join(scriptDir, "engine.js"));
    build = `${s.size}:${s.mtimeMs}`;
  } catch {
    // No engine file (a web host): the options alone.
  }
  return JSON.stringify([DIGEST_VERSION, build, options]);
}
