import { graphql } from '../gql';

/** An interview time ops offered, as the VA books it and ops follow it. */
export const InterviewSlotFieldsFragment = graphql(`
  fragment InterviewSlotFields on InterviewSlot {
    id
    startsAt
    durationMinutes
    meetingUrl
    bookedAt
  }
`);

/** One line of a practical question's rubric, as the VA reads it and ops grade by it. */
export const RubricLineFieldsFragment = graphql(`
  fragment RubricLineFields on RubricLine {
    criterion
    maxPoints
  }
`);

/** A skill the VA proved in a graded test. */
export const BadgeFieldsFragment = graphql(`
  fragment BadgeFields on Badge {
    skill {
      ...SkillFields
    }
    scorePercent
  }
`);
