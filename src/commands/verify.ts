/** `xwgk verify [--digest HEX]`: the journal chain, every record and attachment against it, every seal; exit 1 on any problem. */
import { Command } from 'commander';
import type { Ctx } from './context.js';
import { addFormatOptions, pickFormat } from './options.js';
import { normalizeDigest, verifyArchive } from '../archive/verify.js';
import { EXIT, usageError } from '../model/errors.js';
import { renderVerifyAsJson, renderVerifyAsText } from '../render/verify.js';

const FORMATS = ['text', 'json'] as const;

export function verifyCommand(ctx: Ctx): Command {
  const cmd = new Command('verify').description(ctx.t('cmd.verify')).option('--digest <hex>', ctx.t('opt.digest'));
  addFormatOptions(cmd, ctx, FORMATS, 'text');
  return cmd.action((opts: { digest?: string; format?: string; out?: string }) => {
    const format = pickFormat(FORMATS, opts, 'text');
    let digest: string | undefined;
    if (opts.digest !== undefined) {
      digest = normalizeDigest(opts.digest);
      if (!digest) throw usageError('verify.digest-format', { value: opts.digest }, { key: 'hint.digest-format' });
    }
    const result = verifyArchive(ctx.archive(), digest !== undefined ? { digest } : {});
    ctx.emit(format === 'json' ? renderVerifyAsJson(ctx.view(), result) : renderVerifyAsText(ctx.view(), result), opts.out);
    if (!result.ok) ctx.exitCode = EXIT.findings;
  });
}
