import { describe, expect, it } from 'vitest';
import { fromTranslit } from '../../src/core/search/translit.js';
import { createEngine } from '../../src/core/engine.js';
import { loadFactCore } from '../../src/core/load.js';

const english = new Set(['what', 'did', 'the', 'say', 'about', 'how', 'many', 'people', 'were', 'killed', 'in', 'do', 'you', 'know']);
const isEnglish = (w: string) => english.has(w);

describe('Russian typed in Latin letters', () => {
  it('reads it back into Cyrillic', () => {
    expect(fromTranslit('gde zaderzhali napadavshih na krokus', isEnglish)).toBe('где задержали нападавших на крокус');
    // The soft sign people leave out stays out: "сколко" is read as a misspelt "сколько" further on.
    expect(fromTranslit('skolko chelovek pogiblo v krokuse', isEnglish)).toBe('сколко человек погибло в крокусе');
    expect(fromTranslit('gde nahoditsya krokus', isEnglish)).toBe('где находится крокус');
  });

  it('takes one Russian function word as enough when no word is English', () => {
    expect(fromTranslit('kto postroil krokus siti', isEnglish)).toBe('кто построил крокус сити');
    expect(fromTranslit('kto killed people', isEnglish)).toBeUndefined();
  });

  it('leaves English, and Russian already in Cyrillic, alone', () => {
    expect(fromTranslit('How many people were killed in Moscow?', isEnglish)).toBeUndefined();
    expect(fromTranslit('what did the FSB say about Ukraine', isEnglish)).toBeUndefined();
    expect(fromTranslit('где задержали нападавших', isEnglish)).toBeUndefined();
  });

  it('answers it from the Russian text of the facts', () => {
    const engine = createEngine(loadFactCore('facts'));
    expect(engine.brief('gde zaderzhali napadavshih na krokus').text).toMatch(/Bryansk|Брянск/);
  });
});
