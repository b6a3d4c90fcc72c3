import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { QueueDto } from './queue.dto';

/** docs/routing.md's Queues table explains every setting the queue API accepts. */
describe('queue settings in docs/routing.md', () => {
  const doc = readFileSync(join(__dirname, '../../../../../docs/routing.md'), 'utf8');
  // The properties the validation pipe accepts (whitelist): exactly what an admin may send.
  const settings = [...new Set(getMetadataStorage().getTargetValidationMetadatas(QueueDto, '', false, false).map((rule) => rule.propertyName))];

  it.each(settings)('has a row for `%s`', (setting) => {
    expect(doc).toContain(`| \`${setting}\` |`);
  });

  it('reads the settings from the DTO (not an empty list)', () => {
    expect(settings).toEqual(expect.arrayContaining(['language', 'languageRequired', 'overflow']));
  });
});
