import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { SavedCardsService } from '../../../src/modules/billing/saved-cards.service.js';
import type { ContractActor } from '../../../src/modules/contracts/contracts.types.js';
import { HourlyContractsService } from '../../../src/modules/contracts/hourly-contracts.service.js';
import { RetainersService } from '../../../src/modules/contracts/retainers.service.js';
import { DisputesService } from '../../../src/modules/disputes/disputes.service.js';
import { ContractEndingService } from '../../../src/modules/escrow/contract-ending.service.js';
import { EscrowService } from '../../../src/modules/escrow/escrow.service.js';
import { MilestonePaymentsService } from '../../../src/modules/escrow/milestone-payments.service.js';
import { SavedCardChargesService } from '../../../src/modules/escrow/saved-card-charges.service.js';
import { InvoicingService } from '../../../src/modules/invoicing/invoicing.service.js';
import { MatchingService } from '../../../src/modules/matching/matching.service.js';
import { LedgerService } from '../../../src/modules/money/ledger/ledger.service.js';
import { TimesheetsService } from '../../../src/modules/timesheets/timesheets.service.js';
import { AppError } from '../../../src/platform/errors/app-error.js';
import { createFreelancer, createOrganization, ensureSkillCatalog } from '../../../src/seed/factories.js';
import { hourlyContract, retainerContract, unbalancedTransactions } from '../../support/contracts.js';
import { approvedVa } from '../../support/freelancers.js';
import { type GraphqlAgent, startTestApp, type TestApp } from '../../support/test-app.js';

/**
 * Random hourly contracts against the real services, PostgreSQL and sandbox provider, on a clock that
 * only moves forward: weeks paid by hand or by a saved card (which may decline), time logged, weeks
 * handed in early or when they end, entries disputed and settled, approvals, automatic releases when
 * the review window closes, limit changes, pauses and ends. Then random retainers whose months are
 * handed in with more or fewer hours than they include, their overage billed, paid, sent back,
 * disputed and approved. After every step the money adds up; at the end each release has its invoice
 * and statement, numbered without gaps.
 * HOURLY_SIMULATION_RUNS sets the number of hourly contracts, RETAINER_SIMULATION_RUNS of retainers.
 */
const RUNS = Number(process.env.HOURLY_SIMULATION_RUNS ?? 60);
const RETAINER_RUNS = Number(process.env.RETAINER_SIMULATION_RUNS ?? 20);
const PASSWORD = 'hourly simulation password 1';
const HOUR_MS = 3_600_000;
/** What the actions may meet; anything else is a bug. */
const EXPECTED = new Set([
  'WEEKLY_LIMIT',
  'WEEK_NOT_FUNDED',
  'WEEK_SUBMITTED',
  'WEEK_OPEN',
  'TIME_IN_FUTURE',
  'NO_WEEK',
  'NOT_TRACKABLE',
  'CONTRACT_PAUSED',
  'CONTRACT_STATE',
  'CARD_DECLINED',
  'MILESTONE_STATUS',
  'DISPUTE_STATE',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'AMOUNT_EXCEEDS_HELD',
  'RATE_LIMITED',
  'OVERAGE_REVIEW',
  'TRIAL_UNDECIDED',
]);

