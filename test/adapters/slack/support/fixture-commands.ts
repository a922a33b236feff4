import type { Command } from '../../../../commands/command.js';
import type { Reply } from '../../../../src/core/reply.js';
import type { Engine } from '../../../../src/core/engine.js';
import type { Briefing, BriefingItem } from '../../../../src/core/types.js';

/** The answer the fixture engine gives to any on-topic question. */
export const TOLL_ITEM: BriefingItem = {
  id: 'toll-145',
  text: 'Investigators put the death toll at 145.',
  date: '2024-03-29',
  sources: [{ id: 'aa-2024-03-29', outlet: 'Anadolu Agency', title: 'Death toll rises to 145', date: '2024-03-29' }],
};

/**
 * A stand-in for the real engine (src/core is being written in parallel): an on-topic question gets the
 * toll briefing, one mentioning the weather gets an abstention with suggestions.
 */
export function fixtureEngine(): Engine {
  const brief = (query: string): Briefing =>
    /weather/i.test(query)
      ? {
          query,
          answered: false,
          text: 'I only know about the Crocus City Hall attack.',
          items: [],
          suggestions: ['How many people died?', 'What happened on 22 March?'],
        }
      : { query, answered: true, text: '145 people were killed (as of 29 Mar 2024).', items: [TOLL_ITEM] };
  return {
    core: { facts: [], sources: new Map(), entities: [], factsById: new Map() },
    brief,
    timeline: (date) => ({ query: `timeline ${date ?? ''}`.trim(), title: `Timeline: ${date ?? 'all days'}`, answered: true, text: 'Gunmen entered the hall.', items: [TOLL_ITEM] }),
    sources: (id) => ({ query: id, answered: true, text: `Sources of ${id}.`, items: [TOLL_ITEM] }),
    about: () => ({ query: 'about', answered: true, text: 'Facts about the attack.', items: [] }),
  };
}

/** The commands the tests register, shaped like the real ones in commands/. */
export const fixtureCommands: readonly Command[] = [
  {
    name: 'ask',
    description: 'Ask a question',
    options: [{ name: 'question', description: 'Your question', required: true, maxLength: 300 }],
    run: (ctx): Reply => {
      const question = ctx.options.question ?? '';
      if (/explode/.test(question)) throw new Error('engine exploded');
      return { kind: 'briefing', briefing: ctx.services.engine.brief(question) };
    },
  },
  {
    name: 'timeline',
    description: 'What happened when',
    options: [{ name: 'date', description: 'A day', required: false }],
    run: (ctx): Reply => ({ kind: 'briefing', briefing: ctx.services.engine.timeline(ctx.options.date) }),
  },
  {
    name: 'sources',
    description: 'Sources of a fact',
    options: [{ name: 'fact-id', description: 'Fact id', required: true }],
    run: (ctx): Reply => ({ kind: 'briefing', briefing: ctx.services.engine.sources(ctx.options['fact-id'] ?? '') }),
  },
  {
    name: 'help',
    description: 'How to use the bot',
    options: [],
    run: (): Reply => ({ kind: 'notice', text: 'Ask me about the attack: /brief <question>.', ephemeral: true }),
  },
  {
    name: 'whoami',
    description: 'Echoes the caller (checks what the adapter passes in)',
    options: [],
    run: (ctx): Reply => ({ kind: 'notice', text: JSON.stringify(ctx.caller), ephemeral: true }),
  },
  {
    name: 'announce',
    description: 'A command whose reply is meant to be public',
    options: [{ name: 'what', description: 'Text', required: true }],
    run: (ctx): Reply => ({ kind: 'notice', text: `Announced: ${ctx.options.what ?? ''}`, ephemeral: false }),
  },
];
