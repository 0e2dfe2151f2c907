import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ensureSkillCatalog } from '../../../src/seed/factories.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { opsAgent } from '../../support/vetting.js';

const SAVE = `mutation($input: SaveSkillTestInput!) { saveSkillTest(input: $input) {
  id title active replacesId questionCount skill { slug } questions { id kind prompt options correctOption points maxPoints rubric { criterion maxPoints } } } }`;

type Saved = {
  saveSkillTest: {
    id: string;
    active: boolean;
    replacesId: string | null;
    questionCount: number;
    questions: Array<{ maxPoints: number }>;
  };
};

describe('the skills test bank', () => {
  let testApp: TestApp;
  let ops: Awaited<ReturnType<typeof opsAgent>>;
  let skillId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    await ensureSkillCatalog(testApp.dataSource);
    ops = await opsAgent(testApp);
    const { skills } = await ops.agent.ok<{ skills: Array<{ id: string; slug: string }> }>(
      '{ skills(search: "Data entry") { id slug } }',
    );
    skillId = skills[0]?.id as string;
  });
  afterAll(async () => {
    await testApp.close();
  });

  const input = (overrides: Record<string, unknown> = {}) => ({
    skillId,
    title: 'Data entry accuracy',
    instructions: 'Work carefully; accuracy matters more than speed.',
    timeLimitMinutes: 20,
    passPercent: 75,
    questions: [
      {
        kind: 'MULTIPLE_CHOICE',
        prompt: 'Which date format sorts correctly as text?',
        options: ['DD/MM/YYYY', 'YYYY-MM-DD', 'MM/DD/YY'],
        correctOption: 1,
        points: 2,
      },
      {
        kind: 'PRACTICAL',
        prompt: 'Clean up these ten supplier rows.',
        rubric: [
          { criterion: 'No errors', maxPoints: 6 },
          { criterion: 'Consistent format', maxPoints: 2 },
        ],
      },
    ],
    ...overrides,
  });

  it('creates a test and shows each question’s points', async () => {
    const saved = await ops.agent.ok<Saved>(SAVE, { input: input() });
    expect(saved.saveSkillTest).toMatchObject({ active: true, replacesId: null, questionCount: 2 });
    expect(saved.saveSkillTest.questions.map((question) => question.maxPoints)).toEqual([2, 8]);
    const list = await ops.agent.ok<{ skillTests: Array<{ id: string }> }>(
      'query($skillId: ID) { skillTests(skillId: $skillId) { id title questionCount } }',
      { skillId },
    );
    expect(list.skillTests.map((test) => test.id)).toContain(saved.saveSkillTest.id);
  });

  it('refuses incomplete questions field by field', async () => {
    const result = await ops.agent.request(SAVE, {
      input: input({
        questions: [
          { kind: 'MULTIPLE_CHOICE', prompt: 'Only one option', options: ['Yes'], correctOption: 3 },
          { kind: 'PRACTICAL', prompt: 'No rubric', rubric: [] },
        ],
      }),
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        'questions.0.options': 'atLeastTwo',
        'questions.0.correctOption': 'required',
        'questions.1.rubric': 'required',
      },
    });
    const limits = await ops.agent.request(SAVE, {
      input: input({ timeLimitMinutes: 2, passPercent: 0, questions: [] }),
    });
    expect(limits.errors?.[0]?.extensions?.fields).toMatchObject({
      timeLimitMinutes: 'min',
      passPercent: 'min',
      questions: 'arrayMinSize',
    });
  });

  it('edits an untaken test in place, and versions a taken one so earlier attempts keep their questions', async () => {
    const created = (await ops.agent.ok<Saved>(SAVE, { input: input() })).saveSkillTest;
    const edited = (
      await ops.agent.ok<Saved>(SAVE, { input: input({ id: created.id, title: 'Data entry accuracy v2' }) })
    ).saveSkillTest;
    expect(edited.id).toBe(created.id);

    // Someone sits it…
    const [application] = await testApp.dataSource.query(
      `INSERT INTO users (email, password_hash, display_name, kind) VALUES ('taker@example.test', 'x', 'Taker', 'freelancer') RETURNING id`,
    );
    const [app] = await testApp.dataSource.query(
      `INSERT INTO vetting_applications (freelancer_id, stage, submitted_at, stage_entered_at) VALUES ($1, 'skills_test', now(), now()) RETURNING id`,
      [application.id],
    );
    await testApp.dataSource.query(
      'INSERT INTO skill_test_attempts (application_id, test_id, freelancer_id, assigned_at) VALUES ($1, $2, $3, now())',
      [app.id, created.id, application.id],
    );
    // …so the next edit is a new version and the old one retires.
    const version = (await ops.agent.ok<Saved>(SAVE, { input: input({ id: created.id, passPercent: 80 }) }))
      .saveSkillTest;
    expect(version.id).not.toBe(created.id);
    expect(version.replacesId).toBe(created.id);
    const old = await ops.agent.ok<{ skillTest: { active: boolean; questionCount: number } }>(
      'query($id: ID!) { skillTest(id: $id) { active questionCount } }',
      { id: created.id },
    );
    expect(old.skillTest).toEqual({ active: false, questionCount: 2 });
    const active = await ops.agent.ok<{ skillTests: Array<{ id: string }> }>(
      'query($skillId: ID) { skillTests(skillId: $skillId) { id } }',
      { skillId },
    );
    expect(active.skillTests.map((test) => test.id)).not.toContain(created.id);
  });
});
