import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContractsService } from '../modules/contracts/contracts.service.js';
import type { Party } from '../modules/contracts/contracts.types.js';
import type { MakeOfferInput } from '../modules/contracts/dto/make-offer.input.js';
import { DisputesService } from '../modules/disputes/disputes.service.js';
import { ContractEndingService } from '../modules/escrow/contract-ending.service.js';
import { EscrowService } from '../modules/escrow/escrow.service.js';
import { MilestonePaymentsService } from '../modules/escrow/milestone-payments.service.js';
import { UserEntity } from '../modules/identity/entities/user.entity.js';
import { JobsService } from '../modules/jobs/jobs.service.js';
import { ProposalsService } from '../modules/proposals/proposals.service.js';
import { RATING_CATEGORIES } from '../modules/reviews/reviews.rules.js';
import { ReviewsService } from '../modules/reviews/reviews.service.js';
import { localDate, shiftDays } from '../platform/time/local-date.js';
import type { ReviewedJobs } from './jobs-seed.js';

/**
 * Kettle & Crumb hired Joy for an inbox clean-up, paid the first milestone into escrow, and disputes
 * the work she handed in; the business asked Delegate to mediate, so ops have a dispute to decide.
 */
export async function seedDemoDispute(app: INestApplicationContext, jobId: string): Promise<void> {
  const hired = await hire(
    app,
    jobId,
    { client: 'tom@kettleandcrumb.test', va: 'joy.villanueva@va.delegate.test' },
    {
      coverLetter: 'I keep three wholesale inboxes tidy every week and answer buyers the same day.',
      amountMinor: 40_000,
      offer: {
        kind: 'fixed',
        milestones: [
          { title: 'Sort the inbox into folders', amountMinor: 25_000, dueDate: null },
          { title: 'Answer the open questions', amountMinor: 15_000, dueDate: null },
        ],
        trialWeeks: 0,
        message: 'Two years of e-mail, one tidy inbox.',
      },
    },
    2,
  );
  const first = await payAndHandIn(app, hired, {
    message: 'All mail sorted into 14 folders; the rules are in the notes.',
  });
  const disputes = app.get(DisputesService, { strict: false });
  const disputeId = await disputes.open(
    hired.business,
    first,
    'Half of the folders mix retail and wholesale orders, which is what we wanted kept apart.',
  );
  await disputes.escalate(hired.business, disputeId);
}

/**
 * A VA hired by Northwind, made as users make it (proposal, offer, acceptance): Maria for the holiday
 * catalogue at a fixed price with two milestones to pay into escrow, Grace for a monthly bookkeeping
 * retainer that starts with a paid two-week trial.
 */
export async function seedDemoHire(
  app: INestApplicationContext,
  jobId: string,
  work: Work & { va: string },
): Promise<void> {
  await hire(app, jobId, { client: 'olga@northwind-candles.test', va: work.va }, work, 2);
}

export type Work = {
  coverLetter: string;
  amountMinor: number;
  offer: Omit<MakeOfferInput, 'proposalId' | 'startDate'>;
};
type Hired = Awaited<ReturnType<typeof hire>>;

/**
 * A contract made as users make one: the VA proposes, the business's owner offers `work.offer`
 * starting `startInDays` after the post's own today (east of UTC, late in the UTC day, that is
 * already tomorrow), the VA accepts. Returns the contract and both sides as they act on it.
 */
export async function hire(
  app: INestApplicationContext,
  jobId: string,
  people: { client: string; va: string },
  work: Work,
  startInDays: number,
) {
  const users = app.get(DataSource).getRepository(UserEntity);
  const owner = await users.findOneByOrFail({ email: people.client });
  const va = await users.findOneByOrFail({ email: people.va });
  const job = await app.get(JobsService, { strict: false }).listing(jobId);
  const startDate = shiftDays(localDate(new Date(), job.job.timeZone), startInDays);
  const member = { organizationId: job.job.organizationId, userId: owner.id, role: 'owner' as const };
  const proposalId = await app.get(ProposalsService, { strict: false }).submit(va.id, {
    jobId,
    coverLetter: work.coverLetter,
    amountMinor: work.amountMinor,
    screeningAnswers: [],
    // From the VA's own today, which east of UTC is already tomorrow late in the UTC day.
    availableFrom: [startDate, localDate(new Date(), va.timeZone)].sort().at(-1) as string,
  });
  const contracts = app.get(ContractsService, { strict: false });
  const offerId = await contracts.makeOffer(member, { ...work.offer, proposalId, startDate });
  const contractId = await contracts.acceptOffer(va.id, offerId);
  const business = {
    side: 'client' as const,
    userId: owner.id,
    party: { organizationId: member.organizationId },
    role: member.role,
  };
  const freelancer = { side: 'freelancer' as const, userId: va.id, party: { freelancerId: va.id }, role: null };
  return { contractId, member, business, freelancer };
}

