/** The short forms people write for a division, derived by rule from its official name (新疆, 德宏州, 金平县, 和硕). */
import { MINORITY_NATIONALITIES } from './ethnicGroups.ts';
import type { Division } from './types.ts';

/** Longest first, so 土家 is cut before 土 and 蒙古 is not read as 古. */
const NATIONALITIES = [...MINORITY_NATIONALITIES].sort((a, b) => b.length - a.length);

/**
 * The place part of an autonomous division's name: 德宏傣族景颇族自治州 → 德宏,
 * 新疆维吾尔自治区 → 新疆, 鄂伦春自治旗 → '' (the nationality is the whole name).
 * A cut that would leave less than two characters is not made (内蒙古). One-character nationalities are cut only with 族 (互助土族 → 互助), longer ones
 * also without it, as in 新疆维吾尔 and 巴音郭楞蒙古.
 */
export function placePart(nameWithoutSuffix: string): string {
  let rest = nameWithoutSuffix.replace(/各族$/, '');
  for (;;) {
    const cut = NATIONALITIES.find((nationality) => rest.endsWith(`${nationality}族`) || (nationality.length > 1 && rest.endsWith(nationality)));
    const place = cut && rest.slice(0, rest.length - cut.length - (rest.endsWith(`${cut}族`) ? 1 : 0));
    // 内蒙古 is a place, not 内 + 蒙古.
    if (!cut || place!.length < 2) return rest;
    rest = place!;
  }
}

/** Cuts a suffix when at least two characters are left (芒市 keeps its 市); autonomous names have their own rule. */
const withoutSuffix = (name: string, suffix: RegExp): string | undefined => {
  if (/自治(区|州|县|旗)$/.test(name)) return undefined;
  const short = name.replace(suffix, '');
  return short !== name && short.length >= 2 ? short : undefined;
};

const autonomous = (name: string, suffix: string) => {
  if (!name.endsWith(`自治${suffix}`)) return undefined;
  const place = placePart(name.slice(0, -(suffix.length + 2)));
  return place.length >= 2 ? place : undefined;
};

function upperShortForms({ name, level }: Division): (string | undefined)[] {
  if (level === 1) return [autonomous(name, '区'), withoutSuffix(name, /(省|市|特别行政区)$/)];
  if (level === 2) {
    const prefecture = autonomous(name, '州');
    return [
      prefecture && `${prefecture}州`,
      // Long transliterated names go by their first character: 巴音郭楞 → 巴州, 博尔塔拉 → 博州.
      prefecture && prefecture.length >= 4 ? `${prefecture[0]}州` : undefined,
      withoutSuffix(name, /(市|地区|盟)$/),
    ];
  }
  const county = autonomous(name, '县');
  const banner = autonomous(name, '旗');
  return [county && `${county}县`, banner && `${banner}旗`, withoutSuffix(name, /(县|市|旗)$/)];
}

function lowerShortForms({ name, officialName }: Division): (string | undefined)[] {
  // 乌什塔拉回族民族乡 → 乌什塔拉乡; the official committee or office name is accepted as well.
  const ethnicTownship = name.match(/^(.+?)民族乡$/) ?? name.match(/^(.+族)乡$/);
  const place = ethnicTownship ? placePart(ethnicTownship[1]) : '';
  return [officialName, place.length >= 2 ? `${place}乡` : undefined];
}

/** Every short form of a division other than its name, without repeats. */
export function shortFormsOf(division: Division): string[] {
  const forms = division.level <= 3 ? upperShortForms(division) : lowerShortForms(division);
  return [...new Set(forms.filter((form): form is string => !!form && form !== division.name))];
}
