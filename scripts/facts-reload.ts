/**
 * `npm run facts:reload`: asks the running bot (its pid from PID_FILE, default data/bot.pid) to reload facts/ by
 * sending it SIGHUP, for those who cannot send signals by hand. The bot validates first and logs the outcome;
 * with several replicas, run it on each host (each reloads its own copy).
 */
import dotenv from 'dotenv';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../src/config.js';

dotenv.config({ quiet: true });
const { pidFile } = loadConfig(process.env);
let pid: number;
try {
  pid = Number(readFileSync(pidFile, 'utf8').trim());
} catch {
  console.error(`facts:reload: no pid file at ${pidFile}: is the bot running here? (PID_FILE sets where it writes it)`);
  process.exit(1);
}
try {
  process.kill(pid, 'SIGHUP');
  console.log(`facts:reload: asked process ${pid} to reload facts; its log says whether the new facts are served.`);
} catch (e) {
  console.error(`facts:reload: could not signal process ${pid} from ${pidFile}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
