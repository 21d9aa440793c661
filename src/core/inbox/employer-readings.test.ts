import { describe, expect, it } from 'vitest';
import { findEmployer } from './employer';
import { addressedPeople, bodyCandidates, subjectCandidates } from './employer-candidates';
import { signatureCandidates } from './employer-signature';
import type { Mailbox } from './mail';

const employer = (sender: Mailbox, subject: string, ...lines: string[]) =>
  findEmployer({ sender, subject, lines });

describe('the writer is never the employer', () => {
  it('reads past a person writing through a job board', () => {
    expect(
      employer(
        { name: 'Marama Ngata via Trade Me Jobs', address: 'no-reply@trademe.example' },
        'New message from Kauri Café Collective about your application',
        'Kia ora Sam,',
        'Thanks so much for applying. Could you come in for a paid trial shift on Friday at 10?',
        'Marama Ngata',
        'Café Manager',
      ),
    ).toBe('Kauri Café Collective');
  });

  it('reads past a person over a shared or no-reply mailbox who signs or introduces themself', () => {
    expect(
      employer(
        { name: 'Lena Brandt', address: 'karriere@holzbau-riedl.example' },
        'Ihre Bewerbung',
        'Hallo Herr Yilmaz,',
        'hier ist Lena aus dem Recruiting-Team.',
        'Wir würden Sie gern zu einem Gespräch einladen.',
        'Viele Grüße',
        'Lena',
        'Holzbau Riedl GmbH · Sägewerkstraße 4 · 83022 Rosenheim',
      ),
    ).toBe('Holzbau Riedl');
    expect(
      employer(
        { name: 'Lucía Ferrer', address: 'no-reply@seleccion-mail.example' },
        'Tu candidatura',
        'Hola Pablo:',
        'Gracias por tu interés en Conservas del Cantábrico.',
        'Hemos decidido seguir con otras candidaturas.',
        'Lucía Ferrer',
        'Responsable de Selección, Conservas del Cantábrico',
      ),
    ).toBe('Conservas del Cantábrico');
  });
});

describe('signature and footer lines made of segments', () => {
  it('reads the segment that carries a legal form among addresses and numbers', () => {
    const sender = { name: 'Recruitment', address: 'no-reply@hr-mailer.example' };
    expect(
      employer(
        sender,
        'Your application',
        'Thank you for applying. We will not take your application further.',
        'Brightwater Foods Ltd | Unit 7, Harbour Road | Cork T12 X9Y2',
      ),
    ).toBe('Brightwater Foods');
    expect(
      employer(
        sender,
        'Søknaden din',
        'Takk for søknaden. Vi har dessverre valgt en annen kandidat.',
        'Fjellvind Energi AS · Strandgaten 12 · 5013 Bergen · Org.nr. 912 345 678',
      ),
    ).toBe('Fjellvind Energi');
    expect(
      employer(
        sender,
        'Twoja aplikacja',
        'Dziękujemy za przesłanie aplikacji.',
        'Mleczarnia Podlaska Sp. z o.o., ul. Lipowa 5, 15-213 Białystok',
      ),
    ).toBe('Mleczarnia Podlaska');
  });

  it('takes a name with a legal form in a sentence as strong evidence', () => {
    expect(
      employer(
        { name: 'Bewerbermanagement', address: 'noreply@jobs-portal.example' },
        'Ihre Bewerbung',
        'Guten Tag Frau Roth,',
        'die Nordlicht Solartechnik GmbH bedankt sich für Ihre Bewerbung.',
      ),
    ).toBe('Nordlicht Solartechnik');
  });

  it('never takes a desk under a title, or a street, for the employer', () => {
    const recruiter = { name: 'Ravi Shah', address: 'ravi@lanternsearch.example' };
    expect(
      employer(
        recruiter,
        'Quick update',
        'Hi Sam, no news yet on the Planner role. I will chase them on Monday.',
        'Ravi Shah',
        'Principal Consultant – Supply Chain & Procurement',
      ),
    ).toBeNull();
    expect(
      employer(
        { name: 'Aurélie Petit', address: 'a.petit@cabinet-petit.example' },
        'Point sur votre candidature',
        'Bonjour Inès, je reviens vers vous dès que possible.',
        'Aurélie Petit',
        'Consultante  Achats & Logistique',
      ),
    ).not.toMatch(/Achats|Logistique/);
    expect(
      employer(
        { name: 'Mandy Okafor', address: 'mandy.okafor@gmail.com' },
        'Re: Kitchen porter',
        'Got your CV, I will ring you on Thursday.',
        'Mandy',
        'The Copper Pot, Quay Street',
      ),
    ).toBe('Copper Pot');
  });
});

