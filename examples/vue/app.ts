/**
 * Vue 3 embedding example (render functions): `<habil-my-access>` with its client set as a
 * property (`.client`), its `habil-access-requested` event handled by Vue (`onHabilAccessRequested`
 * listens to `habil-access-requested`), a `--habil-*` theme, a `::part` rule and a language switch.
 * In your application, import from 'habil/define' instead of the sources.
 */
import { createApp, defineComponent, h, ref, type App as VueApp, type PropType } from 'vue';
import { createFetchClient, type AccessRequest, type HabilClient } from '../../src/define.js';

export const App = defineComponent({
  props: { client: { type: Object as PropType<HabilClient>, required: true } },
  setup(props) {
    const lang = ref<'fr' | 'en'>('fr');
    const requested = ref<string[]>([]);
    return () =>
      h('div', { lang: lang.value, class: 'habil-area', style: { '--habil-color-accent': 'rgb(0, 99, 65)', '--habil-radius': '0px' } }, [
        h('style', 'habil-my-access::part(heading) { text-transform: uppercase; }'),
        h('button', { type: 'button', class: 'switch-lang', onClick: () => (lang.value = lang.value === 'fr' ? 'en' : 'fr') }, lang.value === 'fr' ? 'English' : 'Français'),
        h('habil-my-access', {
          '.client': props.client,
          section: 'catalogue',
          onHabilAccessRequested: (event: CustomEvent<AccessRequest>) => requested.value.push(event.detail.roleLabel),
        }),
        h('ul', { class: 'requested' }, requested.value.map((role) => h('li', { key: role }, role))),
      ]);
  },
});

/** Mounts the example into `container`; the client defaults to the same-origin `/api`. */
export function mount(container: Element, client: HabilClient = createFetchClient()): VueApp {
  const app = createApp(App, { client });
  app.mount(container);
  return app;
}
