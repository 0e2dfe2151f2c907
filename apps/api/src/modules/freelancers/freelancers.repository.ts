import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CompiledEntity } from '../../platform/database/compiled-entity.js';
import { FreelancerLanguageEntity } from './entities/freelancer-language.entity.js';
import { FreelancerProfileEntity, type VettingStage } from './entities/freelancer-profile.entity.js';
import { FreelancerReferenceEntity } from './entities/freelancer-reference.entity.js';
import { FreelancerSkillEntity } from './entities/freelancer-skill.entity.js';
import { SkillEntity } from './entities/skill.entity.js';

export type ProfileFields = Pick<
  FreelancerProfileEntity,
  | 'headline'
  | 'bio'
  | 'hourlyRateMinor'
  | 'currency'
  | 'weeklyCapacityHours'
  | 'country'
  | 'workStartMinute'
  | 'workEndMinute'
  | 'workHistory'
  | 'portfolioLinks'
>;

export type NewReference = Pick<FreelancerReferenceEntity, 'name' | 'relationship' | 'company' | 'email' | 'phone'>;

/** All reads and writes of VA profiles and the skill catalog. */
@Injectable()
export class FreelancersRepository {
  private readonly compiledProfiles: CompiledEntity<FreelancerProfileEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.compiledProfiles = new CompiledEntity(dataSource, FreelancerProfileEntity);
  }

  skillsByIds(ids: string[], manager: EntityManager = this.dataSource.manager) {
    return ids.length ? manager.getRepository(SkillEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  searchSkills(search: string | undefined) {
    const query = this.dataSource
      .getRepository(SkillEntity)
      .createQueryBuilder('skill')
      .orderBy('skill.category')
      .addOrderBy('skill.name');
    if (search) query.where('skill.name ILIKE :pattern', { pattern: `%${search.replace(/[%_\\]/g, '\\$&')}%` });
    return query.getMany();
  }

  async countSkills(ids: string[], manager: EntityManager): Promise<number> {
    return ids.length === 0 ? 0 : manager.getRepository(SkillEntity).countBy({ id: In(ids) });
  }

  async vettingStage(userId: string) {
    const profile = await this.dataSource
      .getRepository(FreelancerProfileEntity)
      .findOne({ where: { userId }, select: { userId: true, vettingStage: true } });
    return profile?.vettingStage ?? null;
  }

  /** The profile (with its résumé) and its skills (with catalog rows), languages and references: four queries, whatever the counts. */
  async findProfile(userId: string, manager: EntityManager = this.dataSource.manager) {
    const profile = await manager
      .getRepository(FreelancerProfileEntity)
      .findOne({ where: { userId }, relations: { resume: true } });
    if (!profile) return null;
    // One after another: inside a transaction these share a single connection.
    const skills = await manager
      .getRepository(FreelancerSkillEntity)
      .find({ where: { userId }, relations: { skill: true }, order: { years: 'DESC' } });
    const languages = await manager
      .getRepository(FreelancerLanguageEntity)
      .find({ where: { userId }, order: { language: 'ASC' } });
    const references = await manager
      .getRepository(FreelancerReferenceEntity)
      .find({ where: { userId }, order: { position: 'ASC' } });
    return { profile, skills, languages, references };
  }

  /** Profiles of these VAs: one query for any number. */
  async profiles(userIds: string[]): Promise<FreelancerProfileEntity[]> {
    if (userIds.length === 0) return [];
    const select = this.compiledProfiles.select('p');
    return this.compiledProfiles.query(
      `SELECT ${select} FROM freelancer_profiles p WHERE p.user_id = ANY($1::uuid[])`,
      [userIds],
    );
  }

  /** Locks the profile row for the rest of the transaction, so concurrent saves apply one after the other. */
  async setAvailability(
    userId: string,
    availability: Pick<FreelancerProfileEntity, 'weeklyCapacityHours' | 'leaveFrom' | 'leaveUntil'>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(FreelancerProfileEntity).update({ userId }, availability);
  }

  lockProfile(userId: string, manager: EntityManager) {
    return manager
      .getRepository(FreelancerProfileEntity)
      .createQueryBuilder('profile')
      .setLock('pessimistic_write')
      .where('profile.user_id = :userId', { userId })
      .getOne();
  }

  /** The VA's current résumé (a profile is created if the VA uploads before saving one). */
  async attachResume(userId: string, resumeId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(FreelancerProfileEntity).upsert({ userId, resumeId }, ['userId']);
  }

  async updateVetting(
    userId: string,
    vettingStage: VettingStage,
    vettingScore: number | null | undefined,
    manager: EntityManager,
  ): Promise<void> {
    await manager
      .getRepository(FreelancerProfileEntity)
      .update({ userId }, vettingScore === undefined ? { vettingStage } : { vettingStage, vettingScore });
  }

  async saveProfile(
    userId: string,
    fields: ProfileFields,
    skills: Array<Pick<FreelancerSkillEntity, 'skillId' | 'level' | 'years'>>,
    languages: Array<Pick<FreelancerLanguageEntity, 'language' | 'level'>>,
    references: NewReference[],
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(FreelancerProfileEntity).upsert({ userId, ...fields }, ['userId']);
    await manager.getRepository(FreelancerSkillEntity).delete({ userId });
    await manager.getRepository(FreelancerLanguageEntity).delete({ userId });
    await manager.getRepository(FreelancerReferenceEntity).delete({ userId });
    if (skills.length) await manager.getRepository(FreelancerSkillEntity).insert(skills.map((s) => ({ ...s, userId })));
    if (languages.length) {
      await manager.getRepository(FreelancerLanguageEntity).insert(languages.map((l) => ({ ...l, userId })));
    }
    if (references.length) {
      await manager
        .getRepository(FreelancerReferenceEntity)
        .insert(references.map((r, position) => ({ ...r, position, userId })));
    }
  }
}
