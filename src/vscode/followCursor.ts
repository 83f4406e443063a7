// Setting whoSaidWhat.tree.followCursor: the view selects the person or statement under the editor's cursor.
import * as vscode from "vscode";
import type { ConfigStore } from "./config";
import type { ArticleTree } from "./tree";

export class TreeCursorFollower implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(tree: ArticleTree, config: ConfigStore, delayMs = 150) {
    this.subscription = vscode.window.onDidChangeTextEditorSelection((e) => {
      if (!config.current.treeFollowsCursor || e.textEditor !== vscode.window.activeTextEditor) return;
      clearTimeout(this.timer);
      const document = e.textEditor.document;
      const offset = document.offsetAt(e.selections[0].active);
      this.timer = setTimeout(() => void tree.revealAt(document, offset), delayMs);
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
  }
}
