export const SITE_NAME = '民族团结进步创建成果展示';
export const SITE_DESCRIPTION =
  '汇集各创建单位的工作总结、事迹材料和创建数据，展示民族团结进步创建的成果，可按单位、年度、地区和标签浏览。';
