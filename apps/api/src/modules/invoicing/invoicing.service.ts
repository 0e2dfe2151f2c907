import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { BillingDetailsService } from '../billing/billing-details.service.js';
import { ContractsService } from '../contracts/contracts.service.js';
import type { Contract, Milestone } from '../contracts/contracts.types.js';
import { MONEY_RELEASED_TASK, type MoneyReleasedData } from '../escrow/escrow.tasks.js';
import { FreelancersService } from '../freelancers/freelancers.service.js';
import { UsersService } from '../identity/users.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { LedgerService } from '../money/ledger/ledger.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { TimesheetsService } from '../timesheets/timesheets.service.js';
import { documentLines, type ReleasedWork } from './document-lines.js';
import type { BillingDocumentEntity, DocumentKind, DocumentParty } from './entities/billing-document.entity.js';
import { DocumentNotFoundError } from './invoicing.errors.js';
import { type DocumentOwner, InvoicingRepository } from './invoicing.repository.js';

const SWEEP_TASK = 'invoicing.issue-missing';
const BATCH = 200;

/** A document with its lines, as its owner reads it. */
export type BillingDocument = BillingDocumentEntity & {
  lines: Awaited<ReturnType<InvoicingRepository['lines']>>;
};

/**
 * Invoices and earnings statements. Each release to a VA is documented twice: the business's invoice
 * (the work it paid for) and the VA's statement (the same work, less Delegate's fee). Each is
 * numbered in its own series without gaps and issued once, from the release's background job, with
 * an hourly sweep for any the job missed.
 */
@Injectable()
export class InvoicingService implements OnModuleInit {
  private readonly logger = new Logger(InvoicingService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: InvoicingRepository,
    private readonly contracts: ContractsService,
    private readonly timesheets: TimesheetsService,
    private readonly ledger: LedgerService,
    private readonly details: BillingDetailsService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly freelancers: FreelancersService,
    private readonly jobs: JobsService,
    private readonly background: BackgroundJobs,
  ) {}

  onModuleInit(): void {
    this.background.register<MoneyReleasedData>({
      name: MONEY_RELEASED_TASK,
      policy: 'standard',
      handler: async ({ eventId }) => {
        await this.issueForRelease(eventId);
      },
    });
    this.background.register({
      name: SWEEP_TASK,
      policy: 'singleton',
      cron: '17 * * * *',
      handler: async () => {
        await this.issueMissing();
      },
    });
  }

  /** Documents one release: the invoice and the statement, in one transaction. Returns false if done before. */
  async issueForRelease(eventId: string, now = new Date()): Promise<boolean> {
    const event = await this.contracts.releaseEvent(eventId);
    if (!event?.milestoneId || !event.amountMinor) return false;
    if ((await this.repository.documentedEvents([eventId])).size) return false;
    const milestone = (await this.contracts.milestonesWithContracts([event.milestoneId])).get(event.milestoneId);
    if (!milestone) return false;
    const { contract } = milestone;
    const [feeMinor, work, parties, post] = await Promise.all([
      this.ledger.releaseFee(eventId),
      this.releasedWork(milestone, contract),
      this.parties(contract.organizationId, contract.freelancerId),
      this.jobs.posts([contract.jobId]),
    ]);
    const lines = documentLines(work, event.amountMinor);
    const common = {
      organizationId: contract.organizationId,
      freelancerId: contract.freelancerId,
      contractId: contract.id,
      milestoneId: milestone.id,
      sourceEventId: eventId,
      title: post.get(contract.jobId)?.title.slice(0, 200) ?? '',
      currency: contract.terms.currency,
      amountMinor: event.amountMinor,
      feeMinor,
      ...parties,
      issuedAt: now,
    };
    try {
      await this.dataSource.transaction(async (manager) => {
        for (const [kind, series] of [
          ['invoice', `org:${contract.organizationId}`],
          ['statement', `va:${contract.freelancerId}`],
        ] as const) {
          const number = await this.repository.nextNumber(series, manager);
          await this.repository.insert({ ...common, kind, series, number }, lines, manager);
        }
      });
      return true;
    } catch (error) {
      // Issued meanwhile by another worker: its numbers stand, and this transaction gave its own back.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') return false;
      throw error;
    }
  }

