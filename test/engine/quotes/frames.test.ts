// French report frames (lexicon/fr.ts reportFrames, read by quotes/french-frames.ts): a verb reports only with
// the complement its frame names, and that complement is the content: "de" + infinitive, "de" + noun phrase,
// a noun phrase after an addressee, an object then "à" + infinitive, "accuser X de …", "se dire" + adjective.
// Plans, narration and pronominal uses are no frames.
import { table, fr, g } from "../helpers/table";

table("French: 'se dire' / 'se déclarer' + adjective reports what the subject said of itself", fr, [
  ["Le ministre Paul Durand s'est dit favorable à la réouverture des lignes de nuit.",
    [["favorable à la réouverture des lignes de nuit", "Paul Durand", "indirect"]]],
  ["La maire Anne Morel s'est dite très satisfaite du compromis trouvé avec les syndicats.",
    [["très satisfaite du compromis trouvé avec les syndicats", "Anne Morel", "indirect"]]],
  ["La députée Claire Petit se déclare prête à voter le texte.", [["prête à voter le texte", "Claire Petit", "indirect"]]],
  // "prêt" is the adjective, in every tense.
  ["Le ministre Paul Durand s'est dit prêt à négocier avec les syndicats.", [["prêt à négocier avec les syndicats", "Paul Durand", "indirect"]]],
  ["Le ministre Paul Durand se disait prêt à négocier avec les syndicats.", [["prêt à négocier avec les syndicats", "Paul Durand", "indirect"]]],
  // Must not match: "se rendre", "se montrer" are no frames; "a dit" without the reflexive takes no adjective.
  ["Le ministre Paul Durand s'est rendu à Lyon pour l'inauguration.", []],
  ["La maire Anne Morel s'est montrée discrète pendant la visite.", []],
]);

table("French: 'de' + infinitive after a promise or a threat", fr, [
  ["La syndicaliste Julie Martin menace de bloquer les dépôts dès lundi.", [["bloquer les dépôts dès lundi", "Julie Martin", "indirect"]]],
  ["Le ministre Paul Durand a promis de ne pas augmenter les impôts.", [["ne pas augmenter les impôts", "Paul Durand", "indirect"]]],
  // Must not match: a plan is no statement; a promise made to oneself, and the simple past of narration, neither.
  ["La ministre Claire Petit prévoit de se rendre à Lyon la semaine prochaine.", []],
  ["Le commissaire Paul Durand envisage de discuter des moyens avec les maires.", []],
  ["Le jeune Paul Durand s'était promis de revenir au village.", []],
  ["Le vieux Paul Durand lui promit de revenir avant l'hiver.", []],
]);

table("French: a noun phrase that is the content (after an addressee, in every tense of the press)", fr, [
  ["Le député Marc Leroy a fait état de menaces répétées contre les élus locaux.",
    [["menaces répétées contre les élus locaux", "Marc Leroy", "indirect"]]],
  // A locution reports in the simple past too.
  ["La maire Anne Morel fit état de menaces contre les agents municipaux.", [["menaces contre les agents municipaux", "Anne Morel", "indirect"]]],
  ["Le préfet Jean Morin demandait l'ouverture d'une enquête administrative.",
    [["l'ouverture d'une enquête administrative", "Jean Morin", "indirect"]]],
  ["Le maire Pierre Blanc a demandé au gouvernement des moyens pour rénover les écoles.",
    [["des moyens pour rénover les écoles", "Pierre Blanc", "indirect"]]],
  ["L'entraîneur Marc Leroy a mentionné le manque de rigueur de ses joueurs.",
    [["le manque de rigueur de ses joueurs", "Marc Leroy", "indirect"]]],
  ["Le patron Philippe Morel a réfuté l'idée d'une faillite.", [["l'idée d'une faillite", "Philippe Morel", "indirect"]]],
  // Must not match: no determiner ("demander pardon"), a pronominal "se demander" (wondering), narration.
  ["Le maire Pierre Blanc a demandé pardon aux habitants.", []],
  ["Le maire Pierre Blanc se demandait la raison de ce retard.", []],
  ["Le vieux Pierre Blanc demanda la clé au concierge.", []],
]);

