import type { FigureKind, Topic } from '../types.js';

/**
 * What question words mean, as data. Matching is on index terms (stemmed, folded), so "killed", "kills" and
 * "killing" are one cue. A cue's words are consumed: they say what kind of answer is wanted and are not
 * themselves required to appear in the answer.
 */
export interface CueEffect {
  /** Figure kinds named ("died" -> deaths). Only used as a figure question with a quantity cue. */
  figure?: FigureKind[];
  /** "how many", "toll", "number of". */
  quantity?: boolean;
  /** "children", "kids": turns deaths/injured into children-killed/children-injured. */
  children?: boolean;
  /** "how did the toll change". */
  evolution?: boolean;
  /** "timeline", "when", "chronology": answer in date order, with dates. */
  time?: boolean;
  /** "latest", "now", "so far": prefer the newest facts. */
  latest?: boolean;
  /** "the first reported toll", "initially": the earliest figure, not the newest. */
  earliest?: boolean;
  /** Asks for graphic detail (the video, torture). */
  graphic?: boolean;
  /** Asks for graphic detail in so many words ("graphic", "gore"): graphic facts come first. */
  explicit?: boolean;
  /** "what happened", "overview". */
  overview?: boolean;
  /** Topics the words point to. A fact with one of them covers the cue, unless `required`. */
  topics?: Topic[];
  /** The words are specific ("roof", "owner"): they only boost their topics and must still be covered. */
  required?: boolean;
  /** "who is", "what was": the answer should be about the named entity itself. */
  definition?: boolean;
  /** Extra words to search with ("where is" looks for "located"). */
  search?: string[];
  /** "what did X say": statements (facts with a verb of saying) come first. */
  speech?: boolean;
  /** "where": facts that name a place come first. */
  place?: boolean;
  /** "how far": facts that state a distance (km, miles) answer first. */
  distance?: boolean;
  /** "how much did it cost": only facts that state an amount of money answer. */
  price?: boolean;
  /** "when", "what time": asks for a moment; with no subject, the moment the event began. */
  when?: boolean;
  /** "who": facts naming people answer best. */
  person?: boolean;
  /** "will there be", "predict": asks about the future, which no fact reports. */
  future?: boolean;
  /** "in your opinion", "do you think": asks for an opinion, which the bot does not give. */
  opinion?: boolean;
  /** "what was the name of": the answer must name someone or something the question does not. */
  name?: boolean;
}

