import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createFreelancer } from '../../../src/seed/factories.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { opsAgent } from '../../support/vetting.js';

const FUNNEL = `query($from: DateTime!, $to: DateTime!) { vettingFunnel(from: $from, to: $to) {
  submitted approved rejected acceptanceRate medianHoursToDecision
  stages { stage entered passed rejected inProgress passRate medianHoursInStage } } }`;

type Funnel = {
  vettingFunnel: {
    submitted: number;
    approved: number;
    rejected: number;
    acceptanceRate: number | null;
    medianHoursToDecision: number | null;
    stages: Array<{
      stage: string;
      entered: number;
      passed: number;
      rejected: number;
      inProgress: number;
      passRate: number | null;
      medianHoursInStage: number | null;
    }>;
  };
};

const STAGES = ['screening', 'skills_test', 'interview', 'references', 'identity', 'decision'] as const;

describe('the vetting funnel', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  /** An application history written directly: submitted at `start`, each stage passed after `hoursPerStage`. */
  async function history(start: string, reached: (typeof STAGES)[number], status: string, hoursPerStage: number) {
    const { user } = await createFreelancer(testApp.dataSource);
    const t0 = new Date(start).getTime();
    const at = (steps: number) => new Date(t0 + steps * hoursPerStage * 3_600_000);
    const last = STAGES.indexOf(reached);
    const decided = status === 'approved' || status === 'rejected' ? at(last + 1) : null;
    const [app] = await testApp.dataSource.query(
      `INSERT INTO vetting_applications (freelancer_id, stage, status, submitted_at, stage_entered_at, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [user.id, reached, status, at(0), at(last), decided],
    );
    const events: Array<[string, string, Date]> = [['submitted', 'screening', at(0)]];
    for (let index = 0; index < last; index++) events.push(['advanced', STAGES[index] as string, at(index + 1)]);
    if (decided) events.push([status, reached, decided]);
    for (const [kind, stage, occurredAt] of events) {
      await testApp.dataSource.query(
        'INSERT INTO vetting_events (application_id, kind, stage, occurred_at) VALUES ($1, $2, $3, $4)',
        [app.id, kind, stage, occurredAt],
      );
    }
  }

  it('counts entries, passes and rejections per stage, with medians, for the chosen period', async () => {
    await history('2026-10-01T00:00:00Z', 'decision', 'approved', 10);
    await history('2026-10-02T00:00:00Z', 'screening', 'rejected', 4);
    await history('2026-10-03T00:00:00Z', 'interview', 'rejected', 6);
    await history('2026-10-04T00:00:00Z', 'skills_test', 'in_review', 8);
    await history('2026-09-01T00:00:00Z', 'screening', 'rejected', 1); // outside the period

    const { agent } = await opsAgent(testApp);
    const { vettingFunnel } = await agent.ok<Funnel>(FUNNEL, {
      from: '2026-10-01T00:00:00Z',
      to: '2026-11-01T00:00:00Z',
    });
    expect(vettingFunnel).toMatchObject({ submitted: 4, approved: 1, rejected: 2, acceptanceRate: 1 / 3 });
    expect(vettingFunnel.medianHoursToDecision).toBe(18); // 60 h, 4 h, 18 h
    const stage = (name: string) => vettingFunnel.stages.find((row) => row.stage === name);
    expect(stage('SCREENING')).toEqual({
      stage: 'SCREENING',
      entered: 4,
      passed: 3,
      rejected: 1,
      inProgress: 0,
      passRate: 0.75,
      medianHoursInStage: 7, // 10, 4, 6 and 8 hours
    });
    expect(stage('SKILLS_TEST')).toMatchObject({ entered: 3, passed: 2, rejected: 0, inProgress: 1, passRate: 1 });
    expect(stage('INTERVIEW')).toMatchObject({
      entered: 2,
      passed: 1,
      rejected: 1,
      passRate: 0.5,
      medianHoursInStage: 8,
    });
    expect(stage('DECISION')).toMatchObject({
      entered: 1,
      passed: 1,
      rejected: 0,
      passRate: 1,
      medianHoursInStage: 10,
    });
  });

  it('refuses a period that ends before it starts or spans more than a year', async () => {
    const { agent } = await opsAgent(testApp);
    const backwards = await agent.request(FUNNEL, { from: '2026-10-02T00:00:00Z', to: '2026-10-01T00:00:00Z' });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { to: 'afterFrom' } });
    const long = await agent.request(FUNNEL, { from: '2020-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
    expect(long.errors?.[0]?.extensions?.fields).toEqual({ from: 'periodTooLong' });
  });
});
