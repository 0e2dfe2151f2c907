import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BadUserInputError } from '../../platform/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { VettingStage } from '../freelancers/freelancers.service.js';
import { FreelancersService } from '../freelancers/freelancers.service.js';
import { UsersService } from '../identity/users.service.js';
import type { Delivery } from '../mail/mail.service.js';
import { MatchingService } from '../matching/matching.service.js';
import type { VettingApplicationEntity } from './entities/vetting-application.entity.js';
import type { ScoredCriterion } from './entities/vetting-event.entity.js';
import { SkillTestsService } from './skill-tests.service.js';
import {
  AlreadyAppliedError,
  AlreadyClaimedError,
  ApplicationDecidedError,
  ApplicationIncompleteError,
  ApplicationNotFoundError,
  ApplicationSupersededError,
  ApplicationWithFreelancerError,
  MustHaveNotMetError,
  NotClaimedError,
  ReapplyTooSoonError,
  StageRequirementError,
  WrongStageError,
} from './vetting.errors.js';
import { VettingNotifier } from './vetting.notifier.js';
import { type NewEvent, VettingRepository } from './vetting.repository.js';
import {
  DEFAULT_REAPPLY_DAYS,
  nextStage,
  type PipelineStage,
  STAGE_CRITERIA,
  unmetMustHaves,
  vettingScore,
} from './vetting.rules.js';

const MIN_REFERENCES = 2;
const MIN_BIO_LENGTH = 80;
const DAY_MS = 86_400_000;

export interface ScorecardEntry {
  criterion: string;
  rating: number;
  comment?: string;
}

