import about from './about.js';
import ask from './ask.js';
import type { Command } from './command.js';
import digest from './digest.js';
import feedback from './feedback.js';
import gaps from './gaps.js';
import help from './help.js';
import lang from './lang.js';
import sources from './sources.js';
import timeline from './timeline.js';

/** Thrown at start-up for a command file that does not describe a valid command; names the file. */
export class CommandDefinitionError extends Error {
  readonly code = 'COMMAND_INVALID';
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`commands/${file}: ${detail}`);
    this.name = 'CommandDefinitionError';
  }
}

const NAME = /^[a-z][a-z0-9-]{0,31}$/;

function problemWith(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'the default export is not a command object';
  const c = value as Partial<Command>;
  if (typeof c.name !== 'string' || !NAME.test(c.name)) return `name must be 1-32 lower-case letters, digits or hyphens (got ${JSON.stringify(c.name)})`;
  if (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 100) return 'description must be 1-100 characters';
  if (typeof c.run !== 'function') return 'run must be a function';
  if (!Array.isArray(c.options)) return 'options must be an array';
  let optionalSeen = false;
  for (const [i, o] of c.options.entries()) {
    if (typeof o?.name !== 'string' || !NAME.test(o.name)) return `options[${i}].name must be 1-32 lower-case letters, digits or hyphens`;
    if (typeof o.description !== 'string' || o.description.length < 1 || o.description.length > 100) return `options[${i}] ("${o.name}").description must be 1-100 characters`;
    if (typeof o.required !== 'boolean') return `options[${i}] ("${o.name}").required must be a boolean`;
    if (o.required && optionalSeen) return `options[${i}] ("${o.name}") is required but follows an optional option`;
    optionalSeen ||= !o.required;
  }
  return undefined;
}

/**
 * Checks one command module; throws a CommandDefinitionError naming its file when it is not a valid command.
 * @example validateCommand(about, 'about.ts')
 */
export function validateCommand(value: unknown, file: string): Command {
  const problem = problemWith(value);
  if (problem) throw new CommandDefinitionError(file, problem);
  return value as Command;
}

/** Checks a list of command modules and that their names are unique. */
export function validateCommands(modules: readonly (readonly [file: string, value: unknown])[]): readonly Command[] {
  const seen = new Map<string, string>();
  return Object.freeze(
    modules.map(([file, value]) => {
      const command = validateCommand(value, file);
      const other = seen.get(command.name);
      if (other) throw new CommandDefinitionError(file, `name "${command.name}" is already used by commands/${other}`);
      seen.set(command.name, file);
      return command;
    }),
  );
}

/** Every chat command, checked at import. Each adapter registers this same list its own way. */
export const commands: readonly Command[] = validateCommands([
  ['ask.ts', ask],
  ['timeline.ts', timeline],
  ['sources.ts', sources],
  ['about.ts', about],
  ['digest.ts', digest],
  ['lang.ts', lang],
  ['gaps.ts', gaps],
  ['help.ts', help],
]);

/** Commands only the console offers: `feedback` votes on the last answer, which only the console keeps (chat platforms vote with buttons). */
export const consoleCommands: readonly Command[] = validateCommands([...commands.map((c) => [`${c.name}.ts`, c] as const), ['feedback.ts', feedback]]);
