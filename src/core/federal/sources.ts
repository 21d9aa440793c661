/**
 * Where each federal rule comes from. Findings and plan steps name these, so a user can read
 * the rule in the publisher's own words. Summaries in Rebound are its own.
 */
export interface SourceRef {
  title: string;
  url: string;
}

export const SOURCES = {
  twoPages: {
    title: 'USAJOBS Help: what to include in your résumé (two pages from 27 September 2025)',
    url: 'https://help.uat.usajobs.gov/faq/application/documents/resume/what-to-include',
  },
  meritHiringPlan: {
    title: 'OPM Merit Hiring Plan guidance on the two-page résumé (FedWeek summary)',
    url: 'https://www.fedweek.com/issue-briefs/opm-issues-guidance-on-new-2-page-resume-standard',
  },
  whatToInclude: {
    title: 'USAJOBS Help: what to include — dates with month and year, hours per week',
    url: 'https://help.uat.usajobs.gov/faq/application/documents/resume/what-to-include',
  },
  whatToLeaveOut: {
    title: 'USAJOBS Help: what to leave out of your résumé',
    url: 'https://www.usajobs.gov/help/faq/application/documents/resume/what-to-leave-out/',
  },
  nistLeaveOut: {
    title: 'NIST careers: what not to include in your application',
    url: 'https://www.nist.gov/careers/application-tips/section-5-what-not-include-your-application',
  },
  seriesGrade: {
    title: 'USAJOBS Help: series and grade of a federal civilian position',
    url: 'https://www.usajobs.gov/help/faq/pay/series-and-grade/',
  },
  qualifications: {
    title: 'USAJOBS Help: how your experience is qualified against the announcement',
    url: 'https://www.usajobs.gov/Help/how-to/job-announcement/requirements/',
  },
  documents: {
    title: 'USA Staffing Applicant Help: documents (formats, size, protected files)',
    url: 'https://help.usastaffing.gov/Apply/index.php?title=Documents',
  },
  resumeFormat: {
    title:
      'USAJOBS Help on adding a résumé: formats, 5 MB, fonts and margins (quoted by matthewjlouis.com)',
    url: 'https://matthewjlouis.com/usajobs-resume-builder/',
  },
  veterans: {
    title: 'USAJOBS Help: veterans — DD-214 for preference',
    url: 'https://www.usajobs.gov/help/working-in-government/unique-hiring-paths/veterans/',
  },
  essays: {
    title: 'ClearanceJobs: two-page résumé implementation and the four essay questions',
    url: 'https://news.clearancejobs.com/2025/09/16/two-page-federal-resume-implementation-guidance',
  },
  hiringProcess: {
    title: 'Partnership for Public Service, Go Government: writing a federal résumé',
    url: 'https://gogovernment.org/application-process/writing-a-federal-resume',
  },
  searchApi: {
    title: 'USAJOBS developer documentation: the Search API',
    url: 'https://developer.usajobs.gov/api-reference/get-api-search',
  },
} as const satisfies Record<string, SourceRef>;