/**
 * The vetting state machine: a VA submits; ops claim, score and advance each stage, send the
 * application back, reject it or approve it. Every ops step is audited in its own transaction,
 * and the application row is locked so two vetters cannot act on it at once.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: VettingRepository,
    private readonly freelancers: FreelancersService,
    private readonly identity: UsersService,
    private readonly skillTests: SkillTestsService,
    private readonly notifier: VettingNotifier,
    private readonly audit: AuditService,
    private readonly matching: MatchingService,
  ) {}

  // The VA's side

  /** Applies (or resubmits an application ops sent back), after checking the profile is complete. */
  async submit(freelancerId: string, now = new Date()): Promise<VettingApplicationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.freelancers.lockForApplication(freelancerId, manager);
      assertComplete(found);
      const open = await this.repository.findOpenApplication(freelancerId, manager);
      if (open?.status === 'in_review') throw new AlreadyAppliedError();
      if (open) {
        Object.assign(open, { status: 'in_review', stageEnteredAt: now, resumeId: found.profile.resumeId });
        await this.repository.saveApplication(open, manager);
        await this.repository.addEvent(
          { applicationId: open.id, kind: 'resubmitted', stage: open.stage, actorId: freelancerId },
          manager,
        );
        await this.freelancers.setVettingStage(freelancerId, open.stage, manager);
        return open;
      }
      const latest = await this.repository.findLatestApplication(freelancerId, manager);
      if (latest?.reapplyAfter && latest.status === 'rejected' && latest.reapplyAfter > isoDate(now)) {
        throw new ReapplyTooSoonError(latest.reapplyAfter);
      }
      const application = await this.repository.insertApplication(
        {
          freelancerId,
          stage: 'screening',
          status: 'in_review',
          submittedAt: now,
          stageEnteredAt: now,
          resumeId: found.profile.resumeId,
        },
        manager,
      );
      await this.repository.addEvent(
        { applicationId: application.id, kind: 'submitted', stage: 'screening', actorId: freelancerId },
        manager,
      );
      await this.freelancers.setVettingStage(freelancerId, 'screening', manager, null);
      return application;
    });
  }

  // The ops side

  async detail(id: string) {
    const application = await this.repository.findApplication(id);
    if (!application) throw new ApplicationNotFoundError();
    return application;
  }

  async claim(id: string, opsUserId: string, takeOver: boolean, now = new Date()) {
    return this.act(id, opsUserId, { requireClaim: false }, async (application, manager) => {
      if (application.claimedById && application.claimedById !== opsUserId && !takeOver) {
        const holder = await this.identity.findUserById(application.claimedById, manager);
        throw new AlreadyClaimedError(holder?.displayName ?? 'Someone');
      }
      const previous = application.claimedById;
      Object.assign(application, { claimedById: opsUserId, claimedAt: now });
      await this.commitStep(application, manager, {
        event: { kind: 'claimed', stage: application.stage, actorId: opsUserId },
        audit: { action: 'vetting.claim', details: { takeOverFrom: previous !== opsUserId ? previous : null } },
      });
      return { application, deliveries: [] };
    });
  }

  /** Passes the current stage with its scorecard; entering the skills test assigns a matching test. */
  async advance(id: string, opsUserId: string, scorecard: ScorecardEntry[], notes: string, now = new Date()) {
    return this.act(id, opsUserId, { requireClaim: true }, async (application, manager) => {
      const stage = application.stage;
      const next = nextStage(stage);
      if (!next) throw new WrongStageError('an earlier', stage);
      const scored = checkScorecard(stage as Exclude<PipelineStage, 'decision'>, scorecard);
      const unmet = unmetMustHaves(scored);
      if (unmet.length) throw new MustHaveNotMetError(unmet);
      await this.assertStageRequirements(application, now, manager);

      Object.assign(application, { stage: next, stageEnteredAt: now, claimedById: null, claimedAt: null });
      await this.commitStep(application, manager, {
        event: { kind: 'advanced', stage, actorId: opsUserId, scorecard: scored, notes: notes || null },
        profileStage: next,
        audit: { action: 'vetting.advance', details: { from: stage, to: next } },
      });
      const deliveries: Delivery[] = [];
      if (next === 'skills_test') {
        const assigned = await this.skillTests.assignMatching(application, null, now, manager);
        if (assigned) deliveries.push(assigned);
      }
      return { application, deliveries };
    });
  }

  /** Sends the application back to the VA with a request; their profile opens for editing. */
  async sendBack(id: string, opsUserId: string, request: string) {
    return this.act(id, opsUserId, { requireClaim: true }, async (application, manager) => {
      Object.assign(application, { status: 'returned', returnRequest: request, claimedById: null, claimedAt: null });
      await this.commitStep(application, manager, {
        event: { kind: 'returned', stage: application.stage, actorId: opsUserId, message: request },
        profileStage: 'draft',
        audit: { action: 'vetting.return', details: { stage: application.stage } },
      });
      const freelancer = await this.recipient(application.freelancerId, manager);
      return { application, deliveries: [await this.notifier.returned(freelancer, request, manager)] };
    });
  }

  async reject(
    id: string,
    opsUserId: string,
    input: { reason: string; reapplyAfter?: string | null; notes?: string | null },
    now = new Date(),
  ) {
    const reapplyAfter = input.reapplyAfter ?? isoDate(new Date(now.getTime() + DEFAULT_REAPPLY_DAYS * DAY_MS));
    if (reapplyAfter <= isoDate(now)) {
      throw new BadUserInputError('The reapply date must be in the future.', { reapplyAfter: 'mustBeFuture' });
    }
    return this.act(id, opsUserId, { requireClaim: true }, async (application, manager) => {
      Object.assign(application, {
        status: 'rejected',
        rejectionReason: input.reason,
        reapplyAfter,
        decidedAt: now,
        decidedById: opsUserId,
        claimedById: null,
        claimedAt: null,
      });
      await this.commitStep(application, manager, {
        event: {
          kind: 'rejected',
          stage: application.stage,
          actorId: opsUserId,
          message: input.reason,
          notes: input.notes || null,
        },
        profileStage: 'rejected',
        vettingScore: null,
        audit: { action: 'vetting.reject', details: { stage: application.stage, reapplyAfter } },
      });
      const freelancer = await this.recipient(application.freelancerId, manager);
      return {
        application,
        deliveries: [await this.notifier.rejected(freelancer, input.reason, reapplyAfter, manager)],
      };
    });
  }

  /** The final decision: a vetting score from every scorecard and test, and a badge per skill tested and passed. */
  async approve(id: string, opsUserId: string, notes: string, now = new Date()) {
    return this.act(id, opsUserId, { requireClaim: true }, async (application, manager) => {
      if (application.stage !== 'decision') throw new WrongStageError('decision', application.stage);
      const reviews = await this.repository.passedStageReviews(id, manager);
      const passedTests = (await this.skillTests.attemptsOf([id], manager)).filter((attempt) => attempt.passed);
      const score = vettingScore(
        reviews.flatMap((review) => review.scorecard ?? []),
        passedTests.map((attempt) => attempt.scorePercent ?? 0),
      );
      await this.repository.replaceBadges(
        application.freelancerId,
        bestPerSkill(
          passedTests.map((attempt) => ({
            skillId: attempt.test?.skillId ?? '',
            scorePercent: attempt.scorePercent ?? 0,
            awardedAt: now,
          })),
        ),
        manager,
      );
      Object.assign(application, {
        status: 'approved',
        vettingScore: score,
        decidedAt: now,
        decidedById: opsUserId,
        claimedById: null,
        claimedAt: null,
      });
      await this.commitStep(application, manager, {
        event: { kind: 'approved', stage: 'decision', actorId: opsUserId, notes: notes || null },
        profileStage: 'approved',
        vettingScore: score,
        audit: { action: 'vetting.approve', details: { vettingScore: score, badges: passedTests.length } },
      });
      const freelancer = await this.recipient(application.freelancerId, manager);
      return { application, deliveries: [await this.notifier.approved(freelancer, score, manager)] };
    });
  }

  /**
   * Reopens a decided application at the decision stage (ops admins only, with a reason). An
   * approved VA stops being matchable until it is decided again; their badges are withdrawn.
   */
  async reopen(id: string, opsAdminId: string, reason: string, now = new Date()) {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.repository.lockApplication(id, manager);
      if (!application) throw new ApplicationNotFoundError();
      if (application.status !== 'approved' && application.status !== 'rejected') {
        throw new WrongStageError('a decided', application.status);
      }
      if (await this.repository.findOpenApplication(application.freelancerId, manager)) {
        throw new ApplicationSupersededError();
      }
      const previous = application.status;
      Object.assign(application, {
        status: 'in_review',
        stage: 'decision',
        stageEnteredAt: now,
        vettingScore: null,
        decidedAt: null,
        decidedById: null,
        rejectionReason: null,
        reapplyAfter: null,
        claimedById: opsAdminId,
        claimedAt: now,
      });
      await this.repository.replaceBadges(application.freelancerId, [], manager);
      await this.commitStep(application, manager, {
        event: { kind: 'reopened', stage: 'decision', actorId: opsAdminId, notes: reason },
        profileStage: 'decision',
        vettingScore: null,
        audit: { action: 'vetting.reopen', details: { previous, reason } },
      });
      return application;
    });
  }

  /**
   * Writes one ops step: the application row, its history event, the profile's stage (which
   * matching reads) and the audit entry, all in the step's transaction.
   */
  private async commitStep(
    application: VettingApplicationEntity,
    manager: EntityManager,
    step: {
      event: Omit<NewEvent, 'applicationId'> & { actorId: string };
      profileStage?: VettingStage;
      vettingScore?: number | null;
      audit: { action: string; details: Record<string, unknown> };
    },
  ): Promise<void> {
    await this.repository.saveApplication(application, manager);
    await this.repository.addEvent({ applicationId: application.id, ...step.event }, manager);
    if (step.profileStage) {
      await this.freelancers.setVettingStage(application.freelancerId, step.profileStage, manager, step.vettingScore);
      await this.matching.refreshCard(application.freelancerId, manager);
    }
    await this.audit.record(
      {
        actorId: step.event.actorId,
        action: step.audit.action,
        targetType: 'vetting_application',
        targetId: application.id,
        details: step.audit.details,
      },
      manager,
    );
  }

  /**
   * Runs one ops step on a locked application that is still in review (and, for most steps,
   * claimed by the caller), then delivers its e-mails once the transaction has committed.
   */
  private async act(
    id: string,
    opsUserId: string,
    options: { requireClaim: boolean },
    step: (
      application: VettingApplicationEntity,
      manager: EntityManager,
    ) => Promise<{ application: VettingApplicationEntity; deliveries: Delivery[] }>,
  ): Promise<VettingApplicationEntity> {
    const { application, deliveries } = await this.dataSource.transaction(async (manager) => {
      const locked = await this.repository.lockApplication(id, manager);
      if (!locked) throw new ApplicationNotFoundError();
      assertInReview(locked);
      if (options.requireClaim && locked.claimedById !== opsUserId) throw new NotClaimedError();
      return step(locked, manager);
    });
    await Promise.all(deliveries.map((delivery) => delivery.deliver()));
    return application;
  }

  private async assertStageRequirements(application: VettingApplicationEntity, now: Date, manager: EntityManager) {
    if (application.stage === 'skills_test') {
      const attempts = await this.skillTests.attemptsOf([application.id], manager);
      if (!attempts.some((attempt) => attempt.passed)) {
        throw new StageRequirementError('testPassed', 'The VA needs a graded, passed skills test first.');
      }
    }
    if (application.stage === 'interview') {
      const held = (await this.repository.slots(application.id, manager)).some(
        (slot) => slot.bookedAt && slot.startsAt <= now,
      );
      if (!held) throw new StageRequirementError('interviewHeld', 'Score the interview after it has taken place.');
    }
  }

  private async recipient(userId: string, manager: EntityManager) {
    const user = await this.identity.findUserById(userId, manager);
    if (!user) throw new Error(`user ${userId} vanished`);
    return user;
  }
}

