import { describe, expect, it } from 'vitest';
import { questionParts } from '../../src/core/brief/parts.js';

/** A stand-in for the engine's own test: a part has a subject when it names more than its question words. */
const hasSubject = (p: string) => /\b(?:gunmen|toll|beslan|crocus|injured|killed|tajikistan|russia|faizov|mirzoyev)\b/i.test(p);

/** The same for Russian. */
const ruSubject = (p: string) => /(?:крыша|нападение|росси|таджикистан|крокус|иран|беслан)/iu.test(p);

describe('questions in more than one part', () => {
  it('keeps a one-part question whole', () => {
    expect(questionParts('How many people died?', hasSubject)).toEqual(['How many people died?']);
  });

  it('splits two questions joined by "and", and lends the first subject to a part without one', () => {
    expect(questionParts('who were the gunmen and where were they from?', hasSubject)).toEqual(['who were the gunmen', 'where were they from who were the gunmen']);
  });

  it('splits a comparison into its two sides, the second sharing the question words of the first', () => {
    expect(questionParts('How many were killed compared with how many were injured?', hasSubject)).toEqual(['How many were killed', 'how many were injured']);
    expect(questionParts('compare the toll with Beslan', hasSubject)).toEqual(['the toll', 'Beslan']);
  });

  it('reads "than" and a choice between two sides', () => {
    expect(questionParts('Did more people die at Crocus than at Beslan?', hasSubject)).toEqual(['Did more people die at Crocus', 'Did at Beslan']);
    expect(questionParts('Who was older, Mirzoyev or Faizov?', hasSubject)).toEqual(['Who was older Mirzoyev', 'Who was older Faizov']);
  });

  it('drops a closing sentence that only says how to answer', () => {
    expect(questionParts('Did more die at Crocus or at Beslan? Give both figures.', hasSubject)).toEqual(questionParts('Did more die at Crocus or at Beslan?', hasSubject));
    expect(questionParts('Где погибло больше: в Крокусе или в Беслане? Приведи обе цифры.', ruSubject)).toEqual(['Где погибло больше в Крокусе', 'Где погибло больше в Беслане']);
  });

  it('splits Russian questions joined by «и», a side that gives only a place borrowing the other side\'s question', () => {
    expect(questionParts('Во сколько началось нападение и во сколько обрушилась крыша?', ruSubject)).toEqual(['Во сколько началось нападение', 'во сколько обрушилась крыша']);
    expect(questionParts('Сколько человек задержали в России и сколько в Таджикистане?', ruSubject)).toEqual(['Сколько человек задержали в России', 'Сколько человек задержали в Таджикистане']);
    expect(questionParts('Сравни число погибших в Крокусе и при взрывах в Иране', ruSubject)).toEqual(['число погибших в Крокусе', 'число погибших при взрывах в Иране']);
    expect(questionParts('Что унесло больше жизней: Крокус или Беслан?', ruSubject)).toEqual(['Что унесло больше жизней Крокус', 'Что унесло больше жизней Беслан']);
  });

  it('does not make a part of chat before "and" ("lol and how many died")', () => {
    expect(questionParts('lol and how many died at Crocus?', hasSubject)).toEqual(['lol and how many died at Crocus?']);
    expect(questionParts('кста а во сколько началась стрельба в Крокусе', ruSubject)).toEqual(['кста а во сколько началась стрельба в Крокусе']);
  });

  it('never makes more than three parts', () => {
    expect(questionParts('who did it? when? where? why? how?', () => true).length).toBeLessThanOrEqual(3);
  });
});
