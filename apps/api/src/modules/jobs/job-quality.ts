/** What a post says, for the checks: every free text a freelancer will read. */
export interface PostText {
  title: string;
  summary: string;
  tasks: string[];
  screeningQuestions: string[];
}

export type QualityWarning = { code: 'missingTasks' } | { code: 'contactDetails'; fields: string[] };

// E-mail addresses, links, phone numbers (7+ digits with the usual separators) and messenger names.
const CONTACT_PATTERNS = [
  /[\w.+-]+@[\w-]+\.[\w.-]+/,
  /\b(?:https?:\/\/|www\.)\S+/i,
  /\+?\d[\d\s().-]{6,}\d/,
  /\b(?:whatsapp|telegram|skype|signal|wechat|viber)\b/i,
];

export function hasContactDetails(text: string): boolean {
  return CONTACT_PATTERNS.some((pattern) => pattern.test(text));
}

const CONTACT_EVERYWHERE = CONTACT_PATTERNS.map((pattern) => new RegExp(pattern.source, `${pattern.flags}g`));

/** The text with every contact detail replaced by `[hidden]`: what a VA reads before a contract. */
export function maskContactDetails(text: string): string {
  return CONTACT_EVERYWHERE.reduce((masked, pattern) => masked.replace(pattern, '[hidden]'), text);
}

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
