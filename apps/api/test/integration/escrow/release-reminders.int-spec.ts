import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { ReleaseRemindersService } from '../../../src/modules/contracts/release-reminders.service.js';
import { contractParties, fixedContract, payIntoEscrow } from '../../support/contracts.js';
import type { GraphqlAgent, TestApp } from '../../support/test-app.js';
import { startTestApp } from '../../support/test-app.js';

const PASSWORD = 'reminders password 1';
const DAY = 86_400_000;
const SUBMIT = 'mutation($input: SubmitMilestoneInput!) { submitMilestone(input: $input) { autoReleaseAt } }';
const CHANGES = 'mutation($input: MilestoneNoteInput!) { requestMilestoneChanges(input: $input) { id } }';

describe('reminders before an auto-release', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let owner: GraphqlAgent;
  let va: GraphqlAgent;
  let reminders: ReleaseRemindersService;
  let skillIds: Record<string, string>;

  const reminderMails = async () =>
    dataSource.query<Array<{ to_address: string; subject: string; body_text: string }>>(
      `SELECT to_address, subject, body_text FROM outbox_emails
       WHERE subject LIKE 'Approve or ask for changes%' OR subject LIKE 'Payment due%' ORDER BY created_at, id`,
    );

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    dataSource = testApp.dataSource;
    ({ owner, va, skillIds } = await contractParties(testApp, PASSWORD));
    reminders = testApp.app.get(ReleaseRemindersService);
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('tells the business and the VA once per release time, three days ahead', async () => {
    const { contractId, milestoneIds } = await fixedContract(owner, va, skillIds, [
      { title: 'Catalogue', amountMinor: 15_000 },
    ]);
    const milestoneId = milestoneIds[0] as string;
    await payIntoEscrow(owner, milestoneId);
    const { submitMilestone } = await va.ok<{ submitMilestone: { autoReleaseAt: string } }>(SUBMIT, {
      input: { milestoneId, message: 'The catalogue is done.' },
    });
    const releaseAt = new Date(submitMilestone.autoReleaseAt).getTime();

    expect(await reminders.remindDue(new Date(releaseAt - 4 * DAY))).toBe(0);
    expect(await reminders.remindDue(new Date(releaseAt - 2 * DAY))).toBe(1);
    expect(await reminders.remindDue(new Date(releaseAt - DAY))).toBe(0);
    // Both e-mails are written in one transaction: tell them apart by who they went to, not by order.
    const [{ client_email, va_email }] = await dataSource.query(
      `SELECT cu.email AS client_email, vu.email AS va_email FROM contracts c
       JOIN offers o ON o.id = c.offer_id JOIN users cu ON cu.id = o.created_by JOIN users vu ON vu.id = c.freelancer_id
       WHERE c.id = $1`,
      [contractId],
    );
    const mails = await reminderMails();
    const client = mails.find((mail) => mail.to_address === client_email);
    const freelancer = mails.find((mail) => mail.to_address === va_email);
    expect(client?.subject).toContain('Approve or ask for changes');
    expect(client?.body_text).toContain('€150.00');
    expect(client?.body_text).toContain(`/contracts/${contractId}`);
    expect(freelancer?.subject).toContain('Payment due');
    expect(freelancer?.body_text).toContain(`/freelancer/contracts/${contractId}`);

    // Sent back and handed in again: a new release time, a new reminder.
    await owner.ok(CHANGES, { input: { milestoneId, message: 'Add the prices, please.' } });
    expect(await reminders.remindDue(new Date(releaseAt + 30 * DAY))).toBe(0);
    const again = await va.ok<{ submitMilestone: { autoReleaseAt: string } }>(SUBMIT, {
      input: { milestoneId, message: 'Prices added.' },
    });
    expect(await reminders.remindDue(new Date(new Date(again.submitMilestone.autoReleaseAt).getTime() - DAY))).toBe(1);
    expect(await reminderMails()).toHaveLength(4);
  });
});
