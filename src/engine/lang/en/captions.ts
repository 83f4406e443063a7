// English captions and credit lines that read like a postposed report: "FILE - In this May 2, 2016 file photo, Tom Reed
// speaks in Boston." The words before the comma say what the picture shows, not what anyone said.
import type { Doc } from "../../quotes/doc";

/** Words that name a picture in a caption. */
const PICTURE = new Set(["photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures", "video", "screenshot", "screengrab"]);
/** Words that open a caption's scene-setting phrase: "FILE -", "In this …", "This undated photo …". */
const CAPTION_OPEN = new Set(["file", "in", "on", "at", "from", "this", "these"]);

/** The words [a, b) before a postposed cue's subject are a caption's opening ("In this file photo"), not a report. */
export function captionPhrase(doc: Doc, a: number, b: number): boolean {
  const { toks } = doc;
  if (!CAPTION_OPEN.has(toks[a]?.lw ?? "")) return false;
  for (let i = a; i < b; i++) if (PICTURE.has(toks[i].lw)) return true;
  return false;
}