table("French: an object, then what it is asked or accused of", fr, [
  ["La présidente Claire Petit a invité les élus à voter le budget.", [["voter le budget", "Claire Petit", "indirect"]]],
  ["Le député Marc Leroy accuse le préfet, un proche du ministre, d'avoir menti aux élus.",
    [["le préfet, un proche du ministre, d'avoir menti aux élus", "Marc Leroy", "indirect"]]],
  // Must not match: "accuser le coup" has no "de"; a quoted word after "de" is a naming, a direct quote.
  ["Le député Marc Leroy a accusé le coup après la défaite.", []],
  ["Le député Marc Leroy a accusé le chef de l'État de « mépris ».", [["« mépris »", "Marc Leroy", "direct"]]],
  // "reprocher à X de « … »": the quoted words after "de" are the subject's (the unquoted infinitive stays a known gap,
  // see report-matrix.test.ts).
  ["Le député Marc Leroy a reproché au gouvernement de « mentir aux Français ».", [["« mentir aux Français »", "Marc Leroy", "direct"]]],
  ["La CGT reproche à la direction de « sacrifier les salariés ».", [["« sacrifier les salariés »", "CGT", "direct"]]],
  ["La maire Anne Morel reprochait au préfet d'« ignorer les habitants ».", [["« ignorer les habitants »", "Anne Morel", "direct"]]],
  // Must not match: a quoted title with no "de" before it, and the reproach without quote marks.
  ["On ne peut rien reprocher à « Plan Vert », le film de Paul Morel.", []],
  ["Le député Marc Leroy a reproché au gouvernement sa lenteur.", []],
]);

table("French: observations put on record with 'que'", fr, [
  ["L'avocate Sophie Lambert constate que le dossier est vide.", [["le dossier est vide", "Sophie Lambert", "indirect"]]],
  // "relever" → "relève": a mute e before one consonant takes a grave accent (lexicon/conjugate.ts).
  ["Le syndicat relève que les émissions ont augmenté.", [["les émissions ont augmenté", "Le syndicat", "indirect"]]],
  // "tweeter" → "tweete" (no accent, no doubled consonant); "appuyer" → "appuie".
  ["Le maire Pierre Blanc tweete que la route est fermée.", [["la route est fermée", "Pierre Blanc", "indirect"]]],
  [`${g("Nous sommes prêts")}, appuie le ministre Paul Durand.`, [[g("Nous sommes prêts"), "Paul Durand", "direct"]]],
  ["Le rapporteur Marc Leroy note que les crédits ont baissé de 10 %.", [["les crédits ont baissé de 10 %", "Marc Leroy", "indirect"]]],
  ["L'enquêtrice Anne Morel mentionne que le témoin a changé de version.", [["le témoin a changé de version", "Anne Morel", "indirect"]]],
]);

table("French: a reporting participle before its colon ends the report before it", fr, [
  ["Le patron Philippe Morel a réfuté l'idée d'un prêt affirmant : « nous avons les fonds nécessaires ».",
    [["l'idée d'un prêt", "Philippe Morel", "indirect"], ["« nous avons les fonds nécessaires »", "Philippe Morel", "direct"]]],
]);

table("French: 'appeler à ce que' reports the clause after 'que'", fr, [
  ["Le ministre Paul Durand a appelé à ce que les responsables soient jugés.", [["les responsables soient jugés", "Paul Durand", "indirect"]]],
]);

table("French: the infinitive of a frame is a verb, not a noun after 'de'", fr, [
  ["Le député Marc Leroy menace de démissionner si le budget passe.", [["démissionner si le budget passe", "Marc Leroy", "indirect"]]],
  // Must not match: "de la manière", "de guerre" are no infinitives.
  ["Le député Marc Leroy a refusé de parler en jurant de la manière la plus grossière.", []],
  ["Le chef rebelle Marc Leroy menace de guerre totale les villages voisins.", []],
]);

table("French: observation verbs report in the press, perceive in narration", fr, [
  ["Le juge Henri Roux a noté que les preuves manquaient au dossier.", [["les preuves manquaient au dossier", "Henri Roux", "indirect"]]],
  // Must not match: the simple past of a story.
  ["Anne Morel constata que la porte du jardin était ouverte.", []],
]);

table("French: pronominal frames need their reflexive", fr, [
  ["Le ministre Paul Durand s'est engagé à réduire le déficit public.", [["réduire le déficit public", "Paul Durand", "indirect"]]],
  // Must not match: "engager" without its reflexive, or with no infinitive.
  ["Le ministre Paul Durand a engagé la procédure de dissolution.", []],
  ["Le club de Paul Durand s'est engagé dans la compétition.", []],
]);

