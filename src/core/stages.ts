/** The stages an application moves through, in pipeline order, then the ways it can end. */
export const PIPELINE_STAGES = [
  'saved',
  'applied',
  'screen',
  'interview',
  'final',
  'offer',
] as const;
export const CLOSED_STAGES = ['rejected', 'withdrawn', 'ghosted'] as const;
export const STAGES = [...PIPELINE_STAGES, ...CLOSED_STAGES] as const;

export type Stage = (typeof STAGES)[number];
export type ClosedStage = (typeof CLOSED_STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  saved: 'Saved',
  applied: 'Applied',
  screen: 'Screen',
  interview: 'Interviewing',
  final: 'Final round',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  ghosted: 'Ghosted',
};

export function isClosedStage(stage: Stage): stage is ClosedStage {
  return (CLOSED_STAGES as readonly string[]).includes(stage);
}

/** Position in the pipeline; closed stages rank after every open one. */
export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}
