/**
 * The checks of the registry for a command that runs them over many periods of one loaded archive
 * (`xwgk site` words the annual report of every year that has ended): `integrity` reads and hashes
 * every file once, not once per period. The archive does not change while such a command runs, so
 * the findings are the same; a new list per command, so a later load is never answered from memory.
 */
import { verifyArchive, type VerifyResult } from '../archive/verify.js';
import type { Archive } from '../archive/load.js';
import { integrityCheckOf } from './integrity.js';
import { CHECKS } from './registry.js';
import type { Check } from './types.js';

export function checksVerifyingOnce(): Check[] {
  const done = new WeakMap<Archive, VerifyResult>();
  const once = integrityCheckOf((archive) => {
    let result = done.get(archive);
    if (!result) done.set(archive, (result = verifyArchive(archive)));
    return result;
  });
  return CHECKS.map((c) => (c.name === once.name ? once : c));
}
