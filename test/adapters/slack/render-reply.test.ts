import { describe, expect, it } from 'vitest';
import { renderBriefing, renderDigest, renderNotice } from '../../../src/adapters/slack/render-reply.js';
import type { Briefing } from '../../../src/core/types.js';
import { blockProblems, pingsIn } from '../../fakes/slack-block-limits.js';
import { TOLL_ITEM } from './support/fixture-commands.js';

const answered: Briefing = {
  query: 'death toll',
  title: 'Death toll',
  answered: true,
  text: '145 people were killed (as of 29 Mar 2024, AA).',
  items: [TOLL_ITEM, { ...TOLL_ITEM, id: 'blame', text: 'Officials blamed Ukraine.', contested: true, sources: [] }],
  notes: ['Graphic details were left out.'],
};

const texts = (m: { blocks: unknown[] }) => m.blocks.map((b) => JSON.stringify(b));

describe('rendering replies as Block Kit', () => {
  it('starts with a bold header line, then the summary, then one section and one sources line per item', () => {
    const m = renderBriefing(answered);
    expect(m.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '*Death toll*' } });
    expect(m.blocks[1]).toMatchObject({ type: 'section', text: { text: answered.text } });
    expect(m.blocks[2]).toMatchObject({ type: 'section', text: { text: TOLL_ITEM.text } });
    expect(m.blocks[3]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Sources: Anadolu Agency, 29 Mar 2024 · `toll-145`' }],
    });
    expect(m.text).toBe('Death toll: 145 people were killed (as of 29 Mar 2024, AA).');
  });

  it('leaves out a summary that only repeats the items, keeping it as the notification text', () => {
    const text = `• ${TOLL_ITEM.text} (AA, 29 Mar 2024)`;
    const m = renderBriefing({ ...answered, text, items: [TOLL_ITEM] });
    expect(texts(m).filter((t) => t.includes(TOLL_ITEM.text))).toHaveLength(1);
    expect(m.text).toBe(`Death toll: ${text}`);
  });

  it('marks contested items, says when an item has no source, and shows notes', () => {
    const all = texts(renderBriefing(answered)).join('\n');
    expect(all).toContain('Officials blamed Ukraine. _(contested)_');
    expect(all).toContain('No source listed · `blame`');
    expect(all).toContain('Graphic details were left out.');
  });

  it('uses the question as the header when the briefing has no title', () => {
    const m = renderBriefing({ ...answered, title: undefined, query: 'who did it?' });
    expect(m.blocks[0]).toMatchObject({ text: { text: '*who did it?*' } });
  });

  it('renders an abstention with its suggestions as a list', () => {
    const m = renderBriefing({ query: 'weather', answered: false, text: 'I cannot answer that.', items: [], suggestions: ['How many died?', 'Who was arrested?'] });
    expect(texts(m).join()).toContain('*Try asking:*\\n• How many died?\\n• Who was arrested?');
  });

  it('adds the share button only when asked, and "Shared by" as plain escaped text', () => {
    expect(texts(renderBriefing(answered)).join()).not.toContain('brief_share');
    expect(texts(renderBriefing(answered, { shareValue: 'death toll' })).join()).toContain('"action_id":"brief_share"');
    const shared = renderBriefing(answered, { sharedBy: 'Bob <@U1>' });
    expect(texts(shared).join()).toContain('Shared by Bob &lt;@U1&gt;');
    expect(pingsIn(shared)).toEqual([]);
  });

  it('drops a share button whose value would exceed Slack’s 2,000 characters', () => {
    expect(texts(renderBriefing(answered, { shareValue: 'x'.repeat(2001) })).join()).not.toContain('brief_share');
  });

  it('renders a digest with section headings before their first item', () => {
    const m = renderDigest({ title: 'Digest', text: 'Two new facts.', sections: [{ heading: 'New <b>', items: [TOLL_ITEM, TOLL_ITEM] }], unchanged: false, hashes: {} });
    const all = texts(m);
    expect(all.filter((t) => t.includes('*New &lt;b&gt;*'))).toHaveLength(1);
    expect(m.text).toBe('Digest: Two new facts.');
  });

  it('renders an unchanged digest as its header and text only', () => {
    const m = renderDigest({ title: 'Digest', text: 'Nothing new.', sections: [], unchanged: true, hashes: {} });
    expect(m.blocks).toHaveLength(2);
  });

  it('renders a notice, with a warning sign when it is an error', () => {
    expect(renderNotice('Subscribed & ready.').blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Subscribed &amp; ready.' } }]);
    expect(renderNotice('Failed.', true).text).toBe(':warning: Failed.');
  });

  it('cuts an over-long text at 3,000 characters without splitting an escape', () => {
    const m = renderBriefing({ ...answered, text: '&'.repeat(1000), items: [] });
    const summary = (m.blocks[1] as { text: { text: string } }).text.text;
    expect(summary.length).toBeLessThanOrEqual(3000);
    expect(summary).toMatch(/(&amp;)+…$/);
    expect(blockProblems(m)).toEqual([]);
  });
});
