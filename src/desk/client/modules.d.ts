// Decap's backends, widgets and decap-cms-locales ship no type declarations (decap-cms-core does).
declare module 'decap-cms-backend-*' {
  type Backend = import('decap-cms-core').CmsBackendClass;
  export const ProxyBackend: Backend, GitHubBackend: Backend, GitLabBackend: Backend, GiteaBackend: Backend;
  export const ForgejoBackend: Backend, BitbucketBackend: Backend, AzureBackend: Backend;
}
declare module 'decap-cms-widget-*' {
  const widget: { Widget(): import('decap-cms-core').CmsWidgetParam };
  export default widget;
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