describe('Japanese, Chinese and Korean company names', () => {
  it('reads the name a legal form marks and prefers it to a romanised domain', () => {
    expect(
      employer(
        { name: 'さくら電機株式会社 人事部', address: 'saiyo@sakura-denki.example' },
        '選考結果のご連絡',
        '鈴木 一郎 様',
        'このたびはさくら電機株式会社の求人にご応募いただき、ありがとうございました。',
        'さくら電機株式会社 人事部 採用担当',
      ),
    ).toBe('さくら電機');
    expect(
      employer(
        { name: '田中 花子', address: 'h.tanaka@midori-butsuryu.example' },
        '【(株)ミドリ物流】一次面接のご案内',
        '山田 太郎 様',
        '一次面接の日程をご案内いたします。',
        '田中 花子',
      ),
    ).toBe('ミドリ物流');
    expect(
      employer(
        { name: '星河科技有限公司 人力资源部', address: 'hr@xinghe-tech.example' },
        '面试邀请',
        '王先生您好：',
        '感谢您应聘我们的软件工程师职位。',
        '星河科技有限公司 人力资源部',
      ),
    ).toBe('星河科技');
  });
});

describe('company names in other scripts', () => {
  it('reads the company a Japanese, Chinese or Korean writer introduces themself with', () => {
    expect(
      employer(
        { name: '佐藤 健', address: 'k.sato@aozora.example' },
        '面接日程',
        '山田 様',
        'いつもお世話になっております。青空物流の佐藤です。',
        '面接の日程をご連絡いたします。',
        '佐藤 健',
      ),
    ).toBe('青空物流');
    expect(
      employer(
        { name: '李明', address: 'liming@xinghe.example' },
        '面试邀请',
        '您好，',
        '我是星河科技的招聘经理李明。',
        '李明',
      ),
    ).toBe('星河科技');
    expect(
      employer(
        { name: '김민수', address: 'minsu@hanbit.example' },
        '면접 안내',
        '안녕하세요,',
        '한빛소프트 채용 담당 김민수입니다.',
        '김민수 드림',
      ),
    ).toBe('한빛소프트');
  });

  it('takes an office written onto the name, or a legal form of another script, off it', () => {
    expect(
      employer({ name: '星河科技招聘', address: 'hr@xinghe.example' }, '面试通知', '您好，'),
    ).toBe('星河科技');
    expect(
      employer(
        { name: 'ООО «Ромашка»', address: 'hr@romashka.example' },
        'Ваш отклик',
        'Здравствуйте,',
      ),
    ).toBe('Ромашка');
    expect(
      employer({ name: 'שטראוס גיוס', address: 'jobs@strauss.example' }, 'מועמדות', 'שלום,'),
    ).toBe('שטראוס');
  });

  it('does not take a spaced company name for a person without a personal mailbox', () => {
    expect(
      employer({ name: '東洋 精機', address: 'saiyo@toyo-seiki.example' }, '選考結果', '山田 様'),
    ).toBe('東洋 精機');
  });
});

describe('initials and shortened domains', () => {
  it('keeps the spelled-out name an acronym stands for', () => {
    expect(
      employer(
        { name: 'NRTC Careers', address: 'careers-noreply@nrtc.example' },
        'Application received',
        'Your application has been received.',
        'Recruitment Office',
        'Northern Regional Transit Commission',
      ),
    ).toBe('Northern Regional Transit Commission');
    expect(
      employer(
        { name: 'Selección FCV', address: 'seleccion@fcv.example' },
        'Solicitud recibida',
        'Hemos recibido su solicitud.',
        'Ferrocarriles del Centro y Valle S.A.',
      ),
    ).toBe('Ferrocarriles del Centro y Valle');
  });

  it('spells a domain that shortens the last word as the mail writes it', () => {
    expect(
      employer(
        { name: 'Laila Ahmadi', address: 'laila@kunstforeningen-nj.example' },
        'Samtale',
        'Hej Freja, kan du komme til en samtale torsdag kl. 10?',
        'Venlig hilsen fra Kunstforeningen Nordjylland',
      ),
    ).toBe('Kunstforeningen Nordjylland');
  });
});

