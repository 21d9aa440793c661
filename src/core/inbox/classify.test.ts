import { describe, expect, it } from 'vitest';
import { classifyMail, kindOf } from './classify';
import { extractFeatures } from './features';
import { readMail } from './reading';
import { parseMail } from './mail';

function mail(headers: Record<string, string>, body: string) {
  const lines = Object.entries({
    'Message-ID': '<t@example.org>',
    Date: 'Tue, 3 Nov 2026 10:00:00 +0000',
    ...headers,
  }).map(([k, v]) => `${k}: ${v}`);
  return `${lines.join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}`;
}

async function classify(headers: Record<string, string>, body: string) {
  return classifyMail(await parseMail(mail(headers, body)));
}

describe('classifyMail', () => {
  it('reads an HTML-only, quoted-printable ATS rejection with its employer, role and sender', async () => {
    const html =
      '<p>Dear Lee,</p><p>Thank you for applying for the Data Analyst position at Kite Labs.</p><p>We have decided to move forward with other candidates whose experience more closely fits the role.</p><p>Kite Labs Recruiting</p>';
    const c = await classify(
      {
        From: 'Kite Labs Recruiting <no-reply@us.greenhouse-mail.io>',
        Subject: '=?UTF-8?Q?Your_application_to_Kite_Labs?=',
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Transfer-Encoding': 'quoted-printable',
      },
      html.replace(/=/g, '=3D'),
    );
    expect(c).toMatchObject({
      kind: 'rejection',
      company: 'Kite Labs',
      role: 'Data Analyst',
      automated: true,
    });
    expect(c.evidence.join(' ')).toContain('move forward with other candidates');
  });

  it.each([
    [
      'a taken time slot is scheduling, not a "no"',
      'Unfortunately the 3 pm slot on Friday is already taken. Would 11:30 the same day work instead?',
      'interview',
    ],
    [
      '"we will be in touch if your profile matches" is an acknowledgement',
      'Thank you for applying! We have received your application and will be in touch if your profile matches the role.',
      'received',
    ],
    [
      'an offer letter',
      'We are delighted to offer you the position. Your offer letter with the annual base salary is attached.',
      'offer',
    ],
  ])('%s', async (_name, body, kind) => {
    const c = await classify(
      { From: 'Rosa Almeida <rosa.almeida@halcyonhealth.org>', Subject: 'Re: your application' },
      `Hi Lee,\n\n${body}\n\nRosa`,
    );
    expect(c.kind).toBe(kind);
  });

  it('reads a job-alert digest naming many companies as other, with no employer', async () => {
    const c = await classify(
      {
        From: 'Job Alerts <jobalerts-noreply@linkedin.com>',
        Subject: '12 new jobs for you',
        'List-Unsubscribe': '<https://x.example/u>',
      },
      'Data Analyst - Granite Bank - Easy Apply\nAnalyst - Atlas Freight - Apply now\nJunior Analyst - Crestline - Easy Apply\nSee all jobs',
    );
    expect(c).toMatchObject({ kind: 'other', company: null });
  });

  it('reads a newsletter about rejection as other', async () => {
    const c = await classify(
      {
        From: 'Career Weekly <newsletter@careerweekly.example>',
        Subject: 'How to handle a rejection email',
        'List-Unsubscribe': '<https://x.example/u>',
      },
      "This week's issue: five ways to handle rejection after an interview. Read the full article on our blog. Unsubscribe.",
    );
    expect(c.kind).toBe('other');
  });

  it("names no employer in a careers service's or a coach's mail about its own service", async () => {
    const c = await classify(
      {
        From: 'ResumeRocket <hello@resumerocket.example>',
        Subject: 'Your CV review is ready - and 30% off interview coaching this week',
        'List-Unsubscribe': '<https://x.example/u>',
      },
      'Hi Dana,\nOur reviewers have marked up your CV. Open your dashboard to see their notes.\nThis week only: book three interview coaching sessions and save 30%.\nThe ResumeRocket team',
    );
    expect(c).toMatchObject({ kind: 'other', company: null });
  });

  it("names the employer whose own recruiting mailbox sends other news, never a job board's", async () => {
    const own = await classify(
      {
        From: 'Marlowe Analytics Careers <no-reply@careers.marloweanalytics.example>',
        Subject: 'Reset your candidate account password',
      },
      'Hi Dev,\nUse the link below to choose a new password for your candidate account. It works for 24 hours.',
    );
    expect(own).toMatchObject({ kind: 'other', company: 'Marlowe Analytics' });
    const board = await classify(
      {
        From: 'ShiftLine Jobs <alerts@shiftline-jobs.example>',
        Subject: 'Reset your password',
      },
      'Hi Dev,\nUse the link below to choose a new password for your ShiftLine account.',
    );
    expect(board).toMatchObject({ kind: 'other', company: null });
  });

  it("names the employer from the logo atop an HTML-only recruiting system's mail", async () => {
    const c = await classify(
      {
        From: '"Talent Acquisition" <no-reply@myworkday.com>',
        Subject: 'Update on your application - JR-20931',
        'Content-Type': 'text/html; charset=utf-8',
      },
      '<html><body><table><tr><td><img src="cid:logo" alt="Fernbrook Insurance"></td></tr><tr><td><p>Dear Sam,</p><p>Thank you for your application for the role of Claims Handler. On this occasion we will not be taking your application any further.</p><p>Kind regards,<br>Talent Acquisition Team</p></td></tr></table></body></html>',
    );
    expect(c).toMatchObject({ kind: 'rejection', company: 'Fernbrook Insurance' });
  });

  it('reads a forwarded rejection as the original, from its original sender', async () => {
    const c = await classify(
      { From: 'Lee Park <lee.park@gmail.com>', Subject: 'Fwd: Your application' },
      'fyi\n\n---------- Forwarded message ---------\nFrom: Harbor Labs Careers <careers@harborlabs.com>\nDate: Mon, 2 Nov 2026\nSubject: Your application\n\nDear Lee,\nWe regret to inform you that you have not been selected for the next stage.\nHarbor Labs Talent Team',
    );
    expect(c).toMatchObject({ kind: 'rejection', company: 'Harbor Labs', automated: true });
    expect(c.sender?.address).toBe('careers@harborlabs.com');
  });

  it('ignores an older rejection quoted in a reply that invites to an interview', async () => {
    const c = await classify(
      { From: 'Mina Cho <mina.cho@orbitworks.io>', Subject: 'Re: Backend role' },
      "Hi Lee, good news: a second position opened and I'd love to set up a call. Could you share your availability for Tuesday?\nMina\n\nOn Mon, 2 Nov 2026 at 09:00, Lee Park <lee.park@gmail.com> wrote:\n> We have decided to move forward with other candidates.",
    );
    expect(c).toMatchObject({ kind: 'interview', company: 'Orbitworks', automated: false });
  });

  it('reads a German rejection in ISO-8859-1', async () => {
    const body =
      'Sehr geehrter Herr Park,\nleider m\xfcssen wir Ihnen mitteilen, dass wir uns f\xfcr einen anderen Bewerber entschieden haben.\nIhr Team der Brenner GmbH';
    const raw = mail(
      {
        From: 'Brenner Karriere <karriere@brenner.de>',
        Subject: '=?ISO-8859-1?Q?Ihre_Bewerbung?=',
        'Content-Type': 'text/plain; charset=iso-8859-1',
      },
      body,
    );
    const c = classifyMail(await parseMail(Buffer.from(raw, 'latin1')));
    expect(c).toMatchObject({ kind: 'rejection', company: 'Brenner', automated: true });
  });
});

