/**
 * The /list/ page: reads the list from the address (`ids`, `note`), or this device's list when the
 * address names none, loads the facts of just those listings, and keeps the address, the QR code,
 * the text message and the printout in step with every change. The address is the list: edits
 * replace it in place (history.replaceState), so Back leaves the page instead of stepping through
 * each move. The QR library loads only when a code is drawn.
 *
 * A list someone sent (listMode `received`) reads as their message, without controls, until the
 * visitor chooses "Edit this list"; that makes it this device's list, after asking whether to add
 * it to or replace a different list the device already keeps.
 */
import { MAX_ITEMS, moveItem, removeItem, sameList } from '#lib/my-list/list.ts';
import {
  cleanNote,
  listMode,
  listQuery,
  listText,
  mergeLists,
  qrSvg,
  readListParams,
  smsBodyHref,
  unavailableNotice,
  type HandoutItem,
  type ListWords,
} from '#lib/my-list/share.ts';
import { fill, plural } from '#i18n/text.ts';
import { onDeviceListChange, readDeviceList, writeDeviceList } from './device-list.ts';
import { pageWords } from './page-words.ts';
import { el } from './dom.ts';
import { loadListItems } from './list-data.ts';

type Action = 'up' | 'down' | 'remove';

/** The facts of the slugs' listings, by slug. */
async function loadItems(base: string, shards: number, ids: readonly string[]): Promise<Map<string, HandoutItem>> {
  return new Map((await loadListItems(base, shards, ids)).map((item) => [item.s, item]));
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', text);
  a.href = href;
  return a;
}

/** Marks `node` as written in `lang` when that is not the page's language (WCAG 3.1.2). */
function inLanguage<T extends HTMLElement>(node: T, lang: string | undefined): T {
  if (lang) node.lang = lang;
  return node;
}

/** "Call (517) 555-0142 · Text (517) 555-0143", as links. */
function contactLine(item: HandoutItem, words: ListWords): HTMLParagraphElement | undefined {
  if (!item.p && !item.t) return undefined;
  const p = el('p');
  if (item.p) p.append(`${words.call} `, link(`tel:${item.p[1]}`, item.p[0]));
  if (item.t) p.append(`${item.p ? ' · ' : ''}${words.text} `, link(`sms:${item.t[1]}`, item.t[0]));
  return p;
}

/**
 * One listing as a card: name, where, phone, when, how to join, summary and, when the list is
 * being edited, its controls.
 */
function itemElement(
  item: HandoutItem,
  index: number,
  count: number,
  base: string,
  editing: boolean,
  words: ListWords,
): HTMLLIElement {
  const li = el('li');
  li.dataset.item = item.s;
  const h2 = el('h2');
  h2.append(inLanguage(link(`${base}listings/${item.s}/`, item.n), item.nl));
  li.append(h2, el('p', item.c, 'meta'));
  if (item.x) li.append(el('p', words.closed, 'list-closed'));
  if (item.a) li.append(el('p', item.a));
  const contact = contactLine(item, words);
  if (contact) li.append(contact);
  for (const line of item.w ?? []) li.append(el('p', line));
  if (item.d) li.append(el('p', fill(words.onlyOn, { dates: item.d })));
  for (const hours of item.h ?? []) li.append(el('p', fill(words.hours, { hours })));
  if (item.z && (item.w || item.h)) li.append(el('p', fill(words.zone, { zone: item.z }), 'meta'));
  if (item.j) {
    const p = el('p', `${words.joinOnline} `);
    p.append(link(item.j, item.j));
    li.append(p);
  }
  if (item.jp) {
    const p = el('p', `${words.joinPhone} `);
    p.append(link(`tel:${item.jp[1]}`, item.jp[0]));
    li.append(p);
  }
  // Joining notes are the listing's own words, written in the site's first language.
  if (item.jn) li.append(el('p', item.jn, 'meta'));
  if (item.u) li.append(inLanguage(el('p', item.u), item.ul));
  if (!editing) return li;

  const controls = el('div', undefined, 'list-item-controls');
  const button = (action: Action, label: string, disabled: boolean) => {
    const b = el('button', label, 'button secondary');
    b.type = 'button';
    b.dataset.action = action;
    b.disabled = disabled;
    b.setAttribute('aria-label', fill(words.control, { action: label, name: item.n }));
    return b;
  };
  controls.append(
    button('up', words.moveUp, index === 0),
    button('down', words.moveDown, index === count - 1),
    button('remove', words.remove, false),
  );
  li.append(controls);
  return li;
}

