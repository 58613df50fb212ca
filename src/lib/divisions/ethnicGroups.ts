/**
 * The names of China's 55 minority nationalities (GB/T 3304), without 族. Autonomous
 * divisions are named place + nationalities + 自治区/州/县/旗 (德宏傣族景颇族自治州), and
 * cutting the nationalities off is the only way to find the place part people use
 * (德宏州). No package on npm carries this list, and it is a national standard that
 * does not change with the division data.
 */
export const MINORITY_NATIONALITIES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
  '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇',
  '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米',
  '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
  '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
] as const;