describe('Japanese and Chinese', () => {
  it('reads a Japanese rejection, with its usual closing wishes', async () => {
    const c = await classify(
      { From: 'Kaede Systems <saiyo@kaede-sys.co.jp>', Subject: '選考結果のご連絡' },
      '田中様\nこのたびはご応募いただき、誠にありがとうございました。\n慎重に選考を進めました結果、誠に残念ながら、今回は採用を見送らせていただくこととなりました。\n今後のご活躍を心よりお祈り申し上げます。',
    );
    expect(c.kind).toBe('rejection');
  });

  it('reads a Japanese invitation to a first interview', async () => {
    const c = await classify(
      { From: '人事部 鈴木 <suzuki@kaede-sys.co.jp>', Subject: '一次面接のご案内' },
      '田中様\n書類選考の結果、一次面接にお越しいただきたくご連絡いたしました。\nご都合のよい日時を候補日からお選びください。',
    );
    expect(c.kind).toBe('interview');
  });

  it('reads a Chinese rejection, a language no labelled mail is written in', async () => {
    const c = await classify(
      { From: 'HR <hr@lianhe-tech.cn>', Subject: '面试结果通知' },
      '王先生您好：\n感谢您应聘我公司的职位。很遗憾地通知您，经过慎重考虑，您未能通过本次面试。\n祝您求职顺利！',
    );
    expect(c.kind).toBe('rejection');
  });
});

