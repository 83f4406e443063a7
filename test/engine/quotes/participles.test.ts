// A participle after a clause reports for its subject (“…, saying …”, « …, avant de préciser que … »).
import { table, g, fr, en } from "../helpers/table";

table("French: « …, avant de préciser que … »", fr, [
  ["Camille Verdier a indiqué qu'elle chanterait à l'Olympia, avant de préciser qu'elle reprendrait d'anciens titres.",
    [["elle chanterait à l'Olympia", "Camille Verdier", "indirect"], ["elle reprendrait d'anciens titres", "Camille Verdier", "indirect"]]],
  [`Camille Verdier a parlé. ${g("Je veux retrouver le public")}, a-t-elle ajouté, avant de préciser qu'elle chanterait d'anciens titres.`,
    [[g("Je veux retrouver le public"), "Camille Verdier", "direct"], ["elle chanterait d'anciens titres", "Camille Verdier", "indirect"]]],
  [`${g("C'est un choc")}, a réagi Hervé Guillou, avant d'assurer que la ville serait à leurs côtés.`,
    [[g("C'est un choc"), "Hervé Guillou", "direct"], ["la ville serait à leurs côtés", "Hervé Guillou", "indirect"]]],
  // False positive: "avant de" with no reporting verb.
  ["Camille Verdier a indiqué qu'elle chanterait à l'Olympia, avant de partir en tournée.", [["elle chanterait à l'Olympia, avant de partir en tournée", "Camille Verdier", "indirect"]]],
]);

table("a participle after the main clause reports for the sentence's subject", en, [
  ["Mary Smith addressed the concerns on Thursday, saying the plan would fail.",
    [["the plan would fail", "Mary Smith", "indirect"]]],
  ["Mary Smith also chastised the station on Friday, saying it had been playing games.",
    [["it had been playing games", "Mary Smith", "indirect"]]],
  // No name opens the sentence: nobody to bind the participle to.
  ["The station closed on Friday, leaving the staff without work.", []],
  // The comma inside a closing mark before the participle (American punctuation).
  ["Mary Smith gave a fiery defense of “small-town values,” saying the town embodied “the soul of the state.”",
    [["the town embodied “the soul of the state.”", "Mary Smith", "mixed"]]],
  ["Mary Smith gave a defense of “small-town values,” saying nothing about taxes.", []],
]);

table("who says a quote introduced by a participle or a described subject", en, [
  ["Mary Smith spoke on Monday. She voiced her anger on Twitter, writing “It is unbelievable how many people are left behind.”",
    // (The row asserted "her anger on Twitter" as a report: a voiced feeling with no quoted words is none, issue 11.)
    [["“It is unbelievable how many people are left behind.”", "Mary Smith", "direct"]]],
  ["I was at a barbecue when a friend wondered loudly, “Do you ever shave that beard?”",
    [["“Do you ever shave that beard?”", "a friend", "direct"]]],
  // The organisation before the participle's comma is not its subject.
  ["Mary Smith posted a long message on Facebook, writing “We will not give up on this town.”",
    [["“We will not give up on this town.”", "Mary Smith", "direct"]]],
]);

table("a participle after a direct quote's cue", en, [
  ["“Nothing you can do, folks,” Mary Smith told a rally in Ohio, saying the mayor would raise taxes.",
    [["“Nothing you can do, folks,”", "Mary Smith", "direct"], ["the mayor would raise taxes", "Mary Smith", "indirect"]]],
  // No quote cue before the participle: nothing to bind.
  ["The rally ended early, leaving the crowd waiting in the rain.", []],
]);

table("a participle after a main clause reports its object (lexicon participleReports)", en, [
  ["Governor Alma Ruiz vetoed the bill on Monday, citing a threat to public safety.",
    [["a threat to public safety", "Alma Ruiz", "indirect"]]],
  ["Governor Alma Ruiz closed the session, urging lawmakers to pass the budget by June.",
    [["lawmakers to pass the budget by June", "Alma Ruiz", "indirect"]]],
  // Not reports: actions and mere topics.
  ["Governor Alma Ruiz left the room, referring to the new tax plan.", []],
  ["Governor Alma Ruiz vetoed the bill, rejecting a plea from the mayors.", []],
]);

