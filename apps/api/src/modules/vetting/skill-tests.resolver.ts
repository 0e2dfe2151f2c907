import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { ApplicationsService } from './applications.service.js';
import { MyVettingApplication, VettingApplication } from './dto/application.output.js';
import { SkillTest, SkillTestSummary, TestAnswer } from './dto/skill-test.output.js';
import { AnswerQuestionInput, GradeAttemptInput, SaveSkillTestInput } from './dto/vetting.input.js';
import { SkillTestsService } from './skill-tests.service.js';
import { keyedQuestion, VettingViewsService } from './vetting-views.service.js';

/** The test bank (ops), taking a test (VA) and grading it (ops). */
@Resolver()
export class SkillTestsResolver {
  constructor(
    private readonly tests: SkillTestsService,
    private readonly applications: ApplicationsService,
    private readonly views: VettingViewsService,
  ) {}

  @Allow(Policies.ops)
  @Query(() => [SkillTestSummary])
  async skillTests(
    @Args('skillId', { type: () => ID, nullable: true }) skillId: string | null,
    @Args('includeRetired', { type: () => Boolean, defaultValue: false }) includeRetired: boolean,
  ) {
    const tests = await this.views.testSummaries(
      await this.tests.list({ skillId: skillId ?? undefined, includeRetired }),
    );
    // By skill name, newest first within a skill (the stable sort keeps the list's order).
    return tests.sort((a, b) => a.skill.name.localeCompare(b.skill.name));
  }

  @Allow(Policies.ops)
  @Query(() => SkillTest)
  async skillTest(@Args('id', { type: () => ID }) id: string) {
    return this.toSkillTest(await this.tests.withQuestions(id));
  }

  @Allow(Policies.ops)
  @Mutation(() => SkillTest, {
    description: 'Creates or edits a test; editing a test already taken makes a new version.',
  })
  async saveSkillTest(@CurrentActor() actor: SignedInActor, @Args('input') input: SaveSkillTestInput) {
    const questions = input.questions.map((question) => ({
      ...question,
      correctOption: question.correctOption ?? null,
    }));
    return this.toSkillTest(await this.tests.save({ ...input, questions }, actor.userId));
  }

  @Allow(Policies.ops)
  @Mutation(() => VettingApplication, { description: 'Assigns a chosen test (another skill, or a retake).' })
  async assignSkillTest(
    @CurrentActor() actor: SignedInActor,
    @Args('applicationId', { type: () => ID }) applicationId: string,
    @Args('testId', { type: () => ID }) testId: string,
  ) {
    await this.tests.assign(applicationId, testId, actor.userId);
    return this.views.opsApplication(await this.applications.detail(applicationId));
  }

  @Allow(Policies.ops)
  @Mutation(() => VettingApplication, { description: 'Grades the practical answers against their rubrics.' })
  async gradeSkillTestAttempt(@CurrentActor() actor: SignedInActor, @Args('input') input: GradeAttemptInput) {
    const attempt = await this.tests.gradeByOps(input.attemptId, actor.userId, input.grades);
    return this.views.opsApplication(await this.applications.detail(attempt.applicationId));
  }

  @Allow(Policies.freelancer)
  @Mutation(() => MyVettingApplication, { description: 'Starts the clock (once: starting again keeps the deadline).' })
  async startSkillTest(@CurrentActor() actor: SignedInActor, @Args('attemptId', { type: () => ID }) attemptId: string) {
    await this.tests.start(attemptId, actor.userId);
    return this.views.myApplication(actor.userId);
  }

  @Allow(Policies.freelancer)
  @Mutation(() => TestAnswer, { description: 'Saves one answer; refused after the deadline.' })
  async answerSkillTestQuestion(@CurrentActor() actor: SignedInActor, @Args('input') input: AnswerQuestionInput) {
    await this.tests.answer(input.attemptId, actor.userId, input);
    return { questionId: input.questionId, choice: input.choice ?? null, text: input.text?.trim() ?? null };
  }

  @Allow(Policies.freelancer)
  @Mutation(() => MyVettingApplication, { description: 'Hands the test in.' })
  async submitSkillTest(
    @CurrentActor() actor: SignedInActor,
    @Args('attemptId', { type: () => ID }) attemptId: string,
  ) {
    await this.tests.submit(attemptId, actor.userId);
    return this.views.myApplication(actor.userId);
  }

  private async toSkillTest({
    test,
    questions,
  }: Awaited<ReturnType<SkillTestsService['withQuestions']>>): Promise<SkillTest> {
    const [summary] = await this.views.testSummaries([test]);
    return {
      ...(summary as SkillTestSummary),
      instructions: test.instructions,
      questions: questions.map(keyedQuestion),
    };
  }
}