  /** Documents every release that has none yet (after a lost job); returns how many. */
  async issueMissing(now = new Date()): Promise<number> {
    let issued = 0;
    let afterId: string | null = null;
    for (;;) {
      const events = await this.contracts.releaseEvents(afterId, BATCH);
      const documented = await this.repository.documentedEvents(events.map((event) => event.id));
      for (const event of events) {
        if (documented.has(event.id)) continue;
        try {
          if (await this.issueForRelease(event.id, now)) issued += 1;
        } catch (error) {
          this.logger.warn(`Release ${event.id} is not documented yet: ${String(error)}`);
        }
      }
      if (events.length < BATCH) return issued;
      afterId = events.at(-1)?.id ?? null;
    }
  }

  /** A page of the owner's documents (an organisation's invoices, a VA's statements), newest first. */
  async page(owner: DocumentOwner, page: { offset: number; limit: number }) {
    const [documents, totalCount] = await this.repository.page(owner, kindOf(owner), page);
    const lines = await this.repository.lines(documents.map((document) => document.id));
    return {
      items: documents.map((document) => ({
        ...document,
        lines: lines.filter((line) => line.documentId === document.id),
      })),
      totalCount,
    };
  }

  /** One of the owner's documents with its lines. */
  async document(owner: DocumentOwner, id: string): Promise<BillingDocument> {
    const document = await this.repository.find(id, owner);
    if (!document || document.kind !== kindOf(owner)) throw new DocumentNotFoundError();
    return { ...document, lines: await this.repository.lines([id]) };
  }

  /** The owner's totals per month and currency. */
  totals(owner: DocumentOwner) {
    return this.repository.monthlyTotals(owner, kindOf(owner));
  }

  /** What a release paid for: an hourly week's days (or its disputed part's), a retainer's overage hours, or the milestone itself. */
  private async releasedWork(milestone: Milestone, contract: Contract): Promise<ReleasedWork> {
    if (milestone.bonus) return { kind: 'bonus' };
    if (contract.terms.kind === 'hourly' && (milestone.periodStart || milestone.splitFromId)) {
      const days = await this.timesheets.minutesByDay(milestone);
      return { kind: 'hours', days, hourlyRateMinor: contract.terms.hourlyRateMinor ?? 0 };
    }
    if (milestone.overageOfId)
      return { kind: 'overage', title: milestone.title, minutes: milestone.minutesWorked ?? 0 };
    if (milestone.periodStart && milestone.periodEnd) {
      const { periodStart, periodEnd, minutesWorked } = milestone;
      return { kind: 'period', periodStart, periodEnd, minutesWorked };
    }
    return { kind: 'milestone', title: milestone.title };
  }

  /** The business and the VA as the documents name them, from their billing details. */
  private async parties(
    organizationId: string,
    freelancerId: string,
  ): Promise<Record<'payer' | 'payee', DocumentParty>> {
    const [organizations, billing, names, payees, profiles] = await Promise.all([
      this.organizations.byIds([organizationId]),
      this.details.organizations([organizationId]),
      this.users.displayNames([freelancerId]),
      this.details.payees([freelancerId]),
      this.freelancers.profilesWithUser([freelancerId]),
    ]);
    const organization = organizations[0];
    const business = billing.get(organizationId);
    const va = payees.get(freelancerId);
    return {
      payer: {
        name: business?.legalName || organization?.name || '',
        address: business?.address ?? '',
        taxId: business?.vatId ?? '',
        country: organization?.country ?? null,
      },
      payee: {
        name: va?.legalName || names.get(freelancerId) || '',
        address: va?.address ?? '',
        taxId: va?.taxId ?? '',
        country: profiles[0]?.country ?? null,
      },
    };
  }
}

function kindOf(owner: DocumentOwner): DocumentKind {
  return 'organizationId' in owner ? 'invoice' : 'statement';
}
