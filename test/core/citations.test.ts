import { describe, expect, it } from 'vitest';
import { isoFromHuman, parseCitations } from '../../src/core/citations.js';

describe('citation parser', () => {
  it('reads a plain citation: title, outlet, publication date', () => {
    const { sources } = parseCitations('"Gunmen kill 133 at Crocus City Hall in Moscow attack". BBC News. 23 March 2024. Archived from the original on 22 March 2024. Retrieved 23 March 2024.');
    expect(sources).toEqual([
      { id: 'bbc-news-2024-03-23-gunmen-kill-133-at-crocus', outlet: 'BBC News', title: 'Gunmen kill 133 at Crocus City Hall in Moscow attack', date: '2024-03-23', dateBasis: 'published' },
    ]);
  });

  it('keeps quotes inside a title and nested brackets inside its translation', () => {
    const { sources } = parseCitations('"تنظيم "الدولة" يقدم روايته" [The organization of the [Islamic] "State" presents its version]. Enab Baladi (in Arabic). Archived from the original on 23 March 2024. Retrieved 23 March 2024.');
    expect(sources[0]).toMatchObject({
      outlet: 'Enab Baladi',
      title: 'تنظيم "الدولة" يقدم روايته',
      titleTranslated: 'The organization of the [Islamic] "State" presents its version',
      language: 'ar',
      date: '2024-03-23',
      dateBasis: 'archived',
    });
  });

  it('takes the date and authors from an author prefix and still finds the outlet', () => {
    const { sources } = parseCitations('Roth, Andrew; Yang, Maya (22 March 2024). "Shooting reported". The Guardian. ISSN 0261-3077. Archived from the original on 22 March 2024. Retrieved 22 March 2024.');
    expect(sources[0]).toMatchObject({ outlet: 'The Guardian', authors: ['Roth, Andrew', 'Yang, Maya'], date: '2024-03-22', dateBasis: 'published' });
  });

  it('splits two citations that run together without a "Retrieved" date', () => {
    const { sources } = parseCitations('"Nearly 100 people still missing". Reuters. 28 March 2024. Knight, Mariya (22 March 2024). "ISIS claims responsibility". CNN. Retrieved 22 March 2024.');
    expect(sources.map((s) => [s.outlet, s.date])).toEqual([
      ['Reuters', '2024-03-28'],
      ['CNN', '2024-03-22'],
    ]);
  });

  it('names a tweet by its account and removes notes that are not citations', () => {
    const { sources, notes } = parseCitations('@EmbEspRusia (24 March 2024). "Мы осуждаем теракт" [We condemn the attack] (Tweet) (in Russian) – via Twitter. Wikimedia Commons has media related to Crocus City Hall attack. "Next". Reuters. 25 March 2024.');
    expect(sources[0]).toMatchObject({ outlet: '@EmbEspRusia (Twitter)', language: 'ru', via: 'Twitter', date: '2024-03-24' });
    expect(sources[1]).toMatchObject({ outlet: 'Reuters', title: 'Next' });
    expect(notes[0]).toMatch(/removed a note that is not a citation: "Wikimedia Commons/);
  });

  it('reads a publication year far before the archive date as a typo and says so', () => {
    const { sources, notes } = parseCitations('"15-летний Ислам Халилов" (in Russian). Meduza. 24 March 2023. Archived from the original on 29 March 2024. Retrieved 24 March 2024.');
    expect(sources[0]).toMatchObject({ outlet: 'Meduza', date: '2024-03-24', dateBasis: 'retrieved' });
    expect(notes.join('\n')).toMatch(/2023-03-24 is long before its archive date/);
  });

  it('converts human dates to ISO dates', () => {
    expect(isoFromHuman('4 January 2024')).toBe('2024-01-04');
    expect(() => isoFromHuman('March 4')).toThrow(/not a date/);
  });
});
