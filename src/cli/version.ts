/** The version, filled in by the build from package.json (read at run time when running from source). */
declare const __XWGK_VERSION__: string | undefined;
export const VERSION: string = typeof __XWGK_VERSION__ === 'string' ? __XWGK_VERSION__ : '0.0.0-dev';
