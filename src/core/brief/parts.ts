/**
 * Splits a question in more than one part into its parts, each to be answered on its own: "who were the
 * gunmen and where were they from?", "how did the first toll compare with the last one?", "was it deadlier
 * than Beslan?". A part with no subject of its own ("where were they from") borrows the words of the part
 * before it; a comparison with a side that has none ("the first toll compared with the final one") stays whole.
 * A question with one part comes back whole.
 * @example questionParts('Who were the gunmen and where were they from?') // ['Who were the gunmen', 'where were they from Who were the gunmen']
 */
export function questionParts(question: string, hasSubject: (part: string) => boolean): string[] {
  question = withoutInstructions(question, hasSubject);
  if (CYRILLIC.test(question)) return russianParts(question, hasSubject);
  const asked = question.trim().split(NEXT);
  // Questions joined by "and": a part with no subject borrows the one before it ("where were they from").
  if (asked.length > 1) {
    const parts = clean(asked).filter(asks(hasSubject));
    const out = parts.map((p, i) => (i > 0 && !hasSubject(p) ? `${p} ${parts[i - 1]}` : p));
    return out.length < 2 ? [question] : [...new Set(out)].slice(0, MAX_PARTS);
  }
  // Two sides compared: the second shares the first's question words; a side with no subject of its own
  // ("compared with the final one") means one thing is compared over time, which the question whole answers.
  const out = comparedSides(question);
  return out.length > 1 && out.every(hasSubject) ? [...new Set(out)].slice(0, MAX_PARTS) : [question];
}

/**
 * The two sides of a comparison, the second sharing the first's question words ("how many died at Crocus
 * compared with Beslan" -> "how many died at Crocus", "how many Beslan"); one side alone when it is none.
 */
export function comparedSides(question: string): string[] {
  if (CYRILLIC.test(question)) return russianSides(question);
  const sides = clean(compared(question.trim()));
  if (sides.length < 2) return [question];
  const frame = FRAME.exec(sides[0] ?? '')?.[0] ?? '';
  return sides.map((p, i) => (i > 0 && frame && !FRAME.exec(p) ? `${frame} ${p}` : p));
}

function clean(parts: readonly string[]): string[] {
  return parts.map((p) => p.replace(/^[\s,;:–—-]+|[\s,;:?!.–—-]+$/g, '').trim()).filter((p) => /[\p{L}\p{N}]{2,}/u.test(p));
}

/** More parts than this is a list, not a question: the rest is dropped. */
const MAX_PARTS = 3;

/** The words a question opens with that say what kind of answer it wants; a comparison's second side shares them. */
const FRAME = /^(?:how many|how much|how|what|which|who|whom|when|where|why|did|was|were|is|are|do|does|has|have|had)\b/i;

/** Where a new question begins inside one: after "and", "but also", "also", ";" or a "?" with more to follow. */
const NEXT = /\s*(?:\?\s+|;\s*|,?\s+(?:and|and also|but also|also|plus)\s+)(?=(?:how|what|which|who|whom|when|where|why|did|was|were|is|are|do|does|has|have|had)\b)/i;

/** Two sides compared: "X compared with Y", "X vs Y", "compare X and/with/to Y". */
const VERSUS = /\s+(?:compared? (?:with|to)|in comparison (?:with|to)|versus|vs\.?)\s+/i;
const COMPARE = /^(?:please\s+)?compare\s+(.+?)\s+(?:with|to|and)\s+(.+)$/i;
/** "did more die at Crocus than at Beslan": one side before "than", the other after it. */
const THAN = /^(.*\b(?:more|less|fewer|[a-z]+er)\b.*?)\s+than\s+(.+)$/i;
/** "Which killed more: X or Y?", "who was older, X or Y": a choice between two named sides. */
const CHOICE = /^((?:which|who|whom|what)\b.*?)(?::|,)\s*(.+?)\s+or\s+(.+)$/i;

/** The four ways a language writes two sides compared (see COMPARE, VERSUS, CHOICE, THAN). */
interface ComparisonForms {
  compare: RegExp;
  versus: RegExp;
  choice: RegExp;
  than: RegExp;
}

const ENGLISH_FORMS: ComparisonForms = { compare: COMPARE, versus: VERSUS, choice: CHOICE, than: THAN };

/** The sides of a comparison written in one of `forms`, or the question alone. */
function compared(q: string, forms: ComparisonForms = ENGLISH_FORMS): string[] {
  const compare = forms.compare.exec(q);
  if (compare) return [compare[1] ?? '', compare[2] ?? ''];
  const versus = q.split(forms.versus);
  if (versus.length === 2) return versus;
  const choice = forms.choice.exec(q);
  if (choice) return [`${choice[1]} ${choice[2]}`, `${choice[1]} ${choice[3]}`];
  const than = forms.than.exec(q);
  if (than && (than[2] ?? '').split(/\s+/).length <= 12) return [than[1] ?? '', than[2] ?? ''];
  return [q];
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Whether a part asks something: a question word or a subject ("lol", «кста» before "and how many" ask nothing). */
const asks = (hasSubject: (part: string) => boolean) => (part: string) => ASKING.test(part) || hasSubject(part);

/** Sentences after the first. */
const SENTENCE = /(?<=[?!.])\s+(?=\p{Lu}|\p{Ll})/u;
/** A sentence that says only how to answer: «Приведи обе цифры», "Give both figures", «Сколько там и там?». */
const INSTRUCTION = /^(?:(?:приведи|назови|укажи|дай|скажи|напиши|give|name|list|tell|state)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:обе|оба|обоих|both|each|the two)(?!\p{L})|сколько там и там)/iu;
/** What a question asking for something opens with (English and Russian). */
const ASKING = /^(?:how|what|which|who|whom|when|where|why|did|was|were|is|are|do|does|has|have|had|сколько|во сколько|когда|где|кто|что|чем|как\p{L}*|почему|зачем|откуда|куда|насколько|на как\p{L}*|в как\p{L}*|до как\p{L}*|с как\p{L}*|правда|был\p{L}?|есть|ли)(?!\p{L})/iu;