function assertInReview(application: VettingApplicationEntity): void {
  if (application.status === 'approved' || application.status === 'rejected') throw new ApplicationDecidedError();
  if (application.status === 'returned') throw new ApplicationWithFreelancerError();
}

type LockedProfile = Awaited<ReturnType<FreelancersService['lockForApplication']>>;

/** Names every missing part of the application at once, so the VA can fix them together. */
function assertComplete(found: LockedProfile): asserts found is NonNullable<LockedProfile> {
  const missing: Record<string, string> = {};
  if (!found) throw new ApplicationIncompleteError({ profile: 'required' });
  const { profile, skills, languages, references } = found;
  if (!profile.headline.trim()) missing.headline = 'required';
  if (profile.bio.trim().length < MIN_BIO_LENGTH) missing.bio = 'tooShort';
  if (profile.hourlyRateMinor === null) missing.hourlyRateMinor = 'required';
  if (profile.weeklyCapacityHours < 1) missing.weeklyCapacityHours = 'required';
  if (!profile.country) missing.country = 'required';
  if (skills.length === 0) missing.skills = 'required';
  if (languages.length === 0) missing.languages = 'required';
  if (references.length < MIN_REFERENCES) missing.references = 'atLeastTwo';
  if (!profile.resumeId) missing.resume = 'required';
  if (Object.keys(missing).length) throw new ApplicationIncompleteError(missing);
}

