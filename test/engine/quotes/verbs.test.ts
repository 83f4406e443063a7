// quotes/verbs.ts isVerb, the verbs layer of the quote document: which tokens of a text are reporting verb
// forms here. A row gives every token the layer marks, as written; [] means none may be marked.
import { isVerb } from "../../../src/engine/quotes/verbs";
import { docOf, readerTable } from "../helpers/doc";
import { en, fr, type Lang } from "../helpers/table";

const verbsOf = (lang: Lang) => (text: string): string[] => {
  const doc = docOf(text, lang);
  return doc.toks.filter((_, k) => isVerb(doc, k)).map((t) => t.t);
};

describe("isVerb: French reporting verbs in every tense", () => {
  readerTable<string[]>([
    ["présent", "Il déclare que tout va bien.", ["déclare"]],
    ["imparfait", "Il déclarait que tout allait bien.", ["déclarait"]],
    ["passé simple", "Il déclara que tout allait bien.", ["déclara"]],
    ["futur", "Il déclarera demain sa candidature.", ["déclarera"]],
    ["passé composé: the participle, not the auxiliary", "Il a déclaré que tout va bien.", ["déclaré"]],
    ["plus-que-parfait: the participle, not the auxiliary", "Il avait déclaré que tout allait bien.", ["déclaré"]],
    ["conditionnel passé: the participle", "Il aurait déclaré que non.", ["déclaré"]],
    ["feminine subject, passé composé", "Elle a affirmé que non.", ["affirmé"]],
    ["another verb of the table, présent", "La ministre rappelle que non.", ["rappelle"]],
    ["another verb of the table, passé composé", "Il a précisé que non.", ["précisé"]],
  ], verbsOf(fr));
});

describe("isVerb: French inversions and pronominal forms", () => {
  readerTable<string[]>([
    ["inversion with -t-: the hyphenated form is the verb", "« Non », affirme-t-il.", ["affirme-t-il"]],
    ["inversion without -t-", "« Non », dit-elle.", ["dit-elle"]],
    ["inversion of a verb ending in a consonant", "« Non », répond-il.", ["répond-il"]],
    ["inversion with on", "« Non », assure-t-on.", ["assure-t-on"]],
    ["inverted auxiliary a-t-il: the participle after it", "« Non », a-t-il réitéré.", ["réitéré"]],
    ["inverted auxiliary a-t-elle", "« Non », a-t-elle martelé.", ["martelé"]],
    ["inverted auxiliary ont-ils", "« Non », ont-ils affirmé.", ["affirmé"]],
    ["inverted plus-que-parfait avait-il", "« Non », avait-il déclaré.", ["déclaré"]],
    ["pronominal inverted: s'est-il félicité", "« Non », s'est-il félicité.", ["félicité"]],
    ["pronominal: s'est félicité", "Il s'est félicité de l'accord.", ["félicité"]],
    ["pronominal, feminine participle: s'est inquiétée", "Elle s'est inquiétée de la hausse.", ["inquiétée"]],
    ["pronominal, plural: se sont réjouis", "Ils se sont réjouis du résultat.", ["réjouis"]],
    ["pronominal inverted plural: se sont-ils réjouis", "« Non », se sont-ils réjouis.", ["réjouis"]],
    ["pronominal present inverted: s'inquiète-t-il", "« Non », s'inquiète-t-il.", ["inquiète-t-il"]],
    ["inverted présent with -t-: insiste-t-elle", "« Non », insiste-t-elle.", ["insiste-t-elle"]],
  ], verbsOf(fr));
});

