/**
 * Traditional script (宣傳月, 團結) turned into the Simplified the site speaks, by
 * OpenCC (`opencc-js`), the maintained converter with phrase-level dictionaries.
 * Simplified text is left alone: it is converted only when enough of its characters
 * change, so a stray 著 or 乾 in simplified prose does not rewrite it.
 */
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 't', to: 'cn' });

export interface ScriptConversion {
  text: string;
  /** How many characters the conversion changed; 0 when the text was already simplified. */
  changed: number;
}

export function simplifyScript(text: string): ScriptConversion {
  const converted = toSimplified(text);
  if (converted === text) return { text, changed: 0 };
  let changed = 0;
  for (let i = 0; i < text.length; i++) if (text[i] !== converted[i]) changed++;
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  // A handful of traditional-looking characters in simplified prose are variants, not a traditional text.
  if (changed < 3 || changed < han * 0.01) return { text, changed: 0 };
  return { text: converted, changed };
}