type Action =
  | { kind: 'pay'; good: boolean }
  | { kind: 'saveCard'; good: boolean }
  | { kind: 'log'; day: number; minutes: number }
  | { kind: 'submit' | 'approve' | 'pause' | 'resume' | 'end' }
  | { kind: 'tick'; hours: number }
  | { kind: 'dispute'; take: number }
  | { kind: 'settle'; bps: number }
  | { kind: 'limit'; hours: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('pay' as const), good: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('saveCard' as const), good: fc.boolean() }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('log' as const),
      day: fc.integer({ min: 0, max: 6 }),
      minutes: fc.integer({ min: 15, max: 300 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'submit' as const }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('tick' as const), hours: fc.integer({ min: 6, max: 120 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dispute' as const), take: fc.integer({ min: 1, max: 3 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('settle' as const), bps: fc.integer({ min: 0, max: 10_000 }) }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'approve' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('limit' as const), hours: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'pause' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'resume' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'end' as const }) },
);
type RetainerAction =
  | { kind: 'pay'; good: boolean }
  | { kind: 'saveCard'; good: boolean }
  | { kind: 'handIn'; hours: number }
  | { kind: 'changes' | 'approve' | 'dispute' | 'end' }
  | { kind: 'tick'; days: number }
  | { kind: 'settle'; bps: number };

const retainerAction: fc.Arbitrary<RetainerAction> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('pay' as const), good: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('saveCard' as const), good: fc.boolean() }) },
  // 40 hours included: around half the hand-ins go over.
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('handIn' as const), hours: fc.integer({ min: 30, max: 52 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'changes' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'approve' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'dispute' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('settle' as const), bps: fc.integer({ min: 0, max: 10_000 }) }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('tick' as const), days: fc.integer({ min: 1, max: 20 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'end' as const }) },
);
const retainerScenarios = fc.array(fc.array(retainerAction, { minLength: 1, maxLength: 2 }), {
  minLength: 8,
  maxLength: 30,
});

const scenarios = fc.record({
  limitHours: fc.integer({ min: 2, max: 10 }),
  // Each step runs its actions at once: sometimes two race.
  steps: fc.array(fc.array(action, { minLength: 1, maxLength: 2 }), { minLength: 8, maxLength: 30 }),
});

