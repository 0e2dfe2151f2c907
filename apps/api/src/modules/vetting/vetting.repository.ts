import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';
import { FreelancerBadgeEntity } from './entities/freelancer-badge.entity.js';
import { InterviewSlotEntity } from './entities/interview-slot.entity.js';
import { type ApplicationStatus, VettingApplicationEntity } from './entities/vetting-application.entity.js';
import { VettingEventEntity } from './entities/vetting-event.entity.js';
import type { PipelineStage } from './vetting.rules.js';

export type NewEvent = Pick<VettingEventEntity, 'applicationId' | 'kind' | 'stage' | 'actorId'> &
  Partial<Pick<VettingEventEntity, 'scorecard' | 'notes' | 'message'>>;

export interface QueueFilter {
  stage?: PipelineStage;
  status: ApplicationStatus;
  /** `mine` and `unclaimed` need the caller's id. */
  assignment: 'any' | 'mine' | 'unclaimed';
  opsUserId: string;
  /** Only these VAs' applications (the ones whose name or e-mail matched a search). */
  freelancerIds?: string[];
}

export interface FunnelCounts {
  stage: PipelineStage;
  status: ApplicationStatus;
  count: number;
}

export interface StageDuration {
  stage: PipelineStage;
  medianHours: number | null;
}

