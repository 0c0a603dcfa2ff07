import { Rect, Svg, Text, View, Line as SvgLine } from "@react-pdf/renderer";
import { pdfText, styles as base } from "@/components/pdf/style";
import { levelColour } from "@/components/ui/level-palette";
import type { ObjectView } from "../../view";
import { levelText } from "./styles";

/** Each object's score as a bar in its level's colour (the level palette), with the target as a dashed line. */
export function ScoreChart({ objects }: { objects: ObjectView[] }) {
  const width = 480;
  const height = 150;
  const barWidth = 70;
  const y = (score: number) => height - 20 - (score / 4) * (height - 30);
  return (
    <View>
      <Svg width={width} height={height}>
        {[0, 1, 2, 3, 4].map((level) => (
          <SvgLine
            key={level}
            x1={40}
            x2={width}
            y1={y(level)}
            y2={y(level)}
            stroke="#e2e8f0"
            strokeWidth={1}
          />
        ))}
        {objects.map((o, i) => (
          <Rect
            key={o.id}
            x={70 + i * 140}
            y={y(o.score)}
            width={barWidth}
            height={y(0) - y(o.score)}
            fill={levelColour(o.level).fill}
          />
        ))}
        {objects.map((o, i) =>
          o.target === null ? null : (
            <SvgLine
              key={`t-${o.id}`}
              x1={60 + i * 140}
              x2={80 + barWidth + i * 140}
              y1={y(o.target)}
              y2={y(o.target)}
              stroke="#172a66"
              strokeWidth={2}
              strokeDasharray="4 2"
            />
          ),
        )}
      </Svg>
      <View style={{ flexDirection: "row", marginLeft: 60 }}>
        {objects.map((o) => (
          <Text key={o.id} style={{ width: 140, fontSize: 9 }}>
            {pdfText(o.title)}: {levelText(o.level)} ({o.score.toFixed(2)})
            {o.target !== null ? `, target L${o.target}` : ""}
          </Text>
        ))}
      </View>
      <Text style={base.small}>
        Bars: score on the ladder, 0–4 (the level is its whole part). Dashed line: target level. Grid lines:
        L0–L4.
      </Text>
    </View>
  );
}
