/** Maps the figures of a report's text to the showcase's metrics, by counting word and clause. */
import { findFigures, type TextFigure } from './figures.ts';
import { sentencesOf } from './sentences.ts';

/** A figure found in a report, with what it counts and the sentence it came from. */
export interface Figure {
  value: number;
  /** 万元 for money (whatever the source wrote), otherwise the counting word: 人次, %, 件 … */
  unit: string;
  /** The sentence, plus the source's 近/约/余 when the figure is approximate. */
  note: string;
}

export interface MappedFigure extends Figure {
  metric: string;
}

export interface ExtractedFigures {
  metrics: MappedFigure[];
  /** Figures no metric fits, kept for the editor to judge. */
  candidates: Figure[];
}

/**
 * Which metric a figure belongs to, decided by its counting word and the words of
 * its own clause. The first rule that fits wins, so the more specific come first
 * (捐助资金 is a donation, not funds).
 */
interface MetricRule {
  metric: string;
  units: string[];
  words: RegExp;
}

const RULES: MetricRule[] = [
  { metric: 'donations', units: ['万元'], words: /捐|募|爱心|助学/ },
  { metric: 'funds', units: ['万元'], words: /投入|投资|资金|经费|拨付|拨款|筹措|整合/ },
  { metric: 'participation-rate', units: ['%'], words: /参学率|参训率|参与率|参加率/ },
  { metric: 'coverage-rate', units: ['%'], words: /覆盖率|知晓率|普及率|覆盖面|覆盖/ },
  { metric: 'people-reached', units: ['人次'], words: /./ },
  { metric: 'events', units: ['次', '场', '期'], words: /开展|召开|举办|组织|讲座|学习|测试|慰问|活动|会议|培训|宣讲|座谈|竞赛|教育|走访|联谊/ },
  { metric: 'households-helped', units: ['户'], words: /帮扶|慰问|走访|结对|结亲|贫困|困难|救助/ },
  { metric: 'materials', units: ['份'], words: /宣传|资料|手册|传单|发放|折页/ },
  { metric: 'items-donated', units: ['件'], words: /捐|赠|衣物|物品|物资/ },
  { metric: 'articles', units: ['篇'], words: /发布|刊发|刊登|报道|信息|上稿|推送/ },
];

/**
 * Extracts the figures of a text: mapped ones become metrics, the rest candidates.
 * A figure a sentence repeats (开展活动30次……共30次) is taken once per sentence.
 */
export function extractFigures(paragraphs: string[]): ExtractedFigures {
  const result: ExtractedFigures = { metrics: [], candidates: [] };
  for (const sentence of paragraphs.flatMap(sentencesOf)) {
    const seen = new Set<string>();
    for (const figure of findFigures(sentence)) {
      const clause = clauseAround(sentence, figure);
      const rule = RULES.find((candidate) => candidate.units.includes(figure.unit) && candidate.words.test(clause));
      const key = `${rule?.metric ?? ''}|${figure.value}|${figure.unit}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const note = figure.approx ? `${noteOf(sentence, figure.index)}（约数：${figure.approx}）` : noteOf(sentence, figure.index);
      if (rule) result.metrics.push({ metric: rule.metric, value: figure.value, unit: figure.unit, note });
      else result.candidates.push({ value: figure.value, unit: figure.unit, note });
    }
  }
  return result;
}

/** The clause a figure sits in (between commas), with the clause before when its own is only the figure. */
function clauseAround(sentence: string, figure: TextFigure): string {
  const { index } = figure;
  const startCut = Math.max(sentence.lastIndexOf('，', index), sentence.lastIndexOf(',', index), sentence.lastIndexOf('、', index));
  const ends = ['，', ',', '、'].map((mark) => sentence.indexOf(mark, index + figure.text.length)).filter((at) => at !== -1);
  const end = ends.length ? Math.min(...ends) : sentence.length;
  const own = sentence.slice(startCut + 1, end);
  if (own.replace(figure.text, '').replace(/[近约逾达余多以上左右]/g, '').length > 3) return own;
  return sentence.slice(Math.max(0, sentence.lastIndexOf('，', startCut - 1) + 1), end);
}

/** The sentence a figure came from, shortened around the figure when it runs on. */
function noteOf(sentence: string, index: number): string {
  if (sentence.length <= 120) return sentence;
  const from = Math.max(0, sentence.lastIndexOf('，', Math.max(0, index - 40)) + 1);
  const to = sentence.indexOf('，', index + 20);
  return `…${sentence.slice(from, to === -1 ? undefined : to)}…`;
}
