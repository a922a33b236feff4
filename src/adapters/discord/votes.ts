import type { Reply } from '../../core/reply.js';
import { answerOf, type FeedbackLog } from '../../store/feedback.js';
import type { RenderOptions } from './render.js';

/**
 * Render options for `reply` with 👍 / 👎 buttons when it is an answered briefing and feedback is on. A Discord
 * button's custom_id holds 100 characters, so the answer (question and facts shown) is kept in the store first and
 * the buttons carry its id; if it cannot be kept, the answer goes out without buttons.
 */
export async function withVotes(reply: Reply, render: RenderOptions, feedback: FeedbackLog | undefined): Promise<RenderOptions> {
  if (feedback === undefined || reply.kind !== 'briefing' || !reply.briefing.answered || reply.briefing.items.length === 0) return render;
  const answer = answerOf(reply.briefing);
  return (await feedback.remember(answer)) ? { ...render, voteId: answer.answerId } : render;
}
