// French words the entity rules read: organisation, office and event heads, trades, place prepositions,
// verb endings and clitics. Read through the French hooks (lang/fr/) or by rules that only French text reaches.
import { FINITE_AUXILIARIES } from "./quotes";
import type { AppositionOpeners } from "../types";
import { lowerWithEnding } from "../../text/unicode";
import { lazy } from "../../text/lazy";

/** Lower-case heads before an organisation's name: "l'agence Reuters", "le parti Renaissance". */
export const ORG_HEADS_FR = new Set(["agence", "ministère", "parti", "groupe", "société", "association", "banque",
  "journal", "quotidien", "hebdomadaire", "chaîne", "radio", "télévision", "entreprise", "compagnie",
  "fondation", "institut", "université", "organisation", "syndicat", "club", "fédération", "commission", "hôpital", "clinique",
  "lycée", "collège",
  // Civil society and firms: "l'ONG Terre Solidaire", "le collectif Rivières Vivantes", "la coopérative Blé d'Or".
  "ong", "collectif", "coalition", "mouvement", "coopérative", "mutuelle", "firme", "ligue", "alliance", "confédération", "start-up"]);

/**
 * Capitalised heads that open an organisation's own name before another capitalised word ("Banque Méridia",
 * "Fondation Arbelle", "Mutuelle Atlantique", "Crédit Normand", "Syndicat Sud-Énergie"). Not "Haute" ("Haute Corse").
 */
export const ORG_OPENING_HEADS_FR = new Set(["banque", "fondation", "mutuelle", "crédit", "caisse", "groupe", "société", "compagnie",
  "association", "syndicat", "fédération", "confédération", "institut", "collectif", "coopérative", "agence", "ligue", "union",
  "observatoire", "académie", "conseil", "comité", "office", "assurances", "laboratoires", "éditions", "établissements"]);

/** The singular definite articles before a title or a body's one capitalised word: "le Moniteur", "la Tribune", "l'Express". */
export const BODY_ARTICLES = new Set(["le", "la", "l'", "l’"]);

/** Plural articles before a body's name opened by a plural noun ("Les Amis de la Terre", "des Restos du cœur"). */
export const PLURAL_ARTICLES = new Set(["les", "des", "aux"]);

/** "l'Impact de Montréal", "le Stade de Reims": a capitalised common noun after a masculine article, then "de" and a town, names a club
 *  (clubs are masculine; "la Presse de Vienne" is left to the other rules). */
export const CLUB_ARTICLES = new Set(["l'", "le"]);

/** The word after a number that makes it an age, not a listing's figure: "54 ans". */
export const AGE_UNITS = new Set(["ans", "an"]);
/** The initials a French club's name opens with before its town ("le FC Nantes", "l'AS Saint-Étienne", "l'OGC Nice"). */
export const CLUB_PREFIXES_FR = new Set(["fc", "as", "ogc", "rc", "sc", "aj", "ac", "sco", "asse", "usl", "esa", "ca", "us"]);

/** Prepositions of place ("à Aubonne", "en Biscaye"), and nouns whose "de" names a place ("la ville de Thoune"). */
export const PLACE_PREPOSITIONS_FR = new Set(["à", "en"]);

/**
 * "place" taken with no article as a job or a seat, right after these verbs ("cuisinière demande place Bonnes
 * références", "il a pris place Mardi", "faire place à"): the capital after it is no square's name. After any other
 * word "place" stays a street's head ("habite place Bellecour", "entrée place Vauban").
 */
export const PLACE_AS_JOB_AFTER_FR = new Set(["demande", "demandent", "cherche", "cherchent", "désire", "désirent", "accepterait",
  "accepte", "prendrait", "prend", "prennent", "prendre", "pris", "trouver", "trouve", "trouverait", "céder", "cède", "cédé", "faire",
  "fait", "font"]);

/** "Belcredi lui-même": the emphatic pronouns of one person (not "eux-mêmes", said of bodies and peoples too). */
export const EMPHATIC_PERSONAL = new Set(["lui-même", "elle-même"]);

