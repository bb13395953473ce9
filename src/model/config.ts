/** `xwgk.yaml`: the settings of one archive. Everything but `school` is optional. */
import { z } from 'zod';
import { isCalendarDate } from './dates.js';
import { CatalogChangesSchema, LANGS } from './catalog.js';
import { TERM_ID_RE } from './terms.js';
import { lazySchema } from './lazy-schema.js';
import { DEFAULT_TIME_ZONE, isTimeZone } from './time-zone.js';
import { PublicSettingsSchema } from './public-settings.js';

const DateStr = lazySchema(() => z.string().refine(isCalendarDate, { message: 'err.date' }));

export const TermConfigSchema = lazySchema(() =>
  z
    .object({
      id: z.string().regex(TERM_ID_RE, { message: 'err.term-id' }),
      name: z.string().min(1).optional(),
      start: DateStr,
      end: DateStr,
    })
    .strict()
    .refine((t) => t.start <= t.end, { message: 'err.term-order', path: ['end'] }),
);
export type TermConfig = z.infer<typeof TermConfigSchema>;
/** The keys of a term in `terms:`. */
export const TERM_KEYS = ['id', 'name', 'start', 'end'] as const;

export const ConfigSchema = lazySchema(() =>
  z
    .object({
      school: z.string().min(1, { message: 'err.required' }),
      locale: z.enum(LANGS).default('zh-CN'),
      timezone: z.string().refine(isTimeZone, { message: 'err.timezone' }).default(DEFAULT_TIME_ZONE),
      feedback_days: z.number().int().min(1).max(365).default(15),
      terms: z.array(TermConfigSchema).default([]),
      holidays: z.array(DateStr).default([]),
      workdays: z.array(DateStr).default([]),
      catalog: CatalogChangesSchema.optional(),
      public: PublicSettingsSchema.optional(),
    })
    .strict()
    .superRefine((c, ctx) => {
      const sorted = [...c.terms].sort((a, b) => (a.start < b.start ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        if (sorted[i]!.start <= sorted[i - 1]!.end) {
          ctx.addIssue({ code: 'custom', message: 'err.term-overlap', path: ['terms', c.terms.indexOf(sorted[i]!)] });
        }
      }
      const ids = new Set<string>();
      c.terms.forEach((t, i) => {
        if (ids.has(t.id)) ctx.addIssue({ code: 'custom', message: 'err.duplicate-id', path: ['terms', i, 'id'] });
        ids.add(t.id);
      });
    }),
);
export type Config = z.infer<typeof ConfigSchema>;
export const CONFIG_KEYS = ['school', 'locale', 'timezone', 'feedback_days', 'terms', 'holidays', 'workdays', 'catalog', 'public'] as const;
