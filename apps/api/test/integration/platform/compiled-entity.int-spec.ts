import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { LISTING_COLUMNS, type ListedJob } from '../../../src/modules/jobs/dto/job-post.output.js';
import { JobPostEntity } from '../../../src/modules/jobs/entities/job-post.entity.js';
import { JobPostSkillEntity } from '../../../src/modules/jobs/entities/job-post-skill.entity.js';
import { CompiledEntity } from '../../../src/platform/database/compiled-entity.js';
import { seedDemoOnce } from '../../../src/seed/demo-seed.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

describe('an entity read through its compiled columns', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    await seedDemoOnce(testApp.app);
    dataSource = testApp.app.get(DataSource);
  }, 60_000);
  afterAll(async () => {
    await testApp.close();
  });

  it('hydrates every column as TypeORM does', async () => {
    const compiled = new CompiledEntity(dataSource, JobPostEntity);
    const read = await compiled.query(`SELECT ${compiled.select('j')} FROM job_posts j ORDER BY j.id`, []);
    const expected = await dataSource.getRepository(JobPostEntity).find({ order: { id: 'ASC' } });
    expect(read.length).toBeGreaterThan(3);
    expect(read).toEqual(expected);
  });

  it("narrowed to a view's properties, reads those alone with the same values", async () => {
    const compiled = new CompiledEntity<ListedJob['job']>(dataSource, JobPostEntity, LISTING_COLUMNS);
    const read = await compiled.query(`SELECT ${compiled.select('j')} FROM job_posts j ORDER BY j.id`, []);
    const expected = await dataSource.getRepository(JobPostEntity).find({ order: { id: 'ASC' } });
    expect(read).toEqual(
      expected.map((post) => Object.fromEntries(LISTING_COLUMNS.map((property) => [property, post[property]]))),
    );
    expect(compiled.select('j')).not.toContain('"tasks"');
  });

  it('refuses a property the entity has no column for (a relation)', () => {
    expect(() => new CompiledEntity<JobPostSkillEntity>(dataSource, JobPostSkillEntity, ['jobId', 'job'])).toThrow(
      'JobPostSkillEntity has no column for some of jobId, job.',
    );
  });
});
