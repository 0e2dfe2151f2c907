export { TimeZoneSelect } from './account/TimeZoneSelect';
export { useViewer } from './account/use-viewer';
export { useApp } from './app-context';
export { ApprovalRequests, type ApprovalRequestView } from './approvals/ApprovalRequests';
export { BillingHistory } from './billing/BillingHistory';
export { DetailsForm } from './billing/DetailsForm';
export { SavedCardPanel } from './billing/SavedCardPanel';
export { ContractEventList, ShareToVaInput } from './contracts/ContractEventList';
export { ContractPage } from './contracts/ContractPage';
export { ContractsPage } from './contracts/ContractsPage';
export { describeTerms } from './contracts/terms';
export { DelegateApp } from './DelegateApp';
export { openConfirmModal } from './dialogs/confirm';
export { describeError } from './errors/describe-error';
export { FormError } from './errors/FormError';
export { useFormSubmit } from './errors/use-form-submit';
export { HttpApiError, uploadFile } from './files/upload-file';
export { WORK_LANGUAGES } from './forms/languages';
export {
  CURRENCIES,
  endsNextDay,
  fromMinor,
  minutesToTime,
  timeToMinutes,
  todayIn,
  toMinor,
  workingHoursValues,
} from './forms/time-of-day';
export { useCountries } from './i18n/countries';
export type { MessageId } from './i18n/I18nProvider';
export type { NavItem } from './layout/AppLayout';
export { ErrorState } from './layout/ErrorState';
export { NotFoundPage } from './layout/NotFoundPage';
export { Pager } from './layout/Pager';
export { MatchReasons } from './matching/MatchReasons';
export { type MatchExplanation, matchReasons } from './matching/match-reasons';
export { JobThread } from './messages/JobThread';
export { describeBudget, formatMoney } from './money/format-money';
export type { PageRoute } from './page-routes';
export { ReputationPage } from './reviews/ReputationPage';
export { ReviewCard, Stars } from './reviews/ReviewCard';
export { SkillName, type SkillRef, useSkillNames } from './skills/skill-name';
export { duration } from './timesheets/duration';