/** All queries of vetting applications, their events, interview slots and badges. */
@Injectable()
export class VettingRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  lockApplication(id: string, manager: EntityManager) {
    return manager
      .getRepository(VettingApplicationEntity)
      .createQueryBuilder('application')
      .setLock('pessimistic_write')
      .where('application.id = :id', { id })
      .getOne();
  }

  findApplication(id: string, manager?: EntityManager) {
    return this.manager(manager).getRepository(VettingApplicationEntity).findOneBy({ id });
  }

  findOpenApplication(freelancerId: string, manager?: EntityManager) {
    return this.manager(manager)
      .getRepository(VettingApplicationEntity)
      .findOne({ where: { freelancerId, status: In(['in_review', 'returned']) } });
  }

  /** The VA's newest application, whatever its status. */
  findLatestApplication(freelancerId: string, manager?: EntityManager) {
    return this.manager(manager)
      .getRepository(VettingApplicationEntity)
      .findOne({ where: { freelancerId }, order: { submittedAt: 'DESC' } });
  }

  insertApplication(fields: Partial<VettingApplicationEntity>, manager: EntityManager) {
    const repository = manager.getRepository(VettingApplicationEntity);
    return repository.save(repository.create(fields));
  }

  saveApplication(application: VettingApplicationEntity, manager: EntityManager) {
    return manager.getRepository(VettingApplicationEntity).save(application);
  }

  async addEvent(event: NewEvent, manager: EntityManager): Promise<void> {
    await manager.getRepository(VettingEventEntity).insert(event);
  }

  events(applicationId: string, manager?: EntityManager) {
    return this.manager(manager)
      .getRepository(VettingEventEntity)
      .find({ where: { applicationId }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }

  /** Scorecards of the stages the application passed, for the final vetting score. */
  passedStageReviews(applicationId: string, manager: EntityManager) {
    return manager
      .getRepository(VettingEventEntity)
      .find({ where: { applicationId, kind: 'advanced', scorecard: Not(IsNull()) } });
  }

  async queue(filter: QueueFilter, page: { offset: number; limit: number }) {
    const [items, totalCount] = await this.queueQuery(filter)
      .orderBy('application.stage_entered_at', 'ASC')
      .addOrderBy('application.id', 'ASC')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { items, totalCount };
  }

  /** The VAs with an application in the queue: a search narrows them by name or e-mail. */
  async queueFreelancerIds(filter: QueueFilter): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.queueQuery(filter)
      .select('application.freelancer_id', 'id')
      .distinct()
      .getRawMany();
    return rows.map(({ id }) => id);
  }

  private queueQuery(filter: QueueFilter) {
    const query = this.dataSource
      .getRepository(VettingApplicationEntity)
      .createQueryBuilder('application')
      .where('application.status = :status', { status: filter.status });
    if (filter.stage) query.andWhere('application.stage = :stage', { stage: filter.stage });
    if (filter.assignment === 'mine') query.andWhere('application.claimed_by_id = :me', { me: filter.opsUserId });
    if (filter.assignment === 'unclaimed') query.andWhere('application.claimed_by_id IS NULL');
    if (filter.freelancerIds) query.andWhere('application.freelancer_id = ANY(:ids)', { ids: filter.freelancerIds });
    return query;
  }

  /** Stage, age and claim of every application in review: the queue summary is computed from these. */
  inReviewAges() {
    return this.dataSource.getRepository(VettingApplicationEntity).find({
      select: { stage: true, stageEnteredAt: true, claimedById: true },
      where: { status: 'in_review' },
    });
  }

  slots(applicationId: string, manager?: EntityManager) {
    return this.manager(manager)
      .getRepository(InterviewSlotEntity)
      .find({ where: { applicationId }, order: { startsAt: 'ASC' } });
  }

  async replaceOpenSlots(
    applicationId: string,
    slots: Array<Pick<InterviewSlotEntity, 'startsAt' | 'durationMinutes' | 'meetingUrl' | 'proposedById'>>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(InterviewSlotEntity).delete({ applicationId, bookedAt: IsNull() });
    await manager.getRepository(InterviewSlotEntity).insert(slots.map((slot) => ({ ...slot, applicationId })));
  }

  lockSlot(id: string, manager: EntityManager) {
    return manager
      .getRepository(InterviewSlotEntity)
      .createQueryBuilder('slot')
      .setLock('pessimistic_write')
      .where('slot.id = :id', { id })
      .getOne();
  }

  async bookSlot(id: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.getRepository(InterviewSlotEntity).update({ id }, { bookedAt: at });
  }

  async replaceBadges(
    userId: string,
    badges: Array<Pick<FreelancerBadgeEntity, 'skillId' | 'scorePercent' | 'awardedAt'>>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(FreelancerBadgeEntity).delete({ userId });
    if (badges.length) {
      await manager.getRepository(FreelancerBadgeEntity).insert(badges.map((badge) => ({ ...badge, userId })));
    }
  }

  badges(userId: string) {
    return this.dataSource
      .getRepository(FreelancerBadgeEntity)
      .find({ where: { userId }, order: { scorePercent: 'DESC' } });
  }

  /** Applications submitted in the period, by where they are now. Stages are linear, so the stage reached says which were entered. */
  async funnelCounts(from: Date, to: Date): Promise<FunnelCounts[]> {
    const rows: Array<{ stage: PipelineStage; status: ApplicationStatus; count: string }> = await this.dataSource.query(
      `SELECT stage, status, count(*) AS count FROM vetting_applications
        WHERE submitted_at >= $1 AND submitted_at < $2 GROUP BY stage, status`,
      [from, to],
    );
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }

  /**
   * Median hours each stage took, for applications submitted in the period: from entering the
   * stage (submission, or passing the stage before it) to leaving it (passed, approved or rejected).
   */
  async medianHoursPerStage(from: Date, to: Date): Promise<StageDuration[]> {
    const rows: Array<{ stage: PipelineStage; median_hours: number | null }> = await this.dataSource.query(
      `WITH applications AS (
         SELECT id FROM vetting_applications WHERE submitted_at >= $1 AND submitted_at < $2
       ), entries AS (
         SELECT e.application_id, CASE WHEN e.kind = 'submitted' THEN e.stage
                                       ELSE (enum_range(e.stage, NULL))[2] END AS stage,
                min(e.occurred_at) AS entered_at
           FROM vetting_events e JOIN applications a ON a.id = e.application_id
          WHERE e.kind IN ('submitted', 'advanced')
          GROUP BY 1, 2
       ), exits AS (
         SELECT e.application_id, e.stage, min(e.occurred_at) AS left_at
           FROM vetting_events e JOIN applications a ON a.id = e.application_id
          WHERE e.kind IN ('advanced', 'approved', 'rejected')
          GROUP BY 1, 2
       )
       SELECT entries.stage,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM exits.left_at - entries.entered_at) / 3600)
                AS median_hours
         FROM entries JOIN exits USING (application_id, stage)
        GROUP BY entries.stage`,
      [from, to],
    );
    return rows.map((row) => ({
      stage: row.stage,
      medianHours: row.median_hours === null ? null : Number(row.median_hours),
    }));
  }

  async medianHoursToDecision(from: Date, to: Date): Promise<number | null> {
    const [row]: Array<{ median_hours: number | null }> = await this.dataSource.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at) / 3600)
              AS median_hours
         FROM vetting_applications
        WHERE submitted_at >= $1 AND submitted_at < $2 AND status IN ('approved', 'rejected')`,
      [from, to],
    );
    return row?.median_hours == null ? null : Number(row.median_hours);
  }
}
