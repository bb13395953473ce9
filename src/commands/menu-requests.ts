/**
 * The menu's 依申请公开 item: a small second list — log a request that came in, answer one still open
 * (picked from the register, so nobody types an id), or show the register — turned into the command
 * line it runs (`request add`, `request answer ID`, `request list`). The commands then ask what they
 * need, as when typed.
 */
import { loadRequests } from '../archive/load-requests.js';
import type { Finding } from '../model/finding.js';
import type { Ctx } from './context.js';
import type { Prompter } from './prompter.js';

type RequestItem = 'add' | 'answer' | 'list' | 'back';
const REQUEST_ITEMS: readonly RequestItem[] = ['add', 'answer', 'list', 'back'];

/** The longest piece of a request's question shown in the list of open requests. */
const ASKED_CHARS = 24;

/** The `request …` arguments the clerk chose, or undefined to go back to the home screen. */
export async function requestMenuArgv(ctx: Ctx, p: Prompter, root: string): Promise<string[] | undefined> {
  const item = await p.select<RequestItem>({
    message: ctx.t('menu.request.question'),
    choices: REQUEST_ITEMS.map((i) => ({ value: i, name: ctx.t(`menu.request.${i}` as const) })),
    keys: ctx.t('menu.keys'),
  });
  if (item === 'back') return undefined;
  if (item !== 'answer') return ['request', item];
  // Unreadable request files are named by `request list` and `check`; here only the valid ones can be picked.
  const findings: Finding[] = [];
  const open = loadRequests(root, findings).filter((r) => !r.request.answer);
  if (open.length === 0) {
    ctx.out(ctx.t('menu.request.none-open'));
    return undefined;
  }
  const id = await p.select<string>({
    message: ctx.t('menu.request.which'),
    choices: [
      ...open.map((r) => ({ value: r.request.id, name: `${r.request.id}  ${r.request.received}  ${shorten(r.request.asked)}` })),
      { value: '', name: ctx.t('menu.request.back') },
    ],
    keys: ctx.t('menu.keys'),
  });
  return id ? ['request', 'answer', id] : undefined;
}

function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const chars = [...one];
  return chars.length > ASKED_CHARS ? `${chars.slice(0, ASKED_CHARS).join('')}…` : one;
}
