import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BadUserInputError } from '../../platform/errors/app-error.js';
import { type User, UsersService } from '../identity/users.service.js';
import type { FreelancerProfile } from './dto/freelancer-profile.output.js';
import type { SaveFreelancerProfileInput, WorkHistoryInput } from './dto/save-freelancer-profile.input.js';
import type { CefrLevel } from './entities/freelancer-language.entity.js';
import type { FreelancerProfileEntity, VettingStage } from './entities/freelancer-profile.entity.js';
import type { SkillLevel } from './entities/freelancer-skill.entity.js';
import type { ResumeEntity } from './entities/resume.entity.js';
import type { SkillEntity } from './entities/skill.entity.js';
import { ProfileLockedError, UnknownSkillError } from './freelancers.errors.js';
import { FreelancersRepository } from './freelancers.repository.js';
import { ResumeRepository } from './resume.repository.js';

export type LoadedProfile = NonNullable<Awaited<ReturnType<FreelancersRepository['findProfile']>>>;

/** Stages in which the VA may change their own profile. */
export const EDITABLE_STAGES: ReadonlySet<string> = new Set(['draft', 'rejected']);

/** VA profiles: the draft a VA builds before applying, and the skill catalog it draws from. */
export { CEFR_LEVELS } from './entities/freelancer-language.entity.js';
export type { VettingStage } from './entities/freelancer-profile.entity.js';
export { SKILL_LEVELS } from './entities/freelancer-skill.entity.js';
/** A VA's profile row and a catalogue skill, as other features read them. */
export type VaProfile = FreelancerProfileEntity;
export type Skill = SkillEntity;
export type Resume = ResumeEntity;

@Injectable()
export class FreelancersService {
  /**
   * Catalogue skills read so far, by id. The catalogue is code (`SKILL_CATALOG`), written only by
   * migrations and the seed, and a skill never changes once written: nothing here goes stale.
   */
  private readonly catalog = new Map<string, Skill>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: FreelancersRepository,
    private readonly users: UsersService,
    private readonly resumes: ResumeRepository,
  ) {}

  skills(search?: string) {
    return this.repository.searchSkills(search?.trim() || undefined);
  }

  profile(userId: string, manager?: EntityManager) {
    return this.repository.findProfile(userId, manager);
  }

  /** VAs' profiles with their accounts, for lists of VAs (candidates, proposals, contracts): one query for any number. */
  async profilesWithUser(userIds: string[]): Promise<Array<VaProfile & { user?: User }>> {
    const [profiles, users] = await Promise.all([this.repository.profiles(userIds), this.users.byIds(userIds)]);
    return profiles.map((profile) => ({ ...profile, user: users.get(profile.userId) }));
  }

  /** Catalogue skills by id (a post's requirements name them). */
  async skillsByIds(ids: string[], manager?: EntityManager): Promise<Map<string, Skill>> {
    const unknown = [...new Set(ids)].filter((id) => !this.catalog.has(id));
    for (const skill of await this.repository.skillsByIds(unknown, manager)) this.catalog.set(skill.id, skill);
    return new Map(ids.flatMap((id) => (this.catalog.has(id) ? [[id, this.catalog.get(id) as Skill]] : [])));
  }

  /** How many of these ids are skills in the catalogue (each must be, for a post or a profile to save). */
  countKnownSkills(ids: string[], manager: EntityManager): Promise<number> {
    return this.repository.countSkills(ids, manager);
  }

  /** An uploaded résumé's details (not its bytes), e.g. the one a vetting application was made with. */
  resume(id: string): Promise<Resume | null> {
    return this.resumes.find(id);
  }

  /** The VA's weekly capacity and leave (the caller refreshes what matching reads, in the same transaction). */
  setAvailability(
    userId: string,
    availability: { weeklyCapacityHours: number; leaveFrom: string | null; leaveUntil: string | null },
    manager: EntityManager,
  ): Promise<void> {
    return this.repository.setAvailability(userId, availability, manager);
  }

  async isApproved(userId: string): Promise<boolean> {
    return (await this.repository.vettingStage(userId)) === 'approved';
  }

  /** The profile locked for the rest of the transaction, with everything an application is judged on. */
  async lockForApplication(userId: string, manager: EntityManager) {
    if (!(await this.repository.lockProfile(userId, manager))) return null;
    return this.repository.findProfile(userId, manager);
  }

  /** Vetting moves the profile along; matching reads `vettingStage` (only `approved` is matchable). */
  setVettingStage(userId: string, stage: VettingStage, manager: EntityManager, vettingScore?: number | null) {
    return this.repository.updateVetting(userId, stage, vettingScore, manager);
  }

  /** The GraphQL view of a loaded profile. */
  toOutput({ profile, skills, languages, references }: LoadedProfile): FreelancerProfile {
    return {
      ...profile,
      resume: profile.resume ?? null,
      skills: skills.flatMap((entry) =>
        entry.skill ? [{ skill: entry.skill, level: entry.level, years: entry.years }] : [],
      ),
      languages: languages.map(({ language, level }) => ({ language, level })),
      references: references.map(({ id, name, relationship, company, email, phone }) => ({
        id,
        name,
        relationship,
        company,
        email,
        phone,
      })),
    };
  }

  /** Saves the whole draft at once (skills and languages replaced), all or nothing. */
  async saveDraft(userId: string, input: SaveFreelancerProfileInput) {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.repository.lockProfile(userId, manager);
      if (current && !EDITABLE_STAGES.has(current.vettingStage)) throw new ProfileLockedError();
      const skillIds = input.skills.map((skill) => skill.skillId);
      if ((await this.repository.countSkills(skillIds, manager)) !== skillIds.length) throw new UnknownSkillError();
      assertRolesEndAfterTheyStart(input.workHistory);
      const { skills, languages, references, workHistory, ...fields } = input;
      await this.repository.saveProfile(
        userId,
        {
          ...fields,
          hourlyRateMinor: fields.hourlyRateMinor ?? null,
          country: fields.country ?? null,
          workHistory: workHistory.map((role) => ({ ...role, endMonth: role.endMonth ?? null })),
        },
        skills.map((skill) => ({ ...skill, level: skill.level as SkillLevel })),
        languages.map((language) => ({ ...language, level: language.level as CefrLevel })),
        references.map((reference) => ({ ...reference, phone: reference.phone ?? null })),
        manager,
      );
      const saved = await this.repository.findProfile(userId, manager);
      if (!saved) throw new Error('profile vanished inside its own transaction');
      return saved;
    });
  }
}

/** `YYYY-MM` strings order correctly as text. */
function assertRolesEndAfterTheyStart(roles: WorkHistoryInput[]): void {
  const fields: Record<string, string> = {};
  roles.forEach((role, index) => {
    if (role.endMonth && role.endMonth < role.startMonth) fields[`workHistory.${index}.endMonth`] = 'endBeforeStart';
  });
  if (Object.keys(fields).length) throw new BadUserInputError('A role ends before it starts.', fields);
}
