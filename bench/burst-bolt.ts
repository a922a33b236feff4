import { App } from '@slack/bolt';

/**
 * The plain Bolt 5 app of Bolt's docs, for the burst bench's comparison: HTTP receiver, one slash command that
 * acks and then answers with `respond`. `node dist/bench/burst-bolt.js` with SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN,
 * SLACK_API_URL and PORT set (bench/burst.ts sets them).
 */
const env = process.env;
const app = new App({
  token: env.SLACK_BOT_TOKEN,
  signingSecret: env.SLACK_SIGNING_SECRET ?? '',
  clientOptions: { slackApiUrl: env.SLACK_API_URL },
});

app.command('/brief', async ({ command, ack, respond }) => {
  await ack();
  await respond(`You asked: ${command.text}`);
});

await app.start(Number(env.PORT));