/** "Hier à Vallendorf, les ouvriers …": time words that may open a sentence before the "à" of its setting. */
export const SETTING_LEADS = new Set(["hier", "aujourd'hui", "demain", "avant-hier", "puis", "ensuite", "enfin", "ici", "là", "mais", "et", "or"]);

/** "marchent vers Ostrevka": a preposition of direction, before a place whatever comes before it. */
export const DIRECTION_PREPOSITIONS_FR = new Set(["vers"]);

/** Feasts and hours after "vers", which are times ("vers Pâques", "vers Midi"), and the one to whom one turns ("vers Dieu"). */
export const NOT_PLACE_AFTER_DIRECTION_FR = new Set(["pâques", "noël", "pentecôte", "toussaint", "carême", "ascension", "épiphanie",
  "chandeleur", "assomption", "midi", "minuit", "dieu"]);

/** Motion words whose "pour" names where one goes: "parti pour Hornbach", "le départ pour Tarvel", "en route pour …". */
export const GOING_TO_FR = new Set(["part", "partent", "partait", "partaient", "partira", "partiront", "partir", "parti", "partie",
  "partis", "parties", "départ", "route", "embarqué", "embarquée", "embarqués", "embarque", "embarquent", "repartir", "reparti", "repartis"]);

/** Motion words whose "de" names where one comes from: "arrivé de Kalmbourg", "venant de …", "de retour de …". */
export const COMING_FROM_FR = new Set(["arrivé", "arrivée", "arrivés", "arrivées", "arrive", "arrivent", "arrivait", "venant", "venu",
  "venue", "venus", "venues", "revenu", "revenue", "revenus", "revenant", "retour", "rentré", "rentrés", "expédié", "expédiés", "expédiées"]);

/**
 * Words of nearness and bearing whose "de" names a place: "près de Kimito", "au large de Tréboul", "non loin de Vallorbe",
 * "au nord de Vérone", "aux portes de Vienne".
 */
export const NEAR_BEFORE_DE_FR = new Set(["près", "loin", "proximité", "large", "nord", "sud", "ouest", "abords", "alentours", "portes"]);

/** Nouns whose "de" complement names a place: "la ville de Thoune", "la route de Vicence". */
export const PLACE_NOUNS = new Set(["ville", "villes", "route", "routes", "environs", "canton", "commune", "district",
  "province", "région", "royaume", "duché", "comté", "principauté", "port", "bords", "citoyen", "habitants", "bourgeois",
  // Settlements and lands: "le village de Corcelles", "la paroisse de Vaulion", "la vallée de Joux".
  "village", "villages", "hameau", "bourg", "paroisse", "paroisses", "vallée", "château", "seigneurie", "bailliage", "contrée",
  "faubourg", "territoire", "arrondissement", "département", "municipalité", "communes", "cantons", "districts"]);

/**
 * More nouns whose "de" complement is a place, where a surname of the same spelling would not stand: an office held in a
 * town, a site or a direction ("le maire de Valence", "la gare de Lyon", "près de Nancy").
 */
export const PLACE_OF_NOUNS = new Set(["maire", "maires", "mairie", "préfet", "préfecture", "député", "députée", "sénateur", "sénatrice", "évêque",
  "archevêque", "conseil", "département", "agglomération", "métropole", "banlieue", "centre", "centre-ville", "périphérie", "gare", "aéroport",
  "université", "hôpital", "tribunal", "cour", "prison", "stade", "club", "équipe", "près", "proche", "loin", "autour", "nord", "sud", "est",
  "ouest", "départ", "arrivée", "direction", "sortie", "entrée", "rues", "rue", "quartier", "quartiers", "campagne", "village", "villages",
  "diocèse", "académie", "rectorat", "ambassade", "consulat", "capitale", "population", "habitant", "originaire", "originaires", "venant",
  "venu", "venue", "venus", "parti", "partie", "partis", "arrivé", "arrivés", "baie", "golfe", "lac", "île", "îles", "territoire", "pays",
  "république", "royaume", "peuple", "armée", "frontière", "frontières", "côte", "côtes", "région", "zone", "environs"]);