/** Pays the contract's first milestone (or month) by card and hands the work in; returns the milestone. */
async function payAndHandIn(
  app: INestApplicationContext,
  hired: Hired,
  handIn: { message: string; minutesWorked?: number },
): Promise<string> {
  const [first] = await app.get(ContractsService, { strict: false }).milestones([hired.contractId]);
  if (!first) throw new Error('the demo contract has nothing to pay');
  const payments = app.get(MilestonePaymentsService, { strict: false });
  const { payment } = await payments.pay(hired.member, first.id);
  await payments.paySandbox(hired.member, payment.id, '4242424242424242');
  await app.get(EscrowService, { strict: false }).submit(hired.freelancer.userId, first.id, handIn);
  return first.id;
}

/** Hired, paid, handed in and approved: the first milestone's money reached the VA. */
async function paidContract(
  app: INestApplicationContext,
  jobId: string,
  people: { client: string; va: string },
  work: Work,
  handIn: { message: string; minutesWorked?: number },
): Promise<Hired> {
  const hired = await hire(app, jobId, people, work, 0);
  const first = await payAndHandIn(app, hired, handIn);
  await app.get(EscrowService, { strict: false }).release(hired.member, first);
  return hired;
}

/** A one-milestone fixed-price contract, paid and released, then ended by the business. */
async function finishedContract(
  app: INestApplicationContext,
  jobId: string,
  people: { client: string; va: string },
  work: { title: string; amountMinor: number; coverLetter: string; handIn: string },
) {
  const offer = {
    kind: 'fixed' as const,
    milestones: [{ title: work.title, amountMinor: work.amountMinor, dueDate: null }],
    trialWeeks: 0,
    message: 'Looking forward to it.',
  };
  const done = await paidContract(app, jobId, people, { ...work, offer }, { message: work.handIn });
  await app
    .get(ContractEndingService, { strict: false })
    .end(done.business, done.contractId, 'The work is done, thank you.');
  return done;
}

/**
 * Reviews as they happen: Bottega Verde and Luca finished a contract and both reviewed it (revealed;
 * Luca answered Giulia's review, and Giulia reported Luca's to Delegate, so ops have one to look at);
 * Helsingin Kotitavara's round with Juho waits for Eero, who has not written yet; Boğaziçi Tekstil's
 * retainer with Mehmet has run for three months, so its first periodic round is open to both;
 * Kettle & Crumb paid Kim in full and has yet to end the contract.
 */
