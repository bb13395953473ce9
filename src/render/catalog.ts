/** The catalog in force as grids of text in the user's language. */
import { fieldLabel, t, type Lang } from '../i18n/index.js';
import type { Catalog, Due, Named } from '../model/catalog.js';
import type { Grid } from './grid.js';
import { catalogLabel, type LabelKind } from './context.js';

export function describeDue(due: Due | undefined, lang: Lang): string {
  if (!due) return '—';
  if ('day_of_next_month' in due) return t(lang, 'due.day-of-next-month', { n: due.day_of_next_month });
  if ('days_after_start' in due) return t(lang, 'due.days-after-start', { n: due.days_after_start });
  if ('days_after_end' in due) return t(lang, 'due.days-after-end', { n: due.days_after_end });
  if ('by' in due) return t(lang, 'due.by', { month: Number(due.by.slice(0, 2)), day: Number(due.by.slice(3)) });
  return t(lang, 'due.working-days', { n: due.working_days });
}

export function catalogGrids(catalog: Catalog, lang: Lang): { title: string; grid: Grid }[] {
  const sep = lang === 'en' ? ', ' : '、';
  const names = (ids: string[], kind: LabelKind) => ids.map((id) => catalogLabel(catalog, kind, id, lang)).join(sep) || '—';
  // The other words typed input accepts (model/vocabulary.ts), so people can see what they may write.
  const named = (list: Named[]): Grid => ({
    headers: [t(lang, 'col.id'), t(lang, 'col.label'), t(lang, 'col.aliases')],
    rows: list.map((n) => [n.id, n.label[lang], (n.aliases ?? []).join(sep) || '—']),
  });
  return [
    {
      title: t(lang, 'catalog.categories'),
      grid: {
        headers: [
          'col.id',
          'col.label',
          'col.column',
          'col.frequency',
          'col.due',
          'col.timing',
          'col.audience',
          'col.requires',
          'col.forms',
        ].map((k) => t(lang, k as never)),
        rows: catalog.data.categories.map((c) => [
          catalog.disabled.has(c.id) ? `${c.id} (${t(lang, 'catalog.disabled')})` : c.id,
          // The aliases under the name, not in a tenth column: the table must still fit a terminal.
          c.aliases?.length ? `${c.label[lang]}\n${t(lang, 'catalog.also', { aliases: c.aliases.join(sep) })}` : c.label[lang],
          catalogLabel(catalog, 'column', c.column, lang),
          t(lang, `frequency.${c.frequency}`) + (c.required ? ` · ${t(lang, 'catalog.required')}` : ''),
          describeDue(c.due, lang),
          c.timing ? t(lang, `timing.${c.timing}`) : '—',
          names(c.audience, 'audience'),
          [
            ...c.requires.map((k) => fieldLabel(lang, k)),
            ...(c.requires_form.length
              ? [
                  t(lang, 'catalog.requires-form', {
                    forms: c.requires_form.map((f) => catalogLabel(catalog, 'form', f, lang)).join(lang === 'en' ? ' or ' : '或'),
                  }),
                ]
              : []),
            ...(c.notice_days ? [t(lang, 'catalog.notice-days', { n: c.notice_days })] : []),
          ].join(sep) || '—',
          names(c.forms, 'form'),
        ]),
      },
    },
    { title: t(lang, 'catalog.forms'), grid: named(catalog.data.forms) },
    { title: t(lang, 'catalog.audiences'), grid: named(catalog.data.audiences) },
    { title: t(lang, 'catalog.channels'), grid: named(catalog.data.channels) },
    { title: t(lang, 'catalog.timings'), grid: named(catalog.data.timings) },
    { title: t(lang, 'catalog.statuses'), grid: named(catalog.data.statuses) },
  ];
}