describe('hourly simulation: weeks paid, worked, reviewed, disputed, paused and ended at random', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let owner: GraphqlAgent;
  let va: GraphqlAgent;
  let skillIds: Record<string, string>;
  let member: { organizationId: string; userId: string; role: 'owner' };
  let client: ContractActor;
  let freelancer: ContractActor;
  let vaId: string;
  /** The simulated clock: a Monday noon, moved forward by ticks across every scenario. */
  let now = new Date('2026-01-05T12:00:00Z');
  const reached = { statuses: new Set<string>(), events: new Set<string>() };
  let steps = 0;
  let releases = 0;
  /** What each kind of action met, counted: the run's report. */
  const outcomeCounts = new Map<string, number>();

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    dataSource = testApp.dataSource;
    await ensureSkillCatalog(dataSource);
    const { organization, owner: ownerUser } = await createOrganization(dataSource, { owner: { password: PASSWORD } });
    const vaUser = (await createFreelancer(dataSource, approvedVa('Tuuli', PASSWORD, { weeklyCapacityHours: 80 })))
      .user;
    await dataSource.transaction((manager) => testApp.app.get(MatchingService).refreshAllCards(manager));
    owner = testApp.agent();
    await owner.signIn(ownerUser.email, PASSWORD, 'CLIENT');
    va = testApp.agent();
    await va.signIn(vaUser.email, PASSWORD, 'FREELANCER');
    skillIds = await owner.skillIds();
    vaId = vaUser.id;
    member = { organizationId: organization.id, userId: ownerUser.id, role: 'owner' };
    client = { side: 'client', userId: ownerUser.id, party: { organizationId: organization.id }, role: 'owner' };
    freelancer = { side: 'freelancer', userId: vaId, party: { freelancerId: vaId }, role: null };
  });
  afterAll(async () => {
    process.stdout.write(
      `hourly simulation: ${RUNS} contracts, ${steps} steps, ${releases} releases documented; ` +
        `statuses ${[...reached.statuses].sort().join(' ')}; outcomes ${[...outcomeCounts]
          .sort()
          .map(([name, count]) => `${name} ×${count}`)
          .join(', ')}\n`,
    );
    await testApp.close();
  });

  const service = <T>(type: new (...args: never[]) => T) => testApp.app.get(type);
  const today = () => now.toISOString().slice(0, 10);
  const milestones = (contractId: string) =>
    dataSource.query(
      `SELECT id, status, period_start::text AS "periodStart", period_end::text AS "periodEnd", split_from_id AS "splitFromId"
         FROM contract_milestones WHERE contract_id = $1 ORDER BY position`,
      [contractId],
    ) as Promise<
      Array<{
        id: string;
        status: string;
        periodStart: string | null;
        periodEnd: string | null;
        splitFromId: string | null;
      }>
    >;

  /** The business pays a milestone by hand with a good card or one that is declined. */
  async function payByHand(milestone: { id: string } | undefined, good: boolean): Promise<void> {
    if (!milestone) return;
    const payments = service(MilestonePaymentsService);
    const { payment } = await payments.pay(member, milestone.id);
    await payments.paySandbox(member, payment.id, good ? '4242424242424242' : '4000000000000002');
  }

  /** The business saves a card (one whose charges succeed, or are declined) and what is due is charged to it. */
  async function saveCard(good: boolean): Promise<void> {
    const cards = service(SavedCardsService);
    const { id } = await cards.startSetup(member);
    await cards.saveSandboxCard(member, id, good ? '4242424242424242' : '4000000000000341');
    await service(SavedCardChargesService).chargeDue(now, member.organizationId);
  }

  /** Both sides agree to split the contract's dispute in negotiation, if there is one. */
  async function settleOpenDispute(contractId: string, freelancerShareBps: number): Promise<void> {
    const [open] = await service(DisputesService).find({ contractId, status: 'negotiation' }, { offset: 0, limit: 1 });
    const dispute = open[0];
    if (!dispute) return;
    await service(DisputesService).propose(client, dispute.id, freelancerShareBps, now);
    await service(DisputesService).accept(freelancer, dispute.id, now);
  }

  async function run(step: Action, contractId: string): Promise<void> {
    const all = await milestones(contractId);
    const weeks = all.filter((m) => m.periodStart !== null);
    const current = weeks.find(
      ({ periodStart, periodEnd }) => (periodStart ?? '') <= today() && today() <= (periodEnd ?? ''),
    );
    const handedIn = all.filter((m) => m.status === 'submitted');
    switch (step.kind) {
      case 'pay':
        return payByHand(
          weeks.find((week) => week.status === 'pending'),
          step.good,
        );
      case 'saveCard':
        return saveCard(step.good);
      case 'log': {
        if (!current) return;
        const workDate = new Date(Date.parse(`${current.periodStart}T00:00:00Z`) + step.day * 24 * HOUR_MS)
          .toISOString()
          .slice(0, 10);
        await service(TimesheetsService).log(
          vaId,
          { contractId, workDate, minutes: step.minutes, memo: 'Simulated work.' },
          now,
        );
        return;
      }
      case 'submit':
        if (current) await service(TimesheetsService).submit(current.id, vaId, now);
        return;
      case 'tick': {
        now = new Date(now.getTime() + step.hours * HOUR_MS);
        await service(TimesheetsService).submitEndedWeeks(now);
        await service(EscrowService).autoReleaseDue(now);
        await service(SavedCardChargesService).chargeDue(now);
        return;
      }
      case 'dispute': {
        const week = handedIn.find((m) => m.periodStart !== null);
        if (!week) return;
        const entries: Array<{ id: string }> = await dataSource.query(
          'SELECT id FROM time_entries WHERE week_id = $1 AND disputed_in IS NULL ORDER BY work_date, created_at LIMIT $2',
          [week.id, step.take],
        );
        if (entries.length === 0) return;
        const input = {
          weekId: week.id,
          entryIds: entries.map(({ id }) => id),
          reason: 'These hours were not agreed.',
        };
        await service(TimesheetsService).disputeEntries(client, input, now);
        return;
      }
      case 'settle':
        return settleOpenDispute(contractId, step.bps);
      case 'approve': {
        const milestone = handedIn[0];
        if (milestone) await service(EscrowService).release(member, milestone.id);
        return;
      }
      case 'limit':
        return service(HourlyContractsService).changeWeeklyLimit(member, contractId, step.hours);
      case 'pause':
        return service(HourlyContractsService).pause(member, contractId, now);
      case 'resume':
        return service(HourlyContractsService).resume(member, contractId, now);
      case 'end':
        return service(ContractEndingService).end(client, contractId, 'Simulated end.', now);
    }
  }

  /** Every cent of the contract accounted for, no week over its limit, nothing funded or released twice, every refund made. */
  async function expectSound(contractId: string): Promise<void> {
    expect(await unbalancedTransactions(dataSource)).toBe(0);
    const all = await milestones(contractId);
    const money = await service(LedgerService).milestoneMoney(all.map((m) => m.id));
    for (const milestone of all) {
      reached.statuses.add(milestone.status);
      const m = money.get(milestone.id) ?? { fundedMinor: 0, releasedMinor: 0, refundedMinor: 0, heldMinor: 0 };
      expect(Math.min(m.fundedMinor, m.releasedMinor, m.refundedMinor, m.heldMinor)).toBeGreaterThanOrEqual(0);
      expect(m.releasedMinor + m.refundedMinor + m.heldMinor).toBe(m.fundedMinor);
      if (['released', 'refunded', 'cancelled'].includes(milestone.status)) expect(m.heldMinor).toBe(0);
      if (milestone.status === 'released') expect(m.releasedMinor).toBeGreaterThan(0);
    }
    const weeks: Array<{ logged: number; included: number }> = await dataSource.query(
      `SELECT t.minutes_logged AS logged, m.minutes_included AS included
         FROM timesheets t JOIN contract_milestones m ON m.id = t.week_id WHERE t.contract_id = $1`,
      [contractId],
    );
    for (const week of weeks) expect(week.logged).toBeLessThanOrEqual(week.included);
    const twice: Array<{ n: number }> = await dataSource.query(
      `SELECT count(*)::int AS n FROM contract_events WHERE contract_id = $1 AND kind IN ('funded', 'auto_released')
        GROUP BY milestone_id, kind HAVING count(*) > 1`,
      [contractId],
    );
    expect(twice).toEqual([]);
    const [{ payments }] = await dataSource.query(
      `SELECT count(*)::int AS payments FROM (SELECT milestone_id FROM milestone_payments p
         JOIN contract_milestones m ON m.id = p.milestone_id
        WHERE m.contract_id = $1 AND p.status = 'succeeded' GROUP BY milestone_id HAVING count(*) > 1) t`,
      [contractId],
    );
    expect(payments).toBe(0);
    // Every refund was one the provider could make: none past what the payment it goes back to charged.
    const [{ refused }] = await dataSource.query(
      `SELECT count(*)::int AS refused FROM payment_operations o JOIN contract_milestones m ON m.id = o.milestone_id
        WHERE m.contract_id = $1 AND o.kind = 'refund' AND o.status <> 'succeeded'`,
      [contractId],
    );
    expect(refused).toBe(0);
  }

  /** Releases so far have their documents, once; returns how many releases the contract had. */
  async function expectDocumented(contractId: string): Promise<number> {
    await service(InvoicingService).issueMissing(now);
    const [{ released, documents }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM contract_events WHERE contract_id = $1 AND kind IN ('released', 'auto_released')) AS released,
              (SELECT count(*)::int FROM billing_documents WHERE contract_id = $1) AS documents`,
      [contractId],
    );
    expect(documents).toBe(2 * released);
    const events: Array<{ kind: string }> = await dataSource.query(
      'SELECT DISTINCT kind FROM contract_events WHERE contract_id = $1',
      [contractId],
    );
    for (const { kind } of events) reached.events.add(kind);
    return released;
  }

  /** Runs a step's actions at once, counting what each met: anything unexpected fails the run. */
  async function runStep<A extends { kind: string }>(actions: A[], one: (action: A) => Promise<unknown>) {
    steps += 1;
    const outcomes = await Promise.allSettled(actions.map(one));
    for (const [index, outcome] of outcomes.entries()) {
      const refused = outcome.status === 'rejected' ? outcome.reason : null;
      if (refused && !(refused instanceof AppError && EXPECTED.has(refused.code))) throw refused;
      const name = `${actions[index]?.kind} ${refused ? (refused as AppError).code : 'ok'}`;
      outcomeCounts.set(name, (outcomeCounts.get(name) ?? 0) + 1);
    }
  }

  /** One action on a retainer: months paid, handed in with their hours, reviewed, disputed, ended. */
  async function runRetainer(step: RetainerAction, contractId: string): Promise<void> {
    const all: Array<{ id: string; status: string; overageOfId: string | null }> = await dataSource.query(
      'SELECT id, status, overage_of_id AS "overageOfId" FROM contract_milestones WHERE contract_id = $1 ORDER BY position',
      [contractId],
    );
    const handedIn = all.filter((m) => m.status === 'submitted');
    switch (step.kind) {
      case 'pay':
        return payByHand(
          all.find((m) => m.status === 'pending'),
          step.good,
        );
      case 'saveCard':
        return saveCard(step.good);
      case 'handIn': {
        const month = all.find((m) => !m.overageOfId && (m.status === 'funded' || m.status === 'changes_requested'));
        if (!month) return;
        const hand = { message: 'Simulated month.', minutesWorked: step.hours * 60 };
        await service(EscrowService).submit(vaId, month.id, hand, now);
        return;
      }
      case 'changes': {
        const milestone = handedIn.at(-1);
        if (milestone)
          await service(EscrowService).requestChanges(member, milestone.id, 'Please check the hours.', now);
        return;
      }
      case 'approve': {
        const milestone = handedIn[0];
        if (milestone) await service(EscrowService).release(member, milestone.id);
        return;
      }
      case 'dispute': {
        const milestone = handedIn.at(-1);
        if (milestone) await service(DisputesService).open(client, milestone.id, 'These hours were not agreed.', now);
        return;
      }
      case 'settle':
        return settleOpenDispute(contractId, step.bps);
      case 'tick': {
        now = new Date(now.getTime() + step.days * 24 * HOUR_MS);
        await service(RetainersService).openDuePeriods(now);
        await service(EscrowService).autoReleaseDue(now);
        await service(SavedCardChargesService).chargeDue(now);
        await service(ContractEndingService).endNoticeServed(now);
        await service(ContractEndingService).refundWoundDown(now);
        return;
      }
      case 'end':
        return service(ContractEndingService).end(client, contractId, 'Simulated end.', now);
    }
  }

  /**
   * A retainer's overage: at most one billed per month, and one not yet paid bills exactly the
   * month's hours beyond its own at the contract's rate.
   */
  async function expectOverageBilled(contractId: string): Promise<void> {
    const months: Array<{
      included: number;
      worked: number | null;
      rate: number;
      billed: Array<{ status: string; amount: number; minutes: number }>;
    }> = await dataSource.query(
      `SELECT m.minutes_included AS included, m.minutes_worked AS worked, c.overage_rate_minor AS rate,
              COALESCE(json_agg(json_build_object('status', o.status, 'amount', o.amount_minor, 'minutes', o.minutes_worked))
                FILTER (WHERE o.id IS NOT NULL AND o.status <> 'cancelled'), '[]') AS billed
         FROM contract_milestones m JOIN contracts c ON c.id = m.contract_id
         LEFT JOIN contract_milestones o ON o.overage_of_id = m.id
        WHERE m.contract_id = $1 AND m.period_start IS NOT NULL GROUP BY m.id, c.id`,
      [contractId],
    );
    for (const month of months) {
      expect(month.billed.length).toBeLessThanOrEqual(1);
      const [billed] = month.billed;
      if (billed?.status !== 'pending') continue;
      const minutes = (month.worked ?? 0) - month.included;
      expect(billed).toEqual({ status: 'pending', minutes, amount: Math.floor((month.rate * minutes + 30) / 60) });
    }
  }

  it('keeps every week’s money accounted for, and documents every release once, whatever happens', async () => {
    await fc.assert(
      fc.asyncProperty(scenarios, async ({ limitHours, steps: plan }) => {
        const { contractId } = await hourlyContract(owner, va, skillIds, {
          hourlyRateMinor: 1500,
          weeklyLimitHours: limitHours,
        });
        // The contract starts this (simulated) week.
        const monday = new Date(now.getTime() - ((now.getUTCDay() + 6) % 7) * 24 * HOUR_MS).toISOString().slice(0, 10);
        const sunday = new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * 24 * HOUR_MS).toISOString().slice(0, 10);
        await dataSource.query(
          `WITH started AS (UPDATE contracts SET start_date = $2 WHERE id = $1)
           UPDATE contract_milestones SET period_start = $2, period_end = $3 WHERE contract_id = $1`,
          [contractId, monday, sunday],
        );
        for (const actions of [...plan, [{ kind: 'end' as const }], [{ kind: 'tick' as const, hours: 24 * 14 }]]) {
          await runStep<Action>(actions, (one) => run(one, contractId));
          await expectSound(contractId);
        }
        // Every release has its invoice and statement, once.
        releases += await expectDocumented(contractId);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    // Numbered without gaps across every contract of the organisation and the VA.
    const series: Array<{ series: string; count: number; last: number }> = await dataSource.query(
      'SELECT series, count(*)::int AS count, max(number) AS last FROM billing_documents GROUP BY series',
    );
    for (const { count, last } of series) expect(last).toBe(count);
    // The runs reached the states that matter.
    expect([...reached.statuses]).toEqual(
      expect.arrayContaining(['pending', 'funded', 'submitted', 'released', 'refunded', 'cancelled']),
    );
    expect([...reached.events]).toEqual(
      expect.arrayContaining(['funded', 'submitted', 'released', 'auto_released', 'period_opened', 'ended']),
    );
  }, 900_000);

  it('bills every retainer month’s overage once, at its rate, and keeps its money accounted for', async () => {
    const start = releases;
    await fc.assert(
      fc.asyncProperty(retainerScenarios, async (plan) => {
        const { contractId } = await retainerContract(owner, va, skillIds, {
          monthlyAmountMinor: 100_000,
          monthlyHours: 40,
        });
        // Month 1 starts today (simulated).
        const monthEnd = new Date(now.getTime() + 30 * 24 * HOUR_MS).toISOString().slice(0, 10);
        await dataSource.query(
          `WITH started AS (UPDATE contracts SET start_date = $2 WHERE id = $1)
           UPDATE contract_milestones SET period_start = $2, period_end = $3 WHERE contract_id = $1`,
          [contractId, today(), monthEnd],
        );
        for (const actions of [...plan, [{ kind: 'end' as const }], [{ kind: 'tick' as const, days: 60 }]]) {
          await runStep<RetainerAction>(actions, (one) => runRetainer(one, contractId));
          await expectSound(contractId);
          await expectOverageBilled(contractId);
        }
        releases += await expectDocumented(contractId);
      }),
      { numRuns: RETAINER_RUNS, endOnFailure: true },
    );
    const [{ overages }] = await dataSource.query(
      "SELECT count(*)::int AS overages FROM contract_milestones WHERE overage_of_id IS NOT NULL AND status = 'released'",
    );
    process.stdout.write(
      `retainer simulation: ${RETAINER_RUNS} retainers, ${releases - start} releases, ${overages} overages released\n`,
    );
    expect(reached.events.has('overage_added')).toBe(true);
  }, 600_000);
});
