/**
 * A progress bar on stderr for long commands (`xwgk site` on a big archive), drawn with cli-progress
 * (widely used, handles redraw and terminal width) and only when stderr is a terminal and `-q` is not
 * given: pipes, CI and tests get nothing. The library is loaded only when a bar is drawn.
 */
import type { Ctx } from './context.js';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

const NONE: Progress = { update: () => undefined, stop: () => undefined };

export async function startProgress(ctx: Ctx, label: string, total: number): Promise<Progress> {
  if (!ctx.io.progress || ctx.global.quiet || total === 0) return NONE;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} {bar} {percentage}% {value}/{total}`,
      stream: ctx.io.progress,
      hideCursor: true,
      clearOnComplete: true,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