describe('an agency or a job board reporting the employer', () => {
  it('names the client after the verbs of hearing back, in several languages', () => {
    const agency = (address: string, ...lines: string[]) =>
      employer({ name: 'Priya Nair', address }, 'Update', 'Hi,', ...lines, 'Priya Nair');
    expect(
      agency(
        'priya@lanternsearch.example',
        'I just got off the phone with Ashgrove Housing Trust and they have gone with someone else.',
      ),
    ).toBe('Ashgrove Housing Trust');
    expect(
      agency(
        'priya@bemanningspartner.example',
        'Jag har fått besked från Vinterviken Bygg AB, tyvärr blev det en annan kandidat.',
      ),
    ).toBe('Vinterviken Bygg');
    expect(
      agency(
        'priya@werkpunt.example',
        'Ik heb vanmiddag contact gehad met Gemeente Waterland over je gesprek.',
      ),
    ).toBe('Gemeente Waterland');
    expect(
      agency(
        'priya@cabinet-conseil.example',
        'Suite à votre échange avec la DRH de la Fromagerie Vaudaine, mon client ne donne pas suite.',
      ),
    ).toBe('Fromagerie Vaudaine');
    expect(
      agency(
        'priya@talentwerk-personal.example',
        'ich habe gestern mit der Geschäftsführerin von Brauerei Oberlech gesprochen.',
      ),
    ).toBe('Brauerei Oberlech');
  });

  it('reads "with the Department of X" as an organisation, not a post held there', () => {
    expect(
      employer(
        { name: 'PublicJobs', address: 'noreply@publicjobs.example' },
        'Outcome of your application',
        'Thank you for applying for the Policy Officer position with the Department of Coastal Works.',
        'People Services',
        'Department of Coastal Works',
      ),
    ).toBe('Department of Coastal Works');
  });

  it("reads a job board's status formula and leaves its footer out", () => {
    expect(
      employer(
        { name: 'Lavoro Facile', address: 'notifiche@lavorofacile.example' },
        'Aggiornamento sulla tua candidatura',
        'Ciao Marco,',
        "L'azienda PASTIFICIO MOLISANO S.R.L. ha aggiornato lo stato della tua candidatura.",
        'Stato: non selezionato',
        'Lavoro Facile è un servizio di Gruppo Editoriale Sud S.p.A.',
      ),
    ).toBe('PASTIFICIO MOLISANO');
    expect(
      employer(
        { name: 'Talentora', address: 'updates@talentora.example' },
        'Application status update',
        'Hi Sam,',
        'Kestrel Biologics Ltd has viewed your application for Lab Technician.',
        'Keep your profile up to date to get noticed.',
        'Team Talentora',
        'You are receiving this because you applied to a job on Talentora.com.',
      ),
    ).toBe('Kestrel Biologics');
  });
});

describe('German nouns', () => {
  it('never takes people written for all genders, or a noun after "für", for a company', () => {
    const lines = [
      'Sehr geehrter Herr Becker,',
      'wir haben uns für Kandidatinnen und Kandidaten entschieden, die schon im Einkauf gearbeitet haben.',
      'Die Stelle ist für Berufserfahrene ausgeschrieben.',
      'Mit freundlichen Grüßen',
      'Jonas Pfeiffer',
    ];
    expect(
      employer({ name: 'Jonas Pfeiffer', address: 'jonas.pfeiffer@gmail.com' }, 'Absage', ...lines),
    ).toBeNull();
    expect(
      employer(
        { name: 'Jonas Pfeiffer', address: 'j.pfeiffer@mosel-kellerei.example' },
        'Absage',
        ...lines,
        'Personalabteilung',
        'Mosel-Kellerei Trarbach eG',
      ),
    ).toBe('Mosel-Kellerei Trarbach');
  });
});

describe('services that act for an employer', () => {
  it('reads the organisation a booking or screening service acts for, not the service', () => {
    expect(
      employer(
        { name: 'SlotWise', address: 'bookings@slotwise.example' },
        'Booked: video interview for Halden Marine Engineering',
        'Hi Ama, your slot is confirmed for Tuesday at 10:00.',
        'Reschedule any time from the link in this mail.',
        'Powered by SlotWise',
      ),
    ).toBe('Halden Marine Engineering');
    expect(
      employer(
        { name: 'ClearCheck Screening', address: 'noreply@clearcheck-mail.example' },
        'Action needed: background screening requested by Pinecrest Dairy Co-operative',
        'Please complete your details within five days.',
      ),
    ).toBe('Pinecrest Dairy Co-operative');
  });

  it('keeps the employer when its own system names the person the interview is with', () => {
    expect(
      employer(
        { name: 'Halden Marine Engineering', address: 'careers@haldenmarine.example' },
        'Interview with Joanna Pieterse confirmed',
        'Hi Ama, see you on Tuesday at 10:00.',
      ),
    ).toBe('Halden Marine Engineering');
  });

  it('takes no common noun after a step for a name', () => {
    expect(
      employer(
        { name: 'Bergwerk Sonnhalde AG', address: 'personal@sonnhalde.example' },
        'Einladung',
        'Bitte bestätigen Sie den Termin per E-Mail.',
        'Ihr Ergebnis im Test lag unter dem Wert, den die Kommission festgelegt hat.',
      ),
    ).toBe('Bergwerk Sonnhalde');
  });
});

