import { graphql } from '../../gql';

export const MyWeekQuery = graphql(`
  query MyWeek {
    myWeek {
      weekStart
      weekEnd
      hourly {
        contractId
        title
        clientName
        paused
        funded
        minutesIncluded
        minutesLogged
        minutesLeft
      }
      awaitingReview {
        contractId
        title
        clientName
        weekId
        periodStart
        minutesLogged
        releasesAt
      }
      milestonesDue {
        contractId
        title
        clientName
        milestoneId
        milestoneTitle
        dueDate
        status
      }
      offersWaiting
      invitationsWaiting
      availability {
        ...AvailabilityFields
      }
    }
    runningTimer {
      id
      contractId
      startedAt
    }
  }

  fragment AvailabilityFields on Availability {
    weeklyCapacityHours
    committedHours
    freeHours
    leaveFrom
    leaveUntil
    onLeave
  }
`);

export const SetAvailabilityMutation = graphql(`
  mutation SetAvailability($input: AvailabilityInput!) {
    setAvailability(input: $input) {
      ...AvailabilityFields
    }
  }
`);
