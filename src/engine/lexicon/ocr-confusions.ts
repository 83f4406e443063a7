// Letters old print and its OCR confuse: each letter with the ones read in its place ("Péîersbourg" for Pétersbourg,
// "Stetlin" for Stettin, "Prnsse" for Prusse, "Valaçhie" for Valachie, a long s read as f). A plain letter is read back
// only to a letter of like shape ("t" and "l", "n" and "u", "h" and "b"), never to an accented one: "Chatillon" is a
// family name as written, not a misread Châtillon. An accented letter may be a plain one or another accent misread.

export const OCR_CONFUSIONS: ReadonlyMap<string, string> = new Map([
  ["é", "eèê"], ["è", "eé"], ["ê", "eé"], ["ë", "e"], ["à", "aâ"], ["â", "aà"], ["î", "iïtl"], ["ï", "iî"],
  ["ù", "uû"], ["û", "u"], ["ü", "u"], ["ç", "c"], ["ô", "o"],
  ["e", "c"], ["c", "e"], ["i", "lt"], ["l", "ti"], ["t", "lf"], ["f", "st"], ["u", "n"], ["n", "u"], ["h", "b"], ["b", "h"],
]);
