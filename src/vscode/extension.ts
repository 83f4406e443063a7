// Wiring only: create the objects, register the providers, hand every disposable to VS Code once.
import * as vscode from "vscode";
import { AnalysisService, ARTICLE_SELECTOR, isArticle } from "./analysisService";
import type { DocumentStateKind, WhoSaidWhatApi } from "./api";
import { registerCommands } from "./commands";
import { registerCorrectionCommands } from "./correctionCommands";
import { CorrectionStore } from "./corrections";
import { ConfigStore, SETTING_KEYS } from "./config";
import { Decorator } from "./decorations";
import { TreeCursorFollower } from "./followCursor";
import { ArticleHoverProvider } from "./hover";
import { SpeakerInlayHints } from "./inlayHints";
import { ArticleProblems } from "./problems";
import { currentArticle, registerReportCommands } from "./reportCommands";
import { ShareOfVoicePanel } from "./shareOfVoice";
import { ArticleStatus } from "./statusBar";
import { registerLanguageFeatures } from "./symbols";
import { ArticleTree } from "./tree";
import { AnalysisWorker } from "./workerClient";
import { registerCorpusCommands } from "./corpusCommands";
import { registerCorpusLanguageFeatures } from "./corpusLanguage";
import { CorpusView } from "./corpusView";
import { FolderSharePanel } from "./folderShare";
import { WorkspaceIndex } from "./workspaceIndex";
import { echoesOf } from "./quoteEchoes";
import { useEngineCodeCache } from "./engineCache";

export function activate(context: vscode.ExtensionContext): WhoSaidWhatApi {
  const log = vscode.window.createOutputChannel("Who Said What", { log: true });
  const engineCacheFile = useEngineCodeCache(context.globalStorageUri, log);
  const config = new ConfigStore();
  const worker = new AnalysisWorker(__dirname);
  const service = new AnalysisService(config, worker);
  const corrections = new CorrectionStore(service);
  const tree = new ArticleTree(service, context.workspaceState);
  const decorator = new Decorator(service, config);
  const status = new ArticleStatus(service);
  const inlayHints = new SpeakerInlayHints(service, config);
  const analyzed = new vscode.EventEmitter<string>();
  const problems = new ArticleProblems(service, config);
  const voices = new ShareOfVoicePanel(service, () => currentArticle(service, tree));
  const index = new WorkspaceIndex(config, __dirname, context.storageUri);
  const corpus = new CorpusView(index, context.workspaceState);
  const folderShare = new FolderSharePanel(index);

  context.subscriptions.push(
    log,
    config,
    worker,
    service,
    tree,
    decorator,
    status,
    inlayHints,
    analyzed,
    service.onDidAnalyze((s) => analyzed.fire((s.kind === "ok" ? s.result.document : s.document).uri.toString())),
    vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, new ArticleHoverProvider(service, (uri, q, who) => echoesOf(index, uri, q, who))),
    vscode.languages.registerInlayHintsProvider(ARTICLE_SELECTOR, inlayHints),
    ...registerLanguageFeatures(ARTICLE_SELECTOR, service),
    new TreeCursorFollower(tree, config),
    ...registerCommands(service, tree, decorator),
    problems,
    vscode.languages.registerCodeActionsProvider(ARTICLE_SELECTOR, problems, { providedCodeActionKinds: ArticleProblems.providedCodeActionKinds }),
    voices,
    ...registerReportCommands(context.extensionUri, service, tree, voices),
    corrections,
    ...registerCorrectionCommands(service, tree, corrections),
    index,
    corpus,
    folderShare,
    ...registerCorpusCommands(index, corpus, folderShare),
    ...registerCorpusLanguageFeatures(ARTICLE_SELECTOR, index, service),
  );

  const documentOf = (uri: vscode.Uri | string) => {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  };
  return {
    getTreeSnapshot: () => tree.snapshot(),
    getTreeDocument: () => tree.current?.uri.toString(),
    getTreeSelection: () => tree.selectionLabel(),
    getTreeHeader: () => tree.header(),
    getTreeNode: (group, label) => tree.nodeByLabel(group, label),
    getAnalysis: (uri) => {
      const document = documentOf(uri);
      const state = document && service.get(document);
      return state?.kind === "ok" ? state.result.analysis : undefined;
    },
    getState: (uri): DocumentStateKind => {
      const document = documentOf(uri);
      if (!document || !isArticle(document)) return "none";
      return service.get(document)?.kind ?? "pending";
    },
    getDecorationCounts: (uri) => decorator.countsFor(typeof uri === "string" ? vscode.Uri.parse(uri) : uri),
    getStatusText: () => status.text,
    getShareOfVoice: () => voices.model && { ...voices.model, html: voices.html ?? "" },
    getCorpusSnapshot: (depth) => corpus.snapshot(depth),
    getIndexStatus: () => index.status,
    getFolderShare: () => folderShare.model && { share: folderShare.model, html: folderShare.html ?? "" },
    settingKeys: SETTING_KEYS,
    onDidAnalyze: analyzed.event,
    engineCacheFile,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
