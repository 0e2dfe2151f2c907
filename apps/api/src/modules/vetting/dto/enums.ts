import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import { QUESTION_KINDS } from '../entities/skill-test-question.entity.js';
import { APPLICATION_STATUSES } from '../entities/vetting-application.entity.js';
import { VETTING_EVENT_KINDS } from '../entities/vetting-event.entity.js';
import { CRITERION_WEIGHTS, PIPELINE_STAGES } from '../vetting.rules.js';

export const PipelineStage = enumOf(PIPELINE_STAGES);
export const ApplicationStatus = enumOf(APPLICATION_STATUSES);
export const VettingEventKind = enumOf(VETTING_EVENT_KINDS);
export const CriterionWeight = enumOf(CRITERION_WEIGHTS);
export const QuestionKind = enumOf(QUESTION_KINDS);
export const AttemptStatus = enumOf(['assigned', 'in_progress', 'awaiting_grading', 'graded'] as const);
export const SlaStatus = enumOf(['on_track', 'due_soon', 'overdue'] as const);
export const QueueAssignment = enumOf(['any', 'mine', 'unclaimed'] as const);

registerEnumType(PipelineStage, { name: 'PipelineStage' });
registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });
registerEnumType(VettingEventKind, { name: 'VettingEventKind' });
registerEnumType(CriterionWeight, { name: 'CriterionWeight' });
registerEnumType(QuestionKind, { name: 'QuestionKind' });
registerEnumType(AttemptStatus, { name: 'AttemptStatus' });
registerEnumType(SlaStatus, { name: 'SlaStatus' });
registerEnumType(QueueAssignment, { name: 'QueueAssignment' });
