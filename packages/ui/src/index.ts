export { useViewer } from './account/use-viewer';
export { useApp } from './app-context';
export { DelegateApp } from './DelegateApp';
export { describeError } from './errors/describe-error';
export { useFormSubmit } from './errors/use-form-submit';
export type { MessageId } from './i18n/I18nProvider';
export type { NavItem } from './layout/AppLayout';
export { ErrorState } from './layout/ErrorState';
export { Pager } from './layout/Pager';
