import type { AgendaSection } from '../core/recovery/agenda';
import { count } from '../core/words';
import type { KeepInTouchStatus } from '../core/recovery/keep-in-touch';
import type { Reflection } from '../core/recovery/reflection';
import type { SettingsView } from '../core/recovery/settings-view';
import { formatDay } from '../core/recovery/zoned-time';
import type { Agenda, AgendaItem } from '../use-cases/agenda';
import type { TaskView } from '../use-cases/recovery-context';
import type { RecoveryPlan } from '../use-cases/recovery-plan';

const WIDTH = 92;

/** Wraps text to the terminal width under an indent, breaking between words. */
export function wrap(text: string, indent: string, width = WIDTH): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}

const STATUS_MARKS: Record<TaskView['status'], string> = {
  open: '[ ]',
  done: '[x]',
  skipped: '[-]',
};

function stepLines(step: TaskView): string[] {
  const lines = [`${STATUS_MARKS[step.status]} ${step.dueOn}  ${step.title}  (${step.id})`];
  lines.push(wrap(`${step.when}. ${step.reason}`, '      '));
  if (step.feedback) lines.push(wrap(step.feedback.note, '      '));
  return lines;
}

/** A plan as text: the rejection, who to write to, then each step with its reason. */
export function formatPlan(plan: RecoveryPlan): string {
  const { application, rejection } = plan;
  const lines = [
    `${application.company} — ${application.role}`,
    `Rejected on ${rejection.rejectedOn} after the ${rejection.stageReached} stage, by ${rejection.channel.replace('_', ' ')}${rejection.humanContact ? '' : ' (automated)'}${rejection.reason ? `: ${rejection.reason}` : ''}`,
  ];
  if (plan.people.length > 0) {
    lines.push(`Who to write to: ${plan.people.map((p) => p.name).join(', ')}`);
  }
  if (rejection.feedback) {
    lines.push(wrap(`Feedback (${rejection.feedbackReceivedOn ?? ''}): ${rejection.feedback}`, ''));
  }
  lines.push('', `Plan (times in ${plan.timeZone}; today is ${plan.today})`);
  for (const step of plan.steps) lines.push(...stepLines(step));
  return lines.join('\n');
}

/** A reflection as text, or a hint when there is none yet. */
export function formatReflection(reflection: Reflection | null): string {
  if (reflection === null) {
    return 'No reflection yet. Start one with: rebound reflect ID --fit partly --missing "…" --question "…"';
  }
  const lines: string[] = [];
  const add = (label: string, value: string | null) => {
    if (value !== null && value !== '') lines.push(wrap(`${label}: ${value}`, ''));
  };
  add(
    'Fit for my life',
    reflection.fit && `${reflection.fit}${reflection.fitWhy ? ` — ${reflection.fitWhy}` : ''}`,
  );
  add('Skills they wanted', reflection.missingSkills.map((s) => s.label).join(', '));
  add('How I communicated', reflection.communication);
  add('Forgot to highlight', reflection.forgotToHighlight.join('; '));
  add('What went well', reflection.wentWell);
  add(
    'How I feel',
    reflection.feeling &&
      `${reflection.feeling}${reflection.feelingNote ? ` — ${reflection.feelingNote}` : ''}`,
  );
  if (reflection.hardQuestions.length > 0) {
    lines.push('Questions that tripped me up:');
    reflection.hardQuestions.forEach((q, index) => {
      lines.push(wrap(`${index + 1}. ${q.question}  (${q.id})`, '  '));
      if (q.betterAnswer) lines.push(wrap(`Better answer: ${q.betterAnswer}`, '     '));
    });
  }
  return lines.length > 0 ? lines.join('\n') : 'The reflection is empty so far.';
}

const SECTION_TITLES: Record<AgendaSection, string> = {
  overdue: 'Overdue',
  today: 'Today',
  upcoming: 'Coming up',
};