let qrLibrary: Promise<typeof import('uqr')> | undefined;

/**
 * Draws the QR code of `text` into `target`; the library is fetched the first time only. Its
 * number of modules goes to `--qr-modules` on `sizer`, so the stylesheet can give a dense code
 * (a long list, a long note) more room on screen and on paper (my-list.css).
 */
async function drawQr(target: HTMLElement, text: string, sizer: HTMLElement): Promise<void> {
  qrLibrary ??= import('uqr');
  const { encode } = await qrLibrary;
  let modules: boolean[][] | undefined;
  // Medium error correction survives a crumpled printout; a very long note may need the lowest.
  for (const ecc of ['M', 'L'] as const) {
    try {
      modules = encode(text, { ecc, border: 4 }).data;
      break;
    } catch {
      // Too long for this level; try the next.
    }
  }
  // qrSvg writes only numbers into its markup: nothing from the list or the note is parsed as HTML.
  target.innerHTML = modules ? qrSvg(modules) : '';
  target.hidden = !modules;
  if (modules) sizer.style.setProperty('--qr-modules', String(modules.length));
}

export async function startMyList(root: HTMLElement): Promise<void> {
  const words = pageWords<ListWords>(document, 'list');
  if (!words) return;
  const listings = (n: number) => plural(words.locale, words.listings, n);
  // The page's language's own base (/es/ on Spanish pages): its data files and listing pages.
  const base = root.dataset.base ?? '/';
  const shards = Number(root.dataset.shards ?? 1);
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const list = $<HTMLOListElement>('[data-list-items]');
  const status = $('[data-list-status]');
  const shareStatus = $('[data-share-status]');
  const deviceStatus = $('[data-device-status]');
  const noteInput = $<HTMLTextAreaElement>('[data-note-input]');
  const urlField = $<HTMLInputElement>('[data-list-url]');
  const qr = $('[data-qr]');
  const sizer = root.closest<HTMLElement>('.list-page') ?? root;
  const heading = document.querySelector<HTMLElement>('[data-list-heading]');
  const notePrint = document.querySelector<HTMLElement>('[data-note-print]');

  const params = readListParams(location.search);
  let ids = params.ids ?? readDeviceList();
  let note = params.note;
  // Someone's link reads as their message; the device's own list is an editor.
  let editing = listMode(params.ids, readDeviceList()) === 'own';
  // Edits to the device's own list are saved as they happen; a list from someone's link is only
  // saved on request, so opening a link never overwrites what this device keeps.
  let linked = editing;

  /** Shows the heading, lede and parts for an editor or for a received list. */
  const showMode = () => {
    const mode = editing ? 'own' : 'received';
    for (const part of document.querySelectorAll<HTMLElement>('[data-for]')) part.hidden = part.dataset.for !== mode;
    const receivedNote = $('[data-received-note]');
    $('[data-received-note-text]').textContent = note;
    receivedNote.hidden = editing || !note;
    $('[data-adopt-section]').hidden = editing || ids.length === 0;
    $('[data-adopt-choice]').hidden = true;
    $('.list-device').hidden = !editing;
  };
  // Before the list loads, so the heading and the lede are right from the start.
  showMode();

  let facts: Map<string, HandoutItem>;
  try {
    facts = ids.length ? await loadItems(base, shards, ids) : new Map();
  } catch {
    $('[data-list-loading]').hidden = true;
    $('[data-list-error]').hidden = false;
    return;
  }
  $('[data-list-loading]').hidden = true;
  const known = ids.filter((id) => facts.has(id));
  const unavailable = $('[data-list-unavailable]');
  unavailable.textContent = unavailableNotice(ids.length - known.length, words);
  unavailable.hidden = known.length === ids.length;
  ids = known;

  const url = () =>
    new URL(`${location.pathname}${ids.length || note ? listQuery({ ids, note }) : ''}`, location.href).href;
  const items = () => ids.map((id) => facts.get(id)!);

  let qrTimer: ReturnType<typeof setTimeout> | undefined;
  /** Brings the address, the share outputs and the device section in step with `ids` and `note`. */
  const sync = ({ qrDelay = 0 } = {}) => {
    const href = url();
    history.replaceState(history.state, '', href);
    urlField.value = href;
    $('[data-print-url]').textContent = href;
    $<HTMLAnchorElement>('[data-list-sms]').href = smsBodyHref(listText(items(), { url: href, note }, words));
    if (notePrint) {
      notePrint.textContent = note;
      notePrint.hidden = !note;
    }
    $('[data-list-share]').hidden = ids.length === 0;
    $('[data-list-note]').hidden = !editing || (ids.length === 0 && !note);
    const empty = $('[data-list-empty]');
    empty.hidden = ids.length > 0;
    $('[data-open-device]').hidden = !(ids.length === 0 && readDeviceList().length > 0 && params.ids !== undefined);
    // Writing the list updates the device section through onDeviceListChange (below). A list
    // from someone's link is not written, yet an edit can make it match the saved one or not.
    if (linked) writeDeviceList(ids);
    else syncDevice();
    clearTimeout(qrTimer);
    if (ids.length) qrTimer = setTimeout(() => void drawQr(qr, href, sizer), qrDelay);
  };

  /** What this device keeps, and whether saving would change it. */
  const syncDevice = () => {
    const saved = readDeviceList();
    const same = sameList(saved, ids);
    $('[data-save-item]').hidden = same || ids.length === 0;
    // Nothing to clear: the button says so by being unavailable, and comes back with the first listing.
    $<HTMLButtonElement>('[data-clear]').disabled = saved.length === 0;
    $('[data-device-state]').textContent =
      saved.length === 0
        ? words.nothingSaved
        : fill(same ? words.savedHere : words.otherSaved, { listings: listings(saved.length) });
  };

  const render = () => {
    const all = items();
    list.replaceChildren(...all.map((item, i) => itemElement(item, i, all.length, base, editing, words)));
  };

  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const slug = button?.closest<HTMLElement>('[data-item]')?.dataset.item;
    if (!button || !slug) return;
    const action = button.dataset.action as Action;
    const index = ids.indexOf(slug);
    const name = facts.get(slug)!.n;
    if (action === 'remove') {
      ids = removeItem(ids, slug);
      render();
      sync();
      // Focus moves to the listing that took its place (or the one before), so a keyboard user
      // can keep tidying; with nothing left, to the page's heading.
      const next = list.children[Math.min(index, ids.length - 1)];
      (next?.querySelector<HTMLElement>('[data-action="remove"]') ?? heading)?.focus();
      status.textContent = plural(words.locale, words.removed, ids.length, { name });
      return;
    }
    ids = moveItem(ids, index, action === 'up' ? -1 : 1);
    render();
    sync();
    // The same button on the moved listing keeps focus; at the top or bottom it is disabled, so the other one takes it.
    const moved = list.querySelector<HTMLElement>(`[data-item="${slug}"]`)!;
    const same = moved.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
    (same.disabled
      ? moved.querySelector<HTMLElement>(`[data-action="${action === 'up' ? 'down' : 'up'}"]`)!
      : same
    ).focus();
    status.textContent = fill(action === 'up' ? words.movedUp : words.movedDown, {
      name,
      position: ids.indexOf(slug) + 1,
      count: ids.length,
    });
  });

  noteInput.value = note;
  noteInput.addEventListener('input', () => {
    note = cleanNote(noteInput.value);
    sync({ qrDelay: 300 });
  });

  const say = (target: HTMLElement, text: string) => {
    target.textContent = text;
  };

  $('[data-copy-link]').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(url());
      say(shareStatus, words.linkCopied);
    } catch {
      urlField.focus();
      urlField.select();
      say(shareStatus, words.linkSelected);
    }
  });

  if ('share' in navigator) {
    $('[data-share-item]').hidden = false;
    $('[data-share]').addEventListener('click', async () => {
      try {
        await navigator.share({ title: document.title, ...(note && { text: note }), url: url() });
      } catch {
        // Closing the share sheet is not an error worth a message.
      }
    });
  }

  $('[data-copy-text]').addEventListener('click', async () => {
    const text = listText(items(), { url: url(), note }, words);
    try {
      await navigator.clipboard.writeText(text);
      say(shareStatus, words.textCopied);
    } catch {
      const fallback = $('[data-text-fallback]');
      const area = $<HTMLTextAreaElement>('[data-list-text]');
      area.value = text;
      fallback.hidden = false;
      area.focus();
      area.select();
      say(shareStatus, words.textSelected);
    }
  });

  $('[data-print]').addEventListener('click', () => print());

  $('[data-save]').addEventListener('click', () => {
    linked = true;
    writeDeviceList(ids);
    say(deviceStatus, words.saved);
    $('[data-clear]').focus();
  });

  $('[data-clear]').addEventListener('click', () => {
    // The page keeps showing the list from its address; only what this device stores is removed.
    linked = false;
    writeDeviceList([]);
    say(deviceStatus, words.cleared);
    // The button is now disabled, which would drop focus to the page's start: keep it nearby.
    const save = $<HTMLButtonElement>('[data-save]');
    (save.offsetParent ? save : heading)?.focus();
  });

  /** Makes `next` this device's list and the page an editor for it. */
  const adopt = async (next: string[], message: string) => {
    const missing = next.filter((id) => !facts.has(id));
    if (missing.length) {
      try {
        for (const [id, item] of await loadItems(base, shards, missing)) facts.set(id, item);
      } catch {
        say(status, words.savedListError);
        return;
      }
    }
    ids = next.filter((id) => facts.has(id));
    editing = true;
    linked = true;
    showMode();
    render();
    sync();
    heading?.focus();
    say(status, message);
  };

  const choice = $('[data-adopt-choice]');
  $('[data-edit]').addEventListener('click', () => {
    const saved = readDeviceList();
    if (saved.length === 0 || sameList(saved, ids)) {
      void adopt(ids, words.adopted);
      return;
    }
    $('[data-adopt-question]').textContent = fill(words.adoptQuestion, {
      saved: listings(saved.length),
      received: listings(ids.length),
    });
    choice.hidden = false;
    $('[data-adopt-question]').focus();
  });
  choice.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLButtonElement>('button[data-adopt]')?.dataset.adopt;
    if (action === 'cancel') {
      choice.hidden = true;
      $('[data-edit]').focus();
    } else if (action === 'replace') {
      void adopt(ids, words.replaced);
    } else if (action === 'merge') {
      const merged = mergeLists(readDeviceList(), ids);
      const message = [
        plural(words.locale, words.merged, merged.added, { count: merged.ids.length }),
        merged.left ? plural(words.locale, words.mergedLeft, merged.left, { max: MAX_ITEMS }) : '',
        words.editHint,
      ];
      void adopt(merged.ids, message.filter(Boolean).join(' '));
    }
  });

  const dialog = $<HTMLDialogElement>('[data-qr-dialog]');
  $('[data-qr-full]').addEventListener('click', () => {
    const large = $('[data-qr-large]');
    large.innerHTML = qr.innerHTML;
    large.style.width = '';
    dialog.showModal();
    // As large as the screen allows, trimmed to a whole number of the screen's own pixels a
    // module: modules of unequal width are what makes a camera misread a dense code.
    const modules = Number(sizer.style.getPropertyValue('--qr-modules'));
    const scale = devicePixelRatio || 1;
    const pixels = Math.floor((large.getBoundingClientRect().width * scale) / modules);
    if (modules && pixels > 0) large.style.width = `${(pixels * modules) / scale}px`;
  });

  // Registered before the first sync and before any button can be used, so each writeDeviceList
  // on this page also updates the device section: sync, Save and Clear rely on it.
  onDeviceListChange(syncDevice);

  showMode();
  render();
  sync();
}
