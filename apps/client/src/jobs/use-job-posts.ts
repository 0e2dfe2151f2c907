import { useMutation, useQuery } from '@apollo/client/react';
import type { JobStatus, SaveJobPostInput } from '../gql/graphql';
import { CloseJobMutation } from './graphql/close-job.mutation';
import { JobEditorQuery } from './graphql/job-editor.query';
import { JobPostsQuery } from './graphql/job-posts.query';
import { PauseJobMutation } from './graphql/pause-job.mutation';
import { PublishJobMutation } from './graphql/publish-job.mutation';
import { ResumeJobMutation } from './graphql/resume-job.mutation';
import { SaveJobMutation } from './graphql/save-job.mutation';

/** The organisation's posts, newest first, of one status or all. */
export function useJobPosts(status: JobStatus | null, offset: number, limit: number) {
  return useQuery(JobPostsQuery, { variables: { status, offset, limit }, fetchPolicy: 'cache-and-network' });
}

/** A post being edited (none for a new one) and the skill catalogue its form picks from. */
export function useJobEditor(id: string | undefined) {
  return useQuery(JobEditorQuery, { variables: { id: id ?? '', load: Boolean(id) }, fetchPolicy: 'network-only' });
}

/** A post's life: saved as a draft, published (after its quality warnings), paused, resumed, closed. */
export function useJobPostActions() {
  const [save, saving] = useMutation(SaveJobMutation);
  const [publish, publishing] = useMutation(PublishJobMutation);
  const [pause] = useMutation(PauseJobMutation);
  const [resume] = useMutation(ResumeJobMutation);
  const [close] = useMutation(CloseJobMutation);
  return {
    save: async (input: SaveJobPostInput) => (await save({ variables: { input } })).data?.saveJobPost,
    saving: saving.loading,
    publish: (id: string, acknowledgeWarnings: boolean) => publish({ variables: { id, acknowledgeWarnings } }),
    publishing: publishing.loading,
    pause: (id: string) => pause({ variables: { id } }),
    resume: (id: string) => resume({ variables: { id } }),
    close: (id: string) => close({ variables: { id } }),
  };
}
