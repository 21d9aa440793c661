/**
 * Concepts: what a word means for job mail, whatever the language. Each concept lists word
 * stems in English, German, French, Spanish, Dutch, Portuguese, Italian, Polish, Swedish, Danish
 * and Norwegian, folded as `foldText` folds (lower case, accents removed). A stem ending in `*`
 * matches every word that starts with it; one without matches that word only.
 *
 * The model does not read these as rules: it gets each concept, and each pair of concepts met
 * in one sentence, as a feature and learns what they mean together. "Leider … einen anderen
 * Bewerber" and "desværre … en anden kandidat" are then the same pair, regret + other +
 * candidate, so what the model learnt from mail in one language carries to another.
 */
const LEXICON: Record<string, string> = {
  regret:
    'unfortunately unfortunate regret* sadly sorry leider bedauer* malheureuse* regrett* desole* desolee* lamentabl* lamentamos lamento desafortunad* sentimos helaas jammer spijt infelizmente purtroppo dispiace rammaric* niestety przykro tyvarr beklag* desværre dessverre beklager',
  not: "not no never nicht kein keine keinen keiner nie niemals pas jamais non nunca niet geen nooit nao nenhum nessun* niestety nie inte ej ikke aldrig won't can't cannot didn't isn't wasn't weren't haven't n'avons n'a n'est ne",
  other:
    'other others another else andere anderen anderer anderes anderweitig* autre autres otro otra otros otras outro outra outros outras altri altro altra altre inny innego inna innej innych innym annan annat andra anden andet andre annen annet',
  candidate:
    'candidate* candidat* applicant* bewerber* bewerberin* kandidat* postulant* aspirant* sollicitant* profile profil profiel perfil* profilo kandydat* sokande* ansøger* søker* soker*',
  selected:
    'select* chosen choose chose shortlist* auswahl ausgewahlt* engere retenu* retenir retenue selection* seleccion* seleccionad* elegid* geselecteerd gekozen selecteerd selecionad* escolhid* selezionat* scelt* wybran* wybor* wybral* utvald* valt valgt udvalgt utvalgt* successful erfolgreich aufgenommen',
  filled:
    'filled fill besetzt besetzen vergeben pourvu* cubiert* ocupad* vervuld ingevuld preenchid* copert* obsadzon* tillsatt* tillsatta besat besatt',
  proceed:
    'proceed* forward continu* progress* advanc* pursu* weiter* fortfahr* fortsetz* weiterverfolg* poursuiv* suite avanzar avanzamos seguir continuar* verder doorgaan prosseguir avancar avancou proseguire procedere proseguir* kontynu* dalej dalszy* dalszym vidare videre fortsætte fortsette gå',
  decision:
    'decided decide decision* decid* entschied* entscheid* entschluss decisao decisione decyzj* zdecydowal* besloten beslissing beslut* besluttet beslutning resultado esito resultaat outcome ergebnis wynik* resultat* utfall',
  invite:
    'invite* invitation* inviting einlad* eingeladen laden convi* convoc* citacion* citamos uitnodig* nodigen nodig zaprasz* zaproszeni* bjuder inbjud* inbjudan invitere* inviterer inviterar',
  interview:
    'interview* gesprach* vorstellungsgesprach* bewerbungsgesprach* kennenlerngesprach* entretien* entrevista* gesprek* sollicitatiegesprek* colloqui* rozmow* intervju* samtal* samtale* hearing screening',
  meet: 'call calls chat meet meeting meetings kennenlernen treffen rencontre* rencontrer reunion* reunir* conocer* kennismak* conhecer* incontr* spotkani* spotkac mote motet traffa* traffas møde* møte* videocall video telefon* phone teams zoom',
  time: 'slot slots time times appointment* termin termine terminvorschlag* terminvorschlage zeitfenster uhrzeit creneau* rendez horario* hora cita franja* tijdslot* tijdstip afspraak* agenda orario appuntament* godzin* terminy terminu tid tiden tidspunkt* tidpunkt* klokken kl uhr',
  available:
    'availab* verfugbar* disponib* beschikbaar* dostepn* tillganglig* ledig tilgjengelig* tilgængelig* passt passen convenient suit works',
  confirm:
    'confirm* bestatig* confirmacion confirmado confirmada bevestig* potwierdz* bekraft* bekræft* bekreft* confirmer',
  reschedule:
    'reschedul* postpon* verschieb* verschoben verleg* reporter report* deplac* cambio cambiar* reprogram* verzet* verplaats* alterac* alterar spost* rinvi* przesun* przelozy* flytt* omboka*',
  received:
    'receiv* receipt erhalten eingang* eingegangen bestatigen recu recue reception recib* recibimos ontvang* ontvangen recebemos receb* ricevut* ricevuto otrzymal* otrzymani* mottag* mottagit modtag* modtaget motta mottatt',
  application:
    'application* applying applied apply bewerbung* bewirbst beworben candidature* candidatura* candidatar* candidato solicitud* postulacion* postulaste sollicitatie* gesolliciteerd kandidatuur aplikacj* zgloszen* ansokan* ansøgning* søknad* soknad* cv resume lebenslauf unterlagen dossier documentos documents',
  review:
    'review* prufen prufung gepruft sichten sorgfaltig examin* etudi* etude revis* evalua* beoordel* bekijk* analis* analisar analizar valut* rozpatrz* analiz* granska* gennemg* vurder* consider* berucksichtig*',
  contact:
    'contact* touch reach hear melden kontakt* recontact* contacto contactar* contato contatar contatt* horen hoor odezw* kontaktowa* hora hører hore hor',
  offer:
    'offer offers offering offered angebot* zusage* vertrag* arbeitsvertrag* offre proposition* oferta* oferecer* ofrecer* propuesta* aanbod contract* contrato* proposta* offerta* contratto ofert* propozycj* umow* erbjudande* anstallning* anställning tilbud* ansættelse* ansettelse* ansatt* embauche* engagement',
  salary:
    'salary* compensation gehalt* verguting* salaire* remuneration* salario* sueldo* salaris* stipendio retribuzione wynagrodz* pensj* lon lonn løn* lønn* bonus equity benefits',
  start:
    'start* beginn* eintritt* eintrittsdatum debut prise incorporac* incorporar* inizio aanvang indiensttreding rozpocz* tilltrade* tiltrædelse* tiltredelse*',
  welcome:
    'congrat* welcome gratulier* willkommen felicit* bienvenu* bienvenid* gefeliciteerd proficiat welkom parabens benvenut* complimenti gratulacj* witamy grattis valkommen tillykke velkommen gratulerer',
  wish: 'wish* luck success* future erfolg* zukunft gute wunsch* wunschen souhait* succes avenir exito* suerte futuro toekomst sucesso successo powodzeni* przyszl* lycka framtid* lykke fremtid* held',
  keep: 'pool database datenbank talentpool vivier keep kept behalten aufbewahr* conserv* guardar* bewaren bewaard manteremos teremos mantenere conserver* bazie zachowa* spara sparar gemme beholde',
  jobs: 'jobs alert alerts vacancies openings stellenangebote stellen offres ofertas vacatures vagas offerte oferty ogloszen* jobb lediga job stillinger stillingar annonser',
  unsubscribe:
    'unsubscribe* abmelden abbestellen desabonner desinscri* baja afmelden descadastr* disiscri* wypisz* avregistr* afmeld* avmeld* newsletter',
  thanks:
    'thank thanks thankyou danke dank bedanken merci gracias agradec* bedankt obrigad* agradecemos grazie ringrazi* dziekuj* tack tak takk',
  test: 'test tests assessment* exercise* task* assignment* challenge aufgabe* testverfahren exercice* prueba* evaluacion opdracht* teste prova* zadani* uppgift* opgave* oppgave*',
  next: 'next round stage step nachste* runde schritt etape* tour etapa* siguiente* ronda volgende ronde stap proxim* fase prossim* kolejn* etap* nasta steg næste neste trinn runda runde',
  positive:
    'pleased happy delighted glad excited thrilled good great freuen freue freut ravi* heureux encantad* alegra* blij verheugd satisfeit* felic* lieti felici cieszy* miło milo glada glad glæde* glede* gode goda bonne buena boa buona positiv*',
  automatic:
    'automatic* automatically automated automatisch* automatique* automatico automatica automatic* automatisk* generated generiert erzeugt genere generado gegenereerd gerad* generat* wygenerowan* reply antworten repondre responda beantwoorden rispondere odpowiad* svara svar besvar*',
};

/** Concepts, in a fixed order. */
export const CONCEPTS = Object.keys(LEXICON);

const exact = new Map<string, number>();
const prefixes = new Map<string, number>();
let longestPrefix = 0;
CONCEPTS.forEach((concept, index) => {
  for (const stem of (LEXICON[concept] as string).split(/\s+/)) {
    if (stem.endsWith('*')) {
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
  if (memo.size > 100_000) memo.clear();
  memo.set(word, found);
  return found;
}
