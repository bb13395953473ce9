/**
 * What build of xwgk is running, for keys of derived data (the parse cache): the build fills in a hash
 * of the sources, templates and lock file, so a cache written by another build is never read. Running
 * from `src/` (tests), the id says so.
 */
declare const __XWGK_BUILD_ID__: string | undefined;
declare const __XWGK_BUNDLED__: boolean | undefined;

export const BUILD_ID: string = typeof __XWGK_BUILD_ID__ === 'string' ? __XWGK_BUILD_ID__ : 'source';
/** True in the esbuild bundle (where the parse worker exists as `dist/parse-worker.js`). */
export const BUNDLED: boolean = typeof __XWGK_BUNDLED__ === 'boolean' ? __XWGK_BUNDLED__ : false;
