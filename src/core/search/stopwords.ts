import { termsOf } from './fact-terms.js';

/** Function words: never searched, never required to be covered. */
const FUNCTION_WORDS = `a an the and or but nor so yet of in on at to for from by with without within into onto over under
about above below after before between during through throughout against among around near since until upon via per
is are was were be been being am do does did done doing have has had having will would shall should can could may might
must i me my mine we us our you your he him his she her it its they them their this that these those there here
what which who whom whose when where why how whether if then than also too very just only even still ever again
any some all each every both either neither no not nothing none such same other another more most much many
as out up down off there's what's who's it's that's i'm i'd i've you're don't didn't doesn't isn't wasn't
weren't aren't can't couldn't wouldn't shouldn't hasn't haven't hadn't yes ok okay hi hello hey dear
re vs etc e g ie eg s t d ll m o ve wat wut whats wht hows whos u r inside outside according
что кто где когда как почему зачем какой какая какие каким это этот эта такое такой был была были было есть
в во на о об про с со к ко по за из у от до для и или но а ли же бы не ни да нет его её их он она они мы вы я мне
должен должна должно должны результате ходе итоге течение связи данным словам мнению`;

/**
 * Words that frame a question but carry no subject: "tell me about", "any details", "what happened".
 * They are not required to be covered, so polite or chatty phrasing does not cause an abstention.
 */
const FRAME_WORDS = `know knew explain describe describing description give gave show shown let want wanted
need like please thanks thank could info information detail details summary summarise summarize overview recap
brief briefing story news update updates fact facts thing things stuff something anything everything someone anyone
people person persons individuals ppl
everyone anybody somebody question questions answer answers happen happened happening occur occurred occurring
going go went get got make made take took find found see seen look looking learn understand mean meaning
really actually exactly basically overall exact precise precisely roughly approximately total totally whole
entire general generally main mainly key important importantly major happen's regarding concerning
related relating relation respect terms kind sort type way ways bit lot lots much many number numbers hundreds thousands
debate debates discussion discussions controversy treat treated treatment fare fared
date dates day days outlet outlets source sources
hear heard see saw seen read pls plz thx btw ur hey bot lol ok
yo bro bruh tho tbh ngl smh wtf omg idk imo fr lmao rn random kinda sorta gonna wanna gotta dude guy guys literally smth sth
ya yall yeah nah yep nope ok okay pretty super stuff even wait hmm um uh eh
use used using uses carry carried cause caused come came put keep kept become became seem seemed try tried think thought
believe believed consider considered issue issued take took taken target targeted targeting
currently current now today recently recent latest newest new known reported report reports reportedly
terrible horrible horrific awful tragic tragedy sad shocking dreadful brutal infamous notorious
attack attacks attacked attacking incident event events massacre terrorist terrorism terror act
shooting shootings rampage
true false confirm confirmed correct right wrong rumour rumor rumours rumors claim's
crocus city hall concert venue scene moscow russia russian krasnogorsk 2024 bot
name names online
сказал сказала сказали заявил заявила заявили расскажи расскажите теракт теракте нападение атака москва россия
теракта терактом теракту терактов нападения нападении нападением атаки атаку атаке москве москвы москву россии имена имя зовут
правда известно информация новости произошел произошло произошла случилось случился напали напал атаковали россию россией
короче кароч карочь типа плиз плз пжлст пожалуйста кста кстати чё че чо ваще вообще слушай ну скажи скажите подскажи
подскажите расскажи блин лол ага ладно щас вот просто реально прям прямо походу вроде чтоли итоге тот та те
каков какова каково каковы находится находился находилась находятся является являлся являлась являются
получили получил получила получило сделал сделала сделали делал делали народ народу народа людей люди
делу деле состоянию стрельба стрельбы стрельбу стрельбе стрельбой якобы будто`;

function processed(list: string): Set<string> {
  return new Set(termsOf(list));
}

/**
 * The framing words as typed, for spelling correction. Function words are left out on purpose: correcting
 * "weather" to "whether" would silently drop the subject of an off-topic question.
 */
export const FRAME_WORD_LIST: readonly string[] = FRAME_WORDS.split(/\s+/).filter((w) => /^(?:[a-z]+|[а-яё]+)$/.test(w));

/** Processed forms of the function words. */
export const STOPWORDS: ReadonlySet<string> = processed(FUNCTION_WORDS);

/** Processed forms of framing words and of the event's own name (every fact is about it). */
export const FRAME: ReadonlySet<string> = processed(FRAME_WORDS);

/** True when a processed term carries no subject of its own. */
export function isNoise(term: string): boolean {
  return STOPWORDS.has(term) || FRAME.has(term);
}