describe("isVerb: French words that must not be read as reporting verbs", () => {
  readerTable<string[]>([
    ["passive: a été condamné reports nothing", "Il a été condamné mardi.", []],
    ["passive, feminine: a été accusée", "Elle a été accusée de fraude.", []],
    ["impersonal passive: est dit", "Il est dit que non.", []],
    ["inquiet without a reflexive pronoun is an adjective", "Il est inquiet de la hausse.", []],
    ["noun of the family of déclarer", "La déclaration du ministre est attendue.", []],
    ["noun of the family of répondre", "La réponse est claire.", []],
    ["noun of the family of constater", "Le constat est sévère.", []],
    ["noun of the family of rappeler", "Un rappel est prévu.", []],
    ["noun of the family of expliquer", "Son explication est claire.", []],
    ["noun of the family of préciser", "La précision est là.", []],
    ["noun of the family of affirmer", "L'affirmation est fausse.", []],
    ["a verb's form after un/une is a noun: annonce", "Une annonce a été faite.", []],
    ["a verb's form after une is a noun: critique", "Une critique a suivi.", []],
    ["l' at the start of a sentence is an article: estime", "L'estime est réciproque.", []],
    ["les at the start of a sentence is an article: dits", "Les dits accords sont caducs.", []],
    ["after a preposition, la is an article", "Il répond à la critique.", ["répond"]],
  ], verbsOf(fr));
});

describe("isVerb: French articles that are object pronouns keep the verb", () => {
  readerTable<string[]>([
    ["le after a subject pronoun", "Il le dit souvent.", ["dit"]],
    ["l' after a subject pronoun", "Elle l'annonce demain.", ["annonce"]],
    ["la after a noun subject", "Les juges la critiquent.", ["critiquent"]],
    ["l' after qui", "Le ministre, qui l'annonce, part.", ["annonce"]],
    ["le before an infinitive after a preposition", "Il a fallu le dire pour le rappeler.", ["dire", "rappeler"]],
  ], verbsOf(fr));
});

describe("isVerb: English reporting verbs in every tense", () => {
  readerTable<string[]>([
    ["past", "He said no.", ["said"]],
    ["present, third person", "She says no.", ["says"]],
    ["future: the verb, not will", "He will say more tomorrow.", ["say"]],
    ["present perfect: the participle, not has", "He has said no.", ["said"]],
    ["past perfect: the participle, not had", "She had said no.", ["said"]],
    ["progressive: the -ing form", "He was saying no.", ["saying"]],
    ["told", "He told reporters no.", ["told"]],
    ["tells", "She tells everyone.", ["tells"]],
    ["added", "He added that it was over.", ["added"]],
    ["inverted after the quote: said Smith", "\"No,\" said Smith.", ["said"]],
    ["claimed", "She claimed it was false.", ["claimed"]],
    ["replied", "She replied at once.", ["replied"]],
    ["warned", "He warned of delays.", ["warned"]],
    ["asked", "He asked why.", ["asked"]],
    ["commented", "He commented briefly.", ["commented"]],
  ], verbsOf(en));
});

describe("isVerb: English words that must not be read as reporting verbs", () => {
  readerTable<string[]>([
    ["noun of the family of state", "A statement was issued.", []],
    ["plural noun of the family of say", "Sayings are old.", []],
    ["a verb's form after the is a noun: report", "The report was late.", []],
    ["plural after the: claims", "The claims were false.", []],
    ["after a possessive: his reply", "His reply came late.", []],
    ["warning after the", "The warning came late.", []],
    ["after a possessive 's: a spokesman's comments", "A spokesman's comments were brief.", []],
    ["after a name's 's", "Smith's reply came late.", []],
    ["passive: was told", "He was told to leave.", []],
    ["passive with an adverb: were never told", "They were never told why.", []],
    ["passive of announce", "It was announced on Monday.", []],
  ], verbsOf(en));
});

describe("isVerb: English verbs near a determiner or be stay verbs", () => {
  readerTable<string[]>([
    ["he's said: has, not a possessive", "He's said no.", ["said"]],
    ["that as a relative pronoun", "It was the man that said no.", ["said"]],
    ["her as an object", "I heard her say no.", ["say"]],
    ["another as a pronoun subject", "One left. Another said he stayed.", ["said"]],
    ["each after a pronoun subject", "They each said no.", ["said"]],
    ["progressive after be", "He was telling reporters no.", ["telling"]],
    ["the noun and then the verb", "The report said the plant was safe.", ["said"]],
  ], verbsOf(en));
});
