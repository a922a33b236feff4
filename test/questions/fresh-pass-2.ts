import type { Question } from './grade.js';

/**
 * A seventh batch written from the seed article and the fact list only, without reading the earlier questions,
 * each expectation fixed before the engine was run on it: keyword queries, follow-ups, misspelt names,
 * Cyrillic, rumour checks, "who said" quotes, dates in several forms, "why" questions and questions that
 * must abstain. Kept apart so its pass rate reads as a generalisation estimate.
 */
export const FRESH_PASS_2: Question[] = [
  // --- Figures ---------------------------------------------------------------------------------------------
  { tag: 'figure', q: 'toll?', expect: { any: ['toll-144-29-march'] } },
  { tag: 'lowercase', q: 'death toll now', expect: { any: ['toll-144-29-march'] } },
  { tag: 'follow-up', q: 'and the injured?', expect: { any: ['injured-551-30-march'] } },
  { tag: 'lowercase', q: 'wounded count', expect: { any: ['injured-551-30-march'] } },
  { tag: 'date', q: 'how many dead on march 23', expect: { any: ['toll-93-23-march', 'toll-115-23-march', 'toll-133-23-march'] } },
  { tag: 'date', q: 'toll on 24/03/2024', expect: { any: ['toll-137-24-march'] } },
  { tag: 'date', q: 'How many people had been killed by 27 March?', expect: { any: ['toll-143-27-march'] } },
  { tag: 'figure', q: 'how many children were killed', expect: { any: ['children-killed-3'] } },
  { tag: 'lowercase', q: 'how many kids were injured', expect: { any: ['children-injured-5-murashko', 'hospitalised-107-23-march'] } },
  { tag: 'figure', q: 'how many still missing', expect: { any: ['missing-95-28-march'] } },
  { tag: 'figure', q: 'capacity of crocus city hall', expect: { any: ['venue-capacity'] } },
  { tag: 'figure', q: 'how many suspects are in custody', expect: { any: ['inv-11-detained-23-march', 'inv-eight-in-court-26-march', 'court-tenth-suspect', 'lutfulloi-remanded-22-may'] } },
  { tag: 'figure', q: 'how much was the gunman paid', expect: { any: ['fariduni-claims-one-million', 'fariduni-turkish-preacher'] } },
  { tag: 'lowercase', q: 'how many ambulances came', expect: { any: ['evac-70-ambulance-crews'] } },
  { tag: 'figure', q: 'first reported death toll', expect: { any: ['toll-40-first-reports'] } },
  { tag: 'figure', q: 'how many victims have been identified', expect: { any: ['identified-134-30-march'] } },

  // --- Who: suspects and helpers ---------------------------------------------------------------------------
  { tag: 'entity', q: 'suspects', expect: { any: ['court-four-named'] } },
  { tag: 'entity', q: 'names of the gunmen', expect: { any: ['court-four-named'] } },
  { tag: 'typo', q: 'who is Rachabalzoda', expect: { any: ['rachabalizoda-born', 'rachabalizoda-vahdat-schooling', 'court-four-named'] } },
  { tag: 'typo', q: 'Faisov age', expect: { any: ['faizov-born', 'court-four-named'] } },
  { tag: 'cyrillic', q: 'кто такой Мирзоев', expect: { any: ['mirzoyev-born', 'mirzoyev-ringleader'] } },
  { tag: 'entity', q: 'who was the ringleader', expect: { any: ['mirzoyev-ringleader'] } },
  { tag: 'typo', q: 'fariduny background', expect: { any: ['fariduni-born', 'fariduni-hisar-bakery', 'fariduni-podolsk-krasnogorsk'] } },
  { tag: 'entity', q: 'Who is Lutfulloi?', expect: { any: ['lutfulloi-identified'] } },
  { tag: 'entity', q: 'the financier', expect: { any: ['lutfulloi-identified', 'inv-financier-detained'] } },
  { tag: 'entity', q: 'who owned the getaway car', expect: { any: ['islomov-dilovar-previous-owner'] } },
  { tag: 'entity', q: 'who rented the flat to the attackers', expect: { any: ['kasimov-rented-flat-avito'] } },
  { tag: 'entity', q: 'islomov father and sons', expect: { any: ['islomovs-named', 'court-islomovs-remanded', 'islomovs-full-names'] } },
  { tag: 'entity', q: 'who is yusufzoda', expect: { any: ['yusufzoda-money-transfer'] } },
  { tag: 'phrasing', q: 'Were the attackers Tajik?', expect: { any: ['nat-officially-tajik', 'nat-baza-tajik-citizens'] } },
  { tag: 'lowercase', q: 'nationality of the attackers', expect: { any: ['nat-officially-tajik', 'nat-baza-tajik-citizens'] } },

  // --- Who claimed it ---------------------------------------------------------------------------------------
  { tag: 'phrasing', q: 'who claimed it', expect: { any: ['resp-amaq-claim'] } },
  { tag: 'lowercase', q: 'isis claim', expect: { any: ['resp-amaq-claim'] } },
  { tag: 'entity', q: 'what is ISIS-K', expect: { any: ['resp-iskp-profile'] } },
  { tag: 'phrasing', q: 'did islamic state take responsibility', expect: { any: ['resp-amaq-claim'] } },
  { tag: 'lowercase', q: 'amaq video', expect: { any: ['resp-video-released', 'attack-video-outside-auditorium'] } },
  { tag: 'entity', q: 'macron french intelligence', expect: { any: ['resp-macron-french-intelligence'] } },

  // --- Ukraine claims and denials --------------------------------------------------------------------------
  { tag: 'lowercase', q: 'putin ukraine', expect: { any: ['uc-putin-heading-to-ukraine', 'uc-putin-opened-window', 'uc-putin-25-march-ukraine-link'] } },
  { tag: 'rumour', q: 'is it true ukraine was behind the attack', expect: { any: ['uc-ukraine-denies', 'uc-us-no-indication', 'uc-no-evidence-offered'] } },
  { tag: 'phrasing', q: 'Did Ukraine deny involvement?', expect: { any: ['uc-ukraine-denies'] } },
  { tag: 'typo', q: 'what did zelensky say', expect: { any: ['uc-zelenskyy-silent-for-a-day', 'uc-zelenskyy-sick-cynical'] } },
  { tag: 'typo', q: 'what did lukashneko say', expect: { any: ['uc-lukashenko-belarus-first', 'uc-lukashenko-turned-away'] } },
  { tag: 'typo', q: 'zaharova bogeyman', expect: { any: ['uc-zakharova-bogeyman'] } },
  { tag: 'entity', q: 'what did Zakharova say', expect: { any: ['react-zakharova-monstrous-crime', 'uc-zakharova-bogeyman'] } },
  { tag: 'entity', q: 'patrushev', expect: { any: ['uc-patrushev-ukraine-behind'] } },
  { tag: 'quote', q: 'who said "death for death"', expect: { any: ['uc-medvedev-death-for-death'] } },
  { tag: 'quote', q: 'who called it a barbaric terrorist act', expect: { any: ['react-putin-barbaric'] } },
  { tag: 'quote', q: 'who said terrorists have no nationality', expect: { any: ['nat-rahmon-no-nationality'] } },
  { tag: 'quote', q: 'who said smokescreen of propaganda', expect: { any: ['uc-hunt-smokescreen'] } },
  { tag: 'quote', q: 'who called the claims sick and cynical', expect: { any: ['uc-zelenskyy-sick-cynical'] } },
  { tag: 'entity', q: 'NTV deepfake', expect: { any: ['uc-ntv-deepfake'] } },
  { tag: 'rumour', q: 'was it a false flag', expect: { any: ['uc-ukraine-fm-false-flag', 'uc-hur-provocation'] } },

  // --- Warnings ---------------------------------------------------------------------------------------------
  { tag: 'phrasing', q: 'did the US warn Russia', expect: { any: ['warn-us-private-warning', 'warn-us-embassy-alert'] } },
  { tag: 'lowercase', q: 'putin dismissed warnings', expect: { any: ['warn-putin-dismissed-warnings'] } },
  { tag: 'date', q: 'US embassy warning march 7', expect: { any: ['warn-us-embassy-alert'] } },
  { tag: 'entity', q: 'what did Bortnikov say about the warning', expect: { any: ['warn-bortnikov-general-nature'] } },
  { tag: 'entity', q: 'antonov', expect: { any: ['warn-antonov-nothing-concrete'] } },

  // --- The attack --------------------------------------------------------------------------------------------
  { tag: 'lowercase', q: 'when did it start', expect: { any: ['summary-attack-start-time'] } },
  { tag: 'phrasing', q: 'what time did the shooting begin', expect: { any: ['summary-attack-start-time'] } },
  { tag: 'phrasing', q: 'which band was playing', expect: { any: ['venue-picnic-sold-out', 'summary-attack-start-time'] } },
  { tag: 'lowercase', q: 'is picnic band ok', expect: { any: ['picnic-alive-and-safe', 'picnic-evacuated-tass'] } },
  { tag: 'lowercase', q: 'weapons used', expect: { any: ['attack-gunmen-masked-fatigues'] } },
  { tag: 'phrasing', q: 'when did the roof collapse', expect: { any: ['fire-roof-collapse-2214'] } },
  { tag: 'phrasing', q: 'when was the fire put out', expect: { any: ['fire-extinguished-1130', 'fire-contained-0700'] } },
  { tag: 'typo', q: 'vorobiev fire', expect: { any: ['fire-vorobyov-roof-collapsed', 'fire-contained-0700', 'fire-vorobyov-damage-video'] } },
  { tag: 'lowercase', q: 'where is crocus city hall', expect: { any: ['venue-location'] } },
  { tag: 'lowercase', q: 'getaway car', expect: { any: ['car-white-2007-symbol-tver', 'car-picture-posted'] } },
  { tag: 'phrasing', q: 'where were they caught', expect: { any: ['inv-gunmen-caught-bryansk', 'inv-arrest-m3-km-376'] } },
  { tag: 'why', q: 'why did police take so long to arrive', expect: { any: ['response-rush-hour-traffic', 'response-sobr-omon-over-an-hour'] } },
  { tag: 'why', q: "why didn't the guards stop them", expect: { any: ['attack-guards-unarmed'] } },
  { tag: 'why', q: 'why would IS target Russia', expect: { any: ['bg-russia-syria', 'bg-clarke-fixated-on-russia'] } },
  { tag: 'why', q: 'why did Kyrgyzstan warn its citizens', expect: { any: ['after-kyrgyzstan-travel-warning', 'after-tajik-embassy-warning'] } },
  { tag: 'entity', q: 'who is Islam Khalilov', expect: { any: ['khalilov-led-100-out'] } },
  { tag: 'phrasing', q: 'teenager cloakroom hero', expect: { any: ['khalilov-led-100-out'] } },

  // --- Courts and torture ----------------------------------------------------------------------------------
  { tag: 'date', q: 'court hearing 24 march', expect: { any: ['court-four-charged-24-march'] } },
  { tag: 'phrasing', q: 'did they plead guilty', expect: { any: ['court-three-pleaded-guilty'] } },
  { tag: 'rumour', q: 'were the suspects tortured', expect: { any: ['torture-signs-in-court', 'torture-court-facial-injuries', 'react-torture-criticised'] } },
  { tag: 'phrasing', q: 'what sentence do they face', expect: { any: ['court-life-sentence-possible'] } },
  { tag: 'entity', q: 'moskalkova torture', expect: { any: ['react-moskalkova-inadmissible'] } },

  // --- Aftermath ---------------------------------------------------------------------------------------------
  { tag: 'lowercase', q: 'day of mourning', expect: { any: ['react-putin-day-of-mourning', 'after-day-of-mourning-observed'] } },
  { tag: 'lowercase', q: 'backlash against migrants', expect: { any: ['after-tajiks-more-precarious', 'after-xenophobia-report', 'after-lawyer-2500-aggression'] } },
  { tag: 'lowercase', q: 'turkey arrests', expect: { any: ['react-turkey-180-detained', 'react-turkey-147-on-26-march'] } },
  { tag: 'lowercase', q: 'dagestan arrests', expect: { any: ['dagestan-four-arrested'] } },

  // --- Dates in several forms ---------------------------------------------------------------------------
  { tag: 'date', q: 'what happened on 25.03.2024', expect: { any: ['uc-putin-radical-islamists', 'court-islomovs-remanded', 'tajikistan-nine-vahdat', 'after-crocus-malls-closed', 'uc-zelenskyy-sick-cynical'] } },
  { tag: 'date', q: 'what happened on March 31st', expect: { any: ['dagestan-four-arrested'] } },
  { tag: 'date', q: 'events of 2024-03-28', expect: { any: ['inv-financier-detained', 'uc-ic-money-from-ukraine', 'missing-95-28-march'] } },
  // court-tenth-suspect was dated 1 April from a retrieval date only (issue 17); Yusufzoda's transfer is dated that day.
  { tag: 'date', q: 'what happened on april 1', expect: { any: ['court-tenth-suspect', 'yusufzoda-money-transfer'] } },

  // --- Cyrillic -----------------------------------------------------------------------------------------
  { tag: 'cyrillic', q: 'сколько погибших', expect: { any: ['toll-144-29-march'] } },
  { tag: 'cyrillic', q: 'кто взял ответственность', expect: { any: ['resp-amaq-claim'] } },
  { tag: 'cyrillic', q: 'подозреваемые', expect: { any: ['court-four-named'] } },

  // --- Rumours ------------------------------------------------------------------------------------------
  { tag: 'rumour', q: 'is it true the attackers were Chechen?', expect: { any: ['nat-officially-tajik', 'nat-baza-tajik-citizens', 'court-four-named'] } },
  { tag: 'rumour', q: 'is it true that Picnic band members were killed', expect: { any: ['picnic-alive-and-safe'] } },
  { tag: 'rumour', q: 'is it true that the Crocus owner Agalarov was arrested?', expect: { abstain: true } },
  { tag: 'rumour', q: 'is it true a fifth gunman escaped?', expect: { abstain: true } },

  // --- Must abstain -------------------------------------------------------------------------------------
  { tag: 'offtopic', q: 'weather in moscow today', expect: { abstain: true } },
  { tag: 'offtopic', q: 'who won the 2018 world cup', expect: { abstain: true } },
  { tag: 'offtopic', q: 'bitcoin price', expect: { abstain: true } },
  { tag: 'offtopic', q: 'recipe for borscht', expect: { abstain: true } },
  { tag: 'offtopic', q: 'how do I get to Krasnogorsk by train', expect: { abstain: true } },
  { tag: 'offtopic', q: 'population of Krasnogorsk', expect: { abstain: true } },
  { tag: 'offtopic', q: 'How much were tickets for the Picnic concert?', expect: { abstain: true } },
  { tag: 'offtopic', q: 'When will Crocus City Hall reopen?', expect: { abstain: true } },
  { tag: 'unknown-person', q: 'Did Elon Musk comment on the attack?', expect: { abstain: true } },
  { tag: 'unknown-person', q: 'What did Joe Biden say?', expect: { abstain: true } },
  { tag: 'unknown-person', q: 'What did Xi Jinping say about Crocus?', expect: { abstain: true } },
  { tag: 'unknown-person', q: 'What did Pope Francis say about the attack?', expect: { abstain: true } },
  { tag: 'unknown-person', q: 'What did Donald Trump say about Crocus City Hall?', expect: { abstain: true } },
  { tag: 'offtopic', q: 'Was anyone arrested in Germany over the attack?', expect: { abstain: true } },
  { tag: 'offtopic', q: 'Did Israel warn Russia?', expect: { abstain: true } },
  { tag: 'offtopic', q: 'Did Kazakhstan arrest anyone?', expect: { abstain: true } },
  { tag: 'other-event', q: 'Wagner mutiny', expect: { abstain: true } },
  { tag: 'other-event', q: 'Nord Stream explosion', expect: { abstain: true } },
  { tag: 'other-event', q: 'how many died in the Moscow metro bombing of 2010', expect: { abstain: true } },
  { tag: 'other-event', q: 'Kerch bridge attack death toll', expect: { abstain: true } },
];
