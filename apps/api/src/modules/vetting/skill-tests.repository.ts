import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { SkillTestEntity } from './entities/skill-test.entity.js';
import { SkillTestAnswerEntity, SkillTestAttemptEntity } from './entities/skill-test-attempt.entity.js';
import { SkillTestQuestionEntity } from './entities/skill-test-question.entity.js';

export type NewQuestion = Pick<
  SkillTestQuestionEntity,
  'kind' | 'prompt' | 'options' | 'correctOption' | 'points' | 'rubric'
>;
export type TestFields = Pick<
  SkillTestEntity,
  'skillId' | 'title' | 'instructions' | 'timeLimitMinutes' | 'passPercent' | 'active'
>;

/** All queries of the test bank, attempts and answers. */
@Injectable()
export class SkillTestsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async list(filter: { skillId?: string; includeRetired: boolean }) {
    const query = this.dataSource
      .getRepository(SkillTestEntity)
      .createQueryBuilder('test')
      .orderBy('test.created_at', 'DESC');
    if (filter.skillId) query.andWhere('test.skill_id = :skillId', { skillId: filter.skillId });
    if (!filter.includeRetired) query.andWhere('test.active');
    return query.getMany();
  }

  findTest(id: string, manager?: EntityManager) {
    return this.manager(manager).getRepository(SkillTestEntity).findOneBy({ id });
  }

  lockTest(id: string, manager: EntityManager) {
    return manager
      .getRepository(SkillTestEntity)
      .createQueryBuilder('test')
      .setLock('pessimistic_write')
      .where('test.id = :id', { id })
      .getOne();
  }

  questions(testIds: string[], manager?: EntityManager) {
    if (testIds.length === 0) return Promise.resolve([]);
    return this.manager(manager)
      .getRepository(SkillTestQuestionEntity)
      .find({ where: { testId: In(testIds) }, order: { position: 'ASC' } });
  }

  async questionCounts(testIds: string[]): Promise<Map<string, number>> {
    if (testIds.length === 0) return new Map();
    const rows: Array<{ test_id: string; count: string }> = await this.dataSource.query(
      'SELECT test_id, count(*) AS count FROM skill_test_questions WHERE test_id = ANY($1) GROUP BY test_id',
      [testIds],
    );
    return new Map(rows.map((row) => [row.test_id, Number(row.count)]));
  }

  async hasAttempts(testId: string, manager: EntityManager): Promise<boolean> {
    return manager.getRepository(SkillTestAttemptEntity).existsBy({ testId });
  }

  async insertTest(
    fields: TestFields & { replacesId: string | null },
    questions: NewQuestion[],
    manager: EntityManager,
  ) {
    const test = await manager
      .getRepository(SkillTestEntity)
      .save(manager.getRepository(SkillTestEntity).create(fields));
    await this.insertQuestions(test.id, questions, manager);
    return test;
  }

  async updateTest(id: string, fields: TestFields, questions: NewQuestion[], manager: EntityManager): Promise<void> {
    await manager.getRepository(SkillTestEntity).update({ id }, fields);
    await manager.getRepository(SkillTestQuestionEntity).delete({ testId: id });
    await this.insertQuestions(id, questions, manager);
  }

  async retireTest(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(SkillTestEntity).update({ id }, { active: false });
  }

  private async insertQuestions(testId: string, questions: NewQuestion[], manager: EntityManager): Promise<void> {
    if (questions.length === 0) return;
    await manager
      .getRepository(SkillTestQuestionEntity)
      .insert(questions.map((question, position) => ({ ...question, testId, position })));
  }

  /** The newest active test for the first of the given skills that has one. */
  async activeTestForSkills(skillIds: string[], manager: EntityManager): Promise<SkillTestEntity | null> {
    if (skillIds.length === 0) return null;
    const tests = await manager
      .getRepository(SkillTestEntity)
      .find({ where: { skillId: In(skillIds), active: true }, order: { createdAt: 'DESC' } });
    for (const skillId of skillIds) {
      const test = tests.find((candidate) => candidate.skillId === skillId);
      if (test) return test;
    }
    return null;
  }

  insertAttempt(
    fields: Pick<SkillTestAttemptEntity, 'applicationId' | 'testId' | 'freelancerId' | 'assignedAt'>,
    manager: EntityManager,
  ) {
    const repository = manager.getRepository(SkillTestAttemptEntity);
    return repository.save(repository.create(fields));
  }

  async deleteAttempt(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(SkillTestAttemptEntity).delete({ id });
  }

  lockAttempt(id: string, manager: EntityManager) {
    return manager
      .getRepository(SkillTestAttemptEntity)
      .createQueryBuilder('attempt')
      .setLock('pessimistic_write')
      .where('attempt.id = :id', { id })
      .getOne();
  }

  saveAttempt(attempt: SkillTestAttemptEntity, manager: EntityManager) {
    return manager.getRepository(SkillTestAttemptEntity).save(attempt);
  }

  attemptsOfApplications(applicationIds: string[], manager?: EntityManager) {
    if (applicationIds.length === 0) return Promise.resolve([]);
    return this.manager(manager)
      .getRepository(SkillTestAttemptEntity)
      .find({
        where: { applicationId: In(applicationIds) },
        relations: { test: true },
        order: { assignedAt: 'ASC' },
      });
  }

  answers(attemptIds: string[], manager?: EntityManager) {
    if (attemptIds.length === 0) return Promise.resolve([]);
    return this.manager(manager)
      .getRepository(SkillTestAnswerEntity)
      .find({ where: { attemptId: In(attemptIds) } });
  }

  async upsertAnswer(
    answer: Pick<SkillTestAnswerEntity, 'attemptId' | 'questionId' | 'choice' | 'text' | 'answeredAt'>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(SkillTestAnswerEntity).upsert(answer, ['attemptId', 'questionId']);
  }

  /** Records the points of answered questions; unanswered ones simply score nothing. */
  async saveScores(
    scores: Array<Pick<SkillTestAnswerEntity, 'attemptId' | 'questionId' | 'pointsAwarded' | 'rubricScores'>>,
    manager: EntityManager,
  ): Promise<void> {
    for (const { attemptId, questionId, pointsAwarded, rubricScores } of scores) {
      await manager
        .getRepository(SkillTestAnswerEntity)
        .update({ attemptId, questionId }, { pointsAwarded, rubricScores });
    }
  }
}
