// The shape of a per-language lexicon. Adding a language means adding one table of this shape.

export interface QuotePair {
  open: string;
  close: string;
}

/** Word shapes the language marks with a suffix, which the quote rules read as data (issue 10). */
export interface Morphology {
  /** "-ly" adverbs: "reportedly", "quickly". */
  lyAdverbs?: boolean;
  /** "-ed" past forms and participles: "claimed". */
  edPast?: boolean;
  /** "-s" plurals: "officials". */
  sPlurals?: boolean;
  /** "-ing" participles: "saying", "citing". */
  ingParticiples?: boolean;
}

/** Facts of phrase order and punctuation the quote rules read as data (issue 10); false when absent. */
export interface PhraseShapes {
  /** A lone singular noun may modify the noun after it ("expert reports"), so alone it is no subject. */
  nounBeforeNoun?: boolean;
  /** An auxiliary between a comma and the verb ends an apposition: the commas set off a clause ("X, who has …, said"). */
  auxiliaryEndsApposition?: boolean;
  /** A determiner after a verb-like word opens the subject's noun phrase ("faces a growing list of members who say"). */
  determinerOpensPhrase?: boolean;
  /** How many words a described subject before its verb may hold (default 8: French novels chain long clauses without commas). */
  wordsBeforeVerb?: number;
  /** A headline may name its source before a colon ("Obama on Climate Change: …"). */
  sourceHeadlines?: boolean;
  /** A source set off by commas may stand inside a clause that goes on after it ("One of the decisions, according to X, is to …"). */
  sourceInsideClause?: boolean;
  /** A stray comma may stand between a reporting verb and its complementizer ("He added, that …"). */
  commaBeforeComplementizer?: boolean;
  /** A subject and its verb alone after the complementizer are a whole report ("admitted that he lied"). */
  shortClauseAfterComplementizer?: boolean;
}

/**
 * Incidental phrases by kind: what a cue or a subject carries that says nothing of who speaks (issue 10: the one
 * table of what were the `incidentals` list, the ASIDE and MEDIUM_ASIDE tables of lexicon/fr/quotes.ts, the days and
 * adverbs attribute.ts skipped, and the age after a number).
 */
export interface IncidentalPhrases {
  /** Phrases a cue may carry between its verb and its subject or clause: "de son côté", "pour sa part", "quant à elle", "elle aussi". */
  aside?: string[];
  /** Words of a short aside set off by commas after a subject: "X, lui, …", "X, quant à elle, …", "X, de son côté, …". */
  asideWords?: string[];
  /** Participles, masculine singular, that open an aside naming the medium or the occasion: "interrogé sur France Inter",
   *  "invitée de RTL", "joint par l'AFP" (read with their agreements: -e, -s, -es). */
  medium?: string[];
  /** Days and adverbs between an inverted verb and its subject: "a déclaré mardi X", "said again X". */
  time?: string[];
  /** Words after a number that make it an age, not a quantity: "62 ans". */
  age?: string[];
}

/**
 * What may open an apposition after a name, in one language (phrases/apposition.ts appositionOpensAt): ", a
 * mechanic", ", who", ", 45,", ", ancien champion". Words are lower case.
 */
export interface AppositionOpeners {
  /** Words that open one on their own when written in lower case: ", a …", ", the …", ", who …". */
  alone: ReadonlySet<string>;
  /** Whether every determiner of the language opens one on its own too (", his …", ", le …"). */
  determiners: boolean;
  /** Words, in any case, that may stand before its head: ", le marchand", ", ancien champion". */
  lead: ReadonlySet<string>;
  /**
   * The nouns that head one, in lower case: the language's titles (LexiconData.roleNouns, "ministre"), or also its
   * source nouns (Lexicon.roleNouns: "spokesman", "agency"), or every speaker noun (Lexicon.speakerNouns, also
   * "resident", "analyst"); `trades` adds words of its own ("marchand").
   */
  heads: "titles" | "titles-and-sources" | "speakers";
  trades: ReadonlySet<string>;
  /** Whether an age set off by commas opens one: ", 45,". */
  age: boolean;
}

/**
 * The modifiers a title noun takes before it (phrases/title.ts): "former foreign minister", "a Pentagon spokesman".
 * A language without the shape leaves it out (no modifier before a title: "le ministre chinois de la Défense").
 */
export interface TitleModifiers {
  /** How many words at most. */
  reach: number;
  /** Words that end the modifiers, besides determiners, auxiliaries, verb forms, particles and complementizers ("of", "and"). */
  stops: string[];
  /** Modifiers that stay modifiers when capitalised at a sentence start ("Former"). */
  atSentenceStart: string[];
  /** Verb forms that also modify a title, as nouns ("state Sen. Maria Lopez": "state" is also the verb "to state"). */
  nounsAlsoVerbs?: string[];
}

