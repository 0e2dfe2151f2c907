import { IntlMessageFormat } from 'intl-messageformat';

export const SUPPORTED_LOCALES = ['en', 'tr', 'it', 'fi'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

type Template = { subject: string; body: string };

/** E-mail texts in ICU message syntax, one catalog per supported locale. */
const catalogs: Record<Locale, Record<'passwordReset' | 'organizationInvitation' | 'opsAccountCreated', Template>> = {
  en: {
    passwordReset: {
      subject: 'Reset your Delegate password',
      body: 'Hello {name},\n\nSomeone asked to reset the password of your Delegate account. If it was you, open this link within {minutes} minutes:\n\n{link}\n\nIf it was not you, ignore this e-mail; your password stays the same.',
    },
    organizationInvitation: {
      subject: 'Join {organization} on Delegate',
      body: '{inviter} invited you to join {organization} on Delegate as {role}.\n\nAccept the invitation here (valid for {days} days):\n\n{link}',
    },
    opsAccountCreated: {
      subject: 'Your Delegate ops account',
      body: 'Hello {name},\n\nAn ops account was created for you on Delegate. Choose your password with this link within {minutes} minutes:\n\n{link}',
    },
  },
  tr: {
    passwordReset: {
      subject: 'Delegate şifrenizi sıfırlayın',
      body: 'Merhaba {name},\n\nDelegate hesabınızın şifresini sıfırlama isteği aldık. Bu istek sizden geldiyse {minutes} dakika içinde bu bağlantıyı açın:\n\n{link}\n\nSiz istemediyseniz bu e-postayı yok sayın; şifreniz değişmez.',
    },
    organizationInvitation: {
      subject: "Delegate'te {organization} ekibine katılın",
      body: "{inviter} sizi Delegate'te {organization} ekibine {role} olarak davet etti.\n\nDaveti buradan kabul edin ({days} gün geçerlidir):\n\n{link}",
    },
    opsAccountCreated: {
      subject: 'Delegate operasyon hesabınız',
      body: 'Merhaba {name},\n\nDelegate üzerinde sizin için bir operasyon hesabı oluşturuldu. Şifrenizi {minutes} dakika içinde bu bağlantıyla belirleyin:\n\n{link}',
    },
  },
  it: {
    passwordReset: {
      subject: 'Reimposta la tua password di Delegate',
      body: 'Ciao {name},\n\nè stato chiesto di reimpostare la password del tuo account Delegate. Se sei stato tu, apri questo link entro {minutes} minuti:\n\n{link}\n\nSe non sei stato tu, ignora questa e-mail; la password resta invariata.',
    },
    organizationInvitation: {
      subject: 'Unisciti a {organization} su Delegate',
      body: '{inviter} ti ha invitato a unirti a {organization} su Delegate come {role}.\n\nAccetta l’invito qui (valido {days} giorni):\n\n{link}',
    },
    opsAccountCreated: {
      subject: 'Il tuo account operativo Delegate',
      body: 'Ciao {name},\n\nè stato creato per te un account operativo su Delegate. Scegli la password con questo link entro {minutes} minuti:\n\n{link}',
    },
  },
  fi: {
    passwordReset: {
      subject: 'Vaihda Delegate-salasanasi',
      body: 'Hei {name},\n\nDelegate-tilisi salasanan vaihtoa pyydettiin. Jos pyysit sitä itse, avaa tämä linkki {minutes} minuutin kuluessa:\n\n{link}\n\nJos et pyytänyt, voit jättää viestin huomiotta; salasanasi pysyy ennallaan.',
    },
    organizationInvitation: {
      subject: 'Liity organisaatioon {organization} Delegatessa',
      body: '{inviter} kutsui sinut organisaatioon {organization} Delegatessa rooliin {role}.\n\nHyväksy kutsu tästä ({days} päivää voimassa):\n\n{link}',
    },
    opsAccountCreated: {
      subject: 'Delegate-ylläpitotilisi',
      body: 'Hei {name},\n\nSinulle luotiin ylläpitotili Delegateen. Valitse salasanasi tällä linkillä {minutes} minuutin kuluessa:\n\n{link}',
    },
  },
};

export type TemplateName = keyof (typeof catalogs)['en'];

export function renderEmail(
  template: TemplateName,
  locale: string,
  values: Record<string, string | number>,
): { subject: string; text: string } {
  const lang: Locale = (SUPPORTED_LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'en';
  const { subject, body } = catalogs[lang][template];
  return {
    subject: String(new IntlMessageFormat(subject, lang).format(values)),
    text: String(new IntlMessageFormat(body, lang).format(values)),
  };
}
