import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BadUserInputError } from '../../platform/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { UsersService } from '../identity/users.service.js';
import type { VettingApplicationEntity } from './entities/vetting-application.entity.js';
import {
  ApplicationDecidedError,
  ApplicationNotFoundError,
  ApplicationWithFreelancerError,
  InterviewAlreadyBookedError,
  SlotUnavailableError,
  WrongStageError,
} from './vetting.errors.js';
import { VettingNotifier } from './vetting.notifier.js';
import { VettingRepository } from './vetting.repository.js';

export const MAX_PROPOSED_SLOTS = 10;

/** Ops propose interview times; the VA books one. Instants are stored in UTC and shown in each reader's zone. */
@Injectable()
export class InterviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: VettingRepository,
    private readonly identity: UsersService,
    private readonly notifier: VettingNotifier,
    private readonly audit: AuditService,
  ) {}

  /** Replaces the unbooked proposals with these times. */
  async propose(
    applicationId: string,
    opsUserId: string,
    input: { startTimes: Date[]; durationMinutes: number; meetingUrl: string },
    now = new Date(),
  ) {
    const problems: Record<string, string> = {};
    if (input.startTimes.length === 0 || input.startTimes.length > MAX_PROPOSED_SLOTS) problems.startTimes = 'oneToTen';
    input.startTimes.forEach((start, index) => {
      if (start <= now) problems[`startTimes.${index}`] = 'mustBeFuture';
    });
    if (Object.keys(problems).length) throw new BadUserInputError('Propose between 1 and 10 future times.', problems);

    const delivery = await this.dataSource.transaction(async (manager) => {
      const application = await this.lockInInterview(applicationId, manager);
      if ((await this.repository.slots(applicationId, manager)).some((slot) => slot.bookedAt)) {
        throw new InterviewAlreadyBookedError();
      }
      const startTimes = [...input.startTimes].sort((a, b) => a.getTime() - b.getTime());
      await this.repository.replaceOpenSlots(
        applicationId,
        startTimes.map((startsAt) => ({
          startsAt,
          durationMinutes: input.durationMinutes,
          meetingUrl: input.meetingUrl,
          proposedById: opsUserId,
        })),
        manager,
      );
      await this.repository.addEvent(
        { applicationId, kind: 'interview_proposed', stage: 'interview', actorId: opsUserId },
        manager,
      );
      await this.audit.record(
        {
          actorId: opsUserId,
          action: 'vetting.proposeInterview',
          targetType: 'vetting_application',
          targetId: applicationId,
          details: { slots: startTimes.length },
        },
        manager,
      );
      const freelancer = await this.identity.findUserById(application.freelancerId, manager);
      return freelancer ? this.notifier.interviewProposed(freelancer, startTimes, manager) : null;
    });
    await delivery?.deliver();
    return this.repository.slots(applicationId);
  }

  async book(slotId: string, freelancerId: string, now = new Date()) {
    return this.dataSource.transaction(async (manager) => {
      const slot = await this.repository.lockSlot(slotId, manager);
      const application = slot && (await this.repository.lockApplication(slot.applicationId, manager));
      if (!slot || !application || application.freelancerId !== freelancerId) throw new SlotUnavailableError();
      assertInInterview(application);
      if ((await this.repository.slots(application.id, manager)).some((other) => other.bookedAt)) {
        throw new InterviewAlreadyBookedError();
      }
      if (slot.startsAt <= now) throw new SlotUnavailableError();
      await this.repository.bookSlot(slot.id, now, manager);
      await this.repository.addEvent(
        { applicationId: application.id, kind: 'interview_booked', stage: 'interview', actorId: freelancerId },
        manager,
      );
      return this.repository.slots(application.id, manager);
    });
  }

  private async lockInInterview(applicationId: string, manager: EntityManager) {
    const application = await this.repository.lockApplication(applicationId, manager);
    if (!application) throw new ApplicationNotFoundError();
    assertInInterview(application);
    return application;
  }
}

function assertInInterview(application: VettingApplicationEntity): void {
  if (application.status === 'approved' || application.status === 'rejected') throw new ApplicationDecidedError();
  if (application.status === 'returned') throw new ApplicationWithFreelancerError();
  if (application.stage !== 'interview') throw new WrongStageError('interview', application.stage);
}
