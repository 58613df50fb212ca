/**
 * Decap CMS with only what the desk's configuration can name: the proxy backend (the local
 * desk), the Git hosts a deployed desk may edit through (src/desk/deskConfig.ts's
 * GitHostBackend), and the widgets the generated collections use. decap-cms-app's prebuilt
 * file registers every backend, widget and locale Decap has (the map widget with OpenLayers,
 * the code editor, the rich-text editor, 35 locales): 4.7 MB of the desk's 5.2 MB.
 * tests/unit/desk/decapApp.test.ts fails when the configuration names a widget or backend
 * missing here.
 */
import { DecapCmsCore as CMS } from 'decap-cms-core';
import { AzureBackend } from 'decap-cms-backend-azure';
import { BitbucketBackend } from 'decap-cms-backend-bitbucket';
import { ForgejoBackend } from 'decap-cms-backend-forgejo';
import { GiteaBackend } from 'decap-cms-backend-gitea';
import { GitHubBackend } from 'decap-cms-backend-github';
import { GitLabBackend } from 'decap-cms-backend-gitlab';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import booleanWidget from 'decap-cms-widget-boolean';
import imageWidget from 'decap-cms-widget-image';
import listWidget from 'decap-cms-widget-list';
import markdownWidget from 'decap-cms-widget-markdown';
import numberWidget from 'decap-cms-widget-number';
import objectWidget from 'decap-cms-widget-object';
import relationWidget from 'decap-cms-widget-relation';
import selectWidget from 'decap-cms-widget-select';
import stringWidget from 'decap-cms-widget-string';
import textWidget from 'decap-cms-widget-text';

const backends = {
  proxy: ProxyBackend,
  github: GitHubBackend,
  gitlab: GitLabBackend,
  gitea: GiteaBackend,
  forgejo: ForgejoBackend,
  bitbucket: BitbucketBackend,
  azure: AzureBackend,
};
for (const [name, backend] of Object.entries(backends)) CMS.registerBackend(name, backend);
const widgets = [
  booleanWidget,
  imageWidget,
  listWidget,
  markdownWidget,
  numberWidget,
  objectWidget,
  relationWidget,
  selectWidget,
  stringWidget,
  textWidget,
];
for (const widget of widgets) CMS.registerWidget(widget.Widget());

export default CMS;
