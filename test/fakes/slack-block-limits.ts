/**
 * Slack's published Block Kit limits, written out independently of the adapter so the fake can refuse what
 * Slack would refuse (`invalid_blocks`) and tests can check rendered messages against the same rules.
 * https://docs.slack.dev/reference/block-kit/blocks
 */

type Json = Record<string, unknown>;

const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  headerText: 150,
  messageText: 40_000,
};

function textProblem(where: string, text: unknown, max: number): string[] {
  if (typeof text !== 'object' || text === null) return [`${where}: missing text object`];
  const t = (text as Json).text;
  if (typeof t !== 'string' || t.length === 0) return [`${where}: empty text`];
  return t.length > max ? [`${where}: text is ${t.length} characters (max ${max})`] : [];
}

function blockProblem(block: Json, i: number): string[] {
  const at = `blocks[${i}] (${String(block.type)})`;
  switch (block.type) {
    case 'section':
      return textProblem(at, block.text, LIMITS.sectionText);
    case 'header':
      return textProblem(at, block.text, LIMITS.headerText);
    case 'context': {
      const elements = (block.elements as Json[] | undefined) ?? [];
      if (elements.length === 0 || elements.length > LIMITS.contextElements) return [`${at}: ${elements.length} elements`];
      return elements.flatMap((e, j) => textProblem(`${at}.elements[${j}]`, e, LIMITS.contextText));
    }
    case 'actions': {
      const elements = (block.elements as Json[] | undefined) ?? [];
      if (elements.length === 0 || elements.length > LIMITS.actionsElements) return [`${at}: ${elements.length} elements`];
      return elements.flatMap((e, j) => [
        ...textProblem(`${at}.elements[${j}]`, e.text, LIMITS.buttonText),
        ...(String(e.value ?? '').length > LIMITS.buttonValue ? [`${at}.elements[${j}]: value too long`] : []),
        ...(String(e.action_id ?? '').length > LIMITS.actionId ? [`${at}.elements[${j}]: action_id too long`] : []),
      ]);
    }
    case 'divider':
      return [];
    default:
      return [`${at}: unknown block type`];
  }
}

/** Why Slack would refuse this message body; empty when it is fine. */
export function blockProblems(message: object): string[] {
  const body = message as Json;
  const problems: string[] = [];
  const text = body.text;
  const blocks = body.blocks as Json[] | undefined;
  if (typeof text === 'string' && text.length > LIMITS.messageText) problems.push('text too long');
  if (blocks === undefined) {
    if ((typeof text !== 'string' || text === '') && body.delete_original === undefined) problems.push('no_text');
    return problems;
  }
  if (!Array.isArray(blocks) || blocks.length > LIMITS.blocks) problems.push(`too many blocks (${blocks.length})`);
  blocks.forEach((b, i) => problems.push(...blockProblem(b, i)));
  return problems;
}

/** Every string in a message that Slack would turn into a notification (`<!channel>`, `<!here>`, `<@U1>`, ...). */
export function pingsIn(value: unknown): string[] {
  if (typeof value === 'string') return value.match(/<[!@][^>]*>/g) ?? [];
  if (Array.isArray(value)) return value.flatMap(pingsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(pingsIn);
  return [];
}