export async function seedDemoReviews(app: INestApplicationContext, jobs: ReviewedJobs) {
  const reviews = app.get(ReviewsService, { strict: false });
  const round = async (contractId: string, party: Party) => {
    await reviews.openForEndedContract(contractId);
    const { items } = await reviews.cyclesOf(party, { contractId }, { offset: 0, limit: 1 });
    return items[0]?.id as string;
  };
  const aboutVa = (stars: number) => RATING_CATEGORIES.freelancer.map((category) => ({ category, stars }));
  const aboutBusiness = (stars: number) => RATING_CATEGORIES.client.map((category) => ({ category, stars }));

  const bottega = await finishedContract(
    app,
    jobs.bottega,
    { client: 'giulia@bottegaverde.test', va: 'luca.ferrari@va.delegate.test' },
    {
      title: 'Descriptions for 60 pieces',
      amountMinor: 36_000,
      coverLetter: 'I write product copy for two homeware shops and can match your tone of voice.',
      handIn: 'All 60 descriptions are live; the glaze names follow your style guide.',
    },
  );
  const bottegaRound = await round(bottega.contractId, bottega.business.party);
  await reviews.submit(bottega.business, {
    cycleId: bottegaRound,
    overall: 5,
    ratings: aboutVa(5),
    comment: 'Luca understood our pieces at once and wrote copy our customers quote back to us.',
    wouldWorkAgain: true,
    privateFeedback: 'We would hire Luca again for the spring collection.',
  });
  await reviews.submit(bottega.freelancer, {
    cycleId: bottegaRound,
    overall: 3,
    ratings: aboutBusiness(3),
    comment: 'Lovely pieces, but the brief changed twice and answers took days.',
    wouldWorkAgain: true,
    privateFeedback: '',
  });
  const revealed = await reviews.cyclesOf(bottega.business.party, { id: bottegaRound }, { offset: 0, limit: 1 });
  const aboutLuca = revealed.reviews.find((review) => review.authorSide === 'client');
  const aboutBottega = revealed.reviews.find((review) => review.authorSide === 'freelancer');
  if (aboutLuca)
    await reviews.reply(bottega.freelancer, aboutLuca.id, 'Grazie, Giulia! It was a joy to write about your work.');
  if (aboutBottega) {
    await reviews.report(
      bottega.business,
      aboutBottega.id,
      'The brief did not change: we sent one style guide on day one.',
    );
  }

  const kotitavara = await finishedContract(
    app,
    jobs.kotitavara,
    { client: 'eero@kotitavara.test', va: 'juho.nieminen@va.delegate.test' },
    {
      title: 'Wholesale orders for December',
      amountMinor: 24_000,
      coverLetter: 'I keep order books for small European shops and know Finnish invoices.',
      handIn: 'Every December order is entered; the stock sheet matches the warehouse count.',
    },
  );
  const kotitavaraRound = await round(kotitavara.contractId, kotitavara.freelancer.party);
  await reviews.submit(kotitavara.freelancer, {
    cycleId: kotitavaraRound,
    overall: 5,
    ratings: aboutBusiness(5),
    comment: 'Clear lists, quick answers and paid the same day I handed in.',
    wouldWorkAgain: true,
    privateFeedback: '',
  });

  // Paid in full and not yet ended: the business ends it, and both review (the reviews journey).
  await paidContract(
    app,
    jobs.kettle,
    { client: 'tom@kettleandcrumb.test', va: 'kim.nguyen@va.delegate.test' },
    {
      coverLetter: 'I build price lists from supplier sheets every month for two wholesalers.',
      amountMinor: 30_000,
      offer: {
        kind: 'fixed',
        milestones: [{ title: 'Price list of 300 items', amountMinor: 30_000, dueDate: null }],
        trialWeeks: 0,
        message: 'One clean price list, please.',
      },
    },
    { message: 'All 300 items are priced; supplier changes are marked in yellow.' },
  );

  await ongoingRetainer(app, jobs.bogazici, {
    client: 'deniz@bogazici-tekstil.test',
    va: 'mehmet.ozturk@va.delegate.test',
  });
  await reviews.openPeriodic();
}

/**
 * A retainer whose first month was paid, worked (two hours over, billed as overage) and released,
 * moved three months back in time: the demo cannot wait a quarter for its periodic review round.
 */
async function ongoingRetainer(app: INestApplicationContext, jobId: string, people: { client: string; va: string }) {
  const offer = {
    kind: 'retainer' as const,
    monthlyAmountMinor: 30_000,
    monthlyHours: 20,
    milestones: [],
    trialWeeks: 0,
    message: 'Month by month, as we said.',
  };
  const coverLetter = 'I keep the books of two Istanbul shops and chase their invoices every month.';
  const { contractId } = await paidContract(
    app,
    jobId,
    people,
    { coverLetter, amountMinor: 30_000, offer },
    // 22 of its 20 hours: Deniz has 2 overage hours to pay and review.
    { message: 'Books closed for the month; the stock count took two extra hours.', minutesWorked: 22 * 60 },
  );
  await app
    .get(DataSource)
    .query(`UPDATE contracts SET created_at = created_at - interval '95 days' WHERE id = $1`, [contractId]);
}
