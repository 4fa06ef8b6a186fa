import { MARK_PERMISSIONS } from '@/lib/capture/libraryMark';
import { DEFAULT_SETTINGS, loadSettings, settingsItem } from '@/lib/settings';
import { applyUiLocale } from '@/lib/ui/locale';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
applyUiLocale(document);
document.title = i18n.t('optionsTitle');
$('title').textContent = i18n.t('optionsTitle');
$('keep-html-label').textContent = i18n.t('optionsKeepHtml');
$('mark-tabs-label').textContent = i18n.t('optionsMarkTabs');
$('mark-tabs-hint').textContent = i18n.t('optionsMarkTabsHint');
$('form-legend').textContent = i18n.t('optionsUnicodeForm');
$('nfc-label').textContent = i18n.t('optionsNfc');
$('nfkc-label').textContent = i18n.t('optionsNfkc');
$('batch-pause-label').textContent = i18n.t('optionsBatchPause');

const keepHtml = $<HTMLInputElement>('keep-html');
const batchPause = $<HTMLInputElement>('batch-pause');
const markTabs = $<HTMLInputElement>('mark-tabs');
const forms = [...document.querySelectorAll<HTMLInputElement>('input[name=form]')];
const saved = $('saved');

async function show() {
  const settings = await loadSettings();
  keepHtml.checked = settings.keepPageHtml;
  batchPause.value = String(settings.batchPauseMs / 1000);
  // On only while the permission it needs is still granted (the user may have removed it in the browser).
  markTabs.checked = settings.markCapturedTabs && (await browser.permissions.contains(MARK_PERMISSIONS));
  for (const radio of forms) radio.checked = radio.value === settings.unicodeForm;
}

async function save(message = i18n.t('optionsSaved')) {
  const form = forms.find((radio) => radio.checked)?.value === 'NFKC' ? 'NFKC' : 'NFC';
  // Seconds in the form, ms in the settings; an empty or bad entry keeps the polite default.
  const seconds = Number(batchPause.value);
  const batchPauseMs = batchPause.value.trim() !== '' && seconds >= 0 ? Math.round(Math.min(seconds, 60) * 1000) : DEFAULT_SETTINGS.batchPauseMs;
  await settingsItem.setValue({ keepPageHtml: keepHtml.checked, unicodeForm: form, batchPauseMs, markCapturedTabs: markTabs.checked });
  saved.textContent = message;
  saved.classList.toggle('refused', message !== i18n.t('optionsSaved'));
}

// The permission is asked for in the click's own handler (browsers allow the request only there) and given back
// when the mark is turned off.
markTabs.addEventListener('change', () => {
  if (!markTabs.checked) {
    void browser.permissions.remove(MARK_PERMISSIONS).finally(() => save());
    return;
  }
  void browser.permissions.request(MARK_PERMISSIONS).then(
    (granted) => {
      markTabs.checked = granted;
      return save(granted ? undefined : i18n.t('optionsMarkTabsRefused'));
    },
    () => {
      markTabs.checked = false;
      return save(i18n.t('optionsMarkTabsRefused'));
    },
  );
});
for (const input of [keepHtml, batchPause, ...forms]) input.addEventListener('change', () => void save());
void show();