describe("the employer's own statements", () => {
  it('reads the employer from its equal-opportunity statement in a recruiting system footer', () => {
    expect(
      employer(
        { name: 'Careers', address: 'no-reply@taleo.net' },
        'Lab Technician - 2604471',
        'Thank you for applying for the Lab Technician position.',
        'Talent Acquisition',
        '--',
        'Veldhoven Diagnostics, Inc. is proud to be an equal opportunity employer.',
      ),
    ).toBe('Veldhoven Diagnostics');
  });
});

describe('an agency telling what its client did', () => {
  it('reads the client named in a clause after "that"', () => {
    expect(
      employer(
        { name: 'Orla Breen', address: 'orla@lighthousetalent.example' },
        'Good news!!',
        'Hi Dev,',
        'Thrilled to tell you that Marlowe Analytics have come back with an offer for the data role.',
        'Call me when you can.',
        'Orla Breen | Lighthouse Talent | Data & Analytics',
      ),
    ).toBe('Marlowe Analytics');
  });
});

describe('organisations beside people and services', () => {
  it("reads the organisation in brackets after a person's name in a service's mail", () => {
    expect(
      employer(
        { name: 'Gwen Tallis via SignFlow', address: 'documents@signflow.example' },
        'Gwen Tallis sent you "Contract – Site Engineer" to sign',
        'Gwen Tallis (Tallis Groundworks Ltd) has sent you a document to review and sign.',
        'Open the document to review it.',
      ),
    ).toBe('Tallis Groundworks');
  });

  it('reads the client that says it uses the service', () => {
    expect(
      employer(
        { name: 'RefCheckr', address: 'requests@refcheckr.example' },
        'Ana Lima has named you as a referee',
        'Hi Tom,',
        'Ana Lima has applied for a role at Greyfriars Bakery Co. Greyfriars Bakery Co uses RefCheckr to gather references.',
      ),
    ).toBe('Greyfriars Bakery');
  });

  it("reads a personnel office's name in Vietnamese or Indonesian as an office, not the employer", () => {
    expect(
      employer(
        { name: 'Phòng Nhân sự – Minh Châu Foods', address: 'tuyendung@minhchaufoods.example' },
        'Thư mời phỏng vấn',
        'Kính gửi anh Long,',
        'Trân trọng,',
      ),
    ).toBe('Minh Châu Foods');
  });
});

describe('references are not names', () => {
  it('never takes a requisition number for the employer', () => {
    expect(
      employer(
        { name: 'Talent Acquisition', address: 'no-reply@myworkday.com' },
        'Update on your application - JR-118204',
        'Thank you for the time you put into your application for the role of Claims Handler (JR-118204).',
        'On this occasion we will not be taking your application further.',
      ),
    ).toBeNull();
  });
});

describe("a job board passing on an employer's message", () => {
  it('reads the employer that sent the message, not the board', () => {
    expect(
      employer(
        { name: 'Indeed', address: 'donotreply@indeed.com' },
        'Hollybank Garden Centres sent you a message',
        'Message from Hollybank Garden Centres',
        'Regarding: Weekend Sales Assistant',
        'Thanks for applying. We have filled this position.',
        'You can reply to this message on Indeed.',
      ),
    ).toBe('Hollybank Garden Centres');
  });
});

describe('brands that begin with a greeting', () => {
  it("reads a sender's display name that starts with a greeting word as a name", () => {
    expect(
      employer(
        { name: 'Hola Verde', address: 'no-reply@crewtailor-mail.example' },
        'Tu candidatura para Analista de Datos',
        'Gracias por tu interés. Hemos decidido seguir con otras candidaturas.',
      ),
    ).toBe('Hola Verde');
  });
});

describe('job boards of many countries', () => {
  it('never takes Naukri, Bayt or JobStreet for the employer', () => {
    const boards: [string, string][] = [
      ['Naukri.com', 'noreply@naukri.com'],
      ['Bayt.com', 'no-reply@bayt.com'],
      ['JobStreet', 'noreply@jobstreet.com'],
    ];
    for (const [name, address] of boards)
      expect(
        employer(
          { name, address },
          'Application sent: Site Engineer at Saffron Crest Logistics Ltd',
          'Your application has been sent. Track it in your account.',
        ),
      ).toBe('Saffron Crest Logistics');
  });
});

