import { describe, expect, it } from 'vitest';
import { writerOf } from './writer';

describe('writerOf', () => {
  it('takes a person writing through a job board for the writer', () => {
    const sender = { name: 'Marama Ngata via Trade Me Jobs', address: 'no-reply@trademe.example' };
    expect(
      writerOf(sender, [
        'Kia ora Sam,',
        'Could you come in on Friday?',
        'Marama Ngata',
        'Café Manager',
      ]),
    ).toBe('Marama Ngata');
  });

  it('takes a person over a shared or no-reply mailbox for the writer when the body signs so', () => {
    const shared = { name: 'Lena Brandt', address: 'karriere@holzbau-riedl.example' };
    expect(
      writerOf(shared, ['Hallo Herr Yilmaz,', 'hier ist Lena aus dem Recruiting.', 'Viele Grüße']),
    ).toBe('Lena Brandt');
    expect(writerOf(shared, ['Hallo Herr Yilmaz,', 'Wir melden uns.', 'Viele Grüße', 'Lena'])).toBe(
      'Lena Brandt',
    );
    const noReply = { name: 'Lucía Ferrer', address: 'no-reply@seleccion-mail.example' };
    expect(
      writerOf(noReply, ['Hola Pablo:', 'Gracias.', 'Lucía Ferrer', 'Responsable de Selección']),
    ).toBe('Lucía Ferrer');
    // Nothing in the body says a person wrote: the name may be the organisation's.
    expect(writerOf(noReply, ['Hola Pablo:', 'Gracias por tu candidatura.'])).toBeNull();
  });

  it('does not take an organisation that signs with its own name for a person', () => {
    const sender = { name: 'Harbour Lights', address: 'no-reply@ats-mail.example' };
    expect(writerOf(sender, ['Hi Sam,', 'Thanks for applying.', 'Harbour Lights'])).toBeNull();
    const viaAts = { name: 'Harbour Lights via Workable', address: 'noreply@workablemail.com' };
    expect(
      writerOf(viaAts, ['Hi Sam,', 'We received your application.', 'Harbour Lights']),
    ).toBeNull();
  });

  it('takes a one-word CJK name for a person only when the writer gives it as their own', () => {
    const company = { name: '华为', address: 'hr@huawei.example' };
    expect(writerOf(company, ['您好，', '我是华为的招聘经理王伟。', '华为'])).toBeNull();
    const person = { name: '李明', address: 'liming@xinghe.example' };
    expect(writerOf(person, ['您好，', '我是星河科技的招聘经理李明。'])).toBe('李明');
    expect(writerOf({ name: '김민수', address: 'minsu@hanbit.example' }, ['김민수 드림'])).toBe(
      '김민수',
    );
  });

  it('reads a Japanese name written family name first', () => {
    expect(writerOf({ name: '田中 花子', address: 'h.tanaka@midori.example' }, [])).toBe(
      '田中 花子',
    );
  });
});
