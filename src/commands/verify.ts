/** `xwgk verify [--digest HEX]`: the journal chain, every record and attachment against it, every seal; exit 1 on any problem. */
import * as z from 'zod/mini';
import { normalizeDigest, verifyArchive } from '../archive/verify.js';
import { EXIT, usageError } from '../model/errors.js';
import { verifyFormats } from '../render/formats/verify.js';
import { outputShape } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

export const verifyCommand = defineCommand({
  name: 'verify',
  help: 'cmd.verify',
  options: [{ flags: '--digest <hex>', help: 'opt.digest' }],
  schema: lazySchema(() => z.object({ digest: z.optional(z.string()), ...outputShape() })),
  formats: verifyFormats,
  skippedOnStderr: false,
  run(ctx, opts) {
    let digest: string | undefined;
    if (opts.digest !== undefined) {
      digest = normalizeDigest(opts.digest);
      if (!digest) throw usageError('verify.digest-format', { value: opts.digest }, { key: 'hint.digest-format' });
    }
    const result = verifyArchive(ctx.archive(), digest !== undefined ? { digest } : {});
    return { report: result, exitCode: result.ok ? EXIT.ok : EXIT.findings };
  },
});
