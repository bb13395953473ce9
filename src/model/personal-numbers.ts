/**
 * Finding personal numbers in text: resident ID numbers (GB 11643: 18 characters, a real birth date,
 * a valid check character, `X` allowed), mainland mobile numbers (1[3-9] and 9 more digits, not part
 * of a longer number) and bank-card numbers (16–19 digits passing the Luhn test). Numbers written in
 * the usual groups (`138 1234 5678`, `6222 0212 3456 7890`) are found too. Pure: text in, matches out,
 * and a match never carries the full number — only its masked form.
 */
import { isCalendarDate } from './dates.js';

export type PersonalNumberKind = 'id-number' | 'mobile' | 'bank-card';

export interface PersonalNumber {
  kind: PersonalNumberKind;
  /** The number with its middle hidden: `1101**********1234`, `138****5678`. */
  masked: string;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** True for a resident ID number: 17 digits, a real birth date in digits 7–14, and the check character. */
export function isResidentId(s: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  const birth = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  if (!isCalendarDate(birth)) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return ID_CHECK[sum % 11] === s[17]!.toUpperCase();
}

/** The Luhn test that card numbers pass. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function isMobile(digits: string): boolean {
  return /^1[3-9]\d{9}$/.test(digits);
}

export function maskNumber(kind: PersonalNumberKind, s: string): string {
  const keep = kind === 'mobile' ? 3 : 4;
  return s.slice(0, keep) + '*'.repeat(s.length - keep - 4) + s.slice(-4);
}

/** What kind of personal number a run of digits (without separators) is, if any. */
export function classifyNumber(s: string): PersonalNumberKind | undefined {
  if (s.length === 18 && isResidentId(s)) return 'id-number';
  if (!/^\d+$/.test(s)) return undefined;
  if (s.length >= 16 && s.length <= 19 && passesLuhn(s)) return 'bank-card';
  if (isMobile(s)) return 'mobile';
  return undefined;
}

// Runs of digits (an ID may end in X), not touching other digits; and the usual grouped spellings,
// not touching further groups. Groups are separated by one space, hyphen or dot.
const PATTERNS: readonly RegExp[] = [
  /(?<!\d)\d+(?:[Xx](?![A-Za-z]))?(?!\d)/g,
  /(?<!\d[ .-]?)\d{6}[ .-]\d{8}[ .-]\d{3}[\dXx](?![ .-]?\d)/g,
  /(?<!\d[ .-]?)1[3-9]\d[ .-]\d{4}[ .-]\d{4}(?![ .-]?\d)/g,
  /(?<!\d[ .-]?)\d{4}(?:[ .-]\d{4}){3}(?:[ .-]\d{1,3})?(?![ .-]?\d)/g,
  // The country code before a mobile number: `86-138-1234-5678`, `+86 138 1234 5678`, `(86)13812345678`.
  /(?<![\d.-])\+?\(?86\)?[ .-]?1[3-9]\d[ .-]?\d{4}[ .-]?\d{4}(?![ .-]?\d)/g,
];

/** Zero-width characters and soft hyphens, which hide a number from a pattern but not from a reader. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g;

/**
 * Text as a reader sees it, for matching: NFKC (full-width `１３８` is `138`, `－` is `-`, the
 * ideographic space a space) without invisible characters. Only for finding numbers, never shown.
 */
export function normalizeForMatching(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/** Every personal number in a text, in order of appearance (after `normalizeForMatching`). */
export function findPersonalNumbers(raw: string): PersonalNumber[] {
  const text = normalizeForMatching(raw);
  const found: { at: number; end: number; n: PersonalNumber }[] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      let s = m[0].replace(/[ .()+-]/g, '');
      let kind = classifyNumber(s);
      // `+8613812345678`: the country code is not part of the mobile number.
      if (!kind && s.length === 13 && s.startsWith('86') && (text[m.index - 1] === '+' || /[^\d]/.test(m[0])) && isMobile(s.slice(2))) {
        s = s.slice(2);
        kind = 'mobile';
      }
      // A trailing X that is not an ID's check character leaves the digits before it to judge.
      if (!kind && /[Xx]$/.test(s)) {
        s = s.slice(0, -1);
        kind = classifyNumber(s);
      }
      if (kind) found.push({ at: m.index, end: m.index + m[0].length, n: { kind, masked: maskNumber(kind, s) } });
    }
  }
  // One number found by two spellings (`+8613812345678` as digits and with its country code) is one finding.
  const kept: typeof found = [];
  for (const f of found.sort((a, b) => a.at - b.at || b.end - a.end)) if (!kept.some((k) => f.at < k.end && k.at < f.end)) kept.push(f);
  return kept.map((f) => f.n);
}