table("', saying …' after an irregular past verb", en, [
  ["Donald Trump went fully on the attack, saying the mayor would resign.",
    [["the mayor would resign", "Donald Trump", "indirect"]]],
  ["Donald Trump went home early, saying nothing.", []],
]);

table("', saying …' after a described subject that opens the sentence", en, [
  ["A county court judge in Ohio chastised the board on Friday, saying the members had stalled the vote.",
    [["the members had stalled the vote", "A county court judge in Ohio", "indirect"]]],
  ["This year the board stalled, saying nothing.", []],
  // A bare plural for people opens the sentence (no article): its head stands right before the verb.
  ["Officials praised the bill, saying the plan would be delayed.", [["the plan would be delayed", "Officials", "indirect"]]],
  ["Republican leaders rejected the offer, adding that the vote would wait.", [["the vote would wait", "Republican leaders", "indirect"]]],
  ["Democrats and other liberal leaders shunned the mayor, claiming that he had lied.",
    [["he had lied", "Democrats and other liberal leaders", "indirect"]]],
  // Must not match: a plural that names no people ("Shares", "Prices", "Temperatures").
  ["Shares fell sharply on Monday, suggesting investors were worried.", []],
  ["Prices rose in March, suggesting that demand was strong.", []],
  ["Temperatures dropped overnight, indicating that winter had arrived.", []],
]);

table("a participle after a dash, and an aside between subject and verb", en, [
  ["Dana Okafor changed her vote on the spot – saying she would back the mill after all.",
    [["she would back the mill after all", "Dana Okafor", "indirect"]]],
  ["Paul Gates, in contrast, told reporters he was working with the union.",
    [["he was working with the union", "Paul Gates", "indirect"]]],
  ["The company, meanwhile, said it would close the mill.", [["it would close the mill", "The company", "indirect"]]],
  // Not a subject: an aside that holds a verb is no aside.
  ["The mill, as the town knew well, said nothing.", []],
]);

table("a participle after a preposition reports for the sentence's subject", en, [
  ["Dana Okafor began by saying she would never close the mill.", [["she would never close the mill", "Dana Okafor", "indirect"]]],
  ["Dana Okafor responded by saying that the vote was fair.", [["the vote was fair", "Dana Okafor", "indirect"]]],
  // Not a report: a participle that is no speech act.
  ["The crowd cheered after hearing the mayor was safe.", []],
]);

table("French: « …, avant d'annoncer » + an object reports it for the speaker of the statement before", fr, [
  [`La ministre Claire Petit a rappelé ses engagements. ${g("La santé n'a pas de prix")}, a-t-elle affirmé, avant d'annoncer un plan de 2 milliards.`,
    [[g("La santé n'a pas de prix"), "Claire Petit", "direct"], ["un plan de 2 milliards", "Claire Petit", "indirect"]]],
  ["La ministre Claire Petit a affirmé que la santé n'avait pas de prix, avant d'annoncer un plan de 2 milliards.",
    [["la santé n'avait pas de prix", "Claire Petit", "indirect"], ["un plan de 2 milliards", "Claire Petit", "indirect"]]],
  // Must not: no statement before the sequel, no sequel of a report.
  ["Le maire a visité l'école, avant de rejoindre la mairie.", []],
]);

