/** The shape of one administrative division, as every divisions module passes it around. */

/** 1 省级, 2 地级, 3 县级, 4 乡级 (乡镇、街道), 5 村级 (村、社区). */
export type DivisionLevel = 1 | 2 | 3 | 4 | 5;

export interface Division {
  /**
   * The division's own code: GB/T 2260's six digits for provinces, prefectures and
   * counties (650000, 652800, 652828), the statistics office's nine for townships and
   * twelve for villages.
   */
  code: string;
  /** The statistics office's twelve-digit code (统计用区划代码), the code padded with zeros. */
  statsCode: string;
  /** The official name; for villages and streets without the committee or office suffix (北关社区, not 北关社区居民委员会). */
  name: string;
  /** The name exactly as the data set spells it, where it differs from `name`. */
  officialName?: string;
  level: DivisionLevel;
  /**
   * The code of the nearest named division above. Placeholders of the data set
   * (市辖区, 县, 省直辖县级行政区划) are skipped, so 北京市 is the parent of 朝阳区.
   */
  parentCode?: string;
}
