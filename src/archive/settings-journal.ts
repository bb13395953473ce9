/**
 * `xwgk.yaml` under the journal's integrity: its SHA-256 is journaled (`settings` lines) when init
 * writes it and when a hand edit is accepted with `xwgk amend xwgk.yaml --reason`; `verify` reports a
 * settings file that differs from its last journaled hash, and seals include that hash in their
 * digest. Disabling a category or shortening `feedback_days` changes what `check` says, so a quiet
 * edit of the settings must show as surely as a quiet edit of a record.
 */
import { SETTINGS_ID, journaledSettings, sha256Hex, walkChain, type JournalEntry, type RecordEntry } from '../model/chain.js';
import { CONFIG_FILE } from './discover.js';
import { readFileChecked } from './fs-guard.js';
import { journalTime, openJournal, readJournalText } from './journal.js';
import { loadSettings } from './load.js';
import { withArchiveLock } from './lock.js';
import { lockWaitMs, type Env } from './env.js';
import { MAX_FILE_BYTES } from './yaml-source.js';

/** SHA-256 of `xwgk.yaml` as it is on disk. */
export function settingsHash(root: string): string {
  return sha256Hex(readFileChecked(`${root}/${CONFIG_FILE}`, MAX_FILE_BYTES, CONFIG_FILE));
}

/** The last journaled settings line, if the settings were ever journaled (archives made before were not). */
export function lastSettingsEntry(entries: readonly JournalEntry[]): RecordEntry | undefined {
  return journaledSettings(entries);
}

/**
 * Journals the settings as they are (after checking they load: an invalid `xwgk.yaml` is exit 2 with
 * every problem located). Returns undefined when the journal already holds this very hash.
 */
export function journalSettings(root: string, meta: { reason?: string | undefined; now?: string | undefined; env?: Env | undefined } = {}): RecordEntry | undefined {
  return withArchiveLock(root, () => {
    loadSettings(root, { cache: false });
    const sha256 = settingsHash(root);
    if (lastSettingsEntry(walkChain(readJournalText(root)).entries)?.sha256 === sha256) return undefined;
    const journal = openJournal(root);
    try {
      const reason = meta.reason?.trim();
      return journal.append([{ time: journalTime(meta.now), action: 'settings', id: SETTINGS_ID, file: CONFIG_FILE, sha256, ...(reason ? { reason } : {}) }])[0] as RecordEntry;
    } finally {
      journal.close();
    }
  }, lockWaitMs(meta.env));
}
