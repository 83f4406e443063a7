// The articles of a folder, in a stable order (names sorted, depth first), one directory listing in memory at a
// time: a folder of millions of files is walked in constant memory. Globs as the extension's default setting.
import { opendir, stat } from "node:fs/promises";
import { join } from "node:path";

export const DEFAULT_GLOBS = ["*.txt", "*.md", "*.article"];
/** As the extension's whoSaidWhat.maxFileSize. */
export const DEFAULT_MAX_SIZE = 2_000_000;

/** A file-name glob ("*.txt", "**\/*.md", "news-??.txt") as a test of a base name. */
export function globTest(globs: readonly string[]): (name: string) => boolean {
  const res = globs.map((g) => {
    const base = g.replace(/^(?:\*\*\/)+/, "");
    const body = base.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
    return new RegExp(`^${body}$`, "i");
  });
  return (name) => res.some((r) => r.test(name));
}

/** A folder's README: "README.md", "readme.txt", "README". */
const README = /^readme(?:\.[a-z]+)?$/i;

export interface Found { path: string; size: number }
export interface Skipped { path: string; reason: string }

/**
 * The matching files under each root (a root that is a file is taken as it is, glob or not). Hidden folders and
 * node_modules are not entered; symbolic links are not followed; a folder's README (it describes the folder, it is no
 * article) is passed over unless named as a root. Files over `maxSize` bytes are reported to `skip`.
 */
export async function* walk(roots: readonly string[], globs: readonly string[], maxSize: number, skip: (s: Skipped) => void): AsyncGenerator<Found> {
  const match = globTest(globs);
  for (const root of roots) {
    const st = await stat(root);
    if (st.isFile()) {
      if (st.size > maxSize) skip({ path: root, reason: `${st.size} bytes, over the ${maxSize}-byte limit` });
      else yield { path: root, size: st.size };
      continue;
    }
    yield* walkDir(root, match, maxSize, skip);
  }
}

async function* walkDir(dir: string, match: (name: string) => boolean, maxSize: number, skip: (s: Skipped) => void): AsyncGenerator<Found> {
  const files: string[] = [];
  const dirs: string[] = [];
  for await (const e of await opendir(dir)) {
    if (e.isDirectory()) { if (!e.name.startsWith(".") && e.name !== "node_modules") dirs.push(e.name); }
    else if (e.isFile() && match(e.name) && !README.test(e.name)) files.push(e.name);
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const name of files.sort(order)) {
    const path = join(dir, name);
    const { size } = await stat(path);
    if (size > maxSize) skip({ path, reason: `${size} bytes, over the ${maxSize}-byte limit` });
    else yield { path, size };
  }
  for (const name of dirs.sort(order)) yield* walkDir(join(dir, name), match, maxSize, skip);
}

