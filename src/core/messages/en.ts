import type { Lang } from '../lang.js';
import type { Figure, FigureKind, IsoDate, Topic } from '../types.js';

/**
 * Every fixed string the bot shows in English: briefings, abstentions, digests, commands and the adapters'
 * labels. `ru.ts` has the same keys (`Messages` is this table's type, so a missing Russian key is a type error).
 * Words that depend on a number or a date are functions, so each language keeps its own grammar.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(iso: IsoDate): [number, number, number] {
  return iso.slice(0, 10).split('-').map(Number) as [number, number, number];
}

/** "23 Mar 2024", as used in citations. */
function shortDate(iso: IsoDate): string {
  const [y, m, d] = parts(iso);
  return `${d} ${(MONTHS[m - 1] as string).slice(0, 3)} ${y}`;
}

/** "23 March 2024", as used in headings. */
function longDate(iso: IsoDate): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1] as string} ${y}`;
}

/** 12900 as "12,900", without Intl (slow to start). */
function number(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** How a figure of each kind is said. `{n}` is the number with its qualifier. */
const FIGURE_PHRASES: Record<FigureKind, [one: string, many: string]> = {
  deaths: ['{n} person was killed', '{n} people were killed'],
  injured: ['{n} person was injured', '{n} people were injured'],
  missing: ['{n} person was reported missing', '{n} people were reported missing'],
  detained: ['{n} person was detained', '{n} people were detained'],
  charged: ['{n} person was charged', '{n} people were charged'],
  identified: ['{n} of the dead was identified', '{n} of the dead were identified'],
  'children-killed': ['{n} child was killed', '{n} children were killed'],
  'children-injured': ['{n} child was injured', '{n} children were injured'],
  evacuated: ['{n} person was evacuated', '{n} people were evacuated'],
  rescued: ['{n} person was rescued', '{n} people were rescued'],
  other: ['{n}', '{n}'],
};

function amount(f: Figure): string {
  const n = number(f.value);
  return f.qualifier && f.qualifier !== 'exactly' ? `${f.qualifier} ${n}` : n;
}

/** What a briefing or digest is about: the main event entity, or the place the facts share, and the day. */
export interface EventNames {
  /** The name of the event entity most facts are tagged with, in this language. */
  event?: string;
  /** The name of the most tagged place every fact is about, in this language. */
  place?: string;
  date: IsoDate;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What is wrong with a digest schedule or time zone someone typed (src/digest/schedule.ts finds it). */
export type ScheduleProblem =
  | { kind: 'time'; text: string }
  | { kind: 'day'; text: string }
  | { kind: 'unreadable'; text: string }
  | { kind: 'bad-cron'; pattern: string; why: string }
  | { kind: 'never'; pattern: string }
  | { kind: 'too-often'; pattern: string }
  | { kind: 'zone'; zone: string };

const SCHEDULE_EXAMPLES = 'Try "daily 09:00", "weekly monday 09:00" or a cron expression such as "0 9 * * 1-5".';

export const en = {
  shortDate,
  longDate,
  number,
  /** "23 March", for suggested questions. */
  dayMonth: (iso: IsoDate) => longDate(iso).replace(/ \d{4}$/, ''),
  /** "(BBC News, 23 Mar 2024)". */
  citation: (outlet: string, date: IsoDate) => `(${outlet}, ${shortDate(date)})`,
  /** "(as of 29 Mar 2024, AA)", or without an outlet. */
  asOf: (date: IsoDate, outlet?: string) => (outlet ? `(as of ${shortDate(date)}, ${outlet})` : `(as of ${shortDate(date)})`),

  /** "the Crocus City Hall attack of 22 March 2024", "the attack at Crocus City Hall on 22 March 2024". */
  subject: (n: EventNames) =>
    n.event ? `${/^the /i.test(n.event) ? '' : 'the '}${n.event} of ${longDate(n.date)}` : `the attack${n.place ? ` at ${n.place}` : ''} on ${longDate(n.date)}`,
  /** The event as a heading: "Crocus City Hall attack", "The attack at Crocus City Hall". */
  eventTitle: (n: EventNames) => n.event ?? (n.place ? `The attack at ${n.place}` : 'The attack'),

  abstain: {
    title: 'No sourced answer',
    empty: (subject: string) => `Ask me a question about ${subject} and what followed.`,
    noMatch: (subject: string) => `I have no sourced fact that answers this, so I will not guess. I only cover ${subject} and what followed.`,
    noDate: (label: string) => `I have no sourced facts dated ${label}.`,
    graphicOnly: 'The facts that answer this contain graphic detail, which I leave out unless asked. Ask again with the word "graphic" to see them.',
    unknownFact: (id: string) => `There is no fact with the id "${id}".`,
    badDate: (text: string) => `I could not read "${text}" as a date. Try "23 March", "March 23rd", "23/03" or "2024-03-23".`,
  },
  /** Questions offered on abstention; each must be answered by the facts (a test asks them). */
  suggest: {
    toll: 'How many people were killed?',
    claim: 'Who claimed responsibility for the attack?',
    day: (dayMonth: string) => `What happened on ${dayMonth}?`,
    suspects: 'Who were the suspects?',
    ukraine: 'What did Russian officials claim about Ukraine?',
    warnings: 'Were there warnings before the attack?',
    reactions: 'How did other countries react?',
  },
  notes: {
    queryCut: (chars: number) => `Only the first ${chars} characters of the question were read.`,
    graphicLeftOut: 'Graphic details were left out; ask with the word "graphic" to include them.',
    /** The premise note: words no source supports (already quoted), then the names the sources do report on. */
    premise: (words: string[], names: string[]) =>
      `No source supports ${words.length > 0 ? `${words.join(' or ')} in this question` : 'this question as asked'}. What the sources report about ${names.join(' and ')}:`,
    /** The words (already quoted) a question takes as given that no source supports, before what the sources do report. */
    unsupported: (words: string[]) => `No source supports ${words.join(' or ')} in this question. What the sources report on the rest of it:`,
    quote: (word: string) => `"${word}"`,
    unansweredPart: (part: string) => `No sourced answer for this part: "${part}".`,
    didYouMean: (ids: string[]) => `Did you mean: ${ids.join(', ')}?`,
  },
  compose: {
    counterClaim: 'Counter-claim',
    /** A dated line's date: "23 Mar 2024", "23 Mar 2024 – 30 Mar 2024", with its time. */
    when: (from: IsoDate, to: IsoDate, time?: string) => `${from === to ? shortDate(from) : `${shortDate(from)} – ${shortDate(to)}`}${time ? `, ${time}` : ''}`,
  },
  titles: {
    briefing: 'Briefing',
    latest: 'Latest',
    timeline: 'Timeline',
    timelineOf: (what: string) => `Timeline: ${what}`,
    sourcesOf: (id: string) => `Sources: ${id}`,
    /** An entity's name as a heading. */
    entity: (name: string) => name,
    overTime: (title: string) => `${title} over time`,
    topics: {
      background: 'Background',
      warnings: 'Warnings before the attack',
      venue: 'The venue',
      attack: 'The attack',
      fire: 'The fire',
      evacuation: 'Rescue and evacuation',
      casualties: 'Casualties',
      victims: 'The victims',
      suspects: 'The suspects',
      investigation: 'The investigation',
      torture: 'Treatment of the suspects',
      responsibility: 'Responsibility',
      'ukraine-allegations': 'Claims about Ukraine',
      denials: 'Denials',
      reactions: 'Reactions',
      criticism: 'Criticism',
      mourning: 'Mourning',
      security: 'Security measures',
      migrants: 'Migrants',
      'death-penalty': 'Death penalty debate',
      aftermath: 'Aftermath',
      disinformation: 'Disinformation',
    } satisfies Record<Topic, string> as Record<Topic, string>,
    figures: {
      deaths: 'Death toll',
      injured: 'Injured',
      missing: 'Missing',
      detained: 'Detentions',
      charged: 'Charges',
      identified: 'Victims identified',
      'children-killed': 'Children killed',
      'children-injured': 'Children injured',
      evacuated: 'Evacuated',
      rescued: 'Rescued',
      other: 'Figures',
    } satisfies Record<FigureKind, string> as Record<FigureKind, string>,
  },
  /** A period: "23 March 2024", "22 March 2024 to 25 March 2024" in sentences, with " – " in headings. */
  period: (from: IsoDate, to: IsoDate, sep: 'sentence' | 'heading') =>
    from === to ? longDate(from) : `${longDate(from)}${sep === 'sentence' ? ' to ' : ' – '}${longDate(to)}`,
  figures: {
    /** "At least 144 people were killed", before its citation; undefined for a figure of no kind ("other"). */
    sentence: (f: Figure): string | undefined => {
      if (f.kind === 'other') return undefined;
      const [one, many] = FIGURE_PHRASES[f.kind];
      const s = (f.value === 1 ? one : many).replace('{n}', amount(f));
      return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
    },
    /** "The reported figure (death toll) went from 40 (22 Mar 2024) to 144 (29 Mar 2024): 40 → 133 → 144." */
    evolution: (title: string, first: Figure, last: Figure, steps: number[]) =>
      `The reported figure (${title.toLowerCase()}) went from ${number(first.value)} (${shortDate(first.asOf)}) to ${number(last.value)} (${shortDate(last.asOf)}): ${steps.map(number).join(' → ')}.`,
  },
  about: {
    title: 'About this bot',
    lines: (subject: string, facts: number, sources: number, newest: IsoDate | undefined) => [
      `I give short, sourced briefings about ${subject} and what followed.`,
      `I know ${facts} curated facts citing ${sources} sources${newest ? `; the newest source is dated ${longDate(newest)}` : ''}.`,
      'Every answer names its sources. When no fact answers a question I say so instead of guessing, and graphic detail is left out unless you ask for it.',
    ],
  },
  sources: {
    heading: 'Sources:',
    /** The article passages a fact rests on, quoted (English: the seed article is in English). */
    evidence: (passages: readonly string[]) => `Evidence (the article): ${passages.map((p) => `"${p}"`).join(' … ')}`,
    basis: { published: '', archived: ' (archived)', retrieved: ' (retrieved)' },
    /** `• BBC News, "Title", 23 Mar 2024 (archived)`. */
    line: (outlet: string, title: string, date: IsoDate, basis: string) => `• ${outlet}, "${title}", ${shortDate(date)}${basis}`,
  },
  digest: {
    overviewTitle: 'Crocus City Hall attack: overview',
    overviewIntro: "A short overview of the 22 March 2024 Crocus City Hall attack to start this channel's digests.",
    overviewOutro: 'Later digests list only what is new or revised.',
    noChangesTitle: 'No changes',
    noChanges: (since: string) => `No new or revised facts since the last digest (${since}).`,
    sections: { new: 'New', revised: 'Revised', keyFigures: 'Key figures', keyFacts: 'Key facts', onThisDay: 'On this day in 2024' },
    keyFigures: (parts: string[]) => `Key figures: ${parts.join('; ')}.`,
    /** "at least 144 killed", before its citation. */
    figure: (f: Figure): string => {
      const n = f.value.toLocaleString('en-GB');
      return `${f.qualifier && f.qualifier !== 'exactly' ? `${f.qualifier} ${n}` : n} ${DIGEST_FIGURE_WORDS[f.kind] ?? f.kind}`;
    },
    counts: (added: number, revised: number, since: string) =>
      `${[added > 0 && plural(added, 'new fact', 'new facts'), revised > 0 && plural(revised, 'revised fact', 'revised facts')].filter(Boolean).join(' and ')} since the last digest (${since}).`,
    hidden: (n: number) => `The newest are shown; ${plural(n, 'more is', 'more are')} a question away.`,
    title: (added: number, revised: number) =>
      `Crocus City Hall digest: ${[added > 0 && `${added} new`, revised > 0 && `${revised} revised`].filter(Boolean).join(', ')}`,
  },
  /** The shared chat commands' descriptions, as help and Discord's command list show them. */
  commands: {
    ask: { description: 'Ask a question about the Crocus City Hall attack', options: { question: 'Your question, e.g. "How many people were killed?"' } },
    timeline: { description: 'Key moments, of the whole story or of one day', options: { date: 'A day, e.g. "23 March" or "2024-03-23" (optional)' } },
    sources: { description: 'Full citations for one fact (its id is shown with each item)', options: { fact: 'The fact id, e.g. "resp-amaq-claim"' } },
    about: { description: 'What this bot covers and how', options: {} },
    digest: {
      description: 'Scheduled digests of new and revised facts for this channel',
      options: {
        action: 'subscribe, unsubscribe, list, now or preview',
        schedule: 'For subscribe: "daily 09:00", "weekly monday 09:00" or a cron expression, then an optional time zone',
      },
    },
    lang: { description: 'Answer me in Russian, in English, or in the language I ask in', options: { language: 'ru, en or auto' } },
    help: { description: 'List the commands', options: {} },
    feedback: { description: 'Say whether the last answer helped: feedback up or feedback down', options: { vote: 'up or down' } },
    gaps: { description: 'For editors: questions left unanswered and answers voted down', options: { since: 'How far back, e.g. 7d or 24h (default 7d)' } },
  } satisfies Record<string, { description: string; options: Record<string, string> }>,
  help: {
    intro: 'Ask me anything about the attack, or use a command:',
    example: 'Example: "Who claimed responsibility?" or "timeline 23 March".',
  },
  /** Acknowledging a vote on an answer: only the voter sees these. */
  feedback: {
    thanks: (vote: 'up' | 'down'): string => (vote === 'up' ? 'Thanks: noted that this answer helped.' : 'Thanks: noted that this answer did not help. Editors will look at it.'),
    usage: 'Usage: `feedback up` or `feedback down`, about the last answer.',
    nothingYet: 'There is no answer to vote on yet: ask a question first.',
    off: 'Feedback is not recorded here (no store or no FEEDBACK_SALT configured).',
    failed: 'Sorry, your vote could not be saved. Please try again later.',
  },
  /** The editors' report (`gaps`): questions left unanswered, answers voted down. */
  gaps: {
    since: (day: string) => `Since ${day}:`,
    unanswered: 'Unanswered questions (times asked):',
    downvoted: 'Answers voted down (down/up, facts shown):',
    none: 'none',
    also: 'also',
    badSince: (value: string) => `"since" takes a number of days or hours, like 7d or 24h (got "${value}").`,
    notAllowed: 'Only people who can manage this channel can see the editors\' report.',
    off: 'There is no report here: questions and votes are not recorded (no store or no FEEDBACK_SALT configured).',
    failed: 'Sorry, the report could not be read from the store. Please try again later.',
  },
  lang: {
    set: (lang: Lang): string => (lang === 'ru' ? 'I will answer you in Russian.' : 'I will answer you in English.'),
    auto: 'I will answer you in the language you ask in (Russian for Cyrillic, English for Latin letters), else in your app\'s language.',
    unavailable: 'Language preferences are not available: the bot runs without a store.',
  },
  /** What the `digest` command and its service answer. */
  digestService: {
    usage:
      'Usage: `digest subscribe <daily HH:MM | weekly <day> HH:MM | cron expression> [time zone] [en|ru] [skip-unchanged]`, ' +
      '`digest unsubscribe`, `digest list`, `digest now`, `digest preview`. Example: `digest subscribe daily 09:00 Europe/Moscow`.',
    sayWhen: (usage: string) => `Say when: ${usage}`,
    unavailable: 'Digests are not available: the bot runs without a store.',
    refusal:
      'Only people who can manage this channel can change its digests (Discord: Manage Channels; Slack: workspace admins ' +
      'or the digest allow-list). Anyone can see what the next one would say with `digest preview`.',
    /** Short, and says what would work. */
    scheduleProblem: (p: ScheduleProblem): string => {
      switch (p.kind) {
        case 'time':
          return `"${p.text}" is not a time of day (HH:MM, 24-hour). ${SCHEDULE_EXAMPLES}`;
        case 'day':
          return `"${p.text}" is not a day of the week. ${SCHEDULE_EXAMPLES}`;
        case 'unreadable':
          return `I could not read "${p.text}" as a schedule. ${SCHEDULE_EXAMPLES}`;
        case 'bad-cron':
          return `"${p.pattern}" is not a schedule I can read (${p.why}). ${SCHEDULE_EXAMPLES}`;
        case 'never':
          return `"${p.pattern}" never runs. ${SCHEDULE_EXAMPLES}`;
        case 'too-often':
          return `"${p.pattern}" runs more often than once an hour; digests are at most hourly.`;
        case 'zone':
          return `"${p.zone}" is not a time zone. Use an IANA name such as Europe/Moscow, Europe/London or UTC.`;
      }
    },
    subscribeHint: 'Subscribe with `digest subscribe daily 09:00 Europe/Moscow` (or `weekly monday 09:00`, or a cron expression).',
    subscribed: (label: string, zone: string, next: string, first: boolean, skip: boolean, lang: Lang) =>
      `Subscribed this channel to digests: ${label} (${zone})${lang === 'en' ? '' : ', in Russian'}. ${next}` +
      `${first ? ' The first digest is a short overview; later ones list what is new or revised.' : ''} ` +
      (skip ? 'Slots with nothing new are skipped.' : 'When nothing changed, a one-line digest says so.'),
    unsubscribed: 'Unsubscribed: this channel gets no more digests.',
    noSubscription: 'This channel has no digest subscription.',
    noDigest: (hint: string) => `No digest in this channel. ${hint}`,
    noDigestYet: (hint: string) => `No digest in this channel yet. ${hint}`,
    busy: 'A digest is being posted here right now.',
    failed: (why: string) => `Could not post the digest: ${why}.`,
    posted: 'Digest posted.',
    failures: {
      channel_gone: 'the channel could not be found',
      forbidden: 'the bot is not allowed to post here',
      rate_limited: 'the platform asked the bot to slow down; try again in a minute',
      server_error: 'the platform had a server error; try again later',
      timeout: 'the platform did not answer in time; try again later',
      unknown: 'the post did not go through; try again later',
    },
    /** "Mon 24 Mar 2025, 09:00 (Europe/Moscow)". */
    slot: (at: Date, timeZone: string) => {
      const text = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(at);
      return `${text.replace(/^(\w+),/, '$1')} (${timeZone})`;
    },
    next: (slot: string | undefined) => (slot ? `Next digest: ${slot}.` : 'This schedule has no further slots.'),
    describe: {
      head: (label: string, zone: string, by: string, next: string, lang: Lang) =>
        `Digest: ${label} (${zone})${lang === 'en' ? '' : ', in Russian'}, set up by ${by}. ${next}`,
      skipped: 'When nothing changed, the digest is skipped.',
      oneLine: 'When nothing changed, a one-line digest says so.',
      lastPosted: (slot: string, late: boolean, manual: boolean) => `Last posted: ${slot}${late ? ' (late, after downtime)' : ''}${manual ? ' (on request)' : ''}.`,
      unhealthy: (since: string | undefined, failures: number, error: string) =>
        `⚠ Unhealthy${since ? ` since ${since}` : ''}: ${failures} failed attempt(s) in a row; last error: ${error}. ` +
        'Check that the bot is still in this channel and may post here; the next slot is tried again, or subscribe again to reset.',
      retrying: (failures: number, error: string) => `Posting failed ${failures} time(s) in a row and is being retried; last error: ${error}.`,
      unknownError: 'unknown',
    },
  },
  /** Labels and short messages the adapters add around a reply. */
  ui: {
    tryAsking: 'Try asking:',
    note: 'Note:',
    error: 'Error:',
    factIds: 'Fact ids (type "sources <id>" for full citations):',
    sources: (count: number): string => (count === 1 ? 'Source' : 'Sources'),
    noSource: 'No source listed',
    contested: 'contested',
    graphic: 'graphic',
    share: 'Share in channel',
    voteUp: '👍 Helpful',
    voteDown: '👎 Not helpful',
    sharedBy: (name: string) => `Shared by ${name}`,
    cannotShare: 'That answer cannot be shared.',
    andMore: (n: number) => `…and ${n} more not shown.`,
    moreNotShown: (n: number) => `${n} more not shown`,
    dataAsOf: (date: string) => `Data as of ${date}`,
    sourcesButton: (n?: number) => (n === undefined ? 'Sources' : `Sources ${n}`),
    privateOption: 'Answer only to you',
    noAnswer: 'No answer.',
    digest: 'Digest',
    done: 'Done.',
    slackFailure: 'Sorry, something went wrong while answering that. Please try again in a minute.',
    tooBusy: 'Too many questions at once right now. Please ask again in a minute.',
    discordFailure: "Sorry, I couldn't answer that just now. Please try again in a moment.",
    consoleFailure: 'Sorry, that request failed. Please try again or ask something else.',
    commandGone: 'That command is no longer available.',
    missing: (option: string, usage: string) => `Missing ${option}. Usage: ${usage}`,
    oneOf: (option: string, choices: readonly string[], usage: string) => `${option} must be one of: ${choices.join(', ')}. Usage: ${usage}`,
    tooLong: (option: string, max: number) => `${option} is too long (at most ${max} characters).`,
    notUnderstood: (names: string) => `I did not understand that. Try one of: ${names}.`,
    unknownCommand: (names: string) => `Unknown command. Try: ${names}.`,
  },
};

const DIGEST_FIGURE_WORDS: Partial<Record<FigureKind, string>> = {
  deaths: 'killed',
  injured: 'injured',
  'children-killed': 'children killed',
  missing: 'missing',
  detained: 'detained',
  charged: 'charged',
};

/** The shape every language's table has. */
export type Messages = typeof en;
