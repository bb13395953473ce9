/**
 * All message catalogs, merged. Each domain file exports `zh` and an `en` typed as
 * `Record<keyof typeof zh, string>`, so a missing English text fails the type check; a test checks
 * that both languages use the same placeholders.
 */
import * as errors from './errors.js';
import * as cli from './cli.js';
import * as labels from './labels.js';
import * as importExport from './import-export.js';
import * as summary from './summary.js';
import * as checks from './checks.js';
import * as feedback from './feedback.js';
import * as views from './views.js';
import * as integrity from './integrity.js';
import * as safety from './safety.js';
import * as vocab from './vocab.js';
import * as requests from './requests.js';
import * as fields from './fields.js';
import * as register from './register.js';
import * as commander from './commander.js';
import * as yaml from './yaml.js';
import * as site from './site.js';
import * as menu from './menu.js';

export const zhCN = {
  ...errors.zh,
  ...cli.zh,
  ...labels.zh,
  ...importExport.zh,
  ...summary.zh,
  ...checks.zh,
  ...feedback.zh,
  ...views.zh,
  ...integrity.zh,
  ...vocab.zh,
  ...requests.zh,
  ...fields.zh,
  ...register.zh,
  ...commander.zh,
  ...yaml.zh,
  ...safety.zh,
  ...site.zh,
  ...menu.zh,
} as const;
export const en: Record<keyof typeof zhCN, string> = {
  ...errors.en,
  ...cli.en,
  ...labels.en,
  ...importExport.en,
  ...summary.en,
  ...checks.en,
  ...feedback.en,
  ...views.en,
  ...integrity.en,
  ...vocab.en,
  ...requests.en,
  ...fields.en,
  ...register.en,
  ...commander.en,
  ...yaml.en,
  ...safety.en,
  ...site.en,
  ...menu.en,
};
