import { frequencyRank, isAdjective, isEnglishStopword, isNoun, isRussianStopword } from '../search/english-data.js';
import { swaps } from '../search/fuzzy.js';

/**
 * The two numbers abstention turns on, chosen from the precision/recall table that `npm run questions:report`
 * prints (see DESIGN.md). Kept in one object so the report can sweep them; nothing else changes them.
 */
export const ABSTENTION = {
  /** An answer that misses some plain words must still cover this share of the question's word weight. */
  coveredShare: 0.5,
  /** A noun no fact has that is rarer in speech than this rank is a subject the facts lack: it must be covered. */
  absentRank: 1000,
};

/**
 * Russian endings of verbs (infinitive, past, present, imperative), adjectives and participles, adverbs: a word
 * with none of them is most likely a noun. Russian has no frequency list or part-of-speech data here.
 */
const NOT_NOUN =
  /(?:[аяеиуыо]ть|ться|ти|л|ла|ло|ли|лся|лась|лись|ет|ют|ит|ят|ут|ат|ешь|ишь|ем|им|ете|ите|ется|ются|ится|ятся|ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|ым|ую|юю|ых|их|ыми|ими|ся|сь|но|ски|ьно|ее|ей)$/u;

const ORDINAL = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/;

/** Words weighing this little ("the final one", "take place") are no subject of their own. */
const SUBJECT_WEIGHT = 0.25;

/** Whether a question word says enough to be a subject of its own ("Iran", "bombings"; not "one", "thing"). */
export function namesSubject(word: { weight: number }): boolean {
  return word.weight > SUBJECT_WEIGHT;
}

/** Past this rank a noun is rare in speech, and a question about it must find it. */
const RARE_RANK = 10_000;

/** What is known of a question word besides its spelling. */
export interface WordFacts {
  /** The word, a near spelling, a synonym or a WordNet synonym is in the facts. */
  inFacts: boolean;
  capitalised: boolean;
  number: boolean;
  /** Rank of the commonest word of the facts with the same index term ("night" for "nite"), when known. */
  factRank?: number;
  /** The word comes right before a noun ("tallest" in "the tallest building"). */
  attributive?: boolean;
}

/**
 * What one question word says about what is asked.
 * @example weighWord('kinda', ...) // { weight: 0, must: false, drop: true }; weighWord('pageant', ...) // { weight: 1, must: true, drop: false }
 */
export interface WordWeight {
  /** 0..1, from how common the word is in spoken English (SUBTLEX-US): "guy" says little, "cloakroom" a lot. */
  weight: number;
  /** A name, a number, a rare noun, or a subject no fact has: an answer must cover it. */
  must: boolean;
  /** Chat around the question ("lol", "basically", "keeps arguing"): searched, never required. */
  drop: boolean;
}

/**
 * Weighs a lower-case question word. Stop words and short words that are in no dictionary and no fact ("lol",
 * "tbh") are chat. A common verb or adverb that no fact has ("literally", "arguing") is talk around the
 * question; a noun no fact has ("population", "tickets") is a subject the facts lack, and so is any rare word.
 */
export function weighWord(raw: string, w: WordFacts): WordWeight {
  if (w.capitalised || w.number) return { weight: 1, must: true, drop: false };
  // "The fourth guy", "the 2nd hearing": an order, which facts state in other words ("the youngest", "on 26 March").
  if (ORDINAL.test(raw)) return { weight: 0.1, must: false, drop: false };
  // Russian has no frequency list here: a stop word is chat, a word no fact has is talk around the question
  // unless nothing else is asked, and every other word weighs the same.
  if (/^[\p{Script=Cyrillic}]+$/u.test(raw)) {
    if (isRussianStopword(raw)) return { weight: 0, must: false, drop: true };
    // A noun no fact has is a subject the facts lack ("приговор", "погода"); a verb or an adjective is talk.
    if (!w.inFacts) return NOT_NOUN.test(raw) || raw.length <= 3 ? { weight: 1, must: false, drop: true } : { weight: 1, must: false, drop: false };
    return { weight: 0.6, must: false, drop: false };
  }
  if (!/^[a-z]+$/.test(raw)) return { weight: 1, must: true, drop: false };
  const known = frequencyRank(raw);
  // A function word with two letters swapped ("teh", "adn") is still a function word; "won" is a word of its own.
  if (isEnglishStopword(raw) || (known === undefined && swaps(raw).some(isEnglishStopword))) return { weight: 0, must: false, drop: true };
  const rank = known ?? w.factRank;
  if (rank === undefined) {
    // A short word in no dictionary and in no fact's text ("nite", "tbh") is chat, even when it spells some
    // name's part or a transliteration.
    if (raw.length <= 4 && (!w.inFacts || w.factRank === undefined)) return { weight: 0, must: false, drop: true };
    return { weight: 1, must: !w.inFacts, drop: false };
  }
  const weight = Math.min(1, Math.max(0.1, (Math.log10(rank) - 2) / 2.5));
  // An adverb ("initially", "reportedly", "eventually") says how or when, not what: talk around the question.
  if (known !== undefined && raw.length > 5 && raw.endsWith('ly') && !isNoun(raw)) return { weight, must: false, drop: true };
  if (w.inFacts) return { weight, must: false, drop: false };
  // An adjective before a noun says which thing is asked about ("the tallest building"), like a noun; after "is"
  // ("that's wild") it is talk.
  const thing = isNoun(raw) || (w.attributive === true && isAdjective(raw));
  if (rank > RARE_RANK && thing) return { weight: 1, must: true, drop: false };
  if (!thing) return { weight, must: false, drop: true };
  if (rank > ABSTENTION.absentRank) return { weight: 1, must: true, drop: false };
  return { weight: weight / 2, must: false, drop: false };
}
