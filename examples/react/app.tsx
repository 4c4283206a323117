/**
 * React 19 embedding example: `<habil-my-access>` with its client set as a property, its
 * `habil-access-requested` event handled by React, a `--habil-*` theme, a `::part` rule and a
 * language switch. In your application, import from 'habil/define' instead of the sources.
 */
import { useState, type CSSProperties } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createFetchClient, type AccessRequest, type HabilClient, type HabilMyAccess } from '../../src/define.js';

// Teach TypeScript the tag: React 19 passes `client` as a property (the element defines it),
// and `onhabil-access-requested` as an event listener for the event `habil-access-requested`.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'habil-my-access': DetailedHTMLProps<HTMLAttributes<HabilMyAccess>, HabilMyAccess> & {
        client?: HabilClient;
        section?: 'grants' | 'catalogue' | 'requests' | 'contacts';
        'onhabil-access-requested'?: (event: CustomEvent<AccessRequest>) => void;
      };
    }
  }
}

const theme = { '--habil-color-accent': 'rgb(0, 99, 65)', '--habil-radius': '0px' } as CSSProperties;

export function App({ client }: { client: HabilClient }) {
  const [lang, setLang] = useState<'fr' | 'en'>('fr');
  const [requested, setRequested] = useState<string[]>([]);
  return (
    <div lang={lang} style={theme} className="habil-area">
      <style>{'habil-my-access::part(heading) { text-transform: uppercase; }'}</style>
      <button type="button" className="switch-lang" onClick={() => setLang(lang === 'fr' ? 'en' : 'fr')}>
        {lang === 'fr' ? 'English' : 'Français'}
      </button>
      <habil-my-access
        client={client}
        section="catalogue"
        onhabil-access-requested={(event) => setRequested((roles) => [...roles, event.detail.roleLabel])}
      />
      <ul className="requested">
        {requested.map((role) => (
          <li key={role}>{role}</li>
        ))}
      </ul>
    </div>
  );
}

/** Mounts the example into `container`; the client defaults to the same-origin `/api`. */
export function mount(container: Element, client: HabilClient = createFetchClient()): Root {
  const root = createRoot(container);
  root.render(<App client={client} />);
  return root;
}
