// French lexicon: data only. Verbs are lemmas; conjugate.ts generates their forms.
import type { LexiconData } from "./types";
import { PREPOSITIONAL, REQUEST } from "./fr/quotes";

export const fr: LexiconData = {
  lang: "fr",
  requestVerbs: REQUEST,
  prepositionalVerbs: PREPOSITIONAL,
  portfolioPrepositions: ["à", "au", "aux"],
  clauseOpeners: ["que", "qu'", "il", "elle", "ils", "elles", "on"],
  stopwords: ["le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "que", "qui", "dans", "pour",
    "pas", "sur", "avec", "il", "elle", "ont", "au", "aux", "ce", "cette", "été", "mais", "sont", "par", "ses"],
  reportingVerbs: [
    "déclarer", "affirmer", "réaffirmer", "assurer", "estimer", "souligner", "indiquer", "expliquer", "ajouter",
    "préciser", "annoncer", "réitérer", "confier", "lancer", "rappeler", "insister", "conclure", "répondre",
    "répliquer", "reconnaître", "admettre", "avertir", "prévenir", "menacer", "promettre", "dénoncer", "critiquer",
    "regretter", "déplorer", "juger", "considérer", "noter", "observer", "relever", "marteler", "commenter",
    "confirmer", "démentir", "nier", "raconter", "résumer", "écrire", "tweeter", "protester", "plaider",
    "réclamer", "demander", "exhorter", "appeler", "fustiger", "lâcher", "glisser", "souffler", "murmurer",
    "crier", "ironiser", "tempêter", "témoigner", "signaler", "dire", "poursuivre", "répéter", "soutenir",
    "argumenter", "avancer", "arguer", "détailler", "préconiser", "mettre", "interroger", "questionner",
    "s'exclamer", "s'écrier", "répartir", "objecter", "continuer", "reprendre", "interrompre", "balbutier",
    "bredouiller", "chuchoter", "hurler", "soupirer", "gronder", "grogner", "gémir", "sangloter", "rétorquer",
    "opiner", "fit", "conseiller", "certifier", "jurer", "garantir", "prédire", "pronostiquer", "espérer",
    "mentionner", "évoquer", "revendiquer", "proclamer", "publier", "communiquer", "informer", "révéler",
    "dévoiler", "accuser", "saluer", "féliciter", "remercier", "condamner", "exiger", "appuyer",
    // Press incises ("…», réagit X", "…», tacle Y"): present, imperfect and simple past come from conjugate.ts.
    "réagir", "tacler", "renchérir", "abonder", "acquiescer", "enchaîner", "nuancer", "relativiser", "tempérer",
    "cingler", "railler", "persifler", "pester", "tonner", "fulminer", "asséner", "assener", "alerter",
    "égrener",
    // Sports and culture incises: "», a savouré le capitaine", "», jubile la chanteuse".
    "savourer", "jubiler", "exulter", "positiver", "philosopher", "justifier",
    // What an observer or a source puts on record: "constate que", "a réfuté l'idée", "recommande …".
    "constater", "réfuter", "recommander",
    // More press incises ("», tranche le juge", "», concède X", "», riposte Y") and what they put on record ("maintient que").
    "trancher", "concéder", "avouer", "confesser", "riposter", "contester", "suggérer", "analyser", "décrypter",
    "plaisanter", "rectifier",
    // What a source proclaims, and a press account: "clame que", "relate que", "atteste que".
    "clamer", "relater", "attester",
  ],
  pronominalVerbs: [
    "féliciter", "réjouir", "inquiéter", "indigner", "alarmer", "interroger", "emporter", "exclamer", "écrier",
    "dire", "montrer", "déclarer", "étonner", "plaindre", "défendre", "justifier", "excuser", "engager",
    "prononcer", "exprimer", "confier", "rappeler", "demander", "désoler", "agacer",
    "offusquer", "insurger", "amuser", "impatienter", "énerver", "étrangler", "épancher", "enthousiasmer",
  ],
  irregularForms: {
    // Local press: "», sourit Martine, 67 ans". Only the forms of an incise: "Anne Morel a souri." reports nothing.
    sourire: ["sourit", "souriait"],
    dire: ["dit", "dits", "dite", "dites", "disent", "disait", "disaient", "dira", "dirait", "diront", "disant", "dirent"],
    écrire: ["écrit", "écrite", "écrivent", "écrivait", "écrivaient", "écrivant", "écrivit", "écrira", "écrirait"],
    reconnaître: ["reconnaît", "reconnait", "reconnu", "reconnue", "reconnaissent", "reconnaissait", "reconnaissant", "reconnut"],
    admettre: ["admet", "admis", "admise", "admettent", "admettait", "admettant", "admit"],
    promettre: ["promet", "promis", "promise", "promettent", "promettait", "promettant", "promit"],
    mettre: ["mis", "met"],
    répondre: ["répond", "répondu", "répondent", "répondait", "répondant", "répondit"],
    conclure: ["conclut", "conclu", "concluent", "concluait", "concluant"],
    poursuivre: ["poursuit", "poursuivi", "poursuivent", "poursuivait", "poursuivant", "poursuivit"],
    prévenir: ["prévient", "préviendra", "préviendrait", "prévenu", "préviennent", "prévenait", "prévenant", "prévint"],
    soutenir: ["soutient", "soutiendra", "soutiendrait", "soutenu", "soutiennent", "soutenait", "soutenant", "soutint"],
    reprendre: ["reprend", "repris", "reprennent", "reprenait", "reprenant", "reprit"],
    interrompre: ["interrompt", "interrompu", "interrompit"],
    démentir: ["dément", "démenti", "démentent", "démentait", "démentit"],
    prédire: ["prédit", "prédisent", "prédisait"],
    // The other forms of "faire" report only in its locutions ("fera savoir que", "font valoir que", "vient de faire état de"):
    // FAIRE_LOCUTION_ONLY, lang/fr/verbs.ts.
    fit: ["fit", "fait", "firent", "faisait", "font", "fera", "feront", "ferait", "feraient"],
    répartir: ["repartit", "repartir"],
    gémir: ["gémit", "gémissait"],
    avertir: ["avertit", "averti", "avertie", "avertissent", "avertissait", "avertissant"],
    revendiquer: [],
    maintenir: ["maintient", "maintenu", "maintenue", "maintiennent", "maintenait", "maintenaient", "maintint", "maintiendra", "maintiendrait"],
    émettre: ["émet", "émis", "émise", "émettent", "émettait", "émit"],
    exclure: ["exclut", "exclu", "exclue", "excluent", "excluait", "excluant", "exclura", "exclurait"],
    plaindre: ["plaint", "plaignent", "plaignait", "plaignaient", "plaignit", "plaignant"],
  },
  // Participles whose object is a report after the main clause's comma: "X a refusé sa défaite, dénonçant des fraudes".
  participleReports: ["dénonçant", "critiquant", "fustigeant", "condamnant", "déplorant", "regrettant", "réclamant", "exigeant",
    "annonçant", "évoquant", "invoquant", "saluant", "accusant", "promettant", "démentant", "niant", "confirmant", "proposant"],
  objectReportVerbs: ["annoncer", "démentir", "nier", "confirmer", "révéler", "reconnaître", "promettre",
    "proposer", "critiquer", "dénoncer", "saluer", "condamner", "exiger", "réclamer", "défendre", "rejeter",
    "fustiger", "évoquer", "revendiquer", "préconiser", "plaider pour", "appeler à", "déplorer", "regretter",
    // What the press reports as said with a noun phrase: "a contesté la légitimité du scrutin", "a insisté sur la
    // nécessité d'un accord". (Not "souligner": "cette affaire souligne les failles du système" is the writer's
    // reading; its "que" clause stays a report. Not "exprimer", a frame-only verb: "qui s'exprimait devant la presse".)
    "contester", "réaffirmer", "signaler", "admettre", "prôner", "insister sur", "alerter sur"],
  // Report frames (see types.ts; "clause": what follows the fixed words): the complement that makes each verb a report. "fit" stands for "faire" (its forms
  // are fit's irregular ones). Plans are no frames: "prévoit de se rendre", "envisage de discuter" report nothing.
  reportFrames: [
    "menacer|de+inf", "promettre|de+inf", "proposer|de+inf", "jurer|de+inf", "demander|à+inf",
    "inviter|obj à+inf", "exhorter|obj à+inf", "appeler|obj à+inf",
    // What the addressee is urged to: "a exhorté les habitants à la prudence", "appelle les élus au calme" (not "inviter":
    // "a invité le maire à la cérémonie" is a guest).
    "exhorter|obj à+np", "appeler|obj à+np",
    "fit état|de+np", "demander|np", "mentionner|np", "recommander|np", "réfuter|np", "réitérer|np",
    "accuser|obj de", "dire|adj", "déclarer|adj", "appeler à ce que|clause", "appeler à ce qu'|clause",
    // Advice and talk whose complement is the content: "recommande de boire", "a parlé d'une erreur", "estime à 5 000 le nombre …".
    "recommander|de+inf", "conseiller|de+inf", "parler|de+np", "estimer|à+np",
    // A call whose "à" + noun phrase is what was called for: "a appelé à la retenue", "appellent à une grève".
    "appeler|à+np",
    // Verbs that report only through these frames (they are no reporting verbs): what a source relays or forecasts
    // with "que" ("Le Monde rapporte que …", "L'Insee prévoit que …"; otherwise "rapporter" brings back and "prévoir"
    // plans), and talk whose "de" + noun phrase is the content ("a parlé d'une erreur", never "Parle donc !").
    "rapporter|que", "prévoir|que",
    // Pronominal frames (the reflexive is required): a commitment is a statement.
    "s'engager|à+inf",
    // What a source does not rule out or hide, says it lets be understood, or expresses ("n'exclut pas que …", "ne cache pas que …",
    // "a laissé entendre que …", "a exprimé l'espoir que …", "a émis l'hypothèse que …"); without "que" these verbs report nothing.
    "exclure|que", "cacher|que", "laisser entendre|que", "exprimer|que", "émettre|que",
    // A warning whose complement is the content: "a mis en garde contre une dérive".
    "mettre en garde|contre+np",
    // What a source maintains or claims, only with "que": "prétend que …", "maintient que …" (not "se maintient à son cours", "prétend au titre").
    "prétendre|que", "maintenir|que",
  ],
  // A vote or a ruling that turns down a bill, a motion or an appeal is no statement ("Le Sénat a rejeté le projet de loi",
  // "la cour a rejeté le recours"); "a rejeté les accusations" is one.
  grantVerbs: ["rejeter", "rejette", "rejettent", "rejeté", "rejetée", "rejetés", "rejetées", "rejetait", "rejetaient", "rejeta", "rejetant"],
  grantObjects: ["projet", "projets", "texte", "textes", "amendement", "amendements", "motion", "motions", "recours", "pourvoi",
    "requête", "demande", "demandes", "candidature", "budget", "loi", "pétition"],
  frameOnlyVerbs: ["parler", "rapporter", "prévoir", "exclure", "cacher", "laisser", "exprimer", "émettre", "prétendre", "maintenir"],
  subordinators: ["si", "quand", "lorsque", "lorsqu'", "alors", "bien", "puisque", "puisqu'", "comme", "tandis"],
  sourcePrepositions: ["selon", "d'après", "aux dires de", "de l'avis de"],
  // "Comme l'a rappelé X, …", "Ainsi que l'a précisé X, …" too (lang/fr/sources.ts asSaidSubject).
  reportCueWords: ["pour", "selon", "d'", "comme", "ainsi"],
  reportNouns: ["affirmation", "déclaration", "annonce", "promesse", "accusation", "allégation", "assertion", "avertissement",
    // Nouns whose content follows a particle (lexicon/fr/quotes.ts NOUN_FRAMES): "la proposition de X de …", "l'appel de X à …".
    "proposition", "suggestion", "demande", "menace", "exigence", "injonction", "offre", "appel", "appels", "invitation", "exhortation"],
  complementizers: ["que", "qu'"],
  complementizerReach: 24,
  relativeSubject: "qui",
  subjectAsides: true,
  honorifics: { "m": "m", "mm": "m", "mme": "f", "mmes": "f", "mlle": "f", "me": undefined, "dr": undefined,
    "pr": undefined, "monsieur": "m", "madame": "f", "mademoiselle": "f", "maître": undefined, "mgr": "m",
    "sœur": "f", "père": "m" },
  roleNouns: {
    "ministre": undefined, "président": "m", "présidente": "f", "premier": undefined, "première": "f",
    "secrétaire": undefined, "porte-parole": undefined, "directeur": "m", "directrice": "f", "général": "m",
    "générale": "f", "colonel": "m", "capitaine": undefined, "commandant": "m", "amiral": "m", "maire": undefined,
    "député": "m", "députée": "f", "sénateur": "m", "sénatrice": "f", "chef": undefined, "cheffe": "f",
    "ambassadeur": "m", "ambassadrice": "f", "juge": undefined, "procureur": "m", "procureure": "f",
    "avocat": "m", "avocate": "f", "patron": "m", "patronne": "f", "dirigeant": "m", "dirigeante": "f",
    "responsable": undefined, "homologue": undefined, "chancelier": "m", "chancelière": "f", "roi": "m",
    "reine": "f", "prince": "m", "princesse": "f", "pape": "m", "évêque": "m", "cardinal": "m",
    "commissaire": undefined, "gouverneur": "m", "préfet": "m", "préfète": "f", "conseiller": "m",
    "conseillère": "f", "professeur": "m", "professeure": "f", "docteur": "m", "chercheur": "m",
    "chercheuse": "f", "économiste": undefined, "sociologue": undefined, "analyste": undefined,
    "fondateur": "m", "fondatrice": "f", "vice-président": "m", "vice-présidente": "f", "adjoint": "m",
    "adjointe": "f", "délégué": "m", "déléguée": "f", "émissaire": undefined, "envoyé": "m", "envoyée": "f",
    "candidat": "m", "candidate": "f", "leader": undefined, "entraîneur": "m", "sélectionneur": "m",
    "ayatollah": "m", "cheikh": "m", "émir": "m", "sultan": "m", "lieutenant": "m", "sergent": "m",
    "maréchal": "m", "brigadier": "m", "ministère": undefined, "journaliste": undefined, "écrivain": "m",
    "écrivaine": "f", "auteur": "m", "autrice": "f", "acteur": "m", "actrice": "f", "chanteur": "m",
    "chanteuse": "f", "gérant": "m", "gérante": "f", "président-directeur": "m", "PDG": undefined, "pdg": undefined, "élu": "m", "élue": "f",
    // Nobility, clergy and kin titles before a name: "don Carlos", "la reine Victoria", "les frères Nuss".
    "don": "m", "duc": "m", "duchesse": "f", "comte": "m", "comtesse": "f", "marquis": "m", "marquise": "f",
    "baron": "m", "baronne": "f", "vicomte": "m", "vicomtesse": "f", "archiduc": "m", "archiduchesse": "f",
    "grand-duc": "m", "grande-duchesse": "f", "empereur": "m", "impératrice": "f", "tsar": "m", "tsarine": "f",
    "infant": "m", "infante": "f", "abbé": "m", "curé": "m", "pasteur": "m", "chanoine": "m", "frères": "m",
    "sieur": "m", "veuve": "f", "lord": "m", "lady": "f", "sir": "m",
    // Plural titles before a list of names: "les généraux X et Y", "les conseillers X, Y".
    "ministres": undefined, "généraux": "m", "colonels": "m", "conseillers": "m", "députés": "m",
    "sénateurs": "m", "juges": undefined, "docteurs": "m", "professeurs": "m", "camarades": undefined,
    // Civic, judicial and older titles ("le citoyen X", "l'avoyer X", "le landammann X", "le bâtonnier X").
    "citoyen": "m", "citoyenne": "f", "avoyer": "m", "landammann": "m", "bailli": "m", "châtelain": "m",
    "syndic": "m", "bâtonnier": "m", "notaire": undefined, "consul": "m", "vice-consul": "m", "chevalier": "m",
    "archevêque": "m", "vicaire": "m", "rabbin": "m", "nonce": "m", "surintendant": "m", "intendant": "m",
    "lieutenant-colonel": "m", "lieutenant-général": "m", "feld-maréchal": "m", "vice-amiral": "m",
    "contre-amiral": "m", "capitaine-lieutenant": "m", "major": "m", "margrave": "m", "landgrave": "m",
    "pacha": "m", "khédive": "m", "shah": "m", "expert": "m", "inspecteur": "m", "inspectrice": "f",
    // Press periphrases for a title (see roleAliases): "le locataire de Matignon", "l'hôte de Beauvau".
    "locataire": undefined, "hôte": undefined,
    // Professions the press puts before a name and takes up alone later: "le graphiste portugais X … le graphiste".
    "graphiste": undefined, "designer": undefined, "photographe": undefined, "réalisateur": "m", "réalisatrice": "f",
    "cinéaste": undefined, "comédien": "m", "comédienne": "f", "humoriste": undefined, "animateur": "m", "animatrice": "f",
    "présentateur": "m", "présentatrice": "f", "navigateur": "m", "navigatrice": "f", "skipper": undefined,
    "footballeur": "m", "footballeuse": "f", "joueur": "m", "joueuse": "f", "athlète": undefined, "cycliste": undefined,
    "nageur": "m", "nageuse": "f", "pilote": undefined, "alpiniste": undefined, "physicien": "m", "physicienne": "f",
    "scientifique": undefined, "historien": "m", "historienne": "f", "philosophe": undefined, "romancier": "m",
    "romancière": "f", "poète": undefined, "artiste": undefined, "styliste": undefined, "créateur": "m", "créatrice": "f",
    "astronaute": undefined, "biologiste": undefined, "chimiste": undefined, "astronome": undefined,
    "mathématicien": "m", "mathématicienne": "f", "archéologue": undefined, "psychiatre": undefined,
    "psychologue": undefined, "politologue": undefined, "climatologue": undefined, "épidémiologiste": undefined,
    "virologue": undefined, "juriste": undefined, "constitutionnaliste": undefined, "magistrat": "m", "magistrate": "f",
    "producteur": "m", "productrice": "f", "dessinateur": "m", "dessinatrice": "f", "pianiste": undefined,
    "guitariste": undefined, "rappeur": "m", "rappeuse": "f", "danseur": "m", "danseuse": "f", "sportif": "m",
    "sportive": "f", "tennisman": "m", "golfeur": "m", "golfeuse": "f", "skieur": "m", "skieuse": "f",
    "entrepreneur": "m", "entrepreneuse": "f", "activiste": undefined, "architecte": undefined, "urbaniste": undefined,
    "médecin": undefined, "chirurgien": "m", "chirurgienne": "f", "ingénieur": "m", "ingénieure": "f",
  },
  descriptors: ["témoin", "témoins", "habitant", "habitante", "habitants", "riverain", "riverains", "passant", "rescapé", "rescapée", "survivant",
    // Unnamed sources of the press: "une source proche du dossier", "un proche du ministre", "un cadre du parti".
    "source", "sources", "proche", "proches", "entourage", "expert", "experte", "experts", "spécialiste", "spécialistes",
    "observateur", "observatrice", "observateurs", "cadre", "cadres", "militant", "militante", "militants", "manifestant",
    "manifestante", "manifestants", "fonctionnaire", "fonctionnaires", "diplomate", "diplomates", "négociateur",
    "négociatrice", "enquêteur", "enquêtrice", "enquêteurs", "policier", "policière", "policiers", "gendarme", "gendarmes",
    "syndicaliste", "syndicalistes", "membre", "membres", "représentant", "représentante", "représentants",
    "collaborateur", "collaboratrice", "collaborateurs", "interlocuteur", "interlocutrice", "opposant", "opposante",
    "opposants", "élus", "parlementaire", "parlementaires", "dirigeants", "responsables", "ministres",
    // Rescue and emergency services of the faits-divers: "selon les secours", "auprès des pompiers".
    "pompier", "pompiers", "sapeur-pompier", "sapeurs-pompiers", "secours", "secouristes", "urgentistes", "voisin", "voisine", "voisins",
    // Plural sources of the press ("selon des chercheurs", "d'après les médecins", "selon les auteurs de l'étude") and
    // the bodies of sport and research that speak for themselves ("d'après le club", "selon la fédération").
    "chercheurs", "chercheuses", "scientifiques", "analystes", "économistes", "médecins", "soignants", "sauveteurs",
    "auteurs", "organisateurs", "avocats", "juristes", "historiens", "prévisionniste", "prévisionnistes", "météorologue", "météorologues",
    "club", "fédération", "ligue", "instance",
    // Sources the press names by what they are, plurals of the bodies included (issue 11: "selon les syndicats",
    // "ont affirmé les rebelles", "a annoncé sa famille", "selon les médias locaux", "selon le constructeur").
    "syndicats", "partis", "ministères", "agences", "entreprises", "sociétés", "associations", "organisations",
    "gouvernements", "compagnie", "compagnies", "constructeur", "opérateur", "hôpital", "université", "universités",
    "laboratoire", "régime", "rebelles", "rebelle", "insurgés", "insurgé", "junte", "militaires", "militaire",
    "soldats", "soldat", "salariés", "salarié", "salariée", "employés", "employé", "employée", "ouvriers", "ouvrier",
    "grévistes", "étudiants", "étudiant", "étudiante", "victimes", "victime", "astronomes", "famille", "familles",
    "médias", "chaîne", "chaînes", "télévision", "radio",
    "officier", "officiers", "officiel", "officiels", "combattants", "partisans", "supporters", "commerçants", "agriculteurs",
    "éleveurs", "enseignants", "parents", "passagers", "usagers", "résidents"],
  sourceNouns: ["ministère", "gouvernement", "police", "gendarmerie", "parquet", "agence", "armée", "entreprise",
    "société", "groupe", "syndicat", "comité", "commission", "tribunal", "cour", "mairie", "préfecture",
    "ambassade", "direction", "état-major", "organisation", "association", "parti", "opposition", "communiqué",
    "porte-parole", "autorités", "services", "diplomatie", "présidence", "élysée", "kremlin", "intersyndicale",
    "municipalité", "collectif", "entourage", "majorité", "institut", "institution", "observatoire", "ong"],
  pronouns: { "il": "m", "elle": "f", "ils": "pl", "elles": "pl", "on": "x" },
  determiners: ["le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "ce", "cette"],
  // Not "son"/"sa" (the possessor's noun), nor "l'" and "les" (either gender).
  genderedDeterminers: { le: "m", du: "m", au: "m", un: "m", ce: "m", cet: "m", la: "f", une: "f", cette: "f" },
  notNames: [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars",
    "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "le", "la",
    "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "il", "elle", "ils", "elles", "on", "nous",
    "vous", "je", "tu", "ce", "cette", "ces", "cet", "selon", "pour", "dans", "en", "à", "au", "aux", "par",
    "sur", "sous", "avec", "sans", "après", "avant", "depuis", "pendant", "lors", "si", "quand", "alors",
    "ainsi", "enfin", "puis", "donc", "car", "comme", "mais", "même", "aussi", "encore", "déjà", "toujours",
    "jamais", "dieu", "seigneur", "oui", "non", "ah", "oh", "eh", "hé", "bon", "bien", "voilà", "voici",
    "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "votre", "leur", "leurs", "qui",
    "que", "quoi", "où", "comment", "pourquoi", "tout", "tous", "toute", "toutes", "rien", "personne",
    "chacun", "certains", "plusieurs", "aucun", "aucune", "cela", "ceci", "ça", "celui", "celle", "monsieur",
    "madame", "mademoiselle", "messieurs", "mesdames", "état", "etat", "gouvernement",
    "président", "ministre", "premier", "selon", "là", "ici", "hier", "aujourd'hui", "demain", "contre",
    "entre", "vers", "chez", "parmi", "malgré", "sauf", "outre", "dès", "jusqu'", "lorsque", "puisque",
    "parce", "bref", "certes", "pourtant", "cependant", "néanmoins", "toutefois", "or", "ni", "soit",
    // Vocatives, sentence adverbs and stressed pronouns of dialogue ("Chère Laurence !", "Aussitôt Léon se leva", "Lui ?").
    "chère", "chères", "chers", "aussitôt", "soudain", "quoique", "tandis", "lui", "eux", "hein",
    // Forms of address abbreviated after "S." (Son Excellence, Son Éminence): "S. Exc. le comte …", "S. Em. le cardinal …".
    "exc", "em", "ém",
  ],
  nameParticles: ["de", "du", "des", "d'", "van", "von", "der", "den", "ter", "da", "di", "dos", "das", "del",
    "della", "la", "le", "al", "el", "bin", "ben", "ibn", "abu", "ould", "y", "zu", "af"],
  channelNouns: ["communiqué", "entretien", "interview", "courriel", "message", "lettre", "rapport", "vidéo",
    "conférence", "tweet", "tribune", "discours", "déclaration", "twitter", "facebook"],
  namingVerbs: ["qualifier", "qualifie", "qualifient", "qualifié", "qualifiée", "qualifiés", "qualifiées", "qualifiait", "qualifiant",
    "qualifiera", "traite", "traité", "traitait", "traitant", "décrit", "décrite", "décrits", "décrites", "décrivait", "décrivant",
    "juge", "jugé", "jugeait",
    // "le pape l'a nommée « patronne de l'environnement »": a title given in quotation marks.
    "nomme", "nommé", "nommée", "nommés", "nommées", "nommait",
    // "X a accusé le chef de l'État de « mépris »", "taxé le gouvernement d'« amateurisme »".
    "accuse", "accusent", "accusé", "accusée", "accusés", "accusait", "accusaient", "accusant", "accusa", "taxé",
    "taxée", "taxait", "taxant",
    // "X a appelé cette réforme « une trahison »", "appelle ce projet « la loi de la honte »".
    "appelle", "appellent", "appelé", "appelée", "appelés", "appelées", "appelait", "appelaient", "appelant"],
  linkLabels: ["lire aussi", "à lire aussi", "à lire", "lire", "voir aussi", "à voir", "à voir aussi", "regarder", "écouter", "vidéo"],
  continuationCues: ["et de poursuivre", "et d'ajouter", "et de conclure", "et de préciser", "et de souligner",
    "et d'insister", "et de lancer", "et de marteler", "et de rappeler", "et d'expliquer", "et de déclarer"],
  incidentalPhrases: {
    aside: ["de son côté", "de leur côté", "pour sa part", "pour leur part", "quant à lui", "quant à elle",
      "quant à eux", "quant à elles", "lui aussi", "elle aussi", "eux aussi", "elles aussi", "à son tour", "à leur tour",
      "lui-même", "elle-même", "eux-mêmes", "elles-mêmes", "en revanche", "par ailleurs", "d'ailleurs", "en outre",
      "de nouveau", "une nouvelle fois", "encore une fois", "pour sa part aussi", "aussi", "également", "encore", "toutefois",
      "pourtant", "cependant", "néanmoins", "ensuite", "enfin", "alors", "ainsi", "même",
      // Adverbs of the press between the auxiliary and the participle: "X, maire de Lyon, a finalement annoncé que …".
      "finalement", "notamment", "récemment", "publiquement", "officiellement", "clairement", "longuement", "fermement",
      "vivement", "immédiatement", "rapidement", "simplement", "personnellement", "directement", "précédemment", "aussitôt"],
    asideWords: ["lui", "elle", "eux", "elles", "quant", "à", "de", "son", "sa", "leur", "côté", "pour", "part",
      "aussi", "même", "lui-même", "elle-même", "également", "toutefois", "pourtant", "cependant", "néanmoins", "en",
      "revanche", "effet", "ailleurs", "par", "enfin", "donc", "alors", "ensuite", "encore"],
    medium: ["interrogé", "invité", "joint", "contacté", "interviewé", "sollicité", "questionné", "cité", "reçu", "interpellé"],
    time: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "encore", "aussi", "également", "alors",
      "ensuite", "enfin"],
    age: ["ans"],
  },
  interviewCues: ["entretien avec", "interview avec", "interview de", "questions à", "rencontre avec", "conversation avec"],
  interviewerCues: ["propos recueillis par", "entretien réalisé par", "interview réalisée par"],
  interviewNotes: ["propos recueillis par", "cet entretien a été", "l'entretien a été", "entretien réalisé par", "interview réalisée par"],
  evidenceNouns: ["données", "chiffres", "statistiques", "résultats", "tendances"],
  titleCues: ["intitulé", "intitulée", "intitulés", "intitulées", "film", "livre", "roman", "chanson", "album", "série",
    "émission", "documentaire", "spectacle", "pièce", "essai", "podcast", "regardant", "regardé", "mot-dièse"],
  roleAliases: {
    "chef de l'état": "président de la république", "locataire de l'élysée": "président de la république",
    "chef du gouvernement": "premier ministre", "locataire de matignon": "premier ministre",
    "chef de la diplomatie": "ministre des affaires étrangères", "patron de la diplomatie": "ministre des affaires étrangères",
    "hôte de beauvau": "ministre de l'intérieur", "locataire de beauvau": "ministre de l'intérieur",
    "locataire de bercy": "ministre de l'économie", "garde des sceaux": "ministre de la justice",
  },
  auxiliaries: ["a", "avait", "aura", "aurait", "ont", "avaient", "auraient", "est", "était", "sont", "étaient",
    "va", "vont", "allait", "vient", "venait", "viennent", "venaient", "doit", "devait", "devrait", "peut", "pourrait", "n'a", "n'avait", "n'", "ne",
    "s'est", "se", "s'", "n'est", "s'était", "avoir", "être", "aussi", "également", "encore", "déjà", "ensuite",
    "alors", "pas", "jamais", "notamment", "enfin", "toutefois", "cependant", "ainsi", "par", "ailleurs",
    "pour", "sa", "part", "de", "son", "côté", "lui", "même", "lui-même", "elle-même", "plus", "tard",
    "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "récemment", "publiquement"],
};
