import type { JobStatus } from '../gql/graphql';

export const STATUS_COLOUR: Record<JobStatus, string> = {
  DRAFT: 'gray',
  OPEN: 'teal',
  PAUSED: 'yellow',
  CLOSED: 'dark',
  EXPIRED: 'red',
};