/** Each line: comma-separated phrases, then the effect. */
export const CUES: [string, CueEffect][] = [
  ['amount, amounts, sums, число, числа, количество, сумма, суммы, сколько, скока, скоко, скольк, сколька, сколко, сколькo, how many, how much, number of, numbers of, the number, total number, toll, tolls, tally, count, figure, figures, statistics', { quantity: true }],
  ['casualties, casualty', { quantity: true, figure: ['deaths', 'injured'], topics: ['casualties'] }],
  ['death toll, body count', { quantity: true, figure: ['deaths'], topics: ['casualties'] }],
  ['fatalities, fatality, fatal, died, dead, death, deaths, killed, kill, perished, lives lost, lost their lives, lost, lose, murdered, slain, bodies, body, corpses, унесло жизней, унёс жизни, унесли жизни, унесло больше жизней, погибли, убили, убил, убила, убив, погибло, погибших, погибшие, убиты, убито, жертв, жертвы', { figure: ['deaths'], topics: ['casualties', 'victims'] }],
  ['injured, injuries, injury, wounded, wounds, hurt, hospitalised, hospitalized, ранены, раненых, пострадавших, пострадали', { figure: ['injured'], topics: ['casualties'] }],
  ['missing, unaccounted', { figure: ['missing'], topics: ['casualties'] }],
  ['detained, detentions, detainees, arrested, arrests, arrest, apprehended, caught, captured, in custody', { figure: ['detained'], topics: ['investigation', 'suspects'] }],
  ['charged, indicted, charges', { figure: ['charged'], topics: ['investigation'] }],
  ['identified, identification, опознаны, опознано, опознали, опознанных, идентифицированы', { figure: ['identified'], topics: ['casualties'] }],
  ['evacuated, evacuation, эвакуированы, эвакуировали, эвакуировано', { figure: ['evacuated'], topics: ['evacuation'] }],
  ['rescued, saved, спасены, спасли, спасено, спас, спасла', { figure: ['rescued'], topics: ['evacuation', 'victims'] }],
  ['children, child, kids, kid, minors, teenagers, дети, детей, ребенок, ребёнок, детьми', { children: true, required: true }],
  ['compare, compared, comparison, differ, differed, difference, change, changed, changes, evolve, evolved, evolution, rise, rose, risen, grow, grew, increase, increased, climb, climbed, over time, progression, revised, revision, updated, history of, сравни, сравните, сравнить, по сравнению', { evolution: true }],
  ['what time, at what time, what hour, at what hour, what date, which day, what day, when, когда, во сколько, date of, the date, time, timing, start time', { time: true, when: true }],
  // "How long did the attack last?": with no other subject, the timed moments of the attack's own day answer.
  ['how long', { time: true, when: true }],
  ['until when, till when, since when', { time: true }],
  ['timeline, chronology, chronological, sequence, order of events, minute by minute, hour by hour, step by step, unfold, unfolded', { time: true }],
  ['latest, newest, most recent, so far, as of now, right now, final, currently', { latest: true }],
  ['first reported, first report, first reports, initial, initially, earliest, at first, originally, первоначально, сначала, первые данные', { earliest: true }],
  ['graphic, gore, gory, uncensored, explicit, disturbing, brutal details, gruesome', { graphic: true, explicit: true }],
  ['video, videos, footage, ear, throat, beheading, mutilated, electric shock, electrocuted, genitals, cut off, видео, видеозапись, видеозаписи, ухо, уха, ухом, горло, отрезали, отрезал, отрезанное, электрошок, электрошоком, гениталии', { graphic: true, required: true }],
  ['torture, tortured, torturing, пытки, пыток, пытками, пытка, пытали, пытать, истязали', { graphic: true, topics: ['torture'] }],
  ['what happened, what went on, overview, summary, summarise, summarize, recap, basics, in short, tell me about, what is known, what do we know', { overview: true }],
  ['why, motive, motives, reason, reasons, motivation, почему, зачем', { topics: ['background', 'responsibility'] }],
  ['who is, who was, who are, who were, кто такой, кто такая', { definition: true, person: true }],
  ['what is, what was, what are, what were, что такое', { definition: true }],
  ['biography, bio, profile', { definition: true }],
  ['who, whom, whose, кто', { person: true }],
  ['the name of, the names of, name of the, names of the, his name, her name, their names, как зовут, как звали, имя', { name: true }],
  ['where is, where was, where did, where does, location, located, situated, где находится, где находился, где расположен', { topics: ['venue'], search: ['located', 'location'], place: true }],
  ['how much did it cost, how much does it cost, how much did they cost, how much were the tickets, how much was a ticket, how much did tickets cost, cost, costs, price, prices, priced, ticket price, ticket prices, сколько стоил, сколько стоила, сколько стоило, сколько стоили, сколько стоит, сколько стоят, стоимость, стоимости, цена, цены, цену, почём', { price: true }],
  ['how far, how far away, distance, far from, насколько далеко, как далеко, на каком расстоянии, каком расстоянии, расстояние, расстоянии', { distance: true }],
  ['where were, where are, where do, in which city, in which town, in which region, where, где, в каком городе, в каком городе находится, в каком населённом пункте, в каком населенном пункте, в каком селе, в какой деревне, в каком посёлке, в каком поселке, возле какой деревни, возле какого села', { place: true }],
  ['background, context, history, previous attacks, earlier attacks, past attacks, precedent, precedents', { topics: ['background'] }],
  ['warning, warnings, warned, warn, forewarned, advance notice, heads up, tip off, advisory, duty to warn, knew in advance, know in advance, known in advance, in advance, beforehand, prior knowledge', { topics: ['warnings'] }],
  ['owner, owned, owns, capacity, built, construction, architect, seats', { topics: ['venue'], required: true }],
  ['fire, fires, blaze, burned, burning, flames, smoke, arson, incendiary, roof, collapse, collapsed, extinguished', { topics: ['fire'], required: true }],
  ['evacuation, evacuate, evacuated, escape, escaped, fled, flee, rescue, rescuers', { topics: ['evacuation'] }],
  ['exits, exit, ambulance, ambulances, helicopters, helicopter, emergency services, firefighters, first responders, basement, doors', { topics: ['evacuation'], required: true }],
  ['victims, victim', { topics: ['victims'], figure: ['deaths'] }],
  ['survivors, survivor, survive, survived, surviving', { topics: ['victims'] }],
  ['hero, heroes, heroism, bravery, teenager, cloakroom', { topics: ['victims'], required: true }],
  ['suspects, suspect, gunmen, gunman, attackers, attacker, shooters, shooter, perpetrators, perpetrator, assailants, assailant, terrorists, culprits, killers', { topics: ['suspects'] }],
  ['подозреваемые, подозреваемых, подозреваемый, нападавшие, нападавших, террористы, террористов, стрелки, стрелков, исполнители, исполнителей, обвиняемые, обвиняемых', { topics: ['suspects'], search: ['suspects', 'gunmen', 'accused'] }],
  ['accused, accuse, accusing', { topics: ['investigation', 'suspects'], required: true }],
  ['confess, confessed, confession, confessions, plead, pleaded, guilty', { topics: ['investigation'], required: true }],
  ['investigation, investigators, investigator, probe, inquiry', { topics: ['investigation'] }],
  ['court, courts, trial, hearing, hearings, prosecution, prosecutors, sentence, sentenced, convicted, verdict, pre trial, judge', { topics: ['investigation'], required: true }],
  ['abuse, abused, mistreatment, ill treatment, beaten, beating', { topics: ['torture'] }],
  ['responsibility, responsible, behind, mastermind, masterminded, who did it, who was behind, carried out', { topics: ['responsibility'] }],
  ['claimed responsibility, claim responsibility, claims responsibility, claiming responsibility, claimed the attack, claimed credit, claimed it, claims it, claim it, claimed this, who claimed, responsibility claim, responsibility claims, claim of responsibility', { topics: ['responsibility'] }],
  ['устроил, устроила, устроило, устроили, совершил, совершила, совершило, совершили, организовал, организовала, организовало, организовали, осуществил, осуществила, осуществило, осуществили, виноват, виновата, виноваты, стояла за, стоял за, стояли за, стоят за, стояла, стоял, стояли', { topics: ['responsibility'], search: ['ответственность'] }],
  ['ответственность, ответственности, взял ответственность, взяли ответственность, взяло ответственность, взяла ответственность, кто стоит за, стоит за, заказчики, заказчик', { topics: ['responsibility'], search: ['claimed responsibility'] }],
  ['claimed, claim, claims, claiming', { topics: ['responsibility', 'ukraine-allegations'] }],
  ['involved, involvement, role, link, links, linked, connection, connected, trace, traces, blame, blamed, accusation, accusations, allegation, allegations, alleged, sponsor, sponsored', { topics: ['ukraine-allegations', 'responsibility'] }],
  ['false flag', { topics: ['ukraine-allegations', 'denials'], required: true }],
  ['deny, denied, denial, denials, denies, rejected, reject, rejects, dismissed, refuted', { topics: ['denials'] }],
  ['say, said, says, saying, tell, told, speak, spoke, comment, commented, comments, remarks, version, versions, account of, accounts of, description, descriptions, describe, described, view, views, сказал, сказала, сказали, заявил, заявила, заявило, заявили, заявлял, заявляла, заявляли, сообщил, сообщила, сообщило, сообщили, говорил, говорила, говорили, утверждал, утверждала, утверждали, прокомментировал, прокомментировала, высказался, высказалась', { speech: true }],
  ['reaction, reactions, react, reacted, respond, response, responses, responded, answer to, reply, replied, international, world leaders, countries, statement, statements', { topics: ['reactions', 'denials'] }],
  ['condemn, condemned, condemns, condemning, condemnation, condolences, condolence, sympathy, sympathies', { topics: ['reactions'], required: true }],
  ['criticism, criticised, criticized, criticise, criticize, critics, critical, failure, failures, failed, incompetence, shortcomings', { topics: ['criticism'] }],
  ['mourning, mourn, mourned, memorial, memorials, tribute, tributes, commemorate, commemoration, remembrance, day of mourning', { topics: ['mourning'] }],
  ['flowers, vigil, vigils, candles, candle, posters, billboards', { topics: ['mourning'], required: true }],
  ['security, measures, precautions, safety', { topics: ['security'] }],
  ['tightened, cancelled, canceled, cancellation, cancellations, alert, metro, airports', { topics: ['security'], required: true }],
  ['migrants, migrant, migration, immigrants, immigrant, immigration, central asians, central asian', { topics: ['migrants'] }],
  ['xenophobia, xenophobic, backlash, discrimination, raids, harassment, harassed', { topics: ['migrants'], required: true }],
  ['death penalty, capital punishment, execution, executions, moratorium', { topics: ['death-penalty'] }],
  ['aftermath, consequences, afterwards, followed, fallout, impact, effects, later developments, what next, since then', { topics: ['aftermath'] }],
  ['disinformation, misinformation, propaganda, false information', { topics: ['disinformation'] }],
  ['deepfake, deepfakes, fake, fakes', { topics: ['disinformation'], required: true }],
  ['will there be, is there going to be, are there going to be, going to happen, predict, prediction, predictions, forecast, in the future, will, будут ли, будет ли, в будущем, прогноз, ожидать ли, когда откроют, когда откроется, next concert, next show, next gig, next tour, upcoming, планируют, планирует, собираются, будет, будут, следующий концерт, откроют, восстановят, отстроят', { future: true }],
  ['in your opinion, your opinion, in your view, do you think, what do you think, you personally, personally think, do you believe, should resign, should step down, ought to, which is better, is better, the better, the best, the worst, is worse, как вы думаете, что вы думаете, по вашему мнению, ваше мнение, как ты думаешь, лучше ли', { opinion: true }],
];