// Issue 11: the toll a source reports after "fait état de" opens on an amount ("d'au moins 50 morts") or a merged article
// ("des violences"); a topic after "parler" still reports nothing, nor a feeling a source has (no frame: the French news
// gold leaves "s'inquiète des risques", "s'est félicité du résultat" out).
table("French: « faire état de » with an amount or a merged article", fr, [
  ["L'organisation humanitaire a fait état d'au moins 40 morts dans le village.", [["au moins 40 morts dans le village", "L'organisation humanitaire", "indirect"]]],
  ["Le porte-parole de la police a fait état des dégâts causés par la tempête.", [["dégâts causés par la tempête", "Le porte-parole de la police", "indirect"]]],
  // Must not match: a topic, a feeling.
  ["Anne Morel a parlé des élections municipales avec ses voisins.", []],
  ["Les médecins de l'hôpital s'inquiètent des risques liés à la chaleur.", []],
  ["La ministre Claire Petit s'est félicitée du résultat des élections.", []],
]);

table("French: advice and talk whose complement is the content", fr, [
  ["Le médecin Paul Durand recommande de boire beaucoup d'eau.", [["boire beaucoup d'eau", "Paul Durand", "indirect"]]],
  ["Le médecin Paul Durand a conseillé de boire beaucoup d'eau.", [["boire beaucoup d'eau", "Paul Durand", "indirect"]]],
  ["La ministre Claire Petit a parlé d'une erreur de calcul.", [["une erreur de calcul", "Claire Petit", "indirect"]]],
  ["La police a estimé à 3 000 le nombre de participants.", [["3 000 le nombre de participants", "La police", "indirect"]]],
  // "estimer à juste titre que": the clause after "que", not the frame.
  ["Le juge Henri Roux estime à juste titre que le dossier est vide.", [["le dossier est vide", "Henri Roux", "indirect"]]],
  // Must not match: "recommander de l'eau" has no infinitive; "parler" reports nothing outside its frame.
  ["Le médecin Paul Durand recommande de l'eau plate aux enfants.", []],
  ["Anne Morel parle avec ses voisins tous les soirs.", []],
  ["Anne Morel parlait des choses qu'elle avait vues.", []],
  [`${g("Parle donc ! Parle donc !")} cria Anne Morel.`, [[g("Parle donc ! Parle donc !"), "Anne Morel", "direct"]]],
]);

table("French: verbs that report only with 'que' (frame-only verbs)", fr, [
  ["Le journal Le Monde rapporte que le ministre va démissionner.", [["le ministre va démissionner", "Le Monde", "indirect"]]],
  ["L'Insee prévoit que la croissance atteindra 1 % l'an prochain.", [["la croissance atteindra 1 % l'an prochain", "Insee", "indirect"]]],
  // Must not match: "rapporter" brings back or yields; "prévoir de" plans; "ne … que" is "only".
  ["Paul Durand a rapporté des souvenirs de son voyage en Chine.", []],
  ["La taxe ne rapportera que deux milliards d'euros.", []],
  ["La ministre Claire Petit prévoyait de se rendre à Lyon.", []],
]);

table("French: a frame's complement of one or two words is the whole content", fr, [
  ["La syndicaliste Julie Martin menace de démissionner.", [["démissionner", "Julie Martin", "indirect"]]],
  ["La syndicaliste Julie Martin menaçait de démissionner.", [["démissionner", "Julie Martin", "indirect"]]],
  ["Le ministre Paul Durand a appelé à la retenue.", [["la retenue", "Paul Durand", "indirect"]]],
  ["Les syndicats ont appelé à une grève générale.", [["une grève générale", "Les syndicats", "indirect"]]],
  // Must not match: a future promise is not made yet; a call on the phone; two words with no frame.
  ["Le gouvernement promettra de réduire le déficit.", []],
  ["Le maire Pierre Blanc a appelé les pompiers.", []],
  ["Le maire Pierre Blanc a parlé longtemps.", []],
]);

table("French: an addressee urged to a conduct, 'exhorter / appeler X à' + noun phrase", fr, [
  ["Le préfet Jean Morin a exhorté les habitants à la plus grande prudence.", [["la plus grande prudence", "Jean Morin", "indirect"]]],
  ["L'ONU a exhorté mardi les deux camps à la retenue.", [["la retenue", "ONU", "indirect"]]],
  ["La présidente Anne Morel appelle les habitants du quartier au calme.", [["calme", "Anne Morel", "indirect"]]],
  ["Le syndicaliste Marc Leroy a appelé les salariés à la mobilisation générale.", [["la mobilisation générale", "Marc Leroy", "indirect"]]],
  // Must not match: a guest, a place, a lone infinitive of a meal.
  ["Le maire Pierre Blanc a invité la ministre Claire Petit à la cérémonie.", []],
  ["Le club a appelé ses supporters au stade.", []],
  ["Le maire Pierre Blanc a invité les journalistes à déjeuner.", []],
]);
