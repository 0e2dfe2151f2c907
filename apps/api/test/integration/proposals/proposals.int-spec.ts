import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { MatchingService } from '../../../src/modules/matching/matching.service.js';
import { createFreelancer, createOrganization, createUser, ensureSkillCatalog } from '../../../src/seed/factories.js';
import { approvedVa } from '../../support/freelancers.js';
import { jobPostInput, publishJobPost } from '../../support/job-posts.js';
import { type GraphqlAgent, startTestApp, type TestApp } from '../../support/test-app.js';

const PASSWORD = 'proposals password 1';
const SAVE = 'mutation($input: SaveJobPostInput!) { saveJobPost(input: $input) { id } }';
const SUBMIT = `mutation($input: SubmitProposalInput!) {
  submitProposal(input: $input) { id status amountMinor currency screeningAnswers availableFrom job { id title } freelancer { displayName } }
}`;
const WITHDRAW = 'mutation($id: ID!) { withdrawProposal(id: $id) { id status } }';
const JOB_PROPOSALS = `query($jobId: ID!) {
  jobProposals(jobId: $jobId) { totalCount items { id status coverLetter freelancer { id displayName } } }
}`;
const COVER = 'I have answered customer e-mails for two Shopify shops for three years, in English and Italian.';

describe('proposals', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let owner: GraphqlAgent;
  let otherClient: GraphqlAgent;
  let giulia: GraphqlAgent;
  let marco: GraphqlAgent;
  let applicant: GraphqlAgent;
  let giuliaId: string;
  let skillIds: Record<string, string>;

  const publish = (changes: Record<string, unknown> = {}) =>
    publishJobPost(
      owner,
      jobPostInput(skillIds, { screeningQuestions: ['Which help desk tools have you used?'], ...changes }),
    );
  const proposal = (jobId: string, changes: Record<string, unknown> = {}) => ({
    input: {
      jobId,
      coverLetter: COVER,
      amountMinor: 1600,
      screeningAnswers: ['Gorgias and Zendesk'],
      availableFrom: '2099-01-04',
      ...changes,
    },
  });
  const signedIn = async (email: string, kind: 'CLIENT' | 'FREELANCER') => {
    const agent = testApp.agent();
    await agent.signIn(email, PASSWORD, kind);
    return agent;
  };

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false', MATCH_INVITE_COUNT: '1' });
    dataSource = testApp.dataSource;
    await ensureSkillCatalog(dataSource);
    const { owner: ownerUser } = await createOrganization(dataSource, { owner: { password: PASSWORD } });
    const { owner: otherUser } = await createOrganization(dataSource, { name: 'Other', owner: { password: PASSWORD } });
    owner = await signedIn(ownerUser.email, 'CLIENT');
    otherClient = await signedIn(otherUser.email, 'CLIENT');
    skillIds = await owner.skillIds();
    const giuliaUser = (await createFreelancer(dataSource, approvedVa('Giulia', PASSWORD))).user;
    giuliaId = giuliaUser.id;
    const marcoUser = (await createFreelancer(dataSource, approvedVa('Marco', PASSWORD, { vettingScore: 60 }))).user;
    const applicantUser = (
      await createFreelancer(
        dataSource,
        approvedVa('Still in vetting', PASSWORD, { vettingStage: 'interview', vettingScore: null }),
      )
    ).user;
    await dataSource.transaction((manager) => testApp.app.get(MatchingService).refreshAllCards(manager));
    giulia = await signedIn(giuliaUser.email, 'FREELANCER');
    marco = await signedIn(marcoUser.email, 'FREELANCER');
    applicant = await signedIn(applicantUser.email, 'FREELANCER');
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('an invited VA proposes; the client reads it, other organisations cannot; time to proposal and responsiveness are recorded', async () => {
    const jobId = await publish();
    expect(await testApp.app.get(MatchingService).rankAndInvite(jobId)).toEqual([giuliaId]);

    const { submitProposal } = await giulia.ok<{ submitProposal: Record<string, unknown> }>(SUBMIT, proposal(jobId));
    expect(submitProposal).toMatchObject({
      status: 'SUBMITTED',
      amountMinor: 1600,
      currency: 'EUR',
      screeningAnswers: ['Gorgias and Zendesk'],
      availableFrom: '2099-01-04',
      job: { id: jobId, title: 'Customer support for a candle shop' },
      freelancer: { displayName: 'Giulia' },
    });

    const { jobProposals } = await owner.ok<{ jobProposals: { totalCount: number; items: unknown[] } }>(JOB_PROPOSALS, {
      jobId,
    });
    expect(jobProposals).toEqual({
      totalCount: 1,
      items: [
        {
          id: submitProposal.id,
          status: 'SUBMITTED',
          coverLetter: COVER,
          freelancer: { id: giuliaId, displayName: 'Giulia' },
        },
      ],
    });
    expect((await otherClient.request(JOB_PROPOSALS, { jobId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const [ranking] = await dataSource.query('SELECT first_proposal_at FROM job_rankings WHERE job_id = $1', [jobId]);
    expect(ranking.first_proposal_at).toBeInstanceOf(Date);
    const [card] = await dataSource.query('SELECT response_hours FROM match_cards WHERE user_id = $1', [giuliaId]);
    expect(card.response_hours).toBeGreaterThanOrEqual(0);
    expect(card.response_hours).toBeLessThan(0.1);

    // Ops read the medians for posts published in a period that holds this one.
    const ops = testApp.agent();
    const opsUser = await createUser(dataSource, 'ops', { password: PASSWORD, opsRole: 'admin' });
    await ops.signIn(opsUser.email, PASSWORD, 'OPS');
    const hour = 3_600_000;
    const { timeToCandidates } = await ops.ok<{ timeToCandidates: Record<string, number | null> }>(
      `query($from: DateTime!, $to: DateTime!) { timeToCandidates(from: $from, to: $to) {
        published matched invited proposed medianMinutesToMatch medianMinutesToProposal } }`,
      { from: new Date(Date.now() - hour).toISOString(), to: new Date(Date.now() + hour).toISOString() },
    );
    expect(timeToCandidates).toMatchObject({ published: 1, matched: 1, invited: 1, proposed: 1 });
    expect(timeToCandidates.medianMinutesToProposal).toBeGreaterThanOrEqual(0);
    expect(timeToCandidates.medianMinutesToProposal).toBeLessThan(5);
  });

  it('refuses bad input with field errors, and nothing is written', async () => {
    const jobId = await publish();
    const codeAndFields = async (changes: Record<string, unknown>) => {
      const { errors } = await marco.request(SUBMIT, proposal(jobId, changes));
      return errors?.[0]?.extensions && { code: errors[0].extensions.code, fields: errors[0].extensions.fields };
    };
    expect(await codeAndFields({ screeningAnswers: [] })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { screeningAnswers: 'answerEach' },
    });
    expect((await codeAndFields({ coverLetter: 'Hire me.' }))?.code).toBe('BAD_USER_INPUT');
    expect((await codeAndFields({ amountMinor: 0 }))?.code).toBe('BAD_USER_INPUT');
    expect((await codeAndFields({ availableFrom: 'next week' }))?.code).toBe('BAD_USER_INPUT');
    expect(await codeAndFields({ availableFrom: '2020-01-06' })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { availableFrom: 'inPast' },
    });
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM proposals WHERE job_id = $1', [
      jobId,
    ]);
    expect(count).toBe(0);
  });

  it('one live proposal per VA and job: withdrawing hides it from the client, sending again reopens it', async () => {
    const jobId = await publish();
    const first = await marco.ok<{ submitProposal: { id: string } }>(SUBMIT, proposal(jobId));
    expect((await marco.request(SUBMIT, proposal(jobId))).errors?.[0]?.extensions?.code).toBe('PROPOSAL_EXISTS');
    // Only its author may withdraw it; to anyone else it does not exist.
    expect((await giulia.request(WITHDRAW, { id: first.submitProposal.id })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );

    expect(await marco.ok(WITHDRAW, { id: first.submitProposal.id })).toEqual({
      withdrawProposal: { id: first.submitProposal.id, status: 'WITHDRAWN' },
    });
    expect(await owner.ok(JOB_PROPOSALS, { jobId })).toEqual({ jobProposals: { totalCount: 0, items: [] } });
    expect((await marco.request(WITHDRAW, { id: first.submitProposal.id })).errors?.[0]?.extensions).toMatchObject({
      code: 'PROPOSAL_STATUS',
      status: 'withdrawn',
    });

    const again = await marco.ok<{ submitProposal: { id: string; status: string; amountMinor: number } }>(
      SUBMIT,
      proposal(jobId, { amountMinor: 1700 }),
    );
    expect(again.submitProposal).toEqual({
      ...again.submitProposal,
      id: first.submitProposal.id,
      status: 'SUBMITTED',
      amountMinor: 1700,
    });
    const { myProposals } = await marco.ok<{ myProposals: { items: Array<{ id: string; status: string }> } }>(
      '{ myProposals { totalCount items { id status } } }',
    );
    expect(myProposals.items).toContainEqual({ id: first.submitProposal.id, status: 'SUBMITTED' });
  });

  it('only approved VAs propose, and only to open posts', async () => {
    const jobId = await publish();
    expect((await applicant.request(SUBMIT, proposal(jobId))).errors?.[0]?.extensions?.code).toBe('NOT_APPROVED');

    const { saveJobPost: draft } = await owner.ok<{ saveJobPost: { id: string } }>(SAVE, { input: { title: 'Draft' } });
    expect((await giulia.request(SUBMIT, proposal(draft.id))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    await owner.ok('mutation($id: ID!) { pauseJobPost(id: $id) { id } }', { id: jobId });
    expect((await giulia.request(SUBMIT, proposal(jobId))).errors?.[0]?.extensions).toMatchObject({
      code: 'JOB_STATUS',
      status: 'paused',
    });
  });
});