describe('a display name that joins the client and the agency', () => {
  it('takes the client, whichever side of the bar it stands', () => {
    expect(
      employer(
        { name: 'Maré Alta Pescados | Farol Recrutamento', address: 'naoresponda@farolrh.example' },
        'Retorno do processo seletivo',
        'Olá Ana,',
        'Agradecemos sua participação. Infelizmente, seguimos com outro perfil.',
      ),
    ).toBe('Maré Alta Pescados');
    expect(
      employer(
        { name: 'Kestrel Search – Holloway Brewing Co', address: 'updates@kestrelsearch.example' },
        'Your application',
        'Hi Sam,',
        'Thank you for your time. The client has decided not to take your application further.',
      ),
    ).toBe('Holloway Brewing');
  });

  it('reads a no-reply mailbox in other languages as no person’s', () => {
    expect(
      employer(
        { name: 'Pedra Azul Calçados', address: 'nao-responda@envio-vagas.example' },
        'Sua candidatura',
        'Olá,',
        'Recebemos sua candidatura.',
      ),
    ).toBe('Pedra Azul Calçados');
    expect(
      employer(
        { name: 'Sande Fjell Bakeri', address: 'ikke-svar@utsending.example' },
        'Søknaden din',
        'Hei,',
        'Takk for søknaden.',
      ),
    ).toBe('Sande Fjell Bakeri');
  });
});

describe('small businesses signing their mail', () => {
  it('reads the business beside the writer’s name, and a possessive inside its name', () => {
    expect(
      employer(
        { name: 'Declan Furlong', address: 'declanfurlong@mailbox.example' },
        'Re: kitchen porter',
        'Sorry, we took on someone with more experience. Best of luck.',
        'Declan - Furlong’s Chipper',
      ),
    ).toBe('Furlong’s Chipper');
  });

  it('reads a business after the owner’s title, and leaves the town beside it', () => {
    expect(
      employer(
        { name: 'Anjali Rao', address: 'anjali.rao.work@mailbox.example' },
        'Re: Store Manager',
        'Hi Rohan,',
        'The store manager position has been filled, sorry.',
        'Anjali',
        'Owner, Masala Tiffin Co · Pune',
      ),
    ).toBe('Masala Tiffin');
    expect(
      employer(
        { name: 'Gwen Pryde', address: 'gwenpryde@mailbox.example' },
        'Re: Parts Advisor',
        'Hi Sam,',
        'We have decided to go with another candidate for the role.',
        'Gwen Pryde',
        'Pryde Motors',
        'Unit 9, Llantrisant Road Industrial Estate, Pontypridd',
      ),
    ).toBe('Pryde Motors');
  });

  it('reads the business an owner says they run', () => {
    expect(
      employer(
        { name: 'Rosa Mendes', address: 'rosa.kitchen@mailbox.example' },
        'your message',
        'Hi Mira! Rosa here, I own Saltmarsh Bakehouse on the quay.',
        'Could you come in for a trial shift on Saturday at 8?',
      ),
    ).toBe('Saltmarsh Bakehouse');
  });

  it('does not take a firm of consultants for a job title, nor the towns beside it', () => {
    const names = signatureCandidates(
      ['Hi Rohan,', 'Meera Shah', 'Senior Recruiter', 'Brightpath Consultants | Surat · Vadodara'],
      { name: 'Meera Shah', address: 'meera@brightpath.example' },
      'Meera Shah',
    ).map((found) => found.name);
    expect(names).toEqual(['Brightpath Consultants']);
  });
});

describe('a calendar invitation naming the candidate', () => {
  it('never takes the candidate’s name after the role for the employer', () => {
    const names = signatureCandidates(
      [
        'Attendees: Ana Reyes; Lim Boon Keat',
        'Panel interview - Financial Analyst - Lim Boon Keat',
      ],
      { name: 'Ana Reyes', address: 'ana.reyes@harbourgrid.example' },
      'Ana Reyes',
    ).map((found) => found.name);
    expect(names).not.toContain('Lim Boon Keat');
  });
});

describe('a name beside the role', () => {
  it('ends a name where the role begins', () => {
    expect(
      subjectCandidates('Your application - Stores Planner, Harrow Cold Chain (Corby)'),
    ).toContain('Harrow Cold Chain');
    expect(
      bodyCandidates([
        'Thank you for your interest in Harrow Cold Chain for the Stores Planner role.',
      ]),
    ).toContain('Harrow Cold Chain');
  });
});

