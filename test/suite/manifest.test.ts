// The manifest, its translations and the code agree.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import * as vscode from "vscode";
import { EXTENSION_ID } from "./helpers";

const root = () => vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root(), file), "utf8")) as Record<string, string>;

describe("manifest strings", () => {
  it("welcome texts have no raw Markdown code marks (the view shows backticks as they are)", () => {
    for (const file of ["package.nls.json", "package.nls.fr.json"]) {
      const nls = read(file);
      const welcome = Object.entries(nls).filter(([k]) => k.startsWith("welcome."));
      assert.ok(welcome.length >= 3, file);
      for (const [key, text] of welcome) assert.doesNotMatch(text, /`/, `${file} ${key}`);
    }
  });

  it("every command has a %key% title in English and in French, and the category", () => {
    const en = read("package.nls.json");
    const fr = read("package.nls.fr.json");
    const pkg = JSON.parse(fs.readFileSync(path.join(root(), "package.json"), "utf8"));
    for (const c of pkg.contributes.commands as { command: string; title: string; category: string }[]) {
      const key = /^%(.+)%$/.exec(c.title)?.[1];
      assert.ok(key, `${c.command} title is a %key%`);
      assert.ok(en[key] && fr[key], `${c.command}: ${key} in both nls files`);
      assert.equal(c.category, "%category%", c.command);
    }
    assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort(), "the same keys in both nls files");
  });

  it("the view's menus use contextValue when-clauses and commands with a codicon", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root(), "package.json"), "utf8"));
    const icons = new Map<string, string | undefined>(
      (pkg.contributes.commands as { command: string; icon?: string }[]).map((c) => [c.command, c.icon]),
    );
    const items = pkg.contributes.menus["view/item/context"] as { command: string; when: string }[];
    assert.ok(items.length >= 6);
    for (const m of items) {
      assert.match(m.when, /viewItem (==|=~)/, m.command);
      assert.match(icons.get(m.command) ?? "", /^\$\([a-z-]+\)$/, `${m.command} has a codicon`);
    }
    for (const m of pkg.contributes.menus["view/title"] as { command: string }[]) {
      assert.match(icons.get(m.command) ?? "", /^\$\([a-z-]+\)$/, `${m.command} has a codicon`);
    }
  });

  it("every vscode.l10n.t string of the code has a French translation", () => {
    const bundle = read("l10n/bundle.l10n.fr.json");
    const dist = fs.readFileSync(path.join(root(), "dist/extension.js"), "utf8");
    const missing = new Set<string>();
    for (const m of dist.matchAll(/l10n\.t\(\s*("(?:[^"\\]|\\.)*")/g)) {
      const key = vm.runInNewContext(m[1]) as string; // a JavaScript string literal, as the bundler wrote it
      if (!(key in bundle)) missing.add(key);
    }
    assert.deepEqual([...missing], []);
  });
});
