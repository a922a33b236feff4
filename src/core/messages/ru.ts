import type { Lang } from '../lang.js';
import type { Figure, FigureKind, IsoDate } from '../types.js';
import type { EventNames, Messages, ScheduleProblem } from './en.js';

/**
 * Every fixed string the bot shows, in Russian; the same keys as `en.ts`. Numbers agree with their nouns
 * (1 человек, 2 человека, 5 человек) through `Intl.PluralRules('ru')`; dates read "29 марта 2024" and, where
 * English writes "29 Mar 2024", "29 мар. 2024". Outlet names and fact ids stay as they are.
 */

const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTHS_SHORT = ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];

function parts(iso: IsoDate): [number, number, number] {
  return iso.slice(0, 10).split('-').map(Number) as [number, number, number];
}

function shortDate(iso: IsoDate): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS_SHORT[m - 1] as string} ${y}`;
}

function longDate(iso: IsoDate): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1] as string} ${y}`;
}

/** 12900 as "12 900", with a no-break space, as Russian typesetting groups thousands. */
function number(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

let rules: Intl.PluralRules | undefined;

/**
 * A noun's forms: after 1 (человек), after 2–4 (человека), after 5 and more (человек), and after "не менее 21"
 * (человека), where the whole amount is in the genitive.
 */
type Forms = readonly [one: string, few: string, many: string, oneGenitive: string];

/** Which form a number takes; with a qualifier ("не менее", "около", "более") the amount is in the genitive. */
function form(n: number, qualified: boolean): 'one' | 'few' | 'many' | 'oneGenitive' {
  rules ??= new Intl.PluralRules('ru');
  const category = rules.select(n);
  if (qualified) return category === 'one' ? 'oneGenitive' : 'many';
  return category === 'one' ? 'one' : category === 'few' ? 'few' : 'many';
}

function noun(forms: Forms, n: number, qualified: boolean): string {
  const i = { one: 0, few: 1, many: 2, oneGenitive: 3 }[form(n, qualified)];
  return forms[i] as string;
}

const QUALIFIERS: Record<NonNullable<Figure['qualifier']>, string> = { 'at least': 'не менее ', about: 'около ', 'more than': 'более ', exactly: '' };

const qualified = (f: Figure) => f.qualifier !== undefined && f.qualifier !== 'exactly';
const amount = (f: Figure) => `${f.qualifier ? QUALIFIERS[f.qualifier] : ''}${number(f.value)}`;

const PEOPLE: Forms = ['человек', 'человека', 'человек', 'человека'];
const CHILDREN: Forms = ['ребёнок', 'ребёнка', 'детей', 'ребёнка'];
const DEAD: Forms = ['погибший', 'погибших', 'погибших', 'погибшего'];

/** A figure as a sentence: the verb agrees with the number ("Погиб 1 человек", "Погибли 144 человека"). */
const FIGURE_SENTENCES: Record<Exclude<FigureKind, 'other'>, { verb: [singular: string, plural: string]; noun: Forms }> = {
  deaths: { verb: ['Погиб', 'Погибли'], noun: PEOPLE },
  injured: { verb: ['Пострадал', 'Пострадали'], noun: PEOPLE },
  missing: { verb: ['Пропавшим без вести числился', 'Пропавшими без вести числились'], noun: PEOPLE },
  detained: { verb: ['Задержан', 'Задержаны'], noun: PEOPLE },
  charged: { verb: ['Обвиняемым стал', 'Обвиняемыми стали'], noun: PEOPLE },
  identified: { verb: ['Опознан', 'Опознаны'], noun: DEAD },
  'children-killed': { verb: ['Погиб', 'Погибли'], noun: CHILDREN },
  'children-injured': { verb: ['Пострадал', 'Пострадали'], noun: CHILDREN },
  evacuated: { verb: ['Эвакуирован', 'Эвакуированы'], noun: PEOPLE },
  rescued: { verb: ['Спасён', 'Спасены'], noun: PEOPLE },
};

/** Digest figures as counted nouns: "не менее 144 погибших", "11 задержанных". */
const DIGEST_FIGURES: Partial<Record<FigureKind, Forms>> = {
  deaths: DEAD,
  injured: ['пострадавший', 'пострадавших', 'пострадавших', 'пострадавшего'],
  'children-killed': ['погибший ребёнок', 'погибших ребёнка', 'погибших детей', 'погибшего ребёнка'],
  missing: ['пропавший без вести', 'пропавших без вести', 'пропавших без вести', 'пропавшего без вести'],
  detained: ['задержанный', 'задержанных', 'задержанных', 'задержанного'],
  charged: ['обвиняемый', 'обвиняемых', 'обвиняемых', 'обвиняемого'],
};

const SCHEDULE_EXAMPLES = 'Попробуйте «daily 09:00», «weekly monday 09:00» или cron-выражение, например «0 9 * * 1-5».';

function scheduleProblem(p: ScheduleProblem): string {
  switch (p.kind) {
    case 'time':
      return `«${p.text}» — не время суток (ЧЧ:ММ, 24 часа). ${SCHEDULE_EXAMPLES}`;
    case 'day':
      return `«${p.text}» — не день недели (по-английски: monday, tue…). ${SCHEDULE_EXAMPLES}`;
    case 'unreadable':
      return `Не удалось прочитать «${p.text}» как расписание. ${SCHEDULE_EXAMPLES}`;
    case 'bad-cron':
      return `«${p.pattern}» — не расписание, которое я могу прочитать (${p.why}). ${SCHEDULE_EXAMPLES}`;
    case 'never':
      return `Расписание «${p.pattern}» никогда не срабатывает. ${SCHEDULE_EXAMPLES}`;
    case 'too-often':
      return `Расписание «${p.pattern}» срабатывает чаще раза в час, а дайджесты выходят не чаще раза в час.`;
    case 'zone':
      return `«${p.zone}» — не часовой пояс. Укажите название IANA, например Europe/Moscow, Europe/London или UTC.`;
  }
}

const count = (n: number, forms: Forms) => `${number(n)} ${noun(forms, n, false)}`;
const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const LANGUAGE_NAMES: Record<Lang, string> = { en: 'на английском', ru: 'на русском' };

export const ru: Messages = {
  shortDate,
  longDate,
  number,
  dayMonth: (iso) => longDate(iso).replace(/ \d{4}$/, ''),
  citation: (outlet, date) => `(${outlet}, ${shortDate(date)})`,
  asOf: (date, outlet) => (outlet ? `(по данным на ${shortDate(date)}, ${outlet})` : `(по данным на ${shortDate(date)})`),

  // Russian sentences put the subject after a dash, in the nominative, so no name has to be declined.
  subject: (n: EventNames) =>
    n.event ? `${n.event} ${longDate(n.date)} года` : `нападение${n.place ? ` на «${n.place}»` : ''} ${longDate(n.date)} года`,
  eventTitle: (n: EventNames) => (n.event ? capital(n.event) : n.place ? `Нападение на «${n.place}»` : 'Нападение'),

  abstain: {
    title: 'Ответа с источником нет',
    empty: (subject) => `Задайте мне вопрос. Моя тема — ${subject} и то, что за ним последовало.`,
    noMatch: (subject) =>
      `У меня нет факта с источником, который отвечал бы на этот вопрос, и гадать я не буду. Моя тема — ${subject} и то, что за ним последовало.`,
    noDate: (label) => `У меня нет фактов с источниками за ${label}.`,
    graphicOnly:
      'Факты, которые отвечают на этот вопрос, содержат жестокие подробности, а их я показываю только по прямой просьбе. Спросите ещё раз со словом «graphic», чтобы их увидеть.',
    unknownFact: (id) => `Факта с идентификатором «${id}» нет.`,
    badDate: (text) => `Не удалось прочитать «${text}» как дату. Попробуйте «23 марта», «23/03» или «2024-03-23».`,
  },
  suggest: {
    toll: 'Сколько человек погибло?',
    claim: 'Кто взял на себя ответственность за теракт?',
    day: (dayMonth) => `Что произошло ${dayMonth}?`,
    suspects: 'Кто подозреваемые?',
    ukraine: 'Что российские официальные лица утверждали об Украине?',
    warnings: 'Были ли предупреждения до теракта?',
    reactions: 'Как отреагировали другие страны?',
  },
  notes: {
    queryCut: (chars) => `Прочитаны только первые ${chars} символов вопроса.`,
    graphicLeftOut: 'Жестокие подробности опущены; чтобы их увидеть, спросите со словом «graphic».',
    premise: (words, names) =>
      `Ни один источник не подтверждает ${words.length > 0 ? `${words.join(' или ')} в этом вопросе` : 'этот вопрос в такой формулировке'}. Что источники сообщают о темах «${names.join('» и «')}»:`,
    unsupported: (words) => `Ни один источник не подтверждает ${words.join(' или ')} в этом вопросе. Что источники сообщают об остальном:`,
    quote: (word) => `«${word}»`,
    unansweredPart: (part) => `Нет ответа с источником на эту часть вопроса: «${part}».`,
    didYouMean: (ids) => `Возможно, вы имели в виду: ${ids.join(', ')}?`,
  },
  compose: {
    counterClaim: 'Встречное заявление',
    when: (from, to, time) => `${from === to ? shortDate(from) : `${shortDate(from)} – ${shortDate(to)}`}${time ? `, ${time}` : ''}`,
  },
  titles: {
    briefing: 'Сводка',
    latest: 'Последнее',
    timeline: 'Хроника',
    timelineOf: (what) => `Хроника: ${what}`,
    sourcesOf: (id) => `Источники: ${id}`,
    // Russian names of events are common nouns ("теракт в Кермане"): a heading starts with a capital.
    entity: capital,
    overTime: (title) => `${title}: как менялось число`,
    topics: {
      background: 'Предыстория',
      warnings: 'Предупреждения до теракта',
      venue: 'Место теракта',
      attack: 'Нападение',
      fire: 'Пожар',
      evacuation: 'Спасение и эвакуация',
      casualties: 'Жертвы',
      victims: 'Погибшие и пострадавшие',
      suspects: 'Подозреваемые',
      investigation: 'Расследование',
      torture: 'Обращение с подозреваемыми',
      responsibility: 'Ответственность',
      'ukraine-allegations': 'Заявления об Украине',
      denials: 'Опровержения',
      reactions: 'Реакция',
      criticism: 'Критика',
      mourning: 'Траур',
      security: 'Меры безопасности',
      migrants: 'Мигранты',
      'death-penalty': 'Спор о смертной казни',
      aftermath: 'Последствия',
      disinformation: 'Дезинформация',
    },
    figures: {
      deaths: 'Число погибших',
      injured: 'Число пострадавших',
      missing: 'Пропавшие без вести',
      detained: 'Задержания',
      charged: 'Обвинения',
      identified: 'Опознанные погибшие',
      'children-killed': 'Погибшие дети',
      'children-injured': 'Пострадавшие дети',
      evacuated: 'Эвакуированные',
      rescued: 'Спасённые',
      other: 'Цифры',
    },
  },
  period: (from, to) => (from === to ? longDate(from) : `${longDate(from)} – ${longDate(to)}`),
  figures: {
    sentence: (f) => {
      if (f.kind === 'other') return undefined;
      const { verb, noun: forms } = FIGURE_SENTENCES[f.kind];
      const n = form(f.value, qualified(f));
      return `${n === 'one' ? verb[0] : verb[1]} ${amount(f)} ${noun(forms, f.value, qualified(f))}`;
    },
    evolution: (title, first, last, steps) =>
      `Сообщаемое число (${title.toLowerCase()}) менялось от ${number(first.value)} (${shortDate(first.asOf)}) до ${number(last.value)} (${shortDate(last.asOf)}): ${steps.map(number).join(' → ')}.`,
  },
  about: {
    title: 'Об этом боте',
    lines: (subject, facts, sources, newest) => [
      `Я даю короткие сводки с источниками. Моя тема — ${subject} и то, что за ним последовало.`,
      `Я знаю ${count(facts, ['проверенный факт', 'проверенных факта', 'проверенных фактов', 'проверенного факта'])} со ссылками на ${count(sources, ['источник', 'источника', 'источников', 'источника'])}${newest ? `; самый новый источник датирован ${longDate(newest)}` : ''}.`,
      'Каждый ответ называет свои источники. Если ни один факт не отвечает на вопрос, я так и говорю, а не гадаю; жестокие подробности я показываю только по прямой просьбе.',
    ],
  },
  sources: {
    heading: 'Источники:',
    evidence: (passages) => `Основание (статья, по-английски): ${passages.map((p) => `«${p}»`).join(' … ')}`,
    basis: { published: '', archived: ' (дата архивации)', retrieved: ' (дата обращения)' },
    line: (outlet, title, date, basis) => `• ${outlet}, «${title}», ${shortDate(date)}${basis}`,
  },
  digest: {
    overviewTitle: 'Нападение на «Крокус Сити Холл»: обзор',
    overviewIntro: 'Краткий обзор нападения на «Крокус Сити Холл» 22 марта 2024 года — первый дайджест этого канала.',
    overviewOutro: 'Следующие дайджесты расскажут только о новом и исправленном.',
    noChangesTitle: 'Без изменений',
    noChanges: (since) => `С прошлого дайджеста (${since}) новых и исправленных фактов нет.`,
    sections: { new: 'Новое', revised: 'Исправлено', keyFigures: 'Главные цифры', keyFacts: 'Главные факты', onThisDay: 'В этот день в 2024 году' },
    keyFigures: (figures) => `Главные цифры: ${figures.join('; ')}.`,
    figure: (f) => {
      const forms = DIGEST_FIGURES[f.kind];
      return forms ? `${amount(f)} ${noun(forms, f.value, qualified(f))}` : amount(f);
    },
    counts: (added, revised, since) => {
      const parts = [
        added > 0 && `${count(added, ['новый факт', 'новых факта', 'новых фактов', 'нового факта'])}`,
        revised > 0 && `${count(revised, ['исправленный факт', 'исправленных факта', 'исправленных фактов', 'исправленного факта'])}`,
      ];
      return `С прошлого дайджеста (${since}): ${parts.filter(Boolean).join(' и ')}.`;
    },
    hidden: (n) => `Показаны самые новые; ещё ${count(n, ['факт', 'факта', 'фактов', 'факта'])} — в ответ на вопрос.`,
    title: (added, revised) =>
      `Дайджест о «Крокус Сити Холле»: ${[added > 0 && `новых — ${added}`, revised > 0 && `исправленных — ${revised}`].filter(Boolean).join(', ')}`,
  },
  commands: {
    ask: { description: 'Вопрос о нападении на «Крокус Сити Холл»', options: { question: 'Ваш вопрос, например «Сколько человек погибло?»' } },
    timeline: { description: 'Главные события: вся история или один день', options: { date: 'День, например «23 марта» или «2024-03-23» (необязательно)' } },
    sources: { description: 'Полные ссылки на источники одного факта (его id есть у каждого пункта)', options: { fact: 'Id факта, например «resp-amaq-claim»' } },
    about: { description: 'О чём этот бот и как он работает', options: {} },
    digest: {
      description: 'Дайджесты новых и исправленных фактов в этом канале по расписанию',
      options: {
        action: 'subscribe, unsubscribe, list, now или preview',
        schedule: 'Для subscribe: «daily 09:00», «weekly monday 09:00» или cron, затем часовой пояс и язык (ru)',
      },
    },
    lang: { description: 'Отвечать мне по-русски, по-английски или на языке вопроса', options: { language: 'ru, en или auto' } },
    help: { description: 'Список команд', options: {} },
    feedback: { description: 'Помог ли последний ответ: feedback up или feedback down', options: { vote: 'up или down' } },
    gaps: { description: 'Для редакторов: вопросы без ответа и ответы, отмеченные как бесполезные', options: { since: 'За какой срок, например 7d или 24h (по умолчанию 7d)' } },
  },
  help: {
    intro: 'Спросите меня о теракте или воспользуйтесь командой:',
    example: 'Например: «Кто взял на себя ответственность?» или «timeline 23 марта».',
  },
  feedback: {
    thanks: (vote) => (vote === 'up' ? 'Спасибо: отметили, что ответ помог.' : 'Спасибо: отметили, что ответ не помог. Редакторы его посмотрят.'),
    usage: 'Как использовать: `feedback up` или `feedback down` — о последнем ответе.',
    nothingYet: 'Пока не за что голосовать: сначала задайте вопрос.',
    off: 'Отзывы здесь не записываются (нет хранилища или FEEDBACK_SALT).',
    failed: 'Извините, голос не удалось сохранить. Попробуйте позже.',
  },
  gaps: {
    since: (day) => `С ${day}:`,
    unanswered: 'Вопросы без ответа (сколько раз заданы):',
    downvoted: 'Ответы, которые не помогли (не помог/помог, показанные факты):',
    none: 'нет',
    also: 'ещё',
    badSince: (value) => `В «since» укажите число дней или часов, например 7d или 24h (получено «${value}»).`,
    notAllowed: 'Отчёт для редакторов видят только те, кто может управлять этим каналом.',
    off: 'Отчёта здесь нет: вопросы и голоса не записываются (нет хранилища или FEEDBACK_SALT).',
    failed: 'Извините, отчёт не удалось прочитать из хранилища. Попробуйте позже.',
  },
  lang: {
    set: (lang) => (lang === 'ru' ? 'Буду отвечать вам по-русски.' : 'Буду отвечать вам по-английски.'),
    auto: 'Буду отвечать на языке вопроса (по-русски на кириллицу, по-английски на латиницу), а иначе — на языке вашего приложения.',
    unavailable: 'Настройка языка недоступна: бот работает без хранилища.',
  },
  digestService: {
    usage:
      'Как пользоваться: `digest subscribe <daily HH:MM | weekly <день> HH:MM | cron-выражение> [часовой пояс] [en|ru] [skip-unchanged]`, ' +
      '`digest unsubscribe`, `digest list`, `digest now`, `digest preview`. Например: `digest subscribe daily 09:00 Europe/Moscow ru`.',
    sayWhen: (usage) => `Укажите расписание. ${usage}`,
    unavailable: 'Дайджесты недоступны: бот работает без хранилища.',
    refusal:
      'Менять дайджесты канала могут только те, кто управляет каналом (Discord: «Управлять каналами»; Slack: администраторы ' +
      'рабочего пространства или список допущенных к дайджестам). Посмотреть, каким будет следующий, может каждый: `digest preview`.',
    scheduleProblem,
    subscribeHint: 'Подпишитесь командой `digest subscribe daily 09:00 Europe/Moscow ru` (или `weekly monday 09:00`, или cron-выражением).',
    subscribed: (label, zone, next, first, skip, lang) =>
      `Канал подписан на дайджесты ${LANGUAGE_NAMES[lang]}: ${label} (${zone}). ${next}` +
      `${first ? ' Первый дайджест — краткий обзор, следующие — только новое и исправленное.' : ''} ` +
      (skip ? 'Если нового нет, дайджест пропускается.' : 'Если нового нет, дайджест скажет об этом одной строкой.'),
    unsubscribed: 'Подписка отменена: дайджестов в этом канале больше не будет.',
    noSubscription: 'У этого канала нет подписки на дайджесты.',
    noDigest: (hint) => `В этом канале нет дайджеста. ${hint}`,
    noDigestYet: (hint) => `В этом канале пока нет дайджеста. ${hint}`,
    busy: 'Дайджест публикуется здесь прямо сейчас.',
    failed: (why) => `Не удалось опубликовать дайджест: ${why}.`,
    posted: 'Дайджест опубликован.',
    failures: {
      channel_gone: 'канал не найден',
      forbidden: 'боту нельзя писать в этот канал',
      rate_limited: 'платформа попросила бота не торопиться; попробуйте через минуту',
      server_error: 'ошибка на сервере платформы; попробуйте позже',
      timeout: 'платформа не ответила вовремя; попробуйте позже',
      unknown: 'публикация не прошла; попробуйте позже',
    },
    slot: (at, timeZone) => {
      const text = new Intl.DateTimeFormat('ru-RU', {
        timeZone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(at);
      return `${text} (${timeZone})`;
    },
    next: (slot) => (slot ? `Следующий дайджест: ${slot}.` : 'По этому расписанию больше публикаций не будет.'),
    describe: {
      head: (label, zone, by, next, lang) => `Дайджест ${LANGUAGE_NAMES[lang]}: ${label} (${zone}), настроил(а) ${by}. ${next}`,
      skipped: 'Если нового нет, дайджест пропускается.',
      oneLine: 'Если нового нет, дайджест скажет об этом одной строкой.',
      lastPosted: (slot, late, manual) => `Последняя публикация: ${slot}${late ? ' (с опозданием, после простоя)' : ''}${manual ? ' (по запросу)' : ''}.`,
      unhealthy: (since, failures, error) =>
        `⚠ Публикация не работает${since ? ` с ${since}` : ''}: неудачных попыток подряд — ${failures}; последняя ошибка: ${error}. ` +
        'Проверьте, что бот всё ещё в канале и может в нём писать; следующий слот будет опробован снова, а повторная подписка сбросит счётчик.',
      retrying: (failures, error) => `Публикация не удалась ${failures} раз(а) подряд, бот пробует снова; последняя ошибка: ${error}.`,
      unknownError: 'неизвестна',
    },
  },
  ui: {
    tryAsking: 'Попробуйте спросить:',
    note: 'Примечание:',
    error: 'Ошибка:',
    factIds: 'Id фактов (полные ссылки — командой «sources <id>»):',
    sources: (n) => (n === 1 ? 'Источник' : 'Источники'),
    noSource: 'Источник не указан',
    contested: 'оспаривается',
    graphic: 'жестокие подробности',
    share: 'Показать в канале',
    voteUp: '👍 Помогло',
    voteDown: '👎 Не помогло',
    sharedBy: (name) => `Поделился(-ась) ${name}`,
    cannotShare: 'Этим ответом нельзя поделиться.',
    andMore: (n) => `…и ещё ${n} не показано.`,
    moreNotShown: (n) => `ещё ${n} не показано`,
    dataAsOf: (date) => `Данные на ${date}`,
    sourcesButton: (n) => (n === undefined ? 'Источники' : `Источники ${n}`),
    privateOption: 'Ответить только вам',
    noAnswer: 'Ответа нет.',
    digest: 'Дайджест',
    done: 'Готово.',
    slackFailure: 'Извините, при ответе что-то пошло не так. Попробуйте ещё раз через минуту.',
    tooBusy: 'Сейчас слишком много вопросов сразу. Спросите ещё раз через минуту.',
    discordFailure: 'Извините, сейчас не получилось ответить. Попробуйте ещё раз чуть позже.',
    consoleFailure: 'Извините, запрос не удался. Попробуйте ещё раз или спросите о другом.',
    commandGone: 'Этой команды больше нет.',
    missing: (option, usage) => `Не хватает параметра ${option}. Как пользоваться: ${usage}`,
    oneOf: (option, choices, usage) => `${option} может быть только одним из: ${choices.join(', ')}. Как пользоваться: ${usage}`,
    tooLong: (option, max) => `${option} слишком длинный (не больше ${max} символов).`,
    notUnderstood: (names) => `Не понял(а). Попробуйте одну из команд: ${names}.`,
    unknownCommand: (names) => `Неизвестная команда. Попробуйте: ${names}.`,
  },
};
