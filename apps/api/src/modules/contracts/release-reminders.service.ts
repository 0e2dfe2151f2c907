import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { addDays } from 'date-fns';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { UsersService } from '../identity/users.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import type { Delivery } from '../mail/mail.service.js';
import { LedgerService } from '../money/ledger/ledger.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ContractsNotifier } from './contracts.notifier.js';
import { ContractsRepository } from './contracts.repository.js';
import { MilestonesService } from './milestones.service.js';

const REMIND_TASK = 'escrow.remind-auto-release';
const BATCH = 100;

/**
 * Before held money releases itself, both sides hear of it: the member who made the offer (to approve,
 * ask for changes or dispute in time) and the VA (payment is near). Once per auto-release time: work
 * handed in again, or a dispute withdrawn, sets a new time and a new reminder.
 */
@Injectable()
export class ReleaseRemindersService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly milestones: MilestonesService,
    private readonly contracts: ContractsRepository,
    private readonly identity: UsersService,
    private readonly ledger: LedgerService,
    private readonly jobs: JobsService,
    private readonly organizations: OrganizationsService,
    private readonly notifier: ContractsNotifier,
    private readonly background: BackgroundJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.background.register({
      name: REMIND_TASK,
      policy: 'singleton',
      cron: '7 * * * *',
      handler: async () => {
        await this.remindDue();
      },
    });
  }

  /** Reminds both sides of every auto-release within the reminder days; returns how many milestones. */
  async remindDue(now = new Date()): Promise<number> {
    const soon = addDays(now, this.config.escrow.autoReleaseReminderDays);
    let reminded = 0;
    for (const id of await this.milestones.dueForReminder(soon, BATCH)) {
      const deliveries = await this.dataSource.transaction(async (manager) => {
        const locked = await this.milestones.lock(null, id, manager);
        // Read again under the lock: the client may have acted since.
        const releaseAt = locked.milestone.autoReleaseAt;
        if (locked.milestone.status !== 'submitted' || !releaseAt || releaseAt > soon) return [];
        if (locked.milestone.releaseReminderFor?.getTime() === releaseAt.getTime()) return [];
        const { milestone, contract } = locked;
        const [offer, freelancer, money] = [
          await this.contracts.offerOf(contract, manager),
          await this.identity.findUserById(contract.freelancerId, manager),
          (await this.ledger.milestoneMoney([milestone.id], manager)).get(milestone.id),
        ];
        const client = offer && (await this.identity.findUserById(offer.createdBy, manager));
        await this.milestones.markReminded(milestone.id, releaseAt, manager);
        const job = (await this.jobs.posts([contract.jobId], manager)).get(contract.jobId);
        const organization = (await this.organizations.names([contract.organizationId], manager)).get(
          contract.organizationId,
        );
        if (!job || organization === undefined || !freelancer || !client || !money?.heldMinor) return [];
        const release = {
          contractId: contract.id,
          job: job.title,
          milestone: milestone.title,
          organization,
          freelancer: freelancer.displayName,
          heldMinor: money.heldMinor,
          currency: contract.terms.currency,
          releaseAt,
        };
        const sent: Delivery[] = [
          await this.notifier.autoReleaseReminder(client, 'client', release, manager),
          await this.notifier.autoReleaseReminder(freelancer, 'freelancer', release, manager),
        ];
        return sent;
      });
      if (deliveries.length) reminded += 1;
      for (const delivery of deliveries) await delivery.deliver();
    }
    return reminded;
  }
}
