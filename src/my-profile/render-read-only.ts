/**
 * « Mes coordonnées » when they are not changed here, with the guide's reason and where to go:
 * an Agent de Direction updates his on the « mon profil » page of the Référentiel des ADD and
 * writes to labdd@ucanss.fr with his questions (user's guide §3, FAQ); a CAF partner user asks
 * his partner administrator. His details are shown as they are kept.
 */
import { html } from 'lit';
import type { MyProfile } from '../domain/schemas.js';
import type { MyProfileWords } from './messages.js';

/** Where the ADD write about their details (user's guide §3, FAQ « Gérer mon profil personnel »). */
export const ADD_CONTACT = 'labdd@ucanss.fr';

/** The mail to the Référentiel des ADD, its subject and body ready (the FAQ asks for the name and what to change). */
function addMailto(t: MyProfileWords, profile: MyProfile): string {
  const name = `${profile.prenom} ${profile.nom}`;
  return `mailto:${ADD_CONTACT}?subject=${encodeURIComponent(t.msg('addMailSubject', name))}&body=${encodeURIComponent(t.msg('addMailBody', name))}`;
}

function renderReason(t: MyProfileWords, profile: MyProfile, addProfileUrl: string) {
  if (profile.readOnlyReason !== 'add-account-read-only') return html`<p>${t.msg('readOnlyPartner')}</p>`;
  return html`<p>${t.msg('readOnlyAdd')}</p>
    ${addProfileUrl ? html`<p><a part="link" href=${addProfileUrl}>${t.msg('addProfileLink')}</a></p>` : ''}
    <p>${t.msg('addQuestions')} <a part="link" href=${addMailto(t, profile)}>${ADD_CONTACT}</a> ${t.msg('addQuestionsEnd')}</p>`;
}

export function renderReadOnlyProfile(t: MyProfileWords, profile: MyProfile, addProfileUrl: string) {
  const civilite = profile.civilite === 'Mme' ? t.msg('madame') : profile.civilite === 'M.' ? t.msg('monsieur') : '';
  const rows: [string, string][] = [
    [t.msg('civilite'), civilite],
    [t.msg('prenom'), profile.prenom],
    [t.msg('nom'), profile.nom],
    [t.msg('nomNaissance'), profile.nomNaissance ?? ''],
    [t.msg('emailPro'), profile.emailPro],
    [t.msg('emailContact'), profile.emailContact ?? ''],
    [t.msg('phone'), profile.phone ?? ''],
    [t.msg('organisme'), profile.organismeName],
    // On CAF, an organisme secondaire means nothing: a partner user belongs to his partner.
    ...(profile.space === 'ucanss' ? [[t.msg('secondaryOrganisme'), profile.secondaryOrganismeName ?? ''] as [string, string]] : []),
  ];
  return html`<div class="reason" part="read-only-reason">
      <p class="reason-heading">${t.msg('readOnlyHeading')}</p>
      ${renderReason(t, profile, addProfileUrl)}
    </div>
    <h3 class="details-heading">${t.msg('details')}</h3>
    <dl class="details" part="details">
      ${rows.map(([label, value]) => html`<div class="detail"><dt>${label}</dt><dd class=${value ? '' : 'empty'}>${value || t.msg('none')}</dd></div>`)}
    </dl>`;
}