/** Trades and conditions that follow a surname in lists of notices ("Charlier, marchand de vin"). */
export const TRADES_FR = new Set(["marchand", "marchande", "négociant", "négociante", "pharmacien", "pharmacienne", "entrepreneur",
  "notaire", "médecin", "chirurgien", "boulanger", "boucher", "épicier", "épicière", "cultivateur", "agriculteur", "vigneron",
  "horloger", "instituteur", "institutrice", "ingénieur", "architecte", "employé", "employée", "ouvrier", "ouvrière", "commis",
  "rentier", "rentière", "propriétaire", "industriel", "fabricant", "banquier", "courtier", "tanneur", "menuisier",
  "charpentier", "serrurier", "cordonnier", "tailleur", "couturière", "aubergiste", "cafetier", "hôtelier", "imprimeur",
  "libraire", "peintre", "sculpteur", "musicien", "compositeur", "étudiant", "étudiante", "champion", "championne",
  "coureur", "boxeur", "joueur", "gardien", "facteur", "cocher", "voiturier", "domestique", "veuf"]);

/** What opens a trade or a title in apposition after a name: "Charlier, marchand de vin", "Pernot, ancien champion". */
export const APPOSITION_FR: AppositionOpeners = {
  alone: new Set(), determiners: false, lead: new Set(["ancien", "ancienne", "le", "la", "l'", "un", "une", "jeune", "célèbre"]), heads: "titles",
  trades: TRADES_FR, age: false,
};

/** Title words that are also adjectives inside organisation names ("Assemblée Générale", "Premier Ministre"). */
export const ADJECTIVE_TITLES = new Set(["général", "générale", "premier", "première"]);

/** The forms of "de" before a complement, with either apostrophe. */
export const DE_FORMS_ANY_APOSTROPHE = new Set(["de", "du", "des", "d'", "d’"]);

/** French noble titles: "le duc de Wellington", "le prince de Bismarck" name a person even after a town's name. */
export const NOBLE_TITLES_FR = new Set(["duc", "duchesse", "prince", "princesse", "comte", "comtesse", "marquis", "marquise",
  "baron", "baronne", "vicomte", "vicomtesse"]);

/** Titles in lower case before a person's name, beside the noble ones: "lord Stratford Canning", "le maréchal Soult". */
export const TITLES_BEFORE_NAMES = new Set(["lord", "lady", "sir", "général", "maréchal", "amiral", "colonel", "capitaine", "roi", "reine",
  "empereur", "impératrice", "pape", "archiduc", "archiduchesse", "cardinal", "abbé", "docteur", "sieur"]);

/** French auxiliaries and copulas: no role phrase runs over them (lexicon/fr/quotes.ts FINITE_AUXILIARIES). */
export const FINITE_FR: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);

/**
 * Words a role phrase read backwards from a name never runs over: a finite auxiliary ("Le procureur a requis dix ans contre X"),
 * and a preposition that opens no title's complement ("l'avocate parlait avec Sophie Arnaud", "assise à côté de X").
 */
export const ROLE_STOPS_FR: ReadonlySet<string> = new Set([...FINITE_FR, "avec", "contre", "sur", "sous", "par", "pour",
  "sans", "envers", "vers", "entre", "parmi", "après", "avant", "devant", "derrière", "côté", "auprès", "malgré", "face", "comme"]);

/** Lower-case heads whose "de" complement is a portfolio or a field: "ministère de l'Intérieur". */
export const OFFICE_HEADS = new Set(["ministère", "haut-commissariat", "commissariat"]);

/** Heads that an adjective may follow before the organisation's name ("le groupe pharmaceutique X"). */
export const COMPANY_HEADS = new Set([...ORG_HEADS_FR, "constructeur", "laboratoire", "géant", "distributeur", "opérateur",
  "fabricant", "assureur", "éditeur", "cabinet", "start-up", "transporteur", "équipementier", "fonds"]);

/** Words that open an event's name in French: "Coupe du monde", "Championnat d'Europe", "Salon de l'agriculture". */
export const EVENT_HEADS = new Set(["coupe", "championnat", "championnats", "festival", "salon", "rallye", "trophée", "mondial", "tournoi"]);

/** Nouns a polling institute or a research body follows: "un sondage Ifop", "une enquête Ipsos". */
export const SURVEY_HEADS = new Set(["sondage", "sondages", "enquête", "étude", "baromètre"]);

