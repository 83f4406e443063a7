// Known organisations whose names go on in lower case are whole organisations, not a shorter name or a place.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { names, type Lang } from "../helpers/table";

describe("known organisations with lower-case words", () => {
  const rows: [string, Lang, string[], string[]][] = [
    ["Le Parti socialiste a voté contre le texte.", "fr", ["Parti socialiste"], []],
    ["La France insoumise a quitté l'hémicycle.", "fr", ["France insoumise"], []],
    ["Le Rassemblement national a déposé une motion.", "fr", ["Rassemblement national"], []],
    // A place stays a place when the lower-case word after it is no part of a known name.
    ["La France souhaite un accord.", "fr", [], ["France"]],
  ];
  for (const [text, lang, orgs, places] of rows) {
    it(text, () => {
      assert.deepEqual(names(text, lang, ["orgs", "places"]), { orgs, places });
    });
  }
});

describe("a show named after its host is the show, not the host's name", () => {
  it("“The Rachel Maddow Show” leaves the person Rachel Maddow", () => {
    const a = analyze("Rachel Maddow hosts The Rachel Maddow Show on MSNBC. \"Why?\" Maddow asked.", { lang: "en" });
    assert.deepEqual([a.people.map((p) => p.name), a.orgs.map((o) => o.name).includes("Rachel Maddow Show")], [["Rachel Maddow"], true]);
  });
});