/**
 * Words that stand for each other. They widen the search and count as covering each other, but are not
 * consumed: a question about "weapons" still needs a fact about weapons. One word per entry: the words of
 * a phrase would each become a synonym ("foreign nationals" would make "national" mean "foreigner").
 */
export const SYNONYMS: string[] = [
  'weapon, weapons, rifle, rifles, gun, guns, firearm, firearms, kalashnikov, pistol, pistols, knife, knives, armed, оружие, оружия, оружием, ствол, стволы, стволами, автомат, автоматы, автоматами, автоматов, винтовки, пистолеты, ножи, вооружены, вооружена, вооружён, вооружен, вооружённая, вооружённые, вооружённый, вооружённых, вооруженная, вооруженные, вооруженный, безоружны, безоружные, безоружными',
  'start, started, begin, began, begun, commenced',
  'car, vehicle, renault, getaway, машина, машину, машине, машины, автомобиль, автомобиле, автомобиля, тачка, тачку, тачке',
  'money, paid, payment, pay, rubles, roubles, funding, financing, financed, funds, cryptocurrency, crypto, financier, деньги, денег, деньгами, рублей, рубли, заплатить, заплатили, оплата, вознаграждение, бабки, бабок, бабло, бабла',
  'arrest, arrested, detained, detention, captured, caught, apprehended, custody, задержали, задержан, задержаны, задержания, задержание, поймали, поймал, схватили, арестовали, арестованы, арестован',
  'court, hearing, judge, basmanny',
  'kill, killed, murder, murdered, shot, slain, died, dead, death',
  'injured, wounded, hurt, injuries',
  'deny, denied, reject, rejected, dismissed, отрицает, отрицала, отрицали, опровергла, опроверг, опровергли, отвергла, отверг',
  'warn, warned, warning, warnings, предупреждение, предупреждали, предупредило, предупредили, предупреждала, предупреждения',
  'nationality, citizen, citizens, citizenship, national, nationals, passport, passports',
  'accusation, accusations, allegation, allegations, обвинение, обвинения, обвинений, обвинениями, обвинениях',
  'punishment, penalty, imprisonment, наказание, наказания, наказанием, лишение свободы, заключение',
  'convicted, conviction, found guilty, осуждены, осуждён, осудят, признания виновными, признаны виновными',
  'four, четыре, четырёх, четырем, четырём, четверо, четверых, четверым, четырьмя',
  'owner, owned, owns, built, developer',
  'capacity, room, seats, seating, holds, accommodate, вместимость, вмещает, вместить',
  'big, bigger, biggest, size, large, larger, largest, area, square, extent',
  'publish, published, release, released, post, posted, broadcast, shared, announce, announced, announcement',
  'alone, own, solely',
  'arrive, arrived, arrival, reach, reached',
  'long, delay, delayed, late, slow, hour',
  'long, duration, lasted, lasting, minute, minutes, hours, seconds',
  'plot, plotted, planned, plan, plans, planning, conspiracy',
  'forgive, forgiven, relieve, relieved, relieving, waive, waived',
  'extinguish, extinguished, contained, doused',
  'american, americans, usa, washington',
  'band, group, musicians, группа, группы, группу, музыканты, музыкантов, музыкантам',
  'ukraine, ukrainian, kyiv, kiev',
  'roof, ceiling',
  'collapse, collapsed, fell, fall, caved',
  'help, helped, assist, assisted, aid, aided, support, supported',
  'scheduled, supposed, due, booked, planned, expected, meant',
  'play, perform, performance, gig, выступать, выступить, выступление, выступления, выступала, выступал, играть, играла, играли, концерт, концерта',
  'foreigner, foreigners, foreign',
  'team, staff, crew, member, members, management, employee, employees, associate, associates, aide, aides, colleague, colleagues',
  'donate, donated, donation, donations, donor, donors, give',
  'admit, admitted, acknowledge, acknowledged, conceded',
  'confess, confessed, confession, guilty, admitted',
  'threaten, threatened, threatening, vow, vowed, promise, promised, retribution, revenge',
  'tv, television, channel, broadcaster, aired, ntv',
  'licence, license, registration, registered, plate, plates',
  'old, age, aged, born, birth, youngest, oldest, возраст, возраста, возрасте, летний, летнего, летняя, родился, родилась',
  'west, western, westerners',
  'close, closed, shut, closure',
  'cancel, cancelled, canceled, cancellation, postpone, postponed, postponement, scrapped',
  'match, game, friendly, fixture',
  'reward, rewarded, award, awarded, medal, prize, honoured, honored',
  'instruct, instructed, instruction, instructions, ordered, directed, told',
  'rent, rented, renting, rental, lease, leased, let',
  'flat, apartment, accommodation',
  'tighten, tightened, stepped, heightened, reinforced, boosted, increased',
  'backlash, hostility, xenophobia, xenophobic, discrimination, harassment, harassed, abuse, abused, aggression',
  'hero, heroes, heroic, helped, saved, rescued, safety',
  'child, children, kid, kids, minor, minors',
  'floor, floors, storey, storeys, level, levels',
  'trap, trapped, stuck, locked',
  'ignore, ignored, ignoring, disregard, disregarded, dismiss, dismissed, brushing',
  'share, shared, sharing, pass, passed, hand, handed',
  'suspect, suspects, accused, gunman, gunmen, shooter, shooters, attacker, attackers, assailant, assailants, perpetrator, perpetrators, killers',
  'leave, left, flee, fled, escape, escaped, бежали, сбежали, бежать, свалили, сваливали, скрылись, скрыться, уехали',
  'unharmed, alive, safe',
  'takbir, allahu, akbar',
  'speech, speeches, address, addressed, televised',
  'shout, shouted, shouting, shouts, yelled, chanted, recited',
  'video, videos, footage, clip, clips, recording',
  'destroy, destroyed, destruction, damage, damaged, ruined, gutted',
  'recruit, recruited, recruiting, recruitment, recruiter, contacted, approached',
  'brother, brothers, брат, брата, брату, братом, брате',
  'father, отец, отца, отцом',
  'охрана, охраны, охрану, охране, охранник, охранники, охранников, охранниками, охранника',
  'спецназ, спецназа, спецназовцы, спецподразделения, спецподразделений, подразделения, собр, омон',
  'передал, передала, передали, подарил, подарила, подарили, дал, дала, дали, вручил, вручила, отдал',
  'teenager, teen, подросток, подростка, подростку, пацан, пацана, пацану, парень, парня, парню, мальчик, мальчика, гардеробщик, гардеробщика',
];
