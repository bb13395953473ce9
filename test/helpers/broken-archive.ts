/** The archive of issue 11: one good record and the four hand-edited ones that used to vanish from reports. */
import { FINANCE, recordYaml, writeArchive } from './archive.js';

const base = {
  title: '九月工作安排',
  category: 'major-work',
  content: '安排本学期工作。',
  form: '[board]',
  audience: '[staff]',
  timing: 'before',
  decided: '2025-09-01',
  responsible: '王建国',
};

/** The files left out, as `file:line`, in file order. */
export const BROKEN = [
  'records/2025/20250901-001.yaml:9',
  'records/2025/20250902-001.yaml:6',
  'records/2025/20250903-001.yaml:10',
  'records/2025/20250904-001.yaml:3',
];

export function writeBrokenArchive(settings?: string): string {
  const typo = recordYaml({ id: '20250901-001', ...base, time: '2025-09-01' }).replace('audience:', 'audiance:');
  const lines = typo.split('\n');
  // Moves `audiance:` to line 9, after `responsible`, as an editor's hand edit left it.
  const moved = [
    ...lines.filter((l) => !l.startsWith('audiance:')).slice(0, 8),
    lines.find((l) => l.startsWith('audiance:'))!,
    ...lines.filter((l) => !l.startsWith('audiance:')).slice(8),
  ].join('\n');
  return writeArchive({
    ...(settings ? { 'xwgk.yaml': settings } : {}),
    'records/2025/20251010-001.yaml': recordYaml(FINANCE),
    'records/2025/20250901-001.yaml': moved,
    'records/2025/20250902-001.yaml': recordYaml({ id: '20250902-001', ...base, time: '2025-09-02', form: '[board, website' }),
    'records/2025/20250903-001.yaml': recordYaml({ id: '20250903-001', ...base, time: '2025-02-30' }),
    'records/2025/20250904-001.yaml': recordYaml({
      id: '20250904-001',
      title: '其他',
      category: '其他',
      content: 'x',
      time: '2025-09-04',
      form: '[board]',
      audience: '[staff]',
      responsible: '王建国',
    }),
  });
}
