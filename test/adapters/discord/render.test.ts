import { describe, expect, it } from 'vitest';
import { clip, humanDate } from '../../../src/adapters/discord/limits.js';
import { renderReply } from '../../../src/adapters/discord/render.js';
import { claimBriefing, weeklyDigest } from './fixtures.js';

const withButtons = { dataAsOf: '2024-03-29', sourceButtons: true };

describe('renderReply', () => {
  it('renders a briefing as one embed: title, text, one field per item with its sources and fact id, as-of footer', () => {
    const { embeds, components, allowedMentions } = renderReply(
      { kind: 'briefing', briefing: claimBriefing('who claimed the attack?') },
      withButtons,
    );
    expect(embeds).toHaveLength(1);
    expect(embeds[0]).toMatchObject({
      title: 'Who claimed the attack',
      description: 'Islamic State claimed responsibility on 22 March 2024 (BBC News).',
      footer: { text: 'Data as of 29 Mar 2024' },
      fields: [
        {
          name: '1. 22 Mar 2024',
          value:
            'Islamic State claimed responsibility for the attack through its Amaq news agency.\n' +
            'Source: BBC News, 23 Mar 2024 \u00b7 `is-claim`',
        },
        {
          name: '2. 23 Mar 2024 \u00b7 contested',
          value:
            'Russian officials alleged a Ukrainian link; Ukraine denied any involvement.\n' +
            'Sources: BBC News, 23 Mar 2024; Anadolu Agency, 29 Mar 2024 \u00b7 `ukraine-link-claim`',
        },
      ],
    });
    expect(components).toEqual([
      {
        type: 1,
        components: [
          { type: 2, style: 2, label: 'Sources 1', custom_id: 'sources:is-claim' },
          { type: 2, style: 2, label: 'Sources 2', custom_id: 'sources:ukraine-link-claim' },
        ],
      },
    ]);
    expect(allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('keeps the lead of the text but not its lines restating items, which show as fields', () => {
    const briefing = claimBriefing('who claimed it?');
    const [first, second] = briefing.items;
    briefing.text = `Islamic State claimed it.\n\u2022 ${first?.text} (BBC News, 23 Mar 2024)\n  Counter-claim: ${second?.text} (AA)`;
    const { embeds } = renderReply({ kind: 'briefing', briefing }, withButtons);
    expect(embeds[0]?.description).toBe('Islamic State claimed it.');
    expect(embeds[0]?.fields).toHaveLength(2);

    briefing.text = `\u2022 ${first?.text} (BBC News, 23 Mar 2024)`;
    expect(renderReply({ kind: 'briefing', briefing }, withButtons).embeds[0]?.description).toBeUndefined();
  });

  it('lists suggestions and notes under an abstention, with no buttons', () => {
    const { embeds, components } = renderReply(
      {
        kind: 'briefing',
        briefing: {
          query: 'what about the Bataclan?',
          answered: false,
          text: 'I only know about the Crocus City Hall attack.',
          items: [],
          suggestions: ['How many people died?', 'Who claimed the attack?'],
          notes: ['Graphic details were left out.'],
        },
      },
      withButtons,
    );
    expect(embeds[0]?.title).toBe('what about the Bataclan?');
    expect(embeds[0]?.description).toBe(
      'I only know about the Crocus City Hall attack.\n\n*Graphic details were left out.*\n\n' +
        '**Try asking:**\n\u2022 How many people died?\n\u2022 Who claimed the attack?',
    );
    expect(embeds[0]?.fields).toBeUndefined();
    expect(components).toEqual([]);
  });

  it('leaves Sources buttons out when no sources command can answer them', () => {
    const message = renderReply({ kind: 'briefing', briefing: claimBriefing('q') }, { sourceButtons: false });
    expect(message.components).toEqual([]);
    expect(message.embeds[0]?.footer).toBeUndefined();
  });

  it('renders a digest as a heading embed followed by one embed per section, footer on the last', () => {
    const { embeds, components } = renderReply({ kind: 'digest', digest: weeklyDigest }, withButtons);
    expect(embeds.map((e) => e.title)).toEqual(['Crocus City Hall: what is new', 'Revised']);
    expect(embeds[0]?.description).toBe('One revised figure since the last digest.');
    expect(embeds[1]?.fields?.[0]?.value).toBe('The death toll rose to 144.\nSource: Anadolu Agency, 29 Mar 2024 \u00b7 `toll-144`');
    expect(embeds[1]?.footer?.text).toBe('Data as of 29 Mar 2024');
    expect(components[0]?.components.map((b) => b.custom_id)).toEqual(['sources:toll-144']);
  });

  it('gives a fact shown in two digest sections a single Sources button', () => {
    const item = weeklyDigest.sections[0]!.items[0]!;
    const digest = { ...weeklyDigest, sections: [{ heading: 'New', items: [item] }, { heading: 'Key figures', items: [item] }] };
    const { components } = renderReply({ kind: 'digest', digest }, withButtons);
    expect(components.flatMap((r) => r.components).map((b) => b.label)).toEqual(['Sources 1']);
  });

  it('gives no button to a fact whose id would not fit in a custom_id', () => {
    const briefing = claimBriefing('q');
    briefing.items[0]!.id = 'x'.repeat(93);
    const { components } = renderReply({ kind: 'briefing', briefing }, withButtons);
    expect(components[0]?.components.map((b) => b.custom_id)).toEqual(['sources:ukraine-link-claim']);
  });

  it('drops items that would pass 6,000 characters and says how many were left out', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({
      id: `f${i}`,
      text: 'A long line about the evacuation. '.repeat(12),
      date: '2024-03-22',
      sources: [{ id: 's', outlet: 'Reuters', title: 't', date: '2024-03-23' }],
    }));
    const { embeds } = renderReply(
      { kind: 'digest', digest: { ...weeklyDigest, sections: [{ heading: 'New', items }] } },
      withButtons,
    );
    const shown = embeds[1]?.fields?.length ?? 0;
    expect(shown).toBeLessThan(25);
    expect(embeds[1]?.footer?.text).toBe(`Data as of 29 Mar 2024 \u00b7 ${30 - shown} more not shown`);
  });

  it('renders an error notice as a red embed holding the text', () => {
    const { embeds } = renderReply({ kind: 'notice', text: 'Only moderators can do that.', error: true }, withButtons);
    expect(embeds).toEqual([{ description: 'Only moderators can do that.', color: 0xc53030 }]);
  });
});

describe('clip and humanDate', () => {
  it('cuts with an ellipsis and never splits an emoji', () => {
    expect(clip('Gunmen opened fire', 10)).toBe('Gunmen op\u2026');
    expect(clip('ab\u{1F56F}cd', 4)).toBe('ab\u2026');
    expect(clip('   ', 10)).toBe('\u2014');
  });

  it('formats dates and ranges as people read them', () => {
    expect(humanDate('2024-03-22')).toBe('22 Mar 2024');
    expect(humanDate('2024-03-22/2024-03-24')).toBe('22 Mar 2024 \u2013 24 Mar 2024');
    expect(humanDate('spring 2024')).toBe('spring 2024');
  });
});
