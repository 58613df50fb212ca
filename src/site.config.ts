/**
 * The one file an office edits to make the showcase its own: its name, emblem,
 * colours, masthead and the footer a Chinese public website carries. Leave a footer
 * field empty ('') and the site leaves it out. Images live in src/assets/ and are
 * imported here, so the build checks they exist and sizes them.
 */
import emblem from './assets/emblem.svg';
import masthead from './assets/masthead.svg';
import type { SiteConfig } from './lib/siteConfig';

const config: SiteConfig = {
  /** 网站名称：页眉、标题栏和订阅中显示 */
  name: '民族团结进步创建成果展示',
  /** 页眉在手机上显示的简称（可与全称相同） */
  shortName: '民族团结进步创建成果展示',
  /** 网站简介：首页和搜索引擎摘要 */
  description: '汇集各创建单位的工作总结、事迹材料和创建数据，展示民族团结进步创建的成果，可按单位、年度、地区和标签浏览。',
  /** 徽标：页眉左侧的图片，alt 为其文字说明 */
  emblem: { src: emblem, alt: '民族团结进步创建徽标：金色圆环中的石榴' },
  /** 首页题图（装饰用，不读出） */
  masthead,
  /** 主题色：light 为浅色模式，dark 为深色模式（随系统设置） */
  colors: {
    light: { brand: '#a61b1b', paper: '#fbf8f1', gold: '#b8893b' },
    dark: { brand: '#f0857a', paper: '#1b1714', gold: '#d6b070' },
  },
  /** 页脚：留空（''）的项目不显示 */
  footer: {
    /** 主办单位 */
    sponsor: '示例市民族宗教事务委员会',
    /** 承办单位 */
    organizer: '示例市民族团结进步创建工作领导小组办公室',
    /** 联系方式（电话、地址或邮箱） */
    contact: '电话：0000-0000000　地址：示例市人民路 1 号',
    /** ICP 备案号，链接到工业和信息化部备案管理系统 */
    icp: '示ICP备00000000号-1',
    /** 公安机关互联网站备案号 */
    policeRecord: '示公网安备 00000000000000号',
    /** 政府网站标识码 */
    siteCode: '0000000000',
  },
};

export default config;
