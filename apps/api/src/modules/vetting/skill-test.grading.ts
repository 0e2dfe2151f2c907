import { maxPoints, type SkillTestQuestionEntity } from './entities/skill-test-question.entity.js';

type Question = Pick<SkillTestQuestionEntity, 'id' | 'kind' | 'points' | 'rubric' | 'correctOption'>;

export interface RubricScore {
  criterion: string;
  points: number;
}

/** Points for one answered question: all or nothing for a choice, the sum of the rubric lines for a task. */
export function pointsFor(
  question: Question,
  answer: { choice: number | null } | undefined,
  rubric?: RubricScore[],
): number {
  if (question.kind === 'multiple_choice')
    return answer && answer.choice === question.correctOption ? question.points : 0;
  return (rubric ?? []).reduce((sum, line) => sum + line.points, 0);
}

/** The attempt's result in whole percent of the points the test can give. */
export function percentOf(questions: Question[], awarded: ReadonlyMap<string, number>): number {
  const total = questions.reduce((sum, question) => sum + maxPoints(question), 0);
  if (total === 0) return 0;
  const earned = questions.reduce((sum, question) => sum + (awarded.get(question.id) ?? 0), 0);
  return Math.round((earned / total) * 100);
}

/**
 * Checks ops' rubric scores for a practical task: every rubric line scored once, within
 * 0..maxPoints. Returns the problems keyed by field path (empty when valid).
 */
export function rubricProblems(question: Question, scores: RubricScore[], path: string): Record<string, string> {
  const problems: Record<string, string> = {};
  const byCriterion = new Map(scores.map((score) => [score.criterion, score.points]));
  for (const line of question.rubric) {
    const points = byCriterion.get(line.criterion);
    if (points === undefined) problems[`${path}.${line.criterion}`] = 'required';
    else if (!Number.isInteger(points) || points < 0 || points > line.maxPoints)
      problems[`${path}.${line.criterion}`] = 'pointsRange';
  }
  for (const score of scores) {
    if (!question.rubric.some((line) => line.criterion === score.criterion))
      problems[`${path}.${score.criterion}`] = 'unknownCriterion';
  }
  return problems;
}
