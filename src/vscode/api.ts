// What activate() returns: a small read-only window on the extension's state, for tests and other extensions.
import type * as vscode from "vscode";
import type { ArticleAnalysis, CorpusShare, ShareOfVoice } from "../engine";
import type { DecorationCounts } from "./decorations";
import type { TreeSnapshotNode } from "./tree";
import type { IndexStatus } from "./workspaceIndex";

export type { DecorationCounts, TreeSnapshotNode };

/** "pending": an article whose current version has not been analysed yet; "none": not an article. */
export type DocumentStateKind = "ok" | "tooLarge" | "error" | "pending" | "none";

export interface WhoSaidWhatApi {
  /** The sidebar tree as it is now: groups, then their items, recursively. */
  getTreeSnapshot(): TreeSnapshotNode[];
  /** The URI of the article the view shows, or undefined when it shows none. */
  getTreeDocument(): string | undefined;
  /** The view's description (the article's file name, the filter) and its message line. */
  getTreeHeader(): { description?: string; message?: string };
  /** The view's own item (opaque) under a top-level group, by label: what its context menu passes to commands. */
  getTreeNode(group: string, label: string): unknown;
  /** The label of the item selected in the view, if any. */
  getTreeSelection(): string | undefined;
  /** The analysis of the document's current version, if computed. */
  getAnalysis(uri: vscode.Uri | string): ArticleAnalysis | undefined;
  getState(uri: vscode.Uri | string): DocumentStateKind;
  /** Ranges painted per category in the document's visible editors, at the last paint. */
  getDecorationCounts(uri: vscode.Uri | string): DecorationCounts | undefined;
  /** The status bar text, or undefined when the item is hidden. */
  getStatusText(): string | undefined;
  /** What the share-of-voice panel shows, when it is open: the article, its numbers, the webview's HTML. */
  getShareOfVoice(): { uri: string; voice: ShareOfVoice; html: string } | undefined;
  /** The folder view (corpus) as it is now, `depth` levels deep (default 2: groups and their entities). */
  getCorpusSnapshot(depth?: number): TreeSnapshotNode[];
  /** What the folder's share-of-voice panel shows, when it is open: the numbers and the webview's HTML. */
  getFolderShare(): { share: CorpusShare; html: string } | undefined;
  /** The workspace index: its state and its counts of files. */
  getIndexStatus(): IndexStatus;
  /** The `whoSaidWhat.*` setting keys the configuration reader reads. */
  readonly settingKeys: readonly string[];
  /** Fires with the document URI each time a document gets a new analysis. */
  readonly onDidAnalyze: vscode.Event<string>;
  /** Where the engine's V8 code cache lies (in the extension's global storage), once the first analysis wrote it. */
  readonly engineCacheFile: string;
}
