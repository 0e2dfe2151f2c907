import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SavedCardsService } from '../modules/billing/saved-cards.service.js';
import { ContractsService } from '../modules/contracts/contracts.service.js';
import { weekEndOf } from '../modules/contracts/hourly-plan.js';
import { EscrowService } from '../modules/escrow/escrow.service.js';
import { MilestonePaymentsService } from '../modules/escrow/milestone-payments.service.js';
import { SavedCardChargesService } from '../modules/escrow/saved-card-charges.service.js';
import { TimesheetsService } from '../modules/timesheets/timesheets.service.js';
import { shiftDays } from '../platform/time/local-date.js';
import { hire } from './hiring-seed.js';

/**
 * Northwind hires Joy by the hour (US$12, 15 h a week) for its evening chat, worked on New York
 * evenings from Manila. The first week is approved and released (with its invoice and statement);
 * last week is over: 11 h logged, handed in and waiting for Olga's review, its unused money carried
 * into this week, which Northwind's saved card paid; this week has time logged so far.
 */
export async function seedDemoHourly(app: INestApplicationContext, jobId: string, now = new Date()): Promise<void> {
  const people = { client: 'olga@northwind-candles.test', va: 'joy.villanueva@va.delegate.test' };
  const work = {
    coverLetter: 'I answer chat for two US shops on their evenings, from Manila, and keep a tidy handover log.',
    amountMinor: 1200,
    offer: {
      kind: 'hourly' as const,
      hourlyRateMinor: 1200,
      weeklyLimitHours: 15,
      milestones: [],
      trialWeeks: 0,
      message: 'Evenings, New York time. Welcome aboard!',
    },
  };
  const hired = await hire(app, jobId, people, work, 0);
  // The contract started two Mondays ago: the demo cannot wait weeks for timesheets to review.
  const thisMonday = mondayOf(now);
  const lastMonday = shiftDays(thisMonday, -7);
  const firstMonday = shiftDays(thisMonday, -14);
  const contracts = app.get(ContractsService, { strict: false });
  const [first] = await contracts.milestones([hired.contractId]);
  if (!first) throw new Error('the hourly demo contract has no week');
  await app.get(DataSource).query(
    `WITH moved AS (UPDATE contracts SET start_date = $2, created_at = $2::date WHERE id = $1)
     UPDATE contract_milestones SET period_start = $2, period_end = $3, title = 'Week of ' || $2 WHERE id = $4`,
    [hired.contractId, firstMonday, shiftDays(firstMonday, 6), first.id],
  );
  const pay = async (weekId: string) => {
    const payments = app.get(MilestonePaymentsService, { strict: false });
    const { payment } = await payments.pay(hired.member, weekId);
    await payments.paySandbox(hired.member, payment.id, '4242424242424242');
  };
  await pay(first.id);

  const timesheets = app.get(TimesheetsService, { strict: false });
  const va = hired.freelancer.userId;
  const log = (workDate: string, startTime: string, endTime: string, memo: string, task = CHAT) =>
    timesheets.log(va, { contractId: hired.contractId, workDate, startTime, endTime, memo, task }, now);
  // 06:00 in Manila is 17:00 the evening before in New York (in winter): the shop's busy hours.
  // The first week: handed in, and approved by Olga (its invoice and Joy's statement are issued).
  await log(shiftDays(firstMonday, 1), '06:00', '10:00', 'Live chat: set up the saved replies and the refund macro.');
  await log(shiftDays(firstMonday, 3), '06:00', '09:00', 'Live chat: 29 conversations.');
  await log(shiftDays(firstMonday, 4), '06:00', '08:30', 'Live chat; tagged the open tickets for Olga.');
  await timesheets.submitEndedWeeks(now);
  await app.get(EscrowService, { strict: false }).release(hired.member, first.id);

  // Last week: paid (most of it by what the first week left unused), worked, handed in for review.
  const [, last] = await contracts.milestones([hired.contractId]);
  if (!last) throw new Error('the hourly demo contract has no second week');
  await pay(last.id);
  await log(shiftDays(lastMonday, 1), '06:00', '10:00', 'Live chat: 38 conversations, two refunds passed to Olga.');
  await log(shiftDays(lastMonday, 2), '06:00', '09:30', 'Live chat and the open e-mails from the weekend.', E_MAILS);
  await log(shiftDays(lastMonday, 4), '06:00', '09:30', 'Live chat; wrote the handover notes for the holiday sale.');
  await timesheets.submitEndedWeeks(now);

  // Olga saves Northwind's card: this week, and every week after, is paid from it as it begins.
  const cards = app.get(SavedCardsService, { strict: false });
  const { id: cardId } = await cards.startSetup(hired.member);
  await cards.saveSandboxCard(hired.member, cardId, '4242424242424242');
  await app.get(SavedCardChargesService, { strict: false }).chargeDue(now, hired.member.organizationId);
  // This week so far: two hours on each past day (Manila days, the VA's own), none yet on a Monday.
  for (let offset = 0; shiftDays(thisMonday, offset) < now.toISOString().slice(0, 10); offset += 1) {
    await timesheets.log(
      va,
      {
        contractId: hired.contractId,
        workDate: shiftDays(thisMonday, offset),
        minutes: 120,
        memo: 'Live chat shift.',
        task: CHAT,
      },
      now,
    );
  }
}

/** The evening chat post's tasks, which Joy's entries name. */
const CHAT = 'Answer live chat within five minutes';
const E_MAILS = 'Follow up on open e-mails before the end of the shift';

/** The Monday of the UTC week `at` is in. */
function mondayOf(at: Date): string {
  return shiftDays(weekEndOf(at.toISOString().slice(0, 10), 1), -6);
}
