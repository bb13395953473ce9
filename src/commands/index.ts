/**
 * The command registry: one entry per command, in the order `--help` lists them. A command is a
 * declared shape (shape.ts); heavy libraries load with `await import()` inside the command that uses
 * them (every extra chunk costs start-up: bench/, docs/performance.md).
 */
import type { Command } from 'commander';
import type { Ctx } from './context.js';
import { toCommand, type CommandSpec } from './shape.js';
import { initCommand } from './init.js';
import { addCommand } from './add.js';
import { listCommand } from './list.js';
import { showCommand } from './show.js';
import { amendCommand } from './amend.js';
import { withdrawCommand } from './withdraw.js';
import { verifyCommand } from './verify.js';
import { sealCommand } from './seal.js';
import { checkCommand } from './check.js';
import { statusCommand } from './status.js';
import { auditCommand } from './audit.js';
import { feedbackCommand } from './feedback.js';
import { catalogCommand } from './catalog.js';
import { termsCommand } from './terms.js';
import { schemaCommand } from './schema.js';
import { importCommand } from './import.js';
import { exportCommand } from './export.js';
import { completionCommand } from './completion.js';
import { summaryCommand } from './summary.js';
import { requestCommand } from './request.js';
import { reportCommand } from './report.js';
import { siteCommand } from './site.js';
import { menuCommand } from './menu.js';

export type AnyCommandSpec = CommandSpec<any, any>;

export const COMMANDS: readonly AnyCommandSpec[] = [
  initCommand,
  addCommand,
  listCommand,
  showCommand,
  amendCommand,
  withdrawCommand,
  feedbackCommand,
  checkCommand,
  statusCommand,
  auditCommand,
  verifyCommand,
  sealCommand,
  summaryCommand,
  requestCommand,
  reportCommand,
  catalogCommand,
  termsCommand,
  schemaCommand,
  importCommand,
  exportCommand,
  completionCommand,
  siteCommand,
  menuCommand,
];

/** The commander commands of the registry, in its order, worded in the context's language. */
export function buildCommands(ctx: Ctx): Command[] {
  return COMMANDS.map((c) => toCommand(c, ctx));
}
