/**
 * Concepts: what a word means for job mail, whatever the language. Each concept lists word
 * stems in English, German, French, Spanish, Dutch, Portuguese, Italian, Polish, Swedish, Danish
 * and Norwegian, folded as `foldText` folds (lower case, accents removed). A stem ending in `*`
 * matches every word that starts with it, one starting with `*` every word that ends with it
 * (German, Dutch and Nordic compounds: Vorstellungsgespräch), and one without that word only.
 *
 * The model does not read these as rules: it gets each concept, and each pair of concepts met
 * in one sentence, as a feature and learns what they mean together. "Leider … einen anderen
 * Bewerber" and "desværre … en anden kandidat" are then the same pair, regret + other +
 * candidate, so what the model learnt from mail in one language carries to another.
 */
const LEXICON: Record<string, string> = {
  regret:
    'unfortunately unfortunate regret* sadly sorry leider bedauer* malheureuse* regrett* desole* lamentabl* lamentamos lamento desafortunad* sentimos helaas jammer spijt infelizmente purtroppo dispiace rammaric* niestety przykro tyvarr beklag* desvaerre dessverre beklager',
  not: "not no never nicht kein keine keinen keiner keinem nie niemals pas jamais non nunca niet geen nooit nao nenhum* nessun* inte ej ikke aldrig won't can't cannot didn't isn't wasn't weren't haven't hasn't n'avons n'a n'est n'etes ne",
  other:
    'other others another else andere anderen anderer anderes anderweitig* autre autres otro otra otros otras outro outra outros outras altri altro altra altre inny innego inna innej innych innym annan annat andra anden andet andre annen annet',
  candidate:
    'candidate* candidat* applicant* bewerber* kandidat* postulant* aspirant* sollicitant* profile profil profiel perfil* profilo kandydat* sokande* ansoger* soker* *bewerber *bewerberin *kandidat *kandidaten',
  selected:
    'select* chosen choose chose shortlist* auswahl ausgewahlt* engere retenu* retenir selection* seleccion* seleccionad* elegid* geselecteerd gekozen selecteerd selecionad* escolhid* selezionat* scelt* wybran* wybor* wybral* utvald* valt valgt udvalgt utvalgt* successful erfolgreich aufgenommen',
  passed:
    'passed pass bestanden besteht reussi* admis admitted admit* zugelassen admitid* toegelaten geslaagd slaagde aprovad* superat* superad* ammess* ammiss* zdal* zdala dopuszcz* godkand* godkendt bestaet klarade qualified qualifie*',
  filled:
    'filled fill besetzt besetzen vergeben pourvu* cubiert* ocupad* vervuld ingevuld bezet preenchid* copert* obsadzon* tillsatt* besat besatt',
  proceed:
    'proceed* forward continu* progress* advanc* pursu* weiter* fortfahr* fortsetz* poursuiv* suite avanzar avanzamos seguir continuar* verder doorgaan prosseguir avancar avancou avanca proseguire procedere proseguir* kontynu* dalej dalszy* dalszym vidare videre fortsaette fortsette ga',
  decision:
    'decided decide decision* decid* entschied* entscheid* entschluss decisao decisione decyzj* zdecydowal* besloten beslissing beslut* besluttet beslutning resultado esito resultaat uitslag outcome ergebnis wynik* resultat* utfall',
  invite:
    'invite* invitation* inviting einlad* eingeladen laden convi* convoc* citacion* citamos uitnodig* uitgenodigd nodigen nodigt zaprasz* zaproszeni* bjuder inbjud* inbjudan invitere* inviterer inviterar invito invitarti invitarla',
  interview:
    'interview* gesprach* vorstellungsgesprach* bewerbungsgesprach* entretien* entrevista* gesprek* colloqui* rozmow* intervju* samtal* samtale* hearing screening *gesprach *gesprek *intervju *interview *samtale *samtal *rozmowa *rozmowe *rozmowy',
  meet: 'call calls chat meet meeting meetings kennenlernen kennenlern* treffen rencontre* rencontrer reunion* reunir* conocer* kennismak* conhecer* incontr* spotkani* spotkac traffa* traffas mote motet mode modet videocall video telefon* phone teams zoom',
  time: 'slot slots time times appointment* termin termine terminvorschlag* zeitfenster uhrzeit creneau* rendez horario* hora cita franja* tijdslot* tijdstip afspraak* agenda orario appuntament* godzin* terminy terminu tid tiden tidspunkt* tidpunkt* klokken kl uhr uur ore',
  available:
    'availab* verfugbar* disponib* beschikbaar* dostepn* tillganglig* ledig tilgjengelig* tilgaengelig* passt passen convenient suit works lukken',
  confirm:
    'confirm* bestatig* confirmacion confirmado confirmada bevestig* potwierdz* bekraft* bekraeft* bekreft* confermat* conferm*',
  reschedule:
    'reschedul* postpon* verschieb* verschoben verleg* reporter report* deplac* cambio cambiar* reprogram* verzet* verplaats* alterac* alterar spost* rinvi* przesun* przeloz* flytt* omboka*',
  received:
    'receiv* receipt erhalten eingang* eingegangen bestatigen recu recue reception recib* recibimos ontvang* recebemos receb* ricevut* otrzymal* otrzymani* mottag* modtag* motta mottatt *bestatigung *bevestiging',
  application:
    'application* applying applied apply bewerbung* bewirbst beworben candidature* candidatura* candidatar* solicitud* postulacion* postulaste postularte sollicitatie* gesolliciteerd kandidatuur aplikacj* zgloszen* ansokan* ansogning* soknad* cv resume lebenslauf unterlagen dossier *bewerbung *ansokan *soknad',
  review:
    'review* prufen prufung gepruft sichten sorgfaltig examin* etudi* etude revis* evalua* beoordel* bekijk* analis* analizar valut* rozpatrz* analiz* granska* gennemg* vurder* consider* berucksichtig* sichtung',
  contact:
    'contact* touch reach hear melden kontakt* recontact* contacto contactar* contato contatar contatt* horen hoor odezw* hora hor',
  offer:
    'offer offers offering offered angebot* zusage* vertrag* arbeitsvertrag* offre proposition* oferta* oferecer* ofrecer* ofrecemos propuesta* aanbod contract* contrato* contrat* proposta* offerta* offrir* contratto ofert* propozycj* umow* erbjudande* anstallning* tilbud* ansaettelse* ansettelse* ansatt* embauch* engagement aannem* einstell* assunzion* assumer* zatrudni* anstalla ansaette anset* *vertrag *overeenkomst *kontrakt *angebot *umowa *umowe',
  salary:
    'salary* compensation gehalt* vergutung* salaire* remuneration* salario* sueldo* salaris* stipendio retribuzione ral wynagrodz* pensj* lon lonn loen* bonus equity benefits bruto brutto',
  start:
    'start* beginn* eintritt* eintrittsdatum debut prise incorporac* incorporar* inizio aanvang indiensttreding rozpocz* tilltrade* tiltraedelse* tiltredelse* startdatum',
  welcome:
    'congrat* welcome gratulier* willkommen felicit* bienvenu* bienvenid* gefeliciteerd proficiat welkom parabens benvenut* complimenti gratulacj* witamy grattis valkommen tillykke velkommen gratulerer',
  wish: 'wish* luck success* future erfolg* zukunft gute wunsch* wunschen souhait* succes avenir exito* suerte futuro toekomst sucesso successo powodzeni* przyszl* lycka framtid* lykke fremtid* held',
  keep: 'pool database datenbank talentpool vivier keep kept behalten aufbewahr* conserv* guardar* bewaren bewaard manteremos mantenere conserver* bazie bazy zachowa* spara sparar gemme beholde *pool *datenbank *databas *database',
  jobs: 'jobs alert alerts vacancies openings stellenangebote stellen offres ofertas vacatures vagas offerte oferty ogloszen* jobb lediga job stillinger stillingar annonser *jobs',
  unsubscribe:
    'unsubscribe* abmelden abbestellen desabonner desinscri* baja afmelden descadastr* disiscri* wypisz* avregistr* afmeld* avmeld* newsletter',
  thanks:
    'thank thanks thankyou danke dank bedanken merci gracias agradec* bedankt obrigad* agradecemos grazie ringrazi* dziekuj* tack tak takk',
  test: 'test tests assessment* exercise* task* assignment* challenge aufgabe* testverfahren exercice* prueba* evaluacion opdracht* teste prova proef examen esame egzamin* prov prove *test *tests *opdracht *aufgabe *prueba',
  next: 'next round stage step nachste* runde schritt etape* tour etapa* siguiente* ronda volgende ronde stap proxim* fase prossim* kolejn* etap* nasta steg naeste neste trinn runda',
  positive:
    'pleased happy delighted glad excited thrilled good great freuen freue freut ravi* heureux encantad* alegra* blij verheugd leuk satisfeit* felic* lieti felici cieszy* milo glada glad glaede* glede* gode goda bonne buena boa buona positiv* dobra dobre',
  automatic:
    'automatic* automated automatisch* automatique* automatico automatica automatisk* generated generiert erzeugt genere generado gegenereerd gerad* generat* wygenerowan* reply antworten repondre responda beantwoorden rispondere odpowiad* svara besvar*',
};

