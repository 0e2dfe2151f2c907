/**
 * Contact details in free text: what a business and a VA must not show each other before a contract
 * (so the hire and its payment stay on Delegate). Every repetition is bounded, so a pattern tries at
 * most a few dozen characters from any position and the whole text is scanned in linear time, however
 * long it is and whatever it contains.
 */
const CONTACT_PATTERNS = [
  // E-mail addresses (a local part is at most 64 characters, a domain label 63).
  /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/,
  // Links, and the messengers' short links.
  /\b(?:https?:\/\/|www\.)\S{1,2048}/,
  /\b(?:t|wa|m)\.me\/\S{1,256}/,
  // Bare domains on the common endings ("northwind.com/contact").
  /\b[a-z0-9-]{1,63}\.(?:com|net|org|io|co|me|info|biz|shop|store)\b(?:\/\S{0,256})?/,
  // Phone numbers: 8 to 26 digits and the usual separators, starting and ending with a digit.
  /\+?\d[\d\s().-]{6,24}\d/,
  // Messenger handles and names.
  /(?<![\w.+-])@\w{3,32}/,
  /\b(?:whatsapp|telegram|skype|signal|wechat|viber|discord)\b/,
];

/** One pass over the text for all of them. */
const ANY_CONTACT = new RegExp(CONTACT_PATTERNS.map((pattern) => `(?:${pattern.source})`).join('|'), 'i');
const EVERY_CONTACT = new RegExp(ANY_CONTACT.source, 'gi');

export const HIDDEN = '[hidden]';

export function hasContactDetails(text: string): boolean {
  return ANY_CONTACT.test(text);
}

/** The text with every contact detail replaced by `[hidden]`. */
export function maskContactDetails(text: string): string {
  return text.replace(EVERY_CONTACT, HIDDEN);
}

type Texts = Record<string, string | string[]>;

/**
 * The masked twin of a record's free texts, stored beside them when they are written, so the other
 * side reads it as it is and nothing is masked on the way out.
 */
export function maskTexts<T extends Texts>(texts: T): T {
  return Object.fromEntries(
    Object.entries(texts).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.map(maskContactDetails) : maskContactDetails(value),
    ]),
  ) as T;
}
