import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { loadFactCore } from '../../src/core/load.js';
import { correctEnglish } from '../../src/core/search/english-data.js';

const engine = createEngine(loadFactCore('facts'));
const ids = (q: string) => engine.brief(q).items.map((i) => i.id);

describe('answers that do not depend on one phrasing (real facts)', () => {
  it('answers each part of a question in two parts', () => {
    const shown = ids('who were the gunmen and where were they from?');
    expect(shown).toContain('court-four-named');
    expect(shown).toContain('nat-officially-tajik');
  });

  it('reads chat around a question as chat', () => {
    expect(engine.brief('how many ppl died lol').text).toContain('144');
    expect(engine.brief('yo bro basically how many ppl got hurt tho').text).toContain('551');
  });

  it('reads what the asker did as talk around the question, even when a fact uses the verb', () => {
    // Facts say "watched"; "we watched it" is the asker's evening, not the subject.
    expect(engine.brief('we watched it on tv, how many people were injured at crocus?').text).toContain('551');
  });

  it('reads a misspelt English word as the word it most likely is', () => {
    expect(correctEnglish('meny')).toBe('many');
    expect(correctEnglish('cauhgt')).toBe('caught');
    expect(correctEnglish('john')).toBeUndefined();
    expect(engine.brief('how meny peple were injurd').text).toContain('551');
  });

  it('answers a question in Russian from the Russian text of the facts', () => {
    expect(engine.brief('Сколько человек погибло в теракте?').text).toContain('144');
  });

  it('abstains on questions about the future or asking for an opinion', () => {
    expect(engine.brief('When will Crocus City Hall reopen?').answered).toBe(false);
    expect(engine.brief('Do you personally think Putin should resign?').answered).toBe(false);
  });

  it('needs the participle that ends a passive question ("when was X founded") covered', () => {
    expect(engine.brief('In what year was the band Picnic founded?').answered).toBe(false);
    expect(engine.brief('When was Crocus City Hall built?').text).toMatch(/2009/);
  });

  it('abstains when the subject asked about is in no fact', () => {
    expect(engine.brief('What is the population of France?').answered).toBe(false);
    expect(engine.brief('who won the world cup').answered).toBe(false);
  });

  it('reads the noun after "which" as the kind of name asked for', () => {
    // WordNet files "official" under people: a fact naming the mayor answers, though it never says "official".
    expect(ids('Which Moscow official called off the weekend events in the city?')).toContain('after-sobyanin-cancels-events');
    expect(engine.brief('wich band was suposed to play at crocus siti hall that nite').text).toContain('Picnic');
  });

  it('reads «какой» before a noun of a kind as asking for a name of that kind', () => {
    // No fact says «группировка» or «страна»: a fact naming a group, or a country, answers.
    expect(ids('Какая террористическая группировка взяла на себя ответственность за нападение на «Крокус Сити Холл»?')).toContain('resp-amaq-claim');
    expect(engine.brief('iz kakoy strany byli napadavshie na krokus').text).toMatch(/Таджикистан/);
  });

  it('corrects a claim taken as given, naming it, and never confirms it', () => {
    const b = engine.brief('Why did the United States refuse to warn Russia before the attack?');
    expect(b.notes?.join(' ')).toContain('No source supports "refuse"');
    expect(b.items.map((i) => i.id).some((id) => id.startsWith('warn-us-'))).toBe(true);
    const guards = engine.brief("Why couldn't the armed security guards stop the gunmen?");
    expect(guards.text).toContain('unarmed');
    // A common word qualifying the claim ("a possible attack") need not be covered once the claim is left out.
    const possible = engine.brief('Why did the United States refuse to warn Russia about a possible attack before Crocus?');
    expect(possible.notes?.join(' ')).toContain('No source supports "refuse"');
  });

  it('still abstains on a claim about something no fact has', () => {
    expect(engine.brief('Why did the Beatles cancel their concert in Liverpool?').answered).toBe(false);
  });

  it('answers "when did it take place" with the day of the attack', () => {
    expect(engine.brief('On what date did the Crocus City Hall attack take place?').text).toContain('22 Mar');
  });

  it('reads "who" after a noun as opening a clause about it, not as asking who did something', () => {
    expect(engine.brief('Whats the name of the Tajik presidant who talked to Putin on the phone after Crocus?').text).toMatch(/Rahmon/);
  });

  it('needs the verb after "who" covered, and a name of the kind asked for', () => {
    // The facts say the venue hosted the pageant, not who won it.
    expect(engine.brief('Who won the Miss Universe 2013 pageant?').answered).toBe(false);
    // The fact on the Moldovan victim names no one: the agency that reported it is no answer.
    expect(engine.brief('What was the name of the Moldovan woman killed at Crocus City Hall?').answered).toBe(false);
    expect(engine.brief('Who built Crocus City Hall?').text).toContain('Agalarov');
  });

  it('answers for each of two people whom no fact names together', () => {
    const shown = ids('How did Russian ambassador Anatoly Antonov and FSB chief Alexander Bortnikov each describe the US warning?');
    expect(shown).toContain('warn-antonov-nothing-concrete');
    expect(shown).toContain('warn-bortnikov-general-nature');
  });

  it('reads a title before a name as saying who the person is', () => {
    // "cloakroom assistant" is covered by the facts about Khalilov, whatever words they use for his job.
    expect(engine.brief('How many concert-goers did cloakroom assistant Islam Khalilov reportedly help save?').text).toMatch(/100/);
  });

  it('weighs a clause set off by a comma that describes the thing before it at half', () => {
    // «в который входит концертный зал» describes the complex; the question is who built it.
    expect(engine.brief('Кто построил комплекс Crocus City, в который входит концертный зал?').text).toMatch(/Агаларов/);
    // With no question word before the comma, the clause is the question itself.
    expect(engine.brief('Before the Crocus City Hall attack, which attack had been the deadliest terrorist attack on Russian soil?').text).toMatch(/Beslan/);
  });

  it('reads words set off after a name by a comma and an article as saying who the person is', () => {
    // No fact gives Mirzoyev's age and calls him the ringleader: the words after the comma describe him.
    expect(engine.brief('How old was Dalerjon Mirzoev, the alleged ringleader of the Crocus attack?').text).toMatch(/\b32\b/);
    expect(engine.brief('Why was Islam Khalilov, the 15-year-old cloakroom attendant, given a medal?').answered).toBe(true);
  });

  it('answers a count asked for one day with that day\'s count, not a running total reached by then', () => {
    // Turkey: 147 detained in the raids of 26 March, more than 180 in all since the attack (as of 26 March).
    expect(engine.brief('How many people did Turkey detain on 26 March?').text).toMatch(/\b147\b/);
    expect(engine.brief('How many people suspected of IS links did Turkey detain?').text).toMatch(/\b180\b/);
  });

  it('reads a place asked for with no subject but the event as asking where the event was', () => {
    for (const q of ['In which city did the attack happen?', 'which town is crocus city hall in']) expect(engine.brief(q).text).toContain('Krasnogorsk');
    // With a subject of its own, the place is that subject's: where the gunmen were caught is not the venue.
    expect(engine.brief('in which city were the gunmen caught').text).toContain('Bryansk');
  });

  it('reads "called off" as the postponement the facts report', () => {
    expect(engine.brief('which football match got called off because of the attack').text).toContain('Paraguay');
  });

  it("never answers a count asked about the attack with another event's figure", () => {
    // The Kerman bombings in Iran killed 103; a question about "the bombings at Crocus" is not about them.
    for (const q of ['how many died in the bombings at crocus', 'Сколько человек погибло от взрыва бомбы в «Крокус Сити Холле»?']) {
      expect(engine.brief(q).text).not.toMatch(/\b103\b/);
    }
    expect(engine.brief('How many people died in the IS-KP bombings in Iran in January 2024?').text).toMatch(/\b103\b/);
  });

  it('compares another event with the attack itself, giving both figures', () => {
    const b = engine.brief('How many people did the IS-KP bombings in Iran in January 2024 kill, compared with the Crocus City Hall attack?');
    expect(b.text).toContain('103');
    expect(b.text).toContain('144');
  });

  it('corrects a Russian question that puts the attack somewhere else, with a verb of happening between', () => {
    const b = engine.brief('Почему теракт в «Крокус Сити Холле» случился в Санкт-Петербурге?');
    expect(b.text).toContain('Красногорск');
    expect(b.notes?.join(' ')).toContain('Санкт-Петербург');
  });

  it('answers "why did X admit it was behind it" with what X said: the denial, not a confirmation', () => {
    expect(engine.brief('Why did Ukraine admit it was behind the Crocus City Hall attack?').items[0]?.id).toBe('uc-ukraine-denies');
    expect(engine.brief('Как Украина признала свою причастность к теракту в «Крокусе»?').items[0]?.id).toBe('uc-ukraine-denies');
  });

  it('answers a price only with a fact that states an amount of money, and abstains without one', () => {
    expect(engine.brief('How much did tickets to the Picnic concert cost?').answered).toBe(false);
    expect(engine.brief('Сколько стоили билеты на концерт «Пикника» в «Крокусе»?').answered).toBe(false);
    expect(engine.brief('How much money was Fariduni promised?').text).toContain('$10,500');
  });

  it('answers a question that opens with "where" from the facts that name a place, and leaves a "where" clause alone', () => {
    expect(engine.brief('Где задержали подозреваемых в нападении на Крокус?').text).toMatch(/Брянск/);
    expect(engine.brief('Who built the Crocus City complex where the concert hall is located?').text).toContain('Agalarov');
  });

  it('lets a noun too common to be a subject ("place") go uncovered by a fact on the topic, but not "police"', () => {
    expect(engine.brief('How far was the place where the Crocus suspects were caught from Moscow?').text).toMatch(/340 km/);
    expect(engine.brief('How many of the gunmen were shot dead by police inside the concert hall?').items.map((i) => i.id)).not.toContain('victims-belarus-three');
  });

  it('shows a graphic fact when the question names the detail only graphic facts report, and still marks it', () => {
    const b = engine.brief('which crocus suspect showed up to court in a wheelchair');
    expect(b.items.find((i) => i.id === 'torture-faizov-wheelchair')?.graphic).toBe(true);
    // Not named, not shown.
    expect(ids('What happened to Faizov in court?')).not.toContain('torture-faizov-wheelchair');
  });

  it('answers "how far" with the facts that state a distance', () => {
    expect(engine.brief('How far from the Ukrainian border were the suspects arrested?').text).toContain('140 km');
    expect(engine.brief('На каком расстоянии от Москвы задержали подозреваемых?').text).toContain('340 км');
  });

  it('compares in Russian, each side answered from its own facts', () => {
    const b = engine.brief('Что унесло больше жизней: теракт в «Крокусе» или уничтожение российского самолёта над Египтом в 2015 году?');
    expect(b.text).toContain('144');
    expect(b.text).toContain('224');
    const both = engine.brief('Сколько людей погибло в «Крокусе» и сколько — при взрывах ИГ-Хорасан в Иране 3 января 2024 года?');
    expect(both.text).toContain('144');
    expect(both.text).toContain('103');
  });

  it('answers an early figure stated in a question with the figure as it stands now', () => {
    const b = engine.brief('Why were only 40 people killed at Crocus City Hall?');
    expect(b.text).toContain('40');
    expect(b.text).toContain('144');
  });

  it('reads a noun no fact has before one the facts have as qualifying it ("beauty pageant")', () => {
    expect(engine.brief('Which international beauty pageant was held at Crocus City in 2013?').text).toContain('Miss Universe');
  });

  it('does not take a word of an entity\'s other names as covered by facts naming it', () => {
    // Putin's other name "Kremlin leader" does not make a fact about him say who leads IS-KP.
    expect(engine.brief('Who was the leader of IS-KP at the time of the attack?').answered).toBe(false);
    expect(engine.brief('Was the band Picnic safe?').items.map((i) => i.id)).toContain('picnic-alive-and-safe');
  });

  it('answers a figure asked with a claim no fact supports, naming the claim', () => {
    const b = engine.brief('How many people died when the bomb exploded inside Crocus City Hall?');
    expect(b.text).toContain('144');
    expect(b.notes?.join(' ')).toContain('No source supports "bomb"');
    // Facts on the attack do report blood donors: "blood" is no false claim, so no note may say so.
    expect(engine.brief('How many people gave blood for the injured?').notes?.join(' ') ?? '').not.toContain('"blood"');
  });

  it('meets Russian words derived by suffixes Snowball keeps apart', () => {
    // "обрушении" (the collapse) and "обрушилась" (collapsed) in the governor's statement.
    expect(ids('Какой губернатор Московской области сообщал об обрушении кровли?')).toContain('fire-vorobyov-roof-collapsed');
  });

  it('corrects a question that puts the attack in the wrong place, and leaves other places alone', () => {
    const b = engine.brief('How did the Crocus City Hall attack in Saint Petersburg unfold?');
    expect(b.items[0]?.id).toBe('venue-location');
    expect(b.notes?.join(' ')).toContain('No source supports "Saint Petersburg"');
    // What happened in Saint Petersburg after the attack is a question about that city.
    expect(ids('What happened in Saint Petersburg after the attack?')).toContain('after-st-petersburg-malls');
    // "Fled to Ukraine" (в Украину) is a direction, not where the attack was.
    expect(ids('Почему Лукашенко сказал, что террористы из «Крокуса» бежали в Белоруссию?')).not.toContain('venue-location');
  });
});
