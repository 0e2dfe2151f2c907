import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { OrganizationRole } from '../../platform/access/actor.js';
import { shiftDays } from '../../platform/time/local-date.js';
import { ApprovalsService } from '../approvals/approvals.service.js';
import { SavedCardsService } from '../billing/saved-cards.service.js';
import { ContractsService } from '../contracts/contracts.service.js';
import type { Contract } from '../contracts/contracts.types.js';
import { weekEndOf } from '../contracts/hourly-plan.js';
import { UsersService } from '../identity/users.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { MatchingService } from '../matching/matching.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import { TimesheetsService } from '../timesheets/timesheets.service.js';

/** Enough for anyone's home: a VA's or a business's running contracts fit in one page. */
const PAGE = { offset: 0, limit: 100 };

/**
 * What waits for someone, gathered from the features that own it: a VA's week across their
 * clients, and what a business member has to act on. Read only; every item links to where to act.
 */
@Injectable()
export class AgendaService {
  constructor(
    private readonly contracts: ContractsService,
    private readonly timesheets: TimesheetsService,
    private readonly matching: MatchingService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly jobs: JobsService,
    private readonly proposals: ProposalsService,
    private readonly approvals: ApprovalsService,
    private readonly cards: SavedCardsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The VA's week across every client: time against each limit, weeks in review, work due, and what awaits an answer. */
  async vaWeek(freelancerId: string, now = new Date()) {
    const today = now.toISOString().slice(0, 10);
    const weekEnd = weekEndOf(today, this.config.hourly.weekStartsOn);
    const weekStart = shiftDays(weekEnd, -6);
    const active = await this.activeContracts({ freelancerId });
    const names = await this.organizations.names(active.map((contract) => contract.organizationId));
    const titles = await this.titles(active);
    const about = (contract: Contract) => ({
      contractId: contract.id,
      title: titles.get(contract.jobId) ?? '',
      clientName: names.get(contract.organizationId) ?? '',
    });
    const milestones = await this.contracts.milestones(active.map((contract) => contract.id));
    const contractOf = (milestone: { contractId: string }) =>
      active.find((one) => one.id === milestone.contractId) as Contract;
    // Every hourly contract's weeks, with their time, in one query.
    const weeks = milestones.filter(
      (milestone) => milestone.periodStart !== null && contractOf(milestone).terms.kind === 'hourly',
    );
    const summaries = await this.timesheets.summaries(
      weeks.map((week) => ({ week, hourlyRateMinor: contractOf(week).terms.hourlyRateMinor ?? 0 })),
    );
    const hourly = active
      .filter((contract) => contract.terms.kind === 'hourly')
      .map((contract) => {
        const current = weeks.find(
          (week) =>
            week.contractId === contract.id && (week.periodStart ?? '') <= today && today <= (week.periodEnd ?? ''),
        );
        const time = current && summaries.get(current.id);
        return {
          ...about(contract),
          paused: contract.pausedAt !== null,
          weekId: current?.id ?? null,
          funded: current?.status === 'funded',
          minutesIncluded: current?.minutesIncluded ?? (contract.terms.weeklyLimitHours ?? 0) * 60,
          minutesLogged: time?.minutesLogged ?? 0,
          minutesLeft: time?.minutesLeft ?? 0,
        };
      });
    const awaitingReview = weeks
      .filter((week) => week.status === 'submitted')
      .map((week) => ({
        ...about(contractOf(week)),
        weekId: week.id,
        periodStart: week.periodStart as string,
        minutesLogged: summaries.get(week.id)?.minutesLogged ?? 0,
        releasesAt: week.autoReleaseAt,
      }));
    const due = milestones
      .filter((milestone) => ['funded', 'changes_requested'].includes(milestone.status))
      .flatMap((milestone) => {
        const contract = contractOf(milestone);
        if (contract.terms.kind === 'hourly') return [];
        const dueDate = milestone.periodEnd ?? milestone.dueDate;
        if (dueDate === null || dueDate > weekEnd) return [];
        return [
          {
            ...about(contract),
            milestoneId: milestone.id,
            milestoneTitle: milestone.title,
            dueDate,
            status: milestone.status,
          },
        ];
      })
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    const [offers] = await this.contracts.offers({ freelancerId }, PAGE);
    return {
      weekStart,
      weekEnd,
      hourly,
      awaitingReview,
      milestonesDue: due,
      offersWaiting: offers.filter((offer) => offer.status === 'pending').length,
      invitationsWaiting: await this.matching.openInvitations(freelancerId),
      availability: await this.matching.availability(freelancerId, today).catch(() => null),
    };
  }

  /** What a business member has to act on: work to review, weeks and overage to pay, a declined card, proposals, offers, approvals. */
  async clientAgenda(member: { organizationId: string; userId: string; role: OrganizationRole }, now = new Date()) {
    const today = now.toISOString().slice(0, 10);
    const { organizationId } = member;
    const contracts = await this.activeContracts({ organizationId }, true);
    const milestones = await this.contracts.milestones(contracts.map((contract) => contract.id));
    const [vaNames, titles] = await Promise.all([
      this.users.displayNames(contracts.map((contract) => contract.freelancerId)),
      this.titles(contracts),
    ]);
    const about = (contractId: string) => {
      const contract = contracts.find((one) => one.id === contractId) as Contract;
      return { contractId, title: titles.get(contract.jobId) ?? '', vaName: vaNames.get(contract.freelancerId) ?? '' };
    };
    const toReview = milestones
      .filter((milestone) => milestone.status === 'submitted')
      .map((milestone) => ({
        ...about(milestone.contractId),
        milestoneId: milestone.id,
        milestoneTitle: milestone.title,
        periodStart: milestone.periodStart,
        amountMinor: milestone.money.heldMinor,
        releasesAt: milestone.autoReleaseAt,
      }))
      .sort((a, b) => (a.releasesAt?.getTime() ?? 0) - (b.releasesAt?.getTime() ?? 0));
    const toPay = milestones
      .filter((milestone) => {
        const contract = contracts.find((one) => one.id === milestone.contractId) as Contract;
        if (milestone.status !== 'pending') return false;
        // Overage is owed for hours already worked, even once the contract ended; a period once it begins.
        if (milestone.overageOfId) return true;
        return contract.status === 'active' && milestone.periodStart !== null && milestone.periodStart <= today;
      })
      .map((milestone) => ({
        ...about(milestone.contractId),
        milestoneId: milestone.id,
        milestoneTitle: milestone.title,
        periodStart: milestone.periodStart,
        amountMinor: milestone.amountMinor,
      }));
    const openJobs = (await this.jobs.list(organizationId, 'open', PAGE)).items.map(({ job }) => job);
    const unanswered = await this.proposals.unansweredByJob(openJobs.map((job) => job.id));
    const proposals = openJobs
      .filter((job) => (unanswered.get(job.id) ?? 0) > 0)
      .map((job) => ({ jobId: job.id, title: job.title, count: unanswered.get(job.id) ?? 0 }));
    const [offers] = await this.contracts.offers({ organizationId }, PAGE);
    const admin = member.role === 'owner' || member.role === 'admin';
    const [, approvalsWaiting] = await this.approvals.list(
      { organizationId, status: 'pending', ...(admin ? {} : { requestedBy: member.userId }) },
      { offset: 0, limit: 1 },
    );
    const card = await this.cards.current(organizationId);
    return {
      toReview,
      toPay,
      cardDeclined: card?.failedAt ? { failedAt: card.failedAt, message: card.failureMessage } : null,
      proposals,
      offersWaiting: offers.filter((offer) => offer.status === 'pending' || offer.status === 'awaiting_approval')
        .length,
      approvalsWaiting,
    };
  }

  /** A party's contracts that are running (and, for a business, ended ones with work still in review). */
  private async activeContracts(party: { organizationId: string } | { freelancerId: string }, withEnded = false) {
    const [contracts] = await this.contracts.contracts(party, PAGE);
    return contracts.filter((contract) => contract.status === 'active' || withEnded);
  }

  private async titles(contracts: Contract[]): Promise<Map<string, string>> {
    const posts = await this.jobs.posts(contracts.map((contract) => contract.jobId));
    return new Map([...posts].map(([id, post]) => [id, post.title]));
  }
}