/** Concepts, in a fixed order. */
export const CONCEPTS = Object.keys(LEXICON);

/**
 * The same concepts in Japanese and Chinese, which write words without spaces: each stem is
 * looked for anywhere inside a run of their characters.
 */
const CJK_LEXICON: Partial<Record<string, string>> = {
  regret: '残念 遺憾 遗憾 抱歉 申し訳',
  not: '見送 不採用 かね 未能 无法 不予 暂不 没能',
  other: '他の 其他 别的',
  candidate: '候補者 応募者 候选人 求职者',
  selected: '採用 選考 录用 入选 选中',
  passed: '通過 合格 通过',
  decision: '結果 決定 决定 结果',
  invite: 'お越し 招待 ご案内 邀请',
  interview: '面接 面談 面试',
  time: '日時 日程 時間 时间 候補日',
  available: 'ご都合 方便',
  confirm: '確認 确认',
  received: '受け付け 受付 受領 收到',
  application: '応募 エントリー 申请 简历 应聘',
  offer: '内定 オファー 录用通知',
  salary: '給与 年収 月給 薪资 工资',
  start: '入社 入职',
  welcome: 'おめでとう 歓迎 恭喜 欢迎',
  wish: '活躍 お祈り 祝您 前程',
  thanks: 'ありがとう 感謝 感谢 谢谢',
  test: '試験 適性検査 課題 测试 笔试',
  next: '一次 二次 最終 下一',
  keep: '保管 人才库',
  unsubscribe: '配信停止 退订',
  positive: '嬉しく 喜ん 高兴',
};

