import { foldText } from './cues';

/**
 * Nouns that make a phrase a job title, in the languages Rebound reads (folded: lower case,
 * accents removed). A stem matches the start of a word, so "engineer" covers "engineering
 * manager" and "entwickler" covers "Softwareentwickler" only through its own compounds below.
 */
const JOB_NOUN = new RegExp(
  `(?:^|[^a-z])(?:${[
    'engineer|developer|analyst|manager|designer|scientist|lead|director|specialist|consultant|coordinator|assistant|architect|administrator|officer|associate|intern|representative|writer|copywriter|editor|researcher|accountant|nurse|teacher|technician|advis[eo]r|executive|head of|owner|strategist|marketer|recruiter|planner|operator|programmer|tester|clerk|supervisor|agent|attendant|driver|cashier|receptionist|pharmacist|surveyor|controller|auditor|lawyer|paralegal|bookkeeper|secretary|therapist|physician|doctor|dentist|hygienist|chef|cook|barista|electrician|mechanic|welder|fitter|foreman|underwriter|actuary|economist|statistician|librarian|lecturer|professor|tutor|instructor|trainer|coach|buyer|merchandiser|producer|photographer|journalist|translator|interpreter|partner|principal|fellow|apprentice|trainee|graduate',
    // Short ones only as whole words: "ae" is no prefix of Aerospace, nor "coo" of Cooperative.
    '(?:ae|sdr|bdr|ux|ui|qa|sre|devops|cto|cfo|ceo|coo)(?![a-z])',
    'entwickler|ingenieur|berater|leiter|leitung|referent|sachbearbeiter|kaufmann|kauffrau|buchhalter|redakteur|sekretar|assistenz|mitarbeiter|pfleger|pflegefachkraft|verkaufer|techniker|projektleiter|teamleiter|werkstudent|praktikant|elektroniker|monteur|erzieher|lehrer|arzt|administrator',
    'developpeur|ingenieur|charge|chargee|responsable|gestionnaire|comptable|controleur|conseiller|conseillere|technicien|technicienne|infirmier|infirmiere|vendeur|vendeuse|directeur|directrice|chef de|stagiaire|alternant|assistante?|commercial',
    'analista|desarrollador|ingeniero|jefe|jefa|disenador|tecnico|tecnica|enfermero|enfermera|contable|administrativo|coordinador|coordinadora|gerente|responsable|asesor|auxiliar|especialista|programador|vendedor|director|directora|becario',
    'medewerker|ontwikkelaar|adviseur|beleidsadviseur|boekhouder|verpleegkundige|specialist|manager|teamleider|projectleider|docent|monteur|marketeer|planner|bediende',
    'programador|analista|gestor|gestora|tecnico|tecnica|enfermeiro|enfermeira|coordenador|coordenadora|assistente|estagiario|engenheiro|engenheira|desenvolvedor|consultor',
    'sviluppatore|progettista|responsabile|impiegato|impiegata|addetto|addetta|contabile|infermiere|magazziniere|operatore|tecnico|istruttore|ingegnere|consulente|commesso|stagista',
    'programista|ksiegow|kierownik|specjalista|konsultant|inzynier|analityk|asystent|handlowiec|doradca|koordynator|kierowca|magazynier|podinspektor|inspektor|referent|mlodszy|starszy',
    'utvecklare|ingenjor|handlaggare|redaktor|projektledare|utredare|konsult|radgivare|saljare|sjukskoterska|larare|tekniker|ekonom|samordnare|designer',
    'udvikler|softwareudvikler|konsulent|medarbejder|kommunikationsmedarbejder|sagsbehandler|radgiver|projektleder|koordinator|tekniker|saelger|laerer|sygeplejerske',
    'utvikler|prosjektleder|radgiver|seniorradgiver|konsulent|saksbehandler|prosjektingenior|ingenior|sykepleier|laerer|selger|webutvikler|spillutvikler',
  ].join('|')})`,
  'i',
);

/**
 * Job nouns that German, Dutch and the Nordic languages write at the end of one word
 * ("Elektrotechniker", "Marketingkoordinator", "Miljømedarbejder", "Pistenfahrzeugführer").
 */
const COMPOUND_TAIL =
  /\p{L}{3}(?:techniker|tekniker|fuhrer|koordinator|designer|medarbejder|medarbeider|medarbetare|konsulent|konsult|utvikler|udvikler|utvecklare|entwickler|leiter|leder|ledare|berater|manager|ingenieur|ingenjor|ingenior|kaufmann|kauffrau|assistent|referent|bearbeiter|medewerker|adviseur|ontwikkelaar|operator|operatr|arkitekt|architekt|jurist|disponent|monteur|planer|planner|analytiker|okonom|pleger|pfleger)(?![\p{L}])/u;

/** Whether a phrase names a job ("Senior Data Analyst", "Referent/in Personalentwicklung"). */
export const looksLikeJobTitle = (text: string): boolean => {
  const folded = foldText(text);
  return JOB_NOUN.test(folded) || COMPOUND_TAIL.test(folded);
};

/**
 * Whether a phrase ends like a job title ("Marketing & BD Coordinator", "VP Data"): employers'
 * names may hold such words ("Acme Engineering") but do not end in a person's job.
 */
export function endsLikeJobTitle(text: string): boolean {
  const words = foldText(text)
    .split(/[\s/,&()-]+/)
    .filter((w) => w !== '');
  const last = words.at(-1) ?? '';
  return (
    /^(?:vp|svp|evp|head|chief|director|directeur|directora?|leiter|jefe|jefa|chef)$/.test(
      words[0] ?? '',
    ) ||
    (last.length > 1 &&
      (JOB_NOUN.test(last) || COMPOUND_TAIL.test(last)) &&
      // A plural names a firm of them: "PlaceRight Consultants", "Moss Surveyors", "Estate Agents".
      !/^(?:partners|engineering|design|data|marketing|sales|software|nurser(?:y|ies)|consultants|associates|advis[eo]rs|architects|accountants|engineers|recruiters|planners|surveyors|solicitors|lawyers|designers|developers|electricians|mechanics|auditors|actuaries|translators|interpreters|photographers|producers|agents)$/.test(
        last,
      ))
  );
}