/** Office holders whose "de" complement is a portfolio: "ministre de l'Économie", "ministre des Armées". */
export const PORTFOLIO_HOLDERS = new Set(["ministre", "ministres"]);

/** Adjectives between a minister and the portfolio that the adjective endings miss: "ministre délégué aux Transports". */
export const MINISTER_ADJECTIVES = new Set(["délégué", "déléguée", "adjoint", "adjointe", "chinois", "français", "anglais",
  "japonais", "libanais", "portugais", "néerlandais", "danois", "finlandais", "polonais", "irlandais", "écossais", "sénégalais"]);

/** Lower-case adjectives that may close an office's name ("écologique", "nationale", "solidaires", "étrangères"). */
export const ADJECTIVE_ENDINGS = lowerWithEnding(["ique", "iques", "ale", "ales", "al", "aux", "elle", "elles", "el", "els", "aire", "aires", "ienne", "iennes", "ien", "iens", "ère", "ères", "ive", "ives", "if", "ifs"]);

/** Capitalised words that open a body's name before lower-case adjectives ("l'Office national des forêts"). */
export const BODY_HEADS = new Set(["office", "agence", "cour", "conseil", "banque", "fonds", "organisation", "institut", "autorité", "comité",
  "commission", "haut", "haute", "réseau", "centre", "caisse", "fédération", "union", "observatoire", "syndicat", "confédération",
  "direction", "assemblée", "tribunal", "ligue", "mouvement", "parti", "société", "compagnie", "académie", "association", "bureau",
  "chambre", "conférence", "fondation", "inspection", "secrétariat", "service", "régie", "front", "rassemblement", "alliance", "parquet"]);

/** Adjectives of bodies' names the endings of ADJECTIVE_ENDINGS miss ("européenne", "ferré", "unies", "public"). */
export const BODY_ADJECTIVES = new Set(["européen", "européenne", "européens", "européennes", "ferré", "ferrés", "uni", "unie", "unis", "unies",
  "public", "publics", "supérieur", "supérieure", "suprême", "libre", "libres", "indépendant", "indépendante", "islamique", "unifié", "unifiée"]);

/** Adjectives that open a land's hyphenated name before a country: "Nouvelle-France", "Basse-Autriche", "Grande-Bretagne". */
export const PLACE_ADJECTIVES = new Set(["nouvelle", "nouveau", "grande", "grand", "petite", "petit", "haute", "haut", "basse", "bas",
  "vieille", "vieux", "sainte", "saint"]);

/** The forms of "de" before a complement. */
export const DE_FORMS = new Set(["de", "du", "des", "d'"]);

/** Definite articles: "ministère de l'Intérieur". */
export const DEFINITE_ARTICLES = new Set(["l'", "la", "le", "les"]);

/** Singular determiners before a head noun: "le groupe", "une enquête". */
export const SINGULAR_DETERMINERS = new Set(["le", "la", "l'", "un", "une"]);

/** Nationality nouns the demonym table lacks (irregular feminines). */
export const MORE_DEMONYMS = new Set(["suissesse", "suissesses"]);

/** Nouns whose apposition names an organisation: "sa maison de disques, X", "son label, X", "son employeur, X". */
export const ORG_APPOSED = new Set(["disques", "édition", "label", "club", "employeur", "éditeur", "parti", "syndicat", "formation", "écurie"]);

/** Possessive determiners: "son club", "sa maison de disques". */
export const POSSESSIVE_DETERMINERS = new Set(["son", "sa", "ses", "leur", "leurs"]);

/** "Laissez-moi", "Avait-elle", "Est-ce", "Celui-là", "Peut-être": a verb or pronoun with a clitic joined by a hyphen. */
export const CLITIC_ENDING = /-(?:moi|toi|lui|nous|vous|leur|eux|la|le|les|elle|elles|il|ils|je|tu|on|ce|là|ci|être|en|y|t-il|t-elle|t-on)$/u;

/** "Sourdement", "Instinctivement", "Évidemment": a French adverb of manner (long enough not to be "Clément"). */
export const ADVERB_ENDING = /.{4}[aeiu]ment$/u;

