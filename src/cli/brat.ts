// --format brat: DIR/<name>.txt (a copy of the article) and DIR/<name>.ann, plus DIR/annotation.conf when missing.
// Never overwrites an existing file unless --force.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { BRAT_CONF, toBratAnn, type ArticleAnalysis } from "../engine";

/** Writes the pair; returns 1 (after a message) when a file exists and force is off, else 0. */
export function writeBrat(dir: string, file: string, text: string, analysis: ArticleAnalysis, force: boolean): number {
  mkdirSync(dir, { recursive: true });
  const stem = basename(file, extname(file));
  const txt = join(dir, `${stem}.txt`);
  const ann = join(dir, `${stem}.ann`);
  const taken = [txt, ann].filter((p) => existsSync(p));
  if (taken.length && !force) {
    console.error(`who-said-what: ${taken.join(", ")} already exist; use --force to overwrite`);
    return 1;
  }
  writeFileSync(txt, text);
  writeFileSync(ann, toBratAnn(text, analysis));
  const conf = join(dir, "annotation.conf");
  if (!existsSync(conf)) writeFileSync(conf, BRAT_CONF);
  console.error(`who-said-what: wrote ${txt} and ${ann}`);
  return 0;
}
