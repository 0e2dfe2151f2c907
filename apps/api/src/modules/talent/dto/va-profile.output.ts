import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsUUID, Length } from 'class-validator';
import { ProfileLanguage, ProfileSkill } from '../../freelancers/dto/freelancer-profile.output.js';
import { Badge } from '../../vetting/dto/application.output.js';

@ObjectType('Money')
export class Money {
  @Field(() => Int)
  amountMinor: number;

  @Field()
  currency: string;
}

@ObjectType('VaProfile', { description: 'An approved VA as businesses see them: no contact details, no references.' })
export class VaProfile {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  headline: string;

  @Field()
  bio: string;

  @Field(() => String, { nullable: true })
  country: string | null;

  @Field()
  timeZone: string;

  @Field(() => Int, { description: "The working day in the VA's time zone, minutes after midnight." })
  workStartMinute: number;

  @Field(() => Int, { description: 'An end at or before the start is on the next day.' })
  workEndMinute: number;

  @Field(() => Int, { description: 'Hours a week the VA offers.' })
  weeklyCapacityHours: number;

  @Field(() => Money, { nullable: true, description: "The VA's hourly rate in their currency." })
  hourlyRate: Money | null;

  @Field(() => Money, {
    nullable: true,
    description: "The hourly rate in the currency asked for, at today's rate; null without one.",
  })
  hourlyRateConverted: Money | null;

  @Field(() => Int, { nullable: true })
  vettingScore: number | null;

  @Field(() => [ProfileSkill])
  skills: ProfileSkill[];

  @Field(() => [Badge], { description: 'Skills proved in a graded Delegate test.' })
  badges: Badge[];

  @Field(() => [ProfileLanguage])
  languages: ProfileLanguage[];
}

@ObjectType('WorkingOverlap', { description: "How much of a working day the VA shares with the business's hours." })
export class WorkingOverlap {
  @Field(() => Int, { description: 'Minutes a day both are working, today (summer time included).' })
  minutes: number;

  @Field({ description: "The business's side: the post's time zone, or the viewer's." })
  timeZone: string;

  @Field(() => Int)
  workStartMinute: number;

  @Field(() => Int)
  workEndMinute: number;

  @Field(() => String, {
    nullable: true,
    description: "The post whose hours were compared; null: the viewer's 09:00–17:00.",
  })
  jobTitle: string | null;
}

@ArgsType()
export class WorkingOverlapArgs {
  @Field(() => ID, { nullable: true, description: "One of the organisation's posts, to compare with its hours." })
  @IsOptional()
  @IsUUID()
  jobId?: string;
}

@ArgsType()
export class VaProfileArgs {
  @Field(() => ID)
  @IsUUID()
  freelancerId: string;

  @Field(() => String, { nullable: true, description: 'ISO 4217: show the rate in this currency too.' })
  @IsOptional()
  @Length(3, 3)
  currency?: string;
}
