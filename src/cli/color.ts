/**
 * Colour is decided once: `--no-color` or `NO_COLOR` turn it off, `FORCE_COLOR` turns it on, else a
 * colour terminal decides. chalk 5 does not read NO_COLOR itself: the decision goes to the render
 * context (render/context.ts), which paints with a chalk instance of that level.
 */

export function decideColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, terminalHasColor: boolean): boolean {
  if (flag === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.TERM === 'dumb') return false;
  return terminalHasColor;
}
