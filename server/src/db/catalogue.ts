/** The reference data (organismes, applications and roles, conventions), read once at start: every request reads it, none changes it. The applications' texts come in French and, where the row has it, English. */
import type { ApplicationTexts, Catalogue } from '../../../core/access.js';
import type { Application, Convention, Organisme, Role } from '../../../src/domain/index.js';
import type { Queryable } from './database.js';
import { reader } from './rows.js';

const roleOf = reader<Role>(['id', 'label', 'applicationId']);
const organismeOf = reader<Omit<Organisme, 'hasLocalAdmin'>>(['id', 'code', 'name', 'longName', 'branches', 'space']);
const applicationOf = reader<Omit<Application, 'procedure' | 'roles'>>(['id', 'name', 'theme', 'description', 'targetPublic', 'approval', 'space']);

export async function loadCatalogue(db: Queryable): Promise<Catalogue> {
  const [organismes, applications, roles, conventions, conventionRoles] = await Promise.all([
    db.query('select id, code, name, long_name, branches, space from organismes order by position, id'),
    db.query('select * from applications order by position, id'),
    db.query('select id, application_id, label from roles order by position, id'),
    db.query('select id, label, partner_id from conventions order by position, id'),
    db.query('select convention_id, role_id from convention_roles'),
  ]);
  const roleMap = new Map<string, Role>(roles.map((r) => [r.id as string, roleOf(r)]));
  const organismeMap = new Map<string, Organisme>(organismes.map((o) => [o.id as string, { ...organismeOf(o), hasLocalAdmin: false }]));
  const applicationMap = new Map<string, Application>(
    applications.map((a) => [
      a.id as string,
      {
        ...applicationOf(a),
        ...(a.procedure_text ? { procedure: { text: a.procedure_text as string, contact: a.procedure_contact as string } } : {}),
        roles: [...roleMap.values()].filter((r) => r.applicationId === a.id),
      },
    ]),
  );
  // The English a row has, text by text: what it lacks is said in French.
  const englishTexts = new Map<string, Partial<ApplicationTexts>>(
    applications.map((a) => [
      a.id as string,
      {
        ...(a.theme_en ? { theme: a.theme_en as string } : {}),
        ...(a.description_en ? { description: a.description_en as string } : {}),
        ...(a.target_public_en ? { targetPublic: a.target_public_en as string } : {}),
        ...(a.procedure_text_en ? { procedure: a.procedure_text_en as string } : {}),
      },
    ]),
  );
  const conventionMap = new Map<string, Convention>(
    conventions.map((c) => {
      const held = new Set(conventionRoles.filter((cr) => cr.convention_id === c.id).map((cr) => cr.role_id as string));
      const services = [...applicationMap.values()]
        .filter((app) => app.roles.some((r) => held.has(r.id)))
        .map((app) => ({ applicationId: app.id, name: app.name, roles: app.roles.filter((r) => held.has(r.id)) }));
      return [c.id as string, { id: c.id as string, label: c.label as string, partnerId: c.partner_id as string, partnerName: organismeMap.get(c.partner_id as string)!.name, services }];
    }),
  );
  return { organismes: organismeMap, applications: applicationMap, englishTexts, roles: roleMap, conventions: conventionMap };
}
