import { hasContactDetails } from '../../platform/text/contact-details.js';

/** What a post says, for the checks: every free text a freelancer will read. */
export interface PostText {
  title: string;
  summary: string;
  tasks: string[];
  screeningQuestions: string[];
}

export type QualityWarning = { code: 'missingTasks' } | { code: 'contactDetails'; fields: string[] };

/**
 * Advice before publishing. Contact details are asked for off-platform and are hidden from VAs
 * until a contract exists, so the client is told before the post goes out.
 */
export function qualityWarnings(post: PostText): QualityWarning[] {
  const warnings: QualityWarning[] = [];
  if (post.tasks.filter((task) => task.trim()).length === 0) warnings.push({ code: 'missingTasks' });
  const fields = [
    ...(hasContactDetails(post.title) ? ['title'] : []),
    ...(hasContactDetails(post.summary) ? ['summary'] : []),
    ...post.tasks.flatMap((task, index) => (hasContactDetails(task) ? [`tasks.${index}`] : [])),
    ...post.screeningQuestions.flatMap((question, index) =>
      hasContactDetails(question) ? [`screeningQuestions.${index}`] : [],
    ),
  ];
  if (fields.length) warnings.push({ code: 'contactDetails', fields });
  return warnings;
}