describe('people named with their address', () => {
  it('reads the organisation of the address beside a person, never the person', () => {
    expect(
      employer(
        { name: 'Maria Santos via SignSpring', address: 'noreply@signspring.example' },
        'Maria Santos sent you "Offer letter - Deputy Manager" to review and sign',
        'Maria Santos (maria@larkhillnurseries.example) sent you a document to review and sign.',
        'Document: Offer letter - Deputy Manager.pdf',
        'Thank you for joining Larkhill Nurseries.',
      ),
    ).toBe('Larkhill Nurseries');
  });

  it('reads a name with "du" or "af" as a person’s', () => {
    expect(
      employer(
        { name: 'Anke du Toit', address: 'anke.rietvlei@mailbox.example' },
        'Re: Aansoek',
        'Baie dankie vir jou aansoek.',
        'Anke',
        'Rietvlei Boerdery · Paarl',
      ),
    ).not.toBe('Anke du Toit');
  });
});

describe('a quoted reply', () => {
  it('never takes the domain of the user’s own address in the quote header', () => {
    expect(addressedPeople(['On Mon, Sam Lee <sam.lee@globexlogistics.example> wrote:'])).toEqual(
      [],
    );
  });
});

describe('words that refer to an employer without naming it', () => {
  it('reads "the Bank" as a reference and keeps the name the signature spells out', () => {
    expect(
      employer(
        { name: 'Irena Volkova', address: 'ivolkova@adb-north.example' },
        'Your candidacy - Climate Finance Officer',
        'Dear Ms Haddad,',
        'On behalf of the Bank, thank you for taking part in the interview on 2 April.',
        'I regret to inform you that the panel has recommended another candidate.',
        'Yours sincerely,',
        'Irena Volkova',
        'Talent Acquisition Officer',
        'Human Resources Department',
        'Northern Reconstruction Development Bank (NRDB)',
      ),
    ).toBe('Northern Reconstruction Development Bank');
  });

  it('reads a town before "branch" or "office" as one of the employer’s places', () => {
    expect(bodyCandidates(['Thanks for meeting us about joining the Swansea branch.'])).toEqual([]);
    expect(bodyCandidates(['You would be working at the Leeds office on Tuesdays.'])).toEqual([]);
    expect(bodyCandidates(['Thanks for your interest in joining Harbour Tiles.'])).toEqual([
      'Harbour Tiles',
    ]);
  });
});

describe('legal forms written before the name', () => {
  it('reads an Indonesian "PT" display name over a platform’s address as the employer', () => {
    expect(
      employer(
        { name: 'PT Awan Biru Logistik', address: 'notifikasi@lokerku-mail.example' },
        'Hasil Seleksi – Staf Gudang',
        'Yth. Budi,',
        'Terima kasih atas minat Anda dan waktu yang Anda luangkan.',
        'Dengan berat hati kami sampaikan bahwa Anda belum dapat melanjutkan ke tahap berikutnya.',
        'Hormat kami,',
        'Tim Rekrutmen',
      ),
    ).toMatch(/^(?:PT )?Awan Biru Logistik$/);
  });
});

describe('a business’s mailbox under its own name', () => {
  it('reads a display name the owner says they own as the business, not a person', () => {
    expect(
      employer(
        { name: 'Green Gate', address: 'greengate.deli@personalmail.example' },
        'your message about the counter job',
        'Hi Jo!',
        'Marta here, I own Green Gate (the deli by the station). Thanks for dropping your CV in.',
        'Could you do a paid trial on Saturday morning?',
        'Marta',
      ),
    ).toBe('Green Gate');
  });
});

describe('an agency chasing its client', () => {
  it('reads the client the recruiter chased', () => {
    expect(
      employer(
        { name: 'Hannah Okafor', address: 'hannah.okafor@northpeak-recruit.example' },
        'Update - Workshop Supervisor',
        'Hi Lee,',
        'I chased Forge & Flint again this morning and they have decided not to progress your application.',
        'Hannah Okafor',
        'Senior Consultant',
        'Northpeak Recruitment Ltd',
      ),
    ).toMatch(/^Forge & Flint/);
  });
});

describe('display names that say more than the name', () => {
  it('reads the piece with a legal form in a Japanese display name, not the department or person', () => {
    expect(
      employer(
        { name: '南星精機株式会社 人事部 佐藤', address: 'sato@nansei-seiki.example' },
        '一次面接のご案内',
        '山田 太郎 様',
        '先日はご応募いただき、誠にありがとうございました。',
      ),
    ).toBe('南星精機');
  });

  it('reads the employer a service sends on behalf of', () => {
    expect(
      employer(
        {
          name: 'ScreenSafe on behalf of Larchmont Credit Union',
          address: 'no-reply@screensafe.example',
        },
        'Action required: complete your background check',
        'Hello Nadia,',
        'Please sign in and complete your consent form within 5 business days.',
      ),
    ).toBe('Larchmont Credit Union');
  });
});

