import { IntlMessageFormat } from 'intl-messageformat';

export const SUPPORTED_LOCALES = ['en', 'tr', 'it', 'fi'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

type Template = { subject: string; body: string };
type TemplateKey =
  | 'passwordReset'
  | 'organizationInvitation'
  | 'opsAccountCreated'
  | 'vettingReturned'
  | 'vettingRejected'
  | 'vettingApproved'
  | 'skillTestAssigned'
  | 'interviewSlotsProposed'
  | 'jobInvitation'
  | 'jobPostExpiring'
  | 'proposalDeclined'
  | 'offerReceived'
  | 'offerAccepted'
  | 'autoReleaseClientReminder'
  | 'autoReleaseFreelancerReminder'
  | 'reviewCycleOpened'
  | 'reviewsRevealed'
  | 'reviewHidden';

/** E-mail texts in ICU message syntax, one catalog per supported locale. */
const catalogs: Record<Locale, Record<TemplateKey, Template>> = {
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
    vettingReturned: {
      subject: 'Your Delegate application needs a change',
      body: 'Hello {name},\n\nOur vetting team reviewed your application and asks for this:\n\n{request}\n\nUpdate your profile and submit it again here:\n\n{link}',
    },
    vettingRejected: {
      subject: 'Your Delegate application',
      body: 'Hello {name},\n\nThank you for applying to Delegate. We cannot accept your application this time.\n\nReason: {reason}\n\nYou can apply again from {reapplyDate}.\n\n{link}',
    },
    vettingApproved: {
      subject: 'You are approved on Delegate',
      body: 'Hello {name},\n\nCongratulations: you passed vetting with a score of {score}. Businesses can now be matched with you, invite you and hire you.\n\n{link}',
    },
    skillTestAssigned: {
      subject: 'Your Delegate skills test: {test}',
      body: 'Hello {name},\n\nThe next step is a timed test: {test} ({minutes} minutes). Start it by {startBy}; the timer runs from the moment you press Start.\n\n{link}',
    },
    interviewSlotsProposed: {
      subject: 'Pick a time for your Delegate interview',
      body: 'Hello {name},\n\nOur team proposed these times for your interview ({timeZone}):\n\n{slots}\n\nPick one here:\n\n{link}',
    },
    jobInvitation: {
      subject: 'You are invited to apply: {job}',
      body: 'Hello {name},\n\nDelegate matched you with a new job, and the business would like your proposal: {job} ({hours} hours a week).\n\nSee why you were matched and send a proposal here:\n\n{link}',
    },
    jobPostExpiring: {
      subject: 'Your job post closes on {date}: {job}',
      body: 'Hello {name},\n\nYour job post "{job}" closes to new proposals on {date}. Renew it to keep it open for another {days} days, or close it if you have hired.\n\n{link}',
    },
    proposalDeclined: {
      subject: 'About your proposal: {job}',
      body: 'Hello {name},\n\nThank you for your proposal for "{job}". The business decided not to go ahead with it{reason, select, budget { because it needs a different budget} skills { because it needs a different mix of skills} availability { because it needs different availability} hired_someone_else { because it has hired someone else} other {}}.\n\nThis says nothing about the quality of your work. New matches keep arriving in your feed:\n\n{link}',
    },
    offerReceived: {
      subject: 'You have an offer: {job}',
      body: 'Hello {name},\n\n{organization} sent you an offer for "{job}". Read the terms and accept or decline it here:\n\n{link}',
    },
    offerAccepted: {
      subject: '{freelancer} accepted your offer: {job}',
      body: 'Hello {name},\n\n{freelancer} accepted your offer for "{job}". The contract is ready:\n\n{link}',
    },
    autoReleaseClientReminder: {
      subject: 'Approve or ask for changes by {date}: {milestone}',
      body: 'Hello {name},\n\n{freelancer} handed in "{milestone}" ({job}). Unless you approve it, ask for changes or open a dispute, the {amount} held in escrow goes to {freelancer} on {date}.\n\n{link}',
    },
    autoReleaseFreelancerReminder: {
      subject: 'Payment due on {date}: {milestone}',
      body: 'Hello {name},\n\n{organization} has not answered your hand-in of "{milestone}" ({job}) yet. Unless they ask for changes or open a dispute, the {amount} held in escrow is released to you on {date}.\n\n{link}',
    },
    reviewCycleOpened: {
      subject: 'How was working with {other}?',
      body: "Hello {name},\n\nYou can now review your work with {other}. Neither of you sees the other's review until both are in, or until {date}; then both are published at once.\n\n{link}",
    },
    reviewsRevealed: {
      subject: 'Your reviews with {other} are published',
      body: 'Hello {name},\n\nThe reviews you and {other} wrote are now visible to both of you. You may answer the one about you, once, in public.\n\n{link}',
    },
    reviewHidden: {
      subject: 'We hid one of your reviews',
      body: "Hello {name},\n\nOur team hid your review of {other} because it breaks the rules for reviews: {reason}\n\nIt no longer counts towards anyone's reputation.\n\n{link}",
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
    vettingReturned: {
      subject: 'Delegate başvurunuzda bir değişiklik gerekiyor',
      body: 'Merhaba {name},\n\nDeğerlendirme ekibimiz başvurunuzu inceledi ve sizden şunu istiyor:\n\n{request}\n\nProfilinizi güncelleyip buradan yeniden gönderin:\n\n{link}',
    },
    vettingRejected: {
      subject: 'Delegate başvurunuz',
      body: "Merhaba {name},\n\nDelegate'e başvurduğunuz için teşekkür ederiz. Başvurunuzu bu sefer kabul edemiyoruz.\n\nGerekçe: {reason}\n\n{reapplyDate} tarihinden itibaren yeniden başvurabilirsiniz.\n\n{link}",
    },
    vettingApproved: {
      subject: "Delegate'te onaylandınız",
      body: 'Merhaba {name},\n\nTebrikler: değerlendirmeyi {score} puanla geçtiniz. İşletmeler artık sizinle eşleşebilir, sizi davet edebilir ve işe alabilir.\n\n{link}',
    },
    skillTestAssigned: {
      subject: 'Delegate beceri testiniz: {test}',
      body: 'Merhaba {name},\n\nSıradaki adım süreli bir test: {test} ({minutes} dakika). Testi {startBy} tarihine kadar başlatın; süre Başlat düğmesine bastığınız anda işlemeye başlar.\n\n{link}',
    },
    interviewSlotsProposed: {
      subject: 'Delegate görüşmeniz için bir zaman seçin',
      body: 'Merhaba {name},\n\nEkibimiz görüşmeniz için şu zamanları önerdi ({timeZone}):\n\n{slots}\n\nBirini buradan seçin:\n\n{link}',
    },
    jobInvitation: {
      subject: 'Başvurmaya davet edildiniz: {job}',
      body: 'Merhaba {name},\n\nDelegate sizi yeni bir işle eşleştirdi ve işletme teklifinizi görmek istiyor: {job} (haftada {hours} saat).\n\nNeden eşleştiğinizi görün ve teklifinizi buradan gönderin:\n\n{link}',
    },
    jobPostExpiring: {
      subject: 'İş ilanınız {date} tarihinde kapanıyor: {job}',
      body: 'Merhaba {name},\n\n"{job}" ilanınız {date} tarihinde yeni tekliflere kapanıyor. {days} gün daha açık kalması için yenileyin ya da işe alım yaptıysanız kapatın.\n\n{link}',
    },
    proposalDeclined: {
      subject: 'Teklifiniz hakkında: {job}',
      body: 'Merhaba {name},\n\n"{job}" için gönderdiğiniz teklif için teşekkürler. İşletme bu teklifle devam etmemeye karar verdi{reason, select, budget {; farklı bir bütçeye ihtiyacı var} skills {; farklı becerilere ihtiyacı var} availability {; farklı bir çalışma düzenine ihtiyacı var} hired_someone_else {; başka birini işe aldı} other {}}.\n\nBu, işinizin kalitesi hakkında bir yargı değildir. Yeni eşleşmeler akışınıza gelmeye devam ediyor:\n\n{link}',
    },
    offerReceived: {
      subject: 'Bir iş teklifiniz var: {job}',
      body: 'Merhaba {name},\n\n{organization}, "{job}" için size bir iş teklifi gönderdi. Koşulları okuyun ve buradan kabul edin ya da reddedin:\n\n{link}',
    },
    offerAccepted: {
      subject: '{freelancer} teklifinizi kabul etti: {job}',
      body: 'Merhaba {name},\n\n{freelancer}, "{job}" için teklifinizi kabul etti. Sözleşme hazır:\n\n{link}',
    },
    autoReleaseClientReminder: {
      subject: '{date} tarihine kadar onaylayın ya da değişiklik isteyin: {milestone}',
      body: 'Merhaba {name},\n\n{freelancer}, "{milestone}" ({job}) işini teslim etti. Onaylamaz, değişiklik istemez ya da itiraz açmazsanız emanette tutulan {amount} {date} tarihinde {freelancer} adlı kişiye ödenir.\n\n{link}',
    },
    autoReleaseFreelancerReminder: {
      subject: 'Ödeme tarihi {date}: {milestone}',
      body: 'Merhaba {name},\n\n{organization}, "{milestone}" ({job}) teslimatınıza henüz yanıt vermedi. Değişiklik istemez ya da itiraz açmazlarsa emanette tutulan {amount} {date} tarihinde size ödenir.\n\n{link}',
    },
    reviewCycleOpened: {
      subject: '{other} ile çalışmak nasıldı?',
      body: 'Merhaba {name},\n\n{other} ile çalışmanızı artık değerlendirebilirsiniz. İkiniz de yazana ya da {date} tarihine kadar kimse diğerinin değerlendirmesini görmez; sonra ikisi birlikte yayımlanır.\n\n{link}',
    },
    reviewsRevealed: {
      subject: '{other} ile değerlendirmeleriniz yayımlandı',
      body: 'Merhaba {name},\n\nSizin ve {other} tarafından yazılan değerlendirmeler artık ikiniz için de görünür. Hakkınızdaki değerlendirmeye bir kez, herkese açık olarak yanıt verebilirsiniz.\n\n{link}',
    },
    reviewHidden: {
      subject: 'Değerlendirmelerinizden birini gizledik',
      body: 'Merhaba {name},\n\nEkibimiz {other} hakkındaki değerlendirmenizi, değerlendirme kurallarına uymadığı için gizledi: {reason}\n\nArtık kimsenin itibarına sayılmıyor.\n\n{link}',
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
    vettingReturned: {
      subject: 'La tua candidatura su Delegate richiede una modifica',
      body: 'Ciao {name},\n\nil nostro team di selezione ha esaminato la tua candidatura e ti chiede questo:\n\n{request}\n\nAggiorna il profilo e inviala di nuovo qui:\n\n{link}',
    },
    vettingRejected: {
      subject: 'La tua candidatura su Delegate',
      body: 'Ciao {name},\n\ngrazie per esserti candidato su Delegate. Questa volta non possiamo accettare la tua candidatura.\n\nMotivo: {reason}\n\nPuoi candidarti di nuovo dal {reapplyDate}.\n\n{link}',
    },
    vettingApproved: {
      subject: 'Sei stato approvato su Delegate',
      body: 'Ciao {name},\n\ncomplimenti: hai superato la selezione con un punteggio di {score}. Ora le aziende possono trovarti, invitarti e assumerti.\n\n{link}',
    },
    skillTestAssigned: {
      subject: 'Il tuo test di competenze su Delegate: {test}',
      body: 'Ciao {name},\n\nil prossimo passo è un test a tempo: {test} ({minutes} minuti). Inizialo entro il {startBy}; il tempo parte quando premi Inizia.\n\n{link}',
    },
    interviewSlotsProposed: {
      subject: 'Scegli un orario per il tuo colloquio su Delegate',
      body: 'Ciao {name},\n\nil nostro team ha proposto questi orari per il colloquio ({timeZone}):\n\n{slots}\n\nScegline uno qui:\n\n{link}',
    },
    jobInvitation: {
      subject: 'Sei invitato a candidarti: {job}',
      body: "Ciao {name},\n\nDelegate ti ha abbinato a un nuovo lavoro e l'azienda vorrebbe la tua proposta: {job} ({hours} ore a settimana).\n\nScopri perché sei stato abbinato e invia una proposta qui:\n\n{link}",
    },
    jobPostExpiring: {
      subject: 'Il tuo annuncio si chiude il {date}: {job}',
      body: 'Ciao {name},\n\nIl tuo annuncio "{job}" non accetterà nuove proposte dal {date}. Rinnovalo per tenerlo aperto altri {days} giorni, oppure chiudilo se hai già assunto.\n\n{link}',
    },
    proposalDeclined: {
      subject: 'La tua proposta: {job}',
      body: 'Ciao {name},\n\ngrazie per la tua proposta per "{job}". L’azienda ha deciso di non proseguire{reason, select, budget {: cerca un budget diverso} skills {: cerca competenze diverse} availability {: cerca una disponibilità diversa} hired_someone_else {: ha già assunto un’altra persona} other {}}.\n\nNon è un giudizio sulla qualità del tuo lavoro. Nuove corrispondenze continuano ad arrivare nel tuo feed:\n\n{link}',
    },
    offerReceived: {
      subject: 'Hai ricevuto un’offerta: {job}',
      body: 'Ciao {name},\n\n{organization} ti ha inviato un’offerta per "{job}". Leggi le condizioni e accettala o rifiutala qui:\n\n{link}',
    },
    offerAccepted: {
      subject: '{freelancer} ha accettato la tua offerta: {job}',
      body: 'Ciao {name},\n\n{freelancer} ha accettato la tua offerta per "{job}". Il contratto è pronto:\n\n{link}',
    },
    autoReleaseClientReminder: {
      subject: 'Approva o chiedi modifiche entro il {date}: {milestone}',
      body: 'Ciao {name},\n\n{freelancer} ha consegnato "{milestone}" ({job}). Se non lo approvi, non chiedi modifiche e non apri una contestazione, i {amount} in deposito passano a {freelancer} il {date}.\n\n{link}',
    },
    autoReleaseFreelancerReminder: {
      subject: 'Pagamento previsto il {date}: {milestone}',
      body: 'Ciao {name},\n\n{organization} non ha ancora risposto alla tua consegna di "{milestone}" ({job}). Se non chiede modifiche e non apre una contestazione, i {amount} in deposito ti vengono versati il {date}.\n\n{link}',
    },
    reviewCycleOpened: {
      subject: "Com'è andato il lavoro con {other}?",
      body: "Ciao {name},\n\nOra puoi recensire il lavoro con {other}. Nessuno dei due vede la recensione dell'altro finché non le avete scritte entrambi, o fino al {date}; poi vengono pubblicate insieme.\n\n{link}",
    },
    reviewsRevealed: {
      subject: 'Le recensioni con {other} sono pubblicate',
      body: 'Ciao {name},\n\nLe recensioni scritte da te e da {other} ora sono visibili a entrambi. Puoi rispondere una volta, in pubblico, a quella che ti riguarda.\n\n{link}',
    },
    reviewHidden: {
      subject: 'Abbiamo nascosto una tua recensione',
      body: 'Ciao {name},\n\nIl nostro team ha nascosto la tua recensione di {other} perché non rispetta le regole delle recensioni: {reason}\n\nNon conta più per la reputazione di nessuno.\n\n{link}',
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
    vettingReturned: {
      subject: 'Delegate-hakemuksesi vaatii muutoksen',
      body: 'Hei {name},\n\nseulontatiimimme kävi hakemuksesi läpi ja pyytää tätä:\n\n{request}\n\nPäivitä profiilisi ja lähetä hakemus uudelleen täällä:\n\n{link}',
    },
    vettingRejected: {
      subject: 'Delegate-hakemuksesi',
      body: 'Hei {name},\n\nkiitos hakemuksestasi Delegateen. Emme voi hyväksyä hakemustasi tällä kertaa.\n\nPerustelu: {reason}\n\nVoit hakea uudelleen {reapplyDate} alkaen.\n\n{link}',
    },
    vettingApproved: {
      subject: 'Sinut on hyväksytty Delegateen',
      body: 'Hei {name},\n\nonneksi olkoon: läpäisit seulonnan pistein {score}. Yritykset voivat nyt löytää sinut, kutsua sinut ja palkata sinut.\n\n{link}',
    },
    skillTestAssigned: {
      subject: 'Delegate-taitotestisi: {test}',
      body: 'Hei {name},\n\nseuraava vaihe on ajastettu testi: {test} ({minutes} minuuttia). Aloita se viimeistään {startBy}; aika alkaa kulua, kun painat Aloita.\n\n{link}',
    },
    interviewSlotsProposed: {
      subject: 'Valitse aika Delegate-haastattelullesi',
      body: 'Hei {name},\n\ntiimimme ehdotti näitä aikoja haastattelullesi ({timeZone}):\n\n{slots}\n\nValitse yksi täällä:\n\n{link}',
    },
    jobInvitation: {
      subject: 'Sinut on kutsuttu hakemaan: {job}',
      body: 'Hei {name},\n\nDelegate löysi sinulle uuden työn, ja yritys toivoo tarjoustasi: {job} ({hours} tuntia viikossa).\n\nKatso, miksi sinut valittiin, ja lähetä tarjous täällä:\n\n{link}',
    },
    jobPostExpiring: {
      subject: 'Työilmoituksesi sulkeutuu {date}: {job}',
      body: 'Hei {name},\n\nTyöilmoituksesi "{job}" sulkeutuu uusilta tarjouksilta {date}. Uusi se, niin se pysyy auki vielä {days} päivää, tai sulje se, jos olet jo palkannut.\n\n{link}',
    },
    proposalDeclined: {
      subject: 'Tarjouksesi: {job}',
      body: 'Hei {name},\n\nkiitos tarjouksestasi työhön "{job}". Yritys päätti olla jatkamatta sen kanssa{reason, select, budget {, koska se tarvitsee toisenlaisen budjetin} skills {, koska se tarvitsee toisenlaisia taitoja} availability {, koska se tarvitsee toisenlaista saatavuutta} hired_someone_else {, koska se palkkasi jo jonkun toisen} other {}}.\n\nTämä ei kerro mitään työsi laadusta. Uusia osumia tulee syötteeseesi jatkuvasti:\n\n{link}',
    },
    offerReceived: {
      subject: 'Sait työtarjouksen: {job}',
      body: 'Hei {name},\n\n{organization} lähetti sinulle työtarjouksen työhön "{job}". Lue ehdot ja hyväksy tai hylkää tarjous täällä:\n\n{link}',
    },
    offerAccepted: {
      subject: '{freelancer} hyväksyi tarjouksesi: {job}',
      body: 'Hei {name},\n\n{freelancer} hyväksyi tarjouksesi työhön "{job}". Sopimus on valmis:\n\n{link}',
    },
    autoReleaseClientReminder: {
      subject: 'Hyväksy tai pyydä muutoksia viimeistään {date}: {milestone}',
      body: 'Hei {name},\n\n{freelancer} luovutti työn "{milestone}" ({job}). Ellet hyväksy sitä, pyydä muutoksia tai avaa riitaa, sulkutilillä oleva {amount} maksetaan henkilölle {freelancer} {date}.\n\n{link}',
    },
    autoReleaseFreelancerReminder: {
      subject: 'Maksu erääntyy {date}: {milestone}',
      body: 'Hei {name},\n\n{organization} ei ole vielä vastannut luovutukseesi "{milestone}" ({job}). Elleivät he pyydä muutoksia tai avaa riitaa, sulkutilillä oleva {amount} maksetaan sinulle {date}.\n\n{link}',
    },
    reviewCycleOpened: {
      subject: 'Millaista oli työskennellä: {other}?',
      body: 'Hei {name},\n\nVoit nyt arvioida yhteistyösi: {other}. Kumpikaan ei näe toisen arviota ennen kuin molemmat ovat kirjoittaneet, tai {date} asti; sitten molemmat julkaistaan yhtä aikaa.\n\n{link}',
    },
    reviewsRevealed: {
      subject: 'Arviot kanssa {other} on julkaistu',
      body: 'Hei {name},\n\nSinun ja osapuolen {other} kirjoittamat arviot näkyvät nyt teille molemmille. Voit vastata sinusta kirjoitettuun arvioon kerran, julkisesti.\n\n{link}',
    },
    reviewHidden: {
      subject: 'Piilotimme yhden arvioistasi',
      body: 'Hei {name},\n\nTiimimme piilotti arviosi kohteesta {other}, koska se rikkoo arvioiden sääntöjä: {reason}\n\nSe ei enää vaikuta kenenkään maineeseen.\n\n{link}',
    },
  },
};

export type TemplateName = keyof (typeof catalogs)['en'];
export const TEMPLATE_NAMES = Object.keys(catalogs.en) as TemplateName[];

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
