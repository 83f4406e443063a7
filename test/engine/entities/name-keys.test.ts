// The character-code helpers of the entity stages give what the regexes and Unicode calls they replace gave:
// folded name keys (entities/name-keys.ts) and the acronym expansions found from the text's brackets (acronyms.ts).
import * as assert from "node:assert/strict";
import { findExpansions } from "../../../src/engine/entities/acronyms";
import { endsOnInitial } from "../../../src/engine/entities/cluster";
import { firstSpace, foldKey, KeyStarts } from "../../../src/engine/entities/name-keys";
import { tokenize } from "../../../src/engine/text/tokenize";

const slowKey = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’']s$/, "").toLowerCase();

describe("foldKey: the accent- and case-folded key of a name", () => {
  const names = ["Jane Roe", "Jane Roe's", "JANE ROE'S", "Roe’s", "Élodie Brûlé", "Élodie Brûlé’s", "Zoë's", "O'Neill", "s",
    "'s", "Ångström Inc.", "Ŀuna", "Dupont-Aignan", "MÜLLER", "Łódź", "Jean\u00a0Moulin"];
  for (const name of names) it(name, () => assert.equal(foldKey(name), slowKey(name)));
});

describe("firstSpace: the first white space, as /\\s/ finds it", () => {
  const rows = ["Jane Roe", "Jane\u00a0Roe", "Jane\u202fRoe", "Jane\u2009Roe", "Jane\nRoe", "Jane\u3000Roe", "Jane\ufeffRoe", "JaneRoe",
    "Jane\u200bRoe", "Jane\u1680Roe", "Jane\u2028Roe"];
  for (const s of rows) it(JSON.stringify(s), () => assert.equal(firstSpace(s), s.search(/\s/)));
});

describe("findExpansions: from the text's brackets as from every token", () => {
  const texts = [
    "La Fédération nationale des éleveurs (FNE) a protesté. La FNE demande une aide.",
    "C'est la première fois que l'UCF (Union cycliste de France) organise la course.",
    "(NWU) The NWU (National Weavers Union) said (so) it would strike (SNCF)",
    "La SNCF (voir encadré) a répondu. Le PDG (Marc Tessier) a parlé. (",
    "Fin (",
  ];
  for (const text of texts) {
    it(text, () => {
      const toks = tokenize(text);
      assert.deepEqual(findExpansions(toks, text), findExpansions(toks));
    });
  }
  it("finds the expansion before the acronym and the one after it", () => {
    const text = "La Fédération nationale des éleveurs (FNE) et l'UCF (Union cycliste de France).";
    assert.equal(findExpansions(tokenize(text), text).length, 2);
  });
});

describe("endsOnInitial: a name cut to its initial, as /\\s\\p{Lu}\\.?$/u finds it", () => {
  const rows = ["Pauline D", "Pauline D.", "Pauline", "Mme de S", "J. Roe", "Jane 𝐀", "Jane 𝐀.", "Jane d", "Jane D..", "D", " D", "Jane\u00a0É."];
  for (const s of rows) it(JSON.stringify(s), () => assert.equal(endsOnInitial(s), /\s\p{Lu}\.?$/u.test(s)));
});

describe("KeyStarts: a name ruled out only when its key starts with none of the keys' first characters", () => {
  const keys = ["acme corp", "banque dupont", "élan sa", "zywiec"].map(foldKey);
  const starts = new KeyStarts();
  for (const k of keys) starts.add(k);
  const names = ["Acme", "ACME Corp", "Banque", "Élan", "Elan", "Zywiec's", "Roe", "O's", "Q", "Ñandú", "Tom Roe", "Y's", "Zoë"];
  for (const name of names) {
    it(name, () => {
      const k = foldKey(name);
      const possible = keys.some((x) => x[0] === k[0]);
      if (possible) assert.ok(starts.mayHold(name));
      assert.equal(starts.mayHold(name), possible || name.length <= 2 || name.charCodeAt(0) >= 128);
    });
  }
});
