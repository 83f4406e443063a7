// One analysis per document URI + version: cached, debounced on typing, capped on size.
// The only place where engine offsets become editor ranges.
import * as vscode from "vscode";
import { analyze, type AnalyzeOptions, ArticleAnalysis, Entity, Span } from "../engine";

/** Turns a fresh analysis into the one every view shows (the reader's corrections). */
export type Corrector = (document: vscode.TextDocument, analysis: ArticleAnalysis) => ArticleAnalysis;
import type { ConfigStore, WswConfig } from "./config";
import type { AnalysisWorker } from "./workerClient";

/** Articles up to this many characters are analysed at once (a few ms); longer ones in the worker. */
export const SYNC_LIMIT = 100_000;

/** Languages the extension reads; any URI scheme (file, untitled, vscode-vfs...). */
export const ARTICLE_LANGUAGES = ["plaintext", "markdown", "article"] as const;
export const ARTICLE_SELECTOR: vscode.DocumentSelector = ARTICLE_LANGUAGES.map((language) => ({ language }));

/** Views that show text but are not documents a journalist edits. */
const IGNORED_SCHEMES = ["output", "debug", "vscode-scm", "comment"];

export function isArticle(document: vscode.TextDocument): boolean {
  return (
    (ARTICLE_LANGUAGES as readonly string[]).includes(document.languageId) && !IGNORED_SCHEMES.includes(document.uri.scheme)
  );
}

/** Offsets (UTF-16 indices) to a range of the document as it is now. */
export function spanToRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** An analysis bound to the document version it was computed on. */
export class ArticleResult {
  private entities?: Map<string, Entity>;

  constructor(
    readonly document: vscode.TextDocument,
    readonly version: number,
    readonly analysis: ArticleAnalysis,
  ) {}

  /** False once the document has been edited or closed: its offsets no longer apply. */
  get isCurrent(): boolean {
    return !this.document.isClosed && this.document.version === this.version;
  }

  range(span: Span): vscode.Range {
    return spanToRange(this.document, span);
  }

  entity(id: string | undefined): Entity | undefined {
    if (id === undefined) return undefined;
    if (!this.entities) {
      const a = this.analysis;
      this.entities = new Map([...a.people, ...a.orgs, ...a.places].map((e) => [e.id, e]));
    }
    return this.entities.get(id);
  }
}

export type ArticleState =
  | { kind: "ok"; result: ArticleResult }
  | { kind: "tooLarge"; document: vscode.TextDocument; length: number; limit: number }
  | { kind: "error"; document: vscode.TextDocument; message: string };

interface CacheEntry {
  version: number;
  state: ArticleState;
}

export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<ArticleState>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Document key → version being analysed in the worker. */
  private readonly inFlight = new Map<string, number>();
  /** Fired each time a document gets a new analysis (or a new "too large" verdict). */
  readonly onDidAnalyze = this.emitter.event;

  constructor(
    private readonly config: ConfigStore,
    private readonly worker: AnalysisWorker,
  ) {
    this.disposables.push(
      this.emitter,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.cache.has(key(e.document))) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      config.onDidChange(() => this.reanalyzeAll()),
    );
  }

  /** The state for the document's current version, if it has been computed. Never stale. */
  get(document: vscode.TextDocument): ArticleState | undefined {
    const entry = this.cache.get(key(document));
    return entry && entry.version === document.version ? entry.state : undefined;
  }

  /** The current state, computing it now if needed; undefined for documents that are not articles. */
  ensure(document: vscode.TextDocument): ArticleState | undefined {
    if (!isArticle(document) || document.isClosed) return undefined;
    const cached = this.get(document);
    if (cached) return cached;
    this.cancel(document);
    const config = this.config.current;
    const length = documentLength(document);
    if (length > SYNC_LIMIT && length <= config.maxFileSize) {
      this.computeInWorker(document, config);
      return undefined;
    }
    return this.store(document, document.version, compute(document, config, length));
  }

  private corrector?: Corrector;

  /** Every analysis from now on goes through `corrector` before it is stored. */
  setCorrector(corrector: Corrector): void {
    this.corrector = corrector;
  }

  /** Analyse one document again now (its corrections changed). */
  reanalyze(document: vscode.TextDocument): ArticleState | undefined {
    this.cache.delete(key(document));
    return this.ensure(document);
  }

  private store(document: vscode.TextDocument, version: number, state: ArticleState): ArticleState {
    if (state.kind === "ok" && this.corrector) {
      state = { kind: "ok", result: new ArticleResult(document, version, this.corrector(document, state.result.analysis)) };
    }
    this.cache.set(key(document), { version, state });
    this.emitter.fire(state);
    return state;
  }

  /** Large articles: analysed off the main thread; the result lands only if the document has not changed. */
  private computeInWorker(document: vscode.TextDocument, config: WswConfig): void {
    const k = key(document);
    const version = document.version;
    if (this.inFlight.get(k) === version) return;
    this.inFlight.set(k, version);
    this.worker.run(document.getText(), engineOptions(config)).then(
      (analysis) => ({ kind: "ok", result: new ArticleResult(document, version, analysis) }) as ArticleState,
      (e: unknown) => ({ kind: "error", document, message: e instanceof Error ? e.message : String(e) }) as ArticleState,
    ).then((state) => {
      if (this.inFlight.get(k) === version) this.inFlight.delete(k);
      if (!document.isClosed && document.version === version) this.store(document, version, state);
    });
  }

  /** Analyse after the configured quiet time, so typing stays fluid. */
  schedule(document: vscode.TextDocument): void {
    this.cancel(document);
    const k = key(document);
    this.timers.set(
      k,
      setTimeout(() => {
        this.timers.delete(k);
        this.ensure(document);
      }, this.config.current.debounceMs),
    );
  }

  /** Drop every cached result and analyse again the documents shown in an editor. */
  reanalyzeAll(): void {
    for (const k of this.timers.keys()) clearTimeout(this.timers.get(k));
    this.timers.clear();
    this.cache.clear();
    for (const editor of vscode.window.visibleTextEditors) this.ensure(editor.document);
  }

  private cancel(document: vscode.TextDocument): void {
    const k = key(document);
    clearTimeout(this.timers.get(k));
    this.timers.delete(k);
  }

  private forget(document: vscode.TextDocument): void {
    this.cancel(document);
    this.cache.delete(key(document));
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.cache.clear();
    for (const d of this.disposables) d.dispose();
  }
}

function key(document: vscode.TextDocument): string {
  return document.uri.toString();
}

/** getText() on a huge document is itself costly: the size comes from the last line's offset. */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** The engine options the settings give, for the editor and the workspace index alike. */
export function engineOptions(config: WswConfig): AnalyzeOptions {
  return {
    lang: config.language === "auto" ? undefined : config.language,
    extraVerbs: config.extraReportingVerbs,
    maxLength: config.maxFileSize,
  };
}

function compute(document: vscode.TextDocument, config: WswConfig, length: number): ArticleState {
  if (length > config.maxFileSize) return { kind: "tooLarge", document, length, limit: config.maxFileSize };
  try {
    const analysis = analyze(document.getText(), engineOptions(config));
    return { kind: "ok", result: new ArticleResult(document, document.version, analysis) };
  } catch (e) {
    return { kind: "error", document, message: e instanceof Error ? e.message : String(e) };
  }
}
