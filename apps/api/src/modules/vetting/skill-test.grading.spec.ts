import { describe, expect, it } from '@jest/globals';
import { percentOf, pointsFor, rubricProblems } from './skill-test.grading.js';

const choice = { id: 'q1', kind: 'multiple_choice' as const, points: 2, rubric: [], correctOption: 1 };
const task = {
  id: 'q2',
  kind: 'practical' as const,
  points: 1,
  correctOption: null,
  rubric: [
    { criterion: 'Tone', maxPoints: 3 },
    { criterion: 'Accuracy', maxPoints: 5 },
  ],
};

describe('skills test grading', () => {
  it('gives a choice all its points or none', () => {
    expect(pointsFor(choice, { choice: 1 })).toBe(2);
    expect(pointsFor(choice, { choice: 0 })).toBe(0);
    expect(pointsFor(choice, undefined)).toBe(0);
  });

  it('sums a task’s rubric lines and counts unanswered questions as zero', () => {
    expect(
      pointsFor(task, { choice: null }, [
        { criterion: 'Tone', points: 2 },
        { criterion: 'Accuracy', points: 4 },
      ]),
    ).toBe(6);
    expect(percentOf([choice, task], new Map([['q2', 6]]))).toBe(60);
    expect(percentOf([choice, task], new Map())).toBe(0);
  });

  it('wants every rubric line scored once, within its points', () => {
    expect(
      rubricProblems(
        task,
        [
          { criterion: 'Tone', points: 4 },
          { criterion: 'Style', points: 1 },
        ],
        'g',
      ),
    ).toEqual({
      'g.Tone': 'pointsRange',
      'g.Accuracy': 'required',
      'g.Style': 'unknownCriterion',
    });
    expect(
      rubricProblems(
        task,
        [
          { criterion: 'Tone', points: 0 },
          { criterion: 'Accuracy', points: 5 },
        ],
        'g',
      ),
    ).toEqual({});
  });
});