/** "du", "au": "de le" and "à le" contracted ("du Monde", "au Figaro"). */
export const CONTRACTED_DE_A = /^(?:du|au)$/;

/** The article a contraction holds before a town's name: "au Locle", "du Havre" (Le Locle, Le Havre), "aux Brenets". */
export const ARTICLE_OF_CONTRACTION: ReadonlyMap<string, string> = new Map([["au", "Le"], ["du", "Le"], ["aux", "Les"], ["des", "Les"]]);

/** Heads of a street or a square named with "de"/"du"/"des": "rue des Halles", "place de la République", "quai d'Orsay". */
export const STREET_HEADS = new Set(["rue", "rues", "avenue", "boulevard", "quai", "impasse", "allée", "faubourg", "square", "parc", "place", "pont", "hôtel"]);

/** "M." as OCR reads it in old print: "Al. Freudenreich", "AI. Racle" (the M split in two strokes). Written with its period. */
export const OCR_MONSIEUR = new Set(["Al", "AI", "AL"]);

/** "MM." (Messieurs) as OCR reads it: each M split in two strokes, written solid ("AlAL Millier", "AIAI les notifians"). */
export const OCR_MESSIEURS = new Set(["AlAL", "AlAl", "AIAI", "AlAI", "AIAl", "ALAL", "AIAL", "ALAI"]);

/**
 * A ship's flag as the shipping news abbreviates it after the ship's name: "Saint-Paul, fr., Singapour", "Vaskapu, aut.,
 * Braila", "Britannia, ang., Londres" (the lower case: a town's or a person's name is never written so after a comma).
 */
export const SHIP_FLAGS_FR = new Set(["fr", "franç", "ang", "angl", "all", "allem", "aut", "autr", "esp", "it", "ital", "holl", "belg", "norv", "dan", "suéd", "sued", "russ", "amér", "amer", "grec", "ott", "turc", "jap", "brés", "chil", "roum", "yougosl", "finl", "lett"]);

/** "outre-Rhin", "outre-Manche": the prefix that names the land beyond a river, a sea or a range (lang/fr/beyond-places.ts). */
export const BEYOND_PREFIX_FR = "outre-";

/** A wine's colour or style after the land it is named after: "Champagne blanc", "Bourgogne mousseux" (lang/fr/wines.ts). */
export const WINE_STYLES_FR = new Set(["blanc", "rouge", "rosé", "mousseux", "pétillant", "brut", "demi-sec", "grand-cru"]);

/** "Me" (maître) as OCR reads it, its e an o: "Mo Libaude". */
export const OCR_MAITRE = new Set(["Mo"]);

/** Participles before the name a person goes by: "un déserteur nommé Pétermann", "le dénommé Saugé". */
export const NAMING_PARTICIPLES = new Set(["nommé", "nommée", "dénommé", "dénommée", "surnommé", "surnommée", "prénommé", "prénommée"]);

/** The days of the week, in lower case: a guide's opening hours ("Dimanches, mardis et jeudis, de 11 h. à 4 h."). */
export const WEEKDAYS_FR = new Set(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]);

/** "Radio-Cité", "Radio-Toulouse": a radio station's name. */
export const RADIO_PREFIX = lazy(() => /^radio-\p{L}/iu);

/** "a-t-il", "dit-elle": a verb inverted with its subject pronoun. */
export const INVERTED_SUBJECT = /-t-(?:il|elle)$/;

/** Capitals that only open a sentence: "A" is "À" written without its accent ("A Londres"). */
export const UNACCENTED_CAPITALS = new Set(["A"]);

/** Lower-case nouns whose capitalised complement names a thing after a person: "la loi Macron",
 *  "la tempête Ciara", "le gouvernement Borne", "le plan Marshall". */
export const EPONYM_HEADS = new Set(["loi", "lois", "tempête", "ouragan", "cyclone", "typhon", "gouvernement", "ferry", "navire", "paquebot",
  "plan", "réforme", "doctrine", "amendement", "décret", "circulaire", "jurisprudence", "dépression", "prix"]);

