/**
 * `npm run discord:register`: registers the shared commands (commands/index.ts) as Discord slash commands,
 * in DISCORD_GUILD_ID when set (instant, for development), globally otherwise, and prints what it did.
 */
import dotenv from 'dotenv';
import { REST } from 'discord.js';
import { commands } from '../commands/index.js';
import { inviteUrl, registerCommands } from '../src/adapters/discord/registration.js';
import { loadConfig } from '../src/config.js';

dotenv.config({ quiet: true });
const config = loadConfig(process.env);
const discord = config.discord;
if (!discord) {
  console.error(config.notes.find((n) => n.startsWith('Discord')) ?? 'Discord is not configured.');
  console.error('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example), then run this again.');
  process.exit(1);
}

const rest = new REST(discord.apiUrl === undefined ? {} : { api: discord.apiUrl }).setToken(discord.token);
try {
  const result = await registerCommands(rest, discord, commands);
  const where = result.scope === 'guild' ? `in server ${discord.guildId}` : 'globally (all servers and DMs)';
  console.log(`Registered ${result.names.length} slash commands ${where}: ${result.names.map((n) => `/${n}`).join(', ')}`);
  console.log(`PUT ${result.route}`);
  console.log(`Invite the bot with: ${inviteUrl(discord.applicationId)}`);
} catch (err) {
  console.error(`Registration failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  rest.clearHashSweeper();
  rest.clearHandlerSweeper();
}
