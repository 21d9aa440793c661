import { describe, expect, it } from 'vitest';
import { CUE_GROUPS, CUE_NAMES, cuesOf, foldText } from './cues';

describe('foldText', () => {
  it('folds plain ASCII the same way as accented text', () => {
    expect(foldText('We  decided\tto `move on`')).toBe("we decided to 'move on'");
    expect(foldText('Wir haben uns ’leider’ für\u00a0andere Bewerber entschieden')).toBe(
      "wir haben uns 'leider' fur andere bewerber entschieden",
    );
    expect(foldText('Straße Øresund Łódź')).toBe('strasse oresund lodz');
  });
});

describe('cuesOf', () => {
  it('finds the same groups as testing each pattern of each group alone', () => {
    const sentences = [
      'we have decided to move forward with other candidates',
      'we would like to invite you to an interview',
      'we have received your application',
      'leider mussen wir ihnen mitteilen, dass wir uns fur andere bewerber entschieden haben',
      'please do not reply to this email',
      'the weather is nice today',
    ].map(foldText);
    for (const sentence of sentences) {
      const oneByOne = CUE_NAMES.filter((name) =>
        CUE_GROUPS[name].some((pattern: RegExp) => pattern.test(sentence)),
      );
      expect(cuesOf(sentence)).toEqual(oneByOne);
    }
    expect(cuesOf(sentences[0] ?? '')).toContain('rejection');
    expect(cuesOf(sentences[5] ?? '')).toEqual([]);
  });
});

describe('outreach', () => {
  it("reads a recruiter's pitch of another role, in English and other languages", () => {
    for (const sentence of [
      "Separate to the last one, I've also got a Head of Finance position with a retailer in Bristol.",
      'It might be a stretch, but I think it is worth a conversation.',
      "Let me know if you'd like the spec.",
      'Estou conduzindo uma posição de Tech Lead para uma fintech.',
      'Tengo una oportunidad que encaja con tu perfil.',
      'Für einen Kunden suche ich eine Teamleitung Logistik.',
    ])
      expect(cuesOf(foldText(sentence))).toContain('outreach');
    expect(cuesOf(foldText('We have received your application for the role.'))).not.toContain(
      'outreach',
    );
  });
});

describe('languages beyond Western Europe and East Asia', () => {
  const cases: [string, string][] = [
    ['Dengan berat hati kami sampaikan bahwa Anda tidak lolos ke tahap berikutnya.', 'rejection'],
    ['Kwa masikitiko, hatutaendelea na maombi yako.', 'rejection'],
    ['Rất tiếc, hồ sơ của bạn chưa phù hợp với vị trí này.', 'rejection'],
    ['Maalesef başka bir aday ile devam etme kararı aldık.', 'rejection'],
    ['Bohužel jsme se rozhodli pro jiného kandidáta.', 'rejection'],
    ['Valitettavasti tehtävään valittiin toinen hakija.', 'rejection'],
    ['Δυστυχώς αποφασίσαμε να προχωρήσουμε με άλλον υποψήφιο.', 'rejection'],
    ['เราเสียใจที่ต้องแจ้งว่าคุณไม่ได้รับการคัดเลือก', 'rejection'],
    ['아쉽게도 이번에는 함께하지 못하게 되었습니다.', 'rejection'],
    ['Hindi ka nakapasa sa final interview.', 'rejection'],
    ['Kami mengundang Anda untuk wawancara pada hari Senin.', 'invitation'],
    ['Chúng tôi trân trọng mời chị tham dự buổi phỏng vấn.', 'invitation'],
    ['Sizi mülakata davet etmek istiyoruz.', 'invitation'],
    ['Rádi bychom vás pozvali na pohovor.', 'invitation'],
    ['Haluamme kutsua sinut haastatteluun.', 'invitation'],
    ['Σας προσκαλούμε σε συνέντευξη την Τρίτη.', 'invitation'],
    ['면접 일정을 안내드립니다.', 'invitation'],
    ['Terima kasih atas lamaran Anda.', 'received'],
    ['Başvurunuz alınmıştır.', 'received'],
    ['Kiitos hakemuksestasi!', 'received'],
    ['지원해 주셔서 감사합니다.', 'received'],
    ['Chúc mừng bạn đã trúng tuyển vị trí kế toán.', 'offer'],
    ['Terima kasih telah mengikuti proses seleksi kami.', 'application'],
    ['Σας ευχαριστούμε για την αίτησή σας.', 'application'],
    ['Setelah melalui pertimbangan yang matang, kami memutuskan hal berikut.', 'deliberation'],
    ['Μετά από προσεκτική αξιολόγηση, καταλήξαμε σε απόφαση.', 'deliberation'],
    ['Semoga sukses dalam karier Anda.', 'farewell'],
    ['Tunakutakia kila la heri.', 'farewell'],
    ['Onnea jatkoon!', 'farewell'],
    ['12 việc làm mới phù hợp với bạn', 'digest'],
    ['Lowongan terbaru untuk Anda minggu ini', 'digest'],
    ['Could you come in for a paid trial shift on Friday?', 'invitation'],
    ['Kom je zaterdag een ochtend meedraaien in de bakkerij?', 'invitation'],
    ['Hätten Sie Zeit für einen Probetag am Montag?', 'invitation'],
    ['Am hotărât să angajăm pe altcineva pentru post.', 'rejection'],
    ['Din păcate, nu ați fost selectată pentru etapa următoare.', 'rejection'],
    ['Vă invităm la un interviu joi, la ora 11.', 'invitation'],
    ['Am primit candidatura ta pentru postul de analist.', 'received'],
    ['Vă dorim mult succes în carieră!', 'farewell'],
    ['Pályázata sajnos nem került kiválasztásra.', 'rejection'],
    ['A pozícióra végül egy belső kollégát választottunk.', 'rejection'],
    ['Szeretnénk személyes interjúra hívni a jövő héten.', 'invitation'],
    ['Jelentkezését megkaptuk, hamarosan jelentkezünk.', 'received'],
    ['Örömmel ajánljuk fel Önnek a munkakört; a bruttó havi alapbér 900 000 Ft.', 'offer'],
    ['Ons het besluit om nie met u aansoek vir die pos voort te gaan nie.', 'rejection'],
    ['Ons wil jou graag ontmoet vir ’n onderhoud op Dinsdag.', 'invitation'],
    ['Dankie vir jou aansoek; ons sal dit deurgaan.', 'received'],
    ['Anda telah disenarai pendek untuk sesi temuduga.', 'invitation'],
    ['Sorry yaar, position fill ho gayi hai.', 'rejection'],
    ["We've given the Saturday job to a lad who worked here before.", 'rejection'],
    ["We'd love to have you as our head baker.", 'offer'],
    ['Can you give me a ring tomorrow for a quick chat?', 'invitation'],
  ];
  it.each(cases)('reads "%s" as %s', (sentence, cue) => {
    expect(cuesOf(foldText(sentence))).toContain(cue);
  });

  it('does not read a thank-you or a greeting in those languages as news', () => {
    for (const sentence of [
      'Terima kasih banyak!',
      'Habari yako?',
      'Xin chào anh.',
      'Merhaba.',
      'Bună ziua, Mira!',
      'Kedves Mira!',
      'Goeiemiddag Thandi',
      'Give me a ring if you get lost.',
    ])
      expect(cuesOf(foldText(sentence))).toEqual([]);
  });
});