/** Lower-case nouns whose "de" complement names a thing after a person: "le boson de Higgs", "la maladie d'Alzheimer". */
export const EPONYM_DE_HEADS = new Set(["boson", "maladie", "syndrome", "théorème", "loi", "principe", "effet", "constante",
  "équation", "conjecture", "complexe", "méthode"]);

/** Acronyms that are common nouns, naming no one body ("l'ONG", "les PME", "un SDF"): lower case; lang/fr/entities.ts. */
export const COMMON_ACRONYMS_FR = new Set(["ong", "pme", "tpe", "sdf", "hlm", "drh", "pdg", "cdi", "cdd", "rtt", "smic", "tva", "pib", "ivg", "ehpad"]);

/** Titles of the Orient written after a name with a hyphen: "Osman-bey", "Ibrahim-Pacha", "Hassan-aga", "Ali-Effendi". */
export const ORIENT_TITLES_AFTER = new Set(["pacha", "bey", "béy", "aga", "agha", "effendi", "khan", "mirza", "cheik", "cheikh"]);

/** Filiation words inside a hyphenated Arabic name after a given name: "Mohamed-ben-Youssef", "Ahmed-ould-Aïssa". */
export const FILIATION_INSIDE = new Set(["ben", "ibn", "bin", "ould"]);

/** Words that open an Arabic place name before a hyphen (gate, spring, river, cape, mountain, fort, market, bath):
 *  "Bab-el-Oued", "Aïn-Témouchent", "Oued-Zem", "Ras-el-Ma", "Djebel-Amour", "Bordj-Menaïel", "Souk-Ahras". */
export const ARABIC_PLACE_HEADS = new Set(["bab", "aïn", "ain", "oued", "ras", "djebel", "bordj", "ksar", "souk", "hammam"]);

/** A woman's state or a form of address written alone, which names no one: "Dame demande place", "Veuve seule désire emploi". */
export const ADDRESS_ALONE_FR = new Set(["dame", "dames", "demoiselle", "demoiselles", "veuve", "veuves", "sieur"]);

/** The heads of a newspaper's sections of the time, whose "de" names where the news comes from: "NOUVELLES DE PARIS",
 *  "LETTRE D'ITALIE", "CORRESPONDANCE DE VIENNE", "DÉPÊCHES DE LONDRES" (lower case). */
export const SECTION_HEADS_FR = new Set(["nouvelles", "lettre", "lettres", "correspondance", "correspondances", "chronique",
  "dépêche", "dépêches", "depeches", "courrier", "bulletin", "échos", "echos", "informations", "télégrammes", "telegrammes", "revue"]);

/**
 * Capitalised words that open a French club's name before a demonym in lower case or "de" and its town ("le Stade
 * rennais", "l'Olympique lyonnais", "l'Olympique de Marseille", "le Racing Club de Strasbourg"): lang/fr/clubs.ts.
 */
export const CLUB_HEADS_FR = new Set(["olympique", "stade", "racing", "sporting"]);
/** Endings of a town's demonym as a club writes it after its head ("rennais", "lyonnais", "brestois", "toulousain"). */
export const CLUB_DEMONYM_ENDINGS = ["ais", "ois", "ain", "in", "ien"];

/**
 * A firm's officers and staff before "de" and its name ("le PDG de Veltron", "les salariés de Korvane", "les
 * actionnaires de …"): no person has them; lang/fr/firms.ts.
 */
export const FIRM_OFFICERS_FR = new Set(["pdg", "p.-d.g.", "actionnaires", "salariés", "filiale", "filiales"]);

/**
 * Works whose "de" names their author in programmes and reviews: "Œuvres de Smetana", "une comédie de Gondinet",
 * "chansons d'Alfred Bachelet", "Fables de La Fontaine" (lang/fr/name-lists.ts workAuthors).
 */
export const WORK_NOUNS_FR = new Set(["œuvres", "oeuvres", "œuvre", "oeuvre", "chansons", "comédie", "comédies", "drame", "drames",
  "opéra", "opérette", "pièce", "pièces", "mélodies", "poèmes", "poésies", "roman", "romans", "symphonie", "sonate", "ballet",
  "valse", "fantaisie", "airs", "lieder", "fables", "contes"]);
