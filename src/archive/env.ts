/**
 * The environment variables the archive layer honours, handed down from the process edge (`Io.env`):
 * the archive never reads `process.env` itself, so a test (or an embedding program) controls them all.
 */
export type Env = Readonly<Record<string, string | undefined>>;

/** `XWGK_NO_CACHE=1` reads every file afresh (the caches never change results, only speed). */
export function cacheOn(env: Env | undefined): boolean {
  return env?.XWGK_NO_CACHE !== '1';
}

/** `XWGK_NO_FAST_PATH=1` parses every record with the YAML library (the fast path never changes results, only speed). */
export function fastPathOn(env: Env | undefined): boolean {
  return env?.XWGK_NO_FAST_PATH !== '1';
}

/** `XWGK_LOCK_WAIT_MS`: how long a writer waits for the archive lock (tests shorten it); undefined: the default. */
export function lockWaitMs(env: Env | undefined): number | undefined {
  return Number(env?.XWGK_LOCK_WAIT_MS) || undefined;
}
