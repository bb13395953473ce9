/**
 * For the crash test: adds records to the archive given as argv[2], one after another, forever — until
 * the test kills it with SIGKILL. Bundled by the test with esbuild, so it runs the real writer.
 */
import { writeNewRecord } from '../../src/archive/write.js';
import { addDays } from '../../src/model/dates.js';

const root = process.argv[2]!;
for (let i = 0; ; i++) {
  const time = addDays('2025-09-01', i % 120);
  writeNewRecord(
    root,
    time,
    (id) => ({
      id,
      title: `第${i}次登记`,
      category: 'plan',
      content: `内容 ${i}`,
      time,
      form: ['board'],
      audience: ['staff'],
      responsible: '王建国',
      status: 'published',
    }),
    { action: 'add' },
  );
}
