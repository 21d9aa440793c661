/**
 * Skills and qualifications that go by several names. Each entry's `aliases` are written the way
 * people type them; the normalizer compares them ignoring case, spacing and punctuation, so
 * "K8S", "k8s" and "Kubernetes" all meet at the tag `kubernetes`. Extend freely: an alias
 * belongs to one tag only, which `skill-tags.test.ts` checks.
 */
export interface SkillSynonym {
  tag: string;
  label: string;
  aliases: readonly string[];
}

export const SKILL_SYNONYMS: readonly SkillSynonym[] = [
  { tag: 'kubernetes', label: 'Kubernetes', aliases: ['k8s', 'kube'] },
  { tag: 'docker', label: 'Docker', aliases: ['docker containers', 'docker compose'] },
  { tag: 'terraform', label: 'Terraform', aliases: ['hashicorp terraform'] },
  { tag: 'aws', label: 'AWS', aliases: ['amazon web services', 'amazon aws'] },
  { tag: 'gcp', label: 'Google Cloud', aliases: ['google cloud platform', 'gcloud'] },
  { tag: 'azure', label: 'Azure', aliases: ['microsoft azure', 'ms azure'] },
  { tag: 'ci-cd', label: 'CI/CD', aliases: ['ci cd', 'continuous integration', 'cicd pipelines'] },
  { tag: 'javascript', label: 'JavaScript', aliases: ['js', 'ecmascript', 'es6'] },
  { tag: 'typescript', label: 'TypeScript', aliases: ['ts'] },
  { tag: 'nodejs', label: 'Node.js', aliases: ['node', 'node js'] },
  { tag: 'react', label: 'React', aliases: ['reactjs', 'react.js'] },
  { tag: 'vue', label: 'Vue', aliases: ['vuejs', 'vue.js'] },
  { tag: 'python', label: 'Python', aliases: ['py', 'python3'] },
  { tag: 'go', label: 'Go', aliases: ['golang'] },
  { tag: 'csharp', label: 'C#', aliases: ['c sharp'] },
  { tag: 'cplusplus', label: 'C++', aliases: ['cpp', 'c plus plus'] },
  { tag: 'dotnet', label: '.NET', aliases: ['dot net', 'asp.net', 'dotnet core', '.net core'] },
  { tag: 'java', label: 'Java', aliases: ['java se', 'core java'] },
  { tag: 'sql', label: 'SQL', aliases: ['structured query language', 'sql queries'] },
  { tag: 'postgresql', label: 'PostgreSQL', aliases: ['postgres', 'psql', 'pg'] },
  { tag: 'mysql', label: 'MySQL', aliases: ['my sql'] },
  { tag: 'dbt', label: 'dbt', aliases: ['data build tool'] },
  { tag: 'spark', label: 'Apache Spark', aliases: ['pyspark', 'spark'] },
  { tag: 'excel', label: 'Excel', aliases: ['ms excel', 'microsoft excel', 'spreadsheets'] },
  { tag: 'tableau', label: 'Tableau', aliases: ['tableau desktop'] },
  { tag: 'power-bi', label: 'Power BI', aliases: ['powerbi', 'microsoft power bi'] },
  {
    tag: 'data-visualization',
    label: 'Data visualization',
    aliases: ['data visualisation', 'dataviz', 'data viz'],
  },
  { tag: 'machine-learning', label: 'Machine learning', aliases: ['ml'] },
  { tag: 'ai', label: 'AI', aliases: ['artificial intelligence'] },
  { tag: 'statistics', label: 'Statistics', aliases: ['stats', 'statistical analysis'] },
  { tag: 'ab-testing', label: 'A/B testing', aliases: ['ab tests', 'split testing'] },
  { tag: 'ux', label: 'UX', aliases: ['user experience', 'ux design'] },
  { tag: 'ux-research', label: 'UX research', aliases: ['user research', 'uxr'] },
  { tag: 'accessibility', label: 'Accessibility', aliases: ['a11y', 'wcag'] },
  { tag: 'i18n', label: 'Internationalization', aliases: ['internationalisation'] },
  {
    tag: 'seo',
    label: 'SEO',
    aliases: ['search engine optimization', 'search engine optimisation'],
  },
  {
    tag: 'people-management',
    label: 'People management',
    aliases: ['managing people', 'line management', 'team management', 'people manager'],
  },
  {
    tag: 'stakeholder-management',
    label: 'Stakeholder management',
    aliases: ['stakeholder mgmt', 'managing stakeholders', 'stakeholder engagement'],
  },
  {
    tag: 'project-management',
    label: 'Project management',
    aliases: ['project mgmt', 'pm experience', 'managing projects'],
  },
  { tag: 'product-management', label: 'Product management', aliases: ['product mgmt'] },
  { tag: 'agile', label: 'Agile', aliases: ['agile methodologies', 'agile methods'] },
  { tag: 'pmp', label: 'PMP', aliases: ['project management professional'] },
  { tag: 'cpa', label: 'CPA', aliases: ['certified public accountant'] },
  { tag: 'mba', label: 'MBA', aliases: ['master of business administration'] },
  { tag: 'phd', label: 'PhD', aliases: ['doctorate', 'ph.d.'] },
  {
    tag: 'public-speaking',
    label: 'Public speaking',
    aliases: ['presentation skills', 'presenting'],
  },
  {
    tag: 'industry-experience',
    label: 'Industry experience',
    aliases: ['domain experience', 'domain knowledge', 'sector experience'],
  },
  {
    tag: 'system-design',
    label: 'System design',
    aliases: ['systems design', 'distributed systems design', 'system architecture'],
  },
  { tag: 'spanish', label: 'Spanish', aliases: ['fluent spanish', 'espanol'] },
];
