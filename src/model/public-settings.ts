/**
 * The `public:` section of `xwgk.yaml`: the 信息公开指南 that `xwgk site` puts on the school website
 * (office, address, hours, phone, e-mail, how to ask for information) and which audiences go on the
 * site. Everything is optional; what is missing is left out of the guide, never invented.
 */
import { z } from 'zod';
import { lazySchema } from './lazy-schema.js';
import { nearest } from './nearest.js';

/** Audiences a site may show besides the public. Staff, and students alone, never go on the web. */
export const SITE_AUDIENCES = ['public', 'parents'] as const;
export type SiteAudience = (typeof SITE_AUDIENCES)[number];

/** Other names people write for the keys (`e-mail`, `tel`, `audience` …), read as the key itself. */
const ALIASES: Record<string, string> = {
  'e-mail': 'email',
  e_mail: 'email',
  mail: 'email',
  tel: 'phone',
  telephone: 'phone',
  office_hours: 'hours',
  audience: 'audiences',
  'base-url': 'base_url',
  baseurl: 'base_url',
  url: 'base_url',
};

/** The keys of `public:`, as written in `xwgk.yaml`. */
export const PUBLIC_KEYS = ['office', 'address', 'hours', 'phone', 'email', 'request', 'audiences', 'base_url'] as const;

/** The key of `public:` that `word` (an unknown key) is most likely a typo of, through its other names too. */
export function nearestPublicKey(word: string): string | undefined {
  const near = nearest(word, [...PUBLIC_KEYS, ...Object.keys(ALIASES)]);
  return near === undefined ? undefined : (ALIASES[near] ?? near);
}

function unalias(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    const key = ALIASES[k.toLowerCase()] ?? k;
    out[key] = key === 'audiences' && typeof v === 'string' ? [v] : v;
  }
  return out;
}

export const PublicSettingsSchema = lazySchema(() => {
  const text = z.string({ message: 'err.text' }).trim().min(1, { message: 'err.empty' });
  return z.preprocess(
    unalias,
    z
      .object({
        /** 信息公开工作机构: the office that answers for the column. */
        office: text.optional(),
        address: text.optional(),
        /** 办公时间, as people write it: 周一至周五 8:00—12:00, 14:30—17:30. */
        hours: text.optional(),
        phone: text.optional(),
        email: text.optional(),
        /** How to ask for information that is not published (依申请公开): where, in what form. The time limits are the law's, as `xwgk request` counts them. */
        request: text.optional(),
        /** Whose records go on the site: `public` always; `parents` when the school says so. */
        audiences: z.array(z.enum(SITE_AUDIENCES, { message: 'err.site-audience' })).default(['public']),
        /** The site's address, for absolute links in the feed (`--base-url` wins). */
        base_url: z.string().url({ message: 'err.site-base-url' }).optional(),
      })
      .strict(),
  );
});
export type PublicSettings = z.infer<typeof PublicSettingsSchema>;

/** The settings a site uses when `xwgk.yaml` has no `public:` section. */
export function defaultPublicSettings(): PublicSettings {
  return PublicSettingsSchema.parse({});
}
