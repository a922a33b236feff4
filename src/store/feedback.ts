import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { buildGaps, type GapsReport } from '../core/gaps.js';
import type { Briefing } from '../core/types.js';
import type { Caller } from '../core/reply.js';
import type { Store, VoteValue } from './store.js';
import { hashUser } from './user-hash.js';

/** What a person voted on: the answer's id (carried by its buttons), its question and the facts it showed. */
export interface AnswerRef {
  answerId: string;
  question: string;
  factIds: readonly string[];
}

/**
 * The answer a briefing is, for voting: its id is a hash of the question and the facts shown, short enough for a
 * Discord button id, so the same answer to the same question is one answer to vote on.
 * @example answerOf(briefing) // { answerId: '3f9a0c1d2e4b5a69', question: 'how many died?', factIds: ['toll-144'] }
 */
export function answerOf(briefing: Pick<Briefing, 'query' | 'items'>): AnswerRef {
  return answerRef(briefing.query, briefing.items.map((i) => i.id));
}

/** The answer to `question` that showed `factIds` (what a vote button carries back). */
export function answerRef(question: string, factIds: readonly string[]): AnswerRef {
  const answerId = createHash('sha256').update(JSON.stringify([question, factIds])).digest('hex').slice(0, 16);
  return { answerId, question, factIds: [...factIds] };
}

/** The editors' report over what the store kept since `since` (the CLI's `gaps`, and chat's through FeedbackLog). */
export async function readGaps(store: Pick<Store, 'abstentionsSince' | 'votesSince'>, since: Date): Promise<GapsReport> {
  return buildGaps({ abstentions: await store.abstentionsSince(since), votes: await store.votesSince(since) }, since);
}

/** What commands and adapters ask of the store about feedback. Never throws: a failing store is logged, and the answer stands. */
export interface FeedbackLog {
  /** Records a question the bot abstained on. */
  abstained(caller: Caller, question: string): Promise<void>;
  /** Records (or changes) the caller's vote on an answer; false when it could not be stored. */
  vote(caller: Caller, answer: AnswerRef, vote: VoteValue): Promise<boolean>;
  /** Keeps an answer for vote buttons that carry only its id (Discord); false when it could not be stored. */
  remember(answer: AnswerRef): Promise<boolean>;
  /** The answer a vote button's id stands for; undefined when unknown (pruned, another store) or unreadable. */
  recall(answerId: string): Promise<AnswerRef | undefined>;
  /** The editors' report since `since`; undefined when the store could not be read. */
  gaps(since: Date): Promise<GapsReport | undefined>;
}

/**
 * Votes and abstentions over the store, user ids hashed with `salt` (config.feedback.salt) before they leave here.
 * @example const feedback = createFeedbackLog(store, config.feedback.salt, logger, () => new Date());
 */
export function createFeedbackLog(store: Store, salt: string, logger: Logger, now: () => Date): FeedbackLog {
  const who = (caller: Caller) => ({ platform: caller.platform, channelId: caller.channelId, userHash: hashUser(salt, caller.platform, caller.userId) });
  return {
    async abstained(caller, question) {
      try {
        await store.recordAbstention({ ...who(caller), question, at: now() });
      } catch (err) {
        logger.warn({ err, platform: caller.platform }, 'feedback: could not record an unanswered question');
      }
    },
    async vote(caller, answer, vote) {
      try {
        await store.recordVote({ ...who(caller), answerId: answer.answerId, question: answer.question, factIds: [...answer.factIds], vote, at: now() });
        return true;
      } catch (err) {
        logger.warn({ err, platform: caller.platform }, 'feedback: could not record a vote');
        return false;
      }
    },
    async remember(answer) {
      try {
        await store.saveAnswer({ answerId: answer.answerId, question: answer.question, factIds: [...answer.factIds], at: now() });
        return true;
      } catch (err) {
        logger.warn({ err }, 'feedback: could not keep an answer for its vote buttons');
        return false;
      }
    },
    async recall(answerId) {
      try {
        const saved = await store.findAnswer(answerId);
        return saved && { answerId: saved.answerId, question: saved.question, factIds: saved.factIds };
      } catch (err) {
        logger.warn({ err }, 'feedback: could not read an answer for a vote');
        return undefined;
      }
    },
    async gaps(since) {
      try {
        return await readGaps(store, since);
      } catch (err) {
        logger.warn({ err }, 'feedback: could not read the gaps report');
        return undefined;
      }
    },
  };
}