const CJK_STEMS: { stem: string; concept: number }[] = [];
CONCEPTS.forEach((concept, index) => {
  for (const stem of (CJK_LEXICON[concept] ?? '').split(/\s+/).filter(Boolean)) {
    // Folded text is decomposed (NFD); the stems are matched the same way.
    CJK_STEMS.push({ stem: stem.normalize('NFD'), concept: index });
  }
});

/** Whether a word is written in Japanese or Chinese characters. */
export const isCjkWord = (word: string): boolean => /[\u3040-\u30ff\u3400-\u9fff]/u.test(word);

/** The concepts found inside a run of Japanese or Chinese characters. */
export function cjkConceptsOf(word: string): number[] {
  const found: number[] = [];
  for (const { stem, concept } of CJK_STEMS) if (word.includes(stem)) found.push(concept);
  return found;
}

const exact = new Map<string, number>();
const prefixes = new Map<string, number>();
const suffixes = new Map<string, number>();
let longestPrefix = 0;
let longestSuffix = 0;
CONCEPTS.forEach((concept, index) => {
  for (const stem of (LEXICON[concept] as string).split(/\s+/)) {
    if (stem.startsWith('*')) {
      const suffix = stem.slice(1);
      if (!suffixes.has(suffix)) suffixes.set(suffix, index);
      longestSuffix = Math.max(longestSuffix, suffix.length);
    } else if (stem.endsWith('*')) {
      const prefix = stem.slice(0, -1);
      if (!prefixes.has(prefix)) prefixes.set(prefix, index);
      longestPrefix = Math.max(longestPrefix, prefix.length);
    } else if (!exact.has(stem)) exact.set(stem, index);
  }
});

/** Words already looked up: mail repeats its words, so most lookups are one map read. */
const memo = new Map<string, number>();

/** The concept a folded word stands for (its index in {@link CONCEPTS}), or -1. */
export function conceptOf(word: string): number {
  const known = memo.get(word);
  if (known !== undefined) return known;
  let found = exact.get(word) ?? -1;
  for (let length = Math.min(word.length, longestPrefix); found < 0 && length >= 3; length -= 1) {
    found = prefixes.get(word.slice(0, length)) ?? -1;
  }
  for (
    let length = Math.min(word.length - 3, longestSuffix);
    found < 0 && length >= 4;
    length -= 1
  ) {
    found = suffixes.get(word.slice(-length)) ?? -1;
  }
  if (memo.size > 100_000) memo.clear();
  memo.set(word, found);
  return found;
}