function itemLines(item: AgendaItem): string[] {
  const what = item.role ? ` — ${item.role}` : '';
  return [
    `  ${item.title}${what}`,
    wrap(`${item.when}. ${item.reason}`, '      '),
    `      id: ${item.id}`,
  ];
}

/** The Today agenda as text, by section. */
export function formatAgenda(agenda: Agenda): string {
  const year = Number(agenda.today.slice(0, 4));
  const lines = [`Today is ${formatDay(agenda.today, year)} (${agenda.timeZone}).`];
  if (agenda.items.length === 0) {
    lines.push(`Nothing due up to ${formatDay(agenda.to, year)}. Enjoy the breathing room.`);
  }
  for (const section of ['overdue', 'today', 'upcoming'] as const) {
    const items = agenda.items.filter((i) => i.section === section);
    if (items.length === 0) continue;
    lines.push('', `${SECTION_TITLES[section]} (${items.length})`);
    for (const item of items) lines.push(...itemLines(item));
  }
  if (agenda.truncated)
    lines.push('', 'More steps are due than shown; narrow the window with --to.');
  if (agenda.moreKeepInTouch) {
    lines.push('', 'More contacts are due a keep-in-touch note: see rebound cadence.');
  }
  if (agenda.practice.due > 0) {
    const n = agenda.practice.due;
    lines.push(
      '',
      `Practice: ${n} question${n === 1 ? '' : 's'} that tripped you up, due today — rebound practice`,
    );
  }
  lines.push('', 'Act on one: rebound done ID · rebound snooze ID --tomorrow · rebound skip ID');
  return lines.join('\n');
}

/** One contact's keep-in-touch standing, and the next step a plan set for them. */
export function formatKeepInTouch(
  name: string,
  status: KeepInTouchStatus,
  nextStep: { title: string; dueOn: string; id: string } | null = null,
): string {
  const cadence = status.cadenceDays === 0 ? 'off' : `every ${count(status.cadenceDays, 'day')}`;
  const source = status.cadenceIsDefault ? 'their relationship’s default' : 'set for them';
  const due = status.dueOn === null ? '' : `; next due ${status.dueOn}`;
  const planned =
    nextStep === null
      ? []
      : [`  Next in a plan: ${nextStep.title}, ${nextStep.dueOn} (${nextStep.id})`];
  return [`${name}: ${cadence} (${source})${due}`, wrap(status.reason, '  '), ...planned].join(
    '\n',
  );
}

/** The settings with every rule's value, default, reason and sources. */
export function formatSettings(view: SettingsView): string {
  const lines = [
    `Time zone      ${view.timeZone}${view.timeZoneIsDefault ? ' (this machine’s; set with --time-zone)' : ''}`,
    `Reminder time  ${view.reminderTime}`,
    `LinkedIn plan  ${view.linkedinPlan} (connection notes up to ${view.linkedinPlan === 'paid' ? 300 : 200} characters; --linkedin-plan)`,
    `Your name      ${view.userName ?? '(not set; drafts are signed with it: --name)'}`,
    '',
    'Timing rules (change with --set RULE=VALUE, back to default with --reset RULE)',
  ];
  for (const rule of view.rules) {
    const changed = rule.value === rule.default ? '' : ` (default ${rule.default})`;
    lines.push(`  ${rule.id} = ${rule.value} ${rule.unit}${changed}`);
    lines.push(wrap(`${rule.reason} Sources: ${rule.sources.join('; ')}.`, '      '));
  }
  lines.push(
    '',
    'Keep-in-touch cadence by relationship, in days; 0 is off (--cadence RELATIONSHIP=DAYS)',
  );
  for (const cadence of view.cadences) {
    const changed = cadence.value === cadence.default ? '' : ` (default ${cadence.default})`;
    lines.push(`  ${cadence.relationship} = ${cadence.value}${changed}`);
  }
  return lines.join('\n');
}
