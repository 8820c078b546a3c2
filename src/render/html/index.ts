/** The portal page: a PortalPage painted as one self-contained, escaped HTML file through portal.hbs. */
import type { PortalPage } from '../../model/index.js';
import { portalContext } from './context.js';
import { renderTemplate } from './template.js';

export { portalContext, type PortalContext } from './context.js';

/** The template's file name in templates/ or in a county's `--templates DIR`. */
export const PORTAL_TEMPLATE = 'portal.hbs';

/** Render the portal page; the output depends only on `page` and `template`. Throws TemplateError. */
export function renderHtml(page: PortalPage, template: string): string {
  const html = renderTemplate(PORTAL_TEMPLATE, template, portalContext(page));
  return html.endsWith('\n') ? html : `${html}\n`;
}