export interface LexiconData {
  titleModifiers?: TitleModifiers;
  lang: string;
  /** Facts of phrase order and punctuation (all false when absent). */
  phraseShapes?: PhraseShapes;
  /** Prepositions that open a minister's portfolio after a description: "le ministre à l'Environnement". */
  portfolioPrepositions?: string[];
  /** Finite verbs before which the complementizer is the clause's subject: "they say that would …". */
  finiteAfterComplementizer?: string[];
  /** Words that open a reported clause right after its verb: "says he …", "said that …", "a dit qu'il …". */
  clauseOpeners?: string[];
  /** Subject pronouns that, after a comma, open another clause after an object report: "…, I do believe". */
  clausePronouns?: string[];
  /** Determiners that show a noun's gender: "le ministre" is a man, "la ministre" a woman (for role nouns of both genders). */
  genderedDeterminers?: Record<string, "m" | "f">;
  /** Words that may open a report the language marks outside the verb group (doc.rules.reportAt): "pour X, …", "selon X", "d'après X". */
  reportCueWords?: string[];
  /** Word shapes marked with a suffix (all false when absent). */
  morphology?: Morphology;
  /** Frequent function words, used to detect the language. */
  stopwords: string[];
  /** Reporting verbs as lemmas; conjugated forms are generated. */
  reportingVerbs: string[];
  /** Reporting verbs that are pronominal in French (se féliciter → "s'est félicité", "se félicite"). */
  pronominalVerbs?: string[];
  /** Irregular forms given by hand: lemma → forms. */
  irregularForms?: Record<string, string[]>;
  /** Multi-word cues that introduce a source: "selon", "d'après", "according to". */
  sourcePrepositions: string[];
  /** Those of sourcePrepositions after which a mere description is a source too ("according to early returns"). */
  describedSourcePrepositions?: string[];
  /** Reporting verbs (lemmas) whose content may be an infinitive: "vowed to scrap the plan". */
  infinitiveReportVerbs?: string[];
  /** Verbs (lemmas) that report an addressee and an infinitive: "asked voters to reject the bill", "told them to leave". */
  addresseeInfinitiveVerbs?: string[];
  /** Verb forms that are more often nouns ("the seven states"): they report only before a complementizer. */
  nounLikeVerbForms?: string[];
  /** Participles whose object is a report after a main clause: "…, citing safety concerns". */
  participleReports?: string[];
  /** Irregular past forms of common verbs, for clauses that a participle report follows ("went on the attack, saying …"). */
  irregularPast?: string[];
  /** Nouns that report what their possessor said when a complementizer follows: "X's claim that …". */
  reportNouns?: string[];
  /** Reporting verbs (lemmas) whose reported clause may follow with no complementizer: "said the plan failed". */
  bareClauseVerbs?: string[];
  /** Reporting verbs (lemmas) whose direct object is itself the reported content: "denied the charges",
   *  "criticized the plan", "a annoncé sa démission"; "call for" needs its particle before the content. */
  objectReportVerbs?: string[];
  /** Reporting verbs (lemmas) whose object is what the speaker judges or talks of ("condemned the actions",
   *  "discussed the budget"): the object is a report only when it holds quoted words ("blamed “far-left
   *  activists” for …", "voiced his “frustration”"). */
  quotedObjectVerbs?: string[];
  /** Verbs of belief (lemmas: "believe", "think"): their clause is a statement only when it holds quoted words,
   *  the sign that the belief was voiced ("believed the station had acted “improperly”"). */
  beliefVerbs?: string[];
  /** Verbs of request (lemmas, French): their "de" + infinitive is what was asked ("demander", "exhorter"). */
  requestVerbs?: string[];
  /** Verbs whose quoted complement after a preposition is what was said (lemmas, French: "ironiser sur « … »"). */
  prepositionalVerbs?: string[];
  /** Words before a participle whose subject is the main clause's: "drew boos upon saying, “…”", "while chanting, “…”". */
  participleOpeners?: string[];
  /** Words that open an adverbial clause; a report inside one ends at the clause's comma ("While X said …, he …"). */
  subordinators?: string[];
  /** Words after a reporting verb that open the reported clause: "que", "qu'", "that". */
  complementizers: string[];
  /** How many words may stand between a reporting verb and its complementizer when none is a verb nor a
   *  punctuation mark (the clause bounds it; this only keeps hostile input linear). Default 7. French news puts
   *  long circumstances there: "a déclaré lors d'un entretien téléphonique en juillet avec son homologue X que". */
  complementizerReach?: number;
  /** The same reach when a preposition opens the gap ("said in an interview with the local paper on Monday that");
   *  default: complementizerReach. */
  prepositionReach?: number;
  /** The relative pronoun of a subject ("qui"): the phrase right after "qui" + its verb is that clause's object,
   *  never the main verb's subject ("le ministre qui a reçu son homologue lui a proposé …"). */
  relativeSubject?: string;
  /** The relative pronoun whose clause, set off by commas, ends a report made inside it ("X, who proposed the tax
   *  last year, said …"): default relativeSubject. */
  relativeAside?: string;
  /** Whether the subject walk may cross one or two asides set off by commas before the verb ("Le secrétaire
   *  général, encore en fonction jusqu'en mars, demande …"). */
  subjectAsides?: boolean;
  /** Honorifics written before a name, without the final period: M, Mme, Mr, Dr. */
  honorifics: Record<string, "m" | "f" | undefined>;
  /** Role nouns that may precede or stand in for a name: ministre, président, minister. */
  roleNouns: Record<string, "m" | "f" | undefined>;
  /** Nouns that describe an unnamed speaker (un témoin, a witness): speakers, never titles of a name. */
  descriptors?: string[];
  /** Nouns naming a collective source: ministère, police, ministry, company. */
  sourceNouns: string[];
  /** Subject pronouns with their gender/number: il → m, elle → f, ils → pl. */
  pronouns: Record<string, "m" | "f" | "pl" | "x">;
  /** Determiners that may open a role description: le, la, the, a. */
  determiners: string[];
  /** Capitalised words that are never names: days, months, sentence-initial function words. */
  notNames: string[];
  /** Name particles kept inside a name: de, van, von, bin, al. */
  nameParticles: string[];
  /** Phrases that continue the previous speaker: "Et de poursuivre", "Et d'ajouter". */
  continuationCues: string[];
  /** Labels that open a link to another article ("READ MORE:", "WATCH:", "À LIRE AUSSI :"): its headline is no statement. */
  linkLabels?: string[];
  /** Words right before a quoted title of a work: "watching “…”", "the book “…”", "le film « … »". */
  titleCues?: string[];
  /** Nouns of evidence, not of a source: "the data suggests", "les chiffres montrent" (STATEMENTS.md: no statement). */
  evidenceNouns?: string[];
  /** Channels a statement goes through, skipped between a verb and its clause: "said in a statement", "by text message". */
  channelNouns?: string[];
  /** Verb forms that name something with a quoted word ("called it “unfair”", "qualifie le projet d'« irréaliste »"): the word is a quote. */
  namingVerbs?: string[];
  /**
   * Report frames: a verb (lemma, then any fixed words) and the complement that is its content, as
   * "lemma words|complement". Complements: "de+inf" / "à+inf" (the particle, then an infinitive: "menace de
   * bloquer"), "de+np" (the particle, then a noun phrase: "fait état de menaces"), "np" (a noun phrase, after an
   * addressee "à X" if any: "demandait au préfet une enquête"), "obj à+inf" (an object, then the particle and an
   * infinitive: "a invité les élus à voter"), "obj de" (the object and what follows "de" together: "accuse X
   * d'avoir menti"), "adj" (a pronominal verb and an adjective: "s'est dit favorable à …"), "clause" (what follows
   * the fixed words: "a appelé à ce que …"), "que" (the clause after the complementizer: "rapporte que …").
   */
  reportFrames?: string[];
  /**
   * Lemmas of report frames that are no reporting verbs otherwise: they report only through their frames
   * ("parler|de+np": "a parlé d'une erreur", never "Parle donc !"; "rapporter|que"), and cue no direct quote.
   */
  frameOnlyVerbs?: string[];
  /** Periphrases that stand for a title: "chef de l'état" → "président de la république" (lower case). */
  roleAliases?: Record<string, string>;
  /** Incidental phrases, one table by kind (see IncidentalPhrases). */
  incidentalPhrases?: IncidentalPhrases;
  /** Phrases that introduce the person an interview article questions: "entretien avec", "interview with". */
  interviewCues?: string[];
  /** Phrases that name who conducted an interview: "propos recueillis par", "interviewed by". */
  interviewerCues?: string[];
  /** How an editor's note after an interview opens ("This interview has been edited", "Cet entretien a été"): the interview ends there. */
  interviewNotes?: string[];
  /** Forms of the verbs that refuse a thing as well as a claim ("denied the charges" reports, "denied the request" does not). */
  grantVerbs?: string[];
  /** What such a verb refuses as an act, not a claim: "denied bail", "denied his request", "denied them access". */
  grantObjects?: string[];
  /** Forms of the verb that asks a question: "asked", "asking" ("Asked whether …, X said"; "X asked Y how …"). */
  questionVerbs?: string[];
  /** Words that open an asked question after such a verb: "if", "whether", "why", "about". */
  questionWords?: string[];
  /** Auxiliaries between subject and participle: a, avait, has, had, will. */
  auxiliaries: string[];
}
