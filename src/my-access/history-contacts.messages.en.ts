/** The English words of `historyContactsMessages` (history-contacts.messages.ts), loaded when those sections first speak English. */
export default {
  requestsIntro:
    'Unless formally refused, a request is tacitly accepted 10 days after its date. You get a message when it is accepted or refused.',
  requestsCaption: 'History of your requests',
  requestsEmpty: 'You have made no access request.',
  colDate: 'Date',
  colRole: 'Description',
  colStatus: 'Status',
  deadline: (date: string) => `decision expected by ${date}`,
  decided: (by: string, date: string) => `by ${by}, on ${date}`,
  decidedOn: (date: string) => `on ${date}`,
  reason: (text: string) => `Reason: ${text}`,

  contactsIntro:
    'Rights on the UCANSS site are partly managed within your organisme. For any question about an access request, you can contact:',
  contactsEmpty: (organisme: string) => `${organisme} has no local administrator: your requests are handled by UCANSS.`,
  contactsUcanss: 'For the applications approved by UCANSS, write to',
  director: 'director of the organisme',
};
