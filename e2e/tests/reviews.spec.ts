import { expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO } from '../support/demo';
import { signIn } from '../support/sign-in';

const CONTRACT = 'Wholesale price list for our bakery supplies';
const BUSINESS = 'Kettle & Crumb Bakery Supplies';
const NEW_POST = 'Order e-mails for our bakery supplies shop';

async function openContract(page: Page): Promise<Locator> {
  await page.getByRole('link', { name: 'Contracts' }).first().click();
  await page.getByRole('link', { name: CONTRACT }).click();
  await expect(page.getByRole('heading', { name: CONTRACT })).toBeVisible();
  return page.locator('#reviews');
}

/** Clicks the `stars`-th star of a labelled star input, as a mouse user does (each star is a radio). */
async function rate(form: Locator, label: string, stars: number) {
  const group = form.getByRole('group', { name: label, exact: true });
  const star = group.getByRole('radio', { name: `${stars} of 5 stars` });
  await group.locator(`label[for="${await star.getAttribute('id')}"]`).click();
  await expect(star).toBeChecked();
}

async function writeReview(reviews: Locator, page: Page, ratings: Record<string, number>, comment: string) {
  for (const [label, stars] of Object.entries(ratings)) await rate(reviews, label, stars);
  await reviews.getByLabel('Public comment').fill(comment);
  await reviews.getByRole('button', { name: 'Send review' }).click();
  const confirm = page.getByRole('dialog', { name: 'Send your review?' });
  await confirm.getByRole('button', { name: 'Send review' }).click();
  await expect(confirm).toBeHidden();
}

/** Another VA's view of the business on its new post, in the search of all open jobs. */
async function newPostSeenBy(va: Page): Promise<Locator> {
  await va.goto('/freelancer/jobs?tab=search');
  await va.getByLabel('Words').fill('bakery supplies');
  const listing = va.getByRole('article', { name: NEW_POST });
  await expect(listing).toContainText(BUSINESS);
  return listing;
}

test('a contract ends; both sides review blind; both are revealed at once; the VA replies; the reputations show on the profile and on the next post', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const maria = await signIn(browser, '/freelancer/', DEMO.freelancer);
  await expect(await newPostSeenBy(maria)).toContainText('New on Delegate');

  // The business ends the contract; the round opens for both sides in the background.
  const client = await signIn(browser, '/', DEMO.reviewsClient);
  let clientReviews = await openContract(client);
  await client.getByRole('button', { name: 'End contract' }).click();
  const end = client.getByRole('dialog', { name: 'End the contract with Kim Nguyen?' });
  await end.getByLabel('Why (shown on the timeline)').fill('The price list is live. Thank you!');
  await end.getByRole('button', { name: 'End contract' }).click();
  await expect(client.getByText('This contract has ended')).toBeVisible();

  const va = await signIn(browser, '/freelancer/', DEMO.reviewsVa);
  let vaReviews = await openContract(va);
  await expect(async () => {
    await va.reload();
    await expect(vaReviews.getByRole('button', { name: 'Send review' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  // The VA writes first and sees only their own review, waiting for the business.
  await writeReview(
    vaReviews,
    va,
    { Overall: 5, 'Clear requirements': 5, Communication: 4, 'Prompt payment and approval': 5 },
    'Clear supplier sheets and paid the day I handed in.',
  );
  await expect(vaReviews.getByText(`Waiting for ${BUSINESS}'s review.`)).toBeVisible();
  await expect(vaReviews.getByTestId('review')).toHaveCount(1);
  await expect(vaReviews.getByText('Not shown to the other side yet')).toBeVisible();

  // The business sees that Kim wrote, but not what, until it writes its own.
  clientReviews = await openContract(client);
  await expect(clientReviews.getByText(/Kim Nguyen has written their review/)).toBeVisible();
  await expect(clientReviews.getByText('Clear supplier sheets')).toHaveCount(0);
  await writeReview(
    clientReviews,
    client,
    { Overall: 5, 'Quality of work': 5, Communication: 5, Reliability: 5, Skills: 4 },
    'Kim priced 300 items without a single error.',
  );
  // Both are published at once.
  await expect(clientReviews.getByText(/Both reviews published/)).toBeVisible();
  await expect(clientReviews.getByText('Clear supplier sheets and paid the day I handed in.')).toBeVisible();

  // The VA reads the business's review and answers it once, in public.
  vaReviews = await openContract(va);
  await expect(vaReviews.getByText('Kim priced 300 items without a single error.')).toBeVisible();
  await vaReviews.getByRole('button', { name: 'Reply' }).click();
  const reply = va.getByRole('dialog', { name: 'Reply to this review' });
  await reply.getByLabel('Your reply').fill('Thank you, Tom! Happy to help with the next list.');
  await reply.getByRole('button', { name: 'Publish reply' }).click();
  await expect(reply).toBeHidden();
  await expect(vaReviews.getByText('Thank you, Tom! Happy to help with the next list.')).toBeVisible();
  await expect(vaReviews.getByRole('button', { name: 'Reply' })).toHaveCount(0);

  // The business finds the review, the reply and Kim's new reputation on her profile.
  await client.getByRole('link', { name: 'Contracts' }).first().click();
  await client
    .getByRole('row', { name: new RegExp(CONTRACT) })
    .getByRole('link', { name: 'Kim Nguyen' })
    .click();
  await expect(client.getByRole('heading', { name: 'Kim Nguyen' })).toBeVisible();
  await expect(client.getByText('1 review, 1 finished contract')).toBeVisible();
  const onProfile = client.getByTestId('review').filter({ hasText: 'Kim priced 300 items' });
  await expect(onProfile).toContainText('Thank you, Tom!');
  await expect(client.getByText(/Shared working hours/)).toBeVisible();

  // Another VA sees the business's rating on its new post.
  const listing = await newPostSeenBy(maria);
  await expect(listing).toContainText('(1 review)');
  await expect(listing).toContainText('Payment verified');
  await listing.getByRole('link', { name: NEW_POST }).click();
  const record = maria.getByRole('region', { name: 'About the business' });
  await expect(record).toContainText(BUSINESS);
  await expect(record).toContainText('from 1 review');
});
