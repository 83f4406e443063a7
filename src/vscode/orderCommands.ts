// The sort and filter commands a view offers (the article view, the folder view): a quick pick of sort keys, an
// input box for the filter text, and the command that clears it.
import * as vscode from "vscode";

export interface Ordered<K extends string> {
  readonly order: { sort: K; filter: string };
  setOrder(change: { sort?: K; filter?: string }): Promise<void>;
}

export interface OrderCommandSpec<K extends string> {
  commands: { sort: string; filter: string; clear: string };
  keys: readonly K[];
  /** Each key's label and detail in the quick pick. */
  labels: Record<K, () => [string, string]>;
  sortTitle: () => string;
  filterTitle: () => string;
  filterPrompt: () => string;
}

export function registerOrderCommands<K extends string>(view: Ordered<K>, spec: OrderCommandSpec<K>): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(spec.commands.sort, async (key?: K) => {
      if (!key) {
        const picked = await vscode.window.showQuickPick(
          spec.keys.map((k) => {
            const [label, detail] = spec.labels[k]();
            return { label, description: detail, key: k, picked: k === view.order.sort };
          }),
          { title: spec.sortTitle(), placeHolder: spec.labels[view.order.sort]()[0] },
        );
        key = picked?.key;
      }
      if (key && spec.keys.includes(key)) await view.setOrder({ sort: key });
    }),
    vscode.commands.registerCommand(spec.commands.filter, async (text?: string) => {
      const value = text ?? (await vscode.window.showInputBox({ title: spec.filterTitle(), prompt: spec.filterPrompt(), value: view.order.filter }));
      if (value !== undefined) await view.setOrder({ filter: value.trim() });
    }),
    vscode.commands.registerCommand(spec.commands.clear, () => view.setOrder({ filter: "" })),
  ];
}
