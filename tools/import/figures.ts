/** A number found in a report, with what it counts and the sentence it came from. */
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
 * A number, an optional 余/多, an optional 万/亿 multiplier and a counting word:
 * 近3.2万元, 90余万元, 120人次, 100%, 30余个. 人次 comes before 人 so the longer
 * word wins. Ordinals (第38个) and years (2020年) have no counting word here.
 */
const FIGURE =
  /(近|约|逾|超过|累计近|达)?(\d+(?:\.\d+)?)(余|多)?(万|亿)?(余|多)?(人次|元|%|％|次|期|户|名|人|份|个|件|册|篇|场|所|家|部|项|批)(以上|左右)?/g;

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

/** Extracts the figures of a text: mapped ones become metrics, the rest candidates. */
export function extractFigures(paragraphs: string[]): ExtractedFigures {
  const result: ExtractedFigures = { metrics: [], candidates: [] };
  for (const sentence of paragraphs.flatMap(sentencesOf)) {
    for (const match of sentence.matchAll(FIGURE)) {
      const [, before, digits = '', more1, multiplier, more2, word = '', beyond] = match;
      const start = (match.index ?? 0) + (before?.length ?? 0);
      if (/[第\d.]/.test(sentence[start - 1] ?? '')) continue;
      const figure = toFigure(Number(digits), multiplier, word);
      const approx = [before === '达' ? undefined : before, more1 ?? more2, beyond].filter(Boolean).join('、');
      const note = approx ? `${noteOf(sentence, match.index ?? 0)}（约数：${approx}）` : noteOf(sentence, match.index ?? 0);
      const clause = clauseAround(sentence, match.index ?? 0, match[0].length);
      const rule = RULES.find((candidate) => candidate.units.includes(figure.unit) && candidate.words.test(clause));
      if (rule) result.metrics.push({ metric: rule.metric, ...figure, note });
      else result.candidates.push({ ...figure, note });
    }
  }
  return result;
}

function toFigure(number: number, multiplier: string | undefined, word: string): Omit<Figure, 'note'> {
  const scale = multiplier === '万' ? 1e4 : multiplier === '亿' ? 1e8 : 1;
  // Money is stored in 万元 across the site, so 4500元 becomes 0.45 and 6.55亿元 65500.
  if (word === '元') return { value: round((number * scale) / 1e4), unit: '万元' };
  return { value: round(number * scale), unit: word === '％' ? '%' : word };
}

/** Avoids 0.1 + 0.2 style noise from the unit conversion. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

export function sentencesOf(paragraph: string): string[] {
  return paragraph.match(/[^。！？!?；;]+[。！？!?；;]?/g)?.map((sentence) => sentence.trim()).filter(Boolean) ?? [];
}

/** The clause a figure sits in (between commas), with the clause before when its own is only the figure. */
function clauseAround(sentence: string, index: number, length: number): string {
  const startCut = Math.max(sentence.lastIndexOf('，', index), sentence.lastIndexOf(',', index), sentence.lastIndexOf('、', index));
  const ends = ['，', ',', '、'].map((mark) => sentence.indexOf(mark, index + length)).filter((at) => at !== -1);
  const end = ends.length ? Math.min(...ends) : sentence.length;
  const own = sentence.slice(startCut + 1, end);
  if (own.replace(/[\d.%％余多万亿近约]/g, '').length > 3) return own;
  return sentence.slice(Math.max(0, sentence.lastIndexOf('，', startCut - 1) + 1), end);
}

/** The sentence a figure came from, shortened around the figure when it runs on. */
function noteOf(sentence: string, index: number): string {
  if (sentence.length <= 120) return sentence;
  const from = Math.max(0, sentence.lastIndexOf('，', Math.max(0, index - 40)) + 1);
  const to = sentence.indexOf('，', index + 20);
  return `…${sentence.slice(from, to === -1 ? undefined : to)}…`;
}

/**
 * A counting word that should follow a number but follows a word instead:
 * 占全村总人口的%, 面积平方公里, 人均收入为元, 贴息资金亿元.
 */
const MISSING_NUMBER = [
  /(?<![\d.０-９])[%％]/g,
  /(?<![\d.０-９余多一二三四五六七八九十百千])(?:万元|亿元)/g,
  /(?:为|达|计|约|共|收入|金额|资金|投入)元(?![旦素宵])/g,
  /(?<![\d.０-９余多万千百十一二三四五六七八九])(?:平方公里|平方米|公顷)/g,
];

export function findMissingNumbers(paragraphs: string[]): string[] {
  const found: string[] = [];
  for (const sentence of paragraphs.flatMap(sentencesOf)) {
    const spots = MISSING_NUMBER.flatMap((pattern) => [...sentence.matchAll(pattern)]).sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    for (const spot of spots) {
      const end = (spot.index ?? 0) + spot[0].length;
      const clauseStart = Math.max(...['，', ',', '；', ';', '、', '：'].map((mark) => sentence.lastIndexOf(mark, spot.index ?? 0))) + 1;
      found.push(sentence.slice(Math.max(clauseStart, end - 16), end));
    }
  }
  return [...new Set(found)];
}
