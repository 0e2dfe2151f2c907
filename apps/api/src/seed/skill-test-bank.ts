import type { SkillTestSpec } from './factories.js';

const mc = (prompt: string, options: string[], correctOption: number, points = 1) =>
  ({ kind: 'multiple_choice', prompt, options, correctOption, points }) as const;
const task = (prompt: string, rubric: Array<[string, number]>) =>
  ({ kind: 'practical', prompt, rubric: rubric.map(([criterion, maxPoints]) => ({ criterion, maxPoints })) }) as const;

/**
 * The starting test bank: one timed test for each skill businesses most often hand to a VA.
 * Ops edit it in the console; a taken test is versioned, never changed under anyone.
 */
export const SKILL_TEST_BANK: SkillTestSpec[] = [
  {
    skillSlug: 'customer-support',
    title: 'Customer support essentials',
    instructions: 'Answer as you would for a small online shop. The written task is graded by our team.',
    timeLimitMinutes: 25,
    passPercent: 70,
    questions: [
      mc(
        'A customer writes that their parcel arrived broken. What do you do first?',
        [
          'Ask them to contact the carrier',
          'Apologise, ask for a photo and offer a replacement or refund',
          'Explain that shipping damage is not the shop’s fault',
          'Escalate to the owner without replying',
        ],
        1,
        2,
      ),
      mc(
        'What is a good target for the first reply to a support e-mail?',
        ['Within a week', 'Within one business day', 'Within a month', 'Only when the issue is solved'],
        1,
      ),
      mc(
        'A customer is angry and uses capital letters. Which opening fits best?',
        [
          '“Please calm down.”',
          '“As per our policy…”',
          '“I’m sorry this happened; let’s sort it out.”',
          '“Per my last e-mail…”',
        ],
        2,
      ),
      mc(
        'You cannot solve a refund request yourself. What do you tell the customer?',
        [
          'Nothing until it is solved',
          'Who will handle it and by when you will update them',
          'That refunds are not possible',
          'To write again next week',
        ],
        1,
      ),
      task(
        'Reply to this customer: “My order #1042 was supposed to arrive for my sister’s birthday yesterday. Nothing came and nobody answers. I want my money back.” The tracking shows the parcel is at the local depot.',
        [
          ['Empathy and tone', 3],
          ['Accurate next step and timing', 4],
          ['Clear, concise writing', 3],
        ],
      ),
    ],
  },
  {
    skillSlug: 'inbox-management',
    title: 'Inbox and calendar management',
    instructions: 'You manage the inbox and calendar of a busy shop owner.',
    timeLimitMinutes: 20,
    passPercent: 70,
    questions: [
      mc(
        'Which e-mails should stay in the owner’s priority folder?',
        [
          'Newsletters',
          'Messages needing the owner’s own decision or reply',
          'Every message from a customer',
          'Receipts',
        ],
        1,
      ),
      mc(
        'Two meetings clash on the owner’s calendar. What do you do?',
        [
          'Delete the newer one',
          'Ask the owner which matters more, then propose new times to the other party',
          'Accept both',
          'Ignore it',
        ],
        1,
        2,
      ),
      mc(
        'A supplier in New York proposes 9:00 their time; the owner is in Berlin. What time is that for the owner (winter)?',
        ['03:00', '15:00', '09:00', '21:00'],
        1,
      ),
      mc(
        'What is the point of an e-mail template library?',
        [
          'To sound robotic',
          'Consistent, fast replies to frequent questions',
          'To avoid reading e-mails',
          'To replace the owner',
        ],
        1,
      ),
      task(
        'Write the daily summary you would send the owner after clearing an inbox of 60 e-mails: three need their decision (a supplier price rise, a wholesale enquiry, a job applicant), the rest you handled. Keep it scannable.',
        [
          ['Prioritised and scannable', 4],
          ['Decisions clearly asked', 3],
          ['Concise', 3],
        ],
      ),
    ],
  },
  {
    skillSlug: 'data-entry',
    title: 'Data entry accuracy',
    instructions: 'Accuracy matters more than speed.',
    timeLimitMinutes: 20,
    passPercent: 75,
    questions: [
      mc('Which date format sorts correctly as text?', ['31/12/2026', '2026-12-31', '12/31/26', 'Dec 31 2026'], 1),
      mc(
        'A spreadsheet has “ Acme Ltd” and “Acme Ltd”. What is the likely problem?',
        ['A duplicate supplier', 'A leading space', 'Different fonts', 'Nothing'],
        1,
      ),
      mc(
        'How do you find duplicate e-mail addresses in a 5,000-row sheet fastest?',
        [
          'Read every row',
          'Sort or use conditional formatting / COUNTIF on the column',
          'Delete half the rows',
          'Ask the client',
        ],
        1,
      ),
      mc(
        'A product price reads “12,50” in one row and “12.50” in another. What do you do?',
        [
          'Leave both',
          'Normalise to the sheet’s agreed decimal separator and note it',
          'Delete the row',
          'Round to 12',
        ],
        1,
        2,
      ),
      task(
        'Clean these supplier rows and list what you changed: “ACME ltd , acme@ACME.com, +44 20 7946 0958”; “Acme Ltd, acme@acme.com , 020 7946 0958”; “Bolt & Co, sales@bolt.co, N/A”.',
        [
          ['No errors left', 5],
          ['Consistent formats', 3],
          ['Changes explained', 2],
        ],
      ),
    ],
  },
  {
    skillSlug: 'social-media',
    title: 'Social media management',
    instructions: 'You run Instagram and Facebook for a small candle shop.',
    timeLimitMinutes: 25,
    passPercent: 70,
    questions: [
      mc(
        'Which metric best shows whether posts interest the audience?',
        ['Follower count', 'Engagement rate', 'Number of hashtags', 'Posting time'],
        1,
      ),
      mc(
        'A customer complains publicly under a post. What do you do?',
        [
          'Delete the comment',
          'Reply politely in public and move details to a private message',
          'Ignore it',
          'Argue the point',
        ],
        1,
        2,
      ),
      mc(
        'What belongs in a content calendar?',
        ['Only dates', 'Dates, channel, format, copy, visuals and status', 'Competitors’ posts', 'Follower names'],
        1,
      ),
      mc(
        'May you post a photo found on Google Images for the shop?',
        ['Yes, if credited', 'Only with a licence or the owner’s permission', 'Yes, it is public', 'Only on Facebook'],
        1,
      ),
      task(
        'Write an Instagram caption (with hashtags) launching an autumn candle, “Fig & Cedar”, €24, with a call to action.',
        [
          ['On brand and engaging', 4],
          ['Clear call to action', 3],
          ['Sensible hashtags', 2],
        ],
      ),
    ],
  },
  {
    skillSlug: 'bookkeeping',
    title: 'Bookkeeping basics',
    instructions: 'Questions follow double-entry basics; the task uses the shop’s own records.',
    timeLimitMinutes: 30,
    passPercent: 75,
    questions: [
      mc(
        'What does a bank reconciliation compare?',
        ['Sales and costs', 'The bank statement and the books', 'Two bank accounts', 'Invoices and quotes'],
        1,
        2,
      ),
      mc(
        'A customer paid an invoice twice. What is the correct record?',
        ['Extra income', 'A liability (credit owed to the customer) until refunded', 'Ignore it', 'A discount'],
        1,
      ),
      mc(
        'Which document does a supplier send to ask for payment?',
        ['Purchase order', 'Invoice', 'Receipt', 'Quote'],
        1,
      ),
      mc(
        'An invoice is 45 days overdue on 30-day terms. What comes first?',
        ['Write it off', 'A polite reminder with a copy of the invoice', 'Legal action', 'Nothing'],
        1,
      ),
      task(
        'The bank shows €1,260 received; the ledger expects invoices of €600, €450 and €240. Explain the difference and the entries you would make.',
        [
          ['Finds the difference correctly', 4],
          ['Correct entries', 4],
          ['Clear explanation', 2],
        ],
      ),
    ],
  },
  {
    skillSlug: 'shopify-operations',
    title: 'E-commerce store operations (Shopify)',
    instructions: 'You run day-to-day operations of a Shopify store.',
    timeLimitMinutes: 25,
    passPercent: 70,
    questions: [
      mc(
        'An item shows in stock but the warehouse has none. Where do you fix it first?',
        ['Theme settings', 'The product’s inventory quantity', 'The checkout page', 'Shipping zones'],
        1,
      ),
      mc(
        'What is the safest way to change 200 product prices?',
        [
          'Edit one by one',
          'Export the products CSV, edit, re-import after checking a sample',
          'Delete and recreate',
          'Ask customers',
        ],
        1,
        2,
      ),
      mc(
        'An order is flagged high fraud risk. What do you do?',
        [
          'Ship at once',
          'Hold fulfilment and verify with the customer or cancel per the shop’s policy',
          'Refund without asking',
          'Ignore the flag',
        ],
        1,
      ),
      mc(
        'What should a product description lead with?',
        ['Shipping policy', 'The main benefit for the buyer', 'The SKU', 'The supplier'],
        1,
      ),
      task(
        'A customer wants to change the size on order #2210, already paid but not yet fulfilled. List the steps you take in Shopify and the message you send.',
        [
          ['Correct steps in order', 4],
          ['Stock and payment handled', 3],
          ['Clear customer message', 3],
        ],
      ),
    ],
  },
  {
    skillSlug: 'web-research',
    title: 'Web research and lead lists',
    instructions: 'Show how you find and check information.',
    timeLimitMinutes: 25,
    passPercent: 70,
    questions: [
      mc(
        'Which source is most reliable for a company’s registered address in the UK?',
        ['A forum post', 'Companies House', 'An old press release', 'A review site'],
        1,
      ),
      mc(
        'Which search narrows results to one site?',
        ['site:example.com', 'only:example.com', 'url=example.com', '#example.com'],
        0,
      ),
      mc(
        'A lead list needs decision-makers’ e-mails. What must you respect?',
        ['Nothing', 'Data-protection rules and the sites’ terms', 'Only the client’s wishes', 'Only speed'],
        1,
        2,
      ),
      mc(
        'Two sources disagree on a figure. What do you do?',
        ['Pick the higher', 'Check a primary source and note the discrepancy', 'Average them', 'Leave it out silently'],
        1,
      ),
      task(
        'Describe how you would build a list of 30 independent candle shops in Italy with website, city and contact page, and how you would check its quality.',
        [
          ['Sound method and sources', 4],
          ['Quality checks', 3],
          ['Respects privacy and terms', 3],
        ],
      ),
    ],
  },
];
