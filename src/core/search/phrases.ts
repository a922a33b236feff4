/**
 * Phrases read as one word before anything else, in questions and in fact texts alike, so both sides meet:
 * "put out" is not two function words but "extinguished", and "opened fire" is shooting, not opening.
 * Patterns expect lower-case text.
 */
export const PHRASES: readonly [RegExp, string][] = [
  [/\bput (?:the fire )?out\b/g, 'extinguished'],
  [/\bopen(?:ed|s|ing)? fire\b/g, 'shooting'],
  // Phrasal verbs as the one word they mean: "called off" is "cancelled", "shut down" is "closed".
  [/\bcall(?:ed|s|ing)? off\b/g, 'cancelled'],
  [/\bshut(?:s|ting)? down\b/g, 'closed'],
  [/\bkick(?:ed|s|ing)? off\b/g, 'started'],
  [/\bbroke out\b/g, 'started'],
  [/\bset (?:\w+ )?(?:on )?fire\b/g, 'arson fire'],
  // "Where were they from?", "where did they come from?": their nationality, not where they were caught.
  [/\bwhere (is|are|was|were) (.{1,60}?) (?:even |originally |actually )?from\b/g, 'what nationality $1 $2'],
  [/\bwhere (?:did|do|does) (.{1,60}?) (?:even |originally |actually )?come from\b/g, 'what nationality $1'],
  // "Where did they end up catching them", "how many ended up dying": "end up" only says "in the end".
  [/\b(?:end|ends|ended|ending) up\b|\bin the end\b/g, ''],
  // "Did the us warn russia": after "the", "us" is the country, never the pronoun.
  [/\bthe us\b/g, 'the united states'],
  // "Explain like I'm 5": a plain answer, not a five.
  [/\bexplain (?:it )?like (?:i'?m|i am) (?:5|five)\b/g, 'explain'],
  // "The Crocus City Hall music venue": what kind of venue it is says nothing more about it.
  [/\b(?:music|concert|rock|live music|entertainment) (venue|hall|arena)\b/g, '$1'],
  // "On Russian soil" is "in Russia": the soil is no subject.
  [/\bon (?:russian|russia's) soil\b/g, 'in russia'],
  [/\bon (\w+) soil\b/g, 'in $1'],
  // "Take place" is "happen" (WordNet's take_place): the place is no subject of the question.
  [/\b(?:take|takes|took|taken|taking) place\b/g, 'happen'],
  // Someone under eighteen is a child, whatever the sentence calls them ("a 15-year-old who worked...").
  [/\b(?:1[0-7]|[1-9])-year-olds?\b/g, '$& child'],
  // "Admitted it was behind the attack", «признала / отрицала свою причастность»: a claim of responsibility or its
  // denial, which the facts report as claimed or denied (the premise may have it the wrong way round).
  [/\b(?:admit|deny|denie)(?:ted|s|d|ing|ting)? (?:it was |they were |to being |being |to )?(?:behind|responsib\w*|involve\w*|its involvement|their involvement|organi[sz]\w*|orchestrat\w*|plott\w*|plann\w*|carr(?:y|ied|ying) out)\b/g, 'claimed or denied responsibility'],
  [/(?:признал|отрицал)[аио]?(?:сь)? (?:свою |их |её |его )?причастност\p{L}*/gu, 'взяла ответственность или отрицала'],
  [/\btook responsibility\b/g, 'claimed responsibility'],
  [/\btake responsibility\b/g, 'claim responsibility'],
  [/\bstaged\b/g, 'false flag'],
  // Being open for business again is its own sense of "open": not a case opened, not a window opened.
  [/\bre-?open(?:ed|s|ing)?\b|\bopen(?:ed)? (?:again|once more)\b|\b(?:back|still) open\b/g, 'reopened'],
  // "How many people live in X" asks for a population, not for a count of victims who lived there.
  [/\bhow many (?:people|persons|residents|inhabitants) (?:live|lives|living|reside)\b/g, 'population'],
  // Held, kept or staying in custody or in (pre-trial) detention: remanded.
  [/\b(?:held|kept|keep|hold|remain(?:ed|s)?|stay(?:ed|s)?) in (?:pre-?trial )?(?:custody|detention)\b/g, 'remanded in custody'],
  // "How long will they be held?": in a question about the accused, being held is being remanded.
  [/\b(?:be|being|been) (?:held|kept|locked up|jailed)\b/g, 'be remanded in custody'],
  // "How long did it last": "how long" asks for the duration already; "last" would find "the last owner".
  [/\b(how long\b.*?)\s+last(?:ed)?\s*([?!.]*)\s*$/g, '$1$2'],
  // "Is the band ok?": at the end of a question, "ok" asks whether someone came to no harm.
  [/\b(?:ok|okay|alright|all right|safe and sound)\s*[?!.]*\s*$/g, 'unharmed'],
];

/** Applies PHRASES to lower-case text. */
export function rewritePhrases(text: string): string {
  let out = text;
  for (const [re, to] of PHRASES) out = out.replace(re, to);
  return out;
}
