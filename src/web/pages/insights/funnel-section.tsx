import { Stack, Text } from '@mantine/core';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { FunnelSlice, Insights } from '../../api/insights';
import { SectionCard } from '../../components/section-card';
import { ChartFigure, percent, SERIES } from './chart-figure';
import { count } from '../../../core/words';

type Step = FunnelSlice['steps'][number];
const reachedAt = (slice: FunnelSlice, stage: Step['stage']) =>
  slice.steps.find((s) => s.stage === stage)?.reached ?? 0;

const axis = { fill: SERIES.text, fontSize: 12 };

function StagesChart({ steps }: { steps: Step[] }) {
  const data = steps.map((s) => ({ ...s, text: `${s.reached} · ${percent(s.fromApplied)}` }));
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 64 }} accessibilityLayer>
        <CartesianGrid horizontal={false} stroke={SERIES.grid} />
        <XAxis type="number" allowDecimals={false} tick={axis} />
        <YAxis type="category" dataKey="label" width={96} tick={axis} />
        <Tooltip />
        <Bar dataKey="reached" name="Reached" fill={SERIES.primary} isAnimationActive={false}>
          <LabelList dataKey="text" position="right" fill={SERIES.text} fontSize={12} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

function MonthsChart({ months }: { months: FunnelSlice[] }) {
  const data = months.map((m) => ({
    label: m.label.replace(/ (\d{2})(\d{2})$/, ' ’$2'),
    sent: m.applications,
    interview: reachedAt(m, 'interview'),
  }));
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={data} margin={{ top: 8, right: 8 }} accessibilityLayer>
        <CartesianGrid vertical={false} stroke={SERIES.grid} />
        <XAxis dataKey="label" tick={axis} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} width={32} tick={axis} />
        <Tooltip />
        <Legend
          wrapperStyle={{ fontSize: 13 }}
          formatter={(value) => <span style={{ color: SERIES.text }}>{value}</span>}
        />
        <Bar dataKey="sent" name="Sent" fill={SERIES.primary} isAnimationActive={false} />
        <Bar
          dataKey="interview"
          name="Reached an interview"
          fill={SERIES.second}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

function SourcesChart({ sources }: { sources: FunnelSlice[] }) {
  const data = sources.map((s) => {
    const rate = s.applications === 0 ? 0 : reachedAt(s, 'interview') / s.applications;
    return {
      label: s.label,
      rate: Math.round(rate * 100),
      text: `${Math.round(rate * 100)}% of ${s.applications}`,
    };
  });
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, 36 * data.length + 40)}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 80 }} accessibilityLayer>
        <CartesianGrid horizontal={false} stroke={SERIES.grid} />
        <XAxis type="number" domain={[0, 100]} unit="%" tick={axis} />
        <YAxis type="category" dataKey="label" width={110} tick={axis} />
        <Tooltip />
        <Bar
          dataKey="rate"
          name="Reached an interview (%)"
          fill={SERIES.third}
          isAnimationActive={false}
        >
          <LabelList dataKey="text" position="right" fill={SERIES.text} fontSize={12} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

const sliceColumns = [
  { label: 'Sent', value: (s: FunnelSlice) => s.applications, numeric: true },
  { label: 'Screen', value: (s: FunnelSlice) => reachedAt(s, 'screen'), numeric: true },
  { label: 'Interview', value: (s: FunnelSlice) => reachedAt(s, 'interview'), numeric: true },
  { label: 'Final round', value: (s: FunnelSlice) => reachedAt(s, 'final'), numeric: true },
  { label: 'Offer', value: (s: FunnelSlice) => reachedAt(s, 'offer'), numeric: true },
  { label: 'Rejected', value: (s: FunnelSlice) => s.rejections, numeric: true },
];

/** How far applications get: by stage, month by month, and by source. */
export function FunnelSection({ funnel }: { funnel: Insights['funnel'] }) {
  if (funnel.overall.applications === 0) {
    return (
      <SectionCard title="How far applications get" id="funnel">
        <Text c="dimmed">Once you have sent an application, how far each one got shows here.</Text>
      </SectionCard>
    );
  }
  return (
    <SectionCard title="How far applications get" id="funnel">
      <Stack gap="xl">
        <ChartFigure
          title="Stages reached"
          description={`Of ${count(funnel.overall.applications, 'application')} sent, how many reached each stage at some point, and the share of all sent.`}
          chart={<StagesChart steps={funnel.overall.steps} />}
          rows={funnel.overall.steps}
          rowKey={(s) => s.stage}
          columns={[
            { label: 'Stage', value: (s) => s.label },
            { label: 'Reached', value: (s) => s.reached, numeric: true },
            { label: 'From the stage before', value: (s) => percent(s.conversion), numeric: true },
            { label: 'Rejected there', value: (s) => s.rejected, numeric: true },
            { label: 'Ghosted or withdrawn', value: (s) => s.ghosted + s.withdrawn, numeric: true },
            { label: 'Still open', value: (s) => s.open, numeric: true },
          ]}
        />
        <ChartFigure
          title="Month by month"
          description="Applications sent each month (by when they started, in your time zone), and how many of them reached an interview."
          chart={<MonthsChart months={funnel.byMonth} />}
          rows={funnel.byMonth}
          rowKey={(m) => m.key}
          columns={[{ label: 'Month', value: (m: FunnelSlice) => m.label }, ...sliceColumns]}
        />
        <ChartFigure
          title="By source"
          description="The share of applications from each source that reached an interview."
          chart={<SourcesChart sources={funnel.bySource} />}
          rows={funnel.bySource}
          rowKey={(s) => s.key}
          columns={[{ label: 'Source', value: (s: FunnelSlice) => s.label }, ...sliceColumns]}
        />
        {funnel.savedOnly > 0 && (
          <Text size="sm" c="dimmed">
            Left out: {funnel.savedOnly} saved but never sent.
          </Text>
        )}
      </Stack>
    </SectionCard>
  );
}
