/**
 * Discord's published message limits, written out independently of the adapter, checked on a message body as it
 * arrives at the fake REST API (snake_case, as on the wire).
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */

type Json = Record<string, unknown>;

const LIMITS = { content: 2000, embeds: 10, total: 6000, title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, rows: 5, buttons: 5 };

function textProblem(where: string, text: unknown, max: number): string[] {
  if (text === undefined) return [];
  if (typeof text !== 'string' || text.trim() === '') return [`${where} is blank`];
  return text.length > max ? [`${where} is ${text.length} characters (max ${max})`] : [];
}

/** Why Discord would refuse this message body (POST /channels/:id/messages or an interaction callback's data). */
export function discordMessageProblems(message: unknown): string[] {
  const body = (message ?? {}) as Json;
  const embeds = (body.embeds ?? []) as Json[];
  const rows = (body.components ?? []) as Json[];
  const problems = textProblem('content', body.content === '' ? undefined : body.content, LIMITS.content);
  if (embeds.length === 0 && (typeof body.content !== 'string' || body.content === '')) problems.push('empty message');
  if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds`);
  let total = 0;
  embeds.forEach((e, i) => {
    const fields = (e.fields ?? []) as Json[];
    const footer = (e.footer as Json | undefined)?.text;
    problems.push(...textProblem(`embeds[${i}].title`, e.title, LIMITS.title));
    problems.push(...textProblem(`embeds[${i}].description`, e.description, LIMITS.description));
    problems.push(...textProblem(`embeds[${i}].footer`, footer, LIMITS.footer));
    if (fields.length > LIMITS.fields) problems.push(`embeds[${i}] has ${fields.length} fields`);
    fields.forEach((f, j) => {
      problems.push(...textProblem(`embeds[${i}].fields[${j}].name`, f.name, LIMITS.fieldName));
      problems.push(...textProblem(`embeds[${i}].fields[${j}].value`, f.value, LIMITS.fieldValue));
      total += String(f.name ?? '').length + String(f.value ?? '').length;
    });
    total += String(e.title ?? '').length + String(e.description ?? '').length + String(footer ?? '').length;
  });
  if (total > LIMITS.total) problems.push(`embeds total ${total} characters (max ${LIMITS.total})`);
  if (rows.length > LIMITS.rows) problems.push(`${rows.length} action rows`);
  rows.forEach((r, i) => {
    const buttons = (r.components ?? []) as Json[];
    if (buttons.length > LIMITS.buttons) problems.push(`components[${i}] has ${buttons.length} buttons`);
  });
  return problems;
}