table("a participle after a clause with a named object reports for the clause's subject, not the object", en, [
  ["Senator Ana Ortiz renewed her attacks on Governor Paul Weld, saying he was “soft on crime.”",
    [["he was “soft on crime.”", "Ana Ortiz", "mixed"]]],
  ["Mayor Li Chen fired her deputy, Tom Baird, admitting that the office had lost the public's trust.",
    [["the office had lost the public's trust", "Li Chen", "indirect"]]],
  ["Coach Dee Marsh scolded the fans for booing Omar Lyle, declaring that real supporters stand by their team.",
    [["real supporters stand by their team", "Dee Marsh", "indirect"]]],
  ["Rita Gomez's brother defended her on Twitter, writing: “She has done nothing wrong.”",
    [["“She has done nothing wrong.”", "Rita Gomez's brother", "direct"]]],
  // No report: the participle is no speech act.
  ["Mayor Li Chen fired her deputy, Tom Baird, leaving the office without a head.", []],
]);

table("a participle after two clauses joined by 'and'/'but' reports for the last clause's named subject", en, [
  ["Dana Okafor spoke first. Prosecutors charged the guard with assault and Okafor fired her deputy, Tom Baird, acknowledging that trust was lost.",
    [["trust was lost", "Dana Okafor", "indirect"]]],
  ["Dana Okafor spoke first. The unions walked out, but Okafor defended the plan, saying that the budget was sound.",
    [["the budget was sound", "Dana Okafor", "indirect"]]],
  // A day between the subject and its verb.
  ["Dana Okafor on Monday stepped up her attacks on Tom Baird, saying he had misled the board.",
    [["he had misled the board", "Dana Okafor", "indirect"]]],
  // A name after "and" that is an object, with no verb of its own: the sentence's subject.
  ["Ana Ortiz thanked Paul Weld and Tom Baird, saying the talks went well.", [["the talks went well", "Ana Ortiz", "indirect"]]],
]);

table("a participle's aside between the subject and its verb (English)", en, [
  ["Gov. Ana Ortiz, hoping to win the state, called the mayor a “petulant child.”",
    [["the mayor a “petulant child.”", "Ana Ortiz", "mixed"]]],
  ["Hundreds marched downtown. Others, reacting to the delay, shouted, “Stop the cover-up!”",
    [["“Stop the cover-up!”", "Others", "direct"]]],
  ["One former aide, speaking on condition of anonymity, said the mayor knew about the deal.",
    [["the mayor knew about the deal", "One former aide", "indirect"]]],
  // Not a report: the verb after the aside is no speech act.
  ["The mayor, hoping to win the state, visited Ohio on Monday.", []],
]);

// Issue 11: French reporting participles after a main clause: after a clause whose verb reports nothing, for the subject that
// opens the sentence ("a quitté la salle, affirmant que …"); after a short object ("a nié les faits, affirmant avoir …");
// and a gerund set off by a comma ("…, tout en regrettant « … »") is a report of its own, not part of the one before.
table("French: a reporting participle or gerund after a main clause", fr, [
  ["Le maire a quitté la séance, affirmant qu'il avait été insulté par un élu.", [["il avait été insulté par un élu", "Le maire", "indirect"]]],
  ["La ministre a démissionné lundi, estimant que sa position n'était plus tenable.", [["sa position n'était plus tenable", "La ministre", "indirect"]]],
  ["Le directeur a toujours nié les faits, affirmant avoir respecté la loi.", [["avoir respecté la loi", "Le directeur", "indirect"]]],
  ["Marc Lenoir a reconnu que le match était raté, tout en affirmant que l'équipe allait réagir.",
    [["le match était raté", "Marc Lenoir", "indirect"], ["l'équipe allait réagir", "Marc Lenoir", "indirect"]]],
  [`Marc Lenoir a reconnu que le match était raté, tout en regrettant ${g("un manque de réalisme")}.`,
    [["le match était raté", "Marc Lenoir", "indirect"], [g("un manque de réalisme"), "Marc Lenoir", "mixed"]]],
  // Must not match: a participle that reports nothing, a crowd's demand (participleReports after a clause with no speaker).
  ["Paul Garnier est reparti en courant, espérant attraper son train.", []],
  ["La foule a envahi la place, réclamant la démission du gouvernement.", []],
]);
