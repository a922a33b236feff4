/**
 * Russian typed in Latin letters ("skolko chelovek pogiblo v krokuse"), as people write it without a Cyrillic
 * keyboard. Read back into Cyrillic, it goes through the Russian stemmer like any Russian question, so
 * "terakte" meets "теракт".
 */

/** Russian function words as people type them in Latin letters; two of them mark a question as Russian. */
const FUNCTION_WORDS = new Set(
  `v vo na s so iz po za k ko u o ob ot do pri posle dlya ili no ne li zhe by kto chto chto-to gde kogda skolko skoka kak
  kakoy kakaya kakoe kakie kakih kakuyu kakom kakogo pochemu zachem eto etot eta byl byla bylo byli budet est
  ih ego ee oni on ona my vy ya mne u nego tam tut kotoryy kotoryi kotoraya kotorye kotorogo chem togo posle`.split(/\s+/),
);

/** English words that are also Russian function words in Latin letters: they prove nothing alone. */
const SHARED = new Set(['a', 'i', 'on', 'no', 'by', 'do', 'my', 'u', 'ya', 'to', 'o']);

/** Latin letters back to Cyrillic, longest spellings first. */
const LETTERS: [string, string][] = [
  // The reflexive ending ("nahoditsya", "nachalsya") is "-тся"/"-ться", not "-ця".
  ['tsya', 'тся'],
  ['tsja', 'тся'],
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['yu', 'ю'],
  ['ju', 'ю'],
  ['ya', 'я'],
  ['ja', 'я'],
  ['yo', 'ё'],
  ['ye', 'е'],
  ['iy', 'ий'],
  ['yy', 'ый'],
  ['yi', 'ый'],
  ["'", 'ь'],
  ['a', 'а'],
  ['b', 'б'],
  ['v', 'в'],
  ['w', 'в'],
  ['g', 'г'],
  ['d', 'д'],
  ['e', 'е'],
  ['z', 'з'],
  ['i', 'и'],
  ['j', 'й'],
  ['k', 'к'],
  ['q', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['f', 'ф'],
  ['h', 'х'],
  ['c', 'ц'],
  ['x', 'кс'],
];

const VOWELS = 'аеёиоуыэюя';

/** One Latin word in Cyrillic: "y" is "ы" after a consonant and "й" after a vowel or at the end of a word. */
function toCyrillic(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    if (word[i] === 'y' && !['yu', 'ya', 'yo', 'ye', 'yy', 'yi'].includes(word.slice(i, i + 2))) {
      const prev = out.at(-1) ?? '';
      out += prev === '' || VOWELS.includes(prev) || i === word.length - 1 ? 'й' : 'ы';
      i++;
      continue;
    }
    const hit = LETTERS.find(([latin]) => word.startsWith(latin, i));
    if (hit) {
      out += hit[1];
      i += hit[0].length;
    } else {
      out += word[i];
      i++;
    }
  }
  return out;
}

/**
 * The question in Cyrillic when it is Russian typed in Latin letters (two Russian function words or more, and
 * fewer English words than Russian ones; or one, and no English word in three or more), otherwise undefined. `isEnglish` tells an English word.
 * @example fromTranslit('gde zaderzhali napadavshih na krokus', isEnglish) // 'где задержали нападавших на крокус'
 */
export function fromTranslit(question: string, isEnglish: (word: string) => boolean): string | undefined {
  if (/\p{Script=Cyrillic}/u.test(question)) return undefined;
  const words = question.toLowerCase().match(/[a-z']+/g) ?? [];
  const russian = words.filter((w) => FUNCTION_WORDS.has(w) && !SHARED.has(w)).length;
  // No Russian function word: English, without asking the word list (which a first question would load).
  if (russian === 0) return undefined;
  const english = words.filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w) && isEnglish(w)).length;
  // One function word is enough when no word is English ("kto postroil krokus siti").
  const enough = (russian >= 2 && english < russian) || (russian === 1 && english === 0 && words.length >= 3);
  if (!enough) return undefined;
  return question.toLowerCase().replace(/[a-z']+/g, (w) => toCyrillic(w));
}
