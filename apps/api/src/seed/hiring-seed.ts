import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContractsService } from '../modules/contracts/contracts.service.js';
import type { MakeOfferInput } from '../modules/contracts/dto/make-offer.input.js';
import { DisputesService } from '../modules/disputes/disputes.service.js';
import { EscrowService } from '../modules/escrow/escrow.service.js';
import { MilestonePaymentsService } from '../modules/escrow/milestone-payments.service.js';
import { UserEntity } from '../modules/identity/entities/user.entity.js';
import { JobsService } from '../modules/jobs/jobs.service.js';
import { ProposalsService } from '../modules/proposals/proposals.service.js';

/**
 * Kettle & Crumb hired Joy for an inbox clean-up, paid the first milestone into escrow, and disputes
 * the work she handed in; the business asked Delegate to mediate, so ops have a dispute to decide.
 */
export async function seedDemoDispute(app: INestApplicationContext, jobId: string): Promise<void> {
  const users = app.get(DataSource).getRepository(UserEntity);
  const tom = await users.findOneByOrFail({ email: 'tom@kettleandcrumb.test' });
  const joy = await users.findOneByOrFail({ email: 'joy.villanueva@va.delegate.test' });
  const job = await app.get(JobsService, { strict: false }).listing(jobId);
  const client = { organizationId: job.job.organizationId, userId: tom.id, role: 'owner' as const };
  const startDate = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const proposalId = await app.get(ProposalsService, { strict: false }).submit(joy.id, {
    jobId,
    coverLetter: 'I keep three wholesale inboxes tidy every week and answer buyers the same day.',
    amountMinor: 40_000,
    screeningAnswers: [],
    availableFrom: startDate,
  });
  const contracts = app.get(ContractsService, { strict: false });
  const offerId = await contracts.makeOffer(client, {
    kind: 'fixed',
    proposalId,
    startDate,
    milestones: [
      { title: 'Sort the inbox into folders', amountMinor: 25_000, dueDate: null },
      { title: 'Answer the open questions', amountMinor: 15_000, dueDate: null },
    ],
    trialWeeks: 0,
    message: 'Two years of e-mail, one tidy inbox.',
  });
  const contractId = await contracts.acceptOffer(joy.id, offerId);
  const [first] = await contracts.milestones([contractId]);
  if (!first) return;
  const payments = app.get(MilestonePaymentsService, { strict: false });
  const { payment } = await payments.pay(client, first.id);
  await payments.paySandbox(client, payment.id, '4242424242424242');
  const escrow = app.get(EscrowService, { strict: false });
  await escrow.submit(joy.id, first.id, { message: 'All mail sorted into 14 folders; the rules are in the notes.' });
  const disputes = app.get(DisputesService, { strict: false });
  const business = {
    side: 'client' as const,
    userId: tom.id,
    party: { organizationId: client.organizationId },
    role: client.role,
  };
  const disputeId = await disputes.open(
    business,
    first.id,
    'Half of the folders mix retail and wholesale orders, which is what we wanted kept apart.',
  );
  await disputes.escalate(business, disputeId);
}

/**
 * A VA hired by Northwind, made as users make it (proposal, offer, acceptance): Maria for the holiday
 * catalogue at a fixed price with two milestones to pay into escrow, Grace for a monthly bookkeeping
 * retainer that starts with a paid two-week trial.
 */
export async function seedDemoHire(
  app: INestApplicationContext,
  jobId: string,
  hire: {
    va: string;
    coverLetter: string;
    amountMinor: number;
    offer: Omit<MakeOfferInput, 'proposalId' | 'startDate'>;
  },
): Promise<void> {
  const users = app.get(DataSource).getRepository(UserEntity);
  const olga = await users.findOneByOrFail({ email: 'olga@northwind-candles.test' });
  const va = await users.findOneByOrFail({ email: hire.va });
  const job = await app.get(JobsService, { strict: false }).listing(jobId);
  const startDate = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const proposalId = await app.get(ProposalsService, { strict: false }).submit(va.id, {
    jobId,
    coverLetter: hire.coverLetter,
    amountMinor: hire.amountMinor,
    screeningAnswers: [],
    availableFrom: startDate,
  });
  const contracts = app.get(ContractsService, { strict: false });
  const offerId = await contracts.makeOffer(
    { organizationId: job.job.organizationId, userId: olga.id, role: 'owner' },
    { ...hire.offer, proposalId, startDate },
  );
  await contracts.acceptOffer(va.id, offerId);
}