describe('a brand and its owner or operator', () => {
  it('reads the brand the mail names beside its group, whatever the sender’s name', () => {
    expect(
      employer(
        {
          name: 'Oakridge Retail Group Talent Acquisition',
          address: 'talent@oakridgeretail.icims.com',
        },
        'Your application',
        'Dear Marcus,',
        'Thank you for applying to Copper Kettle Market, one of the Oakridge Retail Group family of banners.',
        'We will not be moving your application forward for this opening.',
        'Talent Acquisition',
        'Oakridge Retail Group',
      ),
    ).toBe('Copper Kettle Market');
    expect(
      employer(
        { name: 'Groupe Hôtelier Alizé – Recrutement', address: 'recrutement@alize.bamboohr.com' },
        'Votre candidature',
        'Bonjour Élodie,',
        'Malheureusement, nous ne pourrons pas donner suite à votre candidature.',
        'L’équipe du recrutement',
        'Auberge du Phare – un établissement du Groupe Hôtelier Alizé',
      ),
    ).toBe('Auberge du Phare');
    expect(
      employer(
        {
          name: 'Westbury Hospitality Careers',
          address: 'careers-noreply@westbury.hirebridge.com',
        },
        'Your application to Lakeside Lodge',
        'Thank you for applying for Spa Director at Lakeside Lodge.',
        'Lakeside Lodge is managed by Westbury Hospitality Group.',
      ),
    ).toBe('Lakeside Lodge');
  });
});

describe('the footer of a recruiting system’s mail', () => {
  it('reads the owner a copyright line names when nothing else does', () => {
    expect(
      employer(
        { name: 'Talent Acquisition', address: 'no-reply@candidates.workablemail.com' },
        'Regarding your application',
        'Hello Marcus,',
        'Unfortunately, you have not been selected to continue in the hiring process.',
        'Talent Acquisition Team',
        '© 2026 Stonebridge Outdoor Holdings Inc. All rights reserved.',
      ),
    ).toMatch(/^Stonebridge Outdoor/);
  });

  it('never reads a recruiting system’s own copyright as the employer', () => {
    expect(
      employer(
        { name: 'Talent Acquisition', address: 'no-reply@candidates.workablemail.com' },
        'Regarding your application',
        'Unfortunately, you have not been selected.',
        '© 2026 Workable Software Ltd',
      ),
    ).toBeNull();
  });
});

describe('brands that write themselves in lower case', () => {
  it('reads a lower-case display name the mail also writes', () => {
    expect(
      employer(
        { name: 'driftwell', address: 'no-reply@us.greenhouse-mail.io' },
        'Thanks for applying to driftwell',
        'Hi Daniel,',
        'Your application for Senior Engineer has been received.',
        '— the driftwell team',
      ),
    ).toBe('driftwell');
  });

  it('reads a lower-case signature line that spells the sender’s domain', () => {
    expect(
      employer(
        { name: 'Devi Raman', address: 'devi@inkmoth.example' },
        'take-home feedback',
        'Hi Daniel,',
        'Thanks for the take-home; we will not be moving forward this time.',
        'Devi Raman',
        'Engineering Manager, Data Platform',
        'inkmoth',
      ),
    ).toBe('inkmoth');
  });
});

describe('services that act for the employer', () => {
  it('reads the sender of a document to sign', () => {
    expect(
      employer(
        { name: 'FirmaRápida', address: 'notificaciones@firmarapida.example' },
        'Tienes un documento para firmar: Carta oferta',
        'Hola Mariana:',
        'Aseguradora Quetzal, S.A. de C.V. te envió un documento para revisión y firma electrónica.',
      ),
    ).toBe('Aseguradora Quetzal');
  });

  it('reads the client a scheduling tool names', () => {
    expect(
      employer(
        { name: 'SlotKeeper', address: 'no-reply@slotkeeper.example' },
        'Confirmed: Brightwater Insurance interview on Tue, Sep 15',
        'Your interview is confirmed.',
        'SlotKeeper is used by Brightwater Insurance to schedule interviews.',
      ),
    ).toBe('Brightwater Insurance');
    expect(
      employer(
        { name: 'Interviews at Bluefjord', address: 'interviews@bluefjord.example' },
        'Confirmed: Onsite interview on Thursday',
        'Your onsite interview is confirmed.',
        'Bluefjord People Operations',
      ),
    ).toBe('Bluefjord');
  });

  it('reads a store number in the subject as no part of the name', () => {
    expect(subjectCandidates('Store Manager - Birch & Barley #0412 (Hamilton, ON)')).toEqual([
      'Birch & Barley',
    ]);
  });
});