/** The scorecard must rate exactly the stage's criteria, each from 1 to 4. */
function checkScorecard(stage: Exclude<PipelineStage, 'decision'>, entries: ScorecardEntry[]): ScoredCriterion[] {
  const criteria = STAGE_CRITERIA[stage];
  const fields: Record<string, string> = {};
  const byKey = new Map(entries.map((entry) => [entry.criterion, entry]));
  for (const entry of entries) {
    if (!criteria.some((criterion) => criterion.key === entry.criterion))
      fields[`scorecard.${entry.criterion}`] = 'unknownCriterion';
  }
  const scored = criteria.map((criterion) => {
    const entry = byKey.get(criterion.key);
    if (!entry) fields[`scorecard.${criterion.key}`] = 'required';
    else if (!Number.isInteger(entry.rating) || entry.rating < 1 || entry.rating > 4)
      fields[`scorecard.${criterion.key}`] = 'ratingRange';
    return {
      criterion: criterion.key,
      weight: criterion.weight,
      rating: entry?.rating ?? 0,
      comment: entry?.comment?.trim() ?? '',
    };
  });
  if (Object.keys(fields).length)
    throw new BadUserInputError('Rate every criterion of this stage from 1 to 4.', fields);
  return scored;
}

function bestPerSkill<T extends { skillId: string; scorePercent: number }>(badges: T[]): T[] {
  const best = new Map<string, T>();
  for (const badge of badges) {
    const current = best.get(badge.skillId);
    if (!current || current.scorePercent < badge.scorePercent) best.set(badge.skillId, badge);
  }
  return [...best.values()];
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
