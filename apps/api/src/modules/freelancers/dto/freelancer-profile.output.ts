import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import { CEFR_LEVELS } from '../entities/freelancer-language.entity.js';
import { VETTING_STAGES } from '../entities/freelancer-profile.entity.js';
import { SKILL_LEVELS } from '../entities/freelancer-skill.entity.js';

export const SkillLevel = enumOf(SKILL_LEVELS);
export const CefrLevel = enumOf(CEFR_LEVELS);
export const VettingStage = enumOf(VETTING_STAGES);
registerEnumType(SkillLevel, { name: 'SkillLevel' });
registerEnumType(CefrLevel, { name: 'CefrLevel' });
registerEnumType(VettingStage, { name: 'VettingStage' });

@ObjectType('Skill')
export class Skill {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  category: string;
}

@ObjectType('ProfileSkill')
export class ProfileSkill {
  @Field(() => Skill)
  skill: Skill;

  @Field(() => SkillLevel)
  level: string;

  @Field(() => Int)
  years: number;
}

@ObjectType('ProfileLanguage')
export class ProfileLanguage {
  @Field({ description: 'ISO 639-1 code.' })
  language: string;

  @Field(() => CefrLevel)
  level: string;
}

@ObjectType('WorkHistoryItem')
export class WorkHistoryItem {
  @Field()
  company: string;

  @Field()
  role: string;

  @Field()
  startMonth: string;

  @Field(() => String, { nullable: true })
  endMonth: string | null;

  @Field()
  description: string;
}

@ObjectType('PortfolioLink')
export class PortfolioLink {
  @Field()
  label: string;

  @Field()
  url: string;
}

@ObjectType('Reference', { description: 'Shown to the VA who gave it and to ops, never to clients.' })
export class Reference {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  relationship: string;

  @Field()
  company: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@ObjectType('ResumeFile', { description: 'Download it from `/files/resumes/{id}` (owner and ops only).' })
export class ResumeFile {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field({ description: 'When it was uploaded.' })
  createdAt: Date;
}

@ObjectType('FreelancerProfile', { description: "A VA's profile as the VA sees and edits it." })
export class FreelancerProfile {
  @Field()
  headline: string;

  @Field()
  bio: string;

  @Field(() => Int, { nullable: true, description: 'Hourly rate in minor units of `currency`.' })
  hourlyRateMinor: number | null;

  @Field()
  currency: string;

  @Field(() => Int)
  weeklyCapacityHours: number;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  country: string | null;

  @Field(() => Int, { description: 'Start of working hours, minutes after local midnight.' })
  workStartMinute: number;

  @Field(() => Int)
  workEndMinute: number;

  @Field(() => VettingStage)
  vettingStage: string;

  @Field(() => [ProfileSkill])
  skills: ProfileSkill[];

  @Field(() => [ProfileLanguage])
  languages: ProfileLanguage[];

  @Field(() => [WorkHistoryItem])
  workHistory: WorkHistoryItem[];

  @Field(() => [PortfolioLink])
  portfolioLinks: PortfolioLink[];

  @Field(() => [Reference])
  references: Reference[];

  @Field(() => ResumeFile, { nullable: true })
  resume: ResumeFile | null;

  @Field()
  updatedAt: Date;
}