describe('a signature’s organisation under its team', () => {
  it('reads the line under "Human Resources Department" as the organisation, even when it reads like a name', () => {
    expect(
      employer(
        {
          name: 'Al Noor Grand Muscat - Human Resources',
          address: 'hr.alnoorgrand@personalmail.example',
        },
        'Executive Housekeeper - application',
        'Dear Candidate,',
        'We regret to advise that we have shortlisted other candidates.',
        'Best regards,',
        'Human Resources Department',
        'Al Noor Grand Muscat',
        'Qurum, Muscat',
      ),
    ).toBe('Al Noor Grand Muscat');
  });
});

describe('shared recruitment services of governments and health systems', () => {
  it('reads the employing body a labelled field names, not the shared service', () => {
    expect(
      employer(
        { name: 'Regional Health Recruitment Service', address: 'noreply@healthjobs.example' },
        'Campaign RN-12: Outcome of Shortlisting',
        'Dear Ms Kerr,',
        'Employing body: Ballinmore Community Healthcare',
        'I regret to inform you that you have not been shortlisted.',
        'Recruitment Officer',
        'Regional Health Recruitment Service',
      ),
    ).toBe('Ballinmore Community Healthcare');
    expect(
      employer(
        { name: 'Civic Appointments Office', address: 'donotreply@cao.example' },
        'Invitation to Interview',
        'Client organisation: Department of Coastal Affairs',
        'We are pleased to invite you to attend for interview.',
      ),
    ).toBe('Department of Coastal Affairs');
  });

  it('reads a service that says it recruits for others as a go-between', () => {
    expect(
      employer(
        { name: 'Harbour State Jobs', address: 'no-reply@jobs.hsg-recruit.example' },
        'Application submitted – HSG/261',
        'Agency: Harbour Emergency Services Agency',
        'Harbour State Jobs is the whole-of-government recruitment service and writes on behalf of the hiring agency.',
      ),
    ).toBe('Harbour Emergency Services Agency');
  });

  it('reads the employer in a posting header laid out as title | employer | terms', () => {
    expect(
      employer(
        { name: 'HealthJobs Harbour', address: 'do-not-reply@healthjobs.example' },
        'REQ 7755 - application update',
        'Software Validation Analyst | Harbour State Pathology | Temporary full time',
        'We regret to inform you that your application has not been successful.',
        'HealthJobs Harbour',
      ),
    ).toBe('Harbour State Pathology');
  });
});

describe('small businesses writing from personal addresses', () => {
  it('reads a first name over a personal address as the writer, and the business under their title', () => {
    expect(
      employer(
        { name: 'Dayna', address: 'dayna.greengrocer@outlook.com' },
        'night fill',
        'hi Ruby',
        'thanks for applying. we have filled the positions now so not this time sorry.',
        'Dayna',
        'Night Manager',
        'FreshWay Mt Albert',
      ),
    ).toBe('FreshWay Mt Albert');
  });

  it('reads a region under a team as no employer', () => {
    expect(
      employer(
        { name: 'Northvale Logistics', address: 'northvale@myworkday.com' },
        'Your application for Warehouse Supervisor',
        'Unfortunately, we will not be moving forward with your application.',
        'Talent Acquisition | Asia Pacific',
      ),
    ).toBe('Northvale Logistics');
  });
});

describe('names that are no employer’s', () => {
  it('never reads a recruiting system’s own display name or a reference code as the employer', () => {
    expect(
      employer(
        { name: 'SAP SuccessFactors', address: 'no-reply@successfactors.eu' },
        'Application status – Customs Declarant (Job Req 10388)',
        'After careful review we have decided to proceed with other candidates.',
        'Recruitment Team',
        'Harbourmare Nederland B.V. | Trade Register 24081122 | Registered office: Moerdijk',
      ),
    ).toBe('Harbourmare Nederland');
    expect(
      employer(
        { name: 'Human Resources', address: 'hr-noreply@ktu.example' },
        'Acknowledgement – Laboratory Technician',
        'We acknowledge receipt of your application for the post (Ref: KTU-LT-26-19).',
      ),
    ).not.toBe('KTU-LT-26-19)');
  });

  it('reads a personnel office in Vietnamese, Greek or Irish as a team word', () => {
    expect(
      employer(
        { name: 'Tuyển dụng Mekong Freight', address: 'tuyendung-noreply@mekongfreight.example' },
        'Thông báo kết quả ứng tuyển',
        'Chúng tôi rất tiếc phải thông báo rằng hồ sơ của bạn chưa phù hợp.',
      ),
    ).toBe('Mekong Freight');
  });
});
