import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';

@InputType()
export class MilestoneNoteInput {
  @Field(() => ID)
  @IsUUID()
  milestoneId: string;

  @Field({ description: 'What was handed in, or what should change (1–5,000 characters).' })
  @IsString()
  @Length(1, 5_000)
  message: string;
}

@InputType()
export class SubmitMilestoneInput extends MilestoneNoteInput {
  @Field(() => Float, {
    nullable: true,
    description: 'Retainer periods: the hours worked (required there; unused hours roll over up to the cap).',
  })
  @IsOptional()
  @Min(0)
  @Max(744)
  hoursWorked?: number | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Files uploaded for this milestone (POST /files/hand-ins), at most 10.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  fileIds?: string[] | null;
}

@InputType()
export class ReleaseMilestoneInput {
  @Field(() => ID)
  @IsUUID()
  milestoneId: string;

  @Field(() => Int, { nullable: true, description: 'Part of what is held; all of it when left out.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  amountMinor?: number;
}

@InputType()
export class RefundMilestoneInput {
  @Field(() => ID)
  @IsUUID()
  milestoneId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  amountMinor: number;
}

@InputType()
export class SandboxCardInput {
  @Field(() => ID)
  @IsUUID()
  paymentId: string;

  @Field({ description: "One of the sandbox's test card numbers (4242 4242 4242 4242 pays)." })
  @IsString()
  @Matches(/^[\d ]{12,23}$/)
  cardNumber: string;
}

@InputType()
export class GiveBonusInput {
  @Field(() => ID)
  @IsUUID()
  contractId: string;

  @Field(() => Int, { description: "Minor units of the contract's currency; at least the smallest milestone." })
  @IsInt()
  @Min(1)
  amountMinor: number;

  @Field({ description: 'A word of thanks for the VA (up to 2,000 characters).' })
  @IsString()
  @Length(0, 2_000)
  message: string;
}
