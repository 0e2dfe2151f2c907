import type { OpenConfirmModal } from '@mantine/modals';

let providerMounted: () => void = () => undefined;
const mounted = new Promise<void>((resolve) => {
  providerMounted = resolve;
});

/** Called once the dialogs' provider listens (`DelegateApp`), which loads beside the first page. */
export function dialogsReady(): void {
  providerMounted();
}

/**
 * Asks before a destructive or money action. Mantine opens dialogs by a window event its provider
 * listens to; the provider loads beside the first page, so someone quick could click before it
 * listens and nothing would open: this waits for it.
 */
export async function openConfirmModal(options: OpenConfirmModal): Promise<void> {
  await mounted;
  const { modals } = await import('@mantine/modals');
  modals.openConfirmModal(options);
}