/**
 * The question without the instructions that follow it ("Give both figures.", «Приведи обе цифры.», «Сколько там и
 * там?»): a later sentence that neither asks with a question word nor names a subject says how to answer, not what.
 */
function withoutInstructions(question: string, hasSubject: (part: string) => boolean): string {
  const [first = '', ...rest] = question.trim().split(SENTENCE);
  const kept = rest.filter((s) => !INSTRUCTION.test(s) && (ASKING.test(s) || hasSubject(s)));
  return kept.length === rest.length ? question : [first, ...kept].join(' ');
}

/** Russian: the words that open a question ("сколько", "во сколько", "какого числа", ...). */
const RU_ASK = String.raw`(?:сколько|во сколько|когда|где|кто|что|как\p{L}*|почему|зачем|откуда|куда|насколько|на как\p{L}*|в как\p{L}*|до как\p{L}*|с как\p{L}*)(?!\p{L})`;
/** Where a new Russian question begins inside one: "… и сколько …", "…, а когда …", "…? Где …". */
const RU_NEXT = new RegExp(String.raw`\s*(?:\?\s+|;\s*|,?\s+(?:и|а|а также|но и|плюс)\s+)(?=${RU_ASK})`, 'iu');
/** Prepositions a side's place or circumstance opens with ("в «Крокусе»", "при взрывах"). */
const RU_PREPOSITION = /^(?:в|во|на|при|у|по|к|ко|для|от|из|с|со|над|под|за|после|до|среди)$/iu;
/** "Сравни X и Y", «сопоставьте X с Y». */
const RU_COMPARE = /^(?:сравни(?:те)?|сопоставь(?:те)?)\s+(.+?)\s+(?:и|с|со)\s+(.+)$/iu;
/** "X по сравнению с Y", "X против Y". */
const RU_VERSUS = /\s+(?:по сравнению с|в сравнении с|против|vs\.?)\s+/iu;
/** «Что унесло больше жизней: X или Y?», «где погибло больше, в X или в Y». */
const RU_CHOICE = /^((?:что|кто|где|какой|какая|какое|какие|когда|чего|кого|чей|чья|чьё)(?!\p{L}).*?)(?::|,|\s[—–-])\s*(.+?)\s+или\s+(.+)$/iu;
/** «В X погибло больше, чем в Y». */
const RU_THAN = /^(.*(?<!\p{L})(?:больше|меньше|раньше|позже|дольше|выше|ниже|сильнее|хуже|лучше)(?!\p{L}).*?),?\s+чем\s+(.+)$/iu;
const RUSSIAN_FORMS: ComparisonForms = { compare: RU_COMPARE, versus: RU_VERSUS, choice: RU_CHOICE, than: RU_THAN };

/**
 * The words a Russian part asks with, up to its first place or circumstance: «Сколько людей погибло в «Крокусе»» ->
 * «Сколько людей погибло». What a side or part that gives only a place («в Таджикистане», «при взрывах в Иране»)
 * borrows.
 */
function russianFrame(part: string): string {
  const words = part.split(/\s+/);
  const end = words.findIndex((w, i) => i > 0 && (RU_PREPOSITION.test(w) || w.startsWith('«')));
  return words.slice(0, end < 0 ? words.length : end).join(' ');
}

const RU_ASK_START = new RegExp(`^${RU_ASK}\\s*`, 'iu');

/**
 * The place-only side or part («сколько в Таджикистане», «при взрывах в Иране») given the other's frame:
 * «число погибших при взрывах в Иране»; any other part as it is.
 */
function borrowFrame(part: string, from: string): string {
  const place = part.replace(/\s[—–-]\s/gu, ' ').replace(RU_ASK_START, '');
  return RU_PREPOSITION.test(place.split(/\s+/)[0] ?? '') ? `${russianFrame(from)} ${place}`.trim() : part;
}

/** A Russian question's parts, as `questionParts` reads an English one. */
function russianParts(question: string, hasSubject: (part: string) => boolean): string[] {
  const asked = clean(question.trim().split(RU_NEXT)).filter(asks(hasSubject));
  if (asked.length > 1) {
    const out = asked.map((p, i) => (i === 0 ? p : !hasSubject(p) ? `${p} ${asked[i - 1]}` : borrowFrame(p, asked[i - 1] ?? '')));
    return [...new Set(out)].slice(0, MAX_PARTS);
  }
  const out = russianSides(question);
  return out.length > 1 && out.every(hasSubject) ? [...new Set(out)].slice(0, MAX_PARTS) : [question];
}

/** The two sides of a Russian comparison, the second borrowing the first's frame when it gives only a place. */
function russianSides(question: string): string[] {
  const sides = clean(compared(question.trim(), RUSSIAN_FORMS));
  if (sides.length < 2) return [question];
  return sides.map((p, i) => (i === 0 ? p : borrowFrame(p, sides[0] ?? '')));
}
