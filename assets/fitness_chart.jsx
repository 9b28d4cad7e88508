// The fitness chart, drawn by Recharts. It is a module of its own so that Recharts (about 95 KB compressed) is
// fetched when a chart is first drawn, not with every page that might show one (nexrex_app/components/load_chart.py).
import {
  Bar, CartesianGrid, ComposedChart, Label, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis,
} from "recharts";

const FITNESS = "#2563eb", FATIGUE = "#db2777", FORM = "#d97706", RACE = "#dc2626";
const TICKS = { fontSize: 11 };
const ACTIVE_DOT = { stroke: "var(--accent-2)", fill: "var(--accent-10)" };

export function FitnessChart({ rows, todayLabel, height }) {
  return (
    <ResponsiveContainer width="100%" height={height} minWidth={10} minHeight={10}>
      <ComposedChart data={rows} barGap={0} barCategoryGap="10%" margin={{ top: 8, right: 0, left: 0, bottom: 0 }}>
        <CartesianGrid stroke="var(--gray-7)" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" minTickGap={24} tickLine={false} tick={TICKS} stroke="var(--gray-9)" />
        <YAxis yAxisId="figures" width={36} tick={TICKS} stroke="var(--gray-9)" />
        <YAxis yAxisId="load" orientation="right" width={36} tick={TICKS} stroke="var(--gray-9)" />
        <Bar dataKey="Planned" yAxisId="load" fill="#cbd5e1" isAnimationActive={false} />
        <Bar dataKey="Load" yAxisId="load" fill="#64748b" isAnimationActive={false} />
        <Line dataKey="Fitness" yAxisId="figures" stroke={FITNESS} strokeWidth={2} dot={false} activeDot={ACTIVE_DOT}
              isAnimationActive={false} />
        <Line dataKey="Fatigue" yAxisId="figures" stroke={FATIGUE} dot={false} activeDot={ACTIVE_DOT}
              isAnimationActive={false} />
        <Line dataKey="Form" yAxisId="figures" stroke={FORM} strokeDasharray="4 2" dot={false} activeDot={ACTIVE_DOT}
              isAnimationActive={false} />
        <Line dataKey="Race day" yAxisId="figures" stroke={RACE} strokeWidth={0} legendType="circle"
              dot={{ r: 6, fill: RACE, stroke: "#ffffff" }} activeDot={ACTIVE_DOT} isAnimationActive={false} />
        <ReferenceLine x={todayLabel} yAxisId="figures" stroke="#0f172a" strokeDasharray="2 2">
          <Label value="Today" position="insideTopLeft" fontSize={11} />
        </ReferenceLine>
        <Tooltip contentStyle={{ background: "var(--gray-1)", borderColor: "var(--gray-4)", borderRadius: "8px" }}
                 cursor={{ strokeWidth: 1, fill: "var(--gray-3)" }} itemStyle={{ color: "var(--gray-12)" }}
                 labelStyle={{ color: "var(--gray-11)" }} />
        <Legend iconSize={10} wrapperStyle={{ fontSize: 12 }} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
