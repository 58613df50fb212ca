// decap-cms-app's prebuilt file and decap-cms-locales ship no type declarations.
declare module 'decap-cms-app/dist/decap-cms-app.js' {
  const CMS: unknown;
  export default CMS;
}
declare module 'decap-cms-locales' {
  type Strings = { [key: string]: string | Strings };
  export const zh_Hans: Strings;
  export const en: Strings;
}
declare module 'decap-cms-locales/dist/esm/*' {
  const strings: { [key: string]: string | typeof strings };
  export default strings;
}