describe('kindOf', () => {
  const features = async (body: string) =>
    extractFeatures(
      readMail(await parseMail(mail({ From: 'hr@acme.example', Subject: 'Hi' }, body))),
    );
  const scores = (rejection: number, other: number) => ({
    rejection,
    interview: 0.05,
    received: 0.05,
    offer: 0.05,
    other,
  });

  it('takes an unspoken "no" only when it is more likely than not', async () => {
    const pending = await features(
      'The vacancy has now closed and shortlisting is in progress.\nYou will hear from us.',
    );
    expect(kindOf(scores(0.45, 0.4), pending)).toBe('other');
    expect(kindOf(scores(0.8, 0.05), pending)).toBe('rejection');
  });

  it('keeps a "no" the mail says in words, however narrow', async () => {
    const no = await features('We have decided to move forward with other candidates.');
    expect(kindOf(scores(0.45, 0.4), no)).toBe('rejection');
  });

  it('names the employer of its own job alert, never a job board for its digest', async () => {
    const own = await classify(
      {
        From: 'Lakeshore Health Careers <lakeshorehealth@wd5.myworkday-notify.com>',
        Subject: 'New jobs at Lakeshore Health System matching "analyst"',
      },
      'Hi Priya,\nNew jobs matching your job alert have been posted at Lakeshore Health System:\n- Clinical Data Analyst (JR-1) - Chicago\n- Revenue Analyst (JR-2) - Remote\n- Quality Analyst (JR-3) - Evanston\nView jobs and apply.',
    );
    expect(own).toMatchObject({ kind: 'other', company: 'Lakeshore Health System' });
    const board = await classify(
      {
        From: 'TalentLoop Jobs <jobs-noreply@talentloop-mail.com>',
        Subject: 'Priya, 5 new jobs for you: Data Analyst at Tandem Pay, and more',
      },
      'TalentLoop Jobs\nJobs you may be interested in\nData Analyst\nTandem Pay · Chicago\nSenior Data Analyst\nNorthwind Logistics · Remote\nPricing Analyst\nColumbia Ridge Foods · Oak Brook\nSee all jobs.\nUnsubscribe from job recommendation emails.',
    );
    expect(board).toMatchObject({ kind: 'other', company: null });
  });

  it('names the employer of an event from its own careers domain', async () => {
    const c = await classify(
      {
        From: 'Kestrel Airways Careers <events@kestrelgroup-careers.com>',
        Subject: 'Cabin Crew Open Day in Amman, 9 May',
      },
      'Dear Yasmin,\nKestrel Airways is coming to Amman! Join our Cabin Crew Open Day on Saturday.\nBring your CV and a recent photo.\nYou are receiving this email because you subscribed to Kestrel Group career updates.',
    );
    expect(c).toMatchObject({ kind: 'other', company: 'Kestrel Airways' });
  });

  it('names no employer for a newsletter or an alumni network about job hunting', async () => {
    const c = await classify(
      {
        From: 'Karriere-Lotse Newsletter <newsletter@karriere-lotse.example>',
        Subject: 'Absage nach dem Vorstellungsgespräch? So ordnen Sie sie ein',
      },
      'Karriere-Lotse – Ihr Newsletter für die Jobsuche\nEine Absage nach dem zweiten Gespräch fühlt sich persönlich an.\nFragen Sie höflich nach Feedback.\nAbmelden: karriere-lotse.example/abmelden',
    );
    expect(c).toMatchObject({ kind: 'other', company: null });
  });
});
