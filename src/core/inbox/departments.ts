import { foldText } from './cues';

/*
 * Names of a line of work, not of anyone: a recruiter's desk under their title ("Senior
 * Consultant – Finance & Accounting", "Associée Finance & Comptabilité", "Tech & Data") or a
 * sector a firm recruits for ("Construction & Property"). Names made only of such words name
 * no employer.
 */

/** Words for functions and sectors, folded, in the languages Rebound reads. */
const DEPARTMENT_WORDS = new Set(
  `finance finances financial accounting accountancy accounts audit tax legal compliance risk
  treasury marketing sales commercial business operations ops engineering manufacturing
  production technology technologies technical tech it ict data analytics digital software
  development product products design creative research science sciences hr human resources
  people talent procurement purchasing supply chain logistics customer service services support
  construction property real estate infrastructure energy utilities healthcare health life
  banking insurance retail industrial executive interim permanent contract temporary office
  admin administration secretarial professional public sector education hospitality consumer
  media communications communication security cyber cloud quality facilities maintenance
  transport automotive pharma pharmaceutical medical clinical nursing care social government
  charity mining agriculture food fmcg payroll credit investment investments wealth asset
  management corporate strategy advisory change transformation projects project programme
  programs program devops network architecture accountants engineers fp&a r&d m&a practice
  desk aviation travel leisure asia pacific emea apac americas nordics benelux dach anz latam
  mena
  comptabilite controle gestion juridique achats ventes ressources humaines rh informatique
  donnees technologie ingenierie communication logistique immobilier industrie sante banque
  assurance fiscalite tresorerie qualite paie
  finanzen rechnungswesen controlling buchhaltung steuern recht vertrieb verkauf einkauf
  personal technik entwicklung forschung produktion logistik kommunikation immobilien bau
  gesundheit
  finanzas contabilidad ventas compras tecnologia ingenieria recursos humanos juridico
  logistica produccion calidad construccion inmobiliario salud banca seguros administracion
  financien financieel administratie inkoop verkoop techniek logistiek productie bouw vastgoed
  zorg juridisch
  ekonomi okonomi finans redovisning regnskab regnskap inkop indkob innkjop forsaljning salg
  teknik teknikk bygg
  finanza contabilita amministrazione vendite acquisti ingegneria produzione legale
  financas contabilidade vendas engenharia producao
  phong nhan su tuyen dung hanh chinh ke toan
  tim rekrutmen sumber daya manusia sdm personalia
  rasilimali watu
  insan kaynaklari ik
  personalni oddeleni
  henkilosto rekrytointi`.split(/\s+/),
);

/** A faculty of a university, in the languages Rebound reads. */
const FACULTY =
  /^(?:the\s+)?(?:faculty|fakult[aä]t|facult[ée]|facultad|facolt[àa]|faculdade|wydzia[lł]|faculteit|fakultet(?:et)?)\s+(?:of|de|der|des|di|for|für|voor|för|for)\b/iu;

/** Words that join the words of a department's name. */
const JOINERS = new Set(
  'and & et und y e en og och i of de des la le du der die das del di do da'.split(' '),
);

/**
 * Whether a name only names a line of work: "Finance & Accounting", "Tech & Data", "Finanzen
 * und Controlling". A single sector word is one too.
 */
export function isDepartment(name: string): boolean {
  // "Faculty of Health Sciences": a part of a university, never the employer itself.
  if (FACULTY.test(name.trim())) return true;
  const words = foldText(name)
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((w) => w !== '');
  return (
    words.some((w) => DEPARTMENT_WORDS.has(w)) &&
    words.every((w) => DEPARTMENT_WORDS.has(w) || JOINERS.has(w))
  );
}

/** Words that make a piece of a line a street: "Market Place", "Flughafenallee", "rue de X". */
const STREET =
  /(?:^|\s)(?:rue|avenue|boulevard|bd|chemin|calle|avenida|plaza|paseo|via|viale|piazza|corso|rua|praça|ulica|ul\.|aleja)\s|\s(?:street|st|road|rd|avenue|ave|lane|ln|way|place|square|wharf|quay|drive|dr|court|close|crescent|terrace|parade|row)\.?$|\s(?:industrial|trading|business|retail|enterprise|science|technology) (?:estate|park|centre|center)$|(?:stra(?:ss|ß)e|str\.|weg|platz|allee|gasse|damm|straat|laan|plein|gracht|kade|gata|gatan|v[aä]gen|vej|gade|gate|veien|torget)$/iu;

/** Whether a piece of a signature line is an address: a street, a number first, a postcode. */
export const isAddress = (part: string) => /^\d/.test(part.trim()) || STREET.test(part.trim());

/** Single words that name no employer, whatever the capitals: sectors, departments, labels. */
const GENERIC_WORDS = new Set([
  'technical',
  'tech',
  'panel',
  'service',
  'services',
  'retail',
  'infrastructure',
  'coop',
  'inc',
  'ltd',
  'llc',
  'gmbh',
  'west',
  'east',
  'north',
  'south',
  'confidential',
  'vertraulich',
  'confidentiel',
  'confidencial',
  'riservato',
  'example',
  'support',
  'admin',
  'office',
  'general',
  'business',
  'digital',
  'online',
  'global',
  'international',
  'engineering',
  'finance',
  'marketing',
  'sales',
  'operations',
  'mum',
  'mummy',
  'mom',
  'dad',
]);

/** Whether one word, in lower case, names no employer: "technical", "retail", "confidential". */
export const isGenericWord = (word: string) => GENERIC_WORDS.has(word);
