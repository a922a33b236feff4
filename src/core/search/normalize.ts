/**
 * Term normalisation shared by the index and the query, so that spellings people type meet the spellings
 * in the facts: Cyrillic is transliterated, accents dropped, light English stemming applied, and a
 * transliteration-tolerant "fold" merges k/c, y/i, kh/h, dzh/j and doubled letters
 * ("Мирзоев", "Mirzoev", "Crocus", "Крокус", "Zelenskyy" and "Зеленский" meet).
 */

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Tajik, Ukrainian and Belarusian letters that appear in names.
  ғ: 'g', ӣ: 'i', қ: 'q', ӯ: 'u', ҳ: 'h', ҷ: 'j', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
};

const HAS_CYRILLIC = /[\u0400-\u04ff]/;

/** Latin transliteration of Cyrillic letters; other characters pass through. Input must be lower case. */
export function transliterate(word: string): string {
  if (!HAS_CYRILLIC.test(word)) return word;
  let out = '';
  for (const ch of word) out += CYRILLIC[ch] ?? ch;
  return out;
}

/** Lower case, compatibility forms folded, accents removed from non-Cyrillic letters (й and ё stay whole). */
export function basicFold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\x20-\x7e\u0400-\u04ff]/g, (ch) => ch.normalize('NFD').replace(/\p{M}+/gu, ''));
}

const IRREGULAR: Record<string, string> = {
  men: 'man',
  women: 'woman',
  gunmen: 'gunman',
  children: 'child',
  people: 'person',
  died: 'die',
  dies: 'die',
  dead: 'die',
  death: 'die',
  deaths: 'die',
  dying: 'die',
  fled: 'flee',
  shot: 'shoot',
  hurt: 'injur',
  // Irregular verbs, so "fell" meets "fall" and "began" meets "begin".
  fell: 'fall',
  fallen: 'fall',
  began: 'begin',
  begun: 'begin',
  ran: 'run',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  went: 'go',
  gone: 'go',
  came: 'come',
  told: 'tell',
  said: 'say',
  found: 'find',
  held: 'hold',
  caught: 'catch',
  brought: 'bring',
  bought: 'buy',
  sent: 'send',
  hid: 'hide',
  hidden: 'hide',
  led: 'lead',
  knew: 'know',
  known: 'know',
  thought: 'think',
  sold: 'sell',
  lost: 'lose',
  wore: 'wear',
  worn: 'wear',
  struck: 'strike',
  stood: 'stand',
  paid: 'pay',
  laid: 'lay',
  heard: 'hear',
  saw: 'see',
  seen: 'see',
  met: 'meet',
  fought: 'fight',
  sought: 'seek',
  spoke: 'speak',
  spoken: 'speak',
  wrote: 'write',
  written: 'write',
};

/** A light English stemmer: enough to meet "killed/killing/kills", "injuries/injured", "Russia/Russian". */
export function stem(word: string): string {
  // An irregular form is replaced by its base, which is then stemmed like any word ("gave" -> "give" -> "giv").
  const base = IRREGULAR[word] ?? word;
  if (base.length <= 3 || !/^[a-z]+$/.test(base)) return base;
  let w = base;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ys|os)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ly') && w.length >= 6) w = w.slice(0, -2);
  if (w.endsWith('ing') && w.length >= 6) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length >= 5) w = w.slice(0, -2);
  if (w.endsWith('ation') && w.length >= 8) w = w.slice(0, -3);
  else if (w.endsWith('ian') && w.length >= 6) w = w.slice(0, -3);
  else if (w.endsWith('ia') && w.length >= 5) w = w.slice(0, -2);
  // Trailing vowels vary with transliteration (Zelensky, Zelenskyy, Zelenskiy) and inflection (injury), but
  // not after a doubled consonant: "carry" must not fold onto "car", nor "committee" onto "commit".
  const bare = w.replace(/[eiy]+$/, '');
  if (bare.length >= 3 && !/(.)\1$/.test(bare)) w = bare;
  return w;
}

/** Merges spellings that transliteration makes differ: c/k/q, y/i, kh/h, dzh/j, ph/f, w/v, doubled letters. */
export function phoneticFold(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  return word
    .replace(/dzh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/c(?!h)/g, 'k')
    .replace(/q/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The index term for one token (already lower-cased by the tokenizer): transliterate, stem, fold.
 * @example processTerm('мирзоев') === processTerm('mirzoev')
 */
export function processTerm(token: string): string {
  let term = cache.get(token);
  if (term === undefined) {
    term = phoneticFold(stem(transliterate(token)));
    // Words repeat across facts and questions; a bounded memo keeps indexing and answering cheap.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, term);
  }
  return term;
}

const CACHE_LIMIT = 200_000;
const cache = new Map<string, string>();
