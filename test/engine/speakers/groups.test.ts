// Plural "they"/"ils" for people named together (issue 11): the group that is the subject of the pronoun's clause or
// of the sentence before is the speaker, named by its members joined as the text joins them.
import { speakerMentions, en, fr } from "../helpers/table";

const last = <T>(qs: T[]): T | undefined => qs[qs.length - 1];

describe("discourse: they for people named together as the subject before", () => {
  speakerMentions(en, [
    ["Two biologists, Rita Solberg and Omar Haddad, counted the seals every spring. They concluded that the colony was shrinking.",
      "Rita Solberg and Omar Haddad", "They"],
    ["Four engineers -- Rita Solberg, Omar Haddad and Jens Moller -- inspected the tunnel. The cracks, they wrote, were older than the road.",
      "Rita Solberg, Omar Haddad and Jens Moller", "they"],
    ["Rita Solberg and Omar Haddad published a survey of mountain villages in May. In it, they argue that the schools should stay open.",
      "Rita Solberg and Omar Haddad", "they"],
    // A cue after a long quote still reaches the sentence before it; a fronted phrase and a description before the names.
    ["In a joint letter, the bakery's owners Rita Solberg and Omar Haddad said they accepted the ruling.\n\n“We have always paid our staff fairly and we will keep doing so for as long as the shop stays open,” they said.",
      "Rita Solberg and Omar Haddad", "they"],
    ["Rita Solberg and Senator Omar Haddad of the Northern Party spent the day in Tromso. “We saw the damage ourselves,” they said.",
      "Rita Solberg and Omar Haddad", "they"],
    // Must not: the names are an object, someone else is named in between, or they stand in a subordinate clause.
    ["Mayor Jens Moller thanked Rita Solberg and Omar Haddad on Friday. They said the grant would help.", null, "They"],
    ["Rita Solberg and Omar Haddad met Jens Moller in Bergen. They said the talks went well.", null, "They"],
    ["When Rita Solberg and Omar Haddad arrived, the hall fell silent. They said the plan was dead.", null, "They"],
    ["Rita Solberg, who runs the museum, and Omar Haddad signed the lease. They said the rent was fair.", null, "They"],
    // A single name is no group: "they" is left as it was.
    ["Omar Haddad visited the harbour on Monday. They said the boats were safe.", null, "They"],
  ], last);
  speakerMentions(fr, [
    ["Rita Solberg et Omar Haddad ont visité le chantier mardi. Ils ont affirmé que les travaux prendraient un an.", "Rita Solberg et Omar Haddad", "Ils"],
    ["Jens Moller a remercié Rita Solberg et Omar Haddad. Ils ont affirmé que la subvention aiderait.", null, "Ils"],
  ], last);
});
